"""Removing a leg that someone changed since the mission editor showed it: refused and said,
the leg stays (the removal passes the version the editor loaded)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.specs import LegSpec
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui.editors.mission import MissionEditor
from tests.conftest import fixed_clock


def test_removing_a_leg_changed_elsewhere_is_refused(qtbot: QtBot, app_on_demo: Launch) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    assert window.database_path is not None
    mission = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = window.editors.open("mission", mission.id)
    assert isinstance(editor, MissionEditor)
    editor.activateWindow()
    tab = editor.itinerary
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    assert tab.table is not None
    count = len(services.missions.get(mission.id).legs)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    row = tab.current()
    assert row is not None

    # Another Jumelage (or another window) changes the flight reference meanwhile.
    other = open_database(window.database_path, daily_backup=False)
    try:
        elsewhere = Services.over(other, clock=fixed_clock).missions
        spec = LegSpec(
            row.origin, row.destination, row.depart, row.arrive, row.mode, reference="SN 202"
        )
        elsewhere.update_leg(row.id, row.version, spec)
    finally:
        other.close()

    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "changed elsewhere" in boxes[0].text()
    boxes[0].close()
    legs_after = services.missions.get(mission.id).legs
    assert len(legs_after) == count
    assert next(x for x in legs_after if x.id == row.id).reference == "SN 202"
