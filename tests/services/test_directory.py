"""Towns, partnerships and people through the services, on a real file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zoneinfo
from pathlib import Path
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


def test_a_days_off_change_alone_raises_the_version_so_a_stale_edit_is_refused(
    db_path: Path, services: Services
) -> None:
    """Two editors open on the town: the first adds a day off (nothing else changes), the
    second, loaded before, saves: refused, and the day off is still there."""
    from jumelage.domain.rows import DayOff

    spec = TownSpec("Anderlecht", "BE", "Europe/Brussels")
    town = services.towns.create(spec).value
    iris = DayOff(dt.date(2026, 5, 8), "Iris Day")
    later = dt.datetime(2026, 3, 21, 9, 30, tzinfo=dt.UTC)
    first = Services.over(services.db, clock=lambda: later)
    edited = first.towns.update(
        town.id, town.version, TownSpec("Anderlecht", "BE", "Europe/Brussels", days_off=(iris,))
    ).value
    assert edited.version == town.version + 1
    assert edited.days_off == (iris,)
    conn = sqlite3.connect(str(db_path))
    try:
        (updated_at,) = conn.execute("SELECT updated_at FROM towns WHERE id = ?", (town.id,))
    finally:
        conn.close()
    assert updated_at[0].startswith("2026-03-21 09:30")

    with pytest.raises(StaleEdit) as caught:
        services.towns.update(
            town.id, town.version, TownSpec("Anderlecht", "BE", "Europe/Brussels")
        )
    assert caught.value.current_version == edited.version
    assert services.towns.get(town.id).days_off == (iris,)

    # A rename of the day off, and its removal, count as changes too.
    renamed = services.towns.update(
        town.id,
        edited.version,
        TownSpec("Anderlecht", "BE", "Europe/Brussels", days_off=(DayOff(iris.date, "Irisfeest"),)),
    ).value
    assert renamed.version == edited.version + 1
    removed = services.towns.update(town.id, renamed.version, spec).value
    assert removed.version == renamed.version + 1
    assert removed.days_off == ()
    unchanged = services.towns.update(town.id, removed.version, spec).value
    assert unchanged.version == removed.version  # nothing changed, nothing written


# --- funding sources -------------------------------------------------------------------------


def test_funding_source_update_delete_and_duplicate_names(services: Services) -> None:
    from decimal import Decimal

    from jumelage.domain.specs import FundingSourceSpec

    eu = services.funding.create(FundingSourceSpec("EU grant", Decimal("120000"))).value
    federal = services.funding.create(
        FundingSourceSpec("Federal cooperation programme", Decimal("45000"))
    ).value
    with pytest.raises(DuplicateName) as caught:
        services.funding.update(
            federal.id, federal.version, FundingSourceSpec("EU grant", Decimal("45000"))
        )
    assert (caught.value.kind, caught.value.name) == ("funding source", "EU grant")
    assert [f.name for f in services.funding.list()] == [
        "EU grant",
        "Federal cooperation programme",
    ]

    outcome = services.funding.update(
        eu.id,
        eu.version,
        FundingSourceSpec("EU grant", Decimal("125000.50"), "EUR", dt.date(2026, 1, 1)),
    )
    assert outcome.changes == Changes.of(Entity.FUNDING, Entity.MISSION)
    assert (outcome.value.amount, outcome.value.period_start) == (
        Decimal("125000.50"),
        dt.date(2026, 1, 1),
    )
    assert outcome.value.version == eu.version + 1
    with pytest.raises(StaleEdit):  # an editor still holding the first version
        services.funding.update(eu.id, eu.version, FundingSourceSpec("EU", Decimal(1)))
    with pytest.raises(StaleEdit):
        services.funding.delete(eu.id, eu.version)
    assert services.funding.list()[0].amount == Decimal("125000.50")

    assert services.funding.delete(federal.id, federal.version).changes == Changes.of(
        Entity.FUNDING
    )
    assert [f.name for f in services.funding.list()] == ["EU grant"]
    with pytest.raises(NotFound):
        services.funding.delete(federal.id, federal.version)


def test_a_funding_source_used_by_budget_lines_cannot_be_deleted(
    services: Services, world: World
) -> None:
    from decimal import Decimal

    from jumelage.domain.enums import BudgetCategory
    from jumelage.domain.specs import BudgetLineSpec, FundingSourceSpec

    eu = services.funding.create(FundingSourceSpec("EU grant", Decimal("120000"))).value
    for planned in ("900", "250"):
        services.missions.add_budget_line(
            BudgetLineSpec(
                BudgetCategory.TRAVEL,
                Decimal(planned),
                funding_source_id=eu.id,
                partnership_id=world.partnership,
            )
        )
    with pytest.raises(StillReferenced) as caught:
        services.funding.delete(eu.id, eu.version)
    assert (caught.value.kind, caught.value.referenced_by, caught.value.count) == (
        "funding source",
        "budget lines",
        2,
    )
    assert [f.name for f in services.funding.list()] == ["EU grant"]
    lines = services.missions.partnership_budget(world.partnership)
    assert [(str(b.planned), b.funding_source_id) for b in lines] == [
        ("900.00", eu.id),
        ("250.00", eu.id),
    ]


def test_erase_scrubs_the_name_from_prefilled_agendas(services: Services, world: World) -> None:
    brussels = zoneinfo.ZoneInfo("Europe/Brussels")
    services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", world.aminata, dt.date(2025, 11, 18))
    )
    services.actions.create(ActionItemSpec(world.partnership, "Book the flights", world.sophie))
    prefilled = services.followups.create_next(
        world.partnership, dt.datetime(2026, 4, 7, 10, tzinfo=brussels)
    ).value
    assert "(Aminata Diatta; due 2025-11-18)" in prefilled.agenda

    services.people.erase(world.aminata)

    assert services.followups.get(prefilled.id).followup.agenda == (
        "Open action items\n"
        "- Send the quotes ((erased); due 2025-11-18)\n"
        "- Book the flights (Sophie Vandermeulen)"
    )
