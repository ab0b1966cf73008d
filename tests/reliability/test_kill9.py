"""kill -9 in the middle of saving a mission, of an import and of an export, many times, at
random moments: a seeded random delay after the child is ready (in one trial in four, after
the fork, so the kill may land while the database is being opened).

After every kill the database is opened the way the app opens it (``open_backend``: the
instance lock, the daily backup), passes ``integrity_check`` and ``foreign_key_check``, and
holds either the state before the interrupted operation or the state after it; the export
file is absent, the previous file, or exactly one complete export announced by the child.

Each database carries over from one trial to the next, so damage would accumulate. Trials per
operation: ``JUMELAGE_RELIABILITY_TRIALS`` (default 40). A fork server (``crash_worker.py``)
imports Jumelage once, so a trial costs its random delay plus the check.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from jumelage.app.backend import open_backend
from jumelage.ics.reader import read_calendar
from jumelage.services import Services
from tests.conftest import fixed_clock
from tests.reliability.conftest import digest, posix_only, scale
from tests.reliability.crash_worker import calendar

pytestmark = [posix_only, pytest.mark.slow]

WORKER = Path(__file__).with_name("crash_worker.py")
TRIALS = scale("TRIALS", 40)
#: Kills land between 0 and this many seconds after the fork.
LONGEST_DELAY = 0.5
#: A trial's numbers start here (trial * STEP), so every value written is unique.
STEP = 1_000_000


@dataclass
class Server:
    process: subprocess.Popen[str]

    def trial(
        self, line: str, delay: float, progress: Path, after_ready: bool
    ) -> tuple[int, list[str]]:
        """Fork a child for ``line``, SIGKILL it ``delay`` s after the fork (or after it says
        it is ready); its exit status and its progress lines."""
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(line + "\n")
        stdin.flush()
        pid = int(stdout.readline())
        waited = 0.0
        while after_ready and waited < 60 and not _says_ready(progress):
            time.sleep(0.005)
            waited += 0.005
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        status = stdout.readline().split()
        assert status[0] == "exit", status
        lines = progress.read_text(encoding="utf-8").splitlines() if progress.exists() else []
        progress.unlink(missing_ok=True)
        return int(status[1]), lines


def _says_ready(progress: Path) -> bool:
    try:
        return progress.read_bytes().startswith(b"ready")
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, str(WORKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=WORKER.parent,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "server ready"
    try:
        yield Server(process)
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.close()
        process.wait(timeout=60)


@dataclass
class Progress:
    ready: bool = False
    begun: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    announced: dict[int, str] = field(default_factory=dict)


def parse(status: int, lines: list[str]) -> Progress:
    errors = [line for line in lines if line.startswith("error")]
    assert not errors, errors[0].replace(" | ", "\n")
    assert os.WIFSIGNALED(status), status
    assert os.WTERMSIG(status) == signal.SIGKILL, status
    found = Progress()
    for line in lines:
        word, *rest = line.split()
        if word == "ready":
            found.ready = True
        elif word == "begin":
            found.begun.append(int(rest[0]))
        elif word == "done":
            found.done.append(int(rest[0]))
        elif word == "will":
            found.announced[int(rest[0])] = rest[1]
    return found


def allowed_states(before: int, progress: Progress) -> set[int]:
    """The iteration whose writes the database may hold: the last completed one (or the state
    before the trial), or the one that was running when the kill came."""
    last = progress.done[-1] if progress.done else before
    running = {progress.begun[-1]} if progress.begun else set()
    return {last} | running


def reopen(path: Path) -> Services:
    """Open like the app does and check the whole file; the caller closes it."""
    backend = open_backend(path, clock=fixed_clock)
    assert backend.services.db.integrity_problems() == []
    return backend.services


def mission_state(services: Services, mission_id: int) -> int:
    """The iteration a mission's fields come from; they must all agree (one row, one save)."""
    row = services.missions.get(mission_id).mission
    numbers = {row.title[1:], row.objectives[1:], row.internal_notes.split()[0][1:]}
    assert len(numbers) == 1, f"a torn save: {row.title!r}, {row.objectives!r}"
    return int(numbers.pop())


