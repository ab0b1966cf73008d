"""Rule-based VTIMEZONEs from tzdata: one observance for Dakar, two yearly rules for Brussels
and London, one observance per change for Casablanca and Hebron (their changes follow
Ramadan), and three independent parsers reading every start at the same instant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from jumelage.domain.enums import EventStatus
from jumelage.ics.model import CalendarMeta, Category, Event
from jumelage.ics.vtimezone import transitions, vtimezone
from jumelage.ics.writer import write_calendar
from tests.ics.conftest import Checker

STAMP = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)


def test_dakar_is_one_standard_observance() -> None:
    assert vtimezone("Africa/Dakar", 2026, 2026) == (
        "BEGIN:VTIMEZONE",
        "TZID:Africa/Dakar",
        "BEGIN:STANDARD",
        "DTSTART:20250101T000000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "END:STANDARD",
        "END:VTIMEZONE",
    )


def test_brussels_is_two_yearly_rules() -> None:
    assert vtimezone("Europe/Brussels", 2026, 2027) == (
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Brussels",
        "BEGIN:DAYLIGHT",
        "DTSTART:20250330T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:20251026T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "END:VTIMEZONE",
    )


def test_london_changes_at_one_in_the_morning() -> None:
    lines = vtimezone("Europe/London", 2026, 2026)
    assert "DTSTART:20250330T010000" in lines
    assert "DTSTART:20251026T020000" in lines
    assert lines.count("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU") == 1


def test_casablanca_lists_each_change() -> None:
    lines = vtimezone("Africa/Casablanca", 2026, 2026)
    assert not any(line.startswith("RRULE") for line in lines)
    # Ramadan 2026: UTC+0 from 15 February 03:00 to 22 March 02:00; then UTC+0 for good
    # from 20 September 2026 (tzdata 2026).
    text = "\n".join(lines)
    assert "DTSTART:20260215T030000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000" in text
    assert "DTSTART:20260322T020000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100" in text
    assert "DTSTART:20260920T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000" in text


def test_hebron_lists_each_change() -> None:
    lines = vtimezone("Asia/Hebron", 2026, 2026)
    assert not any(line.startswith("RRULE") for line in lines)
    assert "DTSTART:20250412T020000" in lines  # 2025: later, after Ramadan
    assert "DTSTART:20260328T020000" in lines


def test_transitions_are_found_to_the_second() -> None:
    found = transitions(
        ZoneInfo("Europe/Brussels"),
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2027, 1, 1, tzinfo=dt.UTC),
    )
    assert [t.instant for t in found] == [
        dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC),
    ]
    assert [t.wall for t in found] == [
        dt.datetime(2026, 3, 29, 2, 0),
        dt.datetime(2026, 10, 25, 3, 0),
    ]


def _event(uid: str, start: dt.datetime, hours: int = 1) -> Event:
    return Event(
        uid=uid,
        sequence=0,
        summary=uid,
        start=start,
        end=start + dt.timedelta(hours=hours),
        status=EventStatus.CONFIRMED,
        category=Category.AGENDA,
        last_modified=STAMP,
    )


#: (zone, local wall time, the UTC instant worked out by hand)
HARD_DAYS = [
    ("Europe/Brussels", dt.datetime(2026, 1, 15, 10), dt.datetime(2026, 1, 15, 9)),
    ("Europe/Brussels", dt.datetime(2026, 7, 15, 10), dt.datetime(2026, 7, 15, 8)),
    ("Europe/Brussels", dt.datetime(2026, 3, 29, 3, 30), dt.datetime(2026, 3, 29, 1, 30)),
    ("Europe/Brussels", dt.datetime(2027, 8, 1, 9), dt.datetime(2027, 8, 1, 7)),
    ("Africa/Dakar", dt.datetime(2026, 7, 15, 10), dt.datetime(2026, 7, 15, 10)),
    ("Africa/Casablanca", dt.datetime(2026, 3, 1, 11), dt.datetime(2026, 3, 1, 11)),
    ("Africa/Casablanca", dt.datetime(2026, 5, 1, 11), dt.datetime(2026, 5, 1, 10)),
    ("Africa/Casablanca", dt.datetime(2026, 10, 1, 11), dt.datetime(2026, 10, 1, 11)),
    ("Asia/Hebron", dt.datetime(2026, 3, 27, 10), dt.datetime(2026, 3, 27, 8)),
    ("Asia/Hebron", dt.datetime(2026, 4, 1, 10), dt.datetime(2026, 4, 1, 7)),
    ("Europe/London", dt.datetime(2026, 7, 15, 10), dt.datetime(2026, 7, 15, 9)),
]


def test_three_parsers_read_the_hard_days_alike(tmp_path: Path, icscheck: Checker) -> None:
    events = [
        _event(f"day-{i}@jumelage", wall.replace(tzinfo=ZoneInfo(zone)))
        for i, (zone, wall, _) in enumerate(HARD_DAYS)
    ]
    path = tmp_path / "hard-days.ics"
    path.write_bytes(write_calendar(CalendarMeta("Hard days", "Anderlecht"), events, STAMP))
    icscheck.agree(path)
    report = icscheck.report(path)[0]["results"]
    expected = sorted(f"{utc:%Y-%m-%dT%H:%M:%S}Z" for _, _, utc in HARD_DAYS)
    for parser in ("icaljs", "libical", "vobject"):
        assert report[parser]["starts_utc"] == expected, parser
