"""Undoing a delete: the tombstone goes, SEQUENCE goes up, and nothing else comes back."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import Channel, TravelMode
from jumelage.domain.errors import NotFound
from jumelage.domain.specs import ActionItemSpec, AgendaItemSpec, FollowUpSpec, LegSpec
from jumelage.services import Services
from jumelage.services.changes import Changes, Entity
from jumelage.services.missions import MissionService

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
FIXED_NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def leg(origin: str, day: int) -> LegSpec:
    return LegSpec(
        origin,
        "Somewhere",
        dt.datetime(2026, 6, day, 8, 0, tzinfo=DAKAR),
        dt.datetime(2026, 6, day, 9, 0, tzinfo=DAKAR),
        TravelMode.ROAD,
    )


def session(title: str, day: int) -> AgendaItemSpec:
    start = dt.datetime(2026, 6, day, 9, 0, tzinfo=DAKAR)
    return AgendaItemSpec(title, start, start + dt.timedelta(hours=2))


def test_restore_a_followup(services: Services, world: World) -> None:
    row = services.followups.create(
        FollowUpSpec(
            world.partnership,
            "Call",
            dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
            60,
            Channel.ZOOM,
        )
    ).value
    services.followups.delete(row.id, row.version)
    outcome = services.followups.restore(row.id)
    assert outcome.changes == Changes.of(Entity.FOLLOWUP)
    restored = outcome.value
    assert (restored.id, restored.uid, restored.title) == (row.id, row.uid, "Call")
    assert (row.sequence, restored.sequence) == (0, 2)  # the delete raised it, then the restore
    assert restored.version > row.version
    assert services.followups.list() == [restored]
    assert services.followups.get(row.id).followup == restored
    # Restoring a live follow-up changes nothing.
    again = services.followups.restore(row.id)
    assert (again.value, again.changes) == (restored, Changes())
    with pytest.raises(NotFound):
        services.followups.restore(999)


def test_restore_an_action_item(services: Services, world: World) -> None:
    row = services.actions.create(ActionItemSpec(world.partnership, "Send the quotes")).value
    services.actions.delete(row.id, row.version)
    assert services.actions.list() == []
    outcome = services.actions.restore(row.id)
    assert outcome.changes == Changes.of(Entity.ACTION)
    assert (outcome.value.description, outcome.value.sequence) == ("Send the quotes", 2)
    assert services.actions.list() == [outcome.value]
    assert services.actions.restore(row.id).changes == Changes()
    with pytest.raises(NotFound):
        services.actions.restore(999)


def test_restore_a_mission_brings_back_what_was_deleted_with_it(
    services: Services, world: World
) -> None:
    mission = services.missions.create(world.mission_spec()).value
    kept = services.missions.add_leg(mission.id, leg("Dakar", 11)).value
    removed_before = services.missions.add_leg(mission.id, leg("Ziguinchor", 12)).value
    item = services.missions.add_agenda_item(mission.id, session("Training", 13)).value
    # The second leg was removed an hour before the mission was deleted: a separate act.
    earlier = MissionService(services.db, clock=lambda: FIXED_NOW - dt.timedelta(hours=1))
    earlier.remove_leg(removed_before.id)
    services.missions.delete(mission.id, mission.version)
    with pytest.raises(NotFound):
        services.missions.get(mission.id)

    outcome = services.missions.restore(mission.id)
    assert outcome.changes == Changes.of(Entity.MISSION)
    assert (outcome.value.id, outcome.value.sequence) == (mission.id, 2)
    assert [m.id for m in services.missions.list()] == [mission.id]
    detail = services.missions.get(mission.id)
    assert detail.mission == outcome.value
    assert [(x.id, x.sequence) for x in detail.legs] == [(kept.id, 2)]
    assert [(x.id, x.sequence) for x in detail.agenda] == [(item.id, 2)]

    # The leg removed on its own comes back on its own.
    back = services.missions.restore_leg(removed_before.id)
    assert back.changes == Changes.of(Entity.MISSION)
    assert (back.value.origin, back.value.sequence) == ("Ziguinchor", 2)
    assert [x.id for x in services.missions.get(mission.id).legs] == [kept.id, removed_before.id]
    assert services.missions.restore(mission.id).changes == Changes()


def test_restore_a_leg_or_agenda_item_of_a_deleted_mission_is_refused(
    services: Services, world: World
) -> None:
    mission = services.missions.create(world.mission_spec()).value
    first = services.missions.add_leg(mission.id, leg("Dakar", 11)).value
    item = services.missions.add_agenda_item(mission.id, session("Training", 13)).value
    services.missions.delete(mission.id, mission.version)
    with pytest.raises(NotFound) as caught:
        services.missions.restore_leg(first.id)
    assert caught.value.kind == "mission"
    with pytest.raises(NotFound):
        services.missions.restore_agenda_item(item.id)
    with pytest.raises(NotFound):
        services.missions.restore(999)


def test_restore_an_agenda_item(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    item = services.missions.add_agenda_item(mission.id, session("Training", 13)).value
    services.missions.remove_agenda_item(item.id)
    assert services.missions.get(mission.id).agenda == ()
    outcome = services.missions.restore_agenda_item(item.id)
    assert outcome.changes == Changes.of(Entity.MISSION)
    assert (outcome.value.title, outcome.value.sequence) == ("Training", 2)
    assert services.missions.get(mission.id).agenda == (outcome.value,)
    assert services.missions.restore_agenda_item(item.id).changes == Changes()
    with pytest.raises(NotFound):
        services.missions.restore_agenda_item(999)
