"""ImportService: preview, merge by UID + RECURRENCE-ID, round trips between two databases."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumelage.domain.enums import Channel, EventStatus, FollowUpStatus, MissionStatus
from jumelage.domain.rows import FollowUpRow
from jumelage.domain.specs import AgendaItemSpec, FollowUpSpec, LegSpec, MissionSpec, SeriesSpec
from jumelage.ics import errors
from jumelage.persistence import models as m
from jumelage.persistence.backup import copy_database
from jumelage.persistence.database import Database, open_database
from jumelage.services import Services
from jumelage.services.exchange import ExportRequest, ExportService, recurrence_key
from jumelage.services.exchange_import import ImportService
from tests.conftest import fixed_clock
from tests.ics.conftest import World, make_world

BRUSSELS, DAKAR = ZoneInfo("Europe/Brussels"), ZoneInfo("Africa/Dakar")


def snapshot(db: Database) -> list[str]:
    """Every row of the database file, as SQL (what "nothing changed" compares)."""
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def partner(empty_template: Path, tmp_path: Path) -> Iterator[Services]:
    """A second database: the partner town's Jumelage, with the same towns."""
    path = tmp_path / "partner.sqlite"
    copy_database(empty_template, path)
    database = open_database(path, daily_backup=False)
    yield Services.over(database, clock=fixed_clock)
    database.close()


def plan(services: Services, world: World) -> dict[str, int]:
    """A shared mission with a flight, two agenda items, a series with a cancelled and a
    moved occurrence, and a single call."""
    mission = services.missions.create(
        MissionSpec(
            world.partnership, "Local tax collection: training", world.marsassoum,
            dt.date(2026, 6, 11), dt.date(2026, 6, 20), status=MissionStatus.CONFIRMED,
            objectives="Train the agents; install the laptops.", shared=True,
        )
    ).value.id  # fmt: skip
    services.missions.add_leg(
        mission,
        LegSpec(
            "Brussels Airport", "Dakar Blaise Diagne",
            dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR), reference="SN 201",
        ),
    )  # fmt: skip
    first = services.missions.add_agenda_item(
        mission,
        AgendaItemSpec(
            "Training day 1", dt.datetime(2026, 6, 13, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 13, 12, 0, tzinfo=DAKAR), "Town hall, Marsassoum",
            "The tax register.",
        ),
    ).value.id  # fmt: skip
    services.missions.add_agenda_item(
        mission,
        AgendaItemSpec(
            "Steering committee", dt.datetime(2026, 6, 16, 10, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 16, 12, 0, tzinfo=DAKAR), "Town hall, Marsassoum",
        ),
    )  # fmt: skip
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership, "Monthly follow-up",
            dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS), "FREQ=MONTHLY;BYDAY=1TU;COUNT=4",
            60, Channel.ZOOM, "https://meet.example.org/am",
        )
    ).value  # fmt: skip
    may, june = rows[1], rows[2]
    base = {
        "partnership_id": world.partnership, "title": "Monthly follow-up",
        "duration_min": 60, "channel": Channel.ZOOM, "join_link": "https://meet.example.org/am",
    }  # fmt: skip
    services.followups.update(
        may.id, may.version,
        FollowUpSpec(start=dt.datetime(2026, 5, 6, 15, 0, tzinfo=BRUSSELS), **base),  # type: ignore[arg-type]
    )  # fmt: skip
    services.followups.update(
        june.id, june.version,
        FollowUpSpec(start=june.start, status=FollowUpStatus.CANCELLED, **base),  # type: ignore[arg-type]
    )  # fmt: skip
    services.followups.create(
        FollowUpSpec(
            world.partnership, "Budget call", dt.datetime(2026, 4, 21, 9, 0, tzinfo=DAKAR), 45
        )
    )
    return {"mission": mission, "agenda": first}


def export(services: Services, world: World, clock_shift: int = 0) -> bytes:
    when = fixed_clock() + dt.timedelta(hours=clock_shift)
    return ExportService(services.db, lambda: when).preview(ExportRequest(world.partnership)).data


