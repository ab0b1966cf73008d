"""RRULE parsing and bounded expansion for imported events (RFC 5545 3.3.10 and 3.8.5).

A partner's rule can be anything, including ``FREQ=SECONDLY`` from 1970 (a naive expansion of
one such rule over a year took 130 s and 1.7 GB here). So expansion is bounded three ways:

* only a window of wall-clock time is expanded (the caller passes about two years around now),
  and for a rule without COUNT the walk starts at the window, not at DTSTART;
* at most ``limit`` occurrences are returned, and at most ``steps`` periods (days, weeks,
  months or years) are walked, whatever the rule says;
* what is not supported is said, not guessed: BYWEEKNO, and BY* parts on rules repeating
  more than daily, give an :class:`Expansion` with ``unsupported`` set (the first occurrence
  still counts).

Candidates are chosen as in RFC 5545's table of BY* rules ("expand" within the period, then
"limit"), with the usual defaults taken from DTSTART, BYSETPOS last. DTSTART itself is always
the first occurrence. Everything works on naive wall-clock values of the event's own zone.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from jumelage.ics import limits

FREQS = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SUB_DAILY = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600}

Moment = dt.date | dt.datetime


class RuleError(ValueError):
    """An RRULE we cannot read; the message names the part."""


@dataclass(frozen=True)
class Rule:
    freq: str
    interval: int = 1
    count: int | None = None
    #: A date, a naive wall time, or an aware (UTC) instant.
    until: Moment | None = None
    by_month: tuple[int, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    by_day: tuple[tuple[int | None, int], ...] = ()
    by_hour: tuple[int, ...] = ()
    by_minute: tuple[int, ...] = ()
    by_second: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    week_start: int = 0


@dataclass(frozen=True)
class Expansion:
    """The occurrences inside the window (sorted), and what stopped the walk early."""

    starts: tuple[Moment, ...]
    truncated: bool = False
    unsupported: str = ""
    #: Periods walked: callers expanding many events share one budget.
    steps_used: int = 0


def _ints(value: str, low: int, high: int, part: str, *, signed: bool = False) -> tuple[int, ...]:
    try:
        numbers = tuple(int(v) for v in value.split(",") if v.strip())
    except ValueError:
        raise RuleError(part) from None
    for n in numbers:
        if not (low <= abs(n) <= high if signed else low <= n <= high) or (signed and n == 0):
            raise RuleError(part)
    return numbers


def parse_until(value: str) -> Moment:
    text = value.strip().upper()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
        hour, minute, second = int(text[9:11]), int(text[11:13]), int(text[13:15] or 0)
        moment = dt.datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - wall time
    except ValueError:
        raise RuleError("UNTIL") from None
    if text[8:9] != "T":
        raise RuleError("UNTIL")
    return moment.replace(tzinfo=dt.UTC) if text.endswith("Z") else moment


def parse(text: str) -> Rule:
    """``FREQ=MONTHLY;BYDAY=-1TH;COUNT=8`` (an ``RRULE:`` prefix is allowed)."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        if chunk.strip():
            key, _, value = chunk.partition("=")
            parts[key.strip().upper()] = value.strip().upper()
    freq = parts.get("FREQ", "")
    if freq not in FREQS:
        raise RuleError(f"FREQ={freq or '?'}")
    rule = Rule(freq)
    try:
        if "INTERVAL" in parts:
            rule = replace(rule, interval=int(parts["INTERVAL"]))
        if "COUNT" in parts:
            rule = replace(rule, count=int(parts["COUNT"]))
    except ValueError:
        raise RuleError("INTERVAL/COUNT") from None
    if not 1 <= rule.interval <= 1_000_000 or (rule.count is not None and rule.count < 1):
        raise RuleError("INTERVAL/COUNT")
    if "UNTIL" in parts:
        rule = replace(rule, until=parse_until(parts["UNTIL"]))
    by_day = []
    for token in (t.strip() for t in parts.get("BYDAY", "").split(",") if t.strip()):
        code, prefix = token[-2:], token[:-2]
        if code not in WEEKDAYS:
            raise RuleError("BYDAY")
        try:
            ordinal = int(prefix) if prefix not in ("", "+") else None
        except ValueError:
            raise RuleError("BYDAY") from None
        if ordinal is not None and not 1 <= abs(ordinal) <= 53:
            raise RuleError("BYDAY")
        by_day.append((ordinal, WEEKDAYS.index(code)))
    week_start = parts.get("WKST", "MO")
    return replace(
        rule,
        by_month=_ints(parts.get("BYMONTH", ""), 1, 12, "BYMONTH"),
        by_month_day=_ints(parts.get("BYMONTHDAY", ""), 1, 31, "BYMONTHDAY", signed=True),
        by_year_day=_ints(parts.get("BYYEARDAY", ""), 1, 366, "BYYEARDAY", signed=True),
        by_week_no=_ints(parts.get("BYWEEKNO", ""), 1, 53, "BYWEEKNO", signed=True),
        by_day=tuple(by_day),
        by_hour=_ints(parts.get("BYHOUR", ""), 0, 23, "BYHOUR"),
        by_minute=_ints(parts.get("BYMINUTE", ""), 0, 59, "BYMINUTE"),
        by_second=_ints(parts.get("BYSECOND", ""), 0, 60, "BYSECOND"),
        by_set_pos=_ints(parts.get("BYSETPOS", ""), 1, 366, "BYSETPOS", signed=True),
        week_start=WEEKDAYS.index(week_start) if week_start in WEEKDAYS else 0,
    )


