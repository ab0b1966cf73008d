"""Helpers for the services' ``list()`` methods, which read every row of a table at once.

Measured on the large benchmark database (``benchmarks/tables.py``): building ORM objects
(with their joined partnership and towns) cost 30 times the plain SELECT for the missions,
and each of 100,000 action items carried its own copy of its partnership's and owner's name.
So the lists are column queries run on the session's connection (no ORM loading), the rows are
built while the cursor is read (no full result list beside the rows), and the values that
repeat across rows (names, time zones, enum members) are one object per load, shared by the
rows through a :class:`Shared` table.

The biggest list, the Actions page's 100,000 items, is kept column by column instead
(:class:`Ints`, :class:`Values`, :class:`Texts`): a list of rows cost 380 bytes an item (the
row object, its id as an int object, its uid and description as str objects), the columns
about 130. Rows are built one at a time, when asked for (:meth:`Packed.row`).
"""

from __future__ import annotations

import dataclasses
import enum
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import String, type_coerce
from sqlalchemy.sql.elements import ColumnElement

E = TypeVar("E", bound=enum.Enum)
K = TypeVar("K")
R = TypeVar("R")
V = TypeVar("V")


class Shared:
    """One object per distinct value seen during a load: ``shared(value)`` returns the first
    equal value it was given. Use one table per kind of value (``1 == True``)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: V) -> V:
        if value is None:
            return value
        return self._seen.setdefault(value, value)  # type: ignore[no-any-return]

    def computed(self, key: K, make: Callable[[K], V]) -> V:
        """``make(key)``, made once per distinct key."""
        try:
            return self._seen[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._seen[key] = make(key)
            return value


def raw(column: Any) -> ColumnElement[str]:
    """An enum column read as its stored text: converting with :func:`members` is several
    times faster than SQLAlchemy's per-value enum processing."""
    return type_coerce(column, String())


def members(kind: type[E]) -> dict[Any, E]:
    """The members of a value-stored enum by their stored value (``None`` maps to ``None``)."""
    table: dict[Any, Any] = {member.value: member for member in kind}
    table[None] = None
    return table


#: Typecodes of growing width (signed): an array starts with the narrowest and is copied to
#: the next one when a value does not fit.
_WIDTHS = ("b", "h", "i", "q")


def _widened(values: array[int], value: int) -> array[int]:
    """``values`` in the narrowest typecode that holds ``value`` too (``OverflowError`` past
    64 bits, like SQLite)."""
    for code in _WIDTHS[_WIDTHS.index(values.typecode) + 1 :]:
        wider = array(code, values)
        try:
            wider.append(value)
        except OverflowError:
            continue
        wider.pop()
        return wider
    raise OverflowError(f"{value} does not fit in 64 bits")


class Ints:
    """Whole numbers (no ``None``) in an array as narrow as they allow."""

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[int] = ()) -> None:
        self._values: array[int] = array("b")
        for value in values:
            self.append(value)

    def append(self, value: int) -> None:
        try:
            self._values.append(value)
        except OverflowError:
            self._values = _widened(self._values, value)
            self._values.append(value)

    def __setitem__(self, index: int, value: int) -> None:
        try:
            self._values[index] = value
        except OverflowError:
            self._values = _widened(self._values, value)
            self._values[index] = value

    def __getitem__(self, index: int) -> int:
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[int]:
        return iter(self._values)

    def take(self, positions: Iterable[int]) -> list[int]:
        """The numbers at ``positions``."""
        values = self._values
        return [values[i] for i in positions]


