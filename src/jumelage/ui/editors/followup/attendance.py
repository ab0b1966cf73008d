"""The "Attendance" tab: who of the two towns was invited, present, excused or absent, and who
had connection trouble. Each change is saved at once, as its own undoable edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain.enums import AttendanceStatus
from jumelage.domain.specs import AttendanceSpec
from jumelage.ui import labels
from jumelage.ui.delegates import VALUE_ROLE, EditOnEnter, EnumDelegate

if TYPE_CHECKING:
    from jumelage.domain.rows import AttendanceRow, PersonRow
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext

PERSON, TOWN, STATUS, TROUBLE = range(4)


def set_attendance(
    context: EditorContext,
    followup_id: int,
    text: str,
    before: AttendanceRow | None,
    after: AttendanceSpec,
) -> Outcome[Any]:
    """Record one person's attendance; undo puts back ``before`` (or removes the record)."""
    followups = context.services.followups
    state: dict[str, int] = {}

    def redo() -> Outcome[Any]:
        outcome = followups.set_attendance(followup_id, after)
        state["id"] = outcome.value.id
        return outcome

    def undo() -> Outcome[Any]:
        if before is None:
            return followups.remove_attendance(state["id"])
        return followups.set_attendance(
            followup_id,
            AttendanceSpec(before.person_id, before.status, before.connection_trouble),
        )

    return context.edits.perform(text, redo, undo)


class AttendanceTab(QWidget):
    def __init__(
        self,
        context: EditorContext,
        followup_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._followup_id = followup_id
        self._people: list[PersonRow] = []
        self._records: dict[int, AttendanceRow] = {}
        self._loading = False

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Town"),
                self.tr("Attendance"),
                self.tr("Connection trouble"),
            ]
        )
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(
            STATUS, EnumDelegate(AttendanceStatus, labels.attendance, parent=self.table)
        )
        EditOnEnter(self.table, [STATUS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        for column in (TOWN, STATUS, TROUBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)

        hint = QLabel(
            self.tr(
                "Each change is saved at once (Ctrl+Z undoes it). F2 or Enter changes the "
                "attendance; Space ticks connection trouble."
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    # --- showing ---------------------------------------------------------------------------

    def show_attendance(
        self,
        people: Sequence[PersonRow],
        records: Sequence[AttendanceRow],
        town_ids: Sequence[int],
    ) -> None:
        """The people of ``town_ids`` (in that order) and anyone else with a record."""
        self._records = {r.person_id: r for r in records}
        order = {town: index for index, town in enumerate(town_ids)}
        shown = [p for p in people if p.town_id in order or p.id in self._records]
        shown.sort(key=lambda p: (order.get(p.town_id or -1, len(order)), p.name.casefold()))
        current = self.table.currentIndex()
        self._people = shown
        self._loading = True
        try:
            self.table.setRowCount(len(shown))
            for row, person in enumerate(shown):
                record = self._records.get(person.id)
                self._set(row, PERSON, person.name)
                self._set(row, TOWN, person.town or "")
                status = self._set(
                    row,
                    STATUS,
                    labels.attendance(record.status) if record else self.tr("Not recorded"),
                )
                status.setData(VALUE_ROLE, record.status.value if record else None)
                status.setFlags(status.flags() | Qt.ItemFlag.ItemIsEditable)
                trouble = self._set(row, TROUBLE, "")
                trouble.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                trouble.setCheckState(
                    Qt.CheckState.Checked
                    if record and record.connection_trouble
                    else Qt.CheckState.Unchecked
                )
                trouble.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Connection trouble: {name}").format(name=person.name),
                )
        finally:
            self._loading = False
        if current.isValid() and current.row() < len(shown):
            self.table.setCurrentCell(current.row(), current.column())

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, item)
        return item

    def record_of(self, name: str) -> AttendanceRow | None:
        for person in self._people:
            if person.name == name:
                return self._records.get(person.id)
        return None

    def row_of(self, name: str) -> int:
        return next(i for i, p in enumerate(self._people) if p.name == name)

    # --- changing --------------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        followup_id = self._followup_id()
        if self._loading or followup_id is None or item.column() not in (STATUS, TROUBLE):
            return
        person = self._people[item.row()]
        before = self._records.get(person.id)
        status = before.status if before else AttendanceStatus.PRESENT
        trouble = before.connection_trouble if before else False
        if item.column() == STATUS:
            status = AttendanceStatus(str(item.data(VALUE_ROLE)))
            text = self.tr("{name}: {status}").format(
                name=person.name, status=labels.attendance(status)
            )
        else:
            trouble = item.checkState() == Qt.CheckState.Checked
            text = (
                self.tr("{name}: connection trouble").format(name=person.name)
                if trouble
                else self.tr("{name}: no connection trouble").format(name=person.name)
            )
        if before and before.status == status and before.connection_trouble == trouble:
            return
        try:
            outcome = set_attendance(
                self.context,
                followup_id,
                text,
                before,
                AttendanceSpec(person.id, status, trouble),
            )
        except Exception as error:
            self.context.show_error(error)
            return
        self._records[person.id] = outcome.value
        self._loading = True
        try:
            status_item = self.table.item(item.row(), STATUS)
            if status_item is not None:
                status_item.setText(labels.attendance(outcome.value.status))
        finally:
            self._loading = False
