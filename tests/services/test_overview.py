"""The Overview on the demo database, built at FIXED_NOW (Friday 20 March 2026, 11:00Z).

The expected values are worked out by hand from jumelage.services.demo:
- "today" is 20 March 2026 in Brussels; the demo places missions at today + offset days.
- The follow-up series starts on the first Tuesday on or after the 1st of the month of
  today - 150 days (21 October 2025): 1 October 2025 is a Wednesday, so 7 October 2025, then
  FREQ=MONTHLY;BYDAY=1TU;COUNT=12 at 10:00 in Brussels: 7 Oct, 4 Nov, 2 Dec, 6 Jan, 3 Feb,
  3 Mar (the six held ones), 7 Apr 2026 (the next), ...
- Each held occurrence got an action item due start + N days; items 1, 3, 4, 5 are open.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sqlalchemy import select

from jumelage.domain.enums import ActionStatus, FollowUpStatus, MissionStatus
from jumelage.domain.rows import OverviewRow
from jumelage.domain.specs import ActionItemSpec, MissionSpec
from jumelage.services import Services

TODAY = dt.date(2026, 3, 20)
FIXED_NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def rows_by_partner(demo: Services) -> dict[str, OverviewRow]:
    return {row.partnership.partner_town: row for row in demo.overview.overview()}


def test_one_row_per_partnership_in_name_order(demo: Services) -> None:
    assert [r.partnership.name for r in demo.overview.overview()] == [
        "Anderlecht – Hammersmith & Fulham",
        "Anderlecht – Marsassoum",
        "Anderlecht – Village near Nablus",
        "Anderlecht – Zagora",
    ]


def test_marsassoum_next_mission(demo: Services) -> None:
    mission = rows_by_partner(demo)["Marsassoum"].next_mission
    assert mission is not None
    assert mission.title == "Local tax collection: training and IT tools"
    # today + 38 days = 27 April 2026; ten days: to 6 May.
    assert (mission.start_date, mission.end_date) == (dt.date(2026, 4, 27), dt.date(2026, 5, 6))
    assert mission.status is MissionStatus.CONFIRMED


def test_marsassoum_next_followup(demo: Services) -> None:
    followup = rows_by_partner(demo)["Marsassoum"].next_followup
    assert followup is not None
    assert followup.title == "Monthly follow-up Anderlecht – Marsassoum"
    assert followup.start.tzinfo == zoneinfo.ZoneInfo("Europe/Brussels")
    assert followup.start.replace(tzinfo=None) == dt.datetime(2026, 4, 7, 10, 0)
    assert followup.start == dt.datetime(2026, 4, 7, 8, 0, tzinfo=dt.UTC)
    assert followup.status is FollowUpStatus.PLANNED
    assert followup.series_id is not None
    assert followup.partner_zone == "Africa/Dakar"


def test_marsassoum_overdue_actions(demo: Services) -> None:
    row = rows_by_partner(demo)["Marsassoum"]
    overdue = row.overdue_actions
    assert overdue, "the demo has overdue action items"
    assert all(a.due_date is not None and a.due_date < TODAY for a in overdue)
    assert all(a.is_overdue(TODAY) for a in overdue)
    assert [(a.due_date, a.description, a.owner) for a in overdue] == [
        (
            dt.date(2025, 11, 18),
            "Send the three quotes to the steering committee",
            "Aminata Diatta",
        ),
        (
            dt.date(2026, 1, 27),
            "Book the flights and send the mission orders",
            "Sophie Vandermeulen",
        ),
        (dt.date(2026, 2, 15), "Review the first edit of the film", "Karim El Idrissi"),
        (dt.date(2026, 3, 13), "Draft the call for proposals in French and Wolof", "Fatou Badji"),
    ]
    assert {a.status for a in overdue} == {ActionStatus.OPEN}
    assert row.open_action_count == 4
    assert row.overdue_count == 4


def test_other_partnerships(demo: Services) -> None:
    rows = rows_by_partner(demo)

    london = rows["Hammersmith & Fulham"]
    assert london.next_mission is None  # the anniversary visit was 60 days ago
    assert london.next_followup is None
    assert [(a.description, a.due_date, a.status) for a in london.overdue_actions] == [
        ("Send the youth exchange proposal", dt.date(2026, 3, 15), ActionStatus.IN_PROGRESS)
    ]

    zagora = rows["Zagora"]
    assert zagora.next_mission is not None
    assert (zagora.next_mission.title, zagora.next_mission.start_date) == (
        "Exploratory mission to Zagora",
        dt.date(2026, 6, 3),
    )
    assert zagora.next_followup is not None
    assert zagora.next_followup.start.tzinfo == zoneinfo.ZoneInfo("Africa/Casablanca")
    assert zagora.next_followup.start.replace(tzinfo=None) == dt.datetime(2026, 4, 2, 11, 0)
    assert zagora.overdue_actions == ()
    assert zagora.open_action_count == 1

    nablus = rows["Village near Nablus"]
    assert nablus.next_mission is None
    assert nablus.next_followup is not None
    # Monday 6 April 2026, 10:00 in Hebron (UTC+3 since 28 March) is 07:00Z.
    assert nablus.next_followup.start == dt.datetime(2026, 4, 6, 7, 0, tzinfo=dt.UTC)
    assert nablus.next_followup.start.replace(tzinfo=None) == dt.datetime(2026, 4, 6, 10, 0)
    assert nablus.overdue_actions == ()


def test_held_followups_are_in_the_past(demo: Services) -> None:
    marsassoum = demo.partnerships.find("marsassoum")
    followups = demo.followups.list(marsassoum.id)
    assert len(followups) == 12
    held = [f for f in followups if f.status is FollowUpStatus.HELD]
    assert [f.start.date() for f in held] == [
        dt.date(2025, 10, 7),
        dt.date(2025, 11, 4),
        dt.date(2025, 12, 2),
        dt.date(2026, 1, 6),
        dt.date(2026, 2, 3),
        dt.date(2026, 3, 3),
    ]
    assert all(f.start < FIXED_NOW for f in held)
    detail = demo.followups.get(held[-1].id)
    assert [d.text for d in detail.decisions] == ["Publish the call on the radio."]
    assert len(detail.attendance) == 5


def test_overview_follows_the_records(demo: Services) -> None:
    """Cancelling the next mission moves the Overview on to the following one."""
    marsassoum = demo.partnerships.find("MARSASSOUM")
    before = rows_by_partner(demo)["Marsassoum"]
    assert before.next_mission is not None
    mission = before.next_mission
    spec = MissionSpec(
        partnership_id=marsassoum.id,
        title=mission.title,
        destination_town_id=mission.destination_town_id,
        start_date=mission.start_date,
        end_date=mission.end_date,
        direction=mission.direction,
        status=MissionStatus.CANCELLED,
        objectives=mission.objectives,
        internal_notes=mission.internal_notes,
        outcomes=mission.outcomes,
        sdgs=mission.sdgs,
        shared=mission.shared,
    )
    outcome = demo.missions.update(mission.id, mission.version, spec)
    assert outcome.value.sequence == mission.sequence + 1
    after = rows_by_partner(demo)["Marsassoum"]
    assert after.next_mission is not None
    assert (after.next_mission.title, after.next_mission.start_date) == (
        "Marsassoum delegation in Anderlecht",
        dt.date(2026, 7, 8),  # today + 110 days
    )


def test_a_row_lists_the_first_overdue_items_and_counts_them_all(demo: Services) -> None:
    """Marsassoum has 4 overdue items; 12 more due on 1–12 March make 16. The row lists the
    ten earliest (by due date) and counts all 16."""
    marsassoum = rows_by_partner(demo)["Marsassoum"].partnership
    for day in range(1, 13):
        demo.actions.create(
            ActionItemSpec(marsassoum.id, f"Item {day:02}", due_date=dt.date(2026, 3, day))
        )
    row = rows_by_partner(demo)["Marsassoum"]
    assert row.overdue_count == 16
    assert [a.due_date for a in row.overdue_actions] == [
        dt.date(2025, 11, 18), dt.date(2026, 1, 27), dt.date(2026, 2, 15),
        *[dt.date(2026, 3, day) for day in range(1, 8)],
    ]  # fmt: skip
    assert row.open_action_count == 16


def test_the_state_carries_the_generation_that_every_write_changes(demo: Services) -> None:
    first = demo.overview.state()
    assert first.generation is not None
    assert first.as_of == FIXED_NOW
    assert list(first.rows) == demo.overview.overview()
    # Reading changes nothing; a write (here an action item) gives another token.
    assert demo.overview.state().generation == first.generation
    marsassoum = first.rows[0].partnership
    demo.actions.create(ActionItemSpec(marsassoum.id, "One more thing"))
    second = demo.overview.state()
    assert second.generation not in (None, first.generation)
    # A transaction that writes nothing leaves the token alone.
    with demo.db.transaction() as session:
        session.execute(select(1))
    assert demo.overview.state().generation == second.generation
