"""``jumelage export`` and ``jumelage import``: in process through the real parser and error
contract (the commands registered as the lead will wire them), and in a subprocess once they
are wired into ``jumelage.cli.main``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jumelage.cli import commands
from jumelage.cli import exchange as cli_exchange
from tests.cli.helpers import run, run_all
from tests.ics import icsgate

Run = Callable[..., tuple[int, str, str]]
DAKAR_FILE = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Marsassoum//EN",
        "X-WR-CALNAME:Mairie de Marsassoum",
        "BEGIN:VEVENT",
        "UID:fete@marsassoum",
        "DTSTART;TZID=Africa/Dakar:20260415T100000",
        "DTEND;TZID=Africa/Dakar:20260415T120000",
        "SUMMARY:Fête de la commune",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:train@marsassoum",
        "DTSTART;TZID=Africa/Dakar:20260501T090000",
        "DURATION:PT2H",
        "SUMMARY:Formation",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
).encode()


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``jumelage ARGS`` in process, with export/import registered the way the lead wires
    them (``register`` in ``build_parser``, the handlers reachable from ``commands``)."""
    main = sys.modules["jumelage.cli.main"]
    original = main.build_parser  # type: ignore[attr-defined]

    def build_parser() -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "export" not in sub.choices:  # not wired yet: register as the lead will
            handlers = cli_exchange.register(sub)
            assert set(handlers) == {"export", "import"}
        return parser

    monkeypatch.setattr(main, "build_parser", build_parser)
    monkeypatch.setattr(commands, "cmd_export", cli_exchange.cmd_export, raising=False)
    monkeypatch.setattr(commands, "cmd_import", cli_exchange.cmd_import, raising=False)

    def invoke(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main.main([str(a) for a in args])  # type: ignore[attr-defined]
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_export_both_profiles(cli: Run, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "marsassoum.ics"
    code, text, err = cli("export", "--db", demo_path, "--partnership", "marsassoum", "--out", out)
    assert (code, err) == (0, "")
    assert text.startswith("Wrote 28 events (")
    assert "partner profile" in text
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    code, text, _ = cli(
        "export", "--db", demo_path, "--profile", "internal", "--from", "2026-04-01",
        "--to", "2026-06-30", "--out", tmp_path / "all.ics", "--json",
    )  # fmt: skip
    report = json.loads(text)
    assert code == 0
    assert report["profile"] == "internal"
    assert report["from"] == "2026-04-01"
    assert report["events"] == sum(report["categories"].values())
    assert len(report["partnerships"]) == 4


def test_export_errors_are_one_line(cli: Run, demo_path: Path, tmp_path: Path) -> None:
    cases = [
        ["--out", tmp_path / "nope" / "x.ics"],
        ["--out", tmp_path / "x.ics", "--from", "2026-13-01"],
        ["--out", tmp_path / "x.ics", "--from", "2026-05-01", "--to", "2026-04-01"],
        ["--out", tmp_path / "x.ics", "--partnership", "Paris"],
        ["--out", tmp_path / "x.ics", "--profile", "public"],
    ]
    for args in cases:
        code, text, err = cli("export", "--db", demo_path, *args)
        assert code == 2, args
        assert text == ""
        assert len(err.splitlines()) == 1, err
        assert err.startswith("jumelage: ")
        assert "Traceback" not in err
    assert not (tmp_path / "x.ics").exists()


def test_import_dry_run_then_import(cli: Run, demo_path: Path, tmp_path: Path) -> None:
    calendar = tmp_path / "mairie.ics"
    calendar.write_bytes(DAKAR_FILE)
    code, text, err = cli("import", "--db", demo_path, calendar, "--dry-run")
    assert (code, err) == (0, "")
    assert "new 2" in text
    assert text.rstrip().endswith("Dry run: nothing was changed.")
    assert "for Anderlecht – Marsassoum" in text  # the town the calendar's name mentions
    code, text, _ = cli("import", "--db", demo_path, calendar, "--json")
    report = json.loads(text)
    assert code == 0
    assert report["applied"] is True
    assert report["counts"]["new"] == 2
    assert report["new"][0]["start"] == "2026-04-15T10:00:00+00:00"
    assert report["new"][0]["start_zone"] == "Africa/Dakar"
    code, text, _ = cli("import", "--db", demo_path, calendar, "--partnership", "Marsassoum")
    assert code == 0
    assert "Nothing to import: the calendar is up to date." in text


def test_import_errors_are_one_line(cli: Run, demo_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b'BEGIN:VCALENDAR\r\nDTSTART;TZID="x:1\r\n')
    cases = [
        [tmp_path / "missing.ics"],
        [broken, "--partnership", "Marsassoum"],
        [tmp_path],
    ]
    for args in cases:
        code, _, err = cli("import", "--db", demo_path, *args)
        assert code == 2, (args, err)
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err


# --- the real program, once wired ---------------------------------------------------------------


@pytest.fixture(scope="module")
def wired() -> None:
    if run("export", "--help").rc == 2:
        pytest.skip(
            "'jumelage export' is not wired into jumelage.cli.main yet "
            "(see the lines in jumelage.cli.exchange's report)"
        )


@pytest.mark.usefixtures("wired")
def test_subprocess_export_and_import(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "marsassoum.ics"
    calendar = tmp_path / "mairie.ics"
    calendar.write_bytes(DAKAR_FILE)
    export, dry = run_all(
        ["export", "--db", demo_path, "--partnership", "marsassoum", "--out", out, "--json"],
        ["import", "--db", demo_path, calendar, "--dry-run", "--json"],
    )
    assert export.rc == 0, export.err
    assert export.json["events"] == 28
    icsgate.collect(out)  # written by a subprocess: checked with the session's calendars
    assert dry.rc == 0, dry.err
    assert dry.json["counts"]["new"] == 2
    done = run("import", "--db", demo_path, calendar, "--partnership", "marsassoum")
    assert done.rc == 0, done.err
    assert "Imported: 2 new" in done.out
    refused = run("import", "--db", demo_path, tmp_path / "missing.ics")
    refused.assert_one_line_error()
