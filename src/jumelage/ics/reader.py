"""Import: the bytes of a calendar file → plain events in IANA zones (or dates).

The lexer (:mod:`jumelage.ics.lexer`) copes with the bytes; this module gives each VEVENT a
meaning, the way real files need it:

* **time zones**: a TZID is read as the IANA zone of that name (also when it is prefixed, as
  in ``/freeassociation.sourceforge.net/Europe/Berlin``, or named by the VTIMEZONE's
  X-LIC-LOCATION), else as a Windows name (Outlook, Exchange: "Romance Standard Time"), else
  through the file's own VTIMEZONE, else in the partner town's zone. Floating times take the
  calendar's X-WR-TIMEZONE (Google) or the partner town's zone. Every guess is reported as a
  note; nothing stays silently floating;
* **values**: DATE values with or without VALUE=DATE, DURATION instead of DTEND, a missing
  end (RFC 5545 3.6.1: one day, or no duration), an end before the start, RECURRENCE-ID
  normalised to the UTC instant (or the date) so that a partner rewriting TZIDs does not
  create new keys, ``METHOD:CANCEL`` cancelling what it lists;
* **size**: texts are cut to the limits of :mod:`jumelage.ics.limits`, with a note.

Recurring events keep their RRULE/RDATE/EXDATE (and the raw component); expanding them is
:mod:`jumelage.ics.recur`'s job, inside a bounded window.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jumelage.domain import time as tz
from jumelage.domain.enums import EventStatus
from jumelage.domain.errors import DomainWarning
from jumelage.ics import errors, limits
from jumelage.ics.lexer import Component, Lexed, Prop, lex
from jumelage.ics.text import date_value, unescape, utc_value
from jumelage.ics.zones import ZoneResolver, iana, parse_moment

Moment = dt.date | dt.datetime
_STATUS = {"CANCELLED": EventStatus.CANCELLED, "TENTATIVE": EventStatus.TENTATIVE}
_MULTI = frozenset({"RRULE", "RDATE", "EXDATE"})
_UTC_ZONES = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z"})


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One VEVENT as Jumelage understands it. ``start``/``end`` are dates (all day, ``end``
    exclusive) or aware datetimes; ``zone`` is their IANA zone ("" for dates and for zones
    known only from the file's own VTIMEZONE)."""

    uid: str
    recurrence_id: str
    sequence: int
    dtstamp: dt.datetime | None
    last_modified: dt.datetime | None
    summary: str
    location: str
    description: str
    status: EventStatus
    all_day: bool
    start: Moment
    end: Moment
    zone: str
    start_utc: dt.datetime
    end_utc: dt.datetime
    rrules: tuple[str, ...]
    rdates: tuple[Moment, ...]
    exdates: tuple[Moment, ...]
    line: int
    raw: str

    @property
    def key(self) -> tuple[str, str]:
        """The merge key: UID + RECURRENCE-ID."""
        return (self.uid, self.recurrence_id)

    @property
    def recurring(self) -> bool:
        return bool(self.rrules or self.rdates) and not self.recurrence_id


@dataclass(frozen=True)
class ParsedCalendar:
    source: str
    name: str
    prodid: str
    method: str
    events: tuple[ParsedEvent, ...]
    notes: tuple[DomainWarning, ...]


def _instant(prop: Prop | None) -> dt.datetime | None:
    """DTSTAMP, LAST-MODIFIED: UTC by definition (read as UTC when the Z is missing)."""
    if prop is None:
        return None
    parsed = parse_moment(prop[2])
    if parsed is None:
        return None
    value = parsed[0]
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    return value.replace(tzinfo=dt.UTC)


