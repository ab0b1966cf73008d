"""The Calendar page's service: entries per kind in a range, filters, partner events,
holidays and days off, moves and what their undo needs. Real SQLite files."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.calendar import DayMarkKind, EntryKind
from jumelage.domain.checks import ProblemKind
from jumelage.domain.enums import FollowUpStatus, MissionStatus
from jumelage.domain.errors import InvalidChoice, StaleEdit
from jumelage.domain.rows import DayOff
from jumelage.domain.specs import (
    ActionItemSpec,
    AgendaItemSpec,
    FollowUpSpec,
    LegSpec,
    TownSpec,
)
from jumelage.services import Services
from jumelage.services.scheduling import holiday_language

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")
UTC = dt.UTC
JUNE = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))

#: A partner's file: a weekly Thursday meeting at 09:00 in Dakar from 4 June (the one of
#: 18 June moved to 15:00), and the municipal council's day off on 22–23 June.
PARTNER_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Commune de Marsassoum//FR\r
X-WR-CALNAME:Commune de Marsassoum\r
BEGIN:VEVENT\r
UID:weekly@marsassoum.sn\r
DTSTAMP:20260501T000000Z\r
DTSTART;TZID=Africa/Dakar:20260604T090000\r
DTEND;TZID=Africa/Dakar:20260604T100000\r
RRULE:FREQ=WEEKLY;COUNT=10\r
SUMMARY:Point hebdomadaire\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly@marsassoum.sn\r
DTSTAMP:20260501T000000Z\r
RECURRENCE-ID;TZID=Africa/Dakar:20260618T090000\r
DTSTART;TZID=Africa/Dakar:20260618T150000\r
DTEND;TZID=Africa/Dakar:20260618T160000\r
SUMMARY:Point hebdomadaire (l'apres-midi)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:council@marsassoum.sn\r
DTSTAMP:20260501T000000Z\r
DTSTART;VALUE=DATE:20260622\r
DTEND;VALUE=DATE:20260624\r
SUMMARY:Conseil municipal\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def planned(services: Services, world: World) -> dict[str, int]:
    """One record of each kind in June 2026."""
    mission = services.missions.create(world.mission_spec()).value.id  # 11–20 June
    leg = services.missions.add_leg(
        mission,
        LegSpec(
            "Brussels Airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 10, 10, 0, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 10, 16, 30, tzinfo=DAKAR),
        ),
    ).value.id
    agenda = services.missions.add_agenda_item(
        mission,
        AgendaItemSpec(
            "Training day 1",
            dt.datetime(2026, 6, 12, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 12, 12, 0, tzinfo=DAKAR),
            location="Town hall",
        ),
    ).value.id
    followup = services.followups.create(
        FollowUpSpec(
            world.partnership, "Monthly call", dt.datetime(2026, 6, 2, 10, 0, tzinfo=BRUSSELS)
        )
    ).value.id
    action = services.actions.create(
        ActionItemSpec(world.partnership, "Send the quotes", world.sophie, dt.date(2026, 6, 5))
    ).value.id
    return {
        "mission": mission,
        "leg": leg,
        "agenda": agenda,
        "followup": followup,
        "action": action,
    }


def by_kind(entries: list) -> dict[EntryKind, list]:  # type: ignore[type-arg]
    found: dict[EntryKind, list] = {}  # type: ignore[type-arg]
    for entry in entries:
        found.setdefault(entry.kind, []).append(entry)
    return found


# --- entries ---------------------------------------------------------------------------------


def test_entries_of_each_kind_in_a_range(
    services: Services, world: World, planned: dict[str, int]
) -> None:
    entries = services.calendar.entries(*JUNE)
    kinds = by_kind(entries)
    assert set(kinds) == {
        EntryKind.MISSION,
        EntryKind.LEG,
        EntryKind.AGENDA,
        EntryKind.FOLLOWUP,
        EntryKind.ACTION_DUE,
    }
    (mission,) = kinds[EntryKind.MISSION]
    assert (mission.ref_id, mission.all_day, mission.first_day, mission.last_day) == (
        planned["mission"],
        True,
        dt.date(2026, 6, 11),
        dt.date(2026, 6, 20),
    )
    assert (mission.detail, mission.colour, mission.version) == ("Marsassoum", "#1f77b4", 1)
    # The leg leaves at 10:00 in Brussels (UTC+2 in June: 08:00 UTC) and lands at 16:30 in
    # Dakar (UTC+0); it is planned in its departure zone.
    (leg,) = kinds[EntryKind.LEG]
    assert (leg.start, leg.end, leg.time_zone) == (
        dt.datetime(2026, 6, 10, 8, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 10, 16, 30, tzinfo=UTC),
        "Europe/Brussels",
    )
    assert leg.title == "Brussels Airport → Dakar Blaise Diagne"
    (agenda,) = kinds[EntryKind.AGENDA]
    assert (agenda.start, agenda.end, agenda.time_zone) == (
        dt.datetime(2026, 6, 12, 9, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 12, 12, 0, tzinfo=UTC),
        "Africa/Dakar",
    )
    # 10:00 in Brussels on 2 June is 08:00 UTC; 60 minutes by default.
    (followup,) = kinds[EntryKind.FOLLOWUP]
    assert (followup.start, followup.end, followup.time_zone, followup.detail) == (
        dt.datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 2, 9, 0, tzinfo=UTC),
        "Europe/Brussels",
        "zoom",
    )
    (action,) = kinds[EntryKind.ACTION_DUE]
    assert (action.all_day, action.first_day, action.last_day, action.detail) == (
        True,
        dt.date(2026, 6, 5),
        dt.date(2026, 6, 5),
        "Sophie Vandermeulen",
    )
    assert not any(e.read_only or e.cancelled or e.problems for e in entries)
    # Sorted by start; nothing outside the range.
    assert [e.kind for e in entries][:2] == [EntryKind.FOLLOWUP, EntryKind.ACTION_DUE]
    assert services.calendar.entries(dt.date(2026, 7, 1), dt.date(2026, 7, 31)) == []
    # A range that only touches the mission's last day still has it.
    tail = services.calendar.entries(dt.date(2026, 6, 20), dt.date(2026, 6, 25))
    assert [e.kind for e in tail] == [EntryKind.MISSION]


def test_filters_by_partnership_and_kind(
    services: Services, world: World, planned: dict[str, int]
) -> None:
    only = services.calendar.entries(*JUNE, kinds={EntryKind.FOLLOWUP, EntryKind.LEG})
    assert [e.kind for e in only] == [EntryKind.FOLLOWUP, EntryKind.LEG]
    assert len(services.calendar.entries(*JUNE, partnership_ids={world.partnership})) == 5
    assert services.calendar.entries(*JUNE, partnership_ids={world.partnership + 99}) == []
    assert services.calendar.entries(*JUNE, kinds=set()) == []


def test_deleted_items_are_left_out_and_cancelled_ones_flagged(
    services: Services, world: World, planned: dict[str, int]
) -> None:
    services.followups.delete(planned["followup"], 1)
    cancelled = services.followups.create(
        FollowUpSpec(
            world.partnership,
            "Call that did not happen",
            dt.datetime(2026, 6, 9, 10, 0, tzinfo=BRUSSELS),
            status=FollowUpStatus.CANCELLED,
        )
    ).value.id
    mission = services.missions.get(planned["mission"]).mission
    services.missions.update(
        mission.id,
        mission.version,
        replace(world.mission_spec(), status=MissionStatus.CANCELLED),
    )
    entries = by_kind(services.calendar.entries(*JUNE))
    assert [(e.ref_id, e.cancelled) for e in entries[EntryKind.FOLLOWUP]] == [(cancelled, True)]
    assert [e.cancelled for e in entries[EntryKind.MISSION]] == [True]
    # A deleted mission takes its legs and agenda items with it.
    services.missions.delete(mission.id, mission.version + 1)
    left = by_kind(services.calendar.entries(*JUNE))
    assert set(left) == {EntryKind.FOLLOWUP, EntryKind.ACTION_DUE}


def test_partner_events_are_read_only_and_recurring_ones_expanded(
    services: Services, world: World
) -> None:
    services.imports.apply(PARTNER_ICS, "marsassoum.ics", world.partnership)
    events = services.calendar.entries(*JUNE, kinds={EntryKind.PARTNER_EVENT})
    assert all(e.read_only and e.colour == "#1f77b4" and e.version == 0 for e in events)
    assert {e.detail for e in events} == {"Commune de Marsassoum"}
    timed = [(e.start, e.end, e.title) for e in events if not e.all_day]
    # Thursdays 4, 11, 25 June at 09:00 Dakar (UTC+0); the 18th moved to 15:00 by its own
    # row, and the original 09:00 of the 18th is gone.
    assert timed == [
        (dt.datetime(2026, 6, d, 9, tzinfo=UTC), dt.datetime(2026, 6, d, 10, tzinfo=UTC),
         "Point hebdomadaire")
        for d in (4, 11)
    ] + [
        (dt.datetime(2026, 6, 18, 15, tzinfo=UTC), dt.datetime(2026, 6, 18, 16, tzinfo=UTC),
         "Point hebdomadaire (l'apres-midi)"),
        (dt.datetime(2026, 6, 25, 9, tzinfo=UTC), dt.datetime(2026, 6, 25, 10, tzinfo=UTC),
         "Point hebdomadaire"),
    ]  # fmt: skip
    assert all(e.time_zone == "Africa/Dakar" for e in events if not e.all_day)
    (council,) = [e for e in events if e.all_day]
    assert (council.first_day, council.last_day, council.title) == (
        dt.date(2026, 6, 22),
        dt.date(2026, 6, 23),
        "Conseil municipal",
    )
    # In August (the tenth and last occurrence is 6 August) only that one.
    august = services.calendar.entries(
        dt.date(2026, 8, 1), dt.date(2026, 8, 31), kinds={EntryKind.PARTNER_EVENT}
    )
    assert [e.start for e in august] == [dt.datetime(2026, 8, 6, 9, tzinfo=UTC)]


# --- towns and marked days -------------------------------------------------------------------


def test_towns_of_a_partnership(services: Services, world: World) -> None:
    home, partner = services.calendar.towns(world.partnership)
    assert (home.town_id, home.name, home.time_zone, home.weekend) == (
        world.anderlecht,
        "Anderlecht",
        "Europe/Brussels",
        frozenset({5, 6}),
    )
    assert (partner.name, partner.time_zone) == ("Marsassoum", "Africa/Dakar")


@pytest.mark.parametrize(
    ("language", "korite", "easter_monday"),
    [
        ("fr", "Journée de la Korité", "Lundi de Pâques"),
        ("fr_BE", "Journée de la Korité", "Lundi de Pâques"),
        ("en_GB", "Eid al-Fitr", "Easter Monday"),
    ],
)
def test_holidays_in_the_interface_language_with_estimated_marks(
    services: Services, world: World, language: str, korite: str, easter_monday: str
) -> None:
    marks = services.calendar.day_marks(
        [world.anderlecht, world.marsassoum], dt.date(2026, 3, 15), dt.date(2026, 4, 10), language
    )
    found = [(m.day, m.town_name, m.name, m.estimated, m.kind) for m in marks]
    # The end of Ramadan 2026 is estimated by the package (a lunar date): its label loses
    # "(estimated)" / "(estimé)" and says so in ``estimated``.
    assert (dt.date(2026, 3, 20), "Marsassoum", korite, True, DayMarkKind.HOLIDAY) in found
    assert (dt.date(2026, 4, 6), "Anderlecht", easter_monday, False, DayMarkKind.HOLIDAY) in found
    assert (dt.date(2026, 4, 6), "Marsassoum", easter_monday, False, DayMarkKind.HOLIDAY) in found
    assert not any("estim" in m.name.lower() for m in marks)
    assert all(dt.date(2026, 3, 15) <= m.day <= dt.date(2026, 4, 10) for m in marks)


def test_custom_days_off_are_marked(services: Services) -> None:
    town = services.towns.create(
        TownSpec(
            "Anderlecht",
            "BE",
            "Europe/Brussels",
            subdivision="BRU",
            days_off=(DayOff(dt.date(2026, 5, 8), "Iris Day"),),
        )
    ).value.id
    marks = services.calendar.day_marks([town], dt.date(2026, 5, 1), dt.date(2026, 5, 10), "en")
    assert [(m.day, m.name, m.kind) for m in marks] == [
        (dt.date(2026, 5, 1), "Labor Day", DayMarkKind.HOLIDAY),
        (dt.date(2026, 5, 8), "Iris Day", DayMarkKind.DAY_OFF),
    ]


@pytest.mark.parametrize(
    ("supported", "default", "language", "expected"),
    [
        (("en_US", "fr_SN"), "fr_SN", "fr", "fr_SN"),
        (("en_US", "fr_SN"), "fr_SN", "nl", "en_US"),
        (("de", "en_US", "fr", "nl", "uk"), "nl", "fr_BE", "fr"),
        (("en_GB", "en_US", "th"), "en_GB", "en_GB", "en_GB"),
        (("en_GB", "en_US", "th"), "en_GB", "fr", "en_GB"),
        (("ar",), "ar", "fr", "ar"),
    ],
)
def test_holiday_language(
    supported: tuple[str, ...], default: str, language: str, expected: str
) -> None:
    assert holiday_language(supported, default, language) == expected


# --- moving ----------------------------------------------------------------------------------


def test_move_a_followup_keeps_its_zone_and_gives_what_undo_needs(
    services: Services, world: World, planned: dict[str, int]
) -> None:
    key = planned["followup"]
    # Dragged to 14:00–15:30 on Dakar's clocks: 14:00 UTC, 16:00 in Brussels (UTC+2).
    outcome = services.calendar.move(
        EntryKind.FOLLOWUP,
        key,
        dt.datetime(2026, 6, 3, 14, 0, tzinfo=DAKAR),
        dt.datetime(2026, 6, 3, 15, 30, tzinfo=DAKAR),
        1,
    )
    move = outcome.value
    assert (move.old_start, move.old_end) == (
        dt.datetime(2026, 6, 2, 10, 0, tzinfo=BRUSSELS),
        dt.datetime(2026, 6, 2, 11, 0, tzinfo=BRUSSELS),
    )
    assert move.version == 2
    row = services.followups.get(key).followup
    assert (row.start.replace(tzinfo=None), str(row.start.tzinfo), row.duration_min) == (
        dt.datetime(2026, 6, 3, 16, 0),
        "Europe/Brussels",
        90,
    )
    with pytest.raises(StaleEdit):
        services.calendar.move(EntryKind.FOLLOWUP, key, move.old_start, move.old_end, 1)
    back = services.calendar.move(EntryKind.FOLLOWUP, key, move.old_start, move.old_end, 2)
    row = services.followups.get(key).followup
    assert (row.start, row.duration_min, back.value.version) == (
        dt.datetime(2026, 6, 2, 10, 0, tzinfo=BRUSSELS),
        60,
        3,
    )


def test_move_missions_legs_and_agenda_items(
    services: Services, world: World, planned: dict[str, int]
) -> None:
    # A mission shifts by two days (dates, last day included).
    outcome = services.calendar.move(
        EntryKind.MISSION, planned["mission"], dt.date(2026, 6, 13), dt.date(2026, 6, 22), 1
    )
    assert (outcome.value.old_start, outcome.value.old_end) == (
        dt.date(2026, 6, 11),
        dt.date(2026, 6, 20),
    )
    mission = services.missions.get(planned["mission"]).mission
    assert (mission.start_date, mission.end_date) == (dt.date(2026, 6, 13), dt.date(2026, 6, 22))
    # The agenda item (12 June) is now outside the mission: the missions service warns.
    assert outcome.warnings
    # A leg keeps its departure and arrival zones: one hour later on both clocks.
    leg = services.calendar.move(
        EntryKind.LEG,
        planned["leg"],
        dt.datetime(2026, 6, 10, 9, 0, tzinfo=UTC),
        dt.datetime(2026, 6, 10, 17, 30, tzinfo=UTC),
        1,
    ).value
    assert (leg.new_start, leg.new_end) == (
        dt.datetime(2026, 6, 10, 11, 0, tzinfo=BRUSSELS),
        dt.datetime(2026, 6, 10, 17, 30, tzinfo=DAKAR),
    )
    assert str(leg.new_start.tzinfo) == "Europe/Brussels"
    assert str(leg.new_end.tzinfo) == "Africa/Dakar"
    agenda = services.calendar.move(
        EntryKind.AGENDA,
        planned["agenda"],
        dt.datetime(2026, 6, 14, 9, 0, tzinfo=DAKAR),
        dt.datetime(2026, 6, 14, 11, 0, tzinfo=DAKAR),
        1,
    )
    assert agenda.value.old_start == dt.datetime(2026, 6, 12, 9, 0, tzinfo=DAKAR)
    assert agenda.warnings == ()
    assert services.calendar.mission_of(EntryKind.LEG, planned["leg"]) == planned["mission"]
    assert services.calendar.mission_of(EntryKind.AGENDA, planned["agenda"]) == planned["mission"]


def test_partner_events_cannot_move(services: Services, world: World) -> None:
    services.imports.apply(PARTNER_ICS, "marsassoum.ics", world.partnership)
    event = services.calendar.entries(*JUNE, kinds={EntryKind.PARTNER_EVENT})[0]
    with pytest.raises(InvalidChoice):
        services.calendar.move(
            event.kind,
            event.ref_id,
            dt.datetime(2026, 6, 5, 9, tzinfo=UTC),
            dt.datetime(2026, 6, 5, 10, tzinfo=UTC),
            1,
        )
    assert services.calendar.entries(*JUNE, kinds={EntryKind.PARTNER_EVENT})[0] == event


def test_mission_bars_carry_their_problems(demo: Services) -> None:
    """The training in Marsassoum (27 April – 6 May 2026) spans 1 May, Labour Day in Senegal;
    the other entries of those weeks have no problem."""
    entries = demo.calendar.entries(dt.date(2026, 4, 27), dt.date(2026, 5, 10))
    flagged = {(e.kind, e.title): [(p.kind, p.day, p.other) for p in e.problems]
               for e in entries if e.problems}  # fmt: skip
    assert flagged == {
        (EntryKind.MISSION, "Local tax collection: training and IT tools"): [
            (ProblemKind.HOLIDAY, dt.date(2026, 5, 1), "Labor Day")
        ]
    }
