"""A VTIMEZONE defined in the file itself, read as a ``tzinfo``.

Used only when a TZID is neither an IANA name nor a Windows name ("Kuala Lumpur, Singapore",
Lotus Notes' own names): the file's definition is then the only clue to the instant. Each
observance (STANDARD/DAYLIGHT) starts at its DTSTART, RDATEs and yearly RRULE onsets; the one
that started last before a wall time gives that time's offset (RFC 5545 3.6.5). Onsets are
expanded with the bounded :mod:`jumelage.ics.recur`, two years at a time, and cached.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from jumelage.ics import recur
from jumelage.ics.lexer import Component

_OFFSET = re.compile(r"([+-])(\d\d)(\d\d)(\d\d)?\Z")


def parse_offset(value: str) -> dt.timedelta | None:
    match = _OFFSET.match(value.strip())
    if match is None:
        return None
    sign, hours, minutes, seconds = match.groups()
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    if delta >= dt.timedelta(hours=24):
        return None
    return -delta if sign == "-" else delta


def _wall(value: str) -> dt.datetime | None:
    text = value.strip().upper().rstrip("Z")
    try:
        return dt.datetime(  # noqa: DTZ001 - a wall time
            int(text[:4]), int(text[4:6]), int(text[6:8]),
            int(text[9:11] or 0), int(text[11:13] or 0), int(text[13:15] or 0),
        )  # fmt: skip
    except ValueError:
        return None


@dataclass
class _Observance:
    start: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    rules: list[recur.Rule]
    rdates: list[dt.datetime]
    cache: dict[int, list[dt.datetime]] = field(default_factory=dict)

    def onsets(self, year: int) -> list[dt.datetime]:
        """Its onsets from two years before ``year`` to the end of ``year``."""
        if year not in self.cache:
            low = dt.datetime(max(year - 2, 1), 1, 1)  # noqa: DTZ001 - wall time
            high = dt.datetime(min(year + 1, 9999), 1, 1)  # noqa: DTZ001 - wall time
            expansion = recur.expand(
                self.rules, self.start, window=(low, high), rdates=self.rdates, limit=50
            )
            self.cache[year] = [m for m in expansion.starts if isinstance(m, dt.datetime)]
        return self.cache[year]


class FileZone(dt.tzinfo):
    """The zone a file's VTIMEZONE describes (offsets only; enough to find instants)."""

    def __init__(self, tzid: str, observances: list[_Observance]) -> None:
        self.tzid = tzid
        self._observances = sorted(observances, key=lambda o: o.start)

    def _offset(self, wall: dt.datetime) -> dt.timedelta:
        best: tuple[dt.datetime, dt.timedelta] | None = None
        for observance in self._observances:
            if observance.start > wall:
                continue
            started = [m for m in observance.onsets(wall.year) if m <= wall]
            onset = max(started) if started else observance.start
            if best is None or onset > best[0]:
                best = (onset, observance.offset_to)
        if best is None:
            return self._observances[0].offset_from
        return best[1]

    def agrees_with(self, zone: dt.tzinfo, years: set[int]) -> bool:
        """Whether this definition gives ``zone``'s offsets through ``years`` (and through the
        years its own observances start in, from 1970): sampled mid-month at noon."""
        own = {o.start.year for o in self._observances if 1970 <= o.start.year <= 2100}
        for year in sorted(years | own)[:12]:
            for month in range(1, 13):
                wall = dt.datetime(year, month, 15, 12)  # noqa: DTZ001 - a wall time
                if self._offset(wall) != wall.replace(tzinfo=zone).utcoffset():
                    return False
        return True

    def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta:
        if moment is None:
            return self._observances[0].offset_to
        return self._offset(moment.replace(tzinfo=None))

    def dst(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, moment: dt.datetime | None) -> str:
        return self.tzid

    def __repr__(self) -> str:
        return f"FileZone({self.tzid!r})"


def file_zone(component: Component) -> FileZone | None:
    """The zone of a VTIMEZONE component, or ``None`` if it defines no usable observance."""
    tzid = component.get("TZID")
    observances = []
    for child in component.children:
        if child.name not in ("STANDARD", "DAYLIGHT"):
            continue
        start, offset_from, offset_to = child.get("DTSTART"), None, None
        prop = child.get("TZOFFSETFROM")
        if prop is not None:
            offset_from = parse_offset(prop[2])
        prop = child.get("TZOFFSETTO")
        if prop is not None:
            offset_to = parse_offset(prop[2])
        begin = _wall(start[2]) if start is not None else None
        if begin is None or offset_to is None:
            continue
        rules, rdates = [], []
        for name, _params, value in child.props:
            if name == "RRULE":
                try:
                    rules.append(recur.parse(value))
                except recur.RuleError:
                    continue
            elif name == "RDATE":
                rdates += [w for w in (_wall(v) for v in value.split(",")) if w is not None]
        observances.append(
            _Observance(begin, offset_from or offset_to, offset_to, rules[:1], rdates[:500])
        )
    if not observances or tzid is None:
        return None
    return FileZone(tzid[2].strip(), observances)