# --- candidates of one period ---------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _period_days(rule: Rule, first: dt.date, period: int) -> list[dt.date]:
    """The days of the ``period``-th period (0 = the one holding DTSTART) that can hold an
    occurrence: a whole week or month, a year's months in BYMONTH (or all twelve), one day."""
    step = period * rule.interval
    if rule.freq in ("YEARLY", "MONTHLY"):
        if rule.freq == "YEARLY":
            year = first.year + step
            months = [(year, m) for m in (rule.by_month or range(1, 13))]
        else:
            months = [_add_months(first, step)]
        days = []
        for year, month in months:
            if not dt.MINYEAR <= year <= dt.MAXYEAR - 1:
                return []
            length = calendar.monthrange(year, month)[1]
            days += [dt.date(year, month, d) for d in range(1, length + 1)]
        return days
    if rule.freq == "WEEKLY":
        offset = (first.weekday() - rule.week_start) % 7
        start = first - dt.timedelta(days=offset) + dt.timedelta(weeks=step)
        return [start + dt.timedelta(days=i) for i in range(7)]
    return [first + dt.timedelta(days=step)]


def _nth(day: dt.date, within_year: bool) -> tuple[int, int]:
    """Which occurrence of its weekday ``day`` is in its month (or year), from the start and
    from the end (the second is negative)."""
    if within_year:
        yday = day.timetuple().tm_yday
        length = 366 if calendar.isleap(day.year) else 365
        return (yday - 1) // 7 + 1, -((length - yday) // 7 + 1)
    length = calendar.monthrange(day.year, day.month)[1]
    return (day.day - 1) // 7 + 1, -((length - day.day) // 7 + 1)


def _matches(rule: Rule, day: dt.date) -> bool:
    if rule.by_month and day.month not in rule.by_month:
        return False
    if rule.by_month_day:
        length = calendar.monthrange(day.year, day.month)[1]
        if day.day not in rule.by_month_day and day.day - length - 1 not in rule.by_month_day:
            return False
    if rule.by_year_day:
        yday = day.timetuple().tm_yday
        length = 366 if calendar.isleap(day.year) else 365
        if yday not in rule.by_year_day and yday - length - 1 not in rule.by_year_day:
            return False
    if rule.by_day:
        ordinals_apply = rule.freq in ("MONTHLY", "YEARLY")
        within_year = rule.freq == "YEARLY" and not rule.by_month
        for ordinal, weekday in rule.by_day:
            if day.weekday() != weekday:
                continue
            if ordinal is None or not ordinals_apply or ordinal in _nth(day, within_year):
                return True
        return False
    return True


