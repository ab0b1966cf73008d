"""Missions and their dossier through MissionService, on a real file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zoneinfo
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import (
    BudgetCategory,
    Currency,
    MissionStatus,
    ParticipantRole,
    TravelMode,
)
from jumelage.domain.errors import (
    BudgetOwnerRequired,
    DuplicateName,
    InvalidStatusTransition,
    NotFound,
    StaleEdit,
)
from jumelage.domain.specs import AgendaItemSpec, BudgetLineSpec, LegSpec, ParticipantSpec
from jumelage.services import Services
from jumelage.services.changes import Changes, Entity

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")


def test_create_mission(services: Services, world: World) -> None:
    outcome = services.missions.create(world.mission_spec())
    assert outcome.changes == Changes.of(Entity.MISSION)
    row = outcome.value
    assert (row.title, row.start_date, row.end_date) == (
        "Local tax collection: training",
        dt.date(2026, 6, 11),
        dt.date(2026, 6, 20),
    )
    assert (row.partnership, row.destination, row.destination_zone) == (
        "Anderlecht – Marsassoum",
        "Marsassoum",
        "Africa/Dakar",
    )
    assert (row.status, row.sequence, row.version, row.sdgs) == (
        MissionStatus.IDEA,
        0,
        1,
        (16, 17),
    )
    assert row.uid.endswith("@jumelage")
    assert [m.id for m in services.missions.list()] == [row.id]
    assert [m.id for m in services.missions.list(world.partnership)] == [row.id]
    assert services.missions.list(world.partnership + 1) == []


def test_uids_are_unique(services: Services, world: World) -> None:
    uids = {services.missions.create(world.mission_spec()).value.uid for _ in range(3)}
    assert len(uids) == 3


def test_internal_notes_do_not_raise_the_sequence(services: Services, world: World) -> None:
    spec = world.mission_spec()
    row = services.missions.create(spec).value
    outcome = services.missions.update(
        row.id, row.version, replace(spec, internal_notes="Insurance checked.")
    )
    assert outcome.changes == Changes.of(Entity.MISSION, Entity.ACTION)
    updated = outcome.value
    assert updated.internal_notes == "Insurance checked."
    assert updated.sequence == 0
    assert updated.version == 2
    assert updated.uid == row.uid


def test_a_shared_field_raises_the_sequence(services: Services, world: World) -> None:
    spec = world.mission_spec()
    row = services.missions.create(spec).value
    first = services.missions.update(row.id, row.version, replace(spec, title="New title")).value
    assert (first.title, first.sequence) == ("New title", 1)
    second = services.missions.update(
        first.id, first.version, replace(spec, title="New title", end_date=dt.date(2026, 6, 21))
    ).value
    assert second.sequence == 2
    unchanged = services.missions.update(
        second.id, second.version, replace(spec, title="New title", end_date=dt.date(2026, 6, 21))
    ).value
    assert (unchanged.sequence, unchanged.version) == (2, second.version)


def test_status_walks_the_workflow(services: Services, world: World) -> None:
    spec = world.mission_spec()
    row = services.missions.create(spec).value
    for status in (MissionStatus.PLANNED, MissionStatus.APPROVED, MissionStatus.CONFIRMED):
        row = services.missions.update(row.id, row.version, replace(spec, status=status)).value
        assert row.status is status
    assert row.sequence == 3


def test_invalid_status_jump_is_refused(services: Services, world: World) -> None:
    spec = world.mission_spec()
    row = services.missions.create(spec).value
    with pytest.raises(InvalidStatusTransition) as caught:
        services.missions.update(row.id, row.version, replace(spec, status=MissionStatus.CONFIRMED))
    assert caught.value.allowed == ("planned", "cancelled")
    kept = services.missions.get(row.id).mission
    assert (kept.status, kept.version) == (MissionStatus.IDEA, row.version)


def test_stale_update_is_refused(services: Services, world: World) -> None:
    spec = world.mission_spec()
    row = services.missions.create(spec).value
    services.missions.update(row.id, row.version, replace(spec, title="A"))
    with pytest.raises(StaleEdit):
        services.missions.update(row.id, row.version, replace(spec, title="B"))


def _raw_mission(services: Services, mission_id: int) -> tuple[object, ...]:
    conn = sqlite3.connect(services.db.path)
    try:
        row = conn.execute(
            "SELECT title, deleted_at, sequence FROM missions WHERE id = ?", (mission_id,)
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return tuple(row)


def test_delete_is_a_tombstone(services: Services, world: World) -> None:
    row = services.missions.create(world.mission_spec()).value
    leg = services.missions.add_leg(
        row.id,
        LegSpec(
            "Brussels Airport",
            "Dakar",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
        ),
    ).value
    outcome = services.missions.delete(row.id, row.version)
    assert outcome.changes == Changes.of(Entity.MISSION)

    title, deleted_at, sequence = _raw_mission(services, row.id)
    assert title == "Local tax collection: training"
    assert deleted_at == "2026-03-20 11:00:00.000000"  # the services' clock
    assert sequence == row.sequence + 1
    assert services.missions.list() == []
    with pytest.raises(NotFound) as caught:
        services.missions.get(row.id)
    assert (caught.value.kind, caught.value.key) == ("mission", row.id)
    with pytest.raises(NotFound):
        services.missions.update(row.id, row.version + 1, world.mission_spec())
    conn = sqlite3.connect(services.db.path)
    try:
        leg_row = conn.execute(
            "SELECT deleted_at, sequence FROM travel_legs WHERE id = ?", (leg.id,)
        ).fetchone()
    finally:
        conn.close()
    assert leg_row == ("2026-03-20 11:00:00.000000", leg.sequence + 1)


def test_record_timestamps_follow_the_services_clock(services: Services, world: World) -> None:
    row = services.missions.create(world.mission_spec()).value
    assert row.created_at == dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


# --- delegation ------------------------------------------------------------------------------


def test_participants_and_checklist(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    added = services.missions.add_participant(
        mission.id, ParticipantSpec(world.sophie, ParticipantRole.HEAD_OF_DELEGATION, passport=True)
    ).value
    assert added.missing == ("visa", "vaccination", "insurance", "mission_order")
    with pytest.raises(DuplicateName):
        services.missions.add_participant(mission.id, ParticipantSpec(world.sophie))
    updated = services.missions.update_participant(
        added.id,
        added.version,
        ParticipantSpec(
            world.sophie,
            ParticipantRole.HEAD_OF_DELEGATION,
            passport=True,
            visa=True,
            vaccination=True,
            insurance=True,
            mission_order=True,
        ),
    ).value
    assert updated.missing == ()
    assert services.missions.list()[0].participant_count == 1
    services.missions.remove_participant(added.id)
    assert services.missions.get(mission.id).participants == ()


# --- itinerary -------------------------------------------------------------------------------


def test_a_leg_keeps_both_zones(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    leg = services.missions.add_leg(
        mission.id,
        LegSpec(
            "Brussels Airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
            TravelMode.AIR,
            "SN 201",
        ),
    ).value
    # 11:05 in Brussels in June is 09:05Z; 16:20 in Dakar is 16:20Z: 7 h 15.
    assert leg.duration == dt.timedelta(hours=7, minutes=15)
    [stored] = services.missions.get(mission.id).legs
    assert stored == leg
    assert stored.depart.tzinfo == BRUSSELS
    assert stored.arrive.tzinfo == DAKAR
    assert stored.depart.replace(tzinfo=None) == dt.datetime(2026, 6, 11, 11, 5)
    assert stored.arrive.replace(tzinfo=None) == dt.datetime(2026, 6, 11, 16, 20)
    assert stored.duration == dt.timedelta(hours=7, minutes=15)


def test_legs_are_listed_by_departure_instant(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    # 08:30 in Dakar (08:30Z) leaves after 10:00 in Brussels (08:00Z) on the same day.
    later = LegSpec(
        "Dakar",
        "Ziguinchor",
        dt.datetime(2026, 6, 12, 8, 30, tzinfo=DAKAR),
        dt.datetime(2026, 6, 12, 9, 35, tzinfo=DAKAR),
    )
    earlier = LegSpec(
        "Brussels",
        "Liège",
        dt.datetime(2026, 6, 12, 10, 0, tzinfo=BRUSSELS),
        dt.datetime(2026, 6, 12, 11, 0, tzinfo=BRUSSELS),
        TravelMode.RAIL,
    )
    services.missions.add_leg(mission.id, later)
    services.missions.add_leg(mission.id, earlier)
    assert [leg.origin for leg in services.missions.get(mission.id).legs] == ["Brussels", "Dakar"]


def test_update_leg_raises_its_sequence(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    spec = LegSpec(
        "Brussels Airport",
        "Dakar",
        dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
        dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
    )
    leg = services.missions.add_leg(mission.id, spec).value
    moved = services.missions.update_leg(
        leg.id, leg.version, replace(spec, reference="SN 203")
    ).value
    assert (moved.reference, moved.sequence) == ("SN 203", 1)
    services.missions.remove_leg(leg.id)
    assert services.missions.get(mission.id).legs == ()


# --- agenda ----------------------------------------------------------------------------------


def test_agenda_item_outside_the_mission_warns(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    inside = services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Training day 1",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
        ),
    )
    assert inside.warnings == ()
    outside = services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Debriefing",
            dt.datetime(2026, 6, 22, 10, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 22, 11, 0, tzinfo=DAKAR),
        ),
    )
    assert [(w.code, w.subject) for w in outside.warnings] == [
        ("agenda_outside_mission", "Debriefing")
    ]
    assert outside.warnings[0].detail == "2026-06-22 not within 2026-06-11–2026-06-20"
    detail = services.missions.get(mission.id)
    assert detail.warnings == outside.warnings
    assert [a.title for a in detail.agenda] == ["Training day 1", "Debriefing"]


def test_agenda_dates_are_those_of_the_destination(services: Services, world: World) -> None:
    """An item on 11 June in Brussels can be on 10 June in Dakar, before the mission."""
    mission = services.missions.create(world.mission_spec()).value
    outcome = services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Briefing call",
            dt.datetime(2026, 6, 11, 1, 30, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 2, 0, tzinfo=BRUSSELS),
        ),
    )
    # 01:30 in Brussels on 11 June is 23:30Z on 10 June in Dakar: outside the mission.
    assert [w.code for w in outcome.warnings] == ["agenda_outside_mission"]
    assert outcome.value.start.tzinfo == BRUSSELS


def test_moving_the_mission_reports_agenda_warnings(services: Services, world: World) -> None:
    spec = world.mission_spec()
    mission = services.missions.create(spec).value
    services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Training day 1",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
        ),
    )
    outcome = services.missions.update(
        mission.id,
        mission.version,
        replace(spec, start_date=dt.date(2026, 6, 15), end_date=dt.date(2026, 6, 24)),
    )
    assert [(w.code, w.subject) for w in outcome.warnings] == [
        ("agenda_outside_mission", "Training day 1")
    ]


def test_overlapping_agenda_items_warn(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Training",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
        ),
    )
    outcome = services.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "Market visit",
            dt.datetime(2026, 6, 13, 11, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 13, 0, tzinfo=DAKAR),
        ),
    )
    assert [(w.code, w.subject, w.detail) for w in outcome.warnings] == [
        ("agenda_overlap", "Market visit", "Training")
    ]


# --- budget ----------------------------------------------------------------------------------


def test_budget_lines_keep_xof_exactly(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    outcome = services.missions.add_budget_line(
        BudgetLineSpec(
            BudgetCategory.TRAINING,
            Decimal("1200000"),
            Decimal("655957.35"),
            Currency.XOF,
            mission_id=mission.id,
        )
    )
    assert outcome.changes == Changes.of(Entity.MISSION, Entity.FUNDING)
    [line] = services.missions.get(mission.id).budget
    assert line.planned == Decimal("1200000.00")
    assert str(line.planned) == "1200000.00"
    assert str(line.actual) == "655957.35"
    assert line.currency is Currency.XOF
    assert (line.mission_id, line.partnership_id) == (mission.id, None)


def test_partnership_budget_lines(services: Services, world: World) -> None:
    services.missions.add_budget_line(
        BudgetLineSpec(
            BudgetCategory.PROJECT,
            Decimal(3000000),
            Decimal(1750000),
            "XOF",
            partnership_id=world.partnership,
        )
    )
    [line] = services.missions.partnership_budget(world.partnership)
    assert (str(line.planned), str(line.actual)) == ("3000000.00", "1750000.00")


def test_budget_line_needs_one_owner(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    with pytest.raises(BudgetOwnerRequired):
        services.missions.add_budget_line(BudgetLineSpec(BudgetCategory.TRAVEL, Decimal(10)))
    with pytest.raises(BudgetOwnerRequired):
        services.missions.add_budget_line(
            BudgetLineSpec(
                BudgetCategory.TRAVEL,
                Decimal(10),
                mission_id=mission.id,
                partnership_id=world.partnership,
            )
        )
    assert services.missions.get(mission.id).budget == ()


def test_budget_line_with_unknown_funding_source(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    with pytest.raises(NotFound) as caught:
        services.missions.add_budget_line(
            BudgetLineSpec(
                BudgetCategory.TRAVEL, Decimal(10), funding_source_id=42, mission_id=mission.id
            )
        )
    assert caught.value.kind == "funding source"


def test_mission_row_carries_its_budget_in_euros(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    for planned, actual, currency in [
        (Decimal(3300), Decimal(3100), Currency.EUR),
        (Decimal(1200000), Decimal(655957), Currency.XOF),
    ]:
        services.missions.add_budget_line(
            BudgetLineSpec(BudgetCategory.TRAVEL, planned, actual, currency, mission_id=mission.id)
        )
    row = services.missions.get(mission.id).mission
    # 1,200,000 XOF / 655.957 = 1829.39 EUR; 655,957 XOF = 1000.00 EUR.
    assert row.budget_planned_eur == Decimal("5129.39")
    assert row.budget_actual_eur == Decimal("4100.00")
