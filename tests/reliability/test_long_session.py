"""A long session compressed: rounds of typical use (every page, edit and save a mission,
undo, redo, import a partner's calendar, export, change the language) run without an error
box and without growing memory. Rounds: ``JUMELAGE_RELIABILITY_ROUNDS`` (default 10).

Memory is measured with tracemalloc (Python objects: steady, to a few KiB) and the resident
set size (Qt's and SQLite's memory too: noisier, it moves by allocator pages), after two
warm-up rounds, half way through the measured rounds and at the end. Caches may still fill
during the first half; over the second half (4 rounds by default) Python memory may grow by
less than ``PYTHON_BOUND`` (0.25 MiB) and the RSS by less than ``RSS_BOUND`` (6 MiB), so a
leak of 64 KiB of Python objects or of 1.5 MiB of memory a round fails (checked by hand: a
9 MiB image kept each round fails at +36 MiB, 0.1 MiB of Python objects at +0.4 MiB).
Measured: Python +0.02 to +0.04 MiB and RSS +0.8 to +1.1 MiB over the second half, the same
over 24 rounds. The test session's icscheck gate (``tests/ics/icsgate.py``) keeps every
distinct calendar the app writes, one export a round here: that memory is the harness's and
is not counted.
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch, install_translators
from jumelage.ics.profiles import ExportRequest
from jumelage.ui.dialogs.preferences import PreferencesDialog
from jumelage.ui.editors.mission import MissionEditor
from tests.ics import icsgate
from tests.reliability.conftest import scale
from tests.reliability.crash_worker import calendar

pytestmark = pytest.mark.slow

ROUNDS = max(scale("ROUNDS", 10), 4)
WARM_UP = 2
#: Growth allowed over the second half of the measured rounds, in MiB.
PYTHON_BOUND = 0.25
RSS_BOUND = 6.0


def rss() -> int | None:
    """Resident set size in bytes (Linux), else ``None``."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def one_round(qtbot: QtBot, state: Launch, number: int, tmp_path: Path) -> None:
    window = state.window
    services = window.services
    assert services is not None
    for index in range(window.stack.count()):
        window.go_to(index)
        QApplication.processEvents()
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.refresh(None)

    row = next(x for x in services.missions.list() if "Zagora" in x.title)
    editor = window.editors.open("mission", row.id)
    assert isinstance(editor, MissionEditor)
    editor.overview.title.setText(f"Mission to Zagora, round {number}")
    assert editor.save()
    window.edits.stack.undo()
    window.edits.stack.redo()
    editor.close()

    partnership = services.partnerships.find("Marsassoum").id
    outcome = services.imports.apply(calendar(number), "partner.ics", partnership)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.changed.emit(outcome.changes)
    services.exports.export(ExportRequest(), tmp_path / "partner.ics")

    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("fr" if number % 2 else "en"))
    dialog.accept()
    dialog.deleteLater()
    for translator in state.translators:
        state.app.removeTranslator(translator)
        translator.setParent(None)  # else the application keeps it (and its .qm) for ever
    state.translators[:] = install_translators(state.app, window.settings.language)

    QApplication.processEvents()
    gc.collect()
    shown = [b.text() for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert shown == [], (number, shown)


def test_a_long_session_runs_without_errors_or_growing_memory(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    language = app_on_demo.window.settings.language
    try:
        measure(qtbot, app_on_demo, tmp_path)
    finally:  # the application object outlives this test: leave it in its language
        app_on_demo.window.settings.language = language
        for translator in app_on_demo.translators:
            app_on_demo.app.removeTranslator(translator)
            translator.setParent(None)
        app_on_demo.translators[:] = install_translators(app_on_demo.app, language)


def usage() -> tuple[float, float | None]:
    """Python memory (tracemalloc, less what the icscheck gate keeps) and RSS, in MiB."""
    kept = sum(sys.getsizeof(data) for data in icsgate._WRITTEN.values())
    resident = rss()
    python = (tracemalloc.get_traced_memory()[0] - kept) / 2**20
    return python, None if resident is None else resident / 2**20


def measure(qtbot: QtBot, app_on_demo: Launch, tmp_path: Path) -> None:
    for number in range(WARM_UP):
        one_round(qtbot, app_on_demo, number, tmp_path)
    half = (WARM_UP + ROUNDS) // 2
    marks = []  # usage before the measured rounds, half way, at the end
    tracemalloc.start()
    try:
        for number in range(WARM_UP, ROUNDS):
            if number in (WARM_UP, half):
                marks.append(usage())
            one_round(qtbot, app_on_demo, number, tmp_path)
        marks.append(usage())
    finally:
        tracemalloc.stop()
    (py0, rss0), (py1, rss1), (py2, rss2) = marks
    print(
        f"{ROUNDS} rounds: Python memory grew {py1 - py0:+.2f} MiB, then {py2 - py1:+.2f} MiB",
        end="",
    )
    if rss0 is not None and rss1 is not None and rss2 is not None:
        print(f"; RSS {rss1 - rss0:+.1f} MiB, then {rss2 - rss1:+.1f} MiB")
        assert rss2 - rss1 < RSS_BOUND
        assert rss2 - rss0 < 3 * RSS_BOUND
    assert py2 - py1 < PYTHON_BOUND
    assert py2 - py0 < 3 * PYTHON_BOUND
    services = app_on_demo.window.services
    assert services is not None
    assert services.db.integrity_problems() == []
