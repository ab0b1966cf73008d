"""What the calendar views show: entries, marked days and the towns' working weeks.

Plain values (stdlib only), built by :class:`jumelage.services.calendar.CalendarService` and
drawn by the Calendar page. Timed entries carry aware datetimes (UTC) plus the zone they
were planned in, so a view can show them in any town's local time; all-day entries carry
dates (``last_day`` included).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from jumelage.domain.checks import MissionProblem


class EntryKind(enum.StrEnum):
    MISSION = "mission"
    LEG = "leg"
    AGENDA = "agenda"
    FOLLOWUP = "followup"
    ACTION_DUE = "action_due"
    PARTNER_EVENT = "partner_event"


class DayMarkKind(enum.StrEnum):
    HOLIDAY = "holiday"  # a public holiday (the ``holidays`` package)
    DAY_OFF = "day_off"  # a custom day off of the town


@dataclass(frozen=True)
class CalendarEntry:
    """One thing on the calendar."""

    kind: EntryKind
    #: The id of the record (mission, leg, agenda item, follow-up, action item, external event).
    ref_id: int
    partnership_id: int
    #: The partnership's colour, ``#rrggbb``.
    colour: str
    title: str
    #: True for missions, action due dates and all-day partner events.
    all_day: bool
    #: Timed entries: aware instants; ``end`` is exclusive and may equal ``start``.
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    #: The zone the entry was planned in (a leg's departure zone); "" for all-day entries.
    time_zone: str = ""
    #: All-day entries: first and last day, both included.
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    #: Partner events and anything the user cannot move or resize here.
    read_only: bool = False
    cancelled: bool = False
    #: The record's optimistic-lock version (for moves); 0 for read-only entries.
    version: int = 0
    #: Extra line for the detail (destination, channel, owner, partner calendar...).
    detail: str = ""
    #: Problems found by the mission checks (missions only); the UI words them.
    problems: tuple[MissionProblem, ...] = ()

    def days(self, zone: dt.tzinfo) -> tuple[dt.date, dt.date]:
        """The first and last date the entry touches, seen in ``zone``."""
        if self.all_day:
            assert self.first_day is not None
            assert self.last_day is not None
            return self.first_day, self.last_day
        assert self.start is not None
        assert self.end is not None
        first = self.start.astimezone(zone).date()
        end = self.end.astimezone(zone)
        last = end.date()
        if self.end > self.start and end.time() == dt.time(0):
            last -= dt.timedelta(days=1)
        return first, max(first, last)


@dataclass(frozen=True)
class DayMark:
    """A holiday or day off of one town."""

    day: dt.date
    town_id: int
    town_name: str
    name: str
    kind: DayMarkKind = DayMarkKind.HOLIDAY
    #: The ``holidays`` package marks the date as estimated (Eid, Tabaski...).
    estimated: bool = False


@dataclass(frozen=True)
class TownWeek:
    """What a view needs to shade a town's days: zone, weekend and working hours."""

    town_id: int
    name: str
    time_zone: str
    #: Weekday numbers, Monday = 0.
    weekend: frozenset[int] = field(default_factory=frozenset)
    work_start: dt.time = dt.time(9)
    work_end: dt.time = dt.time(17)
