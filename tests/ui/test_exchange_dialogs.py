"""Calendar exchange from the window: the export dialog shows what leaves the laptop, the
import dialog previews a partner's file and applies it all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.ui.dialogs.exchange import ExportDialog, ImportDialog

PARTNER_FILE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Commune de Marsassoum//Agenda//FR\r\n"
    "X-WR-CALNAME:Agenda de Marsassoum\r\n"
    "BEGIN:VEVENT\r\nUID:conseil-2026-04@marsassoum.example\r\nDTSTAMP:20260301T090000Z\r\n"
    "DTSTART;TZID=Africa/Dakar:20260415T100000\r\nDTEND;TZID=Africa/Dakar:20260415T120000\r\n"
    "SUMMARY:Conseil municipal <b>extraordinaire</b>\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:marche-2026@marsassoum.example\r\nDTSTAMP:20260301T090000Z\r\n"
    "DTSTART;VALUE=DATE:20260502\r\nDTEND;VALUE=DATE:20260503\r\n"
    "SUMMARY:Journée du marché\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_export_shows_what_leaves_and_writes_the_file(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = app_on_demo.window._editor_context()
    assert context is not None
    dialog = ExportDialog(context, app_on_demo.window)
    qtbot.addWidget(dialog)
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Marsassoum"))
    partner_count = dialog.events.count()
    assert partner_count > 0
    assert "will leave this computer" in dialog.summary.text()
    shown = [dialog.events.item(i).text() for i in range(partner_count)]
    assert any("Local tax collection: training and IT tools" in text for text in shown)

    dialog.profile.setCurrentIndex(1)  # internal: more goes out
    assert dialog.events.count() >= partner_count
    dialog.profile.setCurrentIndex(0)

    target = tmp_path / "for-marsassoum.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"TZID=Africa/Dakar" in data
    # Internal notes of the demo's missions never reach a partner file.
    assert b"Per diem advance" not in data
    assert b"laptops' insurance" not in data


def test_import_previews_then_applies_a_partner_file(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    path = tmp_path / "marsassoum.ics"
    path.write_bytes(PARTNER_FILE.encode("utf-8"))
    context = app_on_demo.window._editor_context()
    assert context is not None
    services = app_on_demo.backend.services
    dialog = ImportDialog(context, path, app_on_demo.window)
    qtbot.addWidget(dialog)
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Marsassoum"))
    assert "2 new" in dialog.summary.text()
    assert services.external.list() == []  # a preview writes nothing
    lines = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert any("Conseil municipal <b>extraordinaire</b>" in line for line in lines)

    dialog.apply_button.click()
    events = services.external.list()
    assert sorted(e.summary for e in events) == [
        "Conseil municipal <b>extraordinaire</b>",
        "Journée du marché",
    ]

    again = ImportDialog(context, path, app_on_demo.window)
    qtbot.addWidget(again)
    again.partnership.setCurrentIndex(again.partnership.findText("Anderlecht – Marsassoum"))
    assert "0 new, 0 changed" in again.summary.text()
    assert not again.apply_button.isEnabled()  # re-importing the same file changes nothing


def test_dropping_an_ics_file_on_the_window_opens_the_import(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    path = tmp_path / "dropped.ics"
    path.write_bytes(PARTNER_FILE.encode("utf-8"))
    window = app_on_demo.window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    QApplication.processEvents()
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1
    assert dialogs[0].path == path
    dialogs[0].close()


def test_opening_a_calendar_with_jumelage_previews_its_import(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    from jumelage.app.main import launch
    from tests.conftest import fixed_clock

    path = tmp_path / "opened.ics"
    path.write_bytes(PARTNER_FILE.encode("utf-8"))
    state = launch(db=demo_path, clock=fixed_clock, open_files=(path,))
    try:
        qtbot.waitUntil(lambda: bool(state.window.findChildren(ImportDialog)), timeout=15_000)
        [dialog] = state.window.findChildren(ImportDialog)
        assert dialog.path == path
        dialog.close()
    finally:
        state.window.close()
        state.runner.wait()
        if state.backend is not None:
            state.backend.services.db.close()
