"""Undoing a soft delete: the row comes back with a higher SEQUENCE (calendar clients that
saw the cancellation then take the revived event as the newer version)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from jumelage.domain.errors import NotFound
from jumelage.persistence.base import CalendarItem

C = TypeVar("C", bound=CalendarItem)


def fetch_any(session: Session, model: type[C], key: int, kind: str) -> C:
    """The row ``key`` of ``model``, tombstoned or not; :class:`NotFound` if it never existed
    (``base.fetch`` treats a tombstone as not found)."""
    row = session.get(model, key)
    if row is None:
        raise NotFound(kind=kind, key=key)
    return row


def revive(row: CalendarItem) -> bool:
    """Clear the tombstone and raise SEQUENCE; ``False`` (nothing done) if it is alive."""
    if row.deleted_at is None:
        return False
    row.deleted_at = None
    row.sequence += 1
    return True