def instant(value: dt.date | dt.datetime | None) -> object:
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


def test_round_trip_keeps_every_shared_field(services: Services, partner: Services) -> None:
    theirs = make_world(partner)
    plan(partner, theirs)
    data = export(partner, theirs)
    sent = ExportService(partner.db, fixed_clock).preview(ExportRequest(theirs.partnership))
    ours = make_world(services)
    importer = ImportService(services.db, fixed_clock)

    preview = importer.preview(data, "marsassoum.ics")  # one partnership: no need to say which
    assert len(preview.new) == len(sent.events) == 7
    assert preview.partnership_id == ours.partnership
    outcome = importer.apply(data, "marsassoum.ics")
    assert outcome.changes
    assert outcome.value.calendar_id is not None

    with services.db.read() as s:
        stored = {(e.uid, e.recurrence_id): e for e in s.query(m.ExternalEvent)}
    rows = {(r.uid, r.recurrence_id): r for r in services.external.list()}
    assert len(stored) == len(rows) == 7
    for event in sent.events:
        key = (event.uid, recurrence_key(event.recurrence_id))
        row, raw = rows[key], stored[key]
        assert row.summary == event.summary
        assert row.location == event.location
        assert raw.description == event.description
        assert row.sequence == event.sequence
        assert row.status == event.status
        assert row.all_day == (not isinstance(event.start, dt.datetime))
        assert instant(row.start) == instant(event.start)
        assert instant(row.end) == instant(event.end)
        if isinstance(event.start, dt.datetime):
            assert row.start.tzinfo == event.start.tzinfo  # type: ignore[union-attr]
    flight = next(r for r in rows.values() if r.summary.startswith("Flight"))
    assert flight.start == dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS)
    # One zone per imported event: the landing (16:20 in Dakar) is shown on Brussels' clocks.
    assert flight.end == dt.datetime(2026, 6, 11, 18, 20, tzinfo=BRUSSELS)
    series = stored[(next(e.uid for e in sent.events if e.rrule), "")]
    assert "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=4" in series.raw
    assert "EXDATE;TZID=Europe/Brussels:20260602T100000" in series.raw


def test_reimport_changes_exactly_what_the_partner_changed(
    services: Services, partner: Services
) -> None:
    theirs = make_world(partner)
    ids = plan(partner, theirs)
    make_world(services)
    importer = ImportService(services.db, fixed_clock)
    first = export(partner, theirs)
    importer.apply(first, "marsassoum.ics")
    before = snapshot(services.db)

    again = importer.apply(first, "marsassoum.ics")
    assert not again.changes
    assert not again.value.has_changes
    assert len(again.value.unchanged) == 7
    assert snapshot(services.db) == before  # not even the import time moved

    # The partner renames the mission, deletes an agenda item and adds one.
    mission = partner.missions.get(ids["mission"]).mission
    spec = MissionSpec(
        theirs.partnership, "Local tax collection: training and IT tools", theirs.marsassoum,
        mission.start_date, mission.end_date, status=mission.status,
        objectives=mission.objectives, shared=True,
    )  # fmt: skip
    partner.missions.update(mission.id, mission.version, spec)
    partner.missions.remove_agenda_item(ids["agenda"])
    added = partner.missions.add_agenda_item(
        mission.id,
        AgendaItemSpec(
            "IT tools: hand-over", dt.datetime(2026, 6, 15, 9, 0, tzinfo=DAKAR),
            dt.datetime(2026, 6, 15, 11, 0, tzinfo=DAKAR),
        ),
    ).value  # fmt: skip
    second = export(partner, theirs, clock_shift=24)
    preview = importer.preview(second, "marsassoum.ics")
    assert [(i.uid, i.fields) for i in preview.changed] == [(mission.uid, ("summary",))]
    removed = partner.missions.get(ids["mission"])
    assert [i.summary for i in preview.cancelled] == ["Training day 1"]
    assert [i.uid for i in preview.new] == [added.uid]
    assert len(preview.unchanged) == 5
    assert not preview.older
    assert not preview.missing
    assert removed.mission.title == "Local tax collection: training and IT tools"

    done = importer.apply(second, "marsassoum.ics").value
    assert (len(done.new), len(done.changed), len(done.cancelled)) == (1, 1, 1)
    rows = {(r.uid, r.recurrence_id): r for r in services.external.list()}
    assert rows[(mission.uid, "")].summary == "Local tax collection: training and IT tools"
    cancelled = next(r for r in rows.values() if r.summary == "Training day 1")
    assert cancelled.status is EventStatus.CANCELLED  # kept, not deleted
    assert len(rows) == 8

    # The first file again, later: older than what we have, so nothing changes.
    after = snapshot(services.db)
    stale = importer.apply(first, "marsassoum.ics")
    assert not stale.changes
    assert {i.summary for i in stale.value.older} == {
        "Local tax collection: training",
        "Training day 1",
    }
    assert [i.summary for i in stale.value.missing] == ["IT tools: hand-over"]
    assert snapshot(services.db) == after