def _with_defaults(rule: Rule, first: dt.date) -> Rule:
    """RFC 5545: BY* parts a rule leaves out are taken from DTSTART."""
    if rule.by_day or rule.by_month_day or rule.by_year_day or rule.by_week_no:
        return rule
    if rule.freq == "YEARLY":
        return replace(rule, by_month=rule.by_month or (first.month,), by_month_day=(first.day,))
    if rule.freq == "MONTHLY":
        return replace(rule, by_month_day=(first.day,))
    if rule.freq == "WEEKLY":
        return replace(rule, by_day=((None, first.weekday()),))
    return rule


def _period(rule: Rule, first: Moment, period: int) -> tuple[dt.date | None, list[Moment]]:
    """The first day of the period (``None`` past the calendar's end) and its occurrences."""
    start_day = first.date() if isinstance(first, dt.datetime) else first
    span = _period_days(rule, start_day, period)
    if not span:
        return None, []
    days = [d for d in span if _matches(rule, d)]
    found: list[Moment]
    if isinstance(first, dt.datetime):
        hours = rule.by_hour or (first.hour,)
        minutes = rule.by_minute or (first.minute,)
        seconds = tuple(min(s, 59) for s in rule.by_second) or (first.second,)
        times = sorted(dt.time(h, m, s) for h in hours for m in minutes for s in seconds)
        found = [dt.datetime.combine(d, t) for d in days for t in times]
    else:
        found = list(days)
    if rule.by_set_pos and found:
        size = len(found)
        picked = {found[p - 1] if p > 0 else found[p] for p in rule.by_set_pos if abs(p) <= size}
        found = sorted(picked)
    return span[0], found


