"""A fork server for the kill -9 tests (``test_kill9.py``); POSIX only.

It imports Jumelage once, then for each request read on stdin (one tab-separated line:
``operation, database, progress file, export target, mission id, first iteration``) forks a
child that opens the database the way the app does (:func:`jumelage.app.backend.open_backend`:
the instance lock, the daily backup) and loops for ever: saving a mission, importing a
calendar, or saving and exporting. The test kills the child with SIGKILL at a random moment;
this server reaps it and prints ``<pid>`` when the child starts and ``exit <status>`` when it
is gone.

The child appends its progress to the progress file with ``os.write`` (in the kernel the
moment the call returns, so a SIGKILL cannot lose it): ``ready`` once the database is open,
``begin <i>`` before an operation, ``done <i>`` after it returned, and for exports
``will <i> <sha256>`` before the file is written. A child that fails writes ``error ...`` and
exits with status 1 (the test fails on it: only SIGKILL may end a child).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from jumelage.app.backend import open_backend
from jumelage.domain.specs import MissionSpec
from jumelage.ics.profiles import ExportRequest, Profile
from jumelage.services import Services

FIXED_NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
#: Events in each imported calendar: one import rewrites all of them in one transaction.
IMPORTED_EVENTS = 40
NOTES = 3000  # characters of internal notes: a save spans several pages


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


def mission_spec(services: Services, mission_id: int, i: int) -> tuple[int, MissionSpec]:
    row = services.missions.get(mission_id).mission
    spec = MissionSpec(
        row.partnership_id, row.title, row.destination_town_id, row.start_date, row.end_date,
        row.direction, row.status, row.objectives, row.internal_notes, row.outcomes, row.sdgs,
        row.shared,
    )  # fmt: skip
    return row.version, replace(
        spec, title=f"T{i}", objectives=f"O{i}", internal_notes=f"N{i} " + "n" * NOTES
    )


def calendar(i: int) -> bytes:
    """A partner's calendar at "revision" ``i``: the same UIDs, a higher SEQUENCE, new
    summaries."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//crash test//EN"]
    for k in range(IMPORTED_EVENTS):
        lines += [
            "BEGIN:VEVENT",
            f"UID:e{k}@crash.test",
            f"SEQUENCE:{i}",
            "DTSTAMP:20260301T090000Z",
            f"DTSTART:202605{k % 28 + 1:02d}T080000Z",
            "DURATION:PT1H",
            f"SUMMARY:S{i} e{k}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def run(operation: str, db: Path, progress: int, target: Path, mission_id: int, first: int) -> None:
    def say(text: str) -> None:
        os.write(progress, f"{text}\n".encode())

    services = open_backend(db, clock=fixed_clock).services
    partnership = services.missions.get(mission_id).mission.partnership_id
    say("ready")
    i = first
    while True:
        say(f"begin {i}")
        if operation == "save":
            version, spec = mission_spec(services, mission_id, i)
            services.missions.update(mission_id, version, spec)
        elif operation == "import":
            services.imports.apply(calendar(i), "partner.ics", partnership)
        elif operation == "export":
            version, spec = mission_spec(services, mission_id, i)
            services.missions.update(mission_id, version, spec)
            request = ExportRequest(partnership, Profile.INTERNAL)
            data = services.exports.preview(request).data
            say(f"will {i} {hashlib.sha256(data).hexdigest()}")
            services.exports.export(request, target)
        else:
            raise ValueError(operation)
        say(f"done {i}")
        i += 1


def child(line: str) -> None:
    operation, db, progress_name, target, mission_id, first = line.rstrip("\n").split("\t")
    progress = os.open(progress_name, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        run(operation, Path(db), progress, Path(target), int(mission_id), int(first))
    except BaseException:
        os.write(progress, ("error " + traceback.format_exc().replace("\n", " | ")).encode())
        os._exit(1)
    os._exit(0)


def main() -> None:
    print("server ready", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        pid = os.fork()
        if pid == 0:
            child(line)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    main()
