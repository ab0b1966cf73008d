"""The one place that knows colours. Everything else asks here, so light and dark schemes (and
a partnership's own colour) stay readable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: The palette events after which colours taken from the scheme must be taken again.
_SCHEME_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
_WARNING = "jumelage_warning"


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def warning_colour() -> QColor:
    """Text colour for overdue items (always paired with a word or symbol, never alone)."""
    return QColor("#ff8a80") if is_dark() else QColor("#b71c1c")


def muted_colour() -> QColor:
    return QGuiApplication.palette().color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
    )


def partnership_colour(hex_colour: str) -> QColor:
    colour = QColor(hex_colour)
    return colour if colour.isValid() else QColor("#607d8b")


def card_style(hex_colour: str) -> str:
    """Style sheet of an Overview card: a left bar in the partnership's colour."""
    colour = partnership_colour(hex_colour).name()
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
    border = QGuiApplication.palette().color(QPalette.ColorRole.Mid).name()
    return (
        f"#card {{ background: {base}; border: 1px solid {border};"
        f" border-left: 6px solid {colour}; border-radius: 4px; }}"
    )


class _SchemeWatcher(QObject):
    """Calls ``apply`` when the application's palette or the system's colour scheme changes.

    A widget inside a window is not sent ``ApplicationPaletteChange`` (its window is), and
    one with a style sheet gets no ``PaletteChange`` either: the application's own
    ``paletteChanged`` signal is what reaches every one of them (an event filter on the
    application would put a Python call on every event)."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._applying = False
        widget.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._changed)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _SCHEME_EVENTS:
            self._changed()
        return False

    def _changed(self, *_args: object) -> None:
        if self._applying:  # the colours applied change the palette in turn
            return
        self._applying = True
        try:
            self._apply()
        finally:
            self._applying = False


def follow_scheme(widget: QWidget, apply: Callable[[], None]) -> None:
    """Call ``apply`` now and again whenever the light/dark scheme (or the palette) changes,
    for as long as ``widget`` lives: colours computed from the scheme at construction (style
    sheets, explicit palette colours) would otherwise keep the scheme of the start-up."""
    apply()
    _SchemeWatcher(widget, apply)


def set_warning(widget: QWidget, on: bool = True) -> None:
    """Text of ``widget`` in :func:`warning_colour` (or, ``on=False``, the scheme's usual
    colour again), following the scheme when it changes."""
    first = widget.property(_WARNING) is None
    widget.setProperty(_WARNING, on)
    if first:
        follow_scheme(widget, lambda: _colour_text(widget))
    else:
        _colour_text(widget)


def _colour_text(widget: QWidget) -> None:
    role = widget.foregroundRole()
    colour = (
        warning_colour()
        if widget.property(_WARNING)
        else QGuiApplication.palette().color(QPalette.ColorGroup.Active, role)
    )
    palette = widget.palette()
    if palette.color(QPalette.ColorGroup.Active, role) != colour:
        palette.setColor(role, colour)
        widget.setPalette(palette)
