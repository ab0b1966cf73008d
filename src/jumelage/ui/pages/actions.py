"""The Actions page: every action item across partnerships, filtered by owner, status,
partnership and due date, with the status editable in place.

Overdue items are marked with ⚠ and the word "overdue" in the Due cell (and in the warning
colour): the mark never relies on colour alone. Every status change, inline or through the
shortcuts, is one undoable service call.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain.enums import ActionStatus
from jumelage.ui import format as fmt
from jumelage.ui import labels, theme
from jumelage.ui.delegates import VALUE_ROLE, EditOnEnter, EnumDelegate, FilteredRowModel
from jumelage.ui.editors.followup.operations import change_status, remove_action
from jumelage.ui.models.rows import Column
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow
    from jumelage.services import Services
    from jumelage.ui.editors.base import EditorContext

STATUS_COLUMN = 4
NOBODY = -1

# Values of the filter combos.
OPEN_ONLY = "open_only"
ANY = "any"
OVERDUE = "overdue"
THIS_WEEK = "week"
THIS_MONTH = "month"


def due_text(row: ActionItemRow, today: dt.date) -> str:
    if row.due_date is None:
        return ""
    text = fmt.date(row.due_date)
    if row.is_overdue(today):
        # Overdue is said in words (and a symbol), not only in colour.
        return QCoreApplication.translate("ActionsPage", "⚠ {date} (overdue)").format(date=text)
    return text


def due_matches(row: ActionItemRow, due: str, today: dt.date) -> bool:
    if due == ANY:
        return True
    if row.due_date is None:
        return False
    if due == OVERDUE:
        return row.is_overdue(today)
    if due == THIS_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday <= row.due_date <= monday + dt.timedelta(days=6)
    if due == THIS_MONTH:
        return (row.due_date.year, row.due_date.month) == (today.year, today.month)
    return True


def status_matches(row: ActionItemRow, status: str) -> bool:
    if status == OPEN_ONLY:
        return row.status.is_open
    return status == ANY or row.status == status


def _columns(today: Callable[[], dt.date]) -> list[Column[ActionItemRow]]:
    return [
        Column(QCoreApplication.translate("ActionsPage", "Partnership"), lambda a: a.partnership),
        Column(
            QCoreApplication.translate("ActionsPage", "Action"),
            lambda a: a.description,
            tooltip=lambda a: a.description,
        ),
        Column(QCoreApplication.translate("ActionsPage", "Owner"), lambda a: a.owner or ""),
        Column(
            QCoreApplication.translate("ActionsPage", "Due"),
            lambda a: due_text(a, today()),
            sort_key=lambda a: a.due_date,
        ),
        Column(
            QCoreApplication.translate("ActionsPage", "Status"),
            lambda a: labels.action_status(a.status),
            sort_key=lambda a: list(ActionStatus).index(a.status),
            tooltip=lambda a: QCoreApplication.translate(
                "ActionsPage", "F2 or Enter changes the status"
            ),
        ),
    ]


def _load(services: Services) -> list[ActionItemRow]:
    return services.actions.list()


class ActionsPage(TablePage["ActionItemRow"]):
    """Every action item; the filters keep their choice across refreshes."""

    def __init__(
        self,
        today: Callable[[], dt.date],
        context: Callable[[], EditorContext | None],
        parent: QWidget | None = None,
    ) -> None:
        from jumelage.services.changes import Entity

        columns = _columns(today)
        super().__init__(
            QCoreApplication.translate("ActionsPage", "Action items"),
            columns,
            _load,
            (Entity.ACTION, Entity.PARTNERSHIP, Entity.PERSON),
            parent=parent,
        )
        self._today = today
        self._context = context
        old = self.model
        self._model: FilteredRowModel[ActionItemRow] = FilteredRowModel(
            columns,
            emphasis=lambda a: a.is_overdue(today()),
            emphasis_colour=theme.warning_colour,
            parent=self,
        )
        self._model.make_editable(STATUS_COLUMN, lambda a: a.status, self._commit_status)
        self.model = self._model
        self.table.setModel(self._model)
        old.deleteLater()
        self.table.setItemDelegateForColumn(
            STATUS_COLUMN, EnumDelegate(ActionStatus, labels.action_status, parent=self.table)
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        EditOnEnter(self.table, [STATUS_COLUMN])

        self.owner = self._combo(self.tr("Owner"))
        self.status = self._combo(self.tr("Status"))
        self.status.addItem(self.tr("Open only"), OPEN_ONLY)
        self.status.addItem(self.tr("All statuses"), ANY)
        for member in ActionStatus:
            self.status.addItem(labels.action_status(member), member.value)
        self.partnership = self._combo(self.tr("Partnership"))
        self.due = self._combo(self.tr("Due"))
        for text, value in (
            (self.tr("Any time"), ANY),
            (self.tr("Overdue"), OVERDUE),
            (self.tr("This week"), THIS_WEEK),
            (self.tr("This month"), THIS_MONTH),
        ):
            self.due.addItem(text, value)
        self._fill_choices([])

        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Owner:"), self.owner),
            (self.tr("&Status:"), self.status),
            (self.tr("&Partnership:"), self.partnership),
            (self.tr("D&ue:"), self.due),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)

        self.mark_done = self._action(self.tr("Mark done"), "Ctrl+D", ActionStatus.DONE)
        self.mark_in_progress = self._action(
            self.tr("Mark in progress"), "Ctrl+Shift+I", ActionStatus.IN_PROGRESS
        )
        self.reopen = self._action(self.tr("Reopen"), "Ctrl+Shift+O", ActionStatus.OPEN)
        self.drop = self._action(self.tr("Drop"), "Ctrl+Shift+X", ActionStatus.DROPPED)
        self.change_status = self._action(self.tr("Change status…"), "F2", None)
        self.change_status.triggered.connect(self.edit_status)
        # Enter opens the item too: that is the table's own ``activated``.
        self.open_item = self._action(self.tr("Open"), None, None)
        self.open_item.triggered.connect(self._open_current)
        self.delete_item = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete, None)
        self.delete_item.triggered.connect(self.delete_current)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        toolbar = QToolBar(self.tr("Action item tools"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.mark_done,
            self.mark_in_progress,
            self.reopen,
            self.drop,
            self.change_status,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.delete_item)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, filters)
        layout.insertWidget(3, toolbar)
        for combo in (self.owner, self.status, self.partnership, self.due):
            combo.currentIndexChanged.connect(self._apply_filters)
        # Tab follows the visual order: filter box, the four filters, then the table.
        chain = [self.filter, self.owner, self.status, self.partnership, self.due, self.table]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._model.modelReset.connect(self._update_actions)
        self._apply_filters()

    # --- building --------------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        status: ActionStatus | None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the table has the focus: the filter box keeps Delete and Ctrl+D.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setToolTip(
                self.tr("{action} ({shortcut})").format(
                    action=text,
                    shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        action.setEnabled(False)
        if status is not None:
            action.triggered.connect(lambda _=False, s=status: self.set_current_status(s))
        self.table.addAction(action)
        return action

    # --- data ------------------------------------------------------------------------------

    def show_rows(self, rows: list[ActionItemRow]) -> None:
        current = self.current_row()
        column = max(self.table.currentIndex().column(), 0)
        self._fill_choices(rows)
        super().show_rows(rows)
        self._apply_filters()
        if current is not None:
            self.select(current.id, column)

    def _fill_choices(self, rows: list[ActionItemRow]) -> None:
        owners = sorted({(r.owner, r.owner_person_id) for r in rows if r.owner_person_id})
        partnerships = sorted({(r.partnership, r.partnership_id) for r in rows})
        self._refill(
            self.owner,
            [(self.tr("Anyone"), None), (self.tr("Nobody"), NOBODY)]
            + [(str(name), pid) for name, pid in owners],
        )
        self._refill(
            self.partnership,
            [(self.tr("All partnerships"), None)] + [(name, pid) for name, pid in partnerships],
        )

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _apply_filters(self, *_args: object) -> None:
        owner = self.owner.currentData()
        status = self.status.currentData() or OPEN_ONLY
        partnership = self.partnership.currentData()
        due = self.due.currentData() or ANY
        today = self._today()

        def keep(a: ActionItemRow) -> bool:
            if owner == NOBODY and a.owner_person_id is not None:
                return False
            if owner not in (None, NOBODY) and a.owner_person_id != owner:
                return False
            if partnership is not None and a.partnership_id != partnership:
                return False
            return status_matches(a, status) and due_matches(a, due, today)

        self._model.set_predicate(keep)
        self._update_count()

    # --- the selected row ------------------------------------------------------------------

    def current_row(self) -> ActionItemRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select(self, action_id: int, column: int = 0) -> bool:
        """Select the row of item ``action_id`` (if shown); ``True`` if found."""
        row = self._model.visible_index(lambda a: a.id == action_id)
        if row is None:
            return False
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _update_actions(self, *_args: object) -> None:
        row = self.current_row()
        for action, status in (
            (self.mark_done, ActionStatus.DONE),
            (self.mark_in_progress, ActionStatus.IN_PROGRESS),
            (self.reopen, ActionStatus.OPEN),
            (self.drop, ActionStatus.DROPPED),
        ):
            action.setEnabled(row is not None and row.status != status)
        for action in (self.change_status, self.open_item, self.delete_item):
            action.setEnabled(row is not None)

    def set_current_status(self, status: ActionStatus) -> None:
        row = self.current_row()
        if row is None or row.status == status:
            return
        index = self.table.currentIndex()
        self._model.setData(self._model.index(index.row(), STATUS_COLUMN), status.value, VALUE_ROLE)

    def edit_status(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            status_index = self.model.index(index.row(), STATUS_COLUMN)
            self.table.setCurrentIndex(status_index)
            self.table.edit(status_index)

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)

    def delete_current(self) -> None:
        row = self.current_row()
        context = self._context()
        if row is None or context is None:
            return
        try:
            remove_action(context, row)
        except Exception as error:
            context.show_error(error)

    def _commit_status(self, row: ActionItemRow, value: object) -> ActionItemRow | None:
        context = self._context()
        if context is None:
            return None
        try:
            return change_status(context, row, ActionStatus(str(value))).value
        except Exception as error:
            context.show_error(error)
            return None
