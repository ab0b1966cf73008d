"""Fixtures for the command-line tests.

Each run of ``python -m jumelage`` costs about half a second of CPU (SQLAlchemy's import), so
the runs that only read are made once, together and in parallel, by :func:`shared`: against a
copy of the demo database and against the files the CLI must refuse. The tests then look at
the results by name.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from jumelage.cli import KINDS
from jumelage.persistence.backup import copy_database
from jumelage.persistence.database import open_database
from tests.cli.helpers import Call, Result, run_all, sqlite_execute

#: A Python snippet that runs ``list`` in process and fails if Qt (or the app) got imported.
NO_QT = """
import sys, jumelage.__main__ as m
rc = m.main(['list', 'partnerships', '--db', {path!r}, '--json'])
assert rc == 0, rc
bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')
             or n.startswith(('jumelage.app', 'jumelage.ui')))
assert not bad, bad
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_bad_databases(folder: Path, demo: Path) -> dict[str, Path]:
    """Files ``jumelage`` must refuse, each with one line and exit code 2."""
    folder.mkdir()
    random_bytes = folder / "random.sqlite"
    random_bytes.write_bytes(os.urandom(8192))
    truncated = folder / "truncated.sqlite"
    data = demo.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    foreign = folder / "foreign.sqlite"
    sqlite_execute(foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    directory = folder / "a-folder.sqlite"
    directory.mkdir()
    too_new = folder / "future.sqlite"  # a schema revision from the future
    too_new.write_bytes(data)
    sqlite_execute(too_new, "UPDATE alembic_version SET version_num = '9999'")
    return {
        "missing file": folder / "missing.sqlite",
        "missing folder": folder / "no-such-folder" / "x.sqlite",
        "directory": directory,
        "random bytes": random_bytes,
        "truncated": truncated,
        "foreign sqlite": foreign,
        "too new": too_new,
    }


@dataclass(frozen=True)
class Shared:
    """A demo database, bad files, and the results of the commands run against them."""

    path: Path
    bad: Mapping[str, Path]
    digests: Mapping[str, str]
    results: Mapping[str, Result]

    def __getitem__(self, name: str) -> Result:
        return self.results[name]


def shared_calls(path: Path, folder: Path, bad: Mapping[str, Path]) -> dict[str, Call]:
    calls: dict[str, Call] = {}
    for kind in KINDS:
        calls[f"list {kind}"] = Call(["list", kind, "--db", path])
        calls[f"list {kind} --json"] = Call(["list", kind, "--db", path, "--json"])
    # The top-level --db works for commands too.
    calls["list towns --json"] = Call(["--db", path, "list", "towns", "--json"])
    reads = {
        "towns of MARSASSOUM": ["list", "towns", "--partnership", "MARSASSOUM", "--json"],
        "people of marsassoum": ["list", "people", "--partnership", "marsassoum", "--json"],
        "followups of marsassoum": ["list", "followups", "--json", "--partnership", "marsassoum"],
        "unknown partnership": ["list", "missions", "--partnership", "Paris"],
        "ambiguous partnership": ["list", "actions", "--partnership", "anderlecht"],
        "check": ["check"],
        "check --json": ["check", "--json"],
        "backup to a missing folder": ["backup", "--out", folder / "nope" / "copy.sqlite"],
        "backup onto itself": ["backup", "--out", path.parent / "." / path.name],
    }
    for name, args in reads.items():
        calls[name] = Call([*args, "--db", path])
    for name, bad_path in bad.items():
        calls[f"check {name}"] = Call(["check", "--db", bad_path])
        calls[f"list {name}"] = Call(["list", "partnerships", "--db", bad_path])
    calls["check --json random bytes"] = Call(["check", "--json", "--db", bad["random bytes"]])
    calls["JUMELAGE_DB"] = Call(["list", "partnerships", "--json"], {"JUMELAGE_DB": str(path)})
    calls["JUMELAGE_DB missing"] = Call(
        ["list", "towns"], {"JUMELAGE_DB": str(folder / "none.sqlite")}
    )
    ascii_console = {"PYTHONIOENCODING": "ascii"}
    calls["ascii text"] = Call(["list", "partnerships", "--db", path], ascii_console)
    calls["ascii json"] = Call(["list", "people", "--db", path, "--json"], ascii_console)
    calls["no qt"] = Call(code=NO_QT.format(path=str(path)))
    dangling = folder / "dangling.sqlite"
    calls["check dangling"] = Call(["check", "--db", dangling])
    calls["check dangling --json"] = Call(["check", "--db", dangling, "--json"])
    return calls


@pytest.fixture(scope="package")
def shared(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Shared:
    folder = tmp_path_factory.mktemp("shared")
    path = folder / "demo.sqlite"
    copy_database(demo_template, path)
    bad = make_bad_databases(folder / "bad", path)
    digests = {name: digest(p) for name, p in bad.items() if p.is_file()}
    # Whole, but a mission points to a partnership that is not there: only `check` sees it.
    dangling = folder / "dangling.sqlite"
    copy_database(demo_template, dangling)
    sqlite_execute(
        dangling,
        "PRAGMA foreign_keys = OFF",
        "UPDATE missions SET partnership_id = 999 WHERE id = (SELECT min(id) FROM missions)",
    )
    # Switch the demo to WAL and take the day's backup once, not in every process at once.
    open_database(path, daily_backup=True).close()
    calls = shared_calls(path, folder, bad)
    results = run_all(*calls.values(), env={"JUMELAGE_HOME": str(folder / "home")})
    return Shared(path, bad, digests, dict(zip(calls, results, strict=True)))
