"""Mission checks through MissionCheckService, on a real file, each rule built from scratch.

"Today" is Friday 20 March 2026 (FIXED_NOW, 11:00 UTC: the same date in Brussels and Dakar).
Dakar is on UTC all year; Brussels is on UTC+2 from 29 March 2026 (summer time).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event

from jumelage.domain.checks import MissionProblem, ProblemKind
from jumelage.domain.enums import Direction, MissionStatus, ParticipantRole
from jumelage.domain.errors import NotFound
from jumelage.domain.rows import DayOff
from jumelage.domain.specs import AgendaItemSpec, LegSpec, ParticipantSpec, TownSpec
from jumelage.services import Services

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
D = dt.date

COMPLETE = {
    "passport": True,
    "visa": True,
    "vaccination": True,
    "insurance": True,
    "mission_order": True,
}


def mission(
    services: Services,
    world: World,
    title: str,
    first: dt.date,
    last: dt.date,
    *,
    to: int | None = None,
    status: MissionStatus = MissionStatus.PLANNED,
) -> int:
    town = world.marsassoum if to is None else to
    direction = Direction.INBOUND if town == world.anderlecht else Direction.OUTBOUND
    spec = world.mission_spec(
        title=title,
        start_date=first,
        end_date=last,
        destination_town_id=town,
        direction=direction,
        status=status,
    )
    return services.missions.create(spec).value.id


def join(services: Services, mission_id: int, person_id: int, **checklist: bool) -> None:
    services.missions.add_participant(
        mission_id, ParticipantSpec(person_id, ParticipantRole.OFFICER, **(checklist or COMPLETE))
    )


def at(day: dt.date, hour: int, minute: int, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), zone)


# --- double booking -------------------------------------------------------------------------


def test_a_participant_on_two_overlapping_missions_is_reported_on_both(
    services: Services, world: World
) -> None:
    field = mission(services, world, "Field mission", D(2026, 6, 8), D(2026, 6, 12))
    council = mission(
        services, world, "Council visit", D(2026, 6, 11), D(2026, 6, 14), to=world.anderlecht
    )
    join(services, field, world.sophie)
    join(services, field, world.aminata)
    join(services, council, world.sophie)

    assert services.checks.for_mission(field) == [
        MissionProblem(
            ProblemKind.DOUBLE_BOOKED,
            field,
            day=D(2026, 6, 11),
            person="Sophie Vandermeulen",
            other="Council visit",
            mission_title="Field mission",
        )
    ]
    assert services.checks.for_mission(council) == [
        MissionProblem(
            ProblemKind.DOUBLE_BOOKED,
            council,
            day=D(2026, 6, 11),
            person="Sophie Vandermeulen",
            other="Field mission",
            mission_title="Council visit",
        )
    ]


def test_missions_one_after_the_other_do_not_clash(services: Services, world: World) -> None:
    field = mission(services, world, "Field mission", D(2026, 6, 8), D(2026, 6, 12))
    later = mission(services, world, "Later", D(2026, 6, 13), D(2026, 6, 16))
    join(services, field, world.sophie)
    join(services, later, world.sophie)
    assert services.checks.for_missions() == {field: [], later: []}


def test_journeys_that_overlap_in_time_clash_although_the_dates_do_not(
    services: Services, world: World
) -> None:
    """The night flight home from the first mission leaves Dakar at 23:55 on 12 June (23:55
    UTC) and lands in Brussels at 06:50 on 13 June (04:50 UTC); the second mission's flight
    leaves Brussels at 06:00 on 13 June (04:00 UTC): Sophie would be on both planes. A 10:00
    departure (08:00 UTC) would not clash."""
    field = mission(services, world, "Field mission", D(2026, 6, 8), D(2026, 6, 12))
    again = mission(services, world, "Back again", D(2026, 6, 13), D(2026, 6, 16))
    join(services, field, world.sophie)
    join(services, again, world.sophie)
    services.missions.add_leg(
        field,
        LegSpec(
            "Dakar",
            "Brussels",
            at(D(2026, 6, 12), 23, 55, DAKAR),
            at(D(2026, 6, 13), 6, 50, BRUSSELS),
        ),
    )
    leg = services.missions.add_leg(
        again,
        LegSpec(
            "Brussels",
            "Dakar",
            at(D(2026, 6, 13), 6, 0, BRUSSELS),
            at(D(2026, 6, 13), 9, 15, DAKAR),
        ),
    ).value
    found = services.checks.for_missions()
    assert [(p.kind, p.day, p.person, p.other) for p in found[again]] == [
        (ProblemKind.DOUBLE_BOOKED, D(2026, 6, 13), "Sophie Vandermeulen", "Field mission")
    ]
    assert [(p.kind, p.day, p.other) for p in found[field]] == [
        (ProblemKind.DOUBLE_BOOKED, D(2026, 6, 13), "Back again")
    ]

    services.missions.update_leg(
        leg.id,
        leg.version,
        LegSpec(
            "Brussels",
            "Dakar",
            at(D(2026, 6, 13), 10, 0, BRUSSELS),
            at(D(2026, 6, 13), 13, 15, DAKAR),
        ),
    )
    assert services.checks.for_missions() == {field: [], again: []}


def test_a_cancelled_or_deleted_mission_is_ignored(services: Services, world: World) -> None:
    field = mission(services, world, "Field mission", D(2026, 6, 8), D(2026, 6, 12))
    cancelled = mission(
        services,
        world,
        "Cancelled visit",
        D(2026, 6, 10),
        D(2026, 6, 11),
        to=world.anderlecht,
        status=MissionStatus.CANCELLED,
    )
    deleted = mission(services, world, "Deleted", D(2026, 6, 9), D(2026, 6, 9))
    for key in (field, cancelled, deleted):
        join(services, key, world.sophie)
    services.missions.delete(deleted, services.missions.get(deleted).mission.version)

    assert services.checks.for_mission(field) == []
    assert services.checks.for_mission(cancelled) == []
    assert services.checks.for_missions() == {field: []}
    with pytest.raises(NotFound):
        services.checks.for_mission(deleted)


# --- holidays -------------------------------------------------------------------------------


def test_public_holiday_and_custom_day_off_in_brussels(services: Services, world: World) -> None:
    """The holidays package knows no Brussels-Capital subdivision: 8 May (Iris Day) is the
    town's own day off; 14 May 2026 is Ascension Day in all of Belgium."""
    town = services.towns.get(world.anderlecht)
    services.towns.update(
        town.id,
        town.version,
        TownSpec(
            "Anderlecht",
            "BE",
            "Europe/Brussels",
            subdivision="BRU",
            days_off=(DayOff(D(2026, 5, 8), "Iris Day"),),
        ),
    )
    visit = mission(services, world, "Visit", D(2026, 5, 7), D(2026, 5, 14), to=world.anderlecht)
    assert services.checks.for_mission(visit) == [
        MissionProblem(
            ProblemKind.HOLIDAY, visit, day=D(2026, 5, 8), other="Iris Day", mission_title="Visit"
        ),
        MissionProblem(
            ProblemKind.HOLIDAY,
            visit,
            day=D(2026, 5, 14),
            other="Ascension Day",
            mission_title="Visit",
        ),
    ]


