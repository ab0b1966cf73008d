"""Shared helpers of the reliability suite (faults and bad input).

Scale knobs (environment variables, defaults in brackets):

- ``JUMELAGE_RELIABILITY_TRIALS`` [40]: kill -9 trials per operation (save, import, export).
- ``JUMELAGE_RELIABILITY_CALENDARS`` [10000]: mutated calendars through the importer.
- ``JUMELAGE_RELIABILITY_ROUNDS`` [10]: rounds of the long session.

Every test here runs without the network: any attempt fails it (``network.no_network``).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

# Fixtures shared with tests/ics (a small world) and tests/ui (the real window).
from tests.ics.conftest import world  # noqa: F401
from tests.reliability.network import no_network  # noqa: F401  (autouse)
from tests.ui.conftest import answer_questions, app_on_demo, start  # noqa: F401

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX only (signals, permissions)")


def scale(name: str, default: int) -> int:
    """An integer knob from the environment (``JUMELAGE_RELIABILITY_<name>``)."""
    return int(os.environ.get(f"JUMELAGE_RELIABILITY_{name}", default))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read-only with plain sqlite3 (WAL included)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()
