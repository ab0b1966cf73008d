"""Towns, partnerships and people through the services, on a real file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import ActionStatus, ParticipantRole
from jumelage.domain.errors import (
    AmbiguousName,
    DuplicateName,
    NotFound,
    StaleEdit,
    StillReferenced,
    UnknownName,
)
from jumelage.domain.specs import (
    ActionItemSpec,
    ParticipantSpec,
    PartnershipSpec,
    PersonSpec,
    TownSpec,
)
from jumelage.services import Services
from jumelage.services.changes import Changes, Entity

if TYPE_CHECKING:
    from tests.services.conftest import World

# --- towns -----------------------------------------------------------------------------------


def test_town_create_and_get(services: Services) -> None:
    outcome = services.towns.create(
        TownSpec("Marsassoum", "sn", "Africa/Dakar", work_start=dt.time(8), work_end=dt.time(16))
    )
    assert outcome.changes == Changes.of(Entity.TOWN)
    town = services.towns.get(outcome.value.id)
    assert town == outcome.value
    assert (town.name, town.country, town.time_zone) == ("Marsassoum", "SN", "Africa/Dakar")
    assert (town.work_start, town.work_end) == (dt.time(8), dt.time(16))
    assert town.weekend == frozenset({5, 6})
    assert town.version == 1


def test_a_palestinian_town_rests_on_friday_and_saturday(services: Services) -> None:
    town = services.towns.create(TownSpec("Village near Nablus", "PS", "Asia/Hebron")).value
    assert town.weekend == frozenset({4, 5})
    assert services.towns.get(town.id).weekend == frozenset({4, 5})


@pytest.mark.parametrize("clash", ["Sedhiou", "SÉDHIOU", "  sédhiou ", "Se\u0301dhiou"])
def test_duplicate_town_names_are_refused_ignoring_case_and_accents(
    services: Services, clash: str
) -> None:
    services.towns.create(TownSpec("Sédhiou", "SN", "Africa/Dakar"))
    with pytest.raises(DuplicateName) as caught:
        services.towns.create(TownSpec(clash, "SN", "Africa/Dakar"))
    assert caught.value.kind == "town"
    assert [t.name for t in services.towns.list()] == ["Sédhiou"]


def test_town_update_checks_the_version(services: Services) -> None:
    town = services.towns.create(TownSpec("Zagora", "MA", "Africa/Casablanca")).value
    updated = services.towns.update(
        town.id, town.version, TownSpec("Zagora", "MA", "Africa/Casablanca", weekend=frozenset({4}))
    ).value
    assert updated.weekend == frozenset({4})
    assert updated.version == town.version + 1
    with pytest.raises(StaleEdit):
        services.towns.update(town.id, town.version, TownSpec("Zagora", "MA", "Africa/Casablanca"))


def test_town_in_a_partnership_cannot_be_deleted(services: Services, world: World) -> None:
    town = services.towns.get(world.marsassoum)
    with pytest.raises(StillReferenced) as caught:
        services.towns.delete(town.id, town.version)
    assert (caught.value.referenced_by, caught.value.count) == ("partnerships", 1)


def test_unknown_town_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound) as caught:
        services.towns.get(999)
    assert (caught.value.kind, caught.value.key) == ("town", 999)


# --- partnerships ----------------------------------------------------------------------------


def test_partnership_default_name(services: Services, world: World) -> None:
    row = services.partnerships.get(world.partnership)
    assert row.name == "Anderlecht – Marsassoum"
    assert (row.home_town, row.partner_town) == ("Anderlecht", "Marsassoum")
    assert (row.home_zone, row.partner_zone) == ("Europe/Brussels", "Africa/Dakar")


@pytest.mark.parametrize(
    "query", ["marsassoum", "MARSASSOUM", "Marsassoum", "anderlecht – marsassoum", "marsas"]
)
def test_find_partnership_by_partner_town(services: Services, world: World, query: str) -> None:
    assert services.partnerships.find(query).id == world.partnership


def _second_partnership(services: Services, world: World) -> int:
    zagora = services.towns.create(TownSpec("Zagora", "MA", "Africa/Casablanca")).value.id
    return services.partnerships.create(PartnershipSpec(world.anderlecht, zagora)).value.id


def test_find_ambiguous_lists_the_candidates(services: Services, world: World) -> None:
    _second_partnership(services, world)
    with pytest.raises(AmbiguousName) as caught:
        services.partnerships.find("anderlecht")
    assert caught.value.candidates == ("Anderlecht – Marsassoum", "Anderlecht – Zagora")
    assert caught.value.query == "anderlecht"


def test_find_unknown_lists_the_known_names(services: Services, world: World) -> None:
    _second_partnership(services, world)
    with pytest.raises(UnknownName) as caught:
        services.partnerships.find("Hebron")
    assert caught.value.candidates == ("Anderlecht – Marsassoum", "Anderlecht – Zagora")
    assert "Anderlecht – Zagora" in str(caught.value)


def test_partnership_with_missions_cannot_be_deleted(services: Services, world: World) -> None:
    services.missions.create(world.mission_spec())
    services.missions.create(world.mission_spec(title="Second"))
    row = services.partnerships.get(world.partnership)
    with pytest.raises(StillReferenced) as caught:
        services.partnerships.delete(row.id, row.version)
    assert (caught.value.kind, caught.value.referenced_by, caught.value.count) == (
        "partnership",
        "missions",
        2,
    )
    assert services.partnerships.get(world.partnership).name == "Anderlecht – Marsassoum"


def test_partnership_without_records_can_be_deleted(services: Services, world: World) -> None:
    second = services.partnerships.get(_second_partnership(services, world))
    outcome = services.partnerships.delete(second.id, second.version)
    assert outcome.changes == Changes.of(Entity.PARTNERSHIP)
    assert [p.name for p in services.partnerships.list()] == ["Anderlecht – Marsassoum"]


def test_duplicate_partnership_name_is_refused(services: Services, world: World) -> None:
    with pytest.raises(DuplicateName):
        services.partnerships.create(PartnershipSpec(world.anderlecht, world.marsassoum))


# --- people ----------------------------------------------------------------------------------


def test_person_create(services: Services, world: World) -> None:
    person = services.people.get(world.sophie)
    assert (person.name, person.town, person.email, person.phone, person.languages) == (
        "Sophie Vandermeulen",
        "Anderlecht",
        "s.vandermeulen@example.org",
        "+32 2 000 00 00",
        ("fr", "nl"),
    )
    assert person.erased is False


def test_erase_removes_personal_data_and_keeps_the_records(
    services: Services, world: World
) -> None:
    mission = services.missions.create(world.mission_spec()).value
    services.missions.add_participant(
        mission.id, ParticipantSpec(world.sophie, ParticipantRole.HEAD_OF_DELEGATION, passport=True)
    )
    services.actions.create(
        ActionItemSpec(world.partnership, "Book the flights", world.sophie, dt.date(2026, 5, 1))
    )

    outcome = services.people.erase(world.sophie)

    assert outcome.changes == Changes.of(
        Entity.PERSON, Entity.MISSION, Entity.FOLLOWUP, Entity.ACTION
    )
    erased = services.people.get(world.sophie)
    assert erased.erased is True
    assert (erased.name, erased.organisation, erased.role, erased.email, erased.phone) == (
        "(erased)",
        "",
        "",
        "",
        "",
    )
    assert (erased.languages, erased.town_id, erased.town) == ((), None, None)

    [participant] = services.missions.get(mission.id).participants
    assert (participant.person_id, participant.person) == (world.sophie, "(erased)")
    assert participant.role is ParticipantRole.HEAD_OF_DELEGATION
    assert participant.passport is True
    [action] = services.actions.list()
    assert (action.owner_person_id, action.owner) == (world.sophie, "(erased)")
    assert action.status is ActionStatus.OPEN

    assert [p.name for p in services.people.list()] == ["Aminata Diatta"]
    assert len(services.people.list(include_erased=True)) == 2


def test_erase_leaves_no_trace_in_the_file(services: Services, world: World) -> None:
    services.people.erase(world.sophie)
    services.db.close()
    conn = sqlite3.connect(services.db.path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = conn.execute(
            "SELECT name, organisation, role, email, phone, languages, town_id FROM people "
            "WHERE id = ?",
            (world.sophie,),
        ).fetchall()
    finally:
        conn.close()
    assert rows == [("(erased)", "", "", "", "", "", None)]


def test_person_update_is_checked(services: Services, world: World) -> None:
    person = services.people.get(world.aminata)
    spec = PersonSpec("Aminata Diatta", world.marsassoum, role="Secretary general")
    updated = services.people.update(person.id, person.version, spec).value
    assert updated.role == "Secretary general"
    with pytest.raises(StaleEdit):
        services.people.update(person.id, person.version, spec)
    with pytest.raises(NotFound):
        services.people.update(person.id, updated.version, PersonSpec("A", town_id=999))


def test_partnership_names_clash_ignoring_case(services: Services, world: World) -> None:
    zagora = services.towns.create(TownSpec("Zagora", "MA", "Africa/Casablanca")).value.id
    with pytest.raises(DuplicateName):
        services.partnerships.create(
            PartnershipSpec(world.anderlecht, zagora, name="ANDERLECHT – MARSASSOUM")
        )


def test_days_off_can_be_edited_keeping_some(services: Services) -> None:
    """Saving a town whose list of days off keeps one, renames one and drops one."""
    import datetime as dt

    from jumelage.domain.rows import DayOff

    spec = TownSpec(
        "Brussels office",
        "BE",
        "Europe/Brussels",
        days_off=(
            DayOff(dt.date(2026, 5, 8), "Iris Day"),
            DayOff(dt.date(2026, 11, 15), "King's Feast"),
            DayOff(dt.date(2026, 12, 26), "Boxing Day"),
        ),
    )
    town = services.towns.create(spec).value
    edited = services.towns.update(
        town.id,
        town.version,
        TownSpec(
            "Brussels office",
            "BE",
            "Europe/Brussels",
            days_off=(
                DayOff(dt.date(2026, 5, 8), "Iris Day"),
                DayOff(dt.date(2026, 11, 15), "Fête du Roi"),
                DayOff(dt.date(2026, 7, 21), "National Day"),
            ),
        ),
    ).value
    assert [(d.date.isoformat(), d.name) for d in edited.days_off] == [
        ("2026-05-08", "Iris Day"),
        ("2026-07-21", "National Day"),
        ("2026-11-15", "Fête du Roi"),
    ]
    again = services.towns.get(town.id)
    assert again.days_off == edited.days_off
