"""The town editor's compound fields: country, weekend and the town's own days off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import places
from jumelage.domain.rows import DayOff
from jumelage.ui import format as fmt
from jumelage.ui import labels, locale_names
from jumelage.ui.forms import DateField, line_edit


def country_name(code: str) -> str:
    """The country's name in the user's language ("Territoires palestiniens")."""
    return locale_names.country_name(code)


class CountryCombo(QComboBox):
    """An ISO 3166-1 country chosen by name or code: "sen", "Senegal" and "SN" all work.

    ``value()`` is the upper-case code when the text names one, else the text as typed (the
    domain then refuses it, inline, as an unknown country).
    """

    #: The recognised code after each change of text ("" while it names no country).
    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        # In the alphabetical order of the names the user reads.
        entries = locale_names.by_name(places.COUNTRY_CODES)
        texts = []
        for name, code in entries:
            text = self.tr("{country} ({code})").format(country=name, code=code)
            texts.append(text)
            self.addItem(text, code)
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.currentTextChanged.connect(self._text_changed)

    def value(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        if text.upper() in places.COUNTRY_CODES:
            return text.upper()
        if text.endswith(")") and "(" in text:
            code = text.rsplit("(", 1)[1].rstrip(")").strip().upper()
            if code in places.COUNTRY_CODES:
                return code
        folded = text.casefold()
        for row in range(self.count()):
            if country_name(str(self.itemData(row))).casefold() == folded:
                return str(self.itemData(row))
        return text

    def set_value(self, code: str) -> None:
        index = self.findData(code.upper()) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def _text_changed(self, _text: str) -> None:
        code = self.value()
        self.code_changed.emit(code if code in places.COUNTRY_CODES else "")


class WeekendField(QWidget):
    """Seven checkboxes, Monday to Sunday. ``touched`` records a choice made by hand, so the
    editor only applies a country's usual weekend while the user has not chosen one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touched = False
        self.boxes = [QCheckBox(labels.weekday(day)) for day in range(7)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for day, box in enumerate(self.boxes):
            grid.addWidget(box, day // 4, day % 4)
            box.clicked.connect(self._clicked)
            box.toggled.connect(self.changed)
        self.setFocusProxy(self.boxes[0])

    def _clicked(self) -> None:
        self.touched = True

    def value(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_value(self, days: Iterable[int]) -> None:
        wanted = set(days)
        for day, box in enumerate(self.boxes):
            box.setChecked(day in wanted)


class DaysOffField(QWidget):
    """The town's own days off (Brussels' 8 May, "Iris Day"): a date and a name per row.

    Add with the fields above the table (Enter in the name adds too); remove the selected
    row with the button or the Delete key.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayOff] = []
        self.date = DateField()
        self.date.setAccessibleName(self.tr("Date of the day off"))
        self.name = line_edit(placeholder=self.tr("Name, e.g. Iris Day"))
        self.name.setAccessibleName(self.tr("Name of the day off"))
        self.name.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(
            self.tr("Add this day off to the list (a date already listed gets the new name)")
        )
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.name.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Name")])
        self.table.setAccessibleName(self.tr("Days off"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected day off (Delete)"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)

        entry = QHBoxLayout()
        entry.addWidget(self.date)
        entry.addWidget(self.name, 1)
        entry.addWidget(self.add_button)
        under = QHBoxLayout()
        under.addWidget(self.remove_button)
        under.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.table)
        layout.addLayout(under)
        self.setFocusProxy(self.date)

    def focus_order(self) -> list[QWidget]:
        return [self.date, self.name, self.add_button, self.table, self.remove_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.name and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add()  # Enter adds the day here instead of saving the whole town
                return True
            if watched is self.table and (
                event.matches(QKeySequence.StandardKey.Delete)
                or event.key() == Qt.Key.Key_Backspace
            ):
                self.remove()
                return True
        return super().eventFilter(watched, event)

    # --- values ----------------------------------------------------------------------------

    def value(self) -> tuple[DayOff, ...]:
        return tuple(self._days)

    def set_value(self, days: Iterable[DayOff], today: dt.date | None = None) -> None:
        self._days = sorted(days, key=lambda d: d.date)
        if today is not None:
            self.date.set_value(today)
        self._show()

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        day = DayOff(self.date.value(), name)
        if day not in self._days:
            # One day off per date: adding a listed date renames it.
            others = [d for d in self._days if d.date != day.date]
            self._days = sorted([*others, day], key=lambda d: d.date)
            self._show()
            self.changed.emit()
        self.table.selectRow(self._days.index(day))
        self.name.clear()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        del self._days[row]
        self._show()
        if self._days:
            self.table.selectRow(min(row, len(self._days) - 1))
        self.changed.emit()

    def _show(self) -> None:
        self.table.setRowCount(len(self._days))
        for row, day in enumerate(self._days):
            when = QTableWidgetItem(fmt.day_month(day.date))
            when.setData(Qt.ItemDataRole.UserRole, day.date.isoformat())
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(day.name))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
