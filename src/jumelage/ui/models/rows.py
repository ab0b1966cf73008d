"""A table model over a list of plain rows, sorted and filtered in Python.

Why no QSortFilterProxyModel: over a Python model it calls back into Python for every
comparison (measured here: 12.5 s to sort 100,000 rows, against 47 ms for ``list.sort`` on a
precomputed key). So this model sorts its own list and keeps a filtered view of it.

The view and the cached sort orders are row positions in typed arrays (4 bytes a row; a list
took 8 bytes a row plus an int object of 28 bytes for every position past 256). A page that
keeps its rows column by column (the Actions page, :mod:`jumelage.services.bulk`) gives the
model the rows' positions as an ``array`` of its own, kept as it is, and columns that read
the page's columns at a position. The searchable texts are one UTF-8 buffer
(:class:`Haystack`).
"""

from __future__ import annotations

import enum
import html
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
#: Rows whose searchable texts are made together.
HAYSTACK_CHUNK = 4096
#: A word found more than once per DENSE rows among the first DENSITY_SAMPLE rows is looked
#: for row by row (see :meth:`Haystack.having`).
DENSITY_SAMPLE = 2000
DENSE = 5


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


def positions(values: Iterable[int] = ()) -> array[int]:
    """Row positions in a typed array."""
    return array("i", values)


class Haystack:
    """The searchable text of every row (its cells' texts, case-folded), as one UTF-8 buffer
    with a line break after each row, and where each row starts: 100 bytes a row on the
    Actions page, where a list of ``str`` took 260 (a single "⚠" makes a ``str`` two bytes a
    character). A word is looked for in the whole buffer at once; UTF-8 finds it at
    character boundaries only, and a word (no white space) never spans a line break, so the
    rows found are those whose text contains it."""

    __slots__ = ("_bounds", "_data", "_replaced")

    def __init__(self) -> None:
        self._data = bytearray()
        #: Where each row starts, and where the next one would.
        self._bounds = array("q", [0])
        #: Rows edited since (their new text): the buffer is not rewritten.
        self._replaced: dict[int, str] = {}

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8", "surrogatepass")
        self._data += b"\n"
        self._bounds.append(len(self._data))

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __setitem__(self, row: int, text: str) -> None:
        self._replaced[row] = text

    def __getitem__(self, row: int) -> str:
        if row in self._replaced:
            return self._replaced[row]
        text = self._data[self._bounds[row] : self._bounds[row + 1] - 1]
        return text.decode("utf-8", "surrogatepass")

    def having(self, word: str, rows: Sequence[int]) -> list[int]:
        """The ``rows`` whose text contains ``word`` (case-folded, no white space), in their
        order."""
        needle, bounds, find = word.encode("utf-8", "surrogatepass"), self._bounds, self._data.find
        # A word in many rows (a first letter typed) is quicker to check row by row than to
        # hop from one find to the next: the first rows tell which.
        sample = min(len(self), DENSITY_SAMPLE)
        if self._data.count(needle, 0, bounds[sample]) * DENSE > sample:
            if self._replaced:
                return [i for i in rows if self._has(i, word, needle)]
            return [i for i in rows if find(needle, bounds[i], bounds[i + 1]) >= 0]
        marks = bytearray(len(self))
        at = find(needle)
        while at >= 0:
            row = bisect_right(bounds, at) - 1
            marks[row] = 1
            at = find(needle, bounds[row + 1])  # on to the next row
        for row, text in self._replaced.items():
            marks[row] = word in text
        return list(compress(rows, map(marks.__getitem__, rows)))

    def _has(self, row: int, word: str, needle: bytes) -> bool:
        if row in self._replaced:
            return word in self._replaced[row]
        return self._data.find(needle, self._bounds[row], self._bounds[row + 1]) >= 0


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[R], str] | None = None
    #: Optional: what ``display`` and ``sort_key`` give, for every row of a sequence at once
    #: (the rows as ``set_rows`` received them). A page whose rows are positions in its own
    #: columns reads a whole column several times faster than row by row.
    displays: Callable[[Sequence[R]], Sequence[str]] | None = None
    keys: Callable[[Sequence[R]], Sequence[Any]] | None = None

    def displays_of(self, rows: Sequence[R]) -> Sequence[str]:
        if self.displays is not None:
            return self.displays(rows)
        display = self.display
        return [display(row) for row in rows]

    def keys_of(self, rows: Sequence[R]) -> Sequence[Any]:
        if self.keys is not None:
            return self.keys(rows)
        if self.sort_key is None:
            return self.displays_of(rows)
        key = self.sort_key
        return [key(row) for row in rows]


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
        self._all: list[R] | array[Any] = []
        self._texts: Haystack | None = None
        self._orders: dict[int, tuple[array[int], array[int]]] = {}
        self._visible: Sequence[int] = positions()
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._emphasis = emphasis
        self._emphasis_colour = emphasis_colour

    # --- data in -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``: a list is copied; an ``array`` (positions in a page's columns) is
        kept as it is."""
        self.beginResetModel()
        self._all = rows if isinstance(rows, array) else list(rows)
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

    def _haystack(self) -> Haystack:
        """The searchable text of every row, built on the first filter (formatting 100,000
        rows takes a while; a table nobody filters never pays for it)."""
        if self._texts is None:
            # Column by column, a few thousand rows at a time: the columns' texts of every
            # row at once took as much memory again as the result.
            texts = Haystack()
            rows = self._all
            for start in range(0, len(rows), HAYSTACK_CHUNK):
                part = rows[start : start + HAYSTACK_CHUNK]
                columns = [column.displays_of(part) for column in self.columns]
                for cells in zip(*columns, strict=True):
                    texts.append(" ".join(cells).casefold())
            self._texts = texts
        return self._texts

    def _ascending(self, column: int) -> tuple[array[int], array[int]]:
        """Row positions in ascending order of the column's key (kept until the rows change),
        and the positions without a key, which stay last in both directions.

        Keys are computed once per column; text sorts case- and accent-blind enough with
        ``casefold`` ("épinal" next to "Epinal", not after "Zagora"). Plain keys let
        ``list.sort`` use its fast comparisons (tuples of (bool, key) were 2.5x slower).
        """
        cached = self._orders.get(column)
        if cached is None:
            found = self.columns[column].keys_of(self._all)
            keys = found if isinstance(found, list) else list(found)
            ranked = [i for i, k in enumerate(keys) if k is not None]
            missing = positions([i for i, k in enumerate(keys) if k is None])
            if ranked and isinstance(keys[ranked[0]], str):
                for i, k in enumerate(keys):  # in place: one list of texts at a time
                    if isinstance(k, str):
                        keys[i] = k.casefold()
            ranked.sort(key=keys.__getitem__)
            del keys
            cached = self._orders[column] = (positions(ranked), missing)
        return cached

    def _apply(self) -> None:
        if self._sort is None:
            order: array[int] | range = range(len(self._all))
        else:
            column, direction = self._sort
            present, missing = self._ascending(column)
            if direction == Qt.SortOrder.DescendingOrder:
                present = present[::-1]
            order = present + missing
        words = self._filter.split()
        if words:
            texts = self._haystack()
            indices: Sequence[int] = order
            for word in words:
                indices = texts.having(word, indices)
            self._visible = positions(indices)
        else:
            self._visible = order if isinstance(order, array) else positions(order)

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
