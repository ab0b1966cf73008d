"""Calendar exchange from the window: the export dialog shows what leaves the laptop, the
import dialog previews a partner's file and applies it all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QFormLayout
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.ui.dialogs.exchange import ExportDialog, ImportDialog
from jumelage.ui.format import when

ZONE_UTC = dt.UTC

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


def _lines(dialog: ImportDialog) -> list[str]:
    return [dialog.details.item(i).text() for i in range(dialog.details.count())]


def _import_dialog(qtbot: QtBot, app: Launch, path: Path) -> ImportDialog:
    context = app.window._editor_context()
    assert context is not None
    dialog = ImportDialog(context, path, app.window)
    qtbot.addWidget(dialog)
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Marsassoum"))
    return dialog


def _calendar(*events: str) -> bytes:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nX-WR-CALNAME:Agenda\r\n"
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode("utf-8")


def _event(uid: str, start: str, summary: str, *extra: str, zone: str = "Africa/Dakar") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260301T090000Z",
        f"DTSTART;TZID={zone}:{start}",
        "DURATION:PT2H",
        f"SUMMARY:{summary}",
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


def test_import_preview_notes_and_clashes_read_as_sentences(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    path = tmp_path / "notes.ics"
    path.write_bytes(
        _calendar(
            _event("fete@m", "20260429T100000", "Fete du village"),
            _event("paris@m", "20260601T100000", "Visite", zone="Europe/Paris"),
            _event("nowhere@m", "20260602T100000", "Ailleurs", zone="Nowhere"),
        )
    )
    lines = _lines(_import_dialog(qtbot, app_on_demo, path))
    # The demo mission to Marsassoum runs from 27 April to 6 May 2026.
    assert (
        "Clash: “Fete du village” (Wed 29 Apr 2026, 10:00, Marsassoum time) overlaps our "
        "mission “Local tax collection: training and IT tools” (Mon 27 Apr 2026 – "
        "Wed 6 May 2026)."
    ) in lines
    assert (
        "Note: Time zone 'Europe/Paris' has no definition in the file; read as the IANA zone "
        "Europe/Paris."
    ) in lines
    assert (
        "Note: Time zone 'Nowhere' is unknown and not defined in the file; its times were read "
        "in Africa/Dakar, the partner town's zone."
    ) in lines
    assert "New: Wed 29 Apr 2026, 10:00 Africa/Dakar — Fete du village" in lines
    assert not any("Clash(" in line or "datetime" in line for line in lines)


def test_import_preview_names_every_category_and_what_happens(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    path = tmp_path / "agenda.ics"
    path.write_bytes(
        _calendar(
            _event("a@m", "20260601T100000", "Conseil"),
            _event("b@m", "20260602T100000", "Marché"),
            _event("c@m", "20260603T100000", "Réunion"),
            _event("d@m", "20260604T100000", "Atelier"),
            _event("e@m", "20260605T100000", "Visite", "SEQUENCE:2"),
        )
    )
    _import_dialog(qtbot, app_on_demo, path).apply_button.click()
    path.write_bytes(
        _calendar(
            _event("a@m", "20260601T100000", "Conseil (salle 2)", "SEQUENCE:1"),
            _event("b@m", "20260602T100000", "Marché", "SEQUENCE:1", "STATUS:CANCELLED"),
            _event("c@m", "20260603T100000", "Réunion"),
            _event("e@m", "20260605T100000", "Visite (old)", "SEQUENCE:1"),
        )
    )
    dialog = _import_dialog(qtbot, app_on_demo, path)
    lines = _lines(dialog)
    assert lines[:5] == [
        "Changed: Mon 1 Jun 2026, 10:00 Africa/Dakar — Conseil (salle 2) (changed: title)",
        "Cancelled by the partner (marked cancelled here): Tue 2 Jun 2026, 10:00 "
        "Africa/Dakar — Marché",
        "1 event unchanged: nothing to do.",
        "Older than ours (ignored): Fri 5 Jun 2026, 10:00 Africa/Dakar — Visite (old) "
        "(changed: title)",
        "No longer in the partner's file (kept here as it is): Thu 4 Jun 2026, 10:00 "
        "Africa/Dakar — Atelier",
    ]
    assert "1 changed, 1 cancelled, 1 unchanged, 1 older than ours, 1 no longer in the file" in (
        dialog.summary.text()
    )


def test_a_conflict_is_resolved_in_the_dialog(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    """Our call renamed here (SEQUENCE 1) and moved by the partner after our last change
    (their copy: SEQUENCE 0, LAST-MODIFIED later): changed on both sides."""
    import dataclasses

    from jumelage.domain.specs import FollowUpSpec

    services = app_on_demo.backend.services
    call = next(f for f in services.followups.list() if f.series_id is None and f.shared)
    fields = {f.name for f in dataclasses.fields(FollowUpSpec)}
    spec = FollowUpSpec(**{k: getattr(call, k) for k in fields if hasattr(call, k)})
    services.followups.update(call.id, call.version, dataclasses.replace(spec, title="Renamed"))
    assert services.followups.get(call.id).followup.sequence == call.sequence + 1
    moved = call.start.astimezone(ZONE_UTC) + dt.timedelta(hours=1)
    path = tmp_path / "theirs.ics"
    path.write_bytes(
        _calendar(
            "BEGIN:VEVENT\r\n"
            f"UID:{call.uid}\r\nSEQUENCE:{call.sequence}\r\n"
            "DTSTAMP:20260321T000000Z\r\nLAST-MODIFIED:20260321T000000Z\r\n"
            f"DTSTART:{moved:%Y%m%dT%H%M%SZ}\r\nDURATION:PT{call.duration_min}M\r\n"
            f"SUMMARY:{call.title}\r\nEND:VEVENT\r\n"
        )
    )
    dialog = _import_dialog(qtbot, app_on_demo, path)
    assert "Conflict: “Renamed” was changed both here and by the partner (title, start, end)." in (
        _lines(dialog)
    )
    assert dialog.conflicts.isVisibleTo(dialog)
    [choice] = dialog.choices.values()
    assert choice.currentText() == "Keep ours"
    caption = dialog.choices_form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert caption.text().endswith(f"Theirs: “{call.title}”, {when(moved)}")
    assert not dialog.apply_button.isEnabled()  # keeping ours changes nothing
    choice.setCurrentIndex(choice.findText("Take theirs"))
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    after = services.followups.get(call.id).followup
    assert (after.title, after.start) == (call.title, moved)

    again = _import_dialog(qtbot, app_on_demo, path)
    assert not again.choices
    assert not again.conflicts.isVisibleTo(again)
    assert not again.apply_button.isEnabled()  # re-importing changes nothing


def test_export_preview_shows_each_event_and_saves_those_bytes(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = app_on_demo.backend.services
    mission = next(
        m for m in services.missions.list() if m.title.startswith("Local tax collection")
    )
    [item] = [
        a for a in services.missions.get(mission.id).agenda if a.title == "Steering committee"
    ]
    services.missions.remove_agenda_item(item.id)
    context = app_on_demo.window._editor_context()
    assert context is not None
    dialog = ExportDialog(context, app_on_demo.window)
    qtbot.addWidget(dialog)
    # A partner file is for one partner town: the first partnership, "All" still offered.
    assert dialog.partnership.currentText() == "Anderlecht – Hammersmith & Fulham"
    assert dialog.partnership.findText("All partnerships") == 0
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Marsassoum"))
    texts = [dialog.events.item(i).text() for i in range(dialog.events.count())]
    cancelled = texts.index(
        "CANCELLED: Sun 3 May 2026, 10:00 Africa/Dakar — Steering committee (Agenda)"
    )
    assert dialog.events.item(cancelled).font().strikeOut()
    series = next(i for i, t in enumerate(texts) if "Monthly follow-up" in t)
    assert texts[series].endswith("· Monthly, on the first Tuesday, 12 times")
    dialog.events.setCurrentRow(series)
    details = dialog.details.toPlainText().splitlines()
    assert "Repeats: Monthly, on the first Tuesday, 12 times" in details
    assert "Join link: https://meet.example.org/anderlecht-marsassoum" in details
    assert "Place: Zoom" in details
    dialog.events.setCurrentRow(cancelled)
    assert "Status: CANCELLED" in dialog.details.toPlainText().splitlines()
    contents = dialog.contents.toPlainText()
    assert contents.startswith("BEGIN:VCALENDAR")
    assert "STATUS:CANCELLED" in contents

    # Save writes the previewed bytes, even if the data changed meanwhile.
    previewed = dialog.result.data
    target = tmp_path / "out.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        type(services.exports),
        "export",
        lambda *a, **k: pytest.fail("save must not export again"),
    )
    dialog.save()
    assert target.read_bytes() == previewed
