"""Where things go in the week view, in minutes and lanes (no pixels, no Qt).

The week view's vertical axis is the HOME town's wall clock: minute 0 is local midnight and
minute 1440 the next midnight, on every day. On a daylight-saving day some minutes do not
exist (02:00–03:00 on the last Sunday of March in Brussels) and stay empty; an instant is
always placed at its own local wall time. Everything here works on aware datetimes and
converts through UTC, because ``aware + timedelta`` in Python is wall-clock arithmetic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from jumelage.domain.calendar import CalendarEntry, DayMark, TownWeek

UTC = dt.UTC
DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15
#: All-day lanes shown before "+n more"; wrapped lines of holiday names in a day's header.
MAX_LANES = 4
MAX_MARK_LINES = 4
#: Pixels above an entry's bottom edge where a drag resizes instead of moving.
RESIZE_GRIP = 5

#: An entry's identity across reloads: its kind and record id.
Key = tuple[str, int]


def key_of(entry: CalendarEntry) -> Key:
    return (str(entry.kind), entry.ref_id)


def movable(entry: CalendarEntry) -> bool:
    """Our own timed entries; partner events, cancelled and all-day entries stay put."""
    return not (entry.all_day or entry.read_only or entry.cancelled or entry.start is None)


def zone_of(name: str) -> ZoneInfo:
    """The zone called ``name``; UTC for an empty or unknown name (a view never fails)."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ValueError, OSError, KeyError):
        return ZoneInfo("UTC")


def at_wall(day: dt.date, minutes: float, zone: ZoneInfo) -> dt.datetime:
    """The instant shown at ``minutes`` after midnight of ``day`` in ``zone``. A wall time
    skipped by a daylight-saving change moves forward by the gap, as calendar clients do."""
    naive = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=minutes)
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def wall_of(moment: dt.datetime, zone: ZoneInfo) -> tuple[dt.date, int]:
    """``(local date, minutes after local midnight)`` of an aware instant."""
    local = moment.astimezone(zone)
    return local.date(), local.hour * 60 + local.minute


def snap(minutes: float) -> int:
    return round(minutes / SNAP_MINUTES) * SNAP_MINUTES


def snapped(wall: dt.datetime) -> tuple[dt.date, int]:
    """A naive wall time as ``(date, minutes)`` rounded to the nearest quarter of an hour."""
    midnight = dt.datetime.combine(wall.date(), dt.time(0))
    return wall.date(), snap((wall - midnight).total_seconds() / 60)


@dataclass(frozen=True)
class Segment:
    """The part of a timed entry drawn in one day column."""

    entry: CalendarEntry
    day: int  # 0 = Monday
    top: int  # minutes after home midnight
    bottom: int
    column: int = 0
    columns: int = 1
    first: bool = True  # the segment holding the entry's start
    last: bool = True  # the segment holding the entry's end (its bottom edge resizes)


def timed_segments(entries: list[CalendarEntry], monday: dt.date, zone: ZoneInfo) -> list[Segment]:
    """Timed entries cut at home midnights, laid out side by side where they overlap."""
    per_day: list[list[Segment]] = [[] for _ in range(7)]
    for entry in entries:
        if entry.all_day or entry.start is None or entry.end is None:
            continue
        first_day, start_min = wall_of(entry.start, zone)
        last_day, end_min = wall_of(max(entry.end, entry.start), zone)
        if entry.end > entry.start and end_min == 0:
            last_day, end_min = last_day - dt.timedelta(days=1), DAY_MINUTES
        day = first_day
        while day <= last_day:
            index = (day - monday).days
            if 0 <= index < 7:
                top = start_min if day == first_day else 0
                bottom = end_min if day == last_day else DAY_MINUTES
                per_day[index].append(
                    Segment(entry, index, top, bottom, first=day == first_day, last=day == last_day)
                )
            day += dt.timedelta(days=1)
    result: list[Segment] = []
    for segments in per_day:
        result.extend(_side_by_side(segments))
    return result


def _side_by_side(segments: list[Segment], min_length: int = 20) -> list[Segment]:
    """Columns for overlapping segments: each cluster of overlapping boxes shares the day's
    width; a segment takes the first free column. Very short boxes count as ``min_length``
    minutes so their titles do not collide."""
    ordered = sorted(segments, key=lambda s: (s.top, -s.bottom, s.entry.title))
    placed: list[tuple[Segment, int]] = []
    cluster: list[tuple[Segment, int]] = []
    cluster_end = -1
    column_ends: list[int] = []

    def close() -> None:
        width = max((c for _, c in cluster), default=0) + 1
        placed.extend((_with(s, c, width), c) for s, c in cluster)

    for seg in ordered:
        bottom = max(seg.bottom, seg.top + min_length)
        if cluster and seg.top >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], -1
        for column, end in enumerate(column_ends):
            if end <= seg.top:
                column_ends[column] = bottom
                break
        else:
            column = len(column_ends)
            column_ends.append(bottom)
        cluster.append((seg, column))
        cluster_end = max(cluster_end, bottom)
    if cluster:
        close()
    return [s for s, _ in placed]


