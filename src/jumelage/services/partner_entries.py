"""The Calendar's partner events: imported, read-only, in the partnership's colour.

Timed ones are shown as instants, all-day ones as dates. A recurring master is expanded inside
the range with :func:`jumelage.ics.occurrences.occurrences` when its stored raw text can be
read again and gives the same first start as the stored one (a zone known only from the
file's own VTIMEZONE cannot: then the master alone is shown, at its first start); occurrences
the partner moved or cancelled (stored as their own rows, keyed by RECURRENCE-ID) are left to
those rows. Part of :class:`jumelage.services.calendar.CalendarService`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from jumelage.domain import time as tz
from jumelage.domain.calendar import CalendarEntry, EntryKind
from jumelage.domain.enums import EventStatus
from jumelage.persistence import models as m

_RULE_LINES = ("RRULE", "RDATE")


def aware(value: dt.datetime) -> dt.datetime:
    """A UTC instant read back from SQLite (which keeps no offset) made aware again."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def partner_entries(
    s: Session,
    first: dt.date,
    last: dt.date,
    low: dt.datetime,
    high: dt.datetime,
    colours: dict[int, str],
) -> list[CalendarEntry]:
    """The partner events of ``colours``' partnerships touching ``first``..``last`` (dates)
    and ``low``..``high`` (UTC), recurring ones expanded there."""
    e, calendar, partnership, town = m.ExternalEvent, m.ExternalCalendar, m.Partnership, m.Town
    recurring = and_(
        e.recurrence_id == "", or_(*(e.raw.contains(f"\n{name}") for name in _RULE_LINES))
    )
    query = (
        select(
            e.id, calendar.partnership_id, e.uid, e.calendar_id, e.recurrence_id, e.summary,
            e.location, e.all_day, e.start_local, e.end_local, e.time_zone, e.start_utc,
            e.end_utc, e.status, e.raw, calendar.name.label("calendar_name"),
            town.time_zone.label("partner_zone"),
        )
        .join(calendar, calendar.id == e.calendar_id)
        .join(partnership, partnership.id == calendar.partnership_id)
        .join(town, town.id == partnership.partner_town_id)
        .where(
            calendar.partnership_id.in_(colours),
            e.start_utc < high,
            or_(e.end_utc >= low, and_(e.end_utc.is_(None), e.start_utc >= low), recurring),
        )
    )  # fmt: skip
    rows = list(s.execute(query))
    masters = [r for r in rows if r.recurrence_id == "" and _is_recurring(r.raw)]
    moved: dict[tuple[int, str], set[str]] = {}
    if masters:
        uids = sorted({r.uid for r in masters})
        for calendar_id, uid, rid in s.execute(
            select(e.calendar_id, e.uid, e.recurrence_id).where(
                e.uid.in_(uids), e.recurrence_id != ""
            )
        ):
            moved.setdefault((calendar_id, uid), set()).add(rid)
    found = []
    for r in rows:
        base = CalendarEntry(
            kind=EntryKind.PARTNER_EVENT,
            ref_id=r.id,
            partnership_id=r.partnership_id,
            colour=colours[r.partnership_id],
            title=r.summary,
            all_day=r.all_day,
            read_only=True,
            cancelled=r.status == EventStatus.CANCELLED,
            detail=r.calendar_name,
        )
        if r.recurrence_id == "" and _is_recurring(r.raw):
            spans = _expand(r, low, high, moved.get((r.calendar_id, r.uid), set()))
            if spans is not None:
                for begin, end in spans:
                    entry = _placed(base, r, begin, end)
                    if entry is not None and _touches(entry, first, last, low, high):
                        found.append(entry)
                continue
        entry = _placed(base, r, None, None)
        if entry is not None and _touches(entry, first, last, low, high):
            found.append(entry)
    return found


def _is_recurring(raw: str) -> bool:
    return any(f"\n{name}" in raw or raw.startswith(name) for name in _RULE_LINES)


def _expand(
    row: Any, low: dt.datetime, high: dt.datetime, moved: set[str]
) -> list[tuple[dt.datetime, dt.datetime]] | None:
    """The occurrences of a recurring master inside ``low``..``high`` (UTC), or ``None``
    when its raw text does not give back the stored event."""
    from jumelage.ics import errors
    from jumelage.ics.occurrences import Budget, occurrences
    from jumelage.ics.reader import read_calendar
    from jumelage.ics.text import date_value, utc_value

    fallback = row.time_zone or row.partner_zone
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + row.raw.strip() + "\r\nEND:VCALENDAR\r\n"
    try:
        parsed = read_calendar(text.encode(), "calendar", fallback_zone=fallback)
    except errors.CalendarError:
        return None
    if len(parsed.events) != 1:
        return None
    event = parsed.events[0]
    if event.start_utc != aware(row.start_utc) or not event.recurring:
        return None
    zone = tz.zone(fallback)
    spans, _note = occurrences(event, (low, high), Budget(), zone)
    kept = []
    for begin, end in spans:
        key = date_value(begin.astimezone(zone).date()) if event.all_day else utc_value(begin)
        if key not in moved:
            kept.append((begin, end))
    return kept


def _placed(
    base: CalendarEntry, row: Any, begin: dt.datetime | None, end: dt.datetime | None
) -> CalendarEntry | None:
    """``base`` at the row's own times, or at one occurrence ``begin``..``end`` (UTC)."""
    from dataclasses import replace

    if row.all_day:
        if begin is None:
            first = row.start_local.date()
            stop = row.end_local.date() if row.end_local is not None else first
        else:
            assert end is not None
            zone = tz.zone(row.partner_zone)
            first = begin.astimezone(zone).date()
            stop = end.astimezone(zone).date()
        last = max(first, stop - dt.timedelta(days=1))
        return replace(base, first_day=first, last_day=last)
    if begin is None:
        begin = aware(row.start_utc)
        end = aware(row.end_utc) if row.end_utc is not None else begin
    assert end is not None
    return replace(base, start=begin, end=end, time_zone=row.time_zone or row.partner_zone)


def _touches(
    entry: CalendarEntry, first: dt.date, last: dt.date, low: dt.datetime, high: dt.datetime
) -> bool:
    if entry.all_day:
        assert entry.first_day is not None
        assert entry.last_day is not None
        return entry.first_day <= last and entry.last_day >= first
    assert entry.start is not None
    assert entry.end is not None
    return entry.start < high and (entry.end >= low)
