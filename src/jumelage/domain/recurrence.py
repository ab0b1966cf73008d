"""The recurrence rules follow-up series use, expanded on the wall clock of the anchor zone.

A series "every first Tuesday at 10:00 in Brussels" stays at 10:00 in Brussels through summer
time; the instant moves, the wall time does not. Only the rules a partnership office uses are
accepted (DAILY, WEEKLY and MONTHLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT and UNTIL); anything
else is refused rather than half-understood. Expansion is always bounded.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from jumelage.domain.errors import ValidationError

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_OCCURRENCES = 1000


@dataclass(frozen=True)
class Rule:
    freq: str
    interval: int = 1
    by_day: tuple[tuple[int | None, int], ...] = ()
    by_month_day: tuple[int, ...] = ()
    count: int | None = None
    until: dt.date | dt.datetime | None = None
    #: UNTIL was written in UTC ("...Z"): an instant, not a wall time of the anchor zone.
    until_utc: bool = False


def _bad(detail: str) -> ValidationError:
    return ValidationError(field=f"rule ({detail})")


def parse_rule(text: str) -> Rule:
    """Parse ``FREQ=MONTHLY;BYDAY=1TU;COUNT=12`` (an optional ``RRULE:`` prefix is allowed)."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep or not value:
            raise _bad(chunk)
        parts[key.strip().upper()] = value.strip().upper()
    freq = parts.pop("FREQ", "")
    if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
        raise _bad(f"FREQ={freq or '?'}")
    try:
        interval = int(parts.pop("INTERVAL", "1"))
        count = int(parts.pop("COUNT")) if "COUNT" in parts else None
        by_month_day = tuple(int(v) for v in parts.pop("BYMONTHDAY", "").split(",") if v)
    except ValueError as error:
        raise _bad(str(error)) from None
    by_day: list[tuple[int | None, int]] = []
    for token in (t for t in parts.pop("BYDAY", "").split(",") if t):
        prefix, code = token[:-2], token[-2:]
        if code not in WEEKDAYS:
            raise _bad(token)
        try:
            ordinal = int(prefix) if prefix else None
        except ValueError:
            raise _bad(token) from None
        if ordinal is not None and (freq != "MONTHLY" or ordinal == 0 or abs(ordinal) > 5):
            raise _bad(token)
        by_day.append((ordinal, WEEKDAYS.index(code)))
    until: dt.date | dt.datetime | None = None
    until_utc = False
    if "UNTIL" in parts:
        raw = parts.pop("UNTIL")
        until_utc = raw.endswith("Z")
        raw = raw.rstrip("Z")
        try:
            until = (
                dt.datetime.strptime(raw, "%Y%m%dT%H%M%S")  # noqa: DTZ007 - wall time
                if "T" in raw
                else dt.date.fromisoformat(f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}")
            )
        except ValueError:
            raise _bad("UNTIL") from None
    parts.pop("WKST", None)
    if parts:
        raise _bad(", ".join(sorted(parts)))
    if interval < 1 or (count is not None and count < 1) or (count and until):
        raise _bad("INTERVAL/COUNT/UNTIL")
    if any(not (1 <= abs(d) <= 31) for d in by_month_day):
        raise _bad("BYMONTHDAY")
    return Rule(freq, interval, tuple(by_day), by_month_day, count, until, until_utc)


def _month_days(rule: Rule, year: int, month: int, anchor: dt.date) -> list[int]:
    last = calendar.monthrange(year, month)[1]
    days: set[int] = set()
    for value in rule.by_month_day:
        day = value if value > 0 else last + 1 + value
        if 1 <= day <= last:
            days.add(day)
    for ordinal, weekday in rule.by_day:
        matches = [d for d in range(1, last + 1) if dt.date(year, month, d).weekday() == weekday]
        if ordinal is None:
            days.update(matches)
        elif 1 <= abs(ordinal) <= len(matches):
            days.add(matches[ordinal - 1] if ordinal > 0 else matches[ordinal])
    if not rule.by_day and not rule.by_month_day and anchor.day <= last:
        days.add(anchor.day)
    return sorted(days)


def expand(
    rule: Rule,
    first: dt.datetime,
    *,
    until: dt.datetime | None = None,
    limit: int = MAX_OCCURRENCES,
    zone: str | None = None,
) -> list[dt.datetime]:
    """Naive wall times of the occurrences from ``first`` (itself naive wall time), stopping
    at the rule's COUNT or UNTIL, at ``until`` and at ``limit`` occurrences, whichever
    comes first."""
    results: list[dt.datetime] = []
    time_of_day = first.time()
    start = first.date()
    rule_until = rule.until
    if isinstance(rule_until, dt.datetime) and rule.until_utc and zone is not None:
        # UNTIL in UTC is an instant (RFC 5545 3.3.10): compare it on the anchor's clocks.
        from jumelage.domain.time import in_zone

        rule_until = in_zone(rule_until.replace(tzinfo=dt.UTC), zone).replace(tzinfo=None)
    stop_date = (
        rule_until
        if isinstance(rule_until, dt.date) and not isinstance(rule_until, dt.datetime)
        else None
    )
    period = 0
    empty_periods = 0
    while len(results) < limit and empty_periods < 400:
        if rule.freq == "DAILY":
            dates = [start + dt.timedelta(days=period * rule.interval)]
        elif rule.freq == "WEEKLY":
            week_start = start - dt.timedelta(days=start.weekday())
            week = week_start + dt.timedelta(weeks=period * rule.interval)
            weekdays = sorted({wd for _, wd in rule.by_day} or {start.weekday()})
            dates = [week + dt.timedelta(days=wd) for wd in weekdays]
        else:
            month_index = start.month - 1 + period * rule.interval
            year, month = start.year + month_index // 12, month_index % 12 + 1
            dates = [dt.date(year, month, d) for d in _month_days(rule, year, month, start)]
        period += 1
        added = False
        for day in dates:
            moment = dt.datetime.combine(day, time_of_day)
            if moment < first:
                continue
            if stop_date is not None and day > stop_date:
                return results
            if isinstance(rule_until, dt.datetime) and moment > rule_until:
                return results
            if until is not None and moment > until:
                return results
            results.append(moment)
            added = True
            if (rule.count is not None and len(results) >= rule.count) or len(results) >= limit:
                return results
        empty_periods = 0 if added else empty_periods + 1
    return results
