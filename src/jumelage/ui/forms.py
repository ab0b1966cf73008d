"""Form building blocks shared by the editors.

- Every text field is plain text (imported or typed text is never interpreted as HTML).
- Dates come from date editors with a calendar: an impossible date cannot be typed.
- A timed field is a date-time editor plus an IANA zone: it yields an aware datetime.
- Validation errors from the domain are shown next to the field they name, in the user's
  language (:class:`FieldErrors`).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jumelage.ui import theme

E = TypeVar("E", bound=StrEnum)


def line_edit(text: str = "", *, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_edit(text: str = "", *, placeholder: str = "") -> QPlainTextEdit:
    """Multi-line plain text (minutes, objectives): QPlainTextEdit never renders HTML."""
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy")
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))
        if value is not None:
            self.set_value(value)

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(to_qdate(value))


class EnumCombo(QComboBox, Generic[E]):
    """A combo box over an enum, showing translated labels and returning members."""

    def __init__(
        self,
        enum: type[E],
        label: Callable[[str], str],
        members: Iterable[E] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        for member in members if members is not None else enum:
            self.addItem(label(member.value), member.value)

    def value(self) -> E:
        return self._enum(self.currentData())

    def set_value(self, value: E | str) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)


class ZoneCombo(QComboBox):
    """An IANA zone chosen from a searchable list: type "dak" to find Africa/Dakar."""

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(zoneinfo.available_timezones())
        self.addItems(zones)
        completer = QCompleter(QStringListModel(zones, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        if value:
            self.set_value(value)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


class ZonedDateTimeField(QWidget):
    """Wall-clock date and time plus the zone they are agreed in."""

    changed = Signal()

    def __init__(
        self, value: dt.datetime | None = None, zone: str = "UTC", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
        # Qt would apply the machine's zone and skip its DST gap; the wall time here is in
        # the zone on the right, which the domain checks.
        self.edit.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())
        self.zone = ZoneCombo(zone)
        self.zone.setMinimumContentsLength(16)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.edit.setAccessibleName(self.tr("Date and time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.zone, 1)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self.changed)
        self.zone.currentTextChanged.connect(self.changed)
        if value is not None:
            self.set_value(value)

    def wall(self) -> dt.datetime:
        d, t = self.edit.date(), self.edit.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())  # noqa: DTZ001

    def value(self) -> dt.datetime:
        """The aware datetime; an unknown zone or a wall time skipped by a DST change raises
        the domain's typed error."""
        from jumelage.domain import time as tz

        return tz.localize(self.wall(), self.zone.value())

    def set_value(self, value: dt.datetime) -> None:
        key = getattr(value.tzinfo, "key", None) or "UTC"
        self.zone.set_value(key)
        self.edit.setDateTime(
            QDateTime(
                to_qdate(value.date()),
                QTime(value.hour, value.minute),
                QDateTime.currentDateTimeUtc().timeZone(),
            )
        )


class FieldErrors:
    """Error labels next to fields, keyed by the domain's field names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fallback: QLabel | None = None

    def label_for(self, field: str, *, fallback: bool = False) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setObjectName(f"error_{field}")
        theme.set_warning(label)  # and again when the light/dark scheme changes
        label.hide()
        self._labels[field] = label
        if fallback:
            self._fallback = label
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: BaseException) -> bool:
        """Show ``error`` next to its field (or in the fallback label); ``True`` if shown."""
        from jumelage.domain.errors import ValidationError
        from jumelage.ui import messages

        self.clear()
        field = error.field.split(" ")[0] if isinstance(error, ValidationError) else ""
        own = self._labels.get(field)
        label = own or self._fallback
        if label is None:
            return False
        # Next to its field, a "Field: " prefix would repeat the field's label; the fallback
        # label keeps it (translated: "Heures de travail : …").
        text = messages.describe_at_field(error) if own is not None else messages.describe(error)
        label.setText("⚠ " + text)
        label.show()
        return True

    def visible(self) -> dict[str, str]:
        return {f: lb.text() for f, lb in self._labels.items() if not lb.isHidden()}
