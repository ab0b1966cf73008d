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
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import add, is_
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

R = TypeVar("R")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Index = QModelIndex | QPersistentModelIndex
#: Rows whose searchable texts are made together.
HAYSTACK_CHUNK = 4096
#: A word found more than once per DENSE rows among the first DENSITY_SAMPLE rows is looked
#: for row by row (see :meth:`Haystack.having`).
DENSITY_SAMPLE = 2000
DENSE = 5


#: Between texts folded together (the "unit separator" control character; casefold makes it
#: from no other character).
_SEPARATOR = "\x1f"


def _folded(texts: Sequence[str]) -> list[bytes]:
    """The texts case-folded, in UTF-8; each distinct text once when they repeat."""
    distinct = set(texts)
    if 2 * len(distinct) <= len(texts):
        made = {text: text.casefold().encode("utf-8", "surrogatepass") for text in distinct}
        return list(map(made.__getitem__, texts))
    # Mostly different texts (titles, dates): folded and encoded as one text, cut where
    # they were joined (no loop in Python), unless a text has the separator in it.
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) == len(texts) - 1:
        return joined.casefold().encode("utf-8", "surrogatepass").split(_SEPARATOR.encode())
    return [text.casefold().encode("utf-8", "surrogatepass") for text in texts]


def _repeats(keys: Sequence[Any]) -> bool:
    """The first rows' keys repeat a lot: a column of a few values (that can be hashed)."""
    sample = keys[:DENSITY_SAMPLE]
    try:
        return 4 * len(set(sample)) <= len(sample)
    except TypeError:  # (a list)
        return False


def _ranks(keys: Sequence[Any], text: bool) -> dict[Any, int | None]:
    """Each key's place among the distinct keys in ascending order (texts case-folded:
    "Zagora" and "zagora" share theirs); ``None`` stays ``None``."""
    distinct = set(keys)
    distinct.discard(None)
    if not text:
        ranks: dict[Any, int | None] = {k: r for r, k in enumerate(sorted(distinct))}
    else:
        folded = {k: k.casefold() if isinstance(k, str) else k for k in distinct}
        places = {f: r for r, f in enumerate(sorted(set(folded.values())))}
        ranks = {k: places[f] for k, f in folded.items()}
    ranks[None] = None
    return ranks


def each_once(make: Callable[[K], V], keys: Iterable[K]) -> list[V]:
    """``make(key)`` for every key, each distinct key made once (the loops run in C): a whole
    column formatted at once (:attr:`Column.displays`), where most values repeat (statuses,
    dates, amounts)."""
    keys = list(keys)
    made = {key: make(key) for key in set(keys)}
    return list(map(made.__getitem__, keys))


class Remembered(Generic[K, V]):
    """:func:`each_once` across calls: what ``make`` gave for a key is kept for the next
    part of the searchable texts, up to ``limit`` keys (then it starts again), until
    :meth:`clear` (a :attr:`Column.forget`: the texts are made). For values that only
    depend on the key (a pair of dates, a pair of amounts)."""

    __slots__ = ("_limit", "_made", "_make")

    def __init__(self, make: Callable[[K], V], limit: int = 8192) -> None:
        self._make, self._limit = make, limit
        self._made: dict[K, V] = {}

    def __call__(self, keys: Iterable[K]) -> list[V]:
        keys = list(keys)
        made = self._made
        found = list(map(made.get, keys))
        if None not in found:  # (the loops in C)
            return found  # type: ignore[return-value]
        missing = set(compress(keys, map(is_, found, repeat(None))))
        if len(made) + len(missing) > self._limit:
            made.clear()
            missing = set(keys)
        make = self._make
        made.update({key: make(key) for key in missing})
        return list(map(made.__getitem__, keys))

    def clear(self) -> None:
        """Forget what was made (what ``make`` gives has changed)."""
        self._made.clear()


