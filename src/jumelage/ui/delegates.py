"""Inline editing in tables: a combo-box delegate over an enum, Enter to edit, and a row model
whose editable cells call back into the page.

The cell keeps the member's value (a string) in :data:`VALUE_ROLE` and shows its translated
label. The delegate hands the chosen member back through ``setData(index, value,
VALUE_ROLE)``, so the model decides what a change means (usually: one undoable service call).

Keyboard: F2 (and Enter, with :class:`EditOnEnter`) opens the combo; the arrow keys move in
it without committing; Enter commits, Escape cancels. With the mouse, picking an item in the
popup commits at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jumelage.ui.forms import EnumCombo
from jumelage.ui.models.rows import Column, RowTableModel, positions

E = TypeVar("E", bound=StrEnum)
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

#: The raw value of an editable cell (the enum member's string value).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10


class ChoiceCombo(EnumCombo[E]):
    """An :class:`EnumCombo` that tells a choice made in its popup (``chosen``) from a mere
    move with the arrow keys (which also emits ``activated`` in Qt)."""

    chosen = Signal()

    def __init__(
        self,
        enum: type[E],
        label: Callable[[str], str],
        members: Iterable[E] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(enum, label, members, parent)
        self._popup = False
        self.activated.connect(self._on_activated)

    def showPopup(self) -> None:
        self._popup = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # ``activated`` follows the hide when an item was picked: clear the flag afterwards.
        QTimer.singleShot(0, self._popup_closed)

    def _popup_closed(self) -> None:
        self._popup = False

    def _on_activated(self, _index: int) -> None:
        if self._popup:
            self._popup = False
            self.chosen.emit()


class EnumDelegate(QStyledItemDelegate, Generic[E]):
    """Edits the cells of one column with a combo box over ``enum``."""

    def __init__(
        self,
        enum: type[E],
        label: Callable[[str], str],
        members: Iterable[E] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        self._label = label
        self._members = list(members) if members is not None else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo: ChoiceCombo[E] = ChoiceCombo(self._enum, self._label, self._members, parent)
        header = index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        combo.setAccessibleName(str(header or ""))
        combo.chosen.connect(lambda: self._commit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        if value is not None and isinstance(editor, EnumCombo):
            editor.set_value(str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, EnumCombo):
            return
        value = editor.value()
        if str(index.data(VALUE_ROLE)) != str(value):
            model.setData(index, value, VALUE_ROLE)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class EditOnEnter(QObject):
    """Enter on a cell of one of ``columns`` edits it instead of activating the row (F2 and
    double-click already do); elsewhere Enter keeps activating the row."""

    def __init__(self, view: QAbstractItemView, columns: Iterable[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = set(columns)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self._view.state() != QAbstractItemView.State.EditingState
        ):
            index = self._view.currentIndex()
            if index.isValid() and index.column() in self._columns:
                self._view.edit(index)
                return True
        return super().eventFilter(watched, event)


class FilteredRowModel(RowTableModel[R]):
    """A :class:`RowTableModel` with two additions for the record pages:

    - a predicate (the page's filter combos) applied before the filter box's words;
    - editable columns: ``setData(index, value, VALUE_ROLE)`` calls the page's ``commit(row,
      value)``, which performs the change (an undoable service call) and returns the new row
      to show at once (or ``None`` when it was refused; the page reported why).
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        emphasis: Callable[[R], bool] | None = None,
        emphasis_colour: Callable[[], QColor] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, emphasis=emphasis, emphasis_colour=emphasis_colour, parent=parent)
        self._predicate: Callable[[R], bool] | None = None
        self._editable: dict[
            int, tuple[Callable[[R], object], Callable[[R, object], R | None]]
        ] = {}

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._apply()
        self.endResetModel()

    def make_editable(
        self, column: int, value: Callable[[R], object], commit: Callable[[R, object], R | None]
    ) -> None:
        self._editable[column] = (value, commit)

    def _apply(self) -> None:
        super()._apply()
        if self._predicate is not None:
            keep = self._predicate
            self._visible = positions(i for i in self._visible if keep(self._all[i]))

    def all_rows(self) -> list[R]:
        """Every row, filtered out or not."""
        return list(self._all)

    def visible_index(self, match: Callable[[R], bool]) -> int | None:
        """The view row of the first visible row that ``match`` accepts."""
        for position, i in enumerate(self._visible):
            if match(self._all[i]):
                return position
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == VALUE_ROLE and index.isValid() and index.column() in self._editable:
            return str(self._editable[index.column()][0](self.row_at(index.row())))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != VALUE_ROLE or not index.isValid() or index.column() not in self._editable:
            return False
        row = self.row_at(index.row())
        new = self._editable[index.column()][1](row, value)
        if new is None:
            return False
        position = self._visible[index.row()]
        self.replace_row(position, new)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        return True
