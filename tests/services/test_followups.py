"""Follow-ups, series, attendance, decisions and action items through the services."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import ActionStatus, AttendanceStatus, Channel, FollowUpStatus
from jumelage.domain.errors import MissingValue, NaiveDateTime, NotFound, StaleEdit, ValidationError
from jumelage.domain.specs import ActionItemSpec, AttendanceSpec, FollowUpSpec, SeriesSpec
from jumelage.services import Services
from jumelage.services.changes import Changes, Entity

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
TODAY = dt.date(2026, 3, 20)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def call(world: World, **changes: object) -> FollowUpSpec:
    values: dict[str, object] = {
        "partnership_id": world.partnership,
        "title": "Follow-up call",
        "start": dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
        "duration_min": 60,
        "channel": Channel.ZOOM,
        "join_link": "https://meet.example.org/x",
    }
    values.update(changes)
    return FollowUpSpec(**values)  # type: ignore[arg-type]


# --- single follow-ups -------------------------------------------------------------------------


def test_create_followup_in_brussels(services: Services, world: World) -> None:
    outcome = services.followups.create(call(world))
    assert outcome.changes == Changes.of(Entity.FOLLOWUP)
    row = outcome.value
    assert row.start.tzinfo == BRUSSELS
    assert row.start.replace(tzinfo=None) == dt.datetime(2026, 4, 7, 10, 0)
    assert row.start == utc(2026, 4, 7, 8, 0)
    assert row.end.replace(tzinfo=None) == dt.datetime(2026, 4, 7, 11, 0)
    assert (row.partnership, row.partner_zone) == ("Anderlecht – Marsassoum", "Africa/Dakar")
    assert (row.status, row.sequence, row.series_id) == (FollowUpStatus.PLANNED, 0, None)
    assert services.followups.get(row.id).followup == row


def test_followup_end_across_the_change_to_summer_time(services: Services, world: World) -> None:
    # 01:30 CET is 00:30Z; an hour later is 01:30Z, which is 03:30 CEST.
    row = services.followups.create(
        call(world, start=dt.datetime(2026, 3, 29, 1, 30, tzinfo=BRUSSELS))
    ).value
    assert row.end.replace(tzinfo=None) == dt.datetime(2026, 3, 29, 3, 30)


def test_naive_start_is_refused(services: Services, world: World) -> None:
    with pytest.raises(NaiveDateTime):
        services.followups.create(call(world, start=dt.datetime(2026, 4, 7, 10, 0)))
    assert services.followups.list() == []


def test_update_followup_sequence_only_for_shared_fields(services: Services, world: World) -> None:
    spec = call(world)
    row = services.followups.create(spec).value
    minutes = services.followups.update(
        row.id, row.version, replace(spec, minutes="Budget discussed.", status=FollowUpStatus.HELD)
    ).value
    assert (minutes.minutes, minutes.sequence) == ("Budget discussed.", 1)  # status is shared
    notes = services.followups.update(
        minutes.id,
        minutes.version,
        replace(spec, minutes="Budget discussed at length.", status=FollowUpStatus.HELD),
    ).value
    assert notes.sequence == 1
    moved = services.followups.update(
        notes.id,
        notes.version,
        replace(
            spec,
            start=dt.datetime(2026, 4, 7, 11, 0, tzinfo=BRUSSELS),
            minutes="Budget discussed at length.",
            status=FollowUpStatus.HELD,
        ),
    ).value
    assert moved.sequence == 2
    assert moved.start == utc(2026, 4, 7, 9, 0)
    with pytest.raises(StaleEdit):
        services.followups.update(row.id, row.version, spec)


def test_delete_followup_is_a_tombstone(services: Services, world: World) -> None:
    row = services.followups.create(call(world)).value
    services.followups.delete(row.id, row.version)
    assert services.followups.list() == []
    with pytest.raises(NotFound):
        services.followups.get(row.id)


# --- series --------------------------------------------------------------------------------------


def test_monthly_series_on_the_first_tuesday_keeps_brussels_wall_time(
    services: Services, world: World
) -> None:
    outcome = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Monthly follow-up",
            dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=6",
        )
    )
    assert outcome.changes == Changes.of(Entity.FOLLOWUP)
    rows = outcome.value
    assert [r.start.date() for r in rows] == [
        dt.date(2026, 1, 6),
        dt.date(2026, 2, 3),
        dt.date(2026, 3, 3),
        dt.date(2026, 4, 7),
        dt.date(2026, 5, 5),
        dt.date(2026, 6, 2),
    ]
    assert {r.start.time() for r in rows} == {dt.time(10, 0)}
    assert {r.start.tzinfo for r in rows} == {BRUSSELS}
    assert [r.start.astimezone(dt.UTC) for r in rows] == [
        utc(2026, 1, 6, 9, 0),
        utc(2026, 2, 3, 9, 0),
        utc(2026, 3, 3, 9, 0),
        utc(2026, 4, 7, 8, 0),
        utc(2026, 5, 5, 8, 0),
        utc(2026, 6, 2, 8, 0),
    ]
    # Seen from Marsassoum the call moves from 09:00 to 08:00.
    assert [r.start.astimezone(DAKAR).hour for r in rows] == [9, 9, 9, 8, 8, 8]
    assert len({r.series_id for r in rows}) == 1
    assert rows[0].series_id is not None
    assert len({r.uid for r in rows}) == 6
    assert [r.id for r in services.followups.list(world.partnership)] == [r.id for r in rows]


def test_series_occurrence_in_the_skipped_hour_moves_an_hour_later(
    services: Services, world: World
) -> None:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Sunday night check",
            dt.datetime(2026, 3, 22, 2, 30, tzinfo=BRUSSELS),
            "FREQ=WEEKLY;COUNT=2",
        )
    ).value
    assert [r.start.replace(tzinfo=None) for r in rows] == [
        dt.datetime(2026, 3, 22, 2, 30),
        dt.datetime(2026, 3, 29, 3, 30),
    ]
    assert [r.start.astimezone(dt.UTC) for r in rows] == [
        utc(2026, 3, 22, 1, 30),
        utc(2026, 3, 29, 1, 30),
    ]


def test_series_until_argument_bounds_an_endless_rule(services: Services, world: World) -> None:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Weekly",
            dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
            "FREQ=WEEKLY",
        ),
        until=dt.datetime(2026, 1, 27, 9, 0, tzinfo=dt.UTC),
    ).value
    # 27 January at 10:00 in Brussels is 09:00Z: included.
    assert [r.start.date() for r in rows] == [
        dt.date(2026, 1, 6),
        dt.date(2026, 1, 13),
        dt.date(2026, 1, 20),
        dt.date(2026, 1, 27),
    ]


def test_endless_series_stops_at_the_horizon(services: Services, world: World) -> None:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Monthly",
            dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
            "FREQ=MONTHLY",
        )
    ).value
    # Two years of 366 days from 6 January 2026 end on 8 January 2028: 25 monthly dates.
    assert len(rows) == 25
    assert rows[-1].start.date() == dt.date(2028, 1, 6)


def test_bad_series_rule_is_refused(services: Services, world: World) -> None:
    with pytest.raises(ValidationError):
        services.followups.create_series(
            SeriesSpec(
                world.partnership,
                "Flood",
                dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
                "FREQ=SECONDLY;COUNT=100000",
            )
        )
    assert services.followups.list() == []


def test_series_refuses_a_naive_until(services: Services, world: World) -> None:
    with pytest.raises(NaiveDateTime):
        services.followups.create_series(
            SeriesSpec(
                world.partnership,
                "Weekly",
                dt.datetime(2026, 1, 6, 10, 0, tzinfo=BRUSSELS),
                "FREQ=WEEKLY",
            ),
            until=dt.datetime(2026, 1, 27, 9, 0),
        )


def test_series_until_in_utc_is_an_instant(services: Services, world: World) -> None:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Daily",
            dt.datetime(2026, 1, 1, 10, 0, tzinfo=BRUSSELS),
            "FREQ=DAILY;UNTIL=20260105T093000Z",
        )
    ).value
    # 10:00 in Brussels in January is 09:00Z, before 09:30Z: 1 to 5 January.
    assert [r.start.day for r in rows] == [1, 2, 3, 4, 5]


# --- attendance and decisions --------------------------------------------------------------------


def test_attendance_set_twice_updates_the_same_row(services: Services, world: World) -> None:
    followup = services.followups.create(call(world)).value
    first = services.followups.set_attendance(followup.id, AttendanceSpec(world.aminata)).value
    assert (first.person, first.status, first.connection_trouble) == (
        "Aminata Diatta",
        AttendanceStatus.INVITED,
        False,
    )
    second = services.followups.set_attendance(
        followup.id, AttendanceSpec(world.aminata, AttendanceStatus.PRESENT, True)
    ).value
    assert second.id == first.id
    assert second.version == first.version + 1
    attendance = services.followups.get(followup.id).attendance
    assert [(a.id, a.status, a.connection_trouble) for a in attendance] == [
        (first.id, AttendanceStatus.PRESENT, True)
    ]
    services.followups.set_attendance(followup.id, AttendanceSpec(world.sophie))
    assert len(services.followups.get(followup.id).attendance) == 2
    services.followups.remove_attendance(first.id)
    assert [a.person for a in services.followups.get(followup.id).attendance] == [
        "Sophie Vandermeulen"
    ]


def test_decisions_in_order(services: Services, world: World) -> None:
    followup = services.followups.create(call(world)).value
    first = services.followups.add_decision(followup.id, " Publish the call on the radio. ").value
    second = services.followups.add_decision(followup.id, "Choose the solar dryer.").value
    assert first.text == "Publish the call on the radio."
    changed = services.followups.update_decision(
        second.id, second.version, "Choose the cheaper solar dryer."
    ).value
    assert changed.version == second.version + 1
    with pytest.raises(StaleEdit):
        services.followups.update_decision(second.id, second.version, "Too late.")
    with pytest.raises(MissingValue):
        services.followups.add_decision(followup.id, "   ")
    assert [d.text for d in services.followups.get(followup.id).decisions] == [
        "Publish the call on the radio.",
        "Choose the cheaper solar dryer.",
    ]
    services.followups.remove_decision(first.id)
    assert [d.id for d in services.followups.get(followup.id).decisions] == [second.id]


# --- action items -------------------------------------------------------------------------------


def test_action_items_status_and_overdue(services: Services, world: World) -> None:
    followup = services.followups.create(call(world)).value
    outcome = services.actions.create(
        ActionItemSpec(
            world.partnership,
            "Share the pilot spreadsheet",
            world.aminata,
            dt.date(2026, 3, 13),
            origin_followup_id=followup.id,
            shared=True,
        )
    )
    assert outcome.changes == Changes.of(Entity.ACTION)
    action = outcome.value
    assert (action.owner, action.status, action.sequence) == (
        "Aminata Diatta",
        ActionStatus.OPEN,
        0,
    )
    assert action.is_overdue(TODAY) is True
    assert action.is_overdue(dt.date(2026, 3, 13)) is False
    assert [a.id for a in services.followups.get(followup.id).actions] == [action.id]

    started = services.actions.set_status(action.id, action.version, ActionStatus.IN_PROGRESS).value
    assert (started.status, started.sequence) == (ActionStatus.IN_PROGRESS, 1)
    assert started.is_overdue(TODAY) is True
    done = services.actions.set_status(started.id, started.version, ActionStatus.DONE).value
    assert done.is_overdue(TODAY) is False
    with pytest.raises(StaleEdit):
        services.actions.set_status(action.id, action.version, ActionStatus.DROPPED)

    assert services.actions.list(world.partnership, open_only=True) == []
    assert [a.id for a in services.actions.list(world.partnership)] == [action.id]


def test_action_without_due_date_is_never_overdue(services: Services, world: World) -> None:
    action = services.actions.create(ActionItemSpec(world.partnership, "Someday")).value
    assert action.is_overdue(dt.date(2099, 1, 1)) is False


def test_actions_are_listed_by_due_date_with_undated_last(services: Services, world: World) -> None:
    for description, due in [
        ("Undated", None),
        ("Later", dt.date(2026, 5, 1)),
        ("Sooner", dt.date(2026, 4, 1)),
    ]:
        services.actions.create(ActionItemSpec(world.partnership, description, due_date=due))
    assert [a.description for a in services.actions.list()] == ["Sooner", "Later", "Undated"]


def test_deleted_action_disappears(services: Services, world: World) -> None:
    action = services.actions.create(ActionItemSpec(world.partnership, "Gone")).value
    services.actions.delete(action.id, action.version)
    assert services.actions.list() == []


def test_action_with_unknown_owner(services: Services, world: World) -> None:
    with pytest.raises(NotFound) as caught:
        services.actions.create(ActionItemSpec(world.partnership, "Nobody's", owner_person_id=999))
    assert caught.value.kind == "person"
