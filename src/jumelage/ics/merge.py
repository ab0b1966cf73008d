"""The merge rules of an import, on plain values (RFC 5545 and RFC 5546 section 2.1.5).

An incoming VEVENT is matched with what we stored by UID + RECURRENCE-ID. It wins when its
SEQUENCE is higher, or equal with a newer LAST-MODIFIED, or (both equal) a newer DTSTAMP: for
a published calendar that is the time the file was written, so a later file is later news.
What changed is named field by field for the preview.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from jumelage.domain.enums import EventStatus
from jumelage.ics.preview import PreviewItem
from jumelage.ics.reader import Moment, ParsedEvent

_RULE_LINE = re.compile(r"^(RRULE|RDATE|EXDATE)[;:]", re.IGNORECASE)


class Stored(Protocol):
    """What the merge reads of a stored event (an ``ExternalEvent`` row)."""

    sequence: int
    last_modified: dt.datetime | None
    dtstamp: dt.datetime | None
    summary: str
    location: str
    description: str
    start_utc: dt.datetime
    start_local: dt.datetime
    all_day: bool
    end_utc: dt.datetime | None
    end_local: dt.datetime | None
    time_zone: str
    status: EventStatus
    raw: str


def preview_item(e: ParsedEvent, fields: tuple[str, ...] = ()) -> PreviewItem:
    return PreviewItem(
        e.uid, e.recurrence_id, e.summary, e.start, e.end, e.all_day, e.status, fields
    )


def _rule_lines(raw: str) -> tuple[str, ...]:
    return tuple(sorted(line for line in raw.split("\r\n") if _RULE_LINE.match(line)))


def columns(e: ParsedEvent) -> dict[str, Any]:
    """The ExternalEvent columns of an incoming event. The table has one zone per event, so
    the end is stored on the start's clocks (a flight landing in Dakar at 16:20 ends at 18:20
    Brussels time; the instant is the same). All-day dates are stored at midnight, zone "".
    """
    start, end = e.start, e.end
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        end = end.astimezone(start.tzinfo)

    def local(value: Moment) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None)
        return dt.datetime.combine(value, dt.time())

    return {
        "uid": e.uid,
        "recurrence_id": e.recurrence_id,
        "sequence": e.sequence,
        "last_modified": e.last_modified,
        "dtstamp": e.dtstamp,
        "summary": e.summary,
        "location": e.location,
        "description": e.description,
        "all_day": e.all_day,
        "start_local": local(start),
        "end_local": local(end),
        "time_zone": e.zone,
        "start_utc": e.start_utc,
        "end_utc": e.end_utc,
        "status": e.status,
        "raw": e.raw,
    }


#: Column → the field name the preview shows when it differs.
_COMPARED = (
    ("summary", "summary"),
    ("location", "location"),
    ("description", "description"),
    ("start_utc", "start"),
    ("start_local", "start"),
    ("all_day", "start"),
    ("end_utc", "end"),
    ("end_local", "end"),
    ("time_zone", "zone"),
    ("status", "status"),
)


def differences(stored: Stored, incoming: dict[str, Any]) -> tuple[str, ...]:
    names = [label for column, label in _COMPARED if getattr(stored, column) != incoming[column]]
    if _rule_lines(stored.raw) != _rule_lines(incoming["raw"]):
        names.append("recurrence")
    return tuple(dict.fromkeys(names))


def wins(e: ParsedEvent, stored: Stored) -> bool | None:
    """``True`` when the incoming version is newer, ``False`` when older, ``None`` when it
    is the same version. SEQUENCE first (RFC 5546 2.1.5), then LAST-MODIFIED, then DTSTAMP
    (for PUBLISH, the time the file was written: a later file is later news)."""
    if e.sequence != stored.sequence:
        return e.sequence > stored.sequence
    stamps = ((e.last_modified, stored.last_modified), (e.dtstamp, stored.dtstamp))
    for theirs, mine in stamps:
        if theirs is not None and mine is not None and theirs != mine:
            return theirs > mine
    if all(value is None for pair in stamps for value in pair):
        return True  # nothing to go by: the file in hand is the latest word
    return None
