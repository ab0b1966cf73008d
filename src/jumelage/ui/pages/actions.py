"""The Actions page: every action item across partnerships, filtered by owner, status,
partnership and due date, with the status editable in place.

Overdue items are marked with ⚠ and the word "overdue" in the Due cell (and in the warning
colour): the mark never relies on colour alone. Every status change, inline or through the
shortcuts, is one undoable service call.

The page keeps its items column by column (an :class:`ActionItemTable`: 15 MiB for 100,000
items where a list of rows took 36 MiB); the table model's rows are the items' positions in
it, and an item is built as an :class:`ActionItemRow` only when one is asked for (the
selected item, the one activated).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
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
from jumelage.ui.models.rows import Column, all_of, positions
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow
    from jumelage.services import Services
    from jumelage.services.actions import ActionItemTable
    from jumelage.ui.editors.base import EditorContext

STATUS_COLUMN = 4
NOBODY = -1

# Values of the filter combos.
OPEN_ONLY = "open_only"
ANY = "any"
OVERDUE = "overdue"
THIS_WEEK = "week"
THIS_MONTH = "month"


def is_overdue(status: ActionStatus, due_date: dt.date | None, today: dt.date) -> bool:
    """What :meth:`ActionItemRow.is_overdue` says, from the two values."""
    return status.is_open and due_date is not None and due_date < today


def due_cell(due_date: dt.date | None, overdue: bool) -> str:
    if due_date is None:
        return ""
    text = fmt.date(due_date)
    if overdue:
        # Overdue is said in words (and a symbol), not only in colour.
        return QCoreApplication.translate("ActionsPage", "⚠ {date} (overdue)").format(date=text)
    return text


def due_text(row: ActionItemRow, today: dt.date) -> str:
    return due_cell(row.due_date, row.is_overdue(today))


def due_matches(due_date: dt.date | None, status: ActionStatus, due: str, today: dt.date) -> bool:
    if due == ANY:
        return True
    if due_date is None:
        return False
    if due == OVERDUE:
        return is_overdue(status, due_date, today)
    if due == THIS_WEEK:
        monday = today - dt.timedelta(days=today.weekday())
        return monday <= due_date <= monday + dt.timedelta(days=6)
    if due == THIS_MONTH:
        return (due_date.year, due_date.month) == (today.year, today.month)
    return True


def status_matches(status: ActionStatus, choice: str) -> bool:
    if choice == OPEN_ONLY:
        return status.is_open
    return choice == ANY or status == choice


_OPEN = frozenset(status for status in ActionStatus if status.is_open)
#: Statuses sort in the order of the enum (open, in progress, done, dropped).
_STATUS_ORDER = {member: order for order, member in enumerate(ActionStatus)}


def _columns(
    today: Callable[[], dt.date], items: Callable[[], ActionItemTable]
) -> list[Column[int]]:
    """The columns, reading the items at positions in the page's current table (one at a
    time to paint a cell, a whole column at once to sort or search)."""

    def due(i: int) -> str:
        table = items()
        status, due_date = table.status[i], table.due_date[i]
        return due_cell(due_date, is_overdue(status, due_date, today()))

    def dues(rows: Sequence[int]) -> list[str]:
        # Each date formatted once per call (and once more as overdue): formatting it for
        # every (date, status) took most of the first search.
        table, now = items(), today()
        plain: dict[dt.date, str] = {}
        late: dict[dt.date, str] = {}
        texts = []
        for date, status in zip(table.due_date.take(rows), table.status.take(rows), strict=True):
            if date is None:
                texts.append("")
            elif date < now and status in _OPEN:
                text = late.get(date)
                texts.append(
                    text if text is not None else late.setdefault(date, due_cell(date, True))
                )
            else:
                text = plain.get(date)
                texts.append(
                    text if text is not None else plain.setdefault(date, due_cell(date, False))
                )
        return texts

    def owner(name: str | None) -> str:
        return name or ""

    return [
        Column(
            QCoreApplication.translate("ActionsPage", "Partnership"),
            lambda i: items().partnership[i],
            displays=lambda rows: items().partnership.take(rows),
        ),
        Column(
            QCoreApplication.translate("ActionsPage", "Action"),
            lambda i: items().description[i],
            tooltip=lambda i: items().description[i],
            displays=lambda rows: items().description.take(rows),
        ),
        Column(
            QCoreApplication.translate("ActionsPage", "Owner"),
            lambda i: owner(items().owner[i]),
            displays=lambda rows: items().owner.take(rows, owner),
        ),
        Column(
            QCoreApplication.translate("ActionsPage", "Due"),
            due,
            sort_key=lambda i: items().due_date[i],
            displays=dues,
            keys=lambda rows: items().due_date.take(rows),
        ),
        Column(
            QCoreApplication.translate("ActionsPage", "Status"),
            lambda i: labels.action_status(items().status[i]),
            sort_key=lambda i: _STATUS_ORDER[items().status[i]],
            tooltip=lambda i: QCoreApplication.translate(
                "ActionsPage", "F2 or Enter changes the status"
            ),
            displays=lambda rows: items().status.take(rows, labels.action_status),
            keys=lambda rows: items().status.take(rows, _STATUS_ORDER.__getitem__),
        ),
    ]


def _load(services: Services) -> ActionItemTable:
    return services.actions.table()


class ActionsPage(TablePage["ActionItemRow"]):
    """Every action item; the filters keep their choice across refreshes. The table model's
    rows are positions in :attr:`items`."""

    def __init__(
        self,
        today: Callable[[], dt.date],
        context: Callable[[], EditorContext | None],
        parent: QWidget | None = None,
    ) -> None:
        from jumelage.services.actions import ActionItemTable
        from jumelage.services.changes import Entity

        #: The items shown, column by column.
        self.items = ActionItemTable()
        columns = _columns(today, lambda: self.items)
        super().__init__(
            QCoreApplication.translate("ActionsPage", "Action items"),
            columns,
            _load,  # type: ignore[arg-type]  # the table, whose positions are the rows
            (Entity.ACTION, Entity.PARTNERSHIP, Entity.PERSON),
            parent=parent,
        )
        self._today = today
        self._context = context
        old = self.model

        def overdue(i: int) -> bool:
            return is_overdue(self.items.status[i], self.items.due_date[i], today())

        self._model: FilteredRowModel[int] = FilteredRowModel(
            columns, emphasis=overdue, emphasis_colour=theme.warning_colour, parent=self
        )
        self._model.make_editable(
            STATUS_COLUMN, lambda i: self.items.status[i], self._commit_status
        )
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
        self._fill_choices(self.items)

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
        # The searchable texts are made when the filter box gets the focus, before the first
        # key: the first filter of 100,000 items is then as quick as the next ones.
        self.filter.installEventFilter(self)
        self._apply_filters()

    # --- building --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.FocusIn:
            self._model.prepare_search()
        return super().eventFilter(watched, event)

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

    def show_rows(self, rows: ActionItemTable) -> None:  # type: ignore[override]
        current = self.current_row()
        column = max(self.table.currentIndex().column(), 0)
        self.items = rows
        self._fill_choices(rows)
        self._show(positions(range(len(rows))))
        self._apply_filters()
        if self.filter.hasFocus():
            self._model.prepare_search()
        if current is not None:
            self.select(current.id, column)

    def all_rows(self) -> list[ActionItemRow]:
        """Every item loaded, filtered out or not, built now (a few: tests)."""
        return self.items.rows()

    def _fill_choices(self, items: ActionItemTable) -> None:
        owners = sorted(
            {(n, p) for n, p in zip(items.owner, items.owner_person_id, strict=True) if p}
        )
        partnerships = sorted(set(zip(items.partnership, items.partnership_id, strict=True)))
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
        """Filter by the combos' choices: which items pass is worked out here, once, column
        by column (each test once per distinct value), and the model keeps them through its
        sorts and searches."""
        owner = self.owner.currentData()
        status = self.status.currentData() or OPEN_ONLY
        partnership = self.partnership.currentData()
        due = self.due.currentData() or ANY
        today = self._today()
        items = self.items
        every = range(len(items))
        masks: list[bytes] = []
        if owner is not None:
            masks.append(
                bytes(
                    items.owner_person_id.take(
                        every, lambda person: person is None if owner == NOBODY else person == owner
                    )
                )
            )
        if status != ANY:
            masks.append(bytes(items.status.take(every, lambda s: status_matches(s, status))))
        if partnership is not None:
            masks.append(bytes(map(partnership.__eq__, items.partnership_id)))
        if due != ANY:
            # The date's part (whatever the status), and for "overdue" an open status.
            masks.append(
                bytes(
                    items.due_date.take(
                        every, lambda date: due_matches(date, ActionStatus.OPEN, due, today)
                    )
                )
            )
            if due == OVERDUE:
                masks.append(bytes(items.status.take(every, lambda s: s.is_open)))
        self._model.set_mask(all_of(masks, len(items)))
        self._update_count()

    # --- the selected row ------------------------------------------------------------------

    def current_row(self) -> ActionItemRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.items.row(self.model.row_at(rows[0].row()))

    def select(self, action_id: int, column: int = 0) -> bool:
        """Select the row of item ``action_id`` (if shown); ``True`` if found."""
        ids = self.items.id
        row = self._model.visible_index(lambda i: ids[i] == action_id)
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

    def _on_activated(self, index: Any) -> None:
        if index.isValid():
            self.activated.emit(self.items.row(self.model.row_at(index.row())))

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

    def _commit_status(self, position: int, value: object) -> int | None:
        """Change the status of the item at ``position`` and show the changed item there."""
        context = self._context()
        if context is None:
            return None
        items = self.items
        try:
            changed = change_status(context, items.row(position), ActionStatus(str(value))).value
        except Exception as error:
            context.show_error(error)
            return None
        if items is self.items:  # (an undo or a refresh may have loaded another table since)
            items.replace(position, changed)
        return position
