"""The "Action items" tab: what this meeting asked of whom, by when. Each item is added,
edited or removed at once, as its own undoable edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain.enums import ActionStatus
from jumelage.domain.specs import ActionItemSpec
from jumelage.ui import labels, undo
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.editors.followup.fields import (
    DEFAULT_DUE_IN,
    OptionalDateField,
    OwnerCombo,
    with_error,
    wrapping_form,
)
from jumelage.ui.editors.followup.operations import (
    action_spec,
    create_restorable,
    find_action,
    remove_action,
    short,
)
from jumelage.ui.forms import EnumCombo, FieldErrors, line_edit
from jumelage.ui.models.rows import plain_tooltip

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow, PersonRow
    from jumelage.ui.editors.base import EditorContext
    from jumelage.ui.settings import Settings

DESCRIPTION, OWNER, DUE, STATUS = range(4)


class ActionItemDialog(Dialog):
    """Description, owner, due date, status and sharing of one item. OK hands :meth:`spec`
    to ``submit``; its errors appear next to their fields and the dialog stays open."""

    def __init__(
        self,
        settings: Settings,
        title: str,
        base: ActionItemSpec,
        people: Sequence[PersonRow],
        default_due: dt.date,
        submit: Callable[[ActionItemSpec], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "action_item", parent)
        self.setWindowTitle(title)
        self._base = base
        self._submit = submit
        self.errors = FieldErrors()
        self.description = line_edit(base.description, max_length=2000)
        self.description.setMinimumWidth(340)
        self.owner = OwnerCombo()
        self.owner.set_people(people, base.owner_person_id)
        self.due = OptionalDateField(self.tr("&No due date"))
        self.due.set_value(base.due_date, default_due)
        self.status = EnumCombo(ActionStatus, labels.action_status)
        self.status.set_value(base.status)
        self.shared = QCheckBox(self.tr("S&hared with the partner town"))
        self.shared.setChecked(base.shared)

        form = wrapping_form()
        for caption, field, name in (
            (self.tr("&Description:"), self.description, "description"),
            (self.tr("&Owner:"), self.owner, "owner"),
            (self.tr("D&ue date:"), self.due, "due_date"),
            (self.tr("&Status:"), self.status, "status"),
        ):
            label = QLabel(caption)
            label.setBuddy(field.focusProxy() or field)
            form.addRow(label, with_error(field, self.errors.label_for(name)))
        form.addRow("", self.shared)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.label_for("general", fallback=True))
        layout.addWidget(buttons)
        self.description.setFocus()

    def spec(self) -> ActionItemSpec:
        return replace(
            self._base,
            description=self.description.text(),
            owner_person_id=self.owner.value(),
            due_date=self.due.value(),
            status=self.status.value(),
            shared=self.shared.isChecked(),
        )

    def accept(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.spec())
        except Exception as error:
            self.errors.show(error)
            return
        super().accept()


class ActionsTab(QWidget):
    def __init__(
        self,
        context: EditorContext,
        followup_id: Callable[[], int | None],
        partnership_id: Callable[[], int | None],
        people: Callable[[], list[PersonRow]],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._followup_id = followup_id
        self._partnership_id = partnership_id
        self._people = people
        self._today = today
        self.rows: list[ActionItemRow] = []
        self._dialog: Dialog | None = None

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Action items raised at this follow-up"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.edit_item())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.remove_item,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.add_button = QPushButton(self.tr("A&dd action item…"))
        self.edit_button = QPushButton(self.tr("&Edit action item…"))
        self.remove_button = QPushButton(self.tr("&Remove action item"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button.clicked.connect(self.remove_item)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_items(self, rows: Sequence[ActionItemRow]) -> None:
        from jumelage.ui.pages.actions import due_text

        current = self.current()
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        today = self._today()
        for row, item in enumerate(rows):
            for column, text in (
                (DESCRIPTION, item.description),
                (OWNER, item.owner or ""),
                (DUE, due_text(item, today)),
                (STATUS, labels.action_status(item.status)),
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == DESCRIPTION:
                    cell.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, cell)
            if current is not None and item.id == current.id:
                self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> ActionItemRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def _update_buttons(self) -> None:
        has_key = self._followup_id() is not None
        self.add_button.setEnabled(has_key)
        self.edit_button.setEnabled(has_key and self.current() is not None)
        self.remove_button.setEnabled(has_key and self.current() is not None)

    def _open(
        self, title: str, base: ActionItemSpec, submit: Callable[[ActionItemSpec], None]
    ) -> None:
        dialog = ActionItemDialog(
            self.context.settings,
            title,
            base,
            self._people(),
            self._today() + DEFAULT_DUE_IN,
            submit,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def add_item(self) -> None:
        followup_id, partnership_id = self._followup_id(), self._partnership_id()
        if followup_id is None or partnership_id is None:
            return
        services = self.context.services

        def submit(spec: ActionItemSpec) -> None:
            create_restorable(
                self.context.edits,
                self.tr("New action item “{item}”").format(item=short(spec.description)),
                make=lambda: services.actions.create(spec),
                delete=lambda row: services.actions.delete(
                    row.id, find_action(services, row.id, row.partnership_id).version
                ),
                restore=lambda row: services.actions.restore(row.id),
            )

        base = ActionItemSpec(
            partnership_id,
            "",
            due_date=self._today() + DEFAULT_DUE_IN,
            origin_followup_id=followup_id,
        )
        self._open(self.tr("New Action Item"), base, submit)

    def edit_item(self) -> None:
        row = self.current()
        if row is None:
            return
        services = self.context.services

        def submit(spec: ActionItemSpec) -> None:
            if spec == action_spec(row):
                return
            undo.update(
                self.context.edits,
                self.tr("Edit action item “{item}”").format(item=short(spec.description)),
                services.actions.update,
                row.id,
                row.version,
                action_spec(row),
                spec,
                current=lambda: find_action(services, row.id, row.partnership_id).version,
            )

        self._open(self.tr("Edit the Action Item"), action_spec(row), submit)

    def remove_item(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            remove_action(self.context, row)
        except Exception as error:
            self.context.show_error(error)
