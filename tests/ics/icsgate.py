"""The icscheck gate of the whole test session (issue 4, DESIGN.md section 5).

Every calendar the app writes while the tests run, through ``write_calendar`` or
``write_file`` of :mod:`jumelage.ics.writer` (so every export and every preview of the
exports service), is kept, once per distinct content; files written by a ``jumelage`` subprocess are
added with :func:`collect`. At the end of the session one ``icscheck --agree`` run reads them
all with ical.js, libical and vobject: a disagreement, an error or an RFC 5545 violation
fails the session (exit status 1, the report in the terminal summary).

Without icscheck the gate says so in the summary and lets the session pass, except on CI
(``CI=true``), where a missing checker is a failure: ``.ci/run`` installs it.

Loaded from ``tests/conftest.py`` (``pytest_plugins``).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jumelage.ics import writer

#: Distinct calendars written in this session, by SHA-256 of their bytes, in order.
_WRITTEN: dict[str, bytes] = {}
#: The test that first wrote each of them.
_WRITERS: dict[str, str] = {}
_ORIGINALS: dict[str, Callable[..., Any]] = {}
_SUMMARY: list[str] = []
#: At most this much of icscheck's report goes into the terminal summary.
REPORT_LINES = 300


def collect(data: bytes | Path) -> None:
    """Add a calendar (bytes, or a file a subprocess wrote) to the session's check."""
    if isinstance(data, Path):
        data = data.read_bytes()
    if data.lstrip(b"\xef\xbb\xbf").startswith(b"BEGIN:VCALENDAR"):
        digest = hashlib.sha256(data).hexdigest()
        if digest not in _WRITTEN:
            _WRITTEN[digest] = data
            test = os.environ.get("PYTEST_CURRENT_TEST", "outside a test")
            _WRITERS[digest] = test.rsplit(" (", 1)[0]


def _install() -> None:
    """Wrap the writer's two functions, in the writer and wherever they were imported."""
    if _ORIGINALS:
        return
    original_calendar, original_file = writer.write_calendar, writer.write_file

    @functools.wraps(original_calendar)
    def write_calendar(*args: Any, **kwargs: Any) -> bytes:
        data = original_calendar(*args, **kwargs)
        collect(data)
        return data

    @functools.wraps(original_file)
    def write_file(path: Path, data: bytes, *args: Any, **kwargs: Any) -> Path:
        written = original_file(path, data, *args, **kwargs)
        collect(data)
        return written

    _ORIGINALS.update(write_calendar=original_calendar, write_file=original_file)
    _rebind({original_calendar: write_calendar, original_file: write_file})


def _uninstall() -> None:
    if not _ORIGINALS:
        return
    current = {getattr(writer, name): original for name, original in _ORIGINALS.items()}
    _rebind(current)
    _ORIGINALS.clear()


def _rebind(replacements: dict[Callable[..., Any], Callable[..., Any]]) -> None:
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if not name.startswith(("jumelage", "tests")):
            continue
        for attribute in ("write_calendar", "write_file"):
            found = getattr(module, attribute, None)
            for old, new in replacements.items():
                if found is old:
                    setattr(module, attribute, new)


def pytest_configure(config: pytest.Config) -> None:
    _install()


def pytest_unconfigure(config: pytest.Config) -> None:
    _uninstall()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _WRITTEN or exitstatus == pytest.ExitCode.INTERRUPTED:
        return
    from tests.ics.conftest import ICSCHECK, Checker, icscheck_home

    count = len(_WRITTEN)
    home = icscheck_home() if ICSCHECK.exists() else None
    if home is None:
        reason = f"icscheck is not installed: {count} calendars written by the app not checked"
        if os.environ.get("CI", "").lower() == "true":
            _SUMMARY.append(f"FAILED: {reason} (required on CI)")
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        else:
            _SUMMARY.append(f"SKIPPED: {reason} (see tests/ics/conftest.py)")
        return
    folder = Path(tempfile.mkdtemp(prefix="jumelage-icsgate-"))
    paths = {}
    for index, (digest, data) in enumerate(_WRITTEN.items()):
        path = folder / f"{index:04d}-{digest[:12]}.ics"
        path.write_bytes(data)
        paths[str(path)] = _WRITERS[digest]
    done = Checker(home).run([Path(p) for p in paths], "--agree")
    if done.returncode == 0 and "RFC " not in done.stdout:
        _SUMMARY.append(f"{count} calendars written by the app agree in ical.js, libical, vobject")
        shutil.rmtree(folder, ignore_errors=True)
        return
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
    _SUMMARY.append(
        f"FAILED: the parsers disagree on calendars written by the app (kept in {folder})"
    )
    # icscheck reports one block per file, the path first: keep the blocks with a problem.
    blocks = done.stdout.strip().split("\n\n")
    bad = [b for b in blocks if "=>" in b or re.search(r"\s(FATAL|ERROR|RFC)\s", b)] or blocks
    report = []
    for block in bad:
        path, _, rest = block.partition("\n")
        report += [f"{path} (written by {paths.get(path.strip(), '?')})", *rest.splitlines()]
    report += done.stderr.splitlines()
    _SUMMARY.extend(report[:REPORT_LINES])
    if len(report) > REPORT_LINES:
        _SUMMARY.append(f"... {len(report) - REPORT_LINES} more lines: run icscheck on {folder}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _SUMMARY:
        terminalreporter.write_sep("=", "icscheck --agree on every calendar the app wrote")
        for line in _SUMMARY:
            terminalreporter.write_line(line)
