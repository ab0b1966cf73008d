"""Fixtures for the calendar-exchange tests: a small world, fixed clocks, the independent
checker (icscheck) and the shared corpus of real-world files.

icscheck (``../shared/tools/icscheck``) reads a file with ical.js, libical and vobject; it is
installed once with ``ICSCHECK_HOME=/some/dir /work/shared/tools/icscheck/setup.sh``. The tests
find it through ``ICSCHECK_HOME`` (default ``~/.cache/icscheck``, then ``/tmp/icscheck-home``)
and skip, saying why, when it is not installed. Besides the checks of single tests, every
calendar the app writes during the session is checked at its end (``tests/ics/icsgate.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jumelage.domain.specs import PartnershipSpec, PersonSpec, TownSpec
from jumelage.services import Services
from tests.conftest import FIXED_NOW, SHARED

ICSCHECK = SHARED / "tools" / "icscheck" / "icscheck"
CORPUS = SHARED / "ics-corpus"
GOLDEN = Path(__file__).parent / "golden"


def icscheck_home() -> Path | None:
    """Where icscheck's parsers are installed, or ``None``."""
    candidates = [os.environ.get("ICSCHECK_HOME"), Path.home() / ".cache" / "icscheck"]
    candidates.append("/tmp/icscheck-home")
    for candidate in candidates:
        if not candidate:
            continue
        home = Path(candidate)
        parsers = (home / "build" / "libical_check", home / "node_modules", home / ".venv")
        if all(p.exists() for p in parsers):
            return home
    return None


@dataclass(frozen=True)
class Checker:
    home: Path

    def run(self, paths: Sequence[Path], *args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, ICSCHECK_HOME=str(self.home))
        return subprocess.run(
            [str(ICSCHECK), *args, *map(str, paths)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )

    def agree(self, *paths: Path) -> None:
        """Fail unless ical.js, libical and vobject read every file alike and without error."""
        done = self.run(paths, "--agree")
        assert done.returncode == 0, done.stdout + done.stderr
        assert "RFC " not in done.stdout, done.stdout  # libical's RFC 5545/5546 checks too

    def report(self, *paths: Path) -> list[dict[str, Any]]:
        done = self.run(paths, "--json")
        assert done.returncode in (0, 1), done.stderr
        return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def icscheck() -> Checker:
    if not ICSCHECK.exists():
        pytest.skip(f"icscheck is not there ({ICSCHECK})")
    home = icscheck_home()
    if home is None:
        pytest.skip(
            "icscheck's parsers are not installed: run "
            "ICSCHECK_HOME=~/.cache/icscheck ../shared/tools/icscheck/setup.sh"
        )
    return Checker(home)


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus of real-world calendars is not there ({CORPUS})")
    return sorted(CORPUS.rglob("*.ics"))


@dataclass(frozen=True)
class World:
    anderlecht: int
    marsassoum: int
    partnership: int
    sophie: int


def make_world(services: Services) -> World:
    """Anderlecht and Marsassoum and their partnership (what a partner's database holds too)."""
    anderlecht = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
    marsassoum = services.towns.create(TownSpec("Marsassoum", "SN", "Africa/Dakar")).value.id
    partnership = services.partnerships.create(
        PartnershipSpec(anderlecht, marsassoum, since=dt.date(2018, 1, 1))
    ).value.id
    sophie = services.people.create(
        PersonSpec("Sophie Vandermeulen", anderlecht, "Municipality of Anderlecht")
    ).value.id
    return World(anderlecht, marsassoum, partnership, sophie)


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def clock() -> dt.datetime:
    return FIXED_NOW