def all_of(masks: Sequence[bytes | bytearray], size: int) -> bytes | None:
    """One byte a row, 1 where every mask has a 1 (masks of 0 and 1 bytes, ``size`` bytes
    each; ``None``: no mask): what a page's drop-downs give :meth:`RowTableModel.set_mask`."""
    if not masks:
        return None
    both = int.from_bytes(masks[0], "little")
    for mask in masks[1:]:
        both &= int.from_bytes(mask, "little")
    return both.to_bytes(size, "little")


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

    def extend(self, columns: Sequence[Sequence[str]]) -> None:
        """Append the rows whose cells are the ``columns``' texts (case-folded here), a row
        after the other. The loops run in C, and a text that repeats in a column (a
        partnership, a status) is folded and encoded once: one :meth:`append` a row took
        most of the first search on the Actions page."""
        rows = list(map(b" ".join, zip(*map(_folded, columns), strict=True)))
        if not rows:
            return
        start = len(self._data)
        self._data += b"\n".join(rows)
        self._data += b"\n"
        # Where each row ends, past its line break: the lengths so far, plus a line break a
        # row, after ``start``.
        self._bounds.extend(map(add, accumulate(map(len, rows)), count(start + 1)))

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
    #: Optional: called once the searchable texts of every row are made, for ``displays``
    #: to drop what it kept from one part of the rows to the next (:class:`Remembered`).
    forget: Callable[[], None] | None = None

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
        #: Bumped when the rows change: a search text being prepared for older rows stops.
        self._generation = 0
        #: The generation whose search text :meth:`prepare_search` is making, if any.
        self._preparing: int | None = None
        self._orders: dict[int, tuple[array[int], array[int]]] = {}
        self._visible: Sequence[int] = positions()
        #: One byte a row of the full list (0: filtered out), or None: the page's drop-downs.
        self._mask: bytes | bytearray | None = None
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
        self._generation += 1
        self._orders = {}
        self._mask = None  # (made for the rows shown until now)
        self._apply()
        self.endResetModel()

    def replace_row(self, position: int, row: R) -> None:
        """Put ``row`` in place of the row at ``position`` in the full list (an edit)."""
        self._all[position] = row
        if self._texts is not None and position < len(self._texts):
            self._texts[position] = self._text_of(row)  # (the rest is made from the rows)
        self._orders = {}

    def set_mask(self, mask: bytes | bytearray | None) -> None:
        """Show only the rows whose byte in ``mask`` is not 0 (one byte a row of the full
        list, in the order :meth:`set_rows` received them; ``None``: every row), before the
        filter's words. A page's drop-downs work out which rows pass once, on arrays; the
        model keeps them through its sorts and searches, until the next ``set_rows``."""
        self.beginResetModel()
        self._mask = mask
        self._apply()
        self.endResetModel()

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
        """The searchable text of every row, made on the first filter (formatting 100,000
        rows takes a while; a table nobody filters never pays for it), unless
        :meth:`prepare_search` made it, or some of it, beforehand."""
        while not self._grow_haystack():
            pass
        assert self._texts is not None
        return self._texts

    def _grow_haystack(self) -> bool:
        """Make the searchable texts of the next few thousand rows; ``True`` once every
        row has its text. Column by column: the columns' texts of every row at once took
        as much memory again as the result."""
        if self._texts is None:
            self._texts = Haystack()
        texts, rows = self._texts, self._all
        start = len(texts)
        if start < len(rows):
            part = rows[start : start + HAYSTACK_CHUNK]
            texts.extend([column.displays_of(part) for column in self.columns])
            if len(texts) >= len(rows):
                for column in self.columns:
                    if column.forget is not None:
                        column.forget()
        return len(texts) >= len(rows)

    def prepare_search(self) -> None:
        """Make the searchable texts now, a few thousand rows per turn of the event loop
        (the window stays responsive), so that the first filter is as quick as the next
        ones: a page calls it when its filter box gets the focus, before the first key.
        A filter that comes sooner makes the rest at once; new rows stop it. Called again
        while it runs (the box loses and gets the focus back), it does nothing."""
        generation = self._generation
        if self._preparing == generation:
            return
        self._preparing = generation

        def step() -> None:
            if generation != self._generation:
                return
            if self._grow_haystack():
                self._preparing = None
            else:
                QTimer.singleShot(0, self, step)  # (not once the model is gone)

        step()

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
            if None in keys:
                ranked = [i for i, k in enumerate(keys) if k is not None]
                missing = positions([i for i, k in enumerate(keys) if k is None])
            else:  # (every row has a key: no loop in Python)
                ranked, missing = list(range(len(keys))), positions()
            text = bool(ranked) and isinstance(keys[ranked[0]], str)
            if ranked and _repeats(keys):
                # A few values many times (partnerships, statuses): sort the values, then
                # the rows by their value's rank (comparing numbers is quicker).
                keys[:] = map(_ranks(keys, text).__getitem__, keys)
            elif text:
                if len(ranked) == len(keys):  # (every row has a text: the loop in C, in
                    # place a few thousand at a time: one list of texts at a time)
                    for start in range(0, len(keys), HAYSTACK_CHUNK):
                        end = start + HAYSTACK_CHUNK
                        keys[start:end] = map(str.casefold, keys[start:end])
                else:
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
        if self._mask is not None:
            passes = self._mask if isinstance(order, range) else map(self._mask.__getitem__, order)
            order = positions(compress(order, passes))
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
