"""The overlap finder on the hard days. Every expected slot is worked out by hand in the
comments (UTC offsets from the published rules), never computed by the code under test.

60-minute slots on a 15-minute grid: a common window of H hours holds 4 * (H - 1) + 1 starts.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jumelage.domain.slots import SlotSearch
from jumelage.domain.specs import FollowUpSpec, PartnershipSpec, TownSpec
from jumelage.services import Services
from jumelage.services.scheduling import SchedulingService
from tests.conftest import fixed_clock

UTC = dt.UTC
BRUSSELS = "Europe/Brussels"
D = dt.date


def utc(day: str, hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hhmm}:00+00:00")


def pair(
    services: Services, partner: TownSpec, *, home_weekend: frozenset[int] | None = None
) -> int:
    home = TownSpec(
        "Brussels",
        "BE",
        BRUSSELS,
        work_start=dt.time(9),
        work_end=dt.time(17),
        weekend=frozenset({5, 6}) if home_weekend is None else home_weekend,
    )
    home_id = services.towns.create(home).value.id
    partner_id = services.towns.create(partner).value.id
    spec = PartnershipSpec(home_id, partner_id, name=f"Brussels – {partner.name}")
    return services.partnerships.create(spec).value.id


def search(services: Services, pid: int, first: str, last: str | None = None) -> SlotSearch:
    service = SchedulingService(services.db, fixed_clock)
    return service.find(pid, 60, D.fromisoformat(first), D.fromisoformat(last or first), limit=500)


def starts(result: SlotSearch) -> list[dt.datetime]:
    return sorted(s.start for s in result.slots)


def grid(day: str, first: str, last: str) -> list[dt.datetime]:
    """Every quarter hour from ``first`` to ``last`` (UTC, both included)."""
    out, cursor, stop = [], utc(day, first), utc(day, last)
    while cursor <= stop:
        out.append(cursor)
        cursor += dt.timedelta(minutes=15)
    return out


def dakar(weekend: frozenset[int] = frozenset({5, 6})) -> TownSpec:
    return TownSpec(
        "Dakar", "SN", "Africa/Dakar", work_start=dt.time(8), work_end=dt.time(16), weekend=weekend
    )


def hebron(weekend: frozenset[int] = frozenset({4, 5})) -> TownSpec:
    return TownSpec(
        "Hebron", "PS", "Asia/Hebron", work_start=dt.time(8), work_end=dt.time(15), weekend=weekend
    )


def zagora() -> TownSpec:
    return TownSpec(
        "Zagora",
        "MA",
        "Africa/Casablanca",
        work_start=dt.time(8, 30),
        work_end=dt.time(16, 30),
        weekend=frozenset({5, 6}),
    )


# --- Brussels – Dakar ------------------------------------------------------------------------


def test_dakar_before_brussels_summer_time(services: Services) -> None:
    # Fri 27 March 2026: Brussels UTC+1 (9-17 = 08-16Z), Dakar UTC+0 (8-16 = 08-16Z).
    # Window 08:00-16:00Z: starts 08:00..15:00Z (29). Best: 11:30-12:30Z, 210 min from each edge.
    pid = pair(services, dakar())
    result = search(services, pid, "2026-03-27")
    assert starts(result) == grid("2026-03-27", "08:00", "15:00")
    best = result.slots[0]
    assert best.start == utc("2026-03-27", "11:30")
    assert best.score == 210
    assert best.home_start.isoformat() == "2026-03-27T12:30:00+01:00"
    assert best.partner_start.isoformat() == "2026-03-27T11:30:00+00:00"
    assert best.home_start.tzinfo == ZoneInfo(BRUSSELS)


def test_dakar_after_brussels_summer_time(services: Services) -> None:
    # Mon 30 March 2026: Brussels UTC+2 (9-17 = 07-15Z), Dakar 08-16Z: overlap 08:00-15:00Z
    # = 10:00-17:00 Brussels. Starts 08:00..14:00Z (25). Best 11:00-12:00Z (180 min each side)
    # = 13:00-14:00 Brussels, 11:00-12:00 Dakar.
    pid = pair(services, dakar())
    result = search(services, pid, "2026-03-27", "2026-03-30")
    assert [s for s in starts(result) if s.date() == D(2026, 3, 30)] == grid(
        "2026-03-30", "08:00", "14:00"
    )
    assert result.total == 29 + 25
    best = result.slots[0]
    assert best.start == utc("2026-03-27", "11:30")  # the Friday's wider window wins
    monday = next(s for s in result.slots if s.start.date() == D(2026, 3, 30))
    assert monday.start == utc("2026-03-30", "11:00")
    assert monday.score == 180
    assert (monday.home_start.hour, monday.partner_start.hour) == (13, 11)
    reasons = {d.date: d.reasons for d in result.empty_days}
    assert reasons == {
        D(2026, 3, 28): ("weekend in Brussels (Saturday)", "weekend in Dakar (Saturday)"),
        D(2026, 3, 29): ("weekend in Brussels (Sunday)", "weekend in Dakar (Sunday)"),
    }


def test_dakar_around_25_october(services: Services) -> None:
    # Fri 23 Oct 2026: Brussels still UTC+2: overlap 08:00-15:00Z, starts 08:00..14:00Z.
    # Mon 26 Oct 2026: Brussels back to UTC+1: overlap 08:00-16:00Z, starts 08:00..15:00Z.
    pid = pair(services, dakar())
    result = search(services, pid, "2026-10-23", "2026-10-26")
    assert starts(result) == grid("2026-10-23", "08:00", "14:00") + grid(
        "2026-10-26", "08:00", "15:00"
    )
    assert [d.date for d in result.empty_days] == [D(2026, 10, 24), D(2026, 10, 25)]


# --- Brussels – Hebron -----------------------------------------------------------------------


def test_hebron_march(services: Services) -> None:
    # Thu 26 March: Brussels UTC+1 (08-16Z), Hebron UTC+2 (8-15 = 06-13Z): 08:00-13:00Z,
    # 17 starts 08:00..12:00Z; best 10:00Z = 11:00 Brussels = 12:00 Hebron (120 min).
    # Fri 27: Hebron's weekend. Sat 28: both. Sun 29: Brussels' weekend.
    # Mon 30: Brussels UTC+2 (07-15Z), Hebron UTC+3 (05-12Z): 07:00-12:00Z, starts 07..11Z.
    pid = pair(services, hebron())
    result = search(services, pid, "2026-03-26", "2026-03-30")
    assert starts(result) == grid("2026-03-26", "08:00", "12:00") + grid(
        "2026-03-30", "07:00", "11:00"
    )
    thursday = result.slots[0]
    assert thursday.start == utc("2026-03-26", "10:00")
    assert thursday.score == 120
    assert thursday.home_start.hour == 11
    assert thursday.partner_start.hour == 12
    monday = next(s for s in result.slots if s.start.date() == D(2026, 3, 30))
    assert monday.start == utc("2026-03-30", "09:00")
    assert monday.home_start.hour == 11
    assert monday.partner_start.hour == 12
    assert [(d.date, d.reasons) for d in result.empty_days] == [
        (D(2026, 3, 27), ("weekend in Hebron (Friday)",)),
        (D(2026, 3, 28), ("weekend in Brussels (Saturday)", "weekend in Hebron (Saturday)")),
        (D(2026, 3, 29), ("weekend in Brussels (Sunday)",)),
    ]


def test_hebron_28_march_switch_day_itself(services: Services) -> None:
    # Without weekends, to see the day only Hebron changes: Sat 28 March 2026, Brussels
    # UTC+1 (08-16Z), Hebron already UTC+3 (05-12Z): 08:00-12:00Z, starts 08:00..11:00Z (13).
    # Fri 27: Hebron still UTC+2 (06-13Z): 08:00-13:00Z, starts 08:00..12:00Z (17).
    pid = pair(services, hebron(frozenset()), home_weekend=frozenset())
    result = search(services, pid, "2026-03-27", "2026-03-28")
    assert starts(result) == grid("2026-03-27", "08:00", "12:00") + grid(
        "2026-03-28", "08:00", "11:00"
    )
    saturday = next(s for s in result.slots if s.start.date() == D(2026, 3, 28))
    # Best on the Saturday: 09:30-10:30Z (90 min from either edge) = 10:30 Brussels, 12:30 Hebron.
    assert saturday.start == utc("2026-03-28", "09:30")
    assert saturday.score == 90
    assert saturday.home_start.strftime("%H:%M") == "10:30"
    assert saturday.partner_start.strftime("%H:%M") == "12:30"


def test_hebron_october(services: Services) -> None:
    # Thu 22 Oct: Brussels UTC+2 (07-15Z), Hebron UTC+3 (05-12Z): 07:00-12:00Z.
    # 23 (Fri, Hebron), 24 (Sat, both), 25 (Sun, Brussels) are weekends.
    # Mon 26: Brussels UTC+1 (08-16Z), Hebron UTC+2 (06-13Z): 08:00-13:00Z.
    pid = pair(services, hebron())
    result = search(services, pid, "2026-10-22", "2026-10-26")
    assert starts(result) == grid("2026-10-22", "07:00", "11:00") + grid(
        "2026-10-26", "08:00", "12:00"
    )
    assert [d.date for d in result.empty_days] == [
        D(2026, 10, 23),
        D(2026, 10, 24),
        D(2026, 10, 25),
    ]
    assert result.empty_days[0].reasons == ("weekend in Hebron (Friday)",)


def test_hebron_24_october_switch_day_itself(services: Services) -> None:
    # Without weekends: Sat 24 Oct 2026, Hebron back to UTC+2 (06-13Z), Brussels still UTC+2
    # (07-15Z): 07:00-13:00Z, starts 07:00..12:00Z (21). Best 09:30Z, 150 min from the edges.
    pid = pair(services, hebron(frozenset()), home_weekend=frozenset())
    result = search(services, pid, "2026-10-24")
    assert starts(result) == grid("2026-10-24", "07:00", "12:00")
    assert result.slots[0].start == utc("2026-10-24", "09:30")
    assert result.slots[0].score == 150


# --- Brussels – Zagora -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first", "last", "best", "score", "home", "partner"),
    [
        # Ramadan, Tue 10 March: Brussels UTC+1 (08-16Z), Zagora UTC+0 (8:30-16:30 = 08:30-
        # 16:30Z): 08:30-16:00Z; best 11:45Z (195 min) = 12:45 Brussels, 11:45 Zagora.
        ("2026-03-10", "08:30", "15:00", "11:45", 195, "12:45", "11:45"),
        # After Ramadan, Tue 24 March: both UTC+1: Brussels 08-16Z, Zagora 07:30-15:30Z:
        # 08:00-15:30Z; best 11:15Z = 12:15 in both towns.
        ("2026-03-24", "08:00", "14:30", "11:15", 195, "12:15", "12:15"),
        # Tue 15 Sept: Brussels UTC+2 (07-15Z), Zagora UTC+1 (07:30-15:30Z): 07:30-15:00Z;
        # best 10:45Z = 12:45 Brussels, 11:45 Zagora.
        ("2026-09-15", "07:30", "14:00", "10:45", 195, "12:45", "11:45"),
        # After the 2026 rule change, Tue 22 Sept: Zagora UTC+0 (08:30-16:30Z), Brussels
        # 07-15Z: 08:30-15:00Z; starts 08:30..14:00Z; best 11:15Z (165 min) = 13:15 Brussels,
        # 11:15 Zagora.
        ("2026-09-22", "08:30", "14:00", "11:15", 165, "13:15", "11:15"),
    ],
)
def test_zagora(
    services: Services,
    day: str,
    first: str,
    last: str,
    best: str,
    score: int,
    home: str,
    partner: str,
) -> None:
    pid = pair(services, zagora())
    result = search(services, pid, day)
    assert starts(result) == grid(day, first, last)
    top = result.slots[0]
    assert top.start == utc(day, best)
    assert top.score == score
    assert top.home_start.strftime("%H:%M") == home
    assert top.partner_start.strftime("%H:%M") == partner


# --- holidays --------------------------------------------------------------------------------


def test_eid_al_fitr_2026(services: Services) -> None:
    # holidays 0.109: Eid al-Fitr on Fri 20 March 2026, "estimated" in Senegal and Morocco
    # (also the 21st there, a Saturday), not marked in Palestine (20-22 March).
    sn = pair(services, dakar())
    result = search(services, sn, "2026-03-20")
    assert result.slots == ()
    assert result.empty_days[0].reasons == ('holiday "Eid al-Fitr (estimated)" in Dakar',)

    home = services.partnerships.get(sn).home_town_id
    ma_town = services.towns.create(zagora()).value.id
    ma = services.partnerships.create(PartnershipSpec(home, ma_town, name="B – Z")).value.id
    result = search(services, ma, "2026-03-20")
    assert result.empty_days[0].reasons == ('holiday "Eid al-Fitr (estimated)" in Zagora',)

    ps_town = services.towns.create(hebron()).value.id
    ps = services.partnerships.create(PartnershipSpec(home, ps_town, name="B – H")).value.id
    # Sun 22 March: Brussels' weekend and Palestine's third day of Eid.
    result = search(services, ps, "2026-03-22")
    assert result.empty_days[0].reasons == (
        "weekend in Brussels (Sunday)",
        'holiday "Eid al-Fitr" in Hebron',
    )


def test_iris_day_in_the_demo(demo: Services) -> None:
    # 8 May 2026 (a Friday) is a custom day off of Anderlecht, unknown to `holidays`.
    pid = demo.partnerships.find("marsassoum").id
    result = SchedulingService(demo.db, fixed_clock).find(pid, 60, D(2026, 5, 8), D(2026, 5, 8))
    assert result.slots == ()
    assert result.empty_days[0].reasons == ('holiday "Iris Day" in Anderlecht',)
    assert any("BRU" in note for note in result.notes)  # subdivision fallback is reported


def test_followup_removes_exactly_the_overlapping_slots(services: Services) -> None:
    # Mon 30 March: starts 08:00..14:00Z (25). A follow-up 12:00-13:00 Brussels
    # (10:00-11:00Z) clashes with the starts 09:15..10:45Z (7): 18 remain.
    pid = pair(services, dakar())
    start = dt.datetime(2026, 3, 30, 12, 0, tzinfo=ZoneInfo(BRUSSELS))
    services.followups.create(FollowUpSpec(pid, "Monthly call", start, duration_min=60))
    result = search(services, pid, "2026-03-30")
    removed = grid("2026-03-30", "09:15", "10:45")
    expected = [s for s in grid("2026-03-30", "08:00", "14:00") if s not in removed]
    assert starts(result) == expected
    assert len(expected) == 18
