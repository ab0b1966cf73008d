"""Every entity of DESIGN.md section 3 survives closing and reopening a real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zoneinfo
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import StatementError

from jumelage.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    BudgetCategory,
    CallQuality,
    Channel,
    Currency,
    Direction,
    EventStatus,
    FollowUpStatus,
    MissionStatus,
    ParticipantRole,
    PartnershipStatus,
    TravelMode,
)
from jumelage.domain.errors import ChangedElsewhere, StaleEdit
from jumelage.domain.rows import DayOff
from jumelage.domain.specs import (
    ActionItemSpec,
    AgendaItemSpec,
    AttendanceSpec,
    BudgetLineSpec,
    FollowUpSpec,
    FundingSourceSpec,
    LegSpec,
    MissionSpec,
    ParticipantSpec,
    PartnershipSpec,
    PersonSpec,
    SeriesSpec,
    TownSpec,
)
from jumelage.persistence import models as m
from jumelage.persistence.database import Database, make_engine, open_database
from jumelage.persistence.types import Money, UTCDateTime
from jumelage.services import Services

FIXED_NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
CASABLANCA = zoneinfo.ZoneInfo("Africa/Casablanca")


def clock() -> dt.datetime:
    return FIXED_NOW


def fill(services: Services) -> dict[str, int]:
    """One of everything, created through the services. Returns the ids."""
    ids: dict[str, int] = {}
    ids["home"] = services.towns.create(
        TownSpec(
            "Anderlecht",
            "BE",
            "Europe/Brussels",
            subdivision="BRU",
            days_off=(DayOff(dt.date(2026, 5, 8), "Iris Day"),),
        )
    ).value.id
    ids["partner"] = services.towns.create(
        TownSpec(
            "Marsassoum",
            "SN",
            "Africa/Dakar",
            work_start=dt.time(8, 0),
            work_end=dt.time(16, 30),
        )
    ).value.id
    ids["zagora"] = services.towns.create(TownSpec("Zagora", "MA", "Africa/Casablanca")).value.id
    ids["partnership"] = services.partnerships.create(
        PartnershipSpec(
            ids["home"],
            ids["partner"],
            since=dt.date(2018, 1, 1),
            status=PartnershipStatus.ACTIVE,
            colour="#2E7D32",
            description="Local tax collection.\nSecond line.",
        )
    ).value.id
    ids["person"] = services.people.create(
        PersonSpec(
            "Aminata Diatta",
            ids["partner"],
            "Commune de Marsassoum",
            "Secretary general",
            "a.diatta@example.sn",
            "+221 33 000 00 00",
            ("fr", "wo"),
        )
    ).value.id
    ids["funding"] = services.funding.create(
        FundingSourceSpec(
            "EU grant",
            Decimal("20000.10"),
            Currency.EUR,
            dt.date(2023, 1, 1),
            dt.date(2027, 12, 31),
        )
    ).value.id
    ids["mission"] = services.missions.create(
        MissionSpec(
            partnership_id=ids["partnership"],
            title="Local tax collection: training",
            destination_town_id=ids["partner"],
            start_date=dt.date(2026, 6, 11),
            end_date=dt.date(2026, 6, 20),
            direction=Direction.OUTBOUND,
            status=MissionStatus.PLANNED,
            objectives="Train agents.",
            internal_notes="Laptops insured?",
            outcomes="",
            sdgs=(17, 16),
            shared=True,
        )
    ).value.id
    ids["participant"] = services.missions.add_participant(
        ids["mission"],
        ParticipantSpec(
            ids["person"], ParticipantRole.HEAD_OF_DELEGATION, passport=True, visa=True
        ),
    ).value.id
    ids["leg"] = services.missions.add_leg(
        ids["mission"],
        LegSpec(
            "Brussels Airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
            TravelMode.AIR,
            "SN 201",
        ),
    ).value.id
    ids["agenda"] = services.missions.add_agenda_item(
        ids["mission"],
        AgendaItemSpec(
            "Training day 1",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
            "Town hall",
            "The tax register.",
        ),
    ).value.id
    ids["budget"] = services.missions.add_budget_line(
        BudgetLineSpec(
            BudgetCategory.TRAINING,
            Decimal("1200000.35"),
            Decimal("0.10"),
            Currency.XOF,
            funding_source_id=ids["funding"],
            mission_id=ids["mission"],
            note="Room and meals",
        )
    ).value.id
    ids["followup"] = services.followups.create(
        FollowUpSpec(
            ids["partnership"],
            "Zagora-time call",
            dt.datetime(2026, 10, 1, 10, 0, tzinfo=CASABLANCA),
            45,
            Channel.TEAMS,
            "https://teams.example.org/x",
            FollowUpStatus.HELD,
            agenda="1. Budget",
            minutes="Discussed the budget.",
            quality=CallQuality.DEGRADED,
            minutes_lost=5,
            shared=False,
        )
    ).value.id
    series = services.followups.create_series(
        SeriesSpec(
            ids["partnership"],
            "Monthly",
            dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=2",
        )
    ).value
    ids["series_first"] = series[0].id
    ids["attendance"] = services.followups.set_attendance(
        ids["followup"], AttendanceSpec(ids["person"], AttendanceStatus.PRESENT, True)
    ).value.id
    ids["decision"] = services.followups.add_decision(
        ids["followup"], "Buy the solar dryer."
    ).value.id
    ids["action"] = services.actions.create(
        ActionItemSpec(
            ids["partnership"],
            "Send the quotes",
            ids["person"],
            dt.date(2026, 3, 13),
            ActionStatus.IN_PROGRESS,
            origin_followup_id=ids["followup"],
            shared=True,
        )
    ).value.id
    with services.db.transaction() as session:
        calendar = m.ExternalCalendar(
            partnership_id=ids["partnership"],
            name="Marsassoum calendar",
            source="marsassoum.ics",
            imported_at=dt.datetime(2026, 3, 19, 18, 0, tzinfo=dt.UTC),
        )
        session.add(calendar)
        session.flush()
        session.add(
            m.ExternalEvent(
                calendar_id=calendar.id,
                uid="abc@marsassoum",
                sequence=2,
                summary="Market day",
                location="Market",
                all_day=False,
                start_local=dt.datetime(2026, 4, 2, 8, 0),
                end_local=dt.datetime(2026, 4, 2, 12, 0),
                time_zone="Africa/Dakar",
                start_utc=dt.datetime(2026, 4, 2, 8, 0, tzinfo=dt.UTC),
                end_utc=dt.datetime(2026, 4, 2, 12, 0, tzinfo=dt.UTC),
                status=EventStatus.CONFIRMED,
                raw="BEGIN:VEVENT...",
            )
        )
        ids["calendar"] = calendar.id
    return ids


def snapshot(services: Services, ids: dict[str, int]) -> dict[str, object]:
    return {
        "towns": services.towns.list(),
        "partnerships": services.partnerships.list(),
        "people": services.people.list(include_erased=True),
        "funding": services.funding.list(),
        "missions": services.missions.list(),
        "mission": services.missions.get(ids["mission"]),
        "partnership_budget": services.missions.partnership_budget(ids["partnership"]),
        "followups": services.followups.list(),
        "followup": services.followups.get(ids["followup"]),
        "actions": services.actions.list(),
        "external": services.external.list(),
    }


@pytest.fixture
def filled(db_path: Path) -> tuple[Path, dict[str, int], dict[str, object]]:
    database = open_database(db_path, create=True)
    services = Services.over(database, clock=clock)
    ids = fill(services)
    before = snapshot(services, ids)
    database.close()
    return db_path, ids, before


def test_everything_reads_back_equal_after_reopening(
    filled: tuple[Path, dict[str, int], dict[str, object]],
) -> None:
    path, ids, before = filled
    with open_database(path) as database:
        after = snapshot(Services.over(database, clock=clock), ids)
    assert after == before


def test_values_read_back_are_the_ones_written(
    filled: tuple[Path, dict[str, int], dict[str, object]],
) -> None:
    path, ids, _ = filled
    with open_database(path) as database:
        s = Services.over(database, clock=clock)

        town = s.towns.get(ids["home"])
        assert (town.name, town.country, town.subdivision, town.time_zone) == (
            "Anderlecht",
            "BE",
            "BRU",
            "Europe/Brussels",
        )
        assert town.weekend == frozenset({5, 6})
        assert town.days_off == (DayOff(dt.date(2026, 5, 8), "Iris Day"),)
        partner = s.towns.get(ids["partner"])
        assert (partner.work_start, partner.work_end) == (dt.time(8, 0), dt.time(16, 30))

        partnership = s.partnerships.get(ids["partnership"])
        assert partnership.name == "Anderlecht – Marsassoum"
        assert partnership.since == dt.date(2018, 1, 1)
        assert partnership.colour == "#2e7d32"
        assert partnership.description == "Local tax collection.\nSecond line."
        assert (partnership.home_zone, partnership.partner_zone) == (
            "Europe/Brussels",
            "Africa/Dakar",
        )

        person = s.people.get(ids["person"])
        assert (person.email, person.phone, person.languages) == (
            "a.diatta@example.sn",
            "+221 33 000 00 00",
            ("fr", "wo"),
        )
        assert person.town == "Marsassoum"

        [funding] = s.funding.list()
        assert funding.amount == Decimal("20000.10")
        assert str(funding.amount) == "20000.10"
        assert (funding.period_start, funding.period_end) == (
            dt.date(2023, 1, 1),
            dt.date(2027, 12, 31),
        )

        detail = s.missions.get(ids["mission"])
        mission = detail.mission
        assert (mission.start_date, mission.end_date) == (
            dt.date(2026, 6, 11),
            dt.date(2026, 6, 20),
        )
        assert mission.sdgs == (16, 17)
        assert mission.status is MissionStatus.PLANNED
        assert mission.internal_notes == "Laptops insured?"
        assert mission.uid.endswith("@jumelage")
        assert mission.created_at.tzinfo is not None
        assert mission.created_at.utcoffset() == dt.timedelta(0)

        [participant] = detail.participants
        assert participant.person == "Aminata Diatta"
        assert participant.missing == ("vaccination", "insurance", "mission_order")

        [leg] = detail.legs
        assert leg.depart == dt.datetime(2026, 6, 11, 9, 5, tzinfo=dt.UTC)
        assert leg.arrive == dt.datetime(2026, 6, 11, 16, 20, tzinfo=dt.UTC)
        assert leg.depart.tzinfo == BRUSSELS
        assert leg.arrive.tzinfo == DAKAR
        assert leg.depart.replace(tzinfo=None) == dt.datetime(2026, 6, 11, 11, 5)

        [item] = detail.agenda
        assert item.start.replace(tzinfo=None) == dt.datetime(2026, 6, 13, 9, 0)
        assert item.end.replace(tzinfo=None) == dt.datetime(2026, 6, 13, 12, 0)
        assert item.start.tzinfo == DAKAR

        [line] = detail.budget
        assert str(line.planned) == "1200000.35"
        assert str(line.actual) == "0.10"
        assert line.currency is Currency.XOF
        assert line.funding_source == "EU grant"

        followup = s.followups.get(ids["followup"])
        f = followup.followup
        assert f.start.replace(tzinfo=None) == dt.datetime(2026, 10, 1, 10, 0)
        assert f.start.tzinfo == CASABLANCA
        assert f.start == dt.datetime(2026, 10, 1, 10, 0, tzinfo=dt.UTC)  # Morocco UTC+0 then
        assert (f.duration_min, f.channel, f.quality, f.minutes_lost, f.shared) == (
            45,
            Channel.TEAMS,
            CallQuality.DEGRADED,
            5,
            False,
        )
        assert [(a.person, a.status, a.connection_trouble) for a in followup.attendance] == [
            ("Aminata Diatta", AttendanceStatus.PRESENT, True)
        ]
        assert [d.text for d in followup.decisions] == ["Buy the solar dryer."]
        assert [a.description for a in followup.actions] == ["Send the quotes"]

        [action] = s.actions.list()
        assert (action.due_date, action.status, action.owner) == (
            dt.date(2026, 3, 13),
            ActionStatus.IN_PROGRESS,
            "Aminata Diatta",
        )

        [event] = s.external.list()
        assert event.start == dt.datetime(2026, 4, 2, 8, 0, tzinfo=DAKAR)
        assert event.start.tzinfo == DAKAR
        assert (event.uid, event.sequence, event.status) == (
            "abc@marsassoum",
            2,
            EventStatus.CONFIRMED,
        )

        with database.read() as session:
            calendar = session.get(m.ExternalCalendar, ids["calendar"])
            assert calendar is not None
            assert calendar.imported_at == dt.datetime(2026, 3, 19, 18, 0, tzinfo=dt.UTC)
            series = session.scalars(select(m.FollowUpSeries)).one()
            assert (series.rule, series.first_local, series.time_zone) == (
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=2",
                dt.datetime(2026, 1, 6, 10, 0),
                "Europe/Brussels",
            )


def test_money_is_stored_as_exact_text(
    filled: tuple[Path, dict[str, int], dict[str, object]],
) -> None:
    path, _, _ = filled
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT planned, actual FROM budget_lines").fetchall() == [
            ("1200000.35", "0.10")
        ]
        assert conn.execute("SELECT amount FROM funding_sources").fetchall() == [("20000.10",)]
    finally:
        conn.close()


# --- column types ------------------------------------------------------------------------------


def test_utc_datetime_refuses_naive_values() -> None:
    column = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        column.process_bind_param(dt.datetime(2026, 3, 20, 11, 0), sqlite_dialect.dialect())


def test_utc_datetime_stores_utc_and_returns_aware_utc(tmp_path: Path) -> None:
    metadata = MetaData()
    table = Table(
        "instants", metadata, Column("id", Integer, primary_key=True), Column("at", UTCDateTime())
    )
    engine = make_engine(tmp_path / "types.sqlite")
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(
                table.insert().values(id=1, at=dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS))
            )
            with pytest.raises(StatementError):
                conn.execute(table.insert().values(id=2, at=dt.datetime(2026, 6, 11, 11, 5)))
        with engine.connect() as conn:
            raw = conn.exec_driver_sql("SELECT at FROM instants").scalar_one()
            value = conn.execute(select(table.c.at)).scalar_one()
    finally:
        engine.dispose()
    assert raw == "2026-06-11 09:05:00.000000"
    assert value == dt.datetime(2026, 6, 11, 9, 5, tzinfo=dt.UTC)
    assert value.tzinfo is dt.UTC


def test_utc_datetime_reads_aware_text_as_utc() -> None:
    column = UTCDateTime()
    dialect = sqlite_dialect.dialect()
    assert column.process_result_value("2026-06-11 11:05:00+02:00", dialect) == dt.datetime(
        2026, 6, 11, 9, 5, tzinfo=dt.UTC
    )
    assert column.process_result_value(None, dialect) is None


def test_money_type_round_trip() -> None:
    column = Money()
    dialect = sqlite_dialect.dialect()
    assert column.process_bind_param(Decimal("0.1") + Decimal("0.2"), dialect) == "0.3"
    assert column.process_result_value("655957.00", dialect) == Decimal("655957.00")


# --- optimistic locking ------------------------------------------------------------------------


def _mission(services: Services) -> tuple[int, int, MissionSpec]:
    home = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
    partner = services.towns.create(TownSpec("Marsassoum", "SN", "Africa/Dakar")).value.id
    partnership = services.partnerships.create(PartnershipSpec(home, partner)).value.id
    spec = MissionSpec(partnership, "Training", partner, dt.date(2026, 6, 11), dt.date(2026, 6, 20))
    row = services.missions.create(spec).value
    return row.id, row.version, spec


def test_stale_edit_through_the_service(services: Services) -> None:
    mission_id, loaded_version, spec = _mission(services)
    # Two editors loaded version 1; the first saves.
    first = services.missions.update(mission_id, loaded_version, replace(spec, title="First"))
    assert first.value.version == loaded_version + 1
    with pytest.raises(StaleEdit) as caught:
        services.missions.update(mission_id, loaded_version, replace(spec, title="Second"))
    assert caught.value.expected_version == loaded_version
    assert caught.value.current_version == loaded_version + 1
    assert caught.value.key == mission_id
    assert services.missions.get(mission_id).mission.title == "First"


def test_stale_edit_at_the_session_level(db: Database, services: Services) -> None:
    """Two sessions load version 1; the first commits; the second's UPDATE ... WHERE version
    = 1 matches no row, and Database.transaction turns StaleDataError into ChangedElsewhere."""
    mission_id, _, _ = _mission(services)

    def save_second_over_first() -> None:
        with db.transaction() as second:
            stale = second.get(m.Mission, mission_id)
            assert stale is not None
            with db.transaction() as first:
                fresh = first.get(m.Mission, mission_id)
                assert fresh is not None
                fresh.title = "Saved first"
            stale.title = "Saved second"

    with pytest.raises(ChangedElsewhere):
        save_second_over_first()
    mission = services.missions.get(mission_id).mission
    assert (mission.title, mission.version) == ("Saved first", 2)
