"""A table model over a list of plain rows, sorted and filtered in Python.

Why no QSortFilterProxyModel: over a Python model it calls back into Python for every
comparison (measured here: 12.5 s to sort 100,000 rows, against 47 ms for ``list.sort`` on a
precomputed key). So this model sorts its own list and keeps a filtered view of it.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def plain_tooltip(text: str) -> str:
    """Tooltip text shown as typed: Qt renders a tooltip that looks like HTML as rich text
    (an imported ``<img src=...>`` would load a file), so escape it inside a paragraph."""
    if not text:
        return text
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class Roles(enum.IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


#: The roles :meth:`RowTableModel.data` answers.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Roles.SORT,
        Roles.ROW,
    }
)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        emphasis: Callable[[R], bool] | None = None,
        emphasis_colour: Callable[[], QColor] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[R] = []
        self._texts: list[str] | None = None
        self._orders: dict[int, tuple[list[int], list[int]]] = {}
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._emphasis = emphasis
        self._emphasis_colour = emphasis_colour

    # --- data in -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._texts = None
        self._orders = {}
        self._apply()
        self.endResetModel()

    def replace_row(self, position: int, row: R) -> None:
        """Put ``row`` in place of the row at ``position`` in the full list (an edit)."""
        self._all[position] = row
        if self._texts is not None:
            self._texts[position] = self._text_of(row)
        self._orders = {}

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if " ".join(words) == self._filter:
            return
        self.beginResetModel()
        self._filter = " ".join(words)
        self._apply()
        self.endResetModel()

    def _text_of(self, row: R) -> str:
        return " ".join(c.display(row) for c in self.columns).casefold()

    def _haystack(self) -> list[str]:
        """The searchable text of every row, built on the first filter (formatting 100,000
        rows takes a while; a table nobody filters never pays for it)."""
        if self._texts is None:
            self._texts = [self._text_of(row) for row in self._all]
        return self._texts

    def _ascending(self, column: int) -> tuple[list[int], list[int]]:
        """Row positions in ascending order of the column's key (kept until the rows change),
        and the positions without a key, which stay last in both directions.

        Keys are computed once per column; text sorts case- and accent-blind enough with
        ``casefold`` ("épinal" next to "Epinal", not after "Zagora"). Plain keys let
        ``list.sort`` use its fast comparisons (tuples of (bool, key) were 2.5x slower).
        """
        cached = self._orders.get(column)
        if cached is None:
            key = self.columns[column].sort_key or self.columns[column].display
            keys = [key(row) for row in self._all]
            present = [i for i, k in enumerate(keys) if k is not None]
            missing = [i for i, k in enumerate(keys) if k is None]
            if present and isinstance(keys[present[0]], str):
                keys = [k.casefold() if isinstance(k, str) else k for k in keys]
            present.sort(key=keys.__getitem__)
            cached = self._orders[column] = (present, missing)
        return cached

    def _apply(self) -> None:
        if self._sort is None:
            order: list[int] | range = range(len(self._all))
        else:
            column, direction = self._sort
            present, missing = self._ascending(column)
            if direction == Qt.SortOrder.DescendingOrder:
                present = present[::-1]
            order = present + missing
        words = self._filter.split()
        if words:
            texts = self._haystack()
            indices = list(order)
            for word in words:
                indices = [i for i in indices if word in texts[i]]
            self._visible = indices
        else:
            self._visible = list(order)

    # --- data out ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> R:
        return self._all[self._visible[row]]

    def visible_rows(self) -> list[R]:
        return [self._all[i] for i in self._visible]

    def first_rows(self, count: int) -> list[R]:
        """The first ``count`` visible rows (a sample to fit the columns to)."""
        return [self._all[i] for i in self._visible[:count]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for about ten roles per cell and paint; most have no answer here.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return plain_tooltip(column.tooltip(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == Qt.ItemDataRole.ForegroundRole and self._emphasis and self._emphasis(row):
            return self._emphasis_colour() if self._emphasis_colour else None
        if role == Roles.SORT:
            return (column.sort_key or column.display)(row)
        if role == Roles.ROW:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        # Column -1 (no sort indicator) restores the order the service returned.
        self._sort = (column, order) if 0 <= column < len(self.columns) else None
        self._apply()
        self.endResetModel()