def _first_period(rule: Rule, first: Moment, window_start: Moment) -> int:
    """For a rule without COUNT, the period to start walking at: one before the window."""
    if rule.count is not None:
        return 0
    a = first.date() if isinstance(first, dt.datetime) else first
    b = window_start.date() if isinstance(window_start, dt.datetime) else window_start
    if b <= a:
        return 0
    if rule.freq == "YEARLY":
        elapsed = b.year - a.year
    elif rule.freq == "MONTHLY":
        elapsed = (b.year - a.year) * 12 + b.month - a.month
    elif rule.freq == "WEEKLY":
        elapsed = (b - a).days // 7
    else:
        elapsed = (b - a).days
    return max(0, elapsed // rule.interval - 1)


def _comparable(value: Moment, like: Moment) -> Moment:
    """``value`` turned into the type of ``like`` (a date compares with a date)."""
    if isinstance(like, dt.datetime):
        return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    return value.date() if isinstance(value, dt.datetime) else value


def _walk(rule: Rule, first: Moment, window_end: Moment, steps: list[int]) -> Iterator[Moment]:
    """Every candidate from DTSTART on, in order; stops at the window's end or when the
    budget ``steps[0]`` of periods is spent (then raises :class:`StopWalk`)."""
    end = window_end.date() if isinstance(window_end, dt.datetime) else window_end
    period = 0
    while steps[0] > 0:
        steps[0] -= 1
        begins, found = _period(rule, first, period)
        period += 1
        if begins is None or begins > end:
            return
        yield from found
    raise StopWalk


class StopWalk(Exception):
    """The walk took too many steps."""


def expand(
    rules: Sequence[Rule],
    first: Moment,
    *,
    window: tuple[Moment, Moment],
    rdates: Iterable[Moment] = (),
    exdates: Iterable[Moment] = (),
    zone: dt.tzinfo | None = None,
    limit: int = limits.MAX_OCCURRENCES,
    steps: int = limits.MAX_RECURRENCE_STEPS,
) -> Expansion:
    """The occurrences of DTSTART ``first`` (a date or naive wall time) under ``rules``,
    plus ``rdates`` minus ``exdates``, that fall inside ``window`` (same kind of values).
    ``zone`` turns an UNTIL given in UTC into wall time."""
    low, high = (_comparable(w, first) for w in window)
    budget = [steps]
    found: set[Moment] = set()
    truncated = False
    unsupported = ""
    candidates: list[Moment] = [first, *(_comparable(r, first) for r in rdates)]
    for rule in rules:
        if rule.by_week_no or (rule.freq in _SUB_DAILY and _has_by_parts(rule)):
            unsupported = "BYWEEKNO" if rule.by_week_no else f"{rule.freq} with BY* parts"
            continue
        try:
            until = rule.until
            if isinstance(until, dt.datetime) and until.tzinfo is not None:
                until = (until.astimezone(zone) if zone else until).replace(tzinfo=None)
            until_cmp = None if until is None else _comparable(until, first)
            truncated |= _walk_rule(rule, first, low, high, until_cmp, limit, budget, candidates)
        except OverflowError:
            continue  # the rule ran off the calendar (year 1 or 9999): it has ended
    excluded = set(exdates)
    excluded_days = {x for x in excluded if not isinstance(x, dt.datetime)}
    for moment in candidates:
        day = moment.date() if isinstance(moment, dt.datetime) else moment
        if moment in excluded or day in excluded_days:
            continue
        if low <= moment <= high:
            found.add(moment)
    ordered = sorted(found)
    if len(ordered) > limit:
        ordered, truncated = ordered[:limit], True
    return Expansion(tuple(ordered), truncated, unsupported, steps - budget[0])


def _walk_rule(
    rule: Rule,
    first: Moment,
    low: Moment,
    high: Moment,
    until: Moment | None,
    limit: int,
    budget: list[int],
    out: list[Moment],
) -> bool:
    """Add ``rule``'s occurrences inside ``low``..``high`` to ``out``; ``True`` if it was cut
    short (occurrence cap or step budget)."""
    if rule.freq in _SUB_DAILY:
        return _sub_daily(rule, first, low, high, until, limit, out)
    rule = _with_defaults(rule, first.date() if isinstance(first, dt.datetime) else first)
    count = 1  # DTSTART is the first occurrence
    try:
        for moment in _walk(
            rule, _shift(rule, first, _first_period(rule, first, low)), high, budget
        ):
            if moment <= first:
                continue
            if until is not None and moment > until:
                return False
            if moment > high:
                return False
            count += 1
            if rule.count is not None and count > rule.count:
                return False
            if moment >= low:
                out.append(moment)
                if len(out) > limit * 2:
                    return True
    except StopWalk:
        return True
    return False


def _has_by_parts(rule: Rule) -> bool:
    return bool(
        rule.by_month or rule.by_month_day or rule.by_year_day or rule.by_day
        or rule.by_hour or rule.by_minute or rule.by_second or rule.by_set_pos
    )  # fmt: skip


def _shift(rule: Rule, first: Moment, periods: int) -> Moment:
    """DTSTART moved ``periods`` periods on (used to start a COUNT-less walk near the window;
    the candidates then come from the shifted periods, with DTSTART's day and time)."""
    if periods == 0:
        return first
    step = periods * rule.interval
    day = first.date() if isinstance(first, dt.datetime) else first
    if rule.freq == "YEARLY":
        moved = dt.date(day.year + step, day.month, min(day.day, 28))
    elif rule.freq == "MONTHLY":
        year, month = _add_months(day, step)
        moved = dt.date(year, month, min(day.day, 28))
    elif rule.freq == "WEEKLY":
        moved = day + dt.timedelta(weeks=step)
    else:
        moved = day + dt.timedelta(days=step)
    if isinstance(first, dt.datetime):
        return dt.datetime.combine(moved, first.time())
    return moved


def _sub_daily(
    rule: Rule,
    first: Moment,
    low: Moment,
    high: Moment,
    until: Moment | None,
    limit: int,
    out: list[Moment],
) -> bool:
    """HOURLY, MINUTELY, SECONDLY without BY* parts: plain arithmetic from DTSTART, starting
    at the window (so ``FREQ=SECONDLY`` from 1970 costs no more than from yesterday)."""
    if not isinstance(first, dt.datetime):
        return False
    step = dt.timedelta(seconds=_SUB_DAILY[rule.freq] * rule.interval)
    index = 0
    if isinstance(low, dt.datetime) and low > first:
        index = -(-(low - first) // step)
    produced = 0
    while True:
        if rule.count is not None and index >= rule.count:
            return False
        moment = first + index * step
        if moment > high or (until is not None and moment > until):
            return False
        if produced >= limit:
            return True
        out.append(moment)
        produced += 1
        index += 1