def test_tabaski_in_senegal(services: Services, world: World) -> None:
    """Eid al-Adha (Tabaski) 2026 falls on 27 May in Senegal by the holidays package, which
    marks the lunar date as estimated; 25 May is Whit Monday."""
    field = mission(services, world, "Field mission", D(2026, 5, 25), D(2026, 5, 29))
    found = services.checks.for_mission(field)
    assert [(p.kind, p.day, p.other) for p in found] == [
        (ProblemKind.HOLIDAY, D(2026, 5, 25), "Pentecost Monday"),
        (ProblemKind.HOLIDAY, D(2026, 5, 27), "Eid al-Adha (estimated)"),
    ]


# --- agenda ---------------------------------------------------------------------------------


def test_agenda_items_outside_the_mission_dates(services: Services, world: World) -> None:
    """On Dakar's clocks (UTC). The Brussels-planned call at 00:30–01:30 on 13 June (UTC+2) is
    22:30–23:30 on 12 June in Dakar: inside. The dinner until midnight ends on the 12th."""
    field = mission(services, world, "Field mission", D(2026, 6, 8), D(2026, 6, 12))
    for title, start, end in [
        ("Arrival briefing", at(D(2026, 6, 7), 18, 0, DAKAR), at(D(2026, 6, 7), 19, 0, DAKAR)),
        ("Training", at(D(2026, 6, 9), 9, 0, DAKAR), at(D(2026, 6, 9), 12, 0, DAKAR)),
        ("Farewell dinner", at(D(2026, 6, 12), 20, 0, DAKAR), at(D(2026, 6, 13), 0, 0, DAKAR)),
        ("Call home", at(D(2026, 6, 13), 0, 30, BRUSSELS), at(D(2026, 6, 13), 1, 30, BRUSSELS)),
        ("Debriefing", at(D(2026, 6, 13), 10, 0, DAKAR), at(D(2026, 6, 13), 12, 0, DAKAR)),
    ]:
        services.missions.add_agenda_item(field, AgendaItemSpec(title, start, end))
    assert services.checks.for_mission(field) == [
        MissionProblem(
            ProblemKind.AGENDA_OUTSIDE,
            field,
            day=D(2026, 6, 7),
            other="Arrival briefing",
            mission_title="Field mission",
        ),
        MissionProblem(
            ProblemKind.AGENDA_OUTSIDE,
            field,
            day=D(2026, 6, 13),
            other="Debriefing",
            mission_title="Field mission",
        ),
    ]
    # The same rule as the warnings the editor shows after a save.
    warnings = services.missions.get(field).warnings
    assert {w.subject for w in warnings if w.code == "agenda_outside_mission"} == {
        "Arrival briefing",
        "Debriefing",
    }


