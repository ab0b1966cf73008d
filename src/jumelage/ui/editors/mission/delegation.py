"""The Delegation tab: who travels, in which role, and what each still lacks.

The five checklist entries are checkable cells: Space (or a click) toggles one, and each toggle
is an undoable edit saved at once. Every cell says its state in words as well as with ✓/✗.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from jumelage.domain.specs import ParticipantSpec
from jumelage.ui import labels, undo
from jumelage.ui.editors.mission.common import ChildTab, plain_label
from jumelage.ui.editors.mission.dialogs import ParticipantDialog
from jumelage.ui.models.rows import Column, Index, RowTableModel

if TYPE_CHECKING:
    from jumelage.domain.rows import MissionDetail, ParticipantRow, PartnershipRow
    from jumelage.ui.editors.base import EditorContext

CHECKS = ("passport", "visa", "vaccination", "insurance", "mission_order")
FIRST_CHECK = 2  # person, role, then the checklist columns


def check_words(row: ParticipantRow, name: str) -> str:
    """ "Visa: missing" / "Visa: in order"."""
    item = labels.checklist_item(name)
    if getattr(row, name):
        return QCoreApplication.translate("mission", "{item}: in order").format(item=item)
    return QCoreApplication.translate("mission", "{item}: missing").format(item=item)


def _flag(name: str, row: ParticipantRow) -> bool:
    return bool(getattr(row, name))


def spec_of(row: ParticipantRow, **changes: Any) -> ParticipantSpec:
    values = {name: getattr(row, name) for name in CHECKS}
    values.update(changes)
    return ParticipantSpec(person_id=row.person_id, role=row.role, **values)


class DelegationModel(RowTableModel["ParticipantRow"]):
    """Participants with the checklist as checkable cells; a toggle calls ``toggle``."""

    def __init__(self, toggle: Callable[[ParticipantRow, str, bool], bool], parent: Any) -> None:
        columns: list[Column[ParticipantRow]] = [
            Column(QCoreApplication.translate("mission", "Person"), lambda p: p.person),
            Column(
                QCoreApplication.translate("mission", "Role"),
                lambda p: labels.participant_role(p.role),
            ),
        ]
        for name in CHECKS:
            columns.append(
                Column(
                    labels.checklist_item(name),
                    functools.partial(self._cell, name),
                    sort_key=functools.partial(_flag, name),
                    tooltip=functools.partial(check_words, name=name),
                )
            )
        columns.append(
            Column(
                QCoreApplication.translate("mission", "Still missing"),
                lambda p: ", ".join(labels.checklist_item(n) for n in p.missing) or "—",
                sort_key=lambda p: len(p.missing),
            )
        )
        super().__init__(columns, parent=parent)
        self._toggle = toggle

    @staticmethod
    def _cell(name: str, row: ParticipantRow) -> str:
        return (
            QCoreApplication.translate("mission", "✓ in order")
            if getattr(row, name)
            else QCoreApplication.translate("mission", "✗ missing")
        )

    @staticmethod
    def check_name(column: int) -> str | None:
        index = column - FIRST_CHECK
        return CHECKS[index] if 0 <= index < len(CHECKS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.check_name(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        name = self.check_name(index.column()) if index.isValid() else None
        if name is not None:
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if getattr(row, name) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return check_words(row, name)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        name = self.check_name(index.column()) if index.isValid() else None
        if name is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self._toggle(self.row_at(index.row()), name, checked)


class DelegationTab(ChildTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DelegationModel(self.toggle, self)
        self.missing = plain_label()
        self.make_table(QTableView(), self.tr("Delegation"))
        assert self.table is not None
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button(
            self.tr("&Add Member…"), self.tr("Add a member to the delegation"), self.add
        )
        self.add_button(self.tr("&Edit Role…"), self.tr("Change the member's role"), self.edit)
        self.add_button(
            self.tr("&Remove"), self.tr("Remove the member from the delegation"), self.remove
        )
        self.finish_buttons()
        hint = plain_label(
            self.tr("Space ticks or clears the checklist entry under the cursor; Enter edits.")
        )
        self.layout_.addWidget(self.missing)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(hint)
        self.layout_.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def show_detail(self, detail: MissionDetail, partnership: PartnershipRow) -> None:
        super().show_detail(detail, partnership)
        assert self.table is not None
        current = self.table.currentIndex()
        keep = (
            (self.model.row_at(current.row()).id, current.column()) if current.isValid() else None
        )
        self.model.set_rows(detail.participants)
        if keep is not None:
            for r, p in enumerate(self.model.visible_rows()):
                if p.id == keep[0]:
                    self.table.setCurrentIndex(self.model.index(r, keep[1]))
        missing = sum(len(p.missing) for p in detail.participants)
        if not detail.participants:
            self.missing.setText(self.tr("No one is in the delegation yet."))
        elif missing:
            self.missing.setText(self.tr("⚠ %n checklist item(s) missing", "", missing))
        else:
            self.missing.setText(self.tr("✓ Every checklist is complete."))

    def current(self) -> ParticipantRow | None:
        assert self.table is not None
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- edits ---------------------------------------------------------------------------

    def add(self) -> None:
        if self.detail is None:
            return
        present = {p.person_id for p in self.detail.participants}
        people = sorted(
            (p for p in self.services.people.list() if p.id not in present),
            key=lambda p: p.name.casefold(),
        )
        self.open_dialog(ParticipantDialog(self.context, people, self._add, parent=self))

    def _add(self, spec: ParticipantSpec) -> None:
        mission_id = self.mission_id
        person = self.services.people.get(spec.person_id).name
        missions = self.services.missions
        undo.create(
            self.context.edits,
            self.tr("Add {person} to the delegation").format(person=person),
            make=lambda: missions.add_participant(mission_id, spec),
            unmake=lambda row: missions.remove_participant(row.id),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        people: list[Any] = []
        self.open_dialog(
            ParticipantDialog(
                self.context, people, lambda spec: self._update(row, spec), row=row, parent=self
            )
        )

    def toggle(self, row: ParticipantRow, name: str, checked: bool) -> bool:
        text = (
            self.tr("Tick {item} for {person}") if checked else self.tr("Clear {item} for {person}")
        )
        return self.run(
            lambda: self._update(
                row,
                spec_of(row, **{name: checked}),
                text.format(item=labels.checklist_item(name), person=row.person),
            )
        )

    def _update(self, row: ParticipantRow, spec: ParticipantSpec, text: str = "") -> None:
        missions, mission_id = self.services.missions, self.mission_id

        def current() -> int:
            detail = missions.get(mission_id)
            return next(p.version for p in detail.participants if p.id == row.id)

        undo.update(
            self.context.edits,
            text or self.tr("Change the role of {person}").format(person=row.person),
            missions.update_participant,
            row.id,
            row.version,
            spec_of(row),
            spec,
            current,
        )

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        missions, mission_id = self.services.missions, self.mission_id
        spec = spec_of(row)
        # Removing deletes the row; undo adds the person back (a new row), and redo must then
        # remove that new row: the closure follows its id.
        # The first removal checks the version this editor showed; redo goes by the current row.
        state, loaded = {"id": row.id}, {"version": row.version}

        def delete() -> Any:
            return missions.remove_participant(state["id"], loaded.pop("version", None))

        def restore() -> Any:
            outcome = missions.add_participant(mission_id, spec)
            state["id"] = outcome.value.id
            return outcome

        self.run(
            lambda: undo.remove(
                self.context.edits,
                self.tr("Remove {person} from the delegation").format(person=row.person),
                delete,
                restore,
            )
        )