def test_our_own_items_are_recognised_not_duplicated(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum")
    data = ExportService(demo.db, fixed_clock).preview(ExportRequest(marsassoum.id)).data
    before = snapshot(demo.db)
    importer = ImportService(demo.db, fixed_clock)
    preview = importer.apply(data, "back-from-marsassoum.ics").value
    assert preview.partnership_id == marsassoum.id  # guessed from our UIDs, with a note
    assert "ics.partnership-guessed" in {n.code for n in preview.notes}
    assert len(preview.ours) == 28
    assert {o.state for o in preview.ours} == {"same"}
    assert not preview.new
    assert not preview.conflicts
    assert snapshot(demo.db) == before
    assert demo.external.list() == []


def test_a_partner_only_edit_of_our_item_is_not_a_conflict(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum")
    sent = ExportService(demo.db, fixed_clock).preview(ExportRequest(marsassoum.id))
    mission = next(e for e in sent.events if e.summary.startswith("Local tax collection"))
    text = sent.data.replace(
        f"UID:{mission.uid}\r\nSEQUENCE:0".encode(), f"UID:{mission.uid}\r\nSEQUENCE:1".encode()
    ).replace(b"SUMMARY:Local tax collection", b"SUMMARY:Tax collection (new dates?)")
    preview = ImportService(demo.db, fixed_clock).preview(text, "x.ics", marsassoum.id)
    # Only the partner changed it (ours was not edited since): not a conflict, ours kept.
    assert not preview.conflicts
    (edit,) = preview.partner_edits
    assert (edit.uid, edit.fields, edit.takeable) == (mission.uid, ("summary",), True)
    assert not preview.new


def test_clashes_with_our_missions_and_followups(services: Services, world: World) -> None:
    services.missions.create(
        MissionSpec(
            world.partnership, "Training mission", world.marsassoum, dt.date(2026, 6, 11),
            dt.date(2026, 6, 20), status=MissionStatus.CONFIRMED,
        )
    )  # fmt: skip
    services.followups.create(
        FollowUpSpec(world.partnership, "Our call", dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS))
    )
    data = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//partner//EN",
            "BEGIN:VEVENT",
            "UID:fete@m",
            "DTSTART;TZID=Africa/Dakar:20260615T100000",
            "DTEND;TZID=Africa/Dakar:20260615T120000",
            "SUMMARY:Fête du village",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:weekly@m",
            "DTSTART:20260331T083000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "SUMMARY:Conseil municipal",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:off@m",
            "DTSTART:20260407T080000Z",
            "DURATION:PT1H",
            "STATUS:CANCELLED",
            "SUMMARY:Annulé",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:later@m",
            "DTSTART;VALUE=DATE:20260901",
            "SUMMARY:Rentrée",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    ).encode()
    preview = ImportService(services.db, fixed_clock).preview(data, "m.ics")
    found = [(c.summary, c.kind, c.title, c.start) for c in preview.clashes]
    assert found == [
        (
            "Conseil municipal",
            "follow-up",
            "Our call",
            dt.datetime(2026, 4, 7, 8, 30, tzinfo=dt.UTC),
        ),
        (
            "Fête du village",
            "mission",
            "Training mission",
            dt.datetime(2026, 6, 15, 10, tzinfo=dt.UTC),
        ),
    ]


