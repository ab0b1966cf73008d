"""A long session compressed: rounds of typical use (every page, edit and save a mission,
undo, redo, import a partner's calendar, export, change the language) run without an error
box and without growing memory. Memory is measured after two warm-up rounds and at the end,
with tracemalloc (Python objects) and the resident set size (Qt's own memory too); the bounds
are generous, meant to catch a leak per round, not to measure. Rounds:
``JUMELAGE_RELIABILITY_ROUNDS`` (default 10).
"""

from __future__ import annotations

import gc
import os
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch, install_translators
from jumelage.ics.profiles import ExportRequest
from jumelage.ui.dialogs.preferences import PreferencesDialog
from jumelage.ui.editors.mission import MissionEditor
from tests.reliability.conftest import scale
from tests.reliability.crash_worker import calendar

pytestmark = pytest.mark.slow

ROUNDS = scale("ROUNDS", 10)
WARM_UP = 2


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
        app_on_demo.translators[:] = install_translators(app_on_demo.app, language)


def measure(qtbot: QtBot, app_on_demo: Launch, tmp_path: Path) -> None:
    for number in range(WARM_UP):
        one_round(qtbot, app_on_demo, number, tmp_path)
    tracemalloc.start()
    try:
        python_before = tracemalloc.get_traced_memory()[0]
        rss_before = rss()
        for number in range(WARM_UP, ROUNDS):
            one_round(qtbot, app_on_demo, number, tmp_path)
        python_after = tracemalloc.get_traced_memory()[0]
        rss_after = rss()
    finally:
        tracemalloc.stop()
    grown = (python_after - python_before) / 2**20
    print(f"{ROUNDS} rounds: Python memory grew {grown:.1f} MiB", end="")
    assert grown < 10
    if rss_before is not None and rss_after is not None:
        print(f", RSS grew {(rss_after - rss_before) / 2**20:.1f} MiB")
        assert rss_after - rss_before < 80 * 2**20
    services = app_on_demo.window.services
    assert services is not None
    assert services.db.integrity_problems() == []
