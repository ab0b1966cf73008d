"""Planning the next follow-up from the last one, and the history of action items.

On the demo (built at FIXED_NOW, Friday 20 March 2026, 11:00Z), worked out by hand from
jumelage.services.demo:
- The Marsassoum series meets on first Tuesdays at 10:00 in Brussels from 7 October 2025:
  7 Oct, 4 Nov, 2 Dec, 6 Jan, 3 Feb and 3 Mar are past (held, indexes 0 to 5), 7 Apr is next.
- Held occurrence i produced the action of topic i % 5, due its date + N days; it is open when
  i is odd or one of the last two (4, 5), done otherwise (0, 2). The open ones:
  i=1 (4 Nov + 14 = 18 Nov 2025, Aminata Diatta), i=3 (6 Jan + 21 = 27 Jan 2026, Sophie
  Vandermeulen), i=4 (3 Feb + 12 = 15 Feb 2026, Karim El Idrissi) and i=5 (3 Mar + 10 =
  13 Mar 2026, Fatou Badji; the same words as the done item of i=0).
- Hammersmith & Fulham and Zagora have open items of their own, which must not show up.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import ActionStatus, Channel, FollowUpStatus
from jumelage.domain.errors import NaiveDateTime, NotFound, ValidationError
from jumelage.domain.specs import ActionItemSpec, FollowUpSpec
from jumelage.services import Services
from jumelage.services.changes import Changes, Entity

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")

DEMO_AGENDA = (
    "Open action items\n"
    "- Send the three quotes to the steering committee (Aminata Diatta; due 2025-11-18)\n"
    "- Book the flights and send the mission orders (Sophie Vandermeulen; due 2026-01-27)\n"
    "- Review the first edit of the film (Karim El Idrissi; due 2026-02-15)\n"
    "- Draft the call for proposals in French and Wolof (Fatou Badji; due 2026-03-13)"
)


def at(day: dt.date, hour: int, zone: zoneinfo.ZoneInfo = BRUSSELS) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=zone)


# --- on the demo -------------------------------------------------------------------------------


def test_next_followup_lists_the_open_items_of_the_partnership(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    outcome = demo.followups.create_next(marsassoum, at(dt.date(2026, 3, 26), 10))
    row = outcome.value
    assert outcome.changes == Changes.of(Entity.FOLLOWUP, Entity.ACTION)
    assert row.agenda == DEMO_AGENDA  # the 3 March minutes have no "Next steps"
    # Everything else comes from the previous follow-up, the held one of 3 March.
    assert row.title == "Monthly follow-up Anderlecht – Marsassoum"
    assert (row.duration_min, row.channel) == (60, Channel.ZOOM)
    assert row.join_link == "https://meet.example.org/anderlecht-marsassoum"
    assert (row.status, row.series_id, row.shared) == (FollowUpStatus.PLANNED, None, True)
    assert row.start == dt.datetime(2026, 3, 26, 9, 0, tzinfo=dt.UTC)
    assert demo.followups.get(row.id).followup == row


def test_the_listed_items_count_as_discussed_at_the_new_followup(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    held = {f.start.date(): f.id for f in demo.followups.list(marsassoum)}
    new = demo.followups.create_next(marsassoum, at(dt.date(2026, 3, 26), 10)).value
    actions = demo.actions.list(marsassoum)
    discussed = {
        (a.description, a.status): [f.id for f in demo.actions.discussions(a.id)] for a in actions
    }
    draft = "Draft the call for proposals in French and Wolof"
    assert discussed == {
        (draft, ActionStatus.DONE): [held[dt.date(2025, 10, 7)]],
        ("Send the three quotes to the steering committee", ActionStatus.OPEN): [
            held[dt.date(2025, 11, 4)],
            new.id,
        ],
        ("Share the pilot spreadsheet", ActionStatus.DONE): [held[dt.date(2025, 12, 2)]],
        ("Book the flights and send the mission orders", ActionStatus.OPEN): [
            held[dt.date(2026, 1, 6)],
            new.id,
        ],
        ("Review the first edit of the film", ActionStatus.OPEN): [
            held[dt.date(2026, 2, 3)],
            new.id,
        ],
        (draft, ActionStatus.OPEN): [held[dt.date(2026, 3, 3)], new.id],
    }
    others = [a for a in demo.actions.list() if a.partnership_id != marsassoum]
    assert len(others) == 2
    assert all(demo.actions.discussions(a.id) == [] for a in others)


def test_a_cancelled_or_deleted_followup_is_not_the_previous_one(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    by_day = {f.start.date(): f for f in demo.followups.list(marsassoum)}
    april = by_day[dt.date(2026, 4, 7)]
    demo.followups.update(
        april.id,
        april.version,
        FollowUpSpec(
            marsassoum,
            "Moved call",
            april.start,
            30,
            Channel.JITSI,
            status=FollowUpStatus.CANCELLED,
        ),
    )
    may = by_day[dt.date(2026, 5, 5)]
    may = demo.followups.update(
        may.id, may.version, FollowUpSpec(marsassoum, "Deleted call", may.start, 15)
    ).value
    demo.followups.delete(may.id, may.version)
    row = demo.followups.create_next(marsassoum, at(dt.date(2026, 5, 12), 10)).value
    assert (row.title, row.duration_min, row.channel) == (
        "Monthly follow-up Anderlecht – Marsassoum",
        60,
        Channel.ZOOM,
    )
    # Nothing was closed meanwhile: the same four items.
    assert row.agenda == DEMO_AGENDA


# --- on a small world --------------------------------------------------------------------------


def held_call(world: World, day: dt.date, **changes: object) -> FollowUpSpec:
    values: dict[str, object] = {
        "partnership_id": world.partnership,
        "title": "Steering call",
        "start": at(day, 10, DAKAR),
        "duration_min": 45,
        "channel": Channel.WHATSAPP,
        "join_link": "",
        "status": FollowUpStatus.HELD,
        "shared": False,
    }
    values.update(changes)
    return FollowUpSpec(**values)  # type: ignore[arg-type]


def test_next_steps_of_the_previous_minutes_follow_the_open_items(
    services: Services, world: World
) -> None:
    minutes = "Budget discussed.\n\nNext steps:\n- Fatou sends the quotes\n- Sophie books\n\nEnd."
    services.followups.create(held_call(world, dt.date(2026, 4, 7), minutes=minutes))
    services.followups.create(
        held_call(world, dt.date(2026, 4, 21), status=FollowUpStatus.CANCELLED, minutes="x")
    )
    services.followups.create(
        held_call(world, dt.date(2026, 5, 5), minutes="Next steps\n- too late")
    )
    item = services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", world.aminata)
    ).value
    row = services.followups.create_next(world.partnership, at(dt.date(2026, 4, 28), 9)).value
    assert row.agenda == (
        "Open action items\n- Send the quotes (Aminata Diatta)\n\n"
        "Next steps\n- Fatou sends the quotes\n- Sophie books"
    )
    assert (row.title, row.duration_min, row.channel, row.shared) == (
        "Steering call",
        45,
        Channel.WHATSAPP,
        False,
    )
    # The zone is the one of the given start, not the previous call's.
    assert row.start.tzinfo == BRUSSELS
    assert [f.id for f in services.actions.discussions(item.id)] == [row.id]


def test_given_values_override_the_previous_ones(services: Services, world: World) -> None:
    services.followups.create(held_call(world, dt.date(2026, 4, 7)))
    row = services.followups.create_next(
        world.partnership,
        at(dt.date(2026, 5, 5), 10),
        title="Budget call",
        duration_min=90,
        channel=Channel.TEAMS,
        join_link="https://teams.example.org/x",
    ).value
    assert (row.title, row.duration_min, row.channel, row.join_link) == (
        "Budget call",
        90,
        Channel.TEAMS,
        "https://teams.example.org/x",
    )


def test_the_first_followup_of_a_partnership(services: Services, world: World) -> None:
    row = services.followups.create_next(world.partnership, at(dt.date(2026, 4, 7), 10)).value
    assert (row.title, row.duration_min, row.channel, row.agenda) == (
        "Follow-up Anderlecht – Marsassoum",
        60,
        Channel.ZOOM,
        "",
    )


def test_next_followup_refuses_bad_input(services: Services, world: World) -> None:
    with pytest.raises(NaiveDateTime):
        services.followups.create_next(world.partnership, dt.datetime(2026, 4, 7, 10))
    with pytest.raises(NotFound):
        services.followups.create_next(999, at(dt.date(2026, 4, 7), 10))
    with pytest.raises(ValidationError):
        services.followups.create_next(
            world.partnership, at(dt.date(2026, 4, 7), 10), duration_min=0
        )
    assert services.followups.list() == []


# --- marking an item discussed by hand ---------------------------------------------------------


def test_mark_discussed_is_idempotent_and_ordered_by_meeting(
    services: Services, world: World
) -> None:
    april = services.followups.create(held_call(world, dt.date(2026, 4, 7))).value
    march = services.followups.create(held_call(world, dt.date(2026, 3, 3))).value
    may = services.followups.create(held_call(world, dt.date(2026, 5, 5))).value
    item = services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", origin_followup_id=april.id)
    ).value
    assert services.actions.mark_discussed(item.id, may.id).changes == Changes.of(Entity.ACTION)
    assert services.actions.mark_discussed(item.id, may.id).changes == Changes()
    assert services.actions.mark_discussed(item.id, april.id).changes == Changes()  # its origin
    services.actions.mark_discussed(item.id, march.id)
    assert [f.id for f in services.actions.discussions(item.id)] == [march.id, april.id, may.id]
    # A deleted meeting drops out of the history.
    services.followups.delete(may.id, may.version)
    assert [f.id for f in services.actions.discussions(item.id)] == [march.id, april.id]


def test_mark_discussed_refuses_another_partnerships_meeting(
    services: Services, world: World
) -> None:
    from jumelage.domain.specs import PartnershipSpec, TownSpec

    london = services.towns.create(TownSpec("Hammersmith & Fulham", "GB", "Europe/London")).value
    other = services.partnerships.create(PartnershipSpec(world.anderlecht, london.id)).value
    call = services.followups.create(
        replace(held_call(world, dt.date(2026, 4, 7)), partnership_id=other.id)
    ).value
    item = services.actions.create(ActionItemSpec(world.partnership, "Send the quotes")).value
    with pytest.raises(ValidationError):
        services.actions.mark_discussed(item.id, call.id)
    with pytest.raises(NotFound):
        services.actions.mark_discussed(item.id, 999)
    with pytest.raises(NotFound):
        services.actions.discussions(999)
    assert services.actions.discussions(item.id) == []


# --- the preview, in the user's words ----------------------------------------------------------


def test_preview_lists_open_items_and_next_steps_without_writing(
    services: Services, world: World
) -> None:
    from jumelage.domain.agenda import OpenItem, Prefill

    services.followups.create(
        held_call(world, dt.date(2026, 4, 7), minutes="Vu.\n\nProchaines ÉTAPES :\n- Fatou appelle")
    )
    item = services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", world.aminata, dt.date(2026, 5, 4))
    ).value
    done = services.actions.create(
        ActionItemSpec(world.partnership, "Old", status=ActionStatus.DONE)
    ).value
    assert done.id != item.id
    before = services.followups.list()

    prefill = services.followups.preview_next(world.partnership, at(dt.date(2026, 4, 28), 9))

    # French minutes: "Prochaines étapes" in any case, with the French space before the colon.
    assert prefill == Prefill(
        (OpenItem("Send the quotes", "Aminata Diatta", dt.date(2026, 5, 4), item.id),),
        ("- Fatou appelle",),
    )
    assert services.followups.list() == before
    assert services.actions.discussions(item.id) == []


def test_create_next_writes_the_agenda_in_the_given_words(services: Services, world: World) -> None:
    from jumelage.domain.agenda import Wording

    services.followups.create(
        held_call(world, dt.date(2026, 4, 7), minutes="Volgende stappen:\n- Fatou belt")
    )
    services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", world.aminata, dt.date(2026, 5, 4))
    )
    french = Wording(
        "Actions en cours", "Prochaines étapes", "échéance {date}", lambda d: d.strftime("%d/%m")
    )
    row = services.followups.create_next(
        world.partnership, at(dt.date(2026, 4, 28), 9), wording=french
    ).value
    assert row.agenda == (
        "Actions en cours\n- Send the quotes (Aminata Diatta; échéance 04/05)\n\n"
        "Prochaines étapes\n- Fatou belt"
    )


def test_create_records_the_carried_items_of_the_partnership_only(
    services: Services, world: World
) -> None:
    from jumelage.domain.specs import PartnershipSpec, TownSpec

    london = services.towns.create(TownSpec("Hammersmith & Fulham", "GB", "Europe/London")).value
    other = services.partnerships.create(PartnershipSpec(world.anderlecht, london.id)).value
    ours = services.actions.create(ActionItemSpec(world.partnership, "Send the quotes")).value
    gone = services.actions.create(ActionItemSpec(world.partnership, "Gone")).value
    services.actions.delete(gone.id, gone.version)
    theirs = services.actions.create(ActionItemSpec(other.id, "Not ours")).value

    outcome = services.followups.create(
        held_call(world, dt.date(2026, 4, 7)), discussed=[ours.id, gone.id, theirs.id]
    )
    assert outcome.changes == Changes.of(Entity.FOLLOWUP, Entity.ACTION)
    assert [f.id for f in services.actions.discussions(ours.id)] == [outcome.value.id]
    assert services.actions.discussions(theirs.id) == []
    plain = services.followups.create(held_call(world, dt.date(2026, 4, 14)))
    assert plain.changes == Changes.of(Entity.FOLLOWUP)
