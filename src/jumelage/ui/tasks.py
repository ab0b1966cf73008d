"""Background work: run a function on the thread pool, get its result on the GUI thread.

Workers never touch a widget; they return plain values which a queued signal carries back to
the GUI thread, where the callbacks run.

The workers are Python threads (``concurrent.futures``), not ``QRunnable``s: a Python subclass
of ``QRunnable`` with auto-delete is destroyed by Qt on the worker thread while the GUI thread
may be garbage-collecting, and CI caught that once as a segmentation fault (PySide6 6.11,
Python 3.11). Plain threads leave Qt nothing to own but the signal object, which lives on the
GUI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


def _run(fn: Callable[[], Any], signals: _Signals) -> None:
    try:
        result = fn()
    except BaseException as error:  # delivered to the GUI thread, never swallowed
        error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        signals.failed.emit(error)
    else:
        signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; ``busy_changed`` tells the window to show progress."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jumelage")
        self._pending: set[_Signals] = set()
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        signals = _Signals()
        was_busy = self.busy
        self._pending.add(signals)

        def finish() -> None:
            self._pending.discard(signals)
            signals.deleteLater()
            if not self.busy:
                self.busy_changed.emit(False)

        def done(result: object) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(error)
            else:
                log.error(
                    "background task failed: %s\n%s",
                    error,
                    getattr(error, "__traceback_text__", ""),
                )

        # Queued: the callbacks run in the thread of ``signals`` (the GUI thread, where it was
        # made), whichever thread emits.
        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if not was_busy:
            self.busy_changed.emit(True)
        future = self._executor.submit(_run, fn, signals)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted job has run (tests and shutdown); the results still
        arrive through the event loop."""
        with self._lock:
            futures = set(self._futures)
        _, not_done = wait_futures(futures, timeout=msecs / 1000)
        return not not_done
