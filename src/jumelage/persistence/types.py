"""Column types that keep the schema portable between SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware instant, always returned in UTC.

    SQLite has no time zone support and silently drops an offset, so an aware value would come
    back naive (or, worse, be compared as text in another offset). This type refuses naive
    values, stores UTC, and hands back aware UTC datetimes. On PostgreSQL it maps to
    ``timestamp with time zone``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} given to a UTC column")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        instant = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        if instant.tzinfo is None:
            return instant.replace(tzinfo=dt.UTC)
        return instant.astimezone(dt.UTC)


class Money(TypeDecorator[Decimal]):
    """A decimal amount stored as its exact text.

    SQLite's NUMERIC affinity turns decimals into binary floats (0.1 + 0.2 errors in budget
    totals); text keeps every digit, and compares correctly for the equality checks we need.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
