"""Hostile and broken inputs: each answered within seconds, with a clear sentence or note.

The time limits here are generous hang detectors, not speed targets (those live in
``benchmarks/ics.py``): before the bounds, one ``FREQ=SECONDLY`` rule took 130 s.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumelage.domain.enums import MissionStatus
from jumelage.domain.messages import describe
from jumelage.domain.specs import FollowUpSpec, MissionSpec
from jumelage.ics import errors, limits
from jumelage.ics.notes import describe_note
from jumelage.services import Services
from jumelage.services.exchange_import import ImportService, read_file
from tests.conftest import fixed_clock
from tests.ics.conftest import World

SECONDS = 15


@contextmanager
def within(seconds: float = SECONDS) -> Iterator[None]:
    start = time.perf_counter()
    yield
    assert time.perf_counter() - start < seconds


def calendar(*events: list[str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN"]
    for i, body in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:h{i}@x", *body, "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR", ""])).encode()


@pytest.fixture
def importer(services: Services, world: World) -> ImportService:
    """An importer whose partnership has plans to clash with (so recurrences get expanded)."""
    services.missions.create(
        MissionSpec(
            world.partnership, "Mission", world.marsassoum, dt.date(2026, 6, 11),
            dt.date(2026, 6, 20), status=MissionStatus.CONFIRMED,
        )
    )  # fmt: skip
    services.followups.create(
        FollowUpSpec(
            world.partnership,
            "Call",
            dt.datetime(2026, 4, 7, 10, tzinfo=ZoneInfo("Europe/Brussels")),
        )
    )
    return ImportService(services.db, fixed_clock)


def refused(action: Callable[[], object]) -> str:
    with within(), pytest.raises(errors.CalendarError) as caught:
        action()
    text = describe(caught.value)
    assert "\n" not in text
    return text


def test_a_50_mb_file(importer: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "huge.ics"
    chunk = calendar(["DTSTART:20260407T080000Z", "DESCRIPTION:" + "x" * 1000]) * 1000
    with open(path, "wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    assert "too large to be a calendar" in refused(lambda: read_file(path))
    data = path.read_bytes()
    assert "too large" in refused(lambda: importer.apply(data, "huge.ics"))


def test_freq_secondly_from_1970(importer: ImportService) -> None:
    rule = ["DTSTART:19700101T000000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY"]
    hourly = ["DTSTART:19700101T000000Z", "DURATION:PT1H", "RRULE:FREQ=MINUTELY;INTERVAL=7"]
    with within():
        outcome = importer.apply(
            calendar(rule, hourly, [*rule[:1], "RRULE:FREQ=SECONDLY;BYMONTH=4"]), "s.ics"
        )
    preview = outcome.value
    assert len(preview.new) == 3
    notes = {n.code: n for n in preview.notes}
    assert "ics.recurrence-truncated" in notes
    assert "ics.recurrence-unsupported" in notes
    assert "repeats very often" in describe_note(notes["ics.recurrence-truncated"])
    assert notes["ics.recurrence-truncated"].detail == str(limits.MAX_OCCURRENCES)


def test_many_hostile_rules_share_one_budget(importer: ImportService) -> None:
    events = [
        ["DTSTART:15000101T000000Z", "RRULE:FREQ=DAILY;COUNT=100000000;BYMONTH=2;BYMONTHDAY=30"]
        for _ in range(300)
    ]
    with within():
        preview = importer.preview(calendar(*events), "daily.ics")
    assert len(preview.new) == 300


def test_100000_character_lines(importer: ImportService) -> None:
    body = [
        "DTSTART:20260407T080000Z",
        "SUMMARY:" + "S" * 100_000,
        "DESCRIPTION:" + "é" * 100_000,
        "X-ALT-DESC;FMTTYPE=text/html:" + "<p>" * 40_000,
    ]
    with within():
        preview = importer.apply(calendar(body), "long.ics").value
    (item,) = preview.new
    assert len(item.summary) == limits.MAX_SUMMARY
    assert {"ics.cut-summary", "ics.cut-description"} <= {n.code for n in preview.notes}


def test_nul_bytes(importer: ImportService) -> None:
    data = calendar(["DTSTART:20260407T080000Z", "SUMMARY:a\x00b"])
    text = refused(lambda: importer.apply(data, "nul.ics"))
    assert text.startswith("nul.ics holds binary data (NUL bytes on line 7)")
    utf16 = calendar(["DTSTART:20260407T080000Z"]).decode().encode("utf-16-le")
    assert "binary data" in refused(lambda: importer.apply(utf16, "utf16.ics"))
    with_bom = calendar(["DTSTART:20260407T080000Z"]).decode().encode("utf-16")
    assert len(importer.preview(with_bom, "utf16-bom.ics").new) == 1


def test_invalid_utf8(importer: ImportService) -> None:
    data = calendar(["DTSTART:20260407T080000Z", "SUMMARY:ok", "LOCATION:Sédhiou"])
    broken = data.replace(b"ok", b"o\xc3\x28k")  # UTF-8 elsewhere: a damaged UTF-8 file
    with within():
        preview = importer.preview(broken, "bad.ics")
    assert "ics.bad-utf8" in {n.code for n in preview.notes}
    assert preview.new[0].summary == "o\ufffd(k"
    latin = data.decode().encode("latin-1")  # no UTF-8 at all: read as Windows-1252
    preview = importer.preview(latin, "latin.ics")
    assert "ics.cp1252" in {n.code for n in preview.notes}


def test_garbage_is_not_a_calendar(importer: ImportService) -> None:
    assert "not an iCalendar file" in refused(lambda: importer.apply(b"\x89PNG\r\n" * 100, "p.ics"))
    lines = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\nBEGIN:VALARM\r\n" * 10_000
    assert "nests components" in refused(lambda: importer.apply(lines, "deep.ics"))


def test_dates_at_the_ends_of_the_calendar(importer: ImportService) -> None:
    events = [
        ["DTSTART:99991231", "DTEND:00010101T000000Z", "RRULE:FREQ=YEARLY;COUNT=3"],
        ["DTSTART:20260101", "DURATION:P99999W", "RRULE:FREQ=DAILY", "EXDATE:00010101T000000Z"],
        ["DTSTART:20260101T100000Z", "RRULE:FREQ=WEEKLY;INTERVAL=1000000;UNTIL=99991231"],
        ["DTSTART:20260101T100000Z", "RRULE:FREQ=DAILY;UNTIL=00010102T000000Z"],
        ["DTSTART:20260101T100000Z", "DTEND:89991231T000000Z"],
    ]
    with within():
        preview = importer.apply(calendar(*events), "ends.ics").value
    assert len(preview.new) == 4  # the first has no readable start (year 9999)
    assert "ics.no-dtstart" in {n.code for n in preview.notes}
