"""What the writer writes: one calendar event, and the calendar's own properties.

Plain values, no database: the services decide what leaves the laptop (the export profile)
and hand the writer these. Timed values are aware datetimes whose ``tzinfo`` is a
:class:`~zoneinfo.ZoneInfo` (written as local time with its TZID) or UTC (written ``...Z``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from jumelage.domain.enums import EventStatus

#: Our PRODID (RFC 5545 3.7.3). No version number in it: golden files stay byte-stable
#: across releases.
PRODID = "-//Jumelage//Jumelage calendar exchange//EN"
#: ORGANIZER is required in every VEVENT of a PUBLISH (RFC 5546 3.2.1). It names the home
#: town's office; the address is in the reserved ``.invalid`` domain (RFC 2606), never a
#: person's mailbox.
ORGANIZER_URI = "mailto:noreply@jumelage.invalid"


class Profile(StrEnum):
    """Who a calendar file is for (DESIGN.md section 5)."""

    #: Only items flagged shared, only their shared fields.
    PARTNER = "partner"
    #: Everything useful to the team, internal notes included.
    INTERNAL = "internal"


class Category(StrEnum):
    MISSION = "Mission"
    TRAVEL = "Travel"
    AGENDA = "Agenda"
    FOLLOW_UP = "Follow-up"
    ACTION = "Action"


@dataclass(frozen=True, slots=True)
class Event:
    """One VEVENT. ``start``/``end`` are both dates (all day, ``end`` exclusive) or both
    aware datetimes, possibly in different zones (a flight)."""

    uid: str
    sequence: int
    summary: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None
    status: EventStatus
    category: Category
    last_modified: dt.datetime
    created: dt.datetime | None = None
    description: str = ""
    location: str = ""
    url: str = ""
    #: An RRULE value without the ``RRULE:`` prefix; UNTIL must already be in UTC.
    rrule: str = ""
    exdates: tuple[dt.datetime | dt.date, ...] = ()
    recurrence_id: dt.datetime | dt.date | None = None
    #: The UID of the item this one belongs to (a leg's mission), RFC 5545 RELATED-TO.
    related_to: str = ""
    #: TRANSP:TRANSPARENT (a due date does not make anyone busy).
    transparent: bool = False
    #: The last start of a recurring series, so its zone's VTIMEZONE covers those years.
    series_end: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class CalendarMeta:
    """NAME/X-WR-CALNAME and the ORGANIZER's common name (the home town)."""

    name: str
    organizer: str
    refresh: str = "P1D"
