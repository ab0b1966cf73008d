"""Drift of a series on the other town's clocks, on the hard days, worked out by hand.

Clock changes in 2026 (checked against the IANA data shipped with tzdata 2026f):

* Brussels: summer time from Sunday 29 March, 02:00 -> 03:00 local (01:00 UTC); back on
  Sunday 25 October, 03:00 -> 02:00 local (01:00 UTC). UTC+1 in winter, UTC+2 in summer.
* Dakar: UTC+0 all year.
* Hebron: summer time from Saturday 28 March, 02:00 -> 03:00 local (00:00 UTC); back on
  Saturday 24 October, 02:00 -> 01:00 local (23:00 UTC on the 23rd). UTC+2 / UTC+3.

So 10:00 in Brussels is 09:00 in Dakar in winter and 08:00 in summer; it is 11:00 in Hebron,
except on 28 March (Hebron already in summer time, Brussels not yet: 12:00) and on 24 October
(Hebron back in winter time, Brussels not yet: 10:00).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from jumelage.domain.drift import ClockChange, FlagReason, drift
from jumelage.domain.slots import TownHours
from jumelage.domain.specs import PartnershipSpec, SeriesSpec, TownSpec
from jumelage.services import Services

UTC = dt.UTC
BRUSSELS = ZoneInfo("Europe/Brussels")
DAKAR = ZoneInfo("Africa/Dakar")
HEBRON = ZoneInfo("Asia/Hebron")
H = dt.timedelta(hours=1)

MARSASSOUM = TownHours("Marsassoum", "Africa/Dakar", dt.time(8), dt.time(17), frozenset({5, 6}))
NABLUS_VILLAGE = TownHours("Beit Dajan", "Asia/Hebron", dt.time(9), dt.time(16), frozenset({4, 5}))


def brussels(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), BRUSSELS)


def days(first: dt.date, count: int, step: int = 1) -> list[dt.date]:
    return [first + dt.timedelta(days=i * step) for i in range(count)]


def test_brussels_to_dakar_weekly_on_tuesdays() -> None:
    # Tuesdays 24 March to 3 November 2026, 10:00 in Brussels.
    tuesdays = days(dt.date(2026, 3, 24), 33, 7)
    assert tuesdays[-1] == dt.date(2026, 11, 3)
    result = drift([brussels(d) for d in tuesdays], 60, "Europe/Brussels", MARSASSOUM)
    assert [c.start for c in result.changes] == [
        brussels(dt.date(2026, 3, 31)),
        brussels(dt.date(2026, 10, 27)),
    ]
    spring, autumn = result.changes
    assert spring.previous == dt.datetime(2026, 3, 24, 9, 0, tzinfo=DAKAR)
    assert spring.other_start == dt.datetime(2026, 3, 31, 8, 0, tzinfo=DAKAR)
    assert spring.shift == -H
    assert spring.clock_changes == (
        ClockChange(
            "Europe/Brussels",
            dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
            dt.date(2026, 3, 29),
            H,
            2 * H,
        ),
    )
    assert autumn.previous == dt.datetime(2026, 10, 20, 8, 0, tzinfo=DAKAR)
    assert autumn.other_start == dt.datetime(2026, 10, 27, 9, 0, tzinfo=DAKAR)
    assert autumn.shift == H
    assert [(c.zone, c.date) for c in autumn.clock_changes] == [
        ("Europe/Brussels", dt.date(2026, 10, 25))
    ]
    assert autumn.clock_changes[0].instant == dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    # 08:00-09:00 in Dakar is inside Marsassoum's hours (08:00-17:00): nothing flagged.
    assert result.flags == ()


def test_dakar_summer_mornings_before_working_hours_and_a_holiday() -> None:
    town = TownHours(
        "Marsassoum",
        "Africa/Dakar",
        dt.time(9),
        dt.time(17),
        frozenset({5, 6}),
        {dt.date(2026, 5, 27): "Eid al-Adha (Tabaski)"},
    )
    wednesdays = days(dt.date(2026, 3, 18), 11, 7)  # 18 March to 27 May
    result = drift([brussels(d) for d in wednesdays], 60, "Europe/Brussels", town)
    flagged = [(f.other_start, f.reasons, f.holiday) for f in result.flags]
    # From 1 April the call starts at 08:00 in Dakar, before 09:00.
    summer = days(dt.date(2026, 4, 1), 8, 7)
    assert flagged == [
        (dt.datetime.combine(d, dt.time(8), DAKAR), (FlagReason.BEFORE_HOURS,), "") for d in summer
    ] + [
        (
            dt.datetime(2026, 5, 27, 8, 0, tzinfo=DAKAR),
            (FlagReason.BEFORE_HOURS, FlagReason.HOLIDAY),
            "Eid al-Adha (Tabaski)",
        )
    ]


def test_brussels_to_hebron_in_march() -> None:
    march = days(dt.date(2026, 3, 26), 5)  # Thursday 26 to Monday 30 March
    result = drift([brussels(d) for d in march], 60, "Europe/Brussels", NABLUS_VILLAGE)
    assert [(c.start, c.other_start.time(), c.shift) for c in result.changes] == [
        (brussels(dt.date(2026, 3, 28)), dt.time(12), H),
        (brussels(dt.date(2026, 3, 29)), dt.time(11), -H),
    ]
    saturday, sunday = result.changes
    assert saturday.clock_changes == (
        ClockChange(
            "Asia/Hebron",
            dt.datetime(2026, 3, 28, 0, 0, tzinfo=UTC),
            dt.date(2026, 3, 28),
            2 * H,
            3 * H,
        ),
    )
    assert [(c.zone, c.date) for c in sunday.clock_changes] == [
        ("Europe/Brussels", dt.date(2026, 3, 29))
    ]
    # Friday 27 and Saturday 28 are the weekend in Hebron.
    assert [(f.other_start, f.reasons) for f in result.flags] == [
        (dt.datetime(2026, 3, 27, 11, 0, tzinfo=HEBRON), (FlagReason.WEEKEND,)),
        (dt.datetime(2026, 3, 28, 12, 0, tzinfo=HEBRON), (FlagReason.WEEKEND,)),
    ]


def test_brussels_to_hebron_in_october() -> None:
    october = days(dt.date(2026, 10, 22), 5)  # Thursday 22 to Monday 26 October
    result = drift([brussels(d) for d in october], 60, "Europe/Brussels", NABLUS_VILLAGE)
    assert [(c.start, c.previous.time(), c.other_start.time()) for c in result.changes] == [
        (brussels(dt.date(2026, 10, 24)), dt.time(11), dt.time(10)),
        (brussels(dt.date(2026, 10, 25)), dt.time(10), dt.time(11)),
    ]
    saturday, sunday = result.changes
    assert saturday.clock_changes == (
        ClockChange(
            "Asia/Hebron",
            dt.datetime(2026, 10, 23, 23, 0, tzinfo=UTC),
            dt.date(2026, 10, 24),
            3 * H,
            2 * H,
        ),
    )
    assert sunday.clock_changes[0].instant == dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    assert [f.other_start.date() for f in result.flags] == [
        dt.date(2026, 10, 23),
        dt.date(2026, 10, 24),
    ]


def test_both_towns_change_between_two_weekly_calls_no_drift() -> None:
    # Tuesdays 24 and 31 March: Hebron changed on the 28th, Brussels on the 29th; a week
    # apart the gap is one hour both times (11:00 in Hebron): nothing to report.
    result = drift(
        [brussels(dt.date(2026, 3, 24)), brussels(dt.date(2026, 3, 31))],
        60,
        "Europe/Brussels",
        NABLUS_VILLAGE,
    )
    assert result.changes == ()


def test_late_afternoon_runs_past_the_end_of_the_day() -> None:
    # 16:30 in Brussels in summer = 17:30 in Hebron, after 16:00, and 30 minutes later.
    start = dt.datetime(2026, 6, 2, 16, 30, tzinfo=BRUSSELS)
    result = drift([start], 30, "Europe/Brussels", NABLUS_VILLAGE)
    assert result.flags[0].reasons == (FlagReason.AFTER_HOURS,)
    assert result.flags[0].other_end == dt.datetime(2026, 6, 2, 18, 0, tzinfo=HEBRON)


# --- through the service -------------------------------------------------------------------------


def _partnership(services: Services) -> int:
    anderlecht = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
    marsassoum = services.towns.create(
        TownSpec("Marsassoum", "SN", "Africa/Dakar", work_start=dt.time(8))
    ).value.id
    return services.partnerships.create(PartnershipSpec(anderlecht, marsassoum)).value.id


def test_service_warns_before_the_series_exists_eid_in_senegal(services: Services) -> None:
    partnership = _partnership(services)
    # Wednesdays at 10:00 in Brussels from 20 May 2026, four times: 20 and 27 May, 3 and
    # 10 June. 27 May 2026 is Eid al-Adha (Tabaski), a public holiday in Senegal; the holidays
    # package gives it as estimated (the date depends on the moon).
    spec = SeriesSpec(
        partnership,
        "Steering committee",
        dt.datetime(2026, 5, 20, 10, 0, tzinfo=BRUSSELS),
        "FREQ=WEEKLY;COUNT=4",
    )
    result = services.series.drift(spec)
    assert result.other == "Marsassoum"
    assert result.changes == ()
    assert [(f.other_start, f.reasons, f.holiday) for f in result.flags] == [
        (
            dt.datetime(2026, 5, 27, 8, 0, tzinfo=DAKAR),
            (FlagReason.HOLIDAY,),
            "Eid al-Adha (estimated)",
        )
    ]


def test_service_drift_of_an_existing_series_counts_from_now(services: Services) -> None:
    partnership = _partnership(services)
    # Fridays at 10:00 in Brussels from 13 March: the tests' now is Friday 20 March, 11:00
    # UTC, after that day's call (09:00 UTC), which is the baseline; then 27 March (09:00
    # in Dakar), 3 April (08:00): the change is on 3 April.
    services.followups.create_series(
        SeriesSpec(
            partnership,
            "Friday call",
            dt.datetime(2026, 3, 13, 10, 0, tzinfo=BRUSSELS),
            "FREQ=WEEKLY;COUNT=5",
        )
    )
    series_id = services.followups.list(partnership)[0].series_id
    assert series_id is not None
    result = services.series.drift(series_id)
    assert [c.start for c in result.changes] == [dt.datetime(2026, 4, 3, 10, 0, tzinfo=BRUSSELS)]
    assert result.changes[0].previous == dt.datetime(2026, 3, 27, 9, 0, tzinfo=DAKAR)
    # Friday 3 April 2026 is Good Friday: no public holiday in Senegal (Easter Monday is).
    assert result.flags == ()