class Values(Generic[V]):
    """Values that repeat (names, enum members, dates, ``None``): each distinct value once,
    and per item its number in an :class:`Ints`. Values are told apart by ``==`` (so keep
    one kind of value in a column: ``1 == True``)."""

    __slots__ = ("_codes", "_numbers", "_values")

    def __init__(self, values: Iterable[V] = ()) -> None:
        self._values: list[V] = []
        self._numbers: dict[V, int] = {}
        self._codes = Ints()
        for value in values:
            self.append(value)

    def _number(self, value: V) -> int:
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self._values)
            self._values.append(value)
        return number

    def append(self, value: V) -> None:
        self._codes.append(self._number(value))

    def __setitem__(self, index: int, value: V) -> None:
        self._codes[index] = self._number(value)

    def __getitem__(self, index: int) -> V:
        return self._values[self._codes._values[index]]

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[V]:
        return map(self._values.__getitem__, self._codes)

    def take(self, positions: Iterable[int], convert: Callable[[V], K] | None = None) -> list[Any]:
        """The values at ``positions``, or what ``convert`` makes of them (called once per
        distinct value: a label, a sort key)."""
        codes = self._codes._values
        made = self._values if convert is None else [convert(value) for value in self._values]
        return [made[codes[i]] for i in positions]

    def distinct(self) -> list[V]:
        """Every value met (including one no item has any more after ``__setitem__``)."""
        return list(self._values)


class Texts:
    """Texts that rarely repeat (descriptions, uids) as one UTF-8 buffer and where each ends:
    about one byte a character and one to eight an item, against 49 bytes plus the
    characters for a ``str``. An item's text is decoded when it is read."""

    __slots__ = ("_data", "_ends", "_replaced")

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._data = bytearray()
        self._ends = Ints()
        #: Texts changed after the load (an edit shown at once): index -> text.
        self._replaced: dict[int, str] = {}
        for value in values:
            self.append(value)

    def append(self, value: str) -> None:
        self._data += value.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._data))

    def __setitem__(self, index: int, value: str) -> None:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        self._replaced[index % len(self)] = value

    def __getitem__(self, index: int) -> str:
        size = len(self._ends)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError(index)
        if self._replaced:
            changed = self._replaced.get(index)
            if changed is not None:
                return changed
        start = self._ends[index - 1] if index else 0
        return self._data[start : self._ends[index]].decode("utf-8", "surrogatepass")

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        return iter(self.take(range(len(self))))

    def take(self, positions: Iterable[int]) -> list[str]:
        """The texts at ``positions`` (a column sorted or searched)."""
        data, ends, replaced = self._data, self._ends._values, self._replaced
        texts = []
        for i in positions:
            text = replaced.get(i) if replaced else None
            if text is None:
                part = data[ends[i - 1] if i else 0 : ends[i]]
                text = part.decode("utf-8", "surrogatepass")
            texts.append(text)
        return texts


class Packed(Generic[R]):
    """Rows of a frozen dataclass kept column by column. A subclass is a dataclass with one
    field per field of :attr:`row_type`, same names, same order, each an :class:`Ints`,
    :class:`Values` or :class:`Texts` (as the values suit) made by its ``default_factory``."""

    row_type: ClassVar[Callable[..., Any]]
    _columns: tuple[Any, ...]
    _names: tuple[str, ...]

    def __post_init__(self) -> None:
        fields = dataclasses.fields(self)  # type: ignore[arg-type]
        self._names = tuple(field.name for field in fields)
        self._columns = tuple(getattr(self, name) for name in self._names)

    def appenders(self) -> tuple[Callable[[Any], None], ...]:
        """Each column's ``append``, in the fields' order: a load fills the columns from the
        cursor's values without making the rows."""
        return tuple(column.append for column in self._columns)

    def append(self, row: R) -> None:
        for name, column in zip(self._names, self._columns, strict=True):
            column.append(getattr(row, name))

    def row(self, index: int) -> R:
        """The row at ``index``, built now."""
        return self.row_type(*[column[index] for column in self._columns])  # type: ignore[no-any-return]

    def rows(self) -> list[R]:
        """Every row, built now (small tables, tests)."""
        return [self.row(i) for i in range(len(self))]

    def replace(self, index: int, row: R) -> None:
        """Put ``row`` in place of the row at ``index`` (an edit shown at once)."""
        if not 0 <= index < len(self):
            raise IndexError(index)
        for name, column in zip(self._names, self._columns, strict=True):
            column[index] = getattr(row, name)

    def __len__(self) -> int:
        return len(self._columns[0]) if self._columns else 0
