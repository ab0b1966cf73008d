"""Declarative base and the mixins every table shares."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from jumelage.domain.time import utc_now
from jumelage.persistence.types import UTCDateTime

# Named constraints: Alembic's batch mode (SQLite rebuilds tables to alter them) needs names to
# find a constraint again, and PostgreSQL reports them in errors.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def enum_column(enum: type[StrEnum]) -> Enum:
    """A portable enum column: VARCHAR holding the member's value (not its name)."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def new_uid() -> str:
    """A calendar UID: generated once, never reused (RFC 5545 section 3.8.4.7)."""
    return f"{uuid.uuid4()}@jumelage"


class Versioned:
    """An editable row: integer key, optimistic-locking counter and timestamps.

    SQLAlchemy adds ``AND version = :old`` to every UPDATE and DELETE and raises
    ``StaleDataError`` when no row matched, so a stale editor never overwrites a newer save.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    #: Both stamped by the unit of work's clock (``Database.transaction``); the defaults
    #: only serve sessions made outside it.
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__.get("version") or cls.version}


class CalendarItem(Versioned):
    """Something that can appear in a calendar file: stable UID, SEQUENCE, tombstone."""

    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    sequence: Mapped[int] = mapped_column(default=0)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
