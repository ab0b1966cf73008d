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
from jumelage.domain.rows import FollowUpRow, LegRow
from jumelage.domain.series import Scope
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


def _flight(services: Services, mission: int) -> LegRow:
    """The mission's flight Brussels 11:05 → Dakar 16:20 on 11 June 2026 (its leg row)."""
    return services.missions.add_leg(
        mission,
        LegSpec(
            "Brussels Airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
            reference="SN 201",
        ),
    ).value


def test_tombstoned_items_are_cancelled_with_a_higher_sequence(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    mission = _mission(services, world)
    leg = _flight(services, mission)
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
    rows = _series(services, world)

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


# --- SEQUENCE follows what the partner sees ------------------------------------------------------


class Clock:
    """A clock the test moves on, so that LAST-MODIFIED can rise between two exports."""

    def __init__(self) -> None:
        self.now = fixed_clock()

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self) -> None:
        self.now += dt.timedelta(hours=1)


Key = tuple[str, str]


def vevent_blocks(data: bytes) -> dict[Key, list[str]]:
    """Each VEVENT's unfolded lines, keyed by UID and RECURRENCE-ID (read off the text)."""
    blocks: dict[Key, list[str]] = {}
    current: list[str] | None = None
    for line in unfolded(data).split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT" and current is not None:
            uid = next(x for x in current if x.startswith("UID:"))
            recurrence = next((x for x in current if x.startswith("RECURRENCE-ID")), "")
            blocks[(uid.removeprefix("UID:"), recurrence)] = current
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def _value(lines: list[str], name: str) -> str:
    return next(x for x in lines if x.startswith(name + ":")).removeprefix(name + ":")


def assert_sequence_follows_content(before: bytes, after: bytes) -> set[Key]:
    """Every VEVENT whose properties (DTSTAMP, SEQUENCE and LAST-MODIFIED aside) differ
    between two exports has a higher SEQUENCE and a later LAST-MODIFIED, and no UID that was
    in the first file is missing from the second (the partner would keep a ghost). Returns
    the keys of the VEVENTs that changed."""
    old, new = vevent_blocks(before), vevent_blocks(after)
    assert {uid for uid, _ in old} <= {uid for uid, _ in new}
    skipped = ("DTSTAMP:", "SEQUENCE:", "LAST-MODIFIED:")
    changed = set()
    for key, lines in new.items():
        if key not in old:
            continue
        if sorted(x for x in old[key] if not x.startswith(skipped)) == sorted(
            x for x in lines if not x.startswith(skipped)
        ):
            continue
        changed.add(key)
        assert int(_value(lines, "SEQUENCE")) > int(_value(old[key], "SEQUENCE")), key
        assert _value(lines, "LAST-MODIFIED") > _value(old[key], "LAST-MODIFIED"), key
    return changed


def _status(data: bytes, uid: str) -> str:
    return _value(vevent_blocks(data)[(uid, "")], "STATUS")


def _shared_mission(services: Services, world: World) -> tuple[int, str, str]:
    """A shared, confirmed mission with one flight and one agenda item: (id, leg and agenda
    item UIDs)."""
    mission = _mission(services, world)
    leg = _flight(services, mission)
    item = services.missions.add_agenda_item(
        mission,
        AgendaItemSpec(
            "Steering committee",
            dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR),
            "Town hall, Marsassoum",
        ),
    ).value
    return mission, leg.uid, item.uid


def _mission_spec(services: Services, mission_id: int, **changes: object) -> MissionSpec:
    row = services.missions.get(mission_id).mission
    values: dict[str, object] = {
        "partnership_id": row.partnership_id,
        "title": row.title,
        "destination_town_id": row.destination_town_id,
        "start_date": row.start_date,
        "end_date": row.end_date,
        "status": row.status,
        "objectives": row.objectives,
        "shared": row.shared,
    }
    values.update(changes)
    return MissionSpec(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [{"status": MissionStatus.CANCELLED}, {"status": MissionStatus.APPROVED}],
    ids=["cancelled", "approved"],
)
def test_a_mission_status_change_raises_the_sequence_of_its_legs_and_agenda(
    services: Services, world: World, changes: dict[str, object]
) -> None:
    clock = Clock()
    services = Services.over(services.db, clock=clock)
    mission, leg, item = _shared_mission(services, world)
    uid = services.missions.get(mission).mission.uid
    exports = ExportService(services.db, clock)
    before = exports.preview(ExportRequest(world.partnership)).data
    clock.tick()
    version = services.missions.get(mission).mission.version
    services.missions.update(mission, version, _mission_spec(services, mission, **changes))
    after = exports.preview(ExportRequest(world.partnership)).data
    assert assert_sequence_follows_content(before, after) == {(uid, ""), (leg, ""), (item, "")}
    expected = "CANCELLED" if changes["status"] is MissionStatus.CANCELLED else "TENTATIVE"
    assert {_status(after, x) for x in (uid, leg, item)} == {expected}