_DURATION_UNITS = {"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1}


def parse_duration(text: str) -> dt.timedelta | None:
    """``P1D``, ``PT1H30M``, ``-PT15M``, ``P2W`` (RFC 5545 3.3.6)."""
    t = text.strip().upper()
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("+-")
    if not t.startswith("P") or len(t) < 3:
        return None
    seconds, number, in_time = 0, "", False
    for char in t[1:]:
        if char.isdigit():
            number += char
        elif char == "T":
            in_time = True
        elif char in _DURATION_UNITS and number:
            unit = 60 if char == "M" and in_time else _DURATION_UNITS[char]
            if char == "M" and not in_time:
                return None  # months are not durations
            seconds += int(number) * unit
            number = ""
        else:
            return None
    if number or seconds > 10 * 366 * 86400:
        return None
    return dt.timedelta(seconds=sign * seconds)


def _text(prop: Prop | None, limit: int, code: str, cut: Counter[str]) -> str:
    if prop is None:
        return ""
    value = unescape(prop[2]).strip()
    if len(value) > limit:
        cut[code] += 1
        value = value[:limit]
    return value


def _uid(prop: Prop | None, start_text: str, summary: str, cut: Counter[str]) -> str:
    if prop is None or not prop[2].strip():
        cut["ics.no-uid"] += 1
        digest = hashlib.sha1(f"{start_text}\n{summary}".encode(), usedforsecurity=False)
        return f"{digest.hexdigest()[:20]}@no-uid.invalid"
    uid = prop[2].strip()
    if len(uid) > 400:
        tail = hashlib.sha1(uid.encode(), usedforsecurity=False).hexdigest()[:16]
        uid = f"{uid[:300]}#{tail}"
    return uid


def _utc(value: Moment, fallback: dt.tzinfo) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    return dt.datetime.combine(value, dt.time(), tzinfo=fallback).astimezone(dt.UTC)


class _Reader:
    def __init__(self, lexed: Lexed, source: str, fallback: str, today: dt.date) -> None:
        self.lexed = lexed
        self.source = source
        self.notes: list[DomainWarning] = list(lexed.notes)
        self.count: Counter[str] = Counter()
        self.fallback = tz.zone(fallback)
        calendars = lexed.calendars
        if len(calendars) > 1:
            self.notes.append(DomainWarning("ics.several-calendars", source, str(len(calendars))))
        head = calendars[0]
        self.method = (head.get("METHOD") or ("", {}, ""))[2].strip().upper()
        self.prodid = (head.get("PRODID") or ("", {}, ""))[2].strip()[:200]
        name = head.get("X-WR-CALNAME") or head.get("NAME")
        self.name = unescape(name[2]).strip()[:200] if name else ""
        x_wr = head.get("X-WR-TIMEZONE")
        x_wr_name = x_wr[2].strip() if x_wr else ""
        if x_wr_name and iana(x_wr_name) is None:
            self.notes.append(DomainWarning("ics.x-wr-unknown", source, x_wr_name))
            x_wr_name = ""
        vtimezones: dict[str, Component] = {}
        self.events: list[tuple[Component, bool]] = []
        for calendar in calendars:
            cancel = (calendar.get("METHOD") or ("", {}, ""))[2].strip().upper() == "CANCEL"
            for child in calendar.children:
                if child.name == "VTIMEZONE":
                    tzid = child.get("TZID")
                    if tzid is not None:
                        vtimezones.setdefault(unescape(tzid[2]).strip().strip('"'), child)
                elif child.name == "VEVENT":
                    self.events.append((child, cancel))
                else:
                    self.count[f"ics.ignored:{child.name}"] += 1
        years = {today.year - 1, today.year, today.year + 1}
        self.zones = ZoneResolver(vtimezones, fallback, x_wr_name, source, self.notes, years)

    def read(self) -> ParsedCalendar:
        events: dict[tuple[str, str], ParsedEvent] = {}
        for component, cancel in self.events:
            event = self._event(component, cancel)
            if event is None:
                continue
            known = events.get(event.key)
            if known is not None:
                self.count["ics.duplicate"] += 1
                if (known.sequence, known.line) > (event.sequence, event.line):
                    continue
            events[event.key] = event
        if not events:
            raise errors.NoEvents(source=self.source)
        for code, number in sorted(self.count.items()):
            kind, _, detail = code.partition(":")
            self.notes.append(DomainWarning(kind, self.source, detail or str(number)))
        return ParsedCalendar(
            self.source,
            self.name,
            self.prodid,
            self.method,
            tuple(events.values()),
            tuple(dict.fromkeys(self.notes)),
        )

    def _event(self, component: Component, cancel: bool) -> ParsedEvent | None:
        single: dict[str, Prop] = {}
        multi: dict[str, list[Prop]] = {"RRULE": [], "RDATE": [], "EXDATE": []}
        for prop in component.props:
            if prop[0] in _MULTI:
                multi[prop[0]].append(prop)
            elif prop[0] not in single:
                single[prop[0]] = prop
        start_prop = single.get("DTSTART")
        started = self.zones.moment(start_prop) if start_prop is not None else None
        if started is None:
            self.count["ics.no-dtstart"] += 1
            return None
        start, zone = started
        end = self._end(start, single)
        summary = _text(single.get("SUMMARY"), limits.MAX_SUMMARY, "ics.cut-summary", self.count)
        rid = ""
        rid_prop = single.get("RECURRENCE-ID")
        if rid_prop is not None:
            moment = self.zones.moment(rid_prop)
            if moment is not None:
                value = moment[0]
                rid = utc_value(value) if isinstance(value, dt.datetime) else date_value(value)
            if rid_prop[1].get("RANGE"):
                self.count["ics.range"] += 1
        status = _STATUS.get((single.get("STATUS") or ("", {}, ""))[2].strip().upper())
        try:
            sequence = max(0, min(int((single.get("SEQUENCE") or ("", {}, "0"))[2]), 2**31 - 1))
        except ValueError:
            sequence = 0
        return ParsedEvent(
            uid=_uid(single.get("UID"), start_prop[2] if start_prop else "", summary, self.count),
            recurrence_id=rid,
            sequence=sequence,
            dtstamp=_instant(single.get("DTSTAMP")),
            last_modified=_instant(single.get("LAST-MODIFIED")),
            summary=summary,
            location=_text(
                single.get("LOCATION"), limits.MAX_LOCATION, "ics.cut-location", self.count
            ),
            description=_text(
                single.get("DESCRIPTION"), limits.MAX_DESCRIPTION, "ics.cut-description", self.count
            ),
            status=EventStatus.CANCELLED if cancel else status or EventStatus.CONFIRMED,
            all_day=not isinstance(start, dt.datetime),
            start=start,
            end=end,
            zone=zone,
            start_utc=_utc(start, self.fallback),
            end_utc=_utc(end, self.fallback),
            rrules=tuple(p[2].strip() for p in multi["RRULE"]),
            rdates=self._moments(multi["RDATE"], start),
            exdates=self._moments(multi["EXDATE"], start),
            line=component.line,
            raw=self.lexed.raw(component),
        )

    def _end(self, start: Moment, single: dict[str, Prop]) -> Moment:
        """DTEND, or DTSTART + DURATION, or the RFC's default; never before the start."""
        end: Moment | None = None
        end_prop = single.get("DTEND")
        duration = single.get("DURATION")
        if end_prop is not None:
            found = self.zones.moment(end_prop)
            end = found[0] if found else None
        elif duration is not None:
            delta = parse_duration(duration[2])
            if delta is not None:
                end = start + (dt.timedelta(days=max(delta.days, 1)) if _is_date(start) else delta)
        if end is not None and _is_date(start) != _is_date(end):
            self.count["ics.mixed-types"] += 1
            end = end.date() if isinstance(end, dt.datetime) else None
        if end is None:
            end = start + dt.timedelta(days=1) if _is_date(start) else start
        if _utc(end, self.fallback) < _utc(start, self.fallback):
            self.count["ics.end-before-start"] += 1
            end = start + dt.timedelta(days=1) if _is_date(start) else start
        return end

    def _moments(self, props: list[Prop], start: Moment) -> tuple[Moment, ...]:
        """RDATE/EXDATE values (comma lists, periods) on the clocks of the start's zone."""
        found: list[Moment] = []
        for _name, params, text in props:
            for piece in text.split(",")[:1000]:
                moment = self.zones.moment(("X", params, piece))
                if moment is None:
                    continue
                value = moment[0]
                if isinstance(value, dt.datetime) and isinstance(start, dt.datetime):
                    value = value.astimezone(start.tzinfo)
                found.append(value)
        return tuple(found)


def _is_date(value: Moment) -> bool:
    return not isinstance(value, dt.datetime)


def hints(lexed: Lexed) -> tuple[str, frozenset[str]]:
    """The calendar's name and its events' UIDs, before the events are interpreted (to find
    out which partnership a file belongs to, whose town's zone is the fallback)."""
    head = lexed.calendars[0]
    name = head.get("X-WR-CALNAME") or head.get("NAME")
    uids = {
        prop[2].strip()
        for calendar in lexed.calendars
        for child in calendar.children
        if child.name == "VEVENT"
        for prop in child.props
        if prop[0] == "UID"
    }
    return (unescape(name[2]).strip()[:200] if name else ""), frozenset(uids)


def interpret(
    lexed: Lexed, source: str, *, fallback_zone: str = "UTC", today: dt.date | None = None
) -> ParsedCalendar:
    """The events of a lexed file. ``fallback_zone`` (the partner town's zone) is used for
    times whose zone cannot be known otherwise, and each time it is, a note says so.
    ``today`` (default: the system's) picks the years in which a Windows-named zone's own
    VTIMEZONE is compared with the IANA zone of that name."""
    today = today or dt.datetime.now(dt.UTC).date()
    return _Reader(lexed, source, fallback_zone, today).read()


def read_calendar(
    data: bytes, source: str, *, fallback_zone: str = "UTC", today: dt.date | None = None
) -> ParsedCalendar:
    """Parse a whole calendar file (:func:`~jumelage.ics.lexer.lex` then :func:`interpret`)."""
    return interpret(lex(data, source), source, fallback_zone=fallback_zone, today=today)


def read_file(path: Path) -> bytes:
    """The bytes of a calendar file, refused before reading when it is too large."""
    path = Path(path).expanduser()
    source = str(path)
    try:
        if not path.is_file():
            raise errors.CalendarFileMissing(source=source)
        size = path.stat().st_size
        if size > limits.MAX_BYTES:
            raise errors.CalendarTooLarge(source=source, size=size, limit=limits.MAX_BYTES)
        with open(path, "rb") as handle:
            data = handle.read(limits.MAX_BYTES + 1)
    except OSError as error:
        raise errors.CalendarFileUnreadable(
            source=source, detail=error.strerror or str(error)
        ) from None
    if len(data) > limits.MAX_BYTES:
        raise errors.CalendarTooLarge(source=source, size=len(data), limit=limits.MAX_BYTES)
    return data