def _with(seg: Segment, column: int, columns: int) -> Segment:
    return Segment(seg.entry, seg.day, seg.top, seg.bottom, column, columns, seg.first, seg.last)


@dataclass(frozen=True)
class Bar:
    """An all-day entry in the band on top: from day ``first`` to ``last`` (0..6), one lane."""

    entry: CalendarEntry
    first: int
    last: int
    lane: int
    continues_before: bool
    continues_after: bool


def all_day_bars(entries: list[CalendarEntry], monday: dt.date) -> list[Bar]:
    """All-day entries clipped to the week, each in the first lane free on all its days
    (longest first, as Outlook does, so mission bars stay on top)."""
    sunday = monday + dt.timedelta(days=6)
    items = []
    for entry in entries:
        if not entry.all_day or entry.first_day is None:
            continue
        last_day = entry.last_day or entry.first_day
        if last_day < monday or entry.first_day > sunday:
            continue
        first = max(0, (entry.first_day - monday).days)
        last = min(6, (last_day - monday).days)
        items.append((entry, first, last))
    items.sort(key=lambda i: (i[1], -(i[2] - i[1]), i[0].kind != "mission", i[0].title))
    lanes: list[list[bool]] = []
    bars = []
    for entry, first, last in items:
        for lane, used in enumerate(lanes):  # noqa: B007 - the lane found is used below
            if not any(used[first : last + 1]):
                break
        else:
            lane = len(lanes)
            lanes.append([False] * 7)
            used = lanes[lane]
        for day in range(first, last + 1):
            used[day] = True
        assert entry.first_day is not None
        end_day = entry.last_day or entry.first_day
        bars.append(Bar(entry, first, last, lane, entry.first_day < monday, end_day > sunday))
    return bars


@dataclass(frozen=True)
class ScaleRow:
    """One hour of the time scales: the home hour and the partner's clock at that moment on
    the week's first day."""

    home: dt.datetime
    partner: dt.datetime | None


def scale_rows(monday: dt.date, home: ZoneInfo, partner: ZoneInfo | None) -> list[ScaleRow]:
    rows = []
    for hour in range(24):
        moment = at_wall(monday, hour * 60, home)
        rows.append(ScaleRow(moment, moment.astimezone(partner) if partner else None))
    return rows


def offset_between(moment: dt.datetime, home: ZoneInfo, partner: ZoneInfo) -> dt.timedelta:
    """How far the partner's clock is ahead of the home clock at ``moment``."""
    partner_offset = moment.astimezone(partner).utcoffset() or dt.timedelta(0)
    home_offset = moment.astimezone(home).utcoffset() or dt.timedelta(0)
    return partner_offset - home_offset


def offset_changes(
    monday: dt.date, home: ZoneInfo, partner: ZoneInfo
) -> list[tuple[dt.date, dt.timedelta]]:
    """The days of the week on which the partner's clock moves relative to ours (either
    town's daylight-saving change), with the new difference, compared at each local noon."""
    changes = []
    previous = offset_between(at_wall(monday, 0, home), home, partner)
    for index in range(7):
        day = monday + dt.timedelta(days=index)
        current = offset_between(at_wall(day, 12 * 60, home), home, partner)
        if current != previous:
            changes.append((day, current))
        previous = current
    return changes


def days_off(town: TownWeek, marks: list[DayMark], first: dt.date, last: dt.date) -> set[dt.date]:
    """The town's weekend days and marked days (holidays, days off) in ``first..last``."""
    result = {m.day for m in marks if m.town_id == town.town_id and first <= m.day <= last}
    day = first
    while day <= last:
        if day.weekday() in town.weekend:
            result.add(day)
        day += dt.timedelta(days=1)
    return result


def off_spans(
    town: TownWeek, marks: list[DayMark], monday: dt.date, home: ZoneInfo
) -> list[list[tuple[int, int]]]:
    """For each home day column, the ``(top, bottom)`` minutes during which ``town`` has a
    day off, on its own clock: Marsassoum's Saturday starts at 01:00 in Brussels in winter."""
    zone = zone_of(town.time_zone)
    off = days_off(town, marks, monday - dt.timedelta(days=1), monday + dt.timedelta(days=7))
    intervals = [
        (at_wall(day, 0, zone).astimezone(UTC), at_wall(day, DAY_MINUTES, zone).astimezone(UTC))
        for day in sorted(off)
    ]
    result: list[list[tuple[int, int]]] = []
    for index in range(7):
        day = monday + dt.timedelta(days=index)
        day_start = at_wall(day, 0, home).astimezone(UTC)
        day_end = at_wall(day, DAY_MINUTES, home).astimezone(UTC)
        spans: list[tuple[int, int]] = []
        for start, end in intervals:
            lo, hi = max(start, day_start), min(end, day_end)
            if lo >= hi:
                continue
            top = wall_of(lo, home)[1] if lo > day_start else 0
            bottom = wall_of(hi, home)[1] if hi < day_end else DAY_MINUTES
            if spans and spans[-1][1] >= top:
                spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
            else:
                spans.append((top, bottom))
        result.append(spans)
    return result
