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
  or busy) so that a user interface can explain the gaps: as English sentences
  (``EmptyDay.reasons``, what ``jumelage slots`` prints) and as structured values
  (``EmptyDay.details``, :class:`Reason`) that a user interface words in its own language.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate
from zoneinfo import ZoneInfo

UTC = dt.UTC
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ReasonKind(StrEnum):
    """Why a day has no slot."""

    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    NO_OVERLAP = "no_overlap"
    BUSY = "busy"


class BusyKind(StrEnum):
    """What a busy interval is (``OTHER``: a label only)."""

    MISSION = "mission"
    FOLLOWUP = "followup"
    PARTNER_EVENT = "partner_event"
    OTHER = "other"


@dataclass(frozen=True)
class Reason:
    """One reason, as data: ``town`` and ``weekday`` (Monday = 0) for a weekend, ``town`` and
    ``holiday`` (its name) for a holiday, ``clashes`` for busy."""

    kind: ReasonKind
    town: str = ""
    weekday: int | None = None
    holiday: str = ""
    clashes: tuple[Busy, ...] = ()

    @property
    def text(self) -> str:
        """The reason in English (as ``jumelage slots`` prints it)."""
        if self.kind == ReasonKind.WEEKEND:
            return f"weekend in {self.town} ({WEEKDAYS[self.weekday or 0]})"
        if self.kind == ReasonKind.HOLIDAY:
            return f'holiday "{self.holiday}" in {self.town}'
        if self.kind == ReasonKind.BUSY:
            return "busy: " + ", ".join(b.label for b in self.clashes)
        return "no overlap of working hours"


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

    def off(self, day: dt.date) -> Reason | None:
        """Why ``day`` is not a working day here, or ``None``."""
        if day.weekday() in self.weekend:
            return Reason(ReasonKind.WEEKEND, self.name, weekday=day.weekday())
        name = self.holidays.get(day)
        if name is not None:
            return Reason(ReasonKind.HOLIDAY, self.name, holiday=name)
        return None

    def off_reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not a working day here, in English, or ``None``."""
        reason = self.off(day)
        return None if reason is None else reason.text

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
    kind: BusyKind = BusyKind.OTHER
    #: The title of the mission, follow-up or event (the label without its kind).
    title: str = ""


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
    #: In English.
    reasons: tuple[str, ...]
    #: The same reasons as data, in the same order.
    details: tuple[Reason, ...] = ()


class NoteKind(StrEnum):
    UNKNOWN_SUBDIVISION = "unknown_subdivision"
    NO_HOLIDAYS = "no_holidays"


@dataclass(frozen=True)
class Note:
    """Something the user should know about a search, as data: the holiday calendar does not
    know a town's ``subdivision`` (the ``country``'s holidays are used) or its country."""

    kind: NoteKind
    town: str
    country: str
    subdivision: str = ""

    @property
    def text(self) -> str:
        """The note in English (as ``jumelage slots`` prints it)."""
        if self.kind == NoteKind.UNKNOWN_SUBDIVISION:
            detail = (
                f"subdivision {self.subdivision} of {self.country} is unknown to the holiday "
                f"calendar: the holidays of {self.country} as a whole are used"
            )
        else:
            detail = f"no public holidays known for country {self.country}"
        return f"{self.town}: {detail}"


@dataclass(frozen=True)
class SlotSearch:
    """The finder's answer: the best slots, the days without any, and notes (e.g. a
    subdivision the holiday calendar does not know)."""

    slots: tuple[Slot, ...]
    empty_days: tuple[EmptyDay, ...]
    total: int
    home: str = ""
    partner: str = ""
    #: In English.
    notes: tuple[str, ...] = ()
    #: The same notes as data, in the same order.
    note_details: tuple[Note, ...] = ()


def _ceil(instant: dt.datetime, step: int) -> dt.datetime:
    epoch = dt.datetime(2000, 1, 1, tzinfo=UTC)
    seconds = int((instant - epoch).total_seconds())
    grid = step * 60
    return epoch + dt.timedelta(seconds=-(-seconds // grid) * grid)


def _clash(
    intervals: Sequence[tuple[dt.datetime, dt.datetime, Busy]],
    starts: Sequence[dt.datetime],
    reach: Sequence[dt.datetime],
    start: dt.datetime,
    stop: dt.datetime,
) -> Busy | None:
    """A busy interval overlapping ``[start, stop)``, or ``None``.
    ``intervals`` are sorted by start; ``reach[i]`` is the latest end among the first i + 1
    (so a year with thousands of events is searched in logarithmic time per slot)."""
    index = bisect_left(starts, stop)
    if index == 0 or reach[index - 1] <= start:
        return None
    for position in range(index - 1, -1, -1):
        begin, end, interval = intervals[position]
        if end > start and begin < stop:
            return interval
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
    intervals = sorted(
        ((b.start.astimezone(UTC), b.end.astimezone(UTC), b) for b in busy),
        key=lambda c: (c[0], c[1], c[2].label),
    )
    starts = [c[0] for c in intervals]
    reach = list(accumulate((c[1] for c in intervals), max))
    home_zone, partner_zone = ZoneInfo(home.time_zone), ZoneInfo(partner.time_zone)
    found: list[Slot] = []
    empty: list[EmptyDay] = []
    for day in _dates(first, last):
        reasons: list[Reason] = []
        home_off = home.off(day)
        if home_off is not None:
            reasons.append(home_off)
        partner_off = partner.off(day)
        if partner_off is not None:
            reasons.append(partner_off)
        day_slots: list[Slot] = []
        clashes: list[Busy] = []
        if home_off is None:
            h_start, h_end = home.window(day)
            for other in (day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)):
                if partner.off(other) is not None:
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
                unique = {b.label: b for b in reversed(clashes)}  # the first of each label
                ordered = tuple(unique[label] for label in dict.fromkeys(b.label for b in clashes))
                reasons.append(Reason(ReasonKind.BUSY, clashes=ordered))
            else:
                reasons.append(Reason(ReasonKind.NO_OVERLAP))
        empty.append(EmptyDay(day, tuple(r.text for r in reasons), tuple(reasons)))
    ranked = sorted(found, key=lambda s: (-s.score, s.start))
    return SlotSearch(tuple(ranked[:limit]), tuple(empty), len(found), home.name, partner.name)
