"""The one place that knows colours. Everything else asks here, so light and dark schemes (and
a partnership's own colour) stay readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


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
