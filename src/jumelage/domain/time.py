"""Time rules (DESIGN.md section 4).

A timed item is the wall-clock time people agreed on plus the IANA zone of the place it belongs
to. The UTC instant is derived from those two and recomputed when the zone rules change: a
meeting agreed at 10:00 in Zagora stays at 10:00 in Zagora after Morocco's 2026 change.
All-day things are dates. Aware datetimes whose ``tzinfo`` is a :class:`~zoneinfo.ZoneInfo`
cross service boundaries; naive ones never do.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import lru_cache
from types import ModuleType


def _errors() -> ModuleType:
    """The errors module, loaded on first failure: this module is on the app's path to its
    first paint, and building the error classes costs more than everything else here."""
    from jumelage.domain import errors

    return errors


UTC = dt.UTC


@lru_cache(maxsize=512)
def _load_zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def zone(name: str, field: str = "time_zone") -> zoneinfo.ZoneInfo:
    """The IANA zone called ``name``, or :class:`UnknownTimeZone`."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        raise _errors().UnknownTimeZone(field=field, name=name)
    try:
        return _load_zone(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise _errors().UnknownTimeZone(field=field, name=name) from None


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except _errors().UnknownTimeZone:
        return False
    return True


def available_zones() -> list[str]:
    """Every IANA zone name the bundled database knows, sorted."""
    return sorted(zoneinfo.available_timezones())


def tz_database_version() -> str:
    """Version of the IANA database in use (the ``tzdata`` package), e.g. ``2026f``."""
    try:
        import tzdata

        return str(tzdata.IANA_VERSION)
    except ImportError:  # pragma: no cover - tzdata is a dependency
        return "system"


def localize(wall: dt.datetime, zone_name: str, field: str = "start") -> dt.datetime:
    """Attach ``zone_name`` to the naive wall time ``wall``.

    A wall time skipped by a daylight-saving change raises :class:`NonexistentLocalTime`; an
    ambiguous one (the repeated hour in autumn) takes its first occurrence, as calendar
    clients do.
    """
    if wall.tzinfo is not None:
        wall = wall.replace(tzinfo=None)
    tz = zone(zone_name, field)
    aware = wall.replace(tzinfo=tz, fold=0)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != wall:
        raise _errors().NonexistentLocalTime(field=field, wall=wall, zone=zone_name)
    return aware


def to_utc(wall: dt.datetime, zone_name: str, field: str = "start") -> dt.datetime:
    """The UTC instant of ``wall`` in ``zone_name``."""
    return localize(wall, zone_name, field).astimezone(UTC)


def split_zoned(value: dt.datetime, field: str = "start") -> tuple[dt.datetime, str]:
    """``(naive wall time, zone name)`` of an aware datetime in an IANA zone.

    Raises :class:`NaiveDateTime` for a naive value and :class:`UnknownTimeZone` for a fixed
    offset: an offset says nothing about next summer.
    """
    tz = value.tzinfo
    if tz is None or value.utcoffset() is None:
        raise _errors().NaiveDateTime(field=field, value=value)
    if isinstance(tz, zoneinfo.ZoneInfo) and tz.key:
        name = tz.key
    elif tz is UTC or tz == dt.UTC:
        name = "UTC"
    else:
        raise _errors().UnknownTimeZone(field=field, name=str(tz))
    wall = value.replace(tzinfo=None, fold=0)
    localize(wall, name, field)  # refuses wall times skipped by a DST change
    return wall, name


def utc_now() -> dt.datetime:
    return dt.datetime.now(UTC)


def in_zone(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The aware ``instant`` seen on the clocks of ``zone_name``."""
    if instant.tzinfo is None:
        raise _errors().NaiveDateTime(field="instant", value=instant)
    return instant.astimezone(zone(zone_name))


def utc_offset_label(instant: dt.datetime) -> str:
    """``UTC+2``, ``UTC``, ``UTC+5:30``."""
    offset = instant.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
