"""Removing a child row (a delegation member, an agenda item, a decision) that someone changed
since the editor showed it is refused, like a stale edit; nothing is removed."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import Channel
from jumelage.domain.errors import StaleEdit
from jumelage.domain.specs import AgendaItemSpec, FollowUpSpec, ParticipantSpec
from jumelage.services import Services

if TYPE_CHECKING:
    from tests.services.conftest import World

DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def test_a_stale_participant_removal_is_refused(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    shown = services.missions.add_participant(mission.id, ParticipantSpec(world.sophie)).value
    # Someone else ticks the passport in the meantime.
    elsewhere = services.missions.update_participant(
        shown.id, shown.version, ParticipantSpec(world.sophie, passport=True)
    ).value
    with pytest.raises(StaleEdit) as caught:
        services.missions.remove_participant(shown.id, shown.version)
    assert (caught.value.kind, caught.value.expected_version) == ("participant", shown.version)
    assert caught.value.current_version == elsewhere.version
    assert [p.id for p in services.missions.get(mission.id).participants] == [shown.id]
    services.missions.remove_participant(shown.id, elsewhere.version)
    assert services.missions.get(mission.id).participants == ()


def test_a_stale_agenda_item_removal_is_refused(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    spec = AgendaItemSpec(
        "Meeting with the mayor",
        dt.datetime(2026, 6, 12, 9, 0, tzinfo=DAKAR),
        dt.datetime(2026, 6, 12, 10, 30, tzinfo=DAKAR),
    )
    shown = services.missions.add_agenda_item(mission.id, spec).value
    moved = AgendaItemSpec(spec.title, spec.start, dt.datetime(2026, 6, 12, 11, 0, tzinfo=DAKAR))
    elsewhere = services.missions.update_agenda_item(shown.id, shown.version, moved).value
    with pytest.raises(StaleEdit):
        services.missions.remove_agenda_item(shown.id, shown.version)
    assert [a.id for a in services.missions.get(mission.id).agenda] == [shown.id]
    services.missions.remove_agenda_item(shown.id, elsewhere.version)
    assert services.missions.get(mission.id).agenda == ()


def test_a_stale_decision_removal_is_refused(services: Services, world: World) -> None:
    followup = services.followups.create(
        FollowUpSpec(
            world.partnership,
            "Follow-up call",
            dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
            60,
            Channel.ZOOM,
        )
    ).value
    shown = services.followups.add_decision(followup.id, "Choose the solar dryer.").value
    services.followups.update_decision(shown.id, shown.version, "Choose the cheaper dryer.")
    with pytest.raises(StaleEdit):
        services.followups.remove_decision(shown.id, shown.version)
    assert [d.text for d in services.followups.get(followup.id).decisions] == [
        "Choose the cheaper dryer."
    ]
    services.followups.remove_decision(shown.id)  # no version: as before, no check
    assert services.followups.get(followup.id).decisions == ()
