"""Helpers for the services' ``list()`` methods, which read every row of a table at once.

Measured on the large benchmark database (``benchmarks/tables.py``): building ORM objects
(with their joined partnership and towns) cost 30 times the plain SELECT for the missions,
and each of 100,000 action items carried its own copy of its partnership's and owner's name.
So the lists are column queries run on the session's connection (no ORM loading), the rows are
built while the cursor is read (no full result list beside the rows), and the values that
repeat across rows (names, time zones, enum members) are one object per load, shared by the
rows through a :class:`Shared` table.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import String, type_coerce
from sqlalchemy.sql.elements import ColumnElement

E = TypeVar("E", bound=enum.Enum)
K = TypeVar("K")
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
