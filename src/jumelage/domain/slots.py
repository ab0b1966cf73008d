"""The overlap finder: when can two towns on different continents meet (DESIGN.md section 4).

Pure and stdlib-only. The rules:

* A day is a calendar date of the *home* town. Its working window is ``work_start`` to
  ``work_end`` on that date in the home town's own zone. The partner town's windows are its
  own working hours on the dates before, on and after, in its own zone (so a date boundary
  between the zones cannot hide an overlap). Each window is turned into UTC instants with the
  zone's rules *for that date*, which is what makes the days when only one side changes its
  clock come out right.
* A town's window does not count on its weekend (weekday numbers, Monday = 0) nor on one of
  its holidays (public holidays and custom days off, given as ``{date: name}``).
* A slot starts on a grid of ``step`` minutes (aligned on UTC quarter hours, which are local
  quarter hours in every zone used here), lies entirely inside both windows and overlaps no
  busy interval (end-exclusive: a slot may start when a busy interval ends).
* Score: the smallest distance, in minutes, between the slot and either town's start or end of
  its working day. Slots are ranked by score (highest first), then by time; at most ``limit``.
* Each day without any slot gets the reasons (weekend, holiday, no overlap of working hours,
  or busy) so that a user interface can explain the gaps.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from zoneinfo import ZoneInfo

UTC = dt.UTC
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class TownHours:
    """What the finder needs to know about one town."""

    name: str
    time_zone: str
    work_start: dt.time
    work_end: dt.time
    #: Weekday numbers, Monday = 0.
    weekend: frozenset[int]
    #: Public holidays and custom days off: date -> name.
    holidays: Mapping[dt.date, str] = field(default_factory=dict)

    def off_reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not a working day here, or ``None``."""
        if day.weekday() in self.weekend:
            return f"weekend in {self.name} ({WEEKDAYS[day.weekday()]})"
        name = self.holidays.get(day)
        if name is not None:
            return f'holiday "{name}" in {self.name}'
        return None

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """The working hours of ``day`` as UTC instants (with that date's offset)."""
        zone = ZoneInfo(self.time_zone)
        start = dt.datetime.combine(day, self.work_start, zone).astimezone(UTC)
        end = dt.datetime.combine(day, self.work_end, zone).astimezone(UTC)
        return start, end


@dataclass(frozen=True)
class Busy:
    """A busy interval (aware datetimes, end exclusive) and what it is."""

    start: dt.datetime
    end: dt.datetime
    label: str


@dataclass(frozen=True)
class Slot:
    """A possible meeting, in UTC and in both towns' local times."""

    start: dt.datetime
    end: dt.datetime
    home_start: dt.datetime
    home_end: dt.datetime
    partner_start: dt.datetime
    partner_end: dt.datetime
    #: Minutes between the slot and the nearest start or end of either working day.
    score: int


@dataclass(frozen=True)
class EmptyDay:
    """A home-town date that has no slot, and why."""

    date: dt.date
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class SlotSearch:
    """The finder's answer: the best slots, the days without any, and notes (e.g. a
    subdivision the holiday calendar does not know)."""

    slots: tuple[Slot, ...]
    empty_days: tuple[EmptyDay, ...]
    total: int
    home: str = ""
    partner: str = ""
    notes: tuple[str, ...] = ()


def _ceil(instant: dt.datetime, step: int) -> dt.datetime:
    epoch = dt.datetime(2000, 1, 1, tzinfo=UTC)
    seconds = int((instant - epoch).total_seconds())
    grid = step * 60
    return epoch + dt.timedelta(seconds=-(-seconds // grid) * grid)


def _clash(
    intervals: Sequence[tuple[dt.datetime, dt.datetime, str]],
    starts: Sequence[dt.datetime],
    reach: Sequence[dt.datetime],
    start: dt.datetime,
    stop: dt.datetime,
) -> str | None:
    """The label of a busy interval overlapping ``[start, stop)``, or ``None``.
    ``intervals`` are sorted by start; ``reach[i]`` is the latest end among the first i + 1
    (so a year with thousands of events is searched in logarithmic time per slot)."""
    index = bisect_left(starts, stop)
    if index == 0 or reach[index - 1] <= start:
        return None
    for position in range(index - 1, -1, -1):
        begin, end, label = intervals[position]
        if end > start and begin < stop:
            return label
    return None


def _dates(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def find_slots(
    home: TownHours,
    partner: TownHours,
    busy: Sequence[Busy],
    first: dt.date,
    last: dt.date,
    duration_min: int,
    *,
    limit: int = 50,
    step: int = 15,
) -> SlotSearch:
    """The slots of ``duration_min`` minutes from ``first`` to ``last`` (home-town dates,
    both included) that suit both towns; see the module's documentation for the rules."""
    if duration_min <= 0:
        raise ValueError("the duration must be positive")
    length = dt.timedelta(minutes=duration_min)
    intervals = sorted((b.start.astimezone(UTC), b.end.astimezone(UTC), b.label) for b in busy)
    starts = [c[0] for c in intervals]
    reach = list(accumulate((c[1] for c in intervals), max))
    home_zone, partner_zone = ZoneInfo(home.time_zone), ZoneInfo(partner.time_zone)
    found: list[Slot] = []
    empty: list[EmptyDay] = []
    for day in _dates(first, last):
        reasons: list[str] = []
        home_off = home.off_reason(day)
        if home_off is not None:
            reasons.append(home_off)
        partner_off = partner.off_reason(day)
        if partner_off is not None:
            reasons.append(partner_off)
        day_slots: list[Slot] = []
        clashes: list[str] = []
        if home_off is None:
            h_start, h_end = home.window(day)
            for other in (day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)):
                if partner.off_reason(other) is not None:
                    continue
                p_start, p_end = partner.window(other)
                start, end = max(h_start, p_start), min(h_end, p_end)
                cursor = _ceil(start, step)
                while cursor + length <= end:
                    stop = cursor + length
                    clash = _clash(intervals, starts, reach, cursor, stop)
                    if clash is not None:
                        clashes.append(clash)
                    else:
                        score = min(
                            (cursor - h_start, h_end - stop, cursor - p_start, p_end - stop)
                        )
                        day_slots.append(
                            Slot(
                                start=cursor,
                                end=stop,
                                home_start=cursor.astimezone(home_zone),
                                home_end=stop.astimezone(home_zone),
                                partner_start=cursor.astimezone(partner_zone),
                                partner_end=stop.astimezone(partner_zone),
                                score=int(score.total_seconds() // 60),
                            )
                        )
                    cursor += dt.timedelta(minutes=step)
        if day_slots:
            found.extend(day_slots)
            continue
        if not reasons:
            if clashes:
                labels = list(dict.fromkeys(clashes))
                reasons.append("busy: " + ", ".join(labels))
            else:
                reasons.append("no overlap of working hours")
        empty.append(EmptyDay(day, tuple(reasons)))
    ranked = sorted(found, key=lambda s: (-s.score, s.start))
    return SlotSearch(tuple(ranked[:limit]), tuple(empty), len(found), home.name, partner.name)
