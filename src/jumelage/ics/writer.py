"""Export: events → the bytes of one calendar file (RFC 5545, published per RFC 5546).

The text is written directly rather than through icalendar objects: the same 10,000 events
come out several times faster (``benchmarks/ics.py``), and we control every byte:

* ``METHOD:PUBLISH`` with an ORGANIZER in every VEVENT (RFC 5546 requires it), NAME and
  X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL (RFC 7986 and its older X- twin);
* local times carry their zone as ``TZID=...`` and each zone gets a rule-based VTIMEZONE
  (:mod:`jumelage.ics.vtimezone`). Only UTC itself is written ``...Z``: an Africa/Dakar time
  is UTC+0 all year, but written as UTC it would lose its zone (DESIGN.md section 5);
* all-day events are ``VALUE=DATE`` with an exclusive DTEND;
* byte-stable output: events and zones are sorted, every line is generated in a fixed order,
  so the same data gives the same bytes apart from DTSTAMP (the moment of the export).

:func:`write_file` puts the bytes in place atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

from jumelage.ics import errors
from jumelage.ics.model import ORGANIZER_URI, PRODID, CalendarMeta, Event
from jumelage.ics.text import date_value, escape, fold, param, utc_value, wall_value
from jumelage.ics.vtimezone import vtimezone

_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"})
_CATEGORY_RANK = {"Mission": 0, "Travel": 1, "Agenda": 2, "Follow-up": 3, "Action": 4}


def zone_of(moment: dt.datetime) -> str | None:
    """The TZID to write for an aware datetime, ``None`` for UTC (written ``...Z``)."""
    tz = moment.tzinfo
    if tz is dt.UTC:
        return None
    if isinstance(tz, ZoneInfo) and tz.key:
        return None if tz.key in _UTC_NAMES else tz.key
    raise ValueError(f"{moment!r} is not in an IANA zone")


def _property(name: str, value: dt.date | dt.datetime) -> str:
    """``NAME;VALUE=DATE:...``, ``NAME;TZID=zone:...`` (local time) or ``NAME:...Z``."""
    if not isinstance(value, dt.datetime):
        return f"{name};VALUE=DATE:{date_value(value)}"
    zone = zone_of(value)
    if zone is None:
        return f"{name}:{utc_value(value)}"
    return f"{name};TZID={param(zone)}:{wall_value(value)}"


def sort_key(event: Event) -> tuple[dt.datetime, int, str, str, str]:
    start = event.start
    instant = (
        start.astimezone(dt.UTC)
        if isinstance(start, dt.datetime)
        else dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC)
    )
    rid = event.recurrence_id
    rid_text = "" if rid is None else _property("R", rid)
    return (instant, _CATEGORY_RANK.get(event.category, 9), event.summary, event.uid, rid_text)


def _zone_years(events: list[Event]) -> dict[str, tuple[int, int]]:
    years: dict[str, tuple[int, int]] = {}
    for event in events:
        moments: list[dt.date | dt.datetime | None] = [
            event.start,
            event.end,
            event.recurrence_id,
            event.series_end,
            *event.exdates,
        ]
        for moment in moments:
            if not isinstance(moment, dt.datetime):
                continue
            zone = zone_of(moment)
            if zone is None:
                continue
            low, high = years.get(zone, (moment.year, moment.year))
            years[zone] = (min(low, moment.year), max(high, moment.year))
    return years


def _event_lines(event: Event, stamp: str, organizer: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"SEQUENCE:{event.sequence}",
        stamp,
        _property("DTSTART", event.start),
    ]
    if event.end is not None:
        lines.append(_property("DTEND", event.end))
    if event.recurrence_id is not None:
        lines.append(_property("RECURRENCE-ID", event.recurrence_id))
    if event.rrule:
        lines.append(f"RRULE:{event.rrule}")
    lines += [_property("EXDATE", moment) for moment in sorted(event.exdates, key=_moment_key)]
    lines.append(f"SUMMARY:{escape(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines += [
        f"CATEGORIES:{escape(event.category)}",
        f"STATUS:{event.status.value.upper()}",
    ]
    if event.transparent:
        lines.append("TRANSP:TRANSPARENT")
    lines.append(organizer)
    if event.related_to:
        lines.append(f"RELATED-TO;RELTYPE=PARENT:{event.related_to}")
    if event.created is not None:
        lines.append(f"CREATED:{utc_value(event.created)}")
    lines += [f"LAST-MODIFIED:{utc_value(event.last_modified)}", "END:VEVENT"]
    return lines


def _moment_key(moment: dt.date | dt.datetime) -> tuple[dt.date, str]:
    if isinstance(moment, dt.datetime):
        return (moment.date(), wall_value(moment))
    return (moment, "")


def write_calendar(meta: CalendarMeta, events: Iterable[Event], stamp: dt.datetime) -> bytes:
    """The calendar file holding ``events``; ``stamp`` (aware) becomes every DTSTAMP."""
    ordered = sorted(events, key=sort_key)
    out = [
        fold(line)
        for line in (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"NAME:{escape(meta.name)}",
            f"X-WR-CALNAME:{escape(meta.name)}",
            f"REFRESH-INTERVAL;VALUE=DURATION:{meta.refresh}",
            f"X-PUBLISHED-TTL:{meta.refresh}",
        )
    ]
    for zone, (first, last) in sorted(_zone_years(ordered).items()):
        out += [fold(line) for line in vtimezone(zone, first, last)]
    dtstamp = f"DTSTAMP:{utc_value(stamp)}"
    organizer = f"ORGANIZER;CN={param(meta.organizer)}:{ORGANIZER_URI}"
    for event in ordered:
        out += [fold(line) for line in _event_lines(event, dtstamp, organizer)]
    out.append(fold("END:VCALENDAR"))
    return b"".join(out)


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, flushed and
    synced, then renamed over the target. A failure leaves the old file (or none) in place."""
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise errors.ExportFolderMissing(source=str(path))
    if path.is_dir():
        raise errors.ExportFailed(source=str(path), detail="it is a folder")
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = ""
        _fsync_folder(path.parent)
    except OSError as error:
        raise errors.ExportFailed(source=str(path), detail=error.strerror or str(error)) from None
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
