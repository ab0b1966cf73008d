"""The pure finder's edge rules (worked out by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

from jumelage.domain.slots import Busy, TownHours, find_slots

UTC = dt.UTC
BRUSSELS = TownHours("Brussels", "Europe/Brussels", dt.time(9), dt.time(17), frozenset({5, 6}))
DAKAR = TownHours("Dakar", "Africa/Dakar", dt.time(8), dt.time(16), frozenset({5, 6}))


def test_no_overlap_of_working_hours() -> None:
    # Mon 30 March 2026: Brussels 9-17 at UTC+2 = 07:00-15:00Z. Auckland (UTC+13 until
    # 5 April) 9-17 on Mon 30 = Sun 20:00Z-Mon 04:00Z, on Tue 31 = Mon 20:00Z-Tue 04:00Z.
    auckland = TownHours("Auckland", "Pacific/Auckland", dt.time(9), dt.time(17), frozenset())
    result = find_slots(BRUSSELS, auckland, [], dt.date(2026, 3, 30), dt.date(2026, 3, 30), 30)
    assert result.slots == ()
    assert result.empty_days[0].reasons == ("no overlap of working hours",)


def test_busy_is_end_exclusive_and_explained() -> None:
    # Fri 27 March: 08:00-16:00Z. Busy 08:00-15:30Z leaves one 30-minute slot, 15:30Z;
    # a 60-minute search finds none and names the clash.
    busy = [
        Busy(
            dt.datetime(2026, 3, 27, 8, tzinfo=UTC),
            dt.datetime(2026, 3, 27, 15, 30, tzinfo=UTC),
            "mission X",
        )
    ]
    day = dt.date(2026, 3, 27)
    short = find_slots(BRUSSELS, DAKAR, busy, day, day, 30)
    assert [s.start for s in short.slots] == [dt.datetime(2026, 3, 27, 15, 30, tzinfo=UTC)]
    assert short.slots[0].score == 0
    long = find_slots(BRUSSELS, DAKAR, busy, day, day, 60)
    assert long.slots == ()
    assert long.empty_days[0].reasons == ("busy: mission X",)


def test_limit_and_bad_duration() -> None:
    day = dt.date(2026, 3, 27)
    assert len(find_slots(BRUSSELS, DAKAR, [], day, day, 60, limit=3).slots) == 3
    with pytest.raises(ValueError, match="positive"):
        find_slots(BRUSSELS, DAKAR, [], day, day, 0)
