"""Rule-based VTIMEZONE components, derived from the bundled tzdata (RFC 5545 3.6.5).

Why not ``icalendar``'s ``add_missing_timezones()``: it writes each zone as long multi-valued
RDATE lists, and ical.js (Thunderbird, Nextcloud) and vobject then put summer events in
Brussels one hour off (DESIGN.md section 5). Here, each zone is written for the years the file
covers (one year before the first event, so that every event follows an onset, to one after
the last):

* a zone without a change in those years (Africa/Dakar) gets one STANDARD observance;
* a zone whose changes follow a yearly "n-th weekday of a month" rule in every one of those
  years (Europe/Brussels: last Sunday of March and of October) gets one STANDARD and one
  DAYLIGHT observance with ``RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..``;
* any other zone (Africa/Casablanca and Asia/Hebron, whose changes follow Ramadan or move
  from year to year) gets one observance per change, each with its own DTSTART, which ical.js,
  libical and vobject all read the same way.

An observance's DTSTART is the local time of the change on the clocks *before* it
(TZOFFSETFROM), as RFC 5545 requires.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from jumelage.ics.text import offset_value, wall_value

#: Sampling step: no zone in tzdata changes its offset twice within a day (since 1970).
_STEP = dt.timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    instant: dt.datetime  # UTC
    before: dt.timedelta
    after: dt.timedelta
    name: str
    dst: bool

    @property
    def wall(self) -> dt.datetime:
        """The local time of the change on the clocks before it (naive)."""
        return (self.instant + self.before).replace(tzinfo=None)


@dataclass(frozen=True)
class Observance:
    dst: bool
    start: dt.datetime  # naive, in ``offset_from``
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    rrule: str = ""

    def lines(self) -> list[str]:
        kind = "DAYLIGHT" if self.dst else "STANDARD"
        out = [f"BEGIN:{kind}", f"DTSTART:{wall_value(self.start)}"]
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        out += [
            f"TZOFFSETFROM:{offset_value(self.offset_from)}",
            f"TZOFFSETTO:{offset_value(self.offset_to)}",
        ]
        if self.name:
            out.append(f"TZNAME:{self.name}")
        out.append(f"END:{kind}")
        return out


def _offset(zone: ZoneInfo, instant: dt.datetime) -> dt.timedelta:
    return instant.astimezone(zone).utcoffset() or dt.timedelta(0)


def transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[Transition]:
    """Every change of UTC offset between the UTC instants ``start`` and ``end``, to the second.

    zoneinfo keeps its transition table private, so the offset is sampled once a day and each
    change found is narrowed down by bisection.
    """
    found = []
    moment, previous = start, _offset(zone, start)
    while moment < end:
        step = moment + _STEP
        current = _offset(zone, step)
        if current != previous:
            low, high = moment, step
            while high - low > dt.timedelta(seconds=1):
                middle = low + dt.timedelta(seconds=int((high - low).total_seconds()) // 2)
                if _offset(zone, middle) == previous:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            found.append(
                Transition(high, previous, current, local.tzname() or "", bool(local.dst()))
            )
            previous = current
        moment = step
    return found


def _byday(walls: list[dt.datetime]) -> str | None:
    """The BYDAY value ("-1SU", "2SU") that all these dates share, if any."""
    weekdays = {w.weekday() for w in walls}
    if len(weekdays) != 1:
        return None
    weekday = _WEEKDAYS[weekdays.pop()]
    last = {(w + dt.timedelta(days=7)).month != w.month for w in walls}
    if last == {True}:
        return f"-1{weekday}"
    ordinals = {(w.day - 1) // 7 + 1 for w in walls}
    return f"{ordinals.pop()}{weekday}" if len(ordinals) == 1 else None


def _yearly_rules(changes: list[Transition], first: int, last: int) -> list[Observance] | None:
    """Two RRULE observances when every year from ``first`` to ``last`` has the same two
    changes on the same "n-th weekday of the month" at the same local time; else ``None``."""
    groups: dict[tuple[dt.timedelta, dt.timedelta, str, bool], list[Transition]] = defaultdict(list)
    for change in changes:
        groups[(change.before, change.after, change.name, change.dst)].append(change)
    if len(groups) != 2:
        return None
    observances = []
    for (before, after, name, dst), members in groups.items():
        walls = [m.wall for m in members]
        if [w.year for w in walls] != list(range(first, last + 1)):
            return None
        if len({(w.month, w.time()) for w in walls}) != 1:
            return None
        byday = _byday(walls)
        if byday is None:
            return None
        rule = f"FREQ=YEARLY;BYMONTH={walls[0].month};BYDAY={byday}"
        observances.append(Observance(dst, walls[0], before, after, name, rule))
    return sorted(observances, key=lambda o: o.start)


@lru_cache(maxsize=256)
def vtimezone(zone_name: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The unfolded content lines of the VTIMEZONE of ``zone_name`` covering the events of
    ``first_year`` to ``last_year``."""
    zone = ZoneInfo(zone_name)
    first, last = first_year - 1, last_year + 1
    begin = dt.datetime(first, 1, 1, tzinfo=dt.UTC)
    changes = transitions(zone, begin, dt.datetime(last + 1, 1, 1, tzinfo=dt.UTC))
    at_begin = begin.astimezone(zone)
    offset = at_begin.utcoffset() or dt.timedelta(0)
    new_year = dt.datetime(first, 1, 1)  # noqa: DTZ001 - local time, as DTSTART is
    initial = Observance(bool(at_begin.dst()), new_year, offset, offset, at_begin.tzname() or "")
    observances = (_yearly_rules(changes, first, last) if changes else None) or [
        initial,
        *(Observance(c.dst, c.wall, c.before, c.after, c.name) for c in changes),
    ]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone_name}"]
    for observance in observances:
        lines += observance.lines()
    lines.append("END:VTIMEZONE")
    return tuple(lines)
