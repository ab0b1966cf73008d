"""The "Find a Time" dialog on the demo database: the best slots in both towns' local times,
the days without any and why, and a follow-up planned at a slot (undoable).

Expected times are worked out by hand from the demo towns (services/demo.py): Anderlecht
works 9:00-17:00 in Europe/Brussels, Marsassoum 8:00-16:00 in Africa/Dakar (UTC+0 all year).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.ui.actions import ActionId
from jumelage.ui.dialogs.slots import COMFORT, DATE, TIMES, FindTimeDialog
from jumelage.ui.editors.base import EditorContext
from tests.ui.test_accessibility import walk

UTC = dt.UTC
MARSASSOUM = "Anderlecht – Marsassoum"


def open_dialog(qtbot: QtBot, state: Launch, context: EditorContext) -> FindTimeDialog:
    """The dialog as the window opens it (a planned follow-up opens in its editor)."""
    pid = state.backend.services.partnerships.find("marsassoum").id
    dialog = state.window.find_time(pid)
    assert isinstance(dialog, FindTimeDialog)
    assert dialog.context.services is context.services
    qtbot.waitExposed(dialog)
    return dialog


def search(qtbot: QtBot, dialog: FindTimeDialog, first: dt.date, last: dt.date) -> None:
    dialog.first.set_value(first)
    dialog.last.set_value(last)
    with qtbot.waitSignal(dialog.searched, timeout=15_000):
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""


def test_defaults_are_four_weeks_of_the_home_towns_dates(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext
) -> None:
    # FIXED_NOW is Fri 20 March 2026, 11:00 UTC = 12:00 in Anderlecht.
    dialog = open_dialog(qtbot, app_on_demo, context)
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=15_000)
    assert dialog.partnership.currentText() == MARSASSOUM
    assert dialog.first.value() == dt.date(2026, 3, 20)
    assert dialog.last.value() == dt.date(2026, 4, 17)
    assert dialog.duration.value() == 60
    # Opened on a partnership, the dialog searched at once; another partnership clears it.
    assert dialog.model.rowCount() > 0
    dialog.partnership.setCurrentIndex(dialog.partnership.findText("Anderlecht – Zagora"))
    assert dialog.model.rowCount() == 0
    assert dialog.empty_days.count() == 0
    dialog.presets[2].click()
    assert dialog.duration.value() == 90
    dialog.last.set_value(dt.date(2026, 3, 19))
    assert not dialog.search_button.isEnabled()
    assert "before the first day" in dialog.date_error.text()


def test_slots_in_both_towns_then_a_follow_up_at_the_best_one(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext
) -> None:
    services = app_on_demo.backend.services
    window = app_on_demo.window
    dialog = open_dialog(qtbot, app_on_demo, context)
    # Mon 13 - Fri 17 April 2026, nothing planned, no holiday in either town. Brussels is on
    # summer time (UTC+2): 9-17 = 07:00-15:00Z; Marsassoum 8-16 = 08:00-16:00Z. Common:
    # 08:00-15:00Z, so 60-minute starts 08:00..14:00Z, 25 a day, 125 in the week.
    # Best: 11:00-12:00Z, 180 minutes from Anderlecht's end (15:00Z) and Marsassoum's start
    # (08:00Z); the Monday first among equals. = 13:00-14:00 Anderlecht, 11:00-12:00 Marsassoum.
    search(qtbot, dialog, dt.date(2026, 4, 13), dt.date(2026, 4, 17))
    assert dialog.answer is not None
    assert dialog.answer.total == 125
    assert dialog.model.rowCount() == 50
    assert "125 slots found" in dialog.status.text()
    model = dialog.model
    assert model.data(model.index(0, DATE)) == "Mon 13 Apr 2026"
    assert model.data(model.index(0, TIMES)) == "13:00–14:00 Anderlecht · 11:00–12:00 Marsassoum"
    assert model.data(model.index(0, COMFORT)) == "Comfortable"
    # Every slot listed lies inside both working days, on both towns' clocks.
    for row in model.visible_rows():
        home = row.slot.home_start.astimezone(ZoneInfo("Europe/Brussels"))
        partner = row.slot.partner_start.astimezone(ZoneInfo("Africa/Dakar"))
        assert home.hour - partner.hour == 2
        assert dt.time(10) <= home.time() <= dt.time(16)
    assert dialog.empty_days.count() == 0  # Monday to Friday: every day has slots

    # Create Follow-up on the selected (first) slot.
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.created, timeout=5_000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    row = created.args[0]
    pid = services.partnerships.find("marsassoum").id
    planned = [f for f in services.followups.list(pid) if f.id == row.id]
    assert len(planned) == 1
    followup = planned[0]
    assert followup.start.astimezone(UTC) == dt.datetime(2026, 4, 13, 11, 0, tzinfo=UTC)
    assert followup.start.isoformat() == "2026-04-13T13:00:00+02:00"
    assert str(getattr(followup.start.tzinfo, "key", "")) == "Europe/Brussels"
    assert followup.duration_min == 60
    assert followup.title == "Follow-up"
    assert followup.channel == "zoom"  # the previous follow-up's channel
    assert ("followup", row.id) in window.editors.open_editors

    window.edits.stack.undo()
    assert all(f.id != row.id for f in services.followups.list(pid))
    window.edits.stack.redo()
    assert any(f.id == row.id for f in services.followups.list(pid))


def test_enter_on_a_slot_plans_the_follow_up(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext
) -> None:
    services = app_on_demo.backend.services
    dialog = open_dialog(qtbot, app_on_demo, context)
    dialog.duration.setValue(30)
    search(qtbot, dialog, dt.date(2026, 4, 14), dt.date(2026, 4, 14))
    # Tue 14 April: common window 08:00-15:00Z; 30-minute starts 08:00..14:30Z. Best 11:15Z
    # (195 minutes from both edges: 08:00Z and 15:00Z) = 13:15 Anderlecht.
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.created, timeout=5_000) as created:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    followup = services.followups.get(created.args[0].id).followup
    assert followup.start.astimezone(UTC) == dt.datetime(2026, 4, 14, 11, 15, tzinfo=UTC)
    assert followup.duration_min == 30


def test_a_week_with_iris_day_says_why(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext
) -> None:
    # Mon 4 - Fri 8 May 2026: the demo's mission to Marsassoum runs until Wed 6 May (whole
    # days in Dakar), Thu 7 May is free, Fri 8 May is Iris Day, Anderlecht's own day off.
    dialog = open_dialog(qtbot, app_on_demo, context)
    search(qtbot, dialog, dt.date(2026, 5, 4), dt.date(2026, 5, 8))
    assert dialog.answer is not None
    assert {r.slot.home_start.date() for r in dialog.model.visible_rows()} == {dt.date(2026, 5, 7)}
    days = [dialog.empty_days.item(i).text() for i in range(dialog.empty_days.count())]
    assert days[0] == (
        "Mon 4 May 2026: busy: mission “Local tax collection: training and IT tools”"
    )
    assert days[-1] == "Fri 8 May 2026: holiday “Iris Day” in Anderlecht"
    assert len(days) == 4
    # Belgium's holiday calendar has no Brussels-Capital region: the dialog says so.
    assert dialog.notes.isVisibleTo(dialog)
    assert dialog.notes.text() == (
        "ℹ Anderlecht: the holiday calendar does not know the region BRU of BE, so the "
        "public holidays of BE as a whole are used."
    )


def test_holidays_are_named_in_the_interface_language_not_the_process_one(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tue 21 July 2026 is Belgium's national day: "Nationale feestdag" in the holidays
    # package's Dutch, "Fête nationale" in its French (what the process locale would give).
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "fr")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    try:
        dialog = open_dialog(qtbot, app_on_demo, context)
        search(qtbot, dialog, dt.date(2026, 7, 21), dt.date(2026, 7, 21))
    finally:
        QLocale.setDefault(before)
    days = [dialog.empty_days.item(i).text() for i in range(dialog.empty_days.count())]
    assert len(days) == 1
    assert days[0].endswith("“Nationale feestdag” in Anderlecht")


def test_opened_from_the_menu_and_from_the_follow_ups_page(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    window = app_on_demo.window
    action = window.registry[ActionId.FIND_TIME]
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FindTimeDialog))
    assert dialog.isVisible()
    dialog.close()

    page = window.followups
    assert page is not None
    page.partnership.setCurrentIndex(page.partnership.findText("Anderlecht – Zagora"))
    with qtbot.waitSignal(page.find_time_requested) as asked:
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    opened = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FindTimeDialog) and w.isVisible()
    ]
    assert asked.args[0] == app_on_demo.backend.services.partnerships.find("zagora").id
    assert [d.partnership.currentText() for d in opened] == ["Anderlecht – Zagora"]
    opened[0].close()


def test_every_control_is_named_and_reachable(
    qtbot: QtBot, app_on_demo: Launch, context: EditorContext
) -> None:
    dialog = open_dialog(qtbot, app_on_demo, context)
    search(qtbot, dialog, dt.date(2026, 5, 4), dt.date(2026, 5, 8))
    assert walk(qtbot, dialog) == []
