"""Background work: run a function on the thread pool, get its result on the GUI thread.

Workers never touch a widget; they return plain values which a queued signal carries back to
the GUI thread, where the callbacks run.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # delivered to the GUI thread, never swallowed
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; ``busy_changed`` tells the window to show progress."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Signals] = set()

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
        self.pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return bool(self.pool.waitForDone(msecs))