def _series(services: Services, world: World) -> list[FollowUpRow]:
    """A monthly Zoom follow-up, first Tuesday 10:00 Brussels, six times from April 2026."""
    return services.followups.create_series(
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


def _followup_spec(services: Services, followup_id: int, **changes: object) -> FollowUpSpec:
    row = services.followups.get(followup_id).followup
    values: dict[str, object] = {
        "partnership_id": row.partnership_id,
        "title": row.title,
        "start": row.start,
        "duration_min": row.duration_min,
        "channel": row.channel,
        "join_link": row.join_link,
        "status": row.status,
        "shared": row.shared,
    }
    values.update(changes)
    return FollowUpSpec(**values)  # type: ignore[arg-type]


def _cancel_this(services: Services, key: int) -> None:
    version = services.followups.get(key).followup.version
    services.series.cancel(key, Scope.THIS, version)


def _cancel_all(services: Services, key: int) -> None:
    version = services.followups.get(key).followup.version
    services.series.cancel(key, Scope.ALL, version)


def _cancel_by_status(services: Services, key: int) -> None:
    row = services.followups.get(key).followup
    spec = _followup_spec(services, key, status=FollowUpStatus.CANCELLED)
    services.followups.update(key, row.version, spec)


def _delete(services: Services, key: int) -> None:
    services.followups.delete(key, services.followups.get(key).followup.version)


def _unshare(services: Services, key: int) -> None:
    row = services.followups.get(key).followup
    services.followups.update(key, row.version, _followup_spec(services, key, shared=False))


OCCURRENCE_CHANGES = {
    "cancel this": _cancel_this,
    "cancel all": _cancel_all,
    "cancelled status": _cancel_by_status,
    "delete": _delete,
    "unshare": _unshare,
}


@pytest.mark.parametrize("change", list(OCCURRENCE_CHANGES))
def test_an_occurrence_change_raises_the_sequence_of_the_series(
    services: Services, world: World, change: str
) -> None:
    clock = Clock()
    services = Services.over(services.db, clock=clock)
    ids = [r.id for r in _series(services, world)]
    exports = ExportService(services.db, clock)
    before = exports.preview(ExportRequest(world.partnership)).data
    clock.tick()
    OCCURRENCE_CHANGES[change](services, ids[2])
    after = exports.preview(ExportRequest(world.partnership)).data
    [master] = vevent_blocks(after)
    assert "EXDATE;TZID=Europe/Brussels:20260602T100000" in vevent_blocks(after)[master]
    assert assert_sequence_follows_content(before, after) == {master}


@pytest.mark.parametrize("change", ["cancel this", "delete"])
def test_undoing_an_occurrence_change_raises_the_sequence_again(
    services: Services, world: World, change: str
) -> None:
    clock = Clock()
    services = Services.over(services.db, clock=clock)
    ids = [r.id for r in _series(services, world)]
    exports = ExportService(services.db, clock)
    if change == "delete":
        _delete(services, ids[2])
    else:
        version = services.followups.get(ids[2]).followup.version
        edit = services.series.cancel(ids[2], Scope.THIS, version).value
    before = exports.preview(ExportRequest(world.partnership)).data
    clock.tick()
    if change == "delete":
        services.followups.restore(ids[2])
    else:
        services.series.restore(edit.before)
    after = exports.preview(ExportRequest(world.partnership)).data
    [master] = vevent_blocks(after)
    assert "EXDATE" not in "".join(vevent_blocks(after)[master])
    assert assert_sequence_follows_content(before, after) == {master}


# --- an item shared once and then unshared -------------------------------------------------------


def test_unshared_items_go_out_cancelled_with_a_higher_sequence(
    services: Services, world: World, tmp_path: Path
) -> None:
    clock = Clock()
    services = Services.over(services.db, clock=clock)
    mission, leg, item = _shared_mission(services, world)
    mission_uid = services.missions.get(mission).mission.uid
    call = services.followups.create(
        FollowUpSpec(
            world.partnership, "Budget call", dt.datetime(2026, 5, 5, 10, 0, tzinfo=BRUSSELS)
        )
    ).value
    action = services.actions.create(
        ActionItemSpec(
            world.partnership, "Send the quotes", due_date=dt.date(2026, 5, 20), shared=True
        )
    ).value
    before = export(services, tmp_path, "before.ics", partnership_id=world.partnership)
    uids = (mission_uid, leg, item, call.uid, action.uid)
    assert {_status(before, uid) for uid in uids} == {"CONFIRMED"}

    clock.tick()
    version = services.missions.get(mission).mission.version
    services.missions.update(mission, version, _mission_spec(services, mission, shared=False))
    _unshare(services, call.id)
    row = services.actions.get(action.id)
    services.actions.update(
        action.id,
        row.version,
        ActionItemSpec(world.partnership, "Send the quotes", due_date=dt.date(2026, 5, 20)),
    )
    after = export(services, tmp_path, "after.ics", partnership_id=world.partnership)
    changed = assert_sequence_follows_content(before, after)
    assert changed == {(uid, "") for uid in uids}
    assert {_status(after, uid) for uid in uids} == {"CANCELLED"}

    # Added to the mission after it stopped being shared: never in a partner's file.
    services.missions.add_leg(
        mission,
        LegSpec(
            "Dakar Blaise Diagne",
            "Ziguinchor",
            dt.datetime(2026, 6, 12, 7, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 12, 8, 5, tzinfo=DAKAR),
            reference="HC 201",
        ),
    )
    later = export(services, tmp_path, "later.ics", partnership_id=world.partnership)
    assert "Ziguinchor" not in unfolded(later)
    assert vevent_blocks(later).keys() == vevent_blocks(after).keys()

    # Shared again: back with a higher SEQUENCE still, the new leg with it.
    clock.tick()
    version = services.missions.get(mission).mission.version
    services.missions.update(mission, version, _mission_spec(services, mission, shared=True))
    again = export(services, tmp_path, "again.ics", partnership_id=world.partnership)
    assert {(mission_uid, ""), (leg, ""), (item, "")} <= assert_sequence_follows_content(
        after, again
    )
    assert _status(again, leg) == "CONFIRMED"
    assert "Ziguinchor" in unfolded(again)


def test_never_shared_items_never_appear(services: Services, world: World, tmp_path: Path) -> None:
    mission = _mission(services, world, title="SENTINELPRIVATE mission", shared=False)
    services.missions.add_leg(
        mission,
        LegSpec(
            "SENTINELPRIVATE airport",
            "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
        ),
    )
    version = services.missions.get(mission).mission.version
    services.missions.update(
        mission,
        version,
        _mission_spec(services, mission, status=MissionStatus.CANCELLED),
    )
    call = services.followups.create(
        FollowUpSpec(
            world.partnership,
            "SENTINELPRIVATE call",
            dt.datetime(2026, 5, 5, 10, 0, tzinfo=BRUSSELS),
            shared=False,
        )
    ).value
    services.followups.delete(call.id, call.version)
    action = services.actions.create(
        ActionItemSpec(world.partnership, "SENTINELPRIVATE action", due_date=dt.date(2026, 5, 20))
    ).value
    services.actions.set_status(action.id, action.version, ActionStatus.DROPPED)
    services.followups.create_series(
        SeriesSpec(
            world.partnership,
            "SENTINELPRIVATE series",
            dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
            shared=False,
        )
    )
    partner = export(services, tmp_path, "partner.ics", partnership_id=world.partnership)
    assert b"BEGIN:VEVENT" not in partner
    internal = export(
        services, tmp_path, "internal.ics", partnership_id=world.partnership,
        profile=Profile.INTERNAL,
    )  # fmt: skip
    # Mission, leg (summary and location), call, action and series: the test can fail.
    assert unfolded(internal).count("SENTINELPRIVATE") == 6


def test_every_change_to_the_demo_raises_the_sequence_of_what_it_changes(demo: Services) -> None:
    """The generic rule on the demo partnership, across several kinds of change at once."""
    clock = Clock()
    services = Services.over(demo.db, clock=clock)
    marsassoum = services.partnerships.find("Marsassoum").id
    exports = ExportService(services.db, clock)
    before = exports.preview(ExportRequest(marsassoum)).data
    clock.tick()
    mission = next(x for x in services.missions.list(marsassoum) if x.title.startswith("Local tax"))
    services.missions.update(
        mission.id,
        mission.version,
        _mission_spec(services, mission.id, status=MissionStatus.CANCELLED),
    )
    calls = [f for f in services.followups.list(marsassoum) if f.series_id is not None]
    coming = [f for f in calls if f.start > fixed_clock()]
    services.series.cancel(coming[0].id, Scope.THIS, coming[0].version)
    services.followups.delete(coming[1].id, coming[1].version)
    _unshare(services, coming[2].id)
    action = next(a for a in services.actions.list(marsassoum) if a.shared and a.due_date)
    services.actions.set_status(action.id, action.version, ActionStatus.DROPPED)
    after = exports.preview(ExportRequest(marsassoum)).data
    changed = {uid for uid, _ in assert_sequence_follows_content(before, after)}
    detail = services.missions.get(mission.id)
    series = services.series.get(calls[0].series_id)  # type: ignore[arg-type]
    expected = {mission.uid, series.uid, action.uid}
    expected |= {leg.uid for leg in detail.legs} | {item.uid for item in detail.agenda}
    assert changed == expected
