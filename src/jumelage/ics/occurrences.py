"""When an imported event happens: its occurrences inside a window, as UTC intervals.

A single event is one interval. A recurring one is expanded by :mod:`jumelage.ics.recur` on
the wall clock of its own zone (a weekly 10:00 in Brussels stays at 10:00 through summer
time), bounded by the window, the per-event cap and a ``budget`` of recurrence steps shared by
every event of one import, so a file full of hostile rules still answers in seconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jumelage.domain.errors import DomainWarning
from jumelage.ics import limits, recur
from jumelage.ics.reader import ParsedEvent

Interval = tuple[dt.datetime, dt.datetime]


@dataclass
class Budget:
    """Recurrence steps left for this import."""

    steps: int = 5 * limits.MAX_RECURRENCE_STEPS


def _local(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def occurrences(
    event: ParsedEvent,
    window: Interval,
    budget: Budget,
    fallback: dt.tzinfo,
) -> tuple[list[Interval], DomainWarning | None]:
    """The event's occurrences that overlap ``window`` (UTC), and a note when its rule could
    not be fully expanded. ``fallback`` is the zone all-day events are placed in."""
    earliest = dt.datetime(limits.EARLIEST_YEAR + 1, 1, 1, tzinfo=dt.UTC)
    latest = dt.datetime(limits.LATEST_YEAR - 1, 1, 1, tzinfo=dt.UTC)
    low, high = max(window[0], earliest), min(window[1], latest)
    length = min(event.end_utc - event.start_utc, limits.MAX_EVENT_LENGTH)
    if not event.recurring:
        if event.start_utc < high and event.end_utc > low:
            return [(event.start_utc, event.end_utc)], None
        return [], None
    start = event.start
    rules, note = [], None
    for text in event.rrules[:4]:
        try:
            rules.append(recur.parse(text))
        except recur.RuleError as error:
            note = DomainWarning("ics.recurrence-invalid", event.summary, str(error))
    zone: dt.tzinfo | None
    if isinstance(start, dt.datetime):
        zone = start.tzinfo
        first: recur.Moment = start.replace(tzinfo=None)
        span: tuple[recur.Moment, recur.Moment] = (
            _local(low - length, zone),
            _local(high, zone),
        )
        rdates = [_local(r, zone) if isinstance(r, dt.datetime) else r for r in event.rdates]
        exdates = [_local(x, zone) if isinstance(x, dt.datetime) else x for x in event.exdates]
    else:
        zone = fallback
        first = start
        span = ((low - length).astimezone(fallback).date(), high.astimezone(fallback).date())
        rdates = [r.date() if isinstance(r, dt.datetime) else r for r in event.rdates]
        exdates = [x.date() if isinstance(x, dt.datetime) else x for x in event.exdates]
    steps = max(0, min(budget.steps, limits.MAX_RECURRENCE_STEPS))
    expansion = recur.expand(
        rules, first, window=span, rdates=rdates, exdates=exdates, zone=zone, steps=steps
    )
    budget.steps -= expansion.steps_used
    if expansion.unsupported:
        note = DomainWarning("ics.recurrence-unsupported", event.summary, expansion.unsupported)
    elif expansion.truncated:
        note = DomainWarning("ics.recurrence-truncated", event.summary, str(len(expansion.starts)))
    found = []
    for moment in expansion.starts:
        if isinstance(moment, dt.datetime):
            begin = moment.replace(tzinfo=zone).astimezone(dt.UTC)
        else:
            begin = dt.datetime.combine(moment, dt.time(), tzinfo=fallback).astimezone(dt.UTC)
        if begin < high and begin + length > low:
            found.append((begin, begin + length))
    return found, note
