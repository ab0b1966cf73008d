"""``jumelage partner.ics``: what a desktop's "Open with Jumelage" runs."""

from __future__ import annotations

from pathlib import Path

from jumelage.cli import main


def test_a_calendar_file_opens_the_app_with_it(tmp_path: Path) -> None:
    calendar = tmp_path / "partner.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    calls: list[tuple[object, ...]] = []

    def launch(*args: object) -> int:
        calls.append(args)
        return 0

    assert main([str(calendar)], launch=launch) == 0
    assert calls == [(None, False, (calendar,))]
    assert main(["--db", str(tmp_path / "x.sqlite"), str(calendar)], launch=launch) == 0
    assert calls[-1] == (tmp_path / "x.sqlite", False, (calendar,))


def test_without_a_file_the_app_opens_as_before(tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []
    assert main([], launch=lambda *args: calls.append(args) or 0) == 0
    assert calls == [(None, False)]


def test_import_keeps_its_file_argument(tmp_path: Path) -> None:
    calendar = tmp_path / "partner.ics"
    calendar.write_text("not a calendar", encoding="utf-8")
    # 'import FILE' is the command line's import, not the app: it refuses this file in one
    # line (exit 2) instead of opening a window.
    assert main(["import", "--db", str(tmp_path / "none.sqlite"), str(calendar)]) == 2
