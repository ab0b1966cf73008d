"""Form pieces shared by the follow-up and action item editors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.forms import DateField

if TYPE_CHECKING:
    from jumelage.domain.rows import PersonRow

DEFAULT_DUE_IN = dt.timedelta(days=14)


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """``field`` with its error label under it (hidden until there is an error)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


def wrapping_form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def people_first(people: Sequence[PersonRow], town_ids: Sequence[int]) -> list[PersonRow]:
    """The people of ``town_ids`` first (by name), then everyone else."""
    return sorted(people, key=lambda p: (p.town_id not in town_ids, p.name.casefold()))


class OwnerCombo(QComboBox):
    """The person responsible: "Nobody" or one of ``people`` ("Name (Town)")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_people(self, people: Sequence[PersonRow], selected: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Nobody"), None)
        for person in people:
            text = (
                self.tr("{name} ({town})").format(name=person.name, town=person.town)
                if person.town
                else person.name
            )
            self.addItem(text, person.id)
        self.blockSignals(False)
        self.set_value(selected)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, person_id: int | None) -> None:
        index = self.findData(person_id) if person_id is not None else 0
        self.setCurrentIndex(max(index, 0))


class OptionalDateField(QWidget):
    """A date, or none: a date editor with a "No due date" check box beside it."""

    changed = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField()
        self.none = QCheckBox(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.setFocusProxy(self.date)
        self.none.toggled.connect(self.date.setDisabled)
        self.none.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        return None if self.none.isChecked() else self.date.value()

    def set_value(self, value: dt.date | None, default: dt.date) -> None:
        self.date.set_value(value or default)
        self.none.setChecked(value is None)
