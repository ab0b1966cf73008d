"""The reader on what real clients write, and on what it must refuse (with the line)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jumelage.domain.enums import EventStatus
from jumelage.domain.messages import describe
from jumelage.ics import errors, limits
from jumelage.ics.notes import describe_note
from jumelage.ics.reader import ParsedCalendar, ParsedEvent, read_calendar

DAKAR = "Africa/Dakar"
UTC = dt.UTC


def cal(*event_lines: str, head: tuple[str, ...] = (), extra: tuple[str, ...] = ()) -> bytes:
    """A calendar with one VEVENT holding ``event_lines`` (UID and DTSTAMP added if absent)."""
    body = list(event_lines)
    if not any(line.startswith("UID") for line in body):
        body.insert(0, "UID:one@example.org")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *head, *extra]
    lines += ["BEGIN:VEVENT", *body, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


def read(data: bytes, fallback: str = DAKAR) -> ParsedCalendar:
    return read_calendar(data, "partner.ics", fallback_zone=fallback, today=dt.date(2026, 3, 20))


def one(data: bytes, fallback: str = DAKAR) -> ParsedEvent:
    (event,) = read(data, fallback).events
    return event


def codes(parsed: ParsedCalendar) -> set[str]:
    return {n.code for n in parsed.notes}


# --- bytes and lines ---------------------------------------------------------------------------


def test_bom_lf_line_ends_and_long_unfolded_lines() -> None:
    title = "Réunion " + "très longue " * 40
    data = b"\xef\xbb\xbf" + cal(f"SUMMARY:{title}", "DTSTART:20260407T080000Z").replace(
        b"\r\n", b"\n"
    )
    event = one(data)
    assert event.summary == title.strip()
    assert event.start == dt.datetime(2026, 4, 7, 8, 0, tzinfo=UTC)


def test_a_fold_inside_a_utf8_character() -> None:
    data = cal("SUMMARY:Caf\u00e9 avec les partenaires", "DTSTART:20260407T080000Z")
    split = data.replace("Café".encode(), b"Caf\xc3\r\n \xa9")
    assert split != data
    assert one(split).summary == "Café avec les partenaires"


def test_a_fold_that_lost_its_space_is_joined_back() -> None:
    data = cal("DESCRIPTION:first part and", "second part", "DTSTART:20260407T080000Z")
    parsed = read(data)
    assert parsed.events[0].description == "first part andsecond part"
    assert "ics.bad-fold" in codes(parsed)


def test_windows_1252_text() -> None:
    data = cal("SUMMARY:Réunion à Zagora", "DTSTART:20260407T080000Z")
    parsed = read(data.decode("utf-8").encode("cp1252"))
    assert parsed.events[0].summary == "Réunion à Zagora"
    assert "ics.cp1252" in codes(parsed)


def test_broken_bytes_in_a_utf8_file() -> None:
    data = cal("SUMMARY:Réunion", "LOCATION:bad \xff byte", "DTSTART:20260407T080000Z")
    data = data.replace("\xff".encode(), b"\xff")
    parsed = read(data)
    assert parsed.events[0].summary == "Réunion"
    assert parsed.events[0].location == "bad \ufffd byte"
    notes = [n for n in parsed.notes if n.code == "ics.bad-utf8"]
    assert [n.detail for n in notes] == ["7"]  # the line of the broken byte
    assert describe_note(notes[0]).startswith("partner.ics: line 7 is not valid UTF-8")
    folded = data.replace(b"SUMMARY:R", b"SUMMARY:\r\n R")  # one physical line more before
    assert [n.detail for n in read(folded).notes if n.code == "ics.bad-utf8"] == ["8"]


def test_a_truncated_file_keeps_the_complete_events() -> None:
    data = cal("SUMMARY:first", "DTSTART:20260407T080000Z") + (
        b"BEGIN:VEVENT\r\nUID:two@x\r\nSUMMARY:cut\r\nDTSTA"
    )
    data = data.replace(b"END:VCALENDAR\r\n", b"")
    parsed = read(data)
    assert [e.summary for e in parsed.events] == ["first"]
    assert "ics.truncated" in codes(parsed)


# --- values ------------------------------------------------------------------------------------


def test_a_date_without_value_date_is_all_day() -> None:
    event = one(cal("SUMMARY:Fête", "DTSTART:20260508", "DTEND:20260509"))
    assert (event.all_day, event.start, event.end, event.zone) == (
        True,
        dt.date(2026, 5, 8),
        dt.date(2026, 5, 9),
        "",
    )
    # All-day events are placed in the partner town's zone for their instants.
    assert event.start_utc == dt.datetime(2026, 5, 8, 0, 0, tzinfo=UTC)
    assert one(cal("DTSTART;VALUE=DATE:20260508")).end == dt.date(2026, 5, 9)


def test_duration_instead_of_dtend() -> None:
    event = one(cal("DTSTART;TZID=Europe/Brussels:20260407T100000", "DURATION:PT1H30M"))
    assert event.end == dt.datetime(2026, 4, 7, 11, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    assert one(cal("DTSTART;VALUE=DATE:20260508", "DURATION:P2D")).end == dt.date(2026, 5, 10)
    assert one(cal("DTSTART:20260407T080000Z")).end == dt.datetime(2026, 4, 7, 8, 0, tzinfo=UTC)


def test_an_end_before_the_start() -> None:
    parsed = read(cal("DTSTART:20260407T080000Z", "DTEND:20260407T070000Z"))
    assert parsed.events[0].end == parsed.events[0].start
    assert "ics.end-before-start" in codes(parsed)


def test_status_sequence_stamps_and_texts() -> None:
    event = one(
        cal(
            "DTSTART:20260407T080000Z",
            "SUMMARY:Comité de pilotage\\, Marsassoum\\; salle 2",
            "DESCRIPTION:Ligne 1\\nLigne 2",
            "STATUS:TENTATIVE",
            "SEQUENCE:3",
            "DTSTAMP:20260301T120000Z",
            "LAST-MODIFIED:20260228T100000Z",
        )
    )
    assert event.summary == "Comité de pilotage, Marsassoum; salle 2"
    assert event.description == "Ligne 1\nLigne 2"
    assert (event.status, event.sequence) == (EventStatus.TENTATIVE, 3)
    assert event.dtstamp == dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert event.last_modified == dt.datetime(2026, 2, 28, 10, 0, tzinfo=UTC)


def test_method_cancel_cancels() -> None:
    event = one(cal("DTSTART:20260407T080000Z", head=("METHOD:CANCEL",)))
    assert event.status is EventStatus.CANCELLED


def test_long_texts_are_cut_with_a_note() -> None:
    parsed = read(cal("DTSTART:20260407T080000Z", "DESCRIPTION:" + "x" * 100_000))
    assert len(parsed.events[0].description) == limits.MAX_DESCRIPTION
    assert "ics.cut-description" in codes(parsed)


def test_an_event_without_uid_gets_a_stable_one() -> None:
    data = cal("DTSTART:20260407T080000Z", "SUMMARY:x", "UIDX:no").replace(
        b"UID:one@example.org\r\n", b""
    )
    first, second = one(data), one(data)
    assert first.uid == second.uid
    assert first.uid.endswith("@no-uid.invalid")


def test_duplicates_keep_the_higher_sequence() -> None:
    data = cal("DTSTART:20260407T080000Z", "SUMMARY:new", "SEQUENCE:2").replace(
        b"BEGIN:VEVENT",
        b"BEGIN:VEVENT\r\nUID:one@example.org\r\nDTSTART:20260407T080000Z\r\nSUMMARY:old\r\n"
        b"SEQUENCE:1\r\nEND:VEVENT\r\nBEGIN:VEVENT",
        1,
    )
    parsed = read(data)
    assert [e.summary for e in parsed.events] == ["new"]
    assert "ics.duplicate" in codes(parsed)


def test_recurrence_ids_are_normalised_to_instants() -> None:
    zoned = one(
        cal("RECURRENCE-ID;TZID=Europe/Brussels:20260505T100000", "DTSTART:20260506T130000Z")
    )
    utc = one(cal("RECURRENCE-ID:20260505T080000Z", "DTSTART:20260506T130000Z"))
    assert zoned.recurrence_id == utc.recurrence_id == "20260505T080000Z"
    assert one(cal("RECURRENCE-ID;VALUE=DATE:20260505", "DTSTART:20260506")).recurrence_id == (
        "20260505"
    )


# --- time zones --------------------------------------------------------------------------------


def test_google_floating_times_take_x_wr_timezone() -> None:
    parsed = read(
        cal(
            "DTSTART:20260707T100000",
            "DTEND:20260707T110000",
            head=("X-WR-TIMEZONE:Europe/Brussels",),
        )
    )
    event = parsed.events[0]
    assert event.zone == "Europe/Brussels"
    assert event.start_utc == dt.datetime(2026, 7, 7, 8, 0, tzinfo=UTC)
    assert "ics.floating-x-wr" in codes(parsed)


def test_google_utc_times_are_shown_in_the_calendar_zone() -> None:
    event = one(cal("DTSTART:20260707T080000Z", head=("X-WR-TIMEZONE:Europe/Brussels",)))
    assert event.zone == "Europe/Brussels"
    assert event.start == dt.datetime(2026, 7, 7, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))


def test_floating_times_without_x_wr_take_the_partner_zone() -> None:
    parsed = read(cal("DTSTART:20260707T100000"), fallback="Africa/Casablanca")
    event = parsed.events[0]
    assert (event.zone, event.start_utc) == (
        "Africa/Casablanca",
        dt.datetime(2026, 7, 7, 9, 0, tzinfo=UTC),
    )
    (note,) = [n for n in parsed.notes if n.code == "ics.floating"]
    assert "Africa/Casablanca, the partner town's zone" in describe_note(note)


def test_missing_vtimezone_of_an_iana_zone() -> None:
    parsed = read(cal("DTSTART;TZID=Asia/Hebron:20260401T100000"))
    assert parsed.events[0].start_utc == dt.datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    assert "ics.zone-no-vtimezone" in codes(parsed)


def test_unknown_zone_without_definition_takes_the_partner_zone() -> None:
    parsed = read(cal("DTSTART;TZID=Marsassoum Local:20260401T100000"))
    assert parsed.events[0].zone == DAKAR
    assert parsed.events[0].start_utc == dt.datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
    (note,) = [n for n in parsed.notes if n.code == "ics.zone-unknown"]
    assert note.subject == "Marsassoum Local"


ROMANCE = (
    "BEGIN:VTIMEZONE",
    "TZID:Romance Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def test_outlook_windows_zone_names() -> None:
    parsed = read(cal("DTSTART;TZID=Romance Standard Time:20260707T100000", extra=ROMANCE))
    event = parsed.events[0]
    assert (event.zone, event.start_utc) == ("Europe/Paris", dt.datetime(2026, 7, 7, 8, tzinfo=UTC))
    assert "ics.zone-windows" in codes(parsed)
    bare = one(cal("DTSTART;TZID=W. Europe Standard Time:20260107T100000"))
    assert (bare.zone, bare.start_utc) == ("Europe/Berlin", dt.datetime(2026, 1, 7, 9, tzinfo=UTC))
    assert one(cal("DTSTART;TZID=West Bank Standard Time:20260107T100000")).zone == "Asia/Hebron"


def test_quoted_tzid_with_commas_uses_the_files_definition() -> None:
    name = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    zone = tuple(
        line.replace("TZID:Romance Standard Time", "TZID:" + name.replace(",", "\\,"))
        for line in ROMANCE
    )
    parsed = read(
        cal(
            f'DTSTART;TZID="{name}":20260707T100000',
            f'DTEND;TZID="{name}":20260707T110000',
            extra=zone,
        )
    )
    event = parsed.events[0]
    assert event.zone == ""  # known only from the file: kept as the instant it gives
    assert event.start_utc == dt.datetime(2026, 7, 7, 8, 0, tzinfo=UTC)
    assert event.end_utc == dt.datetime(2026, 7, 7, 9, 0, tzinfo=UTC)
    winter = one(cal(f'DTSTART;TZID="{name}":20260107T100000', extra=zone))
    assert winter.start_utc == dt.datetime(2026, 1, 7, 9, 0, tzinfo=UTC)
    assert "ics.zone-file" in codes(parsed)


def test_a_windows_name_whose_definition_disagrees_uses_the_definition() -> None:
    wrong = tuple(
        line.replace("Romance Standard Time", "New Zealand Standard Time") for line in ROMANCE
    )
    parsed = read(cal("DTSTART;TZID=New Zealand Standard Time:20260707T100000", extra=wrong))
    assert parsed.events[0].start_utc == dt.datetime(2026, 7, 7, 8, 0, tzinfo=UTC)
    assert "ics.zone-mismatch" in codes(parsed)


def test_prefixed_and_x_lic_location_zones() -> None:
    event = one(cal("DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260707T100000"))
    assert event.zone == "Europe/Berlin"
    evolution = (
        "BEGIN:VTIMEZONE",
        "TZID:/softwarestudio.org/Olson_20011030_5/Africa/Dakar-x",
        "X-LIC-LOCATION:Africa/Dakar",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0000",
        "END:STANDARD",
        "END:VTIMEZONE",
    )
    located = one(
        cal("DTSTART;TZID=/softwarestudio.org/Olson_20011030_5/Africa/Dakar-x:20260707T100000",
            extra=evolution)
    )  # fmt: skip
    assert located.zone == "Africa/Dakar"


# --- refusals ----------------------------------------------------------------------------------


def refusal(data: bytes) -> errors.CalendarError:
    with pytest.raises(errors.CalendarError) as caught:
        read(data)
    text = describe(caught.value)
    assert "\n" not in text
    assert text.endswith(".")
    assert "partner.ics" in text
    return caught.value


def test_refusals_say_why_in_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(refusal(b"<html><body>Not found</body></html>\n"), errors.NotACalendar)
    assert isinstance(refusal(b""), errors.NotACalendar)
    nul = refusal(cal("DTSTART:20260407T080000Z").replace(b"VERSION", b"VERS\x00ION"))
    assert isinstance(nul, errors.BinaryData)
    assert nul.line == 2
    broken = refusal(cal('DTSTART;TZID="Europe/Brussels:20260407T080000'))
    assert isinstance(broken, errors.UnreadableLine)
    assert broken.line == 6
    empty = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    assert isinstance(refusal(empty), errors.NoEvents)
    nested = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 20
    deep = refusal(nested)
    assert isinstance(deep, errors.NestedTooDeep)
    assert deep.line == limits.MAX_DEPTH + 1
    monkeypatch.setattr(limits, "MAX_COMPONENTS", 3)
    many = cal("DTSTART:20260407T080000Z").replace(
        b"BEGIN:VEVENT", b"BEGIN:VTODO\r\nEND:VTODO\r\n" * 3 + b"BEGIN:VEVENT"
    )
    assert isinstance(refusal(many), errors.TooManyComponents)
    monkeypatch.setattr(limits, "MAX_BYTES", 100)
    large = refusal(cal("DTSTART:20260407T080000Z", "DESCRIPTION:" + "x" * 200))
    assert isinstance(large, errors.CalendarTooLarge)


def test_a_broken_line_of_an_unused_property_is_left_out() -> None:
    parsed = read(cal("DTSTART:20260407T080000Z", "ORGANIZER;CN=Sixt SE", 'X-A;B="c:d'))
    assert parsed.events[0].start_utc == dt.datetime(2026, 4, 7, 8, tzinfo=UTC)
    assert "ics.bad-line" in codes(parsed)


def test_apple_escapes_semicolons_in_parameters() -> None:
    line = (
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Hauptstraße 1-5\\; 4041 Linz;"
        "X-APPLE-RADIUS=70:geo:48.309978,14.283197"
    )
    assert one(cal("DTSTART:20260407T080000Z", line)).summary == ""


def test_events_without_start_are_left_out_with_a_note() -> None:
    data = cal("DTSTART:20260407T080000Z").replace(
        b"BEGIN:VEVENT",
        b"BEGIN:VEVENT\r\nUID:x@y\r\nSUMMARY:no start\r\nEND:VEVENT\r\nBEGIN:VEVENT",
    )
    parsed = read(data)
    assert len(parsed.events) == 1
    assert "ics.no-dtstart" in codes(parsed)
