"""File > Back Up Now: the copy is made on the thread pool through the backup service."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from jumelage.ui.actions import ActionId
from tests.ui.conftest import Launcher


def test_back_up_now_writes_a_copy_and_says_where(
    qtbot: QtBot, start: Launcher, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copies" / "backup é.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    state = start(demo_path)
    window = state.window
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        pass
    window.registry[ActionId.BACKUP_NOW].trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=15_000)
    assert str(target) in window.statusBar().currentMessage()
    conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM partnerships").fetchone() == (4,)
    finally:
        conn.close()
