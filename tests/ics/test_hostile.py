"""Hostile and broken inputs: each answered within seconds, with a clear sentence or note.

The time limits here are generous hang detectors, not speed targets (those live in
``benchmarks/ics.py``): before the bounds, one ``FREQ=SECONDLY`` rule took 130 s.

No test here may reach the network (``tests/reliability/network.py``, autouse): a calendar
full of links (``LINKS``) is imported without following any of them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
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
from tests.reliability.network import no_network  # noqa: F401  (autouse: no network access)

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


#: A partner calendar full of links (RFC 5545, 7986, 9073 and common extensions): to the
#: loopback's discard port and to names that never resolve (``.invalid``), so even a leak
#: past the guard would reach nothing.
HTML = '<img src="http://127.0.0.1:9/x.png"><a href="http://partner.invalid/">b</a>'
LINKS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//hostile//links//EN",
        "URL:http://partner.invalid/calendar",
        "SOURCE;VALUE=URI:http://partner.invalid/calendar.ics",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1M",
        "IMAGE;VALUE=URI;DISPLAY=BADGE:http://127.0.0.1:9/logo.png",
        f"X-WR-CALNAME:Links {HTML}",
        "BEGIN:VTIMEZONE",
        "TZID:Partner/Zone",
        "TZURL:http://tz.partner.invalid/Partner-Zone.ics",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0100",
        "TZNAME:PZ",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:links-1@partner.invalid",
        "DTSTAMP:20260301T120000Z",
        "DTSTART;TZID=Partner/Zone:20260407T100000",
        "DTEND;TZID=Partner/Zone:20260407T110000",
        f'SUMMARY;ALTREP="http://partner.invalid/summary.html":Council {HTML}',
        f'DESCRIPTION;ALTREP="http://partner.invalid/agenda.html":Agenda {HTML}',
        'LOCATION;ALTREP="http://partner.invalid/map":Town hall',
        "URL:http://partner.invalid/event",
        "ATTACH;VALUE=URI:http://127.0.0.1:9/agenda.pdf",
        "ATTACH;FMTTYPE=text/html:https://partner.invalid/minutes.html",
        "IMAGE;VALUE=URI;DISPLAY=FULLSIZE:http://127.0.0.1:9/photo.png",
        "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Join:http://partner.invalid/join",
        'ORGANIZER;CN=Mairie;SENT-BY="http://partner.invalid/sender";'
        'DIR="ldap://partner.invalid/cn=mairie":mailto:mairie@partner.invalid',
        'ATTENDEE;CN=Awa;DIR="http://partner.invalid/awa":mailto:awa@partner.invalid',
        "STRUCTURED-DATA;VALUE=URI:http://partner.invalid/data.json",
        f"X-ALT-DESC;FMTTYPE=text/html:<html><body>{HTML}</body></html>",
        "BEGIN:VALARM",
        "ACTION:AUDIO",
        "TRIGGER:-PT15M",
        "ATTACH;VALUE=URI:http://127.0.0.1:9/ring.wav",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:links-2@partner.invalid",
        "DTSTAMP:20260301T120000Z",
        "DTSTART;TZID=http://tz.partner.invalid/Africa/Dakar:20260408T100000",
        "DURATION:PT1H",
        "SUMMARY:A time zone named by a link",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
).encode()


def test_links_in_a_calendar_are_read_as_text_and_never_followed(
    services: Services, importer: ImportService
) -> None:
    """No link is followed: the autouse ``no_network`` would fail the test at teardown."""
    with within():
        preview = importer.apply(LINKS, "links.ics").value
    assert [item.summary for item in preview.new] == [f"Council {HTML}"]
    # A time zone named by a link is not looked up: that event is left out, and said so.
    assert {"ics.zone-file", "ics.no-dtstart"} <= {n.code for n in preview.notes}
    [event] = services.external.list()
    assert (event.summary, event.location) == (f"Council {HTML}", "Town hall")  # as text
    conn = sqlite3.connect(services.db.path)
    try:
        [(description,)] = conn.execute("SELECT description FROM external_events").fetchall()
    finally:
        conn.close()
    assert description == f"Agenda {HTML}"
    with within():  # read again: nothing new, still nothing fetched
        assert not importer.preview(LINKS, "links.ics").has_changes
