"""The follow-up editor on an occurrence of a series: the this / following / all question
(from the keyboard), undoable series edits and call-offs, and the drift panel.

The demo's monthly series (first Tuesday, 10:00 in Brussels, twelve times from 7 October
2025): follow-ups 1 to 6 (October to March) were held, with minutes; 7 to 12 (April to
September 2026) are planned. The tests' now is 20 March 2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import FollowUpStatus
from jumelage.domain.series import Scope
from jumelage.services import Services
from jumelage.ui.editors.followup import FollowUpEditor
from jumelage.ui.editors.followup import series as series_ui

pytestmark = pytest.mark.usefixtures("real_scope_question")
#: The real question (``answer_questions`` replaces it by "This occurrence" in other tests).
REAL_ASK_SCOPE = series_ui.ask_scope


@pytest.fixture
def real_scope_question(answer_questions: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Other questions are answered; the series question is the real box, which these tests
    answer themselves."""
    monkeypatch.setattr(series_ui, "ask_scope", REAL_ASK_SCOPE)


BRUSSELS = ZoneInfo("Europe/Brussels")
APRIL, MAY, MARCH = 7, 8, 6


def services_of(state: Launch) -> Services:
    assert state.backend is not None
    return state.backend.services


def open_editor(state: Launch, key: int) -> FollowUpEditor:
    editor = state.window.editors.open("followup", key)
    assert isinstance(editor, FollowUpEditor)
    return editor


def answer(qtbot: QtBot, act: Callable[[QMessageBox], None], asked: list[str]) -> None:
    """Act on the next scope question as soon as it shows."""

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, respond)
            return
        asked.append(box.text())
        act(box)

    QTimer.singleShot(0, respond)