def test_a_refused_file_changes_nothing(services: Services, world: World) -> None:
    importer = ImportService(services.db, fixed_clock)
    before = snapshot(services.db)
    for bad in (b"", b"\x00\x01binary", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", b"<html/>"):
        with pytest.raises(errors.CalendarError):
            importer.apply(bad, "bad.ics")
    assert snapshot(services.db) == before


def test_the_import_is_all_or_nothing(
    services: Services, partner: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The events are inserted, then the disk fails: the transaction leaves nothing behind."""
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.dml import Insert

    theirs = make_world(partner)
    plan(partner, theirs)
    make_world(services)
    before = snapshot(services.db)
    execute = Session.execute
    inserted = []

    def failing(self: Session, statement: object, *args: object, **kwargs: object) -> object:
        result = execute(self, statement, *args, **kwargs)  # type: ignore[arg-type]
        if isinstance(statement, Insert) and statement.table.name == "external_events":
            inserted.append(True)
            raise OSError(5, "Input/output error")
        return result

    monkeypatch.setattr(Session, "execute", failing)
    with pytest.raises(OSError, match="Input/output"):
        ImportService(services.db, fixed_clock).apply(export(partner, theirs), "x.ics")
    monkeypatch.undo()
    assert inserted
    assert snapshot(services.db) == before


def test_which_partnership(demo: Services, tmp_path: Path) -> None:
    importer = ImportService(demo.db, fixed_clock)
    named = b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Commune de Zagora\r\nBEGIN:VEVENT\r\nUID:z@z\r\n"
    named += b"DTSTART:20260407T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert importer.preview(named, "z.ics").partnership == "Anderlecht – Zagora"
    unnamed = named.replace(b"Commune de Zagora", b"Agenda")
    with pytest.raises(errors.PartnershipNeeded) as caught:
        importer.preview(unnamed, "z.ics")
    assert "Anderlecht – Marsassoum" in str(caught.value)
    zagora = demo.partnerships.find("Zagora").id
    assert importer.preview(unnamed, "z.ics", zagora).partnership == "Anderlecht – Zagora"


def test_calendars_are_kept_per_partnership_and_name(services: Services, world: World) -> None:
    importer = ImportService(services.db, fixed_clock)
    event = b"BEGIN:VEVENT\r\nUID:a@m\r\nDTSTART:20260407T080000Z\r\nEND:VEVENT\r\n"
    one = b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Mairie\r\n" + event + b"END:VCALENDAR\r\n"
    two = one.replace(b"Mairie", b"Comite").replace(b"a@m", b"b@m")
    renamed = one.replace(b"X-WR-CALNAME:Mairie\r\n", b"")  # same events, no name: found by UID
    first = importer.apply(one, "mairie.ics").value.calendar_id
    second = importer.apply(two, "comite.ics").value.calendar_id
    assert first != second
    assert importer.preview(renamed, "mairie-v2.ics").calendar_id == first
    assert {r.calendar for r in services.external.list()} == {"Mairie", "Comite"}


def test_read_file_refuses_before_reading(tmp_path: Path) -> None:
    from jumelage.ics import limits
    from jumelage.ics.reader import read_file

    with pytest.raises(errors.CalendarFileMissing):
        read_file(tmp_path / "none.ics")
    big = tmp_path / "big.ics"
    with open(big, "wb") as handle:
        handle.truncate(limits.MAX_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(errors.CalendarTooLarge):
        read_file(big)


def test_recurrence_key() -> None:
    assert recurrence_key(None) == ""
    assert recurrence_key(dt.date(2026, 5, 5)) == "20260505"
    assert recurrence_key(dt.datetime(2026, 5, 5, 10, tzinfo=BRUSSELS)) == "20260505T080000Z"


class Clock:
    """A clock the test moves forward (what "since the last import" is measured with)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, hours: int = 1) -> None:
        self.now += dt.timedelta(hours=hours)


def partner_file(call_uid: str, sequence: int, start: str, summary: str) -> bytes:
    """The partner's calendar: their own event and their copy of our call."""
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//partner//EN",
            "X-WR-CALNAME:Marsassoum",
            "BEGIN:VEVENT",
            "UID:fete@m",
            "DTSTAMP:20260301T000000Z",
            "DTSTART;TZID=Africa/Dakar:20260815T100000",
            "DTEND;TZID=Africa/Dakar:20260815T120000",
            "SUMMARY:Fete du village",
            "END:VEVENT",
            "BEGIN:VEVENT",
            f"UID:{call_uid}",
            f"SEQUENCE:{sequence}",
            "DTSTAMP:20260301T000000Z",
            f"DTSTART:{start}",
            "DURATION:PT1H",
            f"SUMMARY:{summary}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    ).encode()


def _our_budget_call(
    services: Services, world: World
) -> tuple[Clock, Services, FollowUpRow, ImportService]:
    """Our follow-up "Budget call" on 7 April 2026, 10:00 Brussels, with a clock the test
    moves on, the services and the importer that use it."""
    clock = Clock()
    ours = Services.over(services.db, clock=clock)
    call = ours.followups.create(
        FollowUpSpec(
            world.partnership, "Budget call", dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
        )
    ).value
    return clock, ours, call, ImportService(services.db, clock)


def test_changed_on_both_sides_is_a_conflict_the_user_resolves(
    services: Services, world: World
) -> None:
    clock, ours, call, importer = _our_budget_call(services, world)
    # 1. The partner's file holds our call as we sent it (10:00 Brussels = 08:00Z): same.
    clock.advance()
    first = importer.apply(
        partner_file(call.uid, 0, "20260407T080000Z", "Budget call"), "m.ics", world.partnership
    ).value
    assert [o.state for o in first.ours] == ["same"]
    assert len(first.new) == 1
    # 2. We rename the call here; the partner moves it to 11:00 Brussels there.
    clock.advance()
    ours.followups.update(
        call.id,
        ours.followups.get(call.id).followup.version,
        FollowUpSpec(
            world.partnership, "Budget call (2027)", dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
        ),
    )
    clock.advance()
    theirs = partner_file(call.uid, 1, "20260407T090000Z", "Budget call")
    preview = importer.preview(theirs, "m.ics", world.partnership)
    (conflict,) = preview.conflicts
    assert conflict.uid == call.uid
    assert set(conflict.fields) == {"summary", "start", "end"}
    assert conflict.takeable
    # 3. Applying without a choice keeps ours and changes nothing at all.
    before = snapshot(services.db)
    assert not importer.apply(theirs, "m.ics", world.partnership).value.taken
    assert snapshot(services.db) == before
    # 4. "Take theirs": the partner's title and time replace ours, SEQUENCE rises.
    clock.advance()
    done = importer.apply(theirs, "m.ics", world.partnership, take_theirs=[conflict.key])
    assert [o.uid for o in done.value.taken] == [call.uid]
    row = ours.followups.get(call.id).followup
    assert row.title == "Budget call"
    assert row.start == dt.datetime(2026, 4, 7, 11, 0, tzinfo=BRUSSELS)
    # 5. Re-importing the same file now changes nothing.
    clock.advance()
    again = importer.preview(theirs, "m.ics", world.partnership)
    assert [o.state for o in again.ours] == ["same"]
    before = snapshot(services.db)
    importer.apply(theirs, "m.ics", world.partnership, take_theirs=[conflict.key])
    assert snapshot(services.db) == before


def test_only_we_changed_our_item_the_partner_copy_is_older(
    services: Services, world: World
) -> None:
    clock, ours, call, importer = _our_budget_call(services, world)
    clock.advance()
    sent = partner_file(call.uid, 0, "20260407T080000Z", "Budget call")
    importer.apply(sent, "m.ics", world.partnership)
    clock.advance()
    ours.followups.update(
        call.id,
        ours.followups.get(call.id).followup.version,
        FollowUpSpec(
            world.partnership, "Budget call (2027)", dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
        ),
    )
    clock.advance()
    preview = importer.preview(sent, "m.ics", world.partnership)
    assert [(o.state, o.fields) for o in preview.ours] == [("older", ("summary",))]
    assert not preview.conflicts


def test_taking_the_partners_copy_of_our_mission_moves_its_days(demo: Services) -> None:
    marsassoum = demo.partnerships.find("Marsassoum")
    sent = ExportService(demo.db, fixed_clock).preview(ExportRequest(marsassoum.id))
    mission = next(e for e in sent.events if e.summary.startswith("Local tax collection"))
    text = sent.data.replace(
        f"UID:{mission.uid}\r\nSEQUENCE:0".encode(), f"UID:{mission.uid}\r\nSEQUENCE:1".encode()
    ).replace(b"DTSTART;VALUE=DATE:20260427", b"DTSTART;VALUE=DATE:20260428")
    importer = ImportService(demo.db, fixed_clock)
    (edit,) = importer.preview(text, "x.ics", marsassoum.id).partner_edits
    assert edit.fields == ("start",)
    before = snapshot(demo.db)
    importer.apply(text, "x.ics", marsassoum.id)  # ours kept by default: nothing changes
    assert snapshot(demo.db) == before
    done = importer.apply(text, "x.ics", marsassoum.id, take_theirs=[edit.key]).value
    assert [o.uid for o in done.taken] == [mission.uid]
    row = next(r for r in demo.missions.list() if r.uid == mission.uid)
    assert (row.start_date, row.end_date, row.sequence) == (
        dt.date(2026, 4, 28),
        dt.date(2026, 5, 6),
        1,
    )
    assert not importer.preview(text, "x.ics", marsassoum.id).partner_edits


def test_taking_the_partners_cancellation_of_our_mission_cancels_its_legs_and_agenda(
    services: Services, world: World
) -> None:
    mission_id = plan(services, world)["mission"]
    uid = services.missions.get(mission_id).mission.uid
    sent = ExportService(services.db, fixed_clock).preview(ExportRequest(world.partnership))
    before = {e.uid: e for e in sent.events if e.related_to == uid}
    assert len(before) == 3  # the flight and the two agenda items
    assert {e.status for e in before.values()} == {EventStatus.CONFIRMED}
    # The partner cancels our mission in their copy (and raises its SEQUENCE).
    head, *blocks = sent.data.split(b"BEGIN:VEVENT")
    for i, block in enumerate(blocks):
        if f"UID:{uid}\r\n".encode() in block:
            blocks[i] = block.replace(b"SEQUENCE:0", b"SEQUENCE:1").replace(
                b"STATUS:CONFIRMED", b"STATUS:CANCELLED"
            )
    text = b"BEGIN:VEVENT".join([head, *blocks])
    importer = ImportService(services.db, fixed_clock)
    (edit,) = importer.preview(text, "x.ics", world.partnership).partner_edits
    assert (edit.uid, edit.fields) == (uid, ("status",))
    done = importer.apply(text, "x.ics", world.partnership, take_theirs=[edit.key]).value
    assert [o.uid for o in done.taken] == [uid]
    assert services.missions.get(mission_id).mission.status is MissionStatus.CANCELLED
    again = ExportService(services.db, fixed_clock).preview(ExportRequest(world.partnership))
    after = {e.uid: e for e in again.events if e.uid in before}
    assert {u: e.status for u, e in after.items()} == dict.fromkeys(before, EventStatus.CANCELLED)
    assert {u: e.sequence for u, e in after.items()} == {
        u: e.sequence + 1 for u, e in before.items()
    }
