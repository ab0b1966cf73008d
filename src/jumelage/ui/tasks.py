"""Background work: run a function on the thread pool, get its result on the GUI thread.

Workers never touch a widget; they return plain values which a queued signal carries back to
the GUI thread, where the callbacks run.

Thread rule (a segmentation fault in CI taught it): a worker must never drop the last
reference to a Qt object, or the object is destroyed on the wrong thread while the GUI thread
may be using it. So the workers are plain Python threads (``concurrent.futures``, no
``QRunnable`` for Qt to delete on the worker), and they report through one relay object per
runner that is kept alive for the life of the process (``_RELAYS``), never through a
per-job ``QObject``.

Python's cyclic garbage collector runs on whichever thread happens to allocate when a
threshold is crossed, so a worker could also destroy a widget caught in a reference cycle.
While a runner exists, automatic collection is therefore switched off and done on the GUI
thread instead, from a timer (:func:`collect_on_gui_thread`).
"""

from __future__ import annotations

import gc
import itertools
import linecache
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    #: job key, succeeded, result or error
    finished = Signal(object, bool, object)


#: Every relay ever made: a few bytes each (one per runner), and never the last reference
#: dropped on a worker thread.
_RELAYS: list[_Relay] = []


#: The job itself (kept here so that its closure, which may hold widgets, is released on the
#: GUI thread) and its two callbacks.
Pending = tuple[
    Callable[[], Any], Callable[[Any], None] | None, Callable[[BaseException], None] | None
]


def _run(jobs: dict[int, Pending], relay: _Relay, key: int) -> None:
    """Run job ``key`` on a worker thread. The job is looked up, not passed, and every local
    that may reach a widget (the job's closure, a traceback's frames) is dropped before the
    result is emitted: from then on the GUI thread holds the last references."""
    fn = jobs[key][0]
    try:
        result = fn()
    except BaseException as error:  # delivered to the GUI thread, never swallowed
        error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        del fn
        _drop_frames(error)
        relay.finished.emit(key, False, error)
    else:
        del fn
        relay.finished.emit(key, True, result)


def _drop_frames(error: BaseException) -> None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


#: How often the GUI thread looks whether a collection is due, in milliseconds.
GC_INTERVAL_MS = 500
_gc_timer: QTimer | None = None


def forget_source_lines() -> None:
    """Drop the source lines that :mod:`linecache` keeps of files on disk.

    PySide6 reads the source of every module imported after it (to look for
    ``from __feature__ import``) through :mod:`linecache`, which keeps it: about 25 MiB once
    SQLAlchemy and Alembic are in. Only entries read from a file are dropped (a traceback
    reads them again); entries registered for generated code, which cannot be re-read, stay.
    """
    cache = linecache.cache
    for name in [n for n, entry in list(cache.items()) if len(entry) == 4 and entry[1] is not None]:
        cache.pop(name, None)


def collect_if_due() -> None:
    """What the automatic collector would have done, generation by generation (and the
    source lines imports left behind, see :func:`forget_source_lines`)."""
    if linecache.cache:
        forget_source_lines()
    count0, count1, count2 = gc.get_count()
    limit0, limit1, limit2 = gc.get_threshold()
    if count0 > limit0:
        gc.collect(0)
        if count1 > limit1:
            gc.collect(1)
            if count2 > limit2:
                gc.collect(2)


def collect_on_gui_thread() -> None:
    """Switch the automatic collector off and collect from a GUI-thread timer instead (once
    per process; call it on the GUI thread with a QCoreApplication)."""
    global _gc_timer
    app = QCoreApplication.instance()
    if _gc_timer is not None or app is None:
        return
    gc.disable()
    _gc_timer = QTimer(app)
    _gc_timer.setObjectName("gui_thread_gc")
    _gc_timer.timeout.connect(collect_if_due)
    _gc_timer.start(GC_INTERVAL_MS)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; ``busy_changed`` tells the window to show progress."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        collect_on_gui_thread()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jumelage")
        self._relay = _Relay()
        _RELAYS.append(self._relay)
        # Queued: the slot runs on the relay's thread (the GUI thread, where it was made),
        # whichever thread emits.
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, Pending] = {}
        self._keys = itertools.count()
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
        was_busy = self.busy
        key = next(self._keys)
        self._pending[key] = (fn, on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        future = self._executor.submit(_run, self._pending, self._relay, key)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _deliver(self, key: int, ok: bool, value: object) -> None:
        job = self._pending.pop(key, None)
        if job is None:
            return
        _, on_done, on_error = job
        if not self.busy:
            self.busy_changed.emit(False)
        if ok:
            if on_done is not None:
                on_done(value)
            return
        assert isinstance(value, BaseException)
        if on_error is not None:
            on_error(value)
        else:
            log.error(
                "background task failed: %s\n%s",
                value,
                getattr(value, "__traceback_text__", ""),
            )

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
