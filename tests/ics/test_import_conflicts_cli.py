"""``jumelage import`` lists the conflicts (changed here and by the partner) clearly, keeps
ours by default and takes theirs with ``--take-theirs UID``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from jumelage.domain.specs import FollowUpSpec
from jumelage.persistence.database import open_database
from jumelage.services import Services
from tests.cli.helpers import run
from tests.conftest import fixed_clock


def test_conflicts_are_printed_and_resolved_from_the_command_line(
    demo_path: Path, tmp_path: Path
) -> None:
    database = open_database(demo_path, daily_backup=False)
    try:
        services = Services.over(database, clock=fixed_clock)
        call = next(f for f in services.followups.list() if f.series_id is None and f.shared)
        names = {f.name for f in dataclasses.fields(FollowUpSpec)}
        spec = FollowUpSpec(**{k: getattr(call, k) for k in names if hasattr(call, k)})
        services.followups.update(call.id, call.version, dataclasses.replace(spec, title="Renamed"))
    finally:
        database.close()
    moved = call.start.astimezone(dt.UTC) + dt.timedelta(hours=1)
    calendar = tmp_path / "theirs.ics"
    calendar.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{call.uid}\r\nSEQUENCE:{call.sequence}\r\n"
            "DTSTAMP:20260321T000000Z\r\nLAST-MODIFIED:20260321T000000Z\r\n"
            f"DTSTART:{moved:%Y%m%dT%H%M%SZ}\r\nDURATION:PT{call.duration_min}M\r\n"
            f"SUMMARY:{call.title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    args = ["import", "--db", demo_path, calendar, "--partnership", "marsassoum"]
    kept = run(*args)
    assert kept.rc == 0, kept.err
    line = (
        f"! conflict: 'Renamed' (summary, start, end), uid {call.uid}: ours kept; "
        f"--take-theirs {call.uid} to take theirs"
    )
    assert line in kept.out.splitlines()
    assert "Nothing to import; our items listed above were kept as they are." in kept.out

    taken = run(*args, "--take-theirs", call.uid)
    assert taken.rc == 0, taken.err
    assert (
        f"! conflict: 'Renamed' (summary, start, end), uid {call.uid}: theirs taken"
        in taken.out.splitlines()
    )
    assert "1 of ours replaced by the partner's copy." in taken.out

    again = run(*args, "--take-theirs", call.uid)
    assert again.rc == 0, again.err
    assert "conflict:" not in again.out
    assert "Nothing to import: the calendar is up to date." in again.out
    database = open_database(demo_path, daily_backup=False)
    try:
        row = Services.over(database).followups.get(call.id).followup
    finally:
        database.close()
    assert (row.title, row.start) == (call.title, moved)
