"""Drift of a recurring meeting on the other town's clocks (DESIGN.md section 4).

A series keeps its wall time in its anchor zone: 10:00 in Brussels stays 10:00 in Brussels
all year. The other town sees it move whenever only one of the two changes its clocks:
09:00 in Dakar in winter, 08:00 from 29 March 2026, 09:00 again from 25 October 2026. Towns
that both change, on different days (Brussels and Hebron), see it move for the days between.

:func:`drift` lists, for the occurrences given, where the other town's time of the meeting
changes (with the clock changes behind it) and which occurrences fall outside that town's
working hours, on its weekend or on one of its holidays. Pure and stdlib-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from jumelage.domain.slots import TownHours

UTC = dt.UTC


class FlagReason(StrEnum):
    BEFORE_HOURS = "before_hours"
    AFTER_HOURS = "after_hours"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class ClockChange:
    """``zone`` changed its offset at ``instant`` (aware, UTC), on ``date`` there."""

    zone: str
    instant: dt.datetime
    date: dt.date
    before: dt.timedelta
    after: dt.timedelta


@dataclass(frozen=True)
class TimeChange:
    """From the occurrence at ``start`` on, the other town sees the meeting at
    ``other_start`` instead of ``previous`` (its wall time at the occurrence before)."""

    start: dt.datetime
    other_start: dt.datetime
    previous: dt.datetime
    clock_changes: tuple[ClockChange, ...]

    @property
    def shift(self) -> dt.timedelta:
        """How much later (negative: earlier) the other town's wall time is now."""
        return _time_of_day(self.other_start) - _time_of_day(self.previous)


@dataclass(frozen=True)
class Flag:
    """An occurrence at an awkward moment for the other town."""

    start: dt.datetime
    other_start: dt.datetime
    other_end: dt.datetime
    reasons: tuple[FlagReason, ...]
    #: The holiday's name when ``HOLIDAY`` is among the reasons.
    holiday: str = ""


@dataclass(frozen=True)
class Drift:
    anchor_zone: str
    other: str
    other_zone: str
    changes: tuple[TimeChange, ...]
    flags: tuple[Flag, ...]
    notes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.changes and not self.flags


def _time_of_day(value: dt.datetime) -> dt.timedelta:
    return dt.timedelta(hours=value.hour, minutes=value.minute, seconds=value.second)


def _gap(instant: dt.datetime, anchor: ZoneInfo, other: ZoneInfo) -> dt.timedelta:
    """How far the other town's clocks are ahead of the anchor's at ``instant``."""
    return (instant.astimezone(other).utcoffset() or dt.timedelta()) - (
        instant.astimezone(anchor).utcoffset() or dt.timedelta()
    )


def clock_changes(zone_name: str, start: dt.datetime, end: dt.datetime) -> list[ClockChange]:
    """The offset changes of ``zone_name`` after ``start`` and up to ``end`` (aware), to the
    minute: day by day, then halving the day that holds one."""
    zone = ZoneInfo(zone_name)

    def offset(instant: dt.datetime) -> dt.timedelta:
        return instant.astimezone(zone).utcoffset() or dt.timedelta()

    found: list[ClockChange] = []
    low = start.astimezone(UTC)
    end = end.astimezone(UTC)
    while low < end:
        high = min(low + dt.timedelta(days=1), end)
        if offset(low) != offset(high):
            a, b = low, high
            while b - a > dt.timedelta(minutes=1):
                middle = a + (b - a) / 2
                if offset(middle) == offset(a):
                    a = middle
                else:
                    b = middle
            b = b.replace(second=0, microsecond=0)
            if offset(b) == offset(a):
                b += dt.timedelta(minutes=1)
            found.append(ClockChange(zone_name, b, b.astimezone(zone).date(), offset(a), offset(b)))
        low = high
    return found


def drift(
    starts: Sequence[dt.datetime], duration_min: int, anchor_zone: str, other: TownHours
) -> Drift:
    """Where ``other`` sees the occurrences ``starts`` (aware) move, and the awkward ones.

    An occurrence is flagged when, in the other town, it starts before ``work_start``, ends
    after ``work_end`` (or on another day), or falls on its weekend or one of its holidays.
    """
    anchor = ZoneInfo(anchor_zone)
    there = ZoneInfo(other.time_zone)
    ordered = sorted(starts, key=lambda s: s.astimezone(UTC))
    changes: list[TimeChange] = []
    flags: list[Flag] = []
    previous: dt.datetime | None = None
    for start in ordered:
        other_start = start.astimezone(there)
        if previous is not None and _gap(previous, anchor, there) != _gap(start, anchor, there):
            behind = tuple(
                sorted(
                    clock_changes(anchor_zone, previous, start)
                    + (
                        clock_changes(other.time_zone, previous, start)
                        if other.time_zone != anchor_zone
                        else []
                    ),
                    key=lambda c: c.instant,
                )
            )
            changes.append(TimeChange(start, other_start, previous.astimezone(there), behind))
        previous = start
        other_end = (start.astimezone(UTC) + dt.timedelta(minutes=duration_min)).astimezone(there)
        reasons: list[FlagReason] = []
        if other_start.time() < other.work_start:
            reasons.append(FlagReason.BEFORE_HOURS)
        if other_end.date() != other_start.date() or other_end.time() > other.work_end:
            reasons.append(FlagReason.AFTER_HOURS)
        day = other_start.date()
        if day.weekday() in other.weekend:
            reasons.append(FlagReason.WEEKEND)
        holiday = other.holidays.get(day, "")
        if holiday:
            reasons.append(FlagReason.HOLIDAY)
        if reasons:
            flags.append(Flag(start, other_start, other_end, tuple(reasons), holiday))
    return Drift(anchor_zone, other.name, other.time_zone, tuple(changes), tuple(flags))
