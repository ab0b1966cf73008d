"""ExportService: what leaves the laptop, per profile, and how every item is written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumelage.domain.enums import (
    ActionStatus,
    BudgetCategory,
    Channel,
    Currency,
    FollowUpStatus,
    MissionStatus,
    ParticipantRole,
)
from jumelage.domain.errors import EndBeforeStart, NotFound
from jumelage.domain.specs import (
    ActionItemSpec,
    AgendaItemSpec,
    BudgetLineSpec,
    FollowUpSpec,
    FundingSourceSpec,
    LegSpec,
    MissionSpec,
    ParticipantSpec,
    PersonSpec,
    SeriesSpec,
)
from jumelage.services import Services
from jumelage.services.exchange import ExportRequest, ExportService, Profile, export_rrule
from tests.conftest import fixed_clock
from tests.ics.conftest import Checker, World

BRUSSELS, DAKAR = ZoneInfo("Europe/Brussels"), ZoneInfo("Africa/Dakar")


def unfolded(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n ", "")


def components(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def export(services: Services, tmp_path: Path, name: str, **request: object) -> bytes:
    service = ExportService(services.db, fixed_clock)
    outcome = service.export(ExportRequest(**request), tmp_path / name)  # type: ignore[arg-type]
    assert not outcome.changes
    assert outcome.value.path == tmp_path / name
    return (tmp_path / name).read_bytes()


# --- the demo partnership ----------------------------------------------------------------------


def test_demo_partner_and_internal_profiles(
    demo: Services, tmp_path: Path, icscheck: Checker
) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    partner = export(demo, tmp_path, "partner.ics", partnership_id=marsassoum)
    internal = export(
        demo, tmp_path, "internal.ics", partnership_id=marsassoum, profile=Profile.INTERNAL
    )
    everything = export(demo, tmp_path, "all.ics", profile=Profile.INTERNAL)
    icscheck.agree(tmp_path / "partner.ics", tmp_path / "internal.ics", tmp_path / "all.ics")

    text = unfolded(partner)
    categories = [str(c["categories"].cats[0]) for c in components(partner)]
    # 3 missions, their 8 legs and 10 agenda items, one series, 6 shared action items.
    assert sorted(set(categories)) == ["Action", "Agenda", "Follow-up", "Mission", "Travel"]
    assert categories.count("Mission") == 3
    assert categories.count("Travel") == 8
    assert categories.count("Follow-up") == 1
    assert "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=12" in text
    assert "Zagora" not in text
    assert "Hammersmith" not in text
    assert "Per diem advance paid in cash" not in text  # an internal note of the demo
    assert "Site chosen for the processing unit" not in text  # outcomes
    assert "Sophie" not in text
    assert "Thomas Dubois" not in text
    assert "EUR" not in text

    inner = unfolded(internal)
    assert "Internal notes: Per diem advance paid in cash" in inner
    assert "Delegation: Sophie Vandermeulen (head of delegation)" in inner
    assert "Budget: planned" in inner
    assert "X-WR-CALNAME:Anderlecht – Marsassoum (internal)" in inner
    # Held meetings carry their minutes: one override per past occurrence.
    assert inner.count("RECURRENCE-ID;TZID=Europe/Brussels:") >= 4
    assert "Minutes: " in inner
    assert "Zagora" in unfolded(everything)


def test_demo_export_is_byte_stable(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    service = ExportService(demo.db, fixed_clock)
    later = ExportService(demo.db, lambda: fixed_clock() + dt.timedelta(days=2))
    one = service.preview(ExportRequest(marsassoum)).data
    two = later.preview(ExportRequest(marsassoum)).data
    assert one != two
    assert one.replace(b"DTSTAMP:20260320T110000Z", b"") == two.replace(
        b"DTSTAMP:20260322T110000Z", b""
    )


def test_preview_lists_exactly_what_is_written(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    result = ExportService(demo.db, fixed_clock).preview(ExportRequest(marsassoum))
    parsed = components(result.data)
    assert [str(c["uid"]) for c in parsed] == [e.uid for e in result.events]
    assert [str(c["summary"]) for c in parsed] == [e.summary for e in result.events]
    assert result.partnerships == ("Anderlecht – Marsassoum",)


def test_date_range(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    service = ExportService(demo.db, fixed_clock)
    april = service.preview(
        ExportRequest(marsassoum, start=dt.date(2026, 4, 1), end=dt.date(2026, 5, 31))
    )
    # The upcoming mission (28 April to 7 May) and the series; not the past mission.
    summaries = {e.summary for e in april.events}
    assert "Local tax collection: training and IT tools" in summaries
    assert "Local development office: field mission" not in summaries
    assert "Monthly follow-up Anderlecht – Marsassoum" in summaries
    with pytest.raises(EndBeforeStart):
        service.preview(
            ExportRequest(marsassoum, start=dt.date(2026, 5, 1), end=dt.date(2026, 4, 1))
        )
    with pytest.raises(NotFound):
        service.preview(ExportRequest(999))


# --- what each item becomes --------------------------------------------------------------------


def _mission(services: Services, world: World, **changes: object) -> int:
    values: dict[str, object] = {
        "partnership_id": world.partnership,
        "title": "Local tax collection: training",
        "destination_town_id": world.marsassoum,
        "start_date": dt.date(2026, 6, 11),
        "end_date": dt.date(2026, 6, 20),
        "status": MissionStatus.CONFIRMED,
        "objectives": "Train the agents.",
        "shared": True,
    }
    values.update(changes)
    return services.missions.create(MissionSpec(**values)).value.id  # type: ignore[arg-type]


def test_tombstoned_items_are_cancelled_with_a_higher_sequence(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    mission = _mission(services, world)
    leg = services.missions.add_leg(
        mission,
        LegSpec(
            "Brussels Airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
            reference="SN 201",
        ),
    ).value
    services.missions.remove_leg(leg.id)
    hidden = _mission(services, world, title="Not shared", shared=False)
    services.missions.delete(hidden, services.missions.get(hidden).mission.version)
    data = export(services, tmp_path, "x.ics", partnership_id=world.partnership)
    icscheck.agree(tmp_path / "x.ics")
    by_uid = {str(c["uid"]): c for c in components(data)}
    flight = by_uid[leg.uid]
    assert str(flight["status"]) == "CANCELLED"
    assert int(flight["sequence"]) == 1
    assert flight.decoded("dtstart") == dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS)
    assert str(flight["dtend"].params["TZID"]) == "Africa/Dakar"
    assert "Not shared" not in unfolded(data)


def test_mission_status_and_dates(services: Services, world: World) -> None:
    _mission(services, world, title="Idea", status=MissionStatus.IDEA)
    _mission(services, world, title="Called off", status=MissionStatus.CANCELLED)
    data = ExportService(services.db, fixed_clock).preview(ExportRequest(world.partnership)).data
    by_title = {str(c["summary"]): c for c in components(data)}
    assert str(by_title["Idea"]["status"]) == "TENTATIVE"
    assert str(by_title["Called off"]["status"]) == "CANCELLED"
    assert by_title["Idea"].decoded("dtstart") == dt.date(2026, 6, 11)
    assert by_title["Idea"].decoded("dtend") == dt.date(2026, 6, 21)  # exclusive
    assert str(by_title["Idea"]["location"]) == "Marsassoum"


def test_series_with_cancelled_moved_and_private_occurrences(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "Monthly follow-up",
            dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=6",
            60,
            Channel.ZOOM,
            "https://meet.example.org/am",
        )
    ).value

    def spec(row: object, **changes: object) -> FollowUpSpec:
        values = {
            "partnership_id": world.partnership,
            "title": row.title,  # type: ignore[attr-defined]
            "start": row.start,  # type: ignore[attr-defined]
            "duration_min": 60,
            "channel": Channel.ZOOM,
            "join_link": "https://meet.example.org/am",
        }
        values.update(changes)
        return FollowUpSpec(**values)  # type: ignore[arg-type]

    may, june, july, august = rows[1], rows[2], rows[3], rows[4]
    services.followups.update(
        may.id, may.version, spec(may, start=dt.datetime(2026, 5, 6, 15, 0, tzinfo=BRUSSELS))
    )
    services.followups.update(june.id, june.version, spec(june, status=FollowUpStatus.CANCELLED))
    services.followups.delete(july.id, july.version)
    services.followups.update(august.id, august.version, spec(august, shared=False))
    data = export(services, tmp_path, "series.ics", partnership_id=world.partnership)
    icscheck.agree(tmp_path / "series.ics")
    text = unfolded(data)
    assert text.count("BEGIN:VEVENT") == 2  # the series and the moved occurrence
    assert "DTSTART;TZID=Europe/Brussels:20260407T100000" in text
    assert "DTEND;TZID=Europe/Brussels:20260407T110000" in text
    for day in ("20260602", "20260707", "20260804"):
        assert f"EXDATE;TZID=Europe/Brussels:{day}T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260505T100000" in text
    assert "DTSTART;TZID=Europe/Brussels:20260506T150000" in text
    assert "URL:https://meet.example.org/am" in text
    report = icscheck.report(tmp_path / "series.ics")[0]["results"]
    assert report["libical"]["occurrences"] == 3  # six, less three EXDATEs


def test_export_rrule_puts_until_in_utc() -> None:
    assert export_rrule("FREQ=WEEKLY;COUNT=4", "Europe/Brussels") == "FREQ=WEEKLY;COUNT=4"
    assert (
        export_rrule("FREQ=WEEKLY;UNTIL=20260630T100000", "Europe/Brussels")
        == "FREQ=WEEKLY;UNTIL=20260630T080000Z"
    )
    assert (
        export_rrule("freq=monthly;until=20261231", "Africa/Dakar")
        == "FREQ=MONTHLY;UNTIL=20261231T235959Z"
    )


# --- the partner profile holds no internal data ------------------------------------------------

SENTINELS = {
    "notes": "SENTINELNOTES",
    "outcomes": "SENTINELOUTCOMES",
    "budget note": "SENTINELBUDGETNOTE",
    "amount": "987654",
    "funding": "SENTINELFUNDING",
    "person": "SENTINELPERSON",
    "email": "sentinel.mail@example.org",
    "phone": "+32 2 555 12 34",
    "phone link": "+221 77 555 12 34",
    "organisation": "SENTINELORG",
    "role": "SENTINELROLE",
    "agenda": "SENTINELAGENDA",
    "minutes": "SENTINELMINUTES",
    "decision": "SENTINELDECISION",
    "unshared mission": "SENTINELUNSHAREDMISSION",
    "unshared action": "SENTINELUNSHAREDACTION",
    "unshared call": "SENTINELUNSHAREDCALL",
}


def fill_with_sentinels(services: Services, world: World) -> None:
    s = SENTINELS
    person = services.people.create(
        PersonSpec(
            s["person"], world.marsassoum, s["organisation"], s["role"], s["email"], s["phone"]
        )
    ).value.id
    funding = services.funding.create(
        FundingSourceSpec(s["funding"], Decimal(s["amount"]), Currency.EUR)
    ).value.id
    mission = _mission(services, world, internal_notes=s["notes"], outcomes=s["outcomes"])
    services.missions.add_participant(
        mission, ParticipantSpec(person, ParticipantRole.HEAD_OF_DELEGATION)
    )
    services.missions.add_agenda_item(
        mission,
        AgendaItemSpec(
            "Steering committee",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
            "Town hall, Marsassoum",
        ),
    )
    services.missions.add_budget_line(
        BudgetLineSpec(
            BudgetCategory.TRAVEL,
            Decimal(s["amount"]),
            Decimal(s["amount"]),
            Currency.EUR,
            funding_source_id=funding,
            mission_id=mission,
            note=s["budget note"],
        )
    )
    _mission(services, world, title=s["unshared mission"], shared=False)
    call = services.followups.create(
        FollowUpSpec(
            world.partnership,
            "Follow-up call",
            dt.datetime(2026, 5, 5, 10, 0, tzinfo=BRUSSELS),
            channel=Channel.WHATSAPP,
            join_link=s["phone link"],
            agenda=s["agenda"],
            minutes=s["minutes"],
        )
    ).value
    services.followups.add_decision(call.id, s["decision"])
    services.followups.create(
        FollowUpSpec(
            world.partnership,
            s["unshared call"],
            dt.datetime(2026, 5, 12, 10, 0, tzinfo=BRUSSELS),
            shared=False,
        )
    )
    services.actions.create(
        ActionItemSpec(
            world.partnership,
            "Send the quotes",
            person,
            dt.date(2026, 5, 20),
            ActionStatus.OPEN,
            origin_followup_id=call.id,
            shared=True,
        )
    )
    services.actions.create(
        ActionItemSpec(world.partnership, s["unshared action"], person, dt.date(2026, 5, 21))
    )


def test_partner_profile_holds_no_internal_field(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    fill_with_sentinels(services, world)
    partner = export(services, tmp_path, "partner.ics", partnership_id=world.partnership)
    internal = export(
        services, tmp_path, "internal.ics", partnership_id=world.partnership,
        profile=Profile.INTERNAL,
    )  # fmt: skip
    icscheck.agree(tmp_path / "partner.ics", tmp_path / "internal.ics")
    for text in (partner.decode("utf-8"), unfolded(partner)):
        for what, sentinel in SENTINELS.items():
            assert sentinel not in text, what
            assert sentinel.replace(",", "\\,") not in text, what
    # The same export with the internal profile does carry them: the test can fail.
    inner = unfolded(internal)
    for what in ("notes", "outcomes", "person", "agenda", "minutes", "unshared mission"):
        assert SENTINELS[what] in inner, what
    assert "Due: Send the quotes" in unfolded(partner)
    assert "Steering committee" in unfolded(partner)
