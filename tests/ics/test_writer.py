"""The writer: what each event becomes, byte-stable output, atomic files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumelage.domain.enums import EventStatus
from jumelage.ics import errors
from jumelage.ics.model import CalendarMeta, Category, Event
from jumelage.ics.writer import write_calendar, write_file

BRUSSELS, DAKAR = ZoneInfo("Europe/Brussels"), ZoneInfo("Africa/Dakar")
STAMP = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
META = CalendarMeta("Anderlecht – Marsassoum", "Anderlecht")


def event(**changes: object) -> Event:
    values: dict[str, object] = {
        "uid": "a@jumelage",
        "sequence": 2,
        "summary": "Steering committee",
        "start": dt.datetime(2026, 4, 29, 9, 0, tzinfo=DAKAR),
        "end": dt.datetime(2026, 4, 29, 12, 0, tzinfo=DAKAR),
        "status": EventStatus.CONFIRMED,
        "category": Category.AGENDA,
        "last_modified": dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
    }
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")


def vevents(data: bytes) -> list[list[str]]:
    found, current = [], None
    for line in lines(data):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT" and current is not None:
            found.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return found


def test_calendar_properties() -> None:
    data = write_calendar(META, [event()], STAMP)
    head = lines(data)[:9]
    assert head == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Jumelage//Jumelage calendar exchange//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Anderlecht – Marsassoum",
        "X-WR-CALNAME:Anderlecht – Marsassoum",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
    ]
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_a_dakar_time_keeps_its_zone() -> None:
    (only,) = vevents(write_calendar(META, [event()], STAMP))
    assert "DTSTART;TZID=Africa/Dakar:20260429T090000" in only
    assert "DTEND;TZID=Africa/Dakar:20260429T120000" in only
    assert not any(line.startswith(("DTSTART", "DTEND")) and line.endswith("Z") for line in only)


def test_every_event_has_the_publish_properties() -> None:
    (only,) = vevents(write_calendar(META, [event()], STAMP))
    assert only[:4] == ["UID:a@jumelage", "SEQUENCE:2", "DTSTAMP:20260320T110000Z", only[3]]
    for expected in (
        "SUMMARY:Steering committee",
        "CATEGORIES:Agenda",
        "STATUS:CONFIRMED",
        "ORGANIZER;CN=Anderlecht:mailto:noreply@jumelage.invalid",
        "LAST-MODIFIED:20260301T083000Z",
    ):
        assert expected in only


def test_all_day_events_have_an_exclusive_end() -> None:
    mission = event(start=dt.date(2026, 4, 27), end=dt.date(2026, 5, 7), category=Category.MISSION)
    (only,) = vevents(write_calendar(META, [mission], STAMP))
    assert "DTSTART;VALUE=DATE:20260427" in only
    assert "DTEND;VALUE=DATE:20260507" in only
    assert not any(
        line.startswith("BEGIN:VTIMEZONE") for line in lines(write_calendar(META, [mission], STAMP))
    )


def test_a_flight_has_two_zones_and_utc_stays_utc() -> None:
    flight = event(
        start=dt.datetime(2026, 4, 27, 11, 5, tzinfo=BRUSSELS),
        end=dt.datetime(2026, 4, 27, 16, 20, tzinfo=DAKAR),
        category=Category.TRAVEL,
    )
    call = event(
        uid="c@jumelage",
        start=dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC),
        end=dt.datetime(2026, 5, 1, 9, 0, tzinfo=ZoneInfo("UTC")),
    )
    data = write_calendar(META, [flight, call], STAMP)
    first, second = vevents(data)
    assert "DTSTART;TZID=Europe/Brussels:20260427T110500" in first
    assert "DTEND;TZID=Africa/Dakar:20260427T162000" in first
    assert "DTSTART:20260501T080000Z" in second
    assert "DTEND:20260501T090000Z" in second
    tzids = [line for line in lines(data) if line.startswith("TZID:")]
    assert tzids == ["TZID:Africa/Dakar", "TZID:Europe/Brussels"]


def test_a_naive_or_fixed_offset_time_is_refused() -> None:
    with pytest.raises(ValueError, match="IANA"):
        write_calendar(META, [event(start=dt.datetime(2026, 5, 1, 8, 0))], STAMP)
    fixed = dt.timezone(dt.timedelta(hours=2))
    with pytest.raises(ValueError, match="IANA"):
        write_calendar(META, [event(start=dt.datetime(2026, 5, 1, 8, 0, tzinfo=fixed))], STAMP)


def test_text_is_escaped_and_folded() -> None:
    text = "Objectives; training, tools\nsecond line with é " + "x" * 80
    data = write_calendar(META, [event(description=text, location="Town hall, Marsassoum")], STAMP)
    raw = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in raw)
    (only,) = vevents(data)
    assert "LOCATION:Town hall\\, Marsassoum" in only
    assert f"DESCRIPTION:Objectives\\; training\\, tools\\nsecond line with é {'x' * 80}" in only
    parsed = icalendar.Calendar.from_ical(data)
    (item,) = parsed.walk("VEVENT")
    assert str(item["description"]) == text


def test_series_with_exdates_and_an_override() -> None:
    first = dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
    master = event(
        uid="s@jumelage",
        start=first,
        end=first + dt.timedelta(hours=1),
        rrule="FREQ=MONTHLY;BYDAY=1TU;COUNT=6",
        exdates=(dt.datetime(2026, 6, 2, 10, 0, tzinfo=BRUSSELS),),
        category=Category.FOLLOW_UP,
    )
    moved = event(
        uid="s@jumelage",
        start=dt.datetime(2026, 5, 6, 15, 0, tzinfo=BRUSSELS),
        end=dt.datetime(2026, 5, 6, 16, 0, tzinfo=BRUSSELS),
        recurrence_id=dt.datetime(2026, 5, 5, 10, 0, tzinfo=BRUSSELS),
        category=Category.FOLLOW_UP,
    )
    data = write_calendar(META, [moved, master], STAMP)
    one, two = vevents(data)
    assert "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6" in one
    assert "EXDATE;TZID=Europe/Brussels:20260602T100000" in one
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260505T100000" in two


def test_same_data_gives_the_same_bytes_apart_from_dtstamp() -> None:
    events = [
        event(uid=f"{i}@jumelage", start=dt.datetime(2026, 4, 1 + i % 5, 9, tzinfo=DAKAR))
        for i in range(20)
    ]
    one = write_calendar(META, events, STAMP)
    two = write_calendar(META, list(reversed(events)), STAMP + dt.timedelta(hours=3))
    assert one != two
    assert one.replace(b"DTSTAMP:20260320T110000Z", b"") == two.replace(
        b"DTSTAMP:20260320T140000Z", b""
    )


def test_write_file_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "marsassoum.ics"
    target.write_bytes(b"old")
    write_file(target, b"new calendar")
    assert target.read_bytes() == b"new calendar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marsassoum.ics"]


def test_write_file_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "marsassoum.ics"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(errors.ExportFailed, match="No space left"):
        write_file(target, b"new calendar")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marsassoum.ics"]


def test_write_file_refuses_a_missing_folder_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(errors.ExportFolderMissing):
        write_file(tmp_path / "nope" / "x.ics", b"x")
    with pytest.raises(errors.ExportFailed, match="folder"):
        write_file(tmp_path, b"x")
