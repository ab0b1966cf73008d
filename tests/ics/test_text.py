"""RFC 5545 text at the byte level: escaping, folding at 75 octets, value formats."""

from __future__ import annotations

import datetime as dt

import pytest

from jumelage.ics.text import escape, fold, offset_value, param, unescape


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain", "plain"),
        ("a, b; c", "a\\, b\\; c"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("windows\r\nline", "windows\\nline"),
        ("old mac\rline", "old mac\\nline"),
        ("tab\tstays", "tab\tstays"),
        ("bell\x07 and nul\x00 go", "bell and nul go"),
    ],
)
def test_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


@pytest.mark.parametrize(
    ("escaped", "text"),
    [("a\\, b\\; c", "a, b; c"), ("x\\ny\\Nz", "x\ny\nz"), ("c\\\\d", "c\\d"), ("o\\:k", "o:k")],
)
def test_unescape(escaped: str, text: str) -> None:
    assert unescape(escaped) == text


def test_escape_round_trips() -> None:
    text = "Steering committee; Town hall, Marsassoum\nC:\\docs\\plan.pdf"
    assert unescape(escape(text)) == text


def test_short_lines_are_not_folded() -> None:
    assert fold("SUMMARY:Steering committee") == b"SUMMARY:Steering committee\r\n"
    line = "X" * 75
    assert fold(line) == line.encode() + b"\r\n"


def test_long_ascii_line_folds_at_75_octets() -> None:
    line = "DESCRIPTION:" + "a" * 200  # 212 octets: 75 + 74 + 63
    folded = fold(line)
    pieces = folded.split(b"\r\n")
    assert pieces[-1] == b""
    assert [len(p) for p in pieces[:-1]] == [75, 75, 64]
    assert all(p.startswith(b" ") for p in pieces[1:-1])
    assert folded.replace(b"\r\n ", b"") == line.encode() + b"\r\n"


def test_folding_never_splits_a_utf8_character() -> None:
    # "é" is two octets; 73 ASCII octets then "é" would straddle octets 74-75... and so on.
    line = "SUMMARY:" + "x" * 66 + "é" * 40
    folded = fold(line)
    for piece in folded.split(b"\r\n")[:-1]:
        assert len(piece) <= 75
        piece.decode("utf-8")  # each physical line is whole UTF-8
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == line + "\r\n"


def test_folding_four_octet_characters() -> None:
    line = "SUMMARY:" + "🌍" * 50
    for piece in fold(line).split(b"\r\n")[:-1]:
        assert len(piece) <= 75
        piece.decode("utf-8")


def test_parameter_values_are_quoted_when_needed() -> None:
    assert param("Europe/Brussels") == "Europe/Brussels"
    assert param("Hammersmith & Fulham") == "Hammersmith & Fulham"
    assert param("Pacific Time (US & Canada), Tijuana") == '"Pacific Time (US & Canada), Tijuana"'
    assert param('say "hi": now') == '"say hi: now"'


def test_offsets() -> None:
    assert offset_value(dt.timedelta(hours=1)) == "+0100"
    assert offset_value(dt.timedelta(0)) == "+0000"
    assert offset_value(-dt.timedelta(hours=3, minutes=30)) == "-0330"
    assert offset_value(dt.timedelta(minutes=17, seconds=30)) == "+001730"
