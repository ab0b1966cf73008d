"""What every service shares: the database, the clock, and the record-keeping rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from jumelage.domain import time as tz
from jumelage.domain.errors import NotFound, StaleEdit
from jumelage.persistence.base import Base, CalendarItem, Versioned
from jumelage.persistence.database import Database

M = TypeVar("M", bound=Base)

Clock = Callable[[], dt.datetime]


class Service:
    """Base of the use-case classes. Each public method is one unit of work."""

    def __init__(self, db: Database, clock: Clock = tz.utc_now) -> None:
        self.db = db
        self.clock = clock

    def today_in(self, zone_name: str) -> dt.date:
        return self.clock().astimezone(tz.zone(zone_name)).date()


def fetch(session: Session, model: type[M], key: int, kind: str) -> M:
    """The row ``key`` of ``model``, or :class:`NotFound`. Tombstones count as not found."""
    row: Any = session.get(model, key)
    if row is None or (isinstance(row, CalendarItem) and row.deleted_at is not None):
        raise NotFound(kind=kind, key=key)
    return row  # type: ignore[no-any-return]


def check_version(row: Versioned, expected: int | None, kind: str) -> None:
    """Refuse to save over a newer version than the one the editor loaded."""
    if expected is not None and row.version != expected:
        raise StaleEdit(
            kind=kind, key=row.id, expected_version=expected, current_version=row.version
        )


def apply(row: Any, values: Mapping[str, Any]) -> set[str]:
    """Set the attributes that differ; return their names."""
    changed = set()
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.add(name)
    return changed


def bump_if_shared(row: CalendarItem, changed: Iterable[str], shared: frozenset[str]) -> None:
    """Raise SEQUENCE when a field that leaves in a calendar file changed (RFC 5545 3.8.7.4)."""
    if not shared.isdisjoint(changed):
        row.sequence += 1


def tombstone(row: CalendarItem, now: dt.datetime) -> None:
    """Soft-delete: keep the row so the next export can announce the cancellation."""
    row.deleted_at = now
    row.sequence += 1