def imported_state(services: Services, partnership_id: int) -> int:
    """The calendar revision the imported events come from; all 40 must agree."""
    events = services.external.list(partnership_id)
    revisions = {e.summary.split()[0][1:] for e in events}
    assert len(events) == 40
    assert len(revisions) == 1, f"a torn import: {sorted(revisions)[:4]}"
    return int(revisions.pop())


@dataclass
class Setup:
    path: Path
    mission_id: int
    partnership_id: int


@pytest.fixture
def setup(demo_path: Path) -> Setup:
    """The demo database, its Zagora mission stamped with iteration 0, and revision 0 of the
    partner's calendar imported."""
    from tests.reliability.crash_worker import mission_spec

    services = reopen(demo_path)
    try:
        row = next(x for x in services.missions.list() if x.title.endswith("to Zagora"))
        version, spec = mission_spec(services, row.id, 0)
        services.missions.update(row.id, version, spec)
        services.imports.apply(calendar(0), "partner.ics", row.partnership_id)
        assert imported_state(services, row.partnership_id) == 0
    finally:
        services.db.close()
    return Setup(demo_path, row.id, row.partnership_id)


def run_trials(server: Server, setup: Setup, operation: str, tmp_path: Path) -> dict[str, int]:
    rng = random.Random(f"kill-9 {operation}")
    target = tmp_path / "export" / "partner.ics"
    target.parent.mkdir()
    progress = tmp_path / "progress.txt"
    state = 0
    export_sha: str | None = None
    tally = {"trials": 0, "before ready": 0, "mid-loop": 0, "operations completed": 0}
    for trial in range(1, TRIALS + 1):
        # One trial in four counts from the fork (the kill may land while the database is
        # being opened); the others from the moment the child is ready.
        after_ready = trial % 4 != 0
        delay = rng.uniform(0, LONGEST_DELAY if not after_ready else LONGEST_DELAY / 2)
        line = "\t".join(
            map(str, (operation, setup.path, progress, target, setup.mission_id, trial * STEP))
        )
        found = parse(*server.trial(line, delay, progress, after_ready))
        tally["trials"] += 1
        tally["before ready" if not found.ready else "mid-loop"] += 1
        tally["operations completed"] += len(found.done)

        services = reopen(setup.path)
        try:
            if operation == "import":
                now = imported_state(services, setup.partnership_id)
                assert mission_state(services, setup.mission_id) == 0
            else:
                now = mission_state(services, setup.mission_id)
                assert imported_state(services, setup.partnership_id) == 0
        finally:
            services.db.close()
        assert now in allowed_states(state, found), (trial, delay, now, found.done[-2:])
        state = now

        if operation == "export":
            last = found.done[-1] if found.done else None
            allowed = {export_sha if last is None else found.announced[last]}
            if found.announced:
                allowed.add(found.announced[max(found.announced)])
            current = digest(target) if target.exists() else None
            assert current in allowed, (trial, delay)
            if current is not None:
                parsed = read_calendar(target.read_bytes(), target.name)
                assert parsed.events
                assert target.read_bytes().endswith(b"END:VCALENDAR\r\n")
            export_sha = current
            leftovers = [p.name for p in target.parent.iterdir() if p != target]
            assert all(n.startswith(".partner.ics.") and n.endswith(".tmp") for n in leftovers)
    return tally


@pytest.mark.parametrize("operation", ["save", "import", "export"])
def test_kill_9_leaves_the_old_or_the_new_state(
    server: Server, setup: Setup, operation: str, tmp_path: Path
) -> None:
    tally = run_trials(server, setup, operation, tmp_path)
    print(f"kill -9 during {operation}: {tally}")
    assert tally["trials"] == TRIALS
    # The kills must land in the middle of the work, not only before it starts.
    assert tally["mid-loop"] >= TRIALS // 2
    assert tally["operations completed"] >= TRIALS // 2
