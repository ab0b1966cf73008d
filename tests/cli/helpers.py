"""Helpers for the command-line tests: the real program, ``python -m jumelage``, in
subprocesses.

Starting Python with SQLAlchemy takes about half a second, so tests that need several runs
hand them all to :func:`run_all`, which runs them a few at a time and returns the results in
order.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TIMEOUT = 60
PARALLEL = (os.cpu_count() or 2) + 1

Args = Sequence[str | Path]


@dataclass(frozen=True)
class Call:
    """One run for :func:`run_all`: ``python -m jumelage ARGS`` or, with ``code``,
    ``python -c CODE``; ``env`` adds to the test environment."""

    args: Args = ()
    env: Mapping[str, str] | None = None
    code: str | None = None


@dataclass(frozen=True)
class Result:
    args: tuple[str, ...]
    rc: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def assert_one_line_error(self) -> str:
        """Exit 2, exactly one stderr line ``jumelage: ...``, no traceback; the line."""
        assert self.rc == 2, self
        assert "Traceback" not in self.err, self.err
        assert len(self.err_lines) == 1, self.err
        assert self.err_lines[0].startswith("jumelage: "), self.err
        return self.err_lines[0]


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test process's environment (``JUMELAGE_HOME`` comes from the autouse fixture in
    tests/conftest.py), UTF-8 output, no ``JUMELAGE_DB`` unless ``extra`` sets it."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("JUMELAGE_DB", None)
    env.update(extra or {})
    return env


def command(args: Args) -> list[str]:
    return [sys.executable, "-m", "jumelage", *map(str, args)]


def start(args: Args, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=tempfile.gettempdir(),
        env=environment(env),
    )


def _run_one(call: Call | Args, env: Mapping[str, str] | None) -> Result:
    if not isinstance(call, Call):
        call = Call(call)
    argv = command(call.args) if call.code is None else [sys.executable, "-c", call.code]
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=tempfile.gettempdir(),
        env=environment({**(env or {}), **(call.env or {})}),
        timeout=TIMEOUT,
        check=False,
    )
    return Result(tuple(map(str, call.args)), done.returncode, done.stdout, done.stderr)


def run_all(*calls: Call | Args, env: Mapping[str, str] | None = None) -> list[Result]:
    """Run several command lines concurrently; the results in the same order."""
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        return list(pool.map(lambda call: _run_one(call, env), calls))


def run(*args: str | Path, env: Mapping[str, str] | None = None) -> Result:
    return run_all(args, env=env)[0]


def run_python(code: str) -> Result:
    """``python -c code`` with the test environment."""
    return run_all(Call(code=code))[0]


def sqlite_execute(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
