"""Bounded RRULE expansion: the usual rules give the dates worked out by hand; hostile rules
stop at the window, the cap or the step budget, and say so."""

from __future__ import annotations

import datetime as dt

import pytest

from jumelage.ics import recur

D = dt.datetime


def starts(rule: str, first: recur.Moment, low: recur.Moment, high: recur.Moment, **kw: object):
    return recur.expand([recur.parse(rule)], first, window=(low, high), **kw).starts  # type: ignore[arg-type]


def test_first_tuesday_monthly_with_count() -> None:
    found = starts(
        "FREQ=MONTHLY;BYDAY=1TU;COUNT=4", D(2026, 4, 7, 10), D(2026, 1, 1), D(2027, 1, 1)
    )
    assert found == (D(2026, 4, 7, 10), D(2026, 5, 5, 10), D(2026, 6, 2, 10), D(2026, 7, 7, 10))


def test_last_thursday_with_exdate() -> None:
    found = starts(
        "FREQ=MONTHLY;BYDAY=-1TH;COUNT=4", D(2025, 1, 30, 15), D(2025, 1, 1), D(2026, 1, 1),
        exdates=[D(2025, 3, 27, 15)],
    )  # fmt: skip
    assert found == (D(2025, 1, 30, 15), D(2025, 2, 27, 15), D(2025, 4, 24, 15))


def test_weekly_on_several_days_until() -> None:
    found = starts(
        "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260415T235959Z", D(2026, 4, 6, 9), D(2026, 1, 1),
        D(2027, 1, 1), zone=dt.UTC,
    )  # fmt: skip
    assert found == (D(2026, 4, 6, 9), D(2026, 4, 8, 9), D(2026, 4, 13, 9), D(2026, 4, 15, 9))


def test_yearly_all_day_and_the_29th_of_february() -> None:
    assert starts(
        "FREQ=YEARLY", dt.date(2024, 2, 29), dt.date(2024, 1, 1), dt.date(2029, 1, 1)
    ) == (
        dt.date(2024, 2, 29),
        dt.date(2028, 2, 29),
    )
    assert starts(
        "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=8", dt.date(2026, 5, 8), dt.date(2026, 1, 1),
        dt.date(2028, 12, 31),
    ) == (dt.date(2026, 5, 8), dt.date(2027, 5, 8), dt.date(2028, 5, 8))  # fmt: skip


def test_last_working_day_of_the_month() -> None:
    found = starts(
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3", D(2026, 1, 30, 16),
        D(2026, 1, 1), D(2027, 1, 1),
    )  # fmt: skip
    assert found == (D(2026, 1, 30, 16), D(2026, 2, 27, 16), D(2026, 3, 31, 16))


def test_only_the_window_is_returned() -> None:
    found = starts("FREQ=WEEKLY", D(1990, 1, 2, 10), D(2026, 3, 1), D(2026, 3, 31, 23))
    assert found == (
        D(2026, 3, 3, 10),
        D(2026, 3, 10, 10),
        D(2026, 3, 17, 10),
        D(2026, 3, 24, 10),
        D(2026, 3, 31, 10),
    )


def test_freq_secondly_is_capped_and_quick() -> None:
    expansion = recur.expand(
        [recur.parse("FREQ=SECONDLY")], D(1970, 1, 1), window=(D(2026, 1, 1), D(2028, 1, 1))
    )
    assert len(expansion.starts) == 2000
    assert expansion.truncated
    assert expansion.starts[0] == D(2026, 1, 1)


def test_a_rule_that_never_matches_stops_at_the_budget() -> None:
    expansion = recur.expand(
        [recur.parse("FREQ=DAILY;COUNT=100000;BYMONTH=2;BYMONTHDAY=30")],
        D(1500, 1, 1), window=(D(2026, 1, 1), D(2028, 1, 1)), steps=10_000,
    )  # fmt: skip
    assert expansion.starts == ()
    assert expansion.truncated
    assert expansion.steps_used == 10_000


def test_unsupported_parts_are_said() -> None:
    weekno = recur.expand(
        [recur.parse("FREQ=YEARLY;BYWEEKNO=20")],
        D(2026, 1, 1),
        window=(D(2026, 1, 1), D(2027, 1, 1)),
    )
    assert weekno.unsupported == "BYWEEKNO"
    assert weekno.starts == (D(2026, 1, 1),)
    secondly = recur.expand(
        [recur.parse("FREQ=SECONDLY;BYMONTH=4")],
        D(2026, 1, 1),
        window=(D(2026, 1, 1), D(2027, 1, 1)),
    )
    assert secondly.unsupported == "SECONDLY with BY* parts"


@pytest.mark.parametrize(
    "rule",
    ["", "FREQ=FORTNIGHTLY", "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;COUNT=x", "FREQ=WEEKLY;BYDAY=XX",
     "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=YEARLY;BYMONTH=13", "FREQ=DAILY;UNTIL=2026"],
)  # fmt: skip
def test_unreadable_rules(rule: str) -> None:
    with pytest.raises(recur.RuleError):
        recur.parse(rule)