def press(
    key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        box.activateWindow()  # mnemonics only work in the active window
        QTest.qWaitForWindowActive(box, 1000)
        QTest.keyClick(box, key, modifier)
        if box.isVisible():  # the key did nothing: fail, never hang
            box.reject()

    return act


def press_all(keys: list[Qt.Key]) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        box.activateWindow()
        QTest.qWaitForWindowActive(box, 1000)
        for key in keys:
            widget = QApplication.focusWidget() or box
            QTest.keyClick(widget, key)
        if box.isVisible():
            box.reject()

    return act


def button(scope: Scope) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        for b in box.buttons():
            if b.property("scope") == scope.value:
                b.click()
                return
        raise AssertionError(scope)

    return act


def test_the_question_is_keyboard_first(qtbot: QtBot) -> None:
    box = series_ui.scope_box(None, cancelling=False)
    texts = [b.text() for b in box.buttons() if b.property("scope")]
    assert texts == ["&This occurrence", "This and the &following", "&All occurrences"]
    assert box.defaultButton().property("scope") == "this"
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    mnemonics = [QKeySequence.mnemonic(text).toString() for text in texts]
    assert mnemonics == ["Alt+T", "Alt+F", "Alt+A"]
    box.deleteLater()
    asked: list[str] = []
    answer(qtbot, press_all([Qt.Key.Key_Tab, Qt.Key.Key_Space]), asked)
    assert REAL_ASK_SCOPE(None, cancelling=True) is Scope.FOLLOWING
    answer(qtbot, press(Qt.Key.Key_Escape), asked)
    assert REAL_ASK_SCOPE(None) is None
    answer(qtbot, press(Qt.Key.Key_Return), asked)
    assert REAL_ASK_SCOPE(None) is Scope.THIS
    assert len(asked) == 3


def test_editing_this_and_the_following_splits_and_undo_joins(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = services_of(app_on_demo)
    editor = open_editor(app_on_demo, MAY)
    series_id = services.followups.get(MAY).followup.series_id
    uids = {r.id: r.uid for r in services.followups.list()}
    asked: list[str] = []
    answer(qtbot, button(Scope.FOLLOWING), asked)
    editor.meeting.duration.setValue(90)
    editor.notes.agenda.setPlainText("Tax register")
    assert editor.save()
    assert len(asked) == 1
    may = services.followups.get(MAY).followup
    assert may.series_id != series_id
    assert may.duration_min == 90
    assert may.agenda == "Tax register"  # this occurrence's own field, saved with it
    assert services.followups.get(APRIL).followup.duration_min == 60
    assert services.followups.get(12).followup.series_id == may.series_id
    assert services.series.get(series_id).rule == "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20260407T100000"

    app_on_demo.window.edits.stack.undo()
    may = services.followups.get(MAY).followup
    assert may.series_id == series_id
    assert (may.duration_min, may.agenda) == (60, "")
    assert services.series.get(series_id).rule == "FREQ=MONTHLY;BYDAY=1TU;COUNT=12"
    assert {r.id: r.uid for r in services.followups.list()} == uids
    app_on_demo.window.edits.stack.redo()
    assert services.followups.get(MAY).followup.duration_min == 90


def test_this_occurrence_only_and_no_question_for_its_own_fields(
    qtbot: QtBot, app_on_demo: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = services_of(app_on_demo)
    editor = open_editor(app_on_demo, APRIL)
    asked: list[str] = []
    answer(qtbot, button(Scope.THIS), asked)
    editor.meeting.title.setText("April follow-up")
    assert editor.save()
    assert services.followups.get(APRIL).followup.title == "April follow-up"
    assert services.followups.get(MAY).followup.title != "April follow-up"
    assert (
        services.series.get(services.followups.get(APRIL).followup.series_id)
        .occurrences[6]
        .exception
    )

    monkeypatch.setattr(series_ui, "ask_scope", lambda *a, **k: pytest.fail("asked"))
    editor.notes.agenda.setPlainText("Only the agenda")
    assert editor.save()
    assert services.followups.get(APRIL).followup.agenda == "Only the agenda"
    assert len(asked) == 1


def test_calling_off_all_keeps_the_held_meetings_and_undo_brings_back(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = services_of(app_on_demo)
    editor = open_editor(app_on_demo, APRIL)
    assert editor.call_off.isVisible()
    asked: list[str] = []
    answer(qtbot, button(Scope.ALL), asked)
    editor.call_off.click()
    assert asked == ["Call off only this occurrence, or more of the series?"]
    statuses = [services.followups.get(key).followup.status for key in range(1, 13)]
    assert statuses == [FollowUpStatus.HELD] * 6 + [FollowUpStatus.CANCELLED] * 6
    assert "kept as they were: 6" in editor.series_tab.notice.text()
    app_on_demo.window.edits.stack.undo()
    statuses = [services.followups.get(key).followup.status for key in range(1, 13)]
    assert statuses == [FollowUpStatus.HELD] * 6 + [FollowUpStatus.PLANNED] * 6


def test_drift_panel_says_when_marsassoum_sees_the_call_move(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    editor = open_editor(app_on_demo, APRIL)
    tabs = editor.tabs
    index = tabs.indexOf(editor.series_tab)
    assert tabs.isTabVisible(index)
    panel = editor.series_tab.findChild(QPlainTextEdit, "drift")
    assert panel is not None
    assert panel.isReadOnly()
    text = panel.toPlainText()
    # 3 March: 09:00 in Dakar; 7 April: 08:00, Brussels having moved on 29 March.
    from jumelage.ui import format as fmt

    assert (
        f"from {fmt.day_month(dt.date(2026, 4, 7))}: {fmt.time(dt.time(8))} in Marsassoum" in text
    )
    assert f"Anderlecht changes its clocks on {fmt.day_month(dt.date(2026, 3, 29))}" in text
    assert "Every month" not in text
    assert "Monthly, on the first Tuesday" in editor.series_tab.summary.text()
    tabs.setCurrentIndex(index)
    editor.grab().save("/tmp/series_editor.png")

    single = services_of(app_on_demo).followups.list()
    standalone = [r for r in single if r.series_id is None]
    if standalone:
        other = open_editor(app_on_demo, standalone[0].id)
        assert not other.tabs.isTabVisible(other.tabs.indexOf(other.series_tab))
        assert not other.call_off.isVisible()
