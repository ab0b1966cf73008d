"""jumelage.domain.recurrence: the few RFC 5545 rules a partnership office uses, on wall time."""

from __future__ import annotations

import datetime as dt

import pytest

from jumelage.domain.errors import ValidationError
from jumelage.domain.recurrence import MAX_OCCURRENCES, Rule, expand, parse_rule


def d(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


def test_parse_monthly_first_tuesday() -> None:
    rule = parse_rule("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6")
    assert rule == Rule("MONTHLY", 1, ((1, 1),), (), 6, None)


def test_monthly_first_tuesday_of_2026() -> None:
    # First Tuesdays: 1 Jan 2026 is a Thursday -> 6 Jan; 1 Feb (Sun) -> 3 Feb; 1 Mar (Sun)
    # -> 3 Mar; 1 Apr (Wed) -> 7 Apr; 1 May (Fri) -> 5 May; 1 Jun (Mon) -> 2 Jun.
    rule = parse_rule("FREQ=MONTHLY;BYDAY=1TU;COUNT=6")
    assert expand(rule, d(2026, 1, 6)) == [
        d(2026, 1, 6),
        d(2026, 2, 3),
        d(2026, 3, 3),
        d(2026, 4, 7),
        d(2026, 5, 5),
        d(2026, 6, 2),
    ]


def test_monthly_first_tuesday_starting_mid_month_skips_that_month() -> None:
    # From Wednesday 7 January 2026: January's first Tuesday is already past.
    rule = parse_rule("FREQ=MONTHLY;BYDAY=1TU;COUNT=2")
    assert expand(rule, d(2026, 1, 7)) == [d(2026, 2, 3), d(2026, 3, 3)]


def test_monthly_last_friday() -> None:
    # Last Fridays: 30 Jan, 27 Feb, 27 Mar 2026.
    rule = parse_rule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3")
    assert expand(rule, d(2026, 1, 1, 14)) == [
        d(2026, 1, 30, 14),
        d(2026, 2, 27, 14),
        d(2026, 3, 27, 14),
    ]


def test_every_two_weeks() -> None:
    rule = parse_rule("FREQ=WEEKLY;INTERVAL=2;COUNT=4")
    assert expand(rule, d(2026, 1, 6, 15, 30)) == [
        d(2026, 1, 6, 15, 30),
        d(2026, 1, 20, 15, 30),
        d(2026, 2, 3, 15, 30),
        d(2026, 2, 17, 15, 30),
    ]


def test_weekly_on_tuesday_and_thursday() -> None:
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5")
    assert expand(rule, d(2026, 1, 6)) == [
        d(2026, 1, 6),
        d(2026, 1, 8),
        d(2026, 1, 13),
        d(2026, 1, 15),
        d(2026, 1, 20),
    ]


def test_bymonthday_15() -> None:
    rule = parse_rule("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4")
    assert expand(rule, d(2026, 1, 10, 9)) == [
        d(2026, 1, 15, 9),
        d(2026, 2, 15, 9),
        d(2026, 3, 15, 9),
        d(2026, 4, 15, 9),
    ]


def test_monthly_on_the_31st_skips_short_months() -> None:
    rule = parse_rule("FREQ=MONTHLY;COUNT=4")
    assert expand(rule, d(2026, 1, 31)) == [
        d(2026, 1, 31),
        d(2026, 3, 31),
        d(2026, 5, 31),
        d(2026, 7, 31),
    ]


def test_count_stops_the_series() -> None:
    rule = parse_rule("FREQ=DAILY;COUNT=3")
    assert expand(rule, d(2026, 2, 27)) == [d(2026, 2, 27), d(2026, 2, 28), d(2026, 3, 1)]


def test_until_date_is_inclusive() -> None:
    rule = parse_rule("FREQ=DAILY;UNTIL=20260105")
    assert rule.until == dt.date(2026, 1, 5)
    assert expand(rule, d(2026, 1, 1)) == [d(2026, 1, day) for day in range(1, 6)]


def test_until_datetime_cuts_at_the_time() -> None:
    rule = parse_rule("FREQ=DAILY;UNTIL=20260105T093000")
    assert rule.until == dt.datetime(2026, 1, 5, 9, 30)
    # 5 January at 10:00 is after 09:30: four occurrences.
    assert expand(rule, d(2026, 1, 1)) == [d(2026, 1, day) for day in range(1, 5)]


def test_caller_until_and_limit_bound_an_endless_rule() -> None:
    rule = parse_rule("FREQ=DAILY")
    assert expand(rule, d(2026, 1, 1), until=d(2026, 1, 3, 23)) == [
        d(2026, 1, 1),
        d(2026, 1, 2),
        d(2026, 1, 3),
    ]
    assert len(expand(rule, d(2026, 1, 1), limit=7)) == 7
    assert len(expand(rule, d(2026, 1, 1))) == MAX_OCCURRENCES == 1000


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;COUNT=5",
        "FREQ=HOURLY",
        "FREQ=YEARLY",
        "",
        "hello",
        "FREQ",
        "FREQ=",
        "COUNT=3",
        "FREQ=DAILY;COUNT=two",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;COUNT=3;UNTIL=20260105",
        "FREQ=MONTHLY;BYDAY=1XX",
        "FREQ=MONTHLY;BYDAY=0TU",
        "FREQ=MONTHLY;BYDAY=6TU",
        "FREQ=WEEKLY;BYDAY=1TU",
        "FREQ=MONTHLY;BYMONTHDAY=32",
        "FREQ=MONTHLY;BYMONTHDAY=0",
        "FREQ=DAILY;UNTIL=2026-01-05",
        "FREQ=DAILY;BYSETPOS=1",
        "FREQ=DAILY;BYHOUR=9",
    ],
)
def test_refused_rules(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rule(text)
    assert caught.value.field.startswith("rule")


def test_lower_case_and_wkst_are_accepted() -> None:
    rule = parse_rule("freq=weekly;wkst=mo;byday=we;count=2")
    assert expand(rule, d(2026, 1, 7)) == [d(2026, 1, 7), d(2026, 1, 14)]
