"""Run something once a window has painted.

Background work holds Python's GIL in slices: started while the GUI thread is laying out and
painting Python widgets, it makes every one of their virtual calls wait for a slice (the
Overview's 20 cards took 0.6 s to paint beside SQLAlchemy's import instead of 0.1 s). The
start-up and the Overview's second load therefore wait for the paint of what they follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _Painted(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            self.fire()
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        # After the paint event is handled (and the rest of the frame with it).
        QTimer.singleShot(0, callback)
        self.deleteLater()


def after_paint(window: QWidget, callback: Callable[[], None], *, fallback_ms: int = 1000) -> None:
    """Run ``callback`` once the next paint event has been handled, or after ``fallback_ms``
    whichever comes first: a minimised or hidden window may never paint."""
    spy = _Painted(window, callback)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    QTimer.singleShot(fallback_ms, spy, spy.fire)
