"""The day an agenda item leaves the mission dates (shared by the agenda warnings and the
mission checks)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from jumelage.domain import rules

DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
FIRST, LAST = dt.date(2026, 4, 27), dt.date(2026, 4, 30)


def at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=DAKAR)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (at(4, 28, 9), at(4, 28, 12), None),
        (at(4, 26, 22), at(4, 27, 1), dt.date(2026, 4, 26)),  # starts the evening before
        (at(4, 30, 22), at(5, 1, 1), dt.date(2026, 5, 1)),  # runs past the last night
        (at(4, 30, 20), at(5, 1, 0), None),  # until midnight: still the last day
        (at(5, 3, 9), at(5, 3, 10), dt.date(2026, 5, 3)),
    ],
)
def test_agenda_day_outside(start: dt.datetime, end: dt.datetime, expected: dt.date | None) -> None:
    assert rules.agenda_day_outside(FIRST, LAST, start, end) == expected


def test_an_item_until_midnight_on_the_last_day_has_no_warning() -> None:
    items = [("Farewell dinner", at(4, 30, 20), at(5, 1, 0))]
    assert rules.agenda_warnings(FIRST, LAST, items) == []
