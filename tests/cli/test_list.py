"""``jumelage list KIND``: every kind as a table and as JSON, and ``--partnership``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from jumelage.cli import KINDS
from jumelage.persistence import models as m
from jumelage.persistence.database import open_database
from jumelage.services import Services
from tests.cli.conftest import Shared
from tests.cli.helpers import run_all

MARSASSOUM = "Anderlecht – Marsassoum"


def _parse(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


def _assert_zoned(obj: dict[str, object], key: str) -> dt.datetime:
    """``obj[key]`` is ISO 8601 with the offset that ``obj[key + '_zone']`` has then."""
    text = obj[key]
    zone = obj[f"{key}_zone"]
    assert isinstance(text, str)
    assert isinstance(zone, str)
    value = _parse(text)
    assert value.astimezone(ZoneInfo(zone)).isoformat() == text
    return value


def test_every_kind_in_text_and_json(shared: Shared) -> None:
    for kind in KINDS:
        text, js = shared[f"list {kind}"], shared[f"list {kind} --json"]
        for result in (text, js):
            assert result.rc == 0, result
            assert result.err == "", result
        assert isinstance(js.json, list), kind
        lines = text.out.splitlines()
        assert lines, kind
        assert all(len(line) <= 100 for line in lines), text.out

    partnerships = shared["list partnerships --json"].json
    assert len(partnerships) == 4
    assert MARSASSOUM in {p["name"] for p in partnerships}
    marsassoum = next(p for p in partnerships if p["name"] == MARSASSOUM)
    assert marsassoum["partner_zone"] == "Africa/Dakar"
    assert marsassoum["since"] == "2018-01-01"
    assert marsassoum["status"] == "active"
    text = shared["list partnerships"].out
    assert text.startswith("NAME")
    assert "Anderlecht – Hammersmith & Fulham" in text

    towns = {t["name"]: t for t in shared["list towns --json"].json}
    assert towns["Marsassoum"]["time_zone"] == "Africa/Dakar"
    assert towns["Anderlecht"]["weekend"] == [5, 6]
    assert towns["Village near Nablus"]["weekend"] == [4, 5]
    assert towns["Anderlecht"]["days_off"][0] == {"date": "2026-05-08", "name": "Iris Day"}
    assert towns["Zagora"]["work_start"] == "08:30:00"
    assert "Africa/Dakar" in shared["list towns"].out

    people = {p["name"]: p for p in shared["list people --json"].json}
    assert people["Ousmane Sané"]["town"] == "Marsassoum"
    assert "Ousmane Sané" in shared["list people"].out
    assert all(isinstance(p["languages"], list) for p in people.values())

    missions = shared["list missions --json"].json
    assert missions
    for mission in missions:
        dt.date.fromisoformat(mission["start_date"])
        assert mission["direction"] in {"outbound", "inbound"}
        assert isinstance(mission["sdgs"], list)
        _assert_zoned(mission, "created_at")
    assert missions[0]["title"] in shared["list missions"].out

    assert shared["list events --json"].json == []
    assert shared["list events"].out.strip() == "No imported partner events."


def test_followups_carry_both_towns_times(shared: Shared) -> None:
    every = shared["list followups --json"].json
    assert {f["partner_zone"] for f in every} >= {"Africa/Dakar", "Africa/Casablanca"}
    result = shared["followups of marsassoum"]
    assert result.rc == 0, result
    followups = result.json
    assert followups
    assert followups == [f for f in every if f["partnership"] == MARSASSOUM]
    offsets = set()
    for f in followups:
        assert f["start_zone"] == "Europe/Brussels"
        assert f["partner_zone"] == "Africa/Dakar"
        assert f["partner_time_zone"] == "Africa/Dakar"
        start = _assert_zoned(f, "start")
        end = _assert_zoned(f, "end")
        partner = _assert_zoned(f, "partner_time")
        assert partner == start  # the same instant, seen in Dakar
        assert end - start == dt.timedelta(minutes=f["duration_min"])
        assert f["start"][10:] in ("T10:00:00+01:00", "T10:00:00+02:00")
        winter = f["start"].endswith("+01:00")
        assert f["partner_time"][10:] == ("T09:00:00+00:00" if winter else "T08:00:00+00:00")
        offsets.add(f["start"][-6:])
    assert offsets == {"+01:00", "+02:00"}  # winter and summer in Brussels; Dakar never moves

    lines = shared["list followups"].out.splitlines()
    assert lines[0].split()[:3] == ["START", "PARTNER", "TIME"]
    assert any("10:00 Europe/Brussels" in line and "09:00 Africa/Dakar" in line for line in lines)
    assert any("10:00 Europe/Brussels" in line and "08:00 Africa/Dakar" in line for line in lines)


def test_actions_report_overdue_items(shared: Shared) -> None:
    actions = shared["list actions --json"].json
    today = dt.datetime.now(ZoneInfo("Europe/Brussels")).date()
    for action in actions:
        due = action["due_date"] and dt.date.fromisoformat(action["due_date"])
        expected = action["status"] in ("open", "in_progress") and bool(due) and due < today
        assert action["overdue"] is expected, action
    assert any(a["overdue"] for a in actions)
    assert "overdue" in shared["list actions"].out


def test_partnership_filter_is_case_insensitive(shared: Shared) -> None:
    for name in ("towns of MARSASSOUM", "people of marsassoum"):
        assert shared[name].rc == 0, shared[name]
    towns = shared["towns of MARSASSOUM"].json
    assert {t["name"] for t in towns} == {"Anderlecht", "Marsassoum"}
    people = shared["people of marsassoum"].json
    assert {p["town"] for p in people} == {"Anderlecht", "Marsassoum"}
    assert len(people) < len(shared["list people --json"].json)


def test_unknown_and_ambiguous_partnerships_list_the_candidates(shared: Shared) -> None:
    line = shared["unknown partnership"].assert_one_line_error()
    assert "Paris" in line
    assert MARSASSOUM in line
    assert "Anderlecht – Zagora" in line
    # Every partnership is Anderlecht's: the name matches all four.
    line = shared["ambiguous partnership"].assert_one_line_error()
    assert "several" in line
    for name in (
        MARSASSOUM,
        "Anderlecht – Zagora",
        "Anderlecht – Village near Nablus",
        "Anderlecht – Hammersmith & Fulham",
    ):
        assert name in line


def test_imported_events_keep_their_zone_or_their_date(demo_path: Path) -> None:
    database = open_database(demo_path, daily_backup=False)
    dakar = ZoneInfo("Africa/Dakar")
    try:
        partnerships = Services.over(database).partnerships
        marsassoum = partnerships.find("Marsassoum").id
        zagora = partnerships.find("Zagora").id
        with database.transaction() as s:
            calendar = m.ExternalCalendar(name="Commune de Marsassoum", partnership_id=marsassoum)
            other = m.ExternalCalendar(name="Commune de Zagora", partnership_id=zagora)
            s.add_all([calendar, other])
            s.flush()
            start = dt.datetime(2026, 4, 7, 9, 0)
            s.add_all(
                [
                    m.ExternalEvent(
                        calendar_id=calendar.id,
                        uid="council@marsassoum.example",
                        summary="Conseil municipal",
                        start_local=start,
                        end_local=start + dt.timedelta(hours=2),
                        time_zone="Africa/Dakar",
                        start_utc=start.replace(tzinfo=dakar).astimezone(dt.UTC),
                        end_utc=(start + dt.timedelta(hours=2)).replace(tzinfo=dakar),
                        status="confirmed",
                    ),
                    m.ExternalEvent(
                        calendar_id=calendar.id,
                        uid="tabaski@marsassoum.example",
                        summary="Tabaski",
                        all_day=True,
                        start_local=dt.datetime(2026, 5, 27),
                        end_local=dt.datetime(2026, 5, 28),
                        start_utc=dt.datetime(2026, 5, 27, tzinfo=dt.UTC),
                        status="tentative",
                    ),
                    m.ExternalEvent(
                        calendar_id=other.id,
                        uid="souk@zagora.example",
                        summary="Souk",
                        start_local=start,
                        time_zone="Africa/Casablanca",
                        start_utc=start.replace(tzinfo=dt.UTC),
                        status="confirmed",
                    ),
                ]
            )
    finally:
        database.close()

    js, text = run_all(
        ["list", "events", "--db", demo_path, "--json", "--partnership", "marsassoum"],
        ["list", "events", "--db", demo_path],
    )
    assert js.rc == 0, js
    events = {e["summary"]: e for e in js.json}
    assert set(events) == {"Conseil municipal", "Tabaski"}
    council = events["Conseil municipal"]
    assert council["start"] == "2026-04-07T09:00:00+00:00"
    assert council["start_zone"] == "Africa/Dakar"
    assert council["end"] == "2026-04-07T11:00:00+00:00"
    assert council["all_day"] is False
    tabaski = events["Tabaski"]
    assert tabaski["start"] == "2026-05-27"
    assert tabaski["start_zone"] is None
    assert tabaski["all_day"] is True
    assert tabaski["status"] == "tentative"
    assert "2026-04-07 09:00 Africa/Dakar" in text.out
    assert "2026-05-27 (all day)" in text.out
    assert "Souk" in text.out