# --- checklist ------------------------------------------------------------------------------


def test_incomplete_checklist_twenty_days_before_departure(
    services: Services, world: World
) -> None:
    soon = mission(services, world, "Soon", D(2026, 4, 9), D(2026, 4, 12))  # in 20 days
    join(services, soon, world.sophie, passport=True)
    join(services, soon, world.aminata)  # complete
    assert services.checks.for_mission(soon) == [
        MissionProblem(
            ProblemKind.CHECKLIST,
            soon,
            day=D(2026, 4, 9),
            person="Sophie Vandermeulen",
            other="visa, vaccination, insurance, mission_order",
            days_left=20,
            mission_title="Soon",
        )
    ]


@pytest.mark.parametrize(
    ("first", "reported"),
    [
        (D(2026, 4, 18), True),  # 29 days
        (D(2026, 4, 19), False),  # 30 days
        (D(2026, 4, 29), False),  # 40 days
        (D(2026, 3, 21), True),  # tomorrow
        (D(2026, 3, 20), False),  # started today
        (D(2026, 3, 16), False),  # under way
    ],
)
def test_checklist_window(services: Services, world: World, first: dt.date, reported: bool) -> None:
    key = mission(services, world, "Trip", first, first, to=world.anderlecht)
    join(services, key, world.sophie, passport=True, visa=True)
    found = services.checks.for_mission(key)
    assert [p.kind for p in found] == ([ProblemKind.CHECKLIST] if reported else [])


# --- ranges, overview, and the number of queries ------------------------------------------


def test_for_missions_covers_the_missions_touching_the_range(
    services: Services, world: World
) -> None:
    june = mission(services, world, "June", D(2026, 6, 8), D(2026, 6, 12))
    july = mission(services, world, "July", D(2026, 7, 6), D(2026, 7, 10))
    overlapping = mission(services, world, "Long", D(2026, 6, 1), D(2026, 8, 31))
    join(services, june, world.sophie)
    join(services, overlapping, world.sophie)
    found = services.checks.for_missions(D(2026, 6, 13), D(2026, 7, 31))
    assert set(found) == {july, overlapping}
    # The clash with the June mission (outside the range) is still reported on the long one.
    assert [(p.kind, p.other) for p in found[overlapping] if p.kind == "double_booked"] == [
        (ProblemKind.DOUBLE_BOOKED, "June")
    ]
    assert set(services.checks.for_missions(last=D(2026, 6, 5))) == {overlapping}


def test_upcoming_groups_by_partnership_and_skips_finished_missions(
    services: Services, world: World
) -> None:
    mission(services, world, "Past", D(2026, 1, 1), D(2026, 1, 2))  # New Year's Day
    soon = mission(services, world, "Soon", D(2026, 5, 1), D(2026, 5, 2))  # Labour Day
    assert services.checks.upcoming() == {
        world.partnership: [
            MissionProblem(
                ProblemKind.HOLIDAY,
                soon,
                day=D(2026, 5, 1),
                other="Labor Day",
                mission_title="Soon",
            )
        ]
    }


@contextmanager
def counting(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)


def test_the_number_of_queries_does_not_grow_with_the_missions(
    services: Services, world: World
) -> None:
    def build(count: int) -> None:
        for index in range(count):
            first = D(2026, 6, 1) + dt.timedelta(days=index * 3)
            key = mission(services, world, f"M{index}", first, first + dt.timedelta(days=4))
            join(services, key, world.sophie, passport=True)
            services.missions.add_agenda_item(
                key,
                AgendaItemSpec(
                    "Meeting",
                    at(first, 9, 0, DAKAR),
                    at(first, 10, 0, DAKAR),
                ),
            )

    build(3)
    with counting(services) as few:
        services.checks.for_missions()
    build(30)
    with counting(services) as many:
        found = services.checks.for_missions()
    assert len(found) == 33
    assert len(many) == len(few)


# --- the demo -------------------------------------------------------------------------------


def test_the_demo_has_one_problem_labour_day_in_marsassoum(demo: Services) -> None:
    """The upcoming training in Marsassoum (27 April – 6 May 2026) spans 1 May; its checklist
    gaps do not count yet (departure in 38 days)."""
    training = next(
        m for m in demo.missions.list() if m.title == "Local tax collection: training and IT tools"
    )
    found = {key: problems for key, problems in demo.checks.for_missions().items() if problems}
    assert found == {
        training.id: [
            MissionProblem(
                ProblemKind.HOLIDAY,
                training.id,
                day=D(2026, 5, 1),
                other="Labor Day",
                mission_title=training.title,
            )
        ]
    }
    assert demo.checks.upcoming() == {training.partnership_id: found[training.id]}
