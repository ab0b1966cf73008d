"""Follow-ups: the page, the editor (attendance, decisions, action items) and planning the
next follow-up, driven through real widgets on a copy of the demo database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import ActionStatus, AttendanceStatus, CallQuality, Channel
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui.editors.followup import FollowUpEditor
from jumelage.ui.editors.followup.attendance import STATUS, TROUBLE
from jumelage.ui.pages.actions import ActionsPage
from jumelage.ui.pages.followups import FollowUpsPage
from tests.conftest import fixed_clock
from tests.ui.conftest import wait_refreshed

# An editor left with unsaved changes by a failing test must not block the teardown.
pytestmark = pytest.mark.usefixtures("answer_questions")

BRUSSELS = ZoneInfo("Europe/Brussels")
MARSASSOUM = 1  # the demo's first partnership
#: The demo's open items of Marsassoum (tests/services/test_next_followup.py works them out),
#: their due dates as the interface writes them in English (en_GB): 18 Nov 2025 and
#: 27 Jan 2026 are Tuesdays, 15 Feb 2026 a Sunday, 13 Mar 2026 a Friday.
DEMO_AGENDA = (
    "Open action items\n"
    "- Send the three quotes to the steering committee (Aminata Diatta; due Tue 18 Nov 2025)\n"
    "- Book the flights and send the mission orders (Sophie Vandermeulen; due Tue 27 Jan 2026)\n"
    "- Review the first edit of the film (Karim El Idrissi; due Sun 15 Feb 2026)\n"
    "- Draft the call for proposals in French and Wolof (Fatou Badji; due Fri 13 Mar 2026)"
)


def swap_page(window: object, index: int, page: QWidget) -> None:
    stack = window.stack  # type: ignore[attr-defined]
    old = stack.widget(index)
    stack.insertWidget(index, page)
    stack.removeWidget(old)
    old.deleteLater()
    window.pages[index] = (window.pages[index][0], page)  # type: ignore[attr-defined]


def install_pages(qtbot: QtBot, state: Launch) -> tuple[FollowUpsPage, ActionsPage]:
    """The window's Follow-ups and Actions pages, as ``_build_record_pages`` will make them
    (a no-op once it does)."""
    window = state.window
    swapped = False
    if not isinstance(window.followups, FollowUpsPage):
        followups = FollowUpsPage(window._now, window._editor_context)
        swap_page(window, 3, followups)
        window.followups = followups  # type: ignore[assignment]
        followups.activated.connect(lambda row: window.editors.open("followup", row.id))
        swapped = True
    if not isinstance(window.actions_page, ActionsPage):
        actions = ActionsPage(window.today, window._editor_context)
        swap_page(window, 4, actions)
        window.actions_page = actions  # type: ignore[assignment]
        actions.activated.connect(lambda row: window.editors.open("action", row.id))
        swapped = True
    if swapped:
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.refresh(None)
    assert isinstance(window.followups, FollowUpsPage)
    assert isinstance(window.actions_page, ActionsPage)
    return window.followups, window.actions_page


@pytest.fixture
def pages(qtbot: QtBot, app_on_demo: Launch) -> tuple[FollowUpsPage, ActionsPage]:
    return install_pages(qtbot, app_on_demo)


@pytest.fixture
def on_disk(app_on_demo: Launch) -> Iterator[Services]:
    """The same database opened a second time, as another program would: proves the saves
    reached the file."""
    db = open_database(app_on_demo.path, daily_backup=False)
    yield Services.over(db, clock=fixed_clock)
    db.close()


def new_editor(state: Launch, **options: object) -> FollowUpEditor:
    editor = state.window.editors.open("followup", None, **options)
    assert isinstance(editor, FollowUpEditor)
    return editor


def open_editor(state: Launch, key: int) -> FollowUpEditor:
    editor = state.window.editors.open("followup", key)
    assert isinstance(editor, FollowUpEditor)
    return editor


def person_id(services: Services, name: str) -> int:
    return next(p.id for p in services.people.list() if p.name == name)


def type_lines(qtbot: QtBot, widget: QWidget, lines: list[str]) -> None:
    for index, line in enumerate(lines):
        if index:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Bring the widget's window to the front (shortcuts work in the active window only)."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()


def save(qtbot: QtBot, editor: QWidget) -> None:
    """Ctrl+S, as a person would press it in the editor window."""
    activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_plan_a_follow_up_record_it_and_plan_the_next_one(
    qtbot: QtBot, app_on_demo: Launch, pages: tuple[FollowUpsPage, ActionsPage]
) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    page, _ = pages

    # A new follow-up of Anderlecht – Marsassoum on Tuesday 24 March, 10:00 in Brussels.
    editor = new_editor(app_on_demo, partnership_id=MARSASSOUM)
    assert editor.meeting.partnership.currentData() == MARSASSOUM
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.attendance))
    editor.meeting.title.clear()
    qtbot.keyClicks(editor.meeting.title, "Steering committee call")
    editor.meeting.start.set_value(dt.datetime(2026, 3, 24, 10, 0, tzinfo=BRUSSELS))
    # Its agenda starts from the partnership's open items (the demo's four), dates as the
    # rest of the interface writes them; the 3 March minutes have no next steps.
    assert editor.notes.agenda.toPlainText() == DEMO_AGENDA
    assert editor.notes.prefill_note.isVisibleTo(editor.notes)
    editor.notes.minutes.setFocus()
    type_lines(
        qtbot, editor.notes.minutes, ["Budget discussed.", "", "Next steps", "- Confirm the budget"]
    )
    save(qtbot, editor)
    assert not editor.dirty
    assert editor.key is not None
    ours = editor.key
    row = services.followups.get(ours).followup
    assert row.title == "Steering committee call"
    assert row.start == dt.datetime(2026, 3, 24, 10, 0, tzinfo=BRUSSELS)
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.attendance))
    assert row.agenda == DEMO_AGENDA
    demo_items = [
        a
        for a in services.actions.list(MARSASSOUM)
        if a.description in DEMO_AGENDA and a.status == ActionStatus.OPEN
    ]
    assert len(demo_items) == 4
    for item in demo_items:  # carried to this follow-up: discussed at it
        assert ours in [f.id for f in services.actions.discussions(item.id)]

    # Attendance: Aminata Diatta present, with connection trouble, from the keyboard.
    editor.tabs.setCurrentWidget(editor.attendance)
    table = editor.attendance.table
    aminata = editor.attendance.row_of("Aminata Diatta")
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Anderlecht"] * 4 + [
        "Marsassoum"
    ] * 4
    table.setFocus()
    table.setCurrentCell(aminata, STATUS)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.indexWidget(table.model().index(aminata, STATUS))
    assert combo is not None
    assert combo.currentText() == "Invited"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Present"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.attendance.record_of("Aminata Diatta") is not None)
    table.setCurrentCell(aminata, TROUBLE)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            (r := editor.attendance.record_of("Aminata Diatta")) is not None
            and r.connection_trouble
        )
    )
    (record,) = services.followups.get(ours).attendance
    assert (record.person, record.status, record.connection_trouble) == (
        "Aminata Diatta",
        AttendanceStatus.PRESENT,
        True,
    )
    assert table.item(aminata, STATUS).text() == "Present"
    # Each of the two changes is its own step on the undo stack.
    window.edits.stack.undo()
    assert not services.followups.get(ours).attendance[0].connection_trouble
    window.edits.stack.undo()
    assert services.followups.get(ours).attendance == ()
    qtbot.waitUntil(lambda: table.item(aminata, STATUS).text() == "Not recorded")
    window.edits.stack.redo()
    window.edits.stack.redo()
    assert services.followups.get(ours).attendance[0].connection_trouble
    qtbot.waitUntil(lambda: table.item(aminata, TROUBLE).checkState() == Qt.CheckState.Checked)

    # Two action items raised at this meeting, with owners and due dates.
    editor.tabs.setCurrentWidget(editor.action_items)
    for description, owner, due in (
        ("Send the budget to the steering committee", "Thomas Dubois", dt.date(2026, 4, 3)),
        ("Collect the market tax figures", "Ibrahima Coly", dt.date(2026, 4, 10)),
    ):
        qtbot.mouseClick(editor.action_items.add_button, Qt.MouseButton.LeftButton)
        dialog = editor.action_items._dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.description, description)  # type: ignore[attr-defined]
        dialog.owner.set_value(person_id(services, owner))  # type: ignore[attr-defined]
        dialog.due.set_value(due, due)  # type: ignore[attr-defined]
        dialog.accept()
    items = services.followups.get(ours).actions
    assert [
        (a.description, a.owner, a.due_date, a.status, a.origin_followup_id) for a in items
    ] == [
        (
            "Send the budget to the steering committee",
            "Thomas Dubois",
            dt.date(2026, 4, 3),
            ActionStatus.OPEN,
            ours,
        ),
        ("Collect the market tax figures", "Ibrahima Coly", dt.date(2026, 4, 10), "open", ours),
    ]
    qtbot.waitUntil(lambda: editor.action_items.table.rowCount() == 2)

    # The market tax figures come in before the next call: that item is closed.
    tab = editor.action_items
    tab.table.setFocus()
    tab.table.selectRow(1)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter edits the selected item
    dialog = tab._dialog
    assert dialog is not None
    dialog.status.set_value(ActionStatus.DONE)  # type: ignore[attr-defined]
    dialog.accept()
    assert [a.status for a in services.followups.get(ours).actions] == [
        ActionStatus.OPEN,
        ActionStatus.DONE,
    ]
    qtbot.waitUntil(lambda: tab.rows[1].status == ActionStatus.DONE)
    editor.close()

    # The next follow-up of the partnership, planned from the page after ours.
    window.go_to(3)
    page.partnership.setCurrentIndex(page.partnership.findData(MARSASSOUM))
    wait_refreshed_if_loading(qtbot, app_on_demo)
    assert page.select(ours)
    assert page.new_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page._dialog
    assert dialog is not None
    # The next Tuesday after ours, at the same wall time in Brussels.
    assert dialog.value() == dt.datetime(2026, 3, 31, 10, 0, tzinfo=BRUSSELS)  # type: ignore[attr-defined]
    assert "10:00 Anderlecht · 08:00 Marsassoum" in dialog.both.text()  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        dialog.accept()  # type: ignore[attr-defined]
    following = next(
        f
        for f in services.followups.list(MARSASSOUM)
        if f.start == dt.datetime(2026, 3, 31, 10, 0, tzinfo=BRUSSELS)
    )
    assert following.title == "Steering committee call"
    next_editor = window.editors.open_editors.get(("followup", following.id))
    assert isinstance(next_editor, FollowUpEditor)
    # Only the open item is carried, with the next steps of our minutes.
    assert next_editor.notes.agenda.toPlainText() == (
        DEMO_AGENDA + "\n"
        "- Send the budget to the steering committee (Thomas Dubois; due Fri 3 Apr 2026)\n"
        "\n"
        "Next steps\n"
        "- Confirm the budget"
    )
    assert [f.id for f in services.actions.discussions(items[0].id)] == [ours, following.id]
    assert [f.id for f in services.actions.discussions(items[1].id)] == [ours]
    assert page.select(following.id)

    # The item's own editor lists both meetings.
    action_editor = window.editors.open("action", items[0].id)
    assert action_editor.history_ids() == [ours, following.id]  # type: ignore[attr-defined]
    action_editor.close()
    next_editor.close()

    # Everything reached the file.
    db = open_database(app_on_demo.path, daily_backup=False)
    try:
        again = Services.over(db, clock=fixed_clock)
        assert again.followups.get(ours).attendance[0].connection_trouble
        assert len(again.followups.get(ours).actions) == 2
        carried = again.followups.get(following.id).followup.agenda
        assert "Send the budget to the steering committee" in carried
        assert "Collect the market tax figures" not in carried
    finally:
        db.close()

    # Planning it is one edit: undo deletes the new follow-up, redo brings the same one back.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert following.id not in [f.id for f in services.followups.list(MARSASSOUM)]
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.redo()
    assert following.id in [f.id for f in services.followups.list(MARSASSOUM)]


def wait_refreshed_if_loading(qtbot: QtBot, state: Launch) -> None:
    if state.window._loading:
        wait_refreshed(qtbot, state)


def test_the_partner_time_follows_brussels_summer_time(qtbot: QtBot, app_on_demo: Launch) -> None:
    editor = new_editor(app_on_demo, partnership_id=MARSASSOUM)
    # Before 29 March 2026 Brussels is UTC+1 and Dakar UTC: 10:00 there is 09:00 here.
    editor.meeting.start.set_value(dt.datetime(2026, 3, 24, 10, 0, tzinfo=BRUSSELS))
    assert editor.meeting.both.text() == "10:00 Anderlecht · 09:00 Marsassoum"
    # After it, summer time: 08:00 in Marsassoum. The label follows as the date changes
    # (a week later with the Up key on the day).
    activate(qtbot, editor.meeting.start.edit)
    editor.meeting.start.edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    for _ in range(7):
        qtbot.keyClick(editor.meeting.start.edit, Qt.Key.Key_Up)
    assert editor.meeting.start.wall() == dt.datetime(2026, 3, 31, 10, 0)
    assert editor.meeting.both.text() == "10:00 Anderlecht · 08:00 Marsassoum"
    # A time skipped by the change is said so, next to the field and when saving.
    editor.meeting.start.set_value(dt.datetime(2026, 3, 29, 1, 0, tzinfo=BRUSSELS))
    editor.meeting.start.edit.setTime(editor.meeting.start.edit.time().addSecs(90 * 60))
    assert editor.meeting.both.text().startswith("⚠")
    editor.tabs.setCurrentWidget(editor.attendance)
    assert not editor.save()
    assert "start" in editor.errors.visible()
    assert editor.tabs.currentWidget() is editor.meeting
    editor.mark_clean()


def test_editing_the_main_fields_is_one_undoable_save(
    qtbot: QtBot,
    app_on_demo: Launch,
    pages: tuple[FollowUpsPage, ActionsPage],
    on_disk: Services,
    answer_questions: list[str],
) -> None:
    window = app_on_demo.window
    upcoming = next(
        f for f in on_disk.followups.list(MARSASSOUM) if f.start.date() == dt.date(2026, 4, 7)
    )
    editor = open_editor(app_on_demo, upcoming.id)
    assert editor.meeting.both.text() == "10:00 Anderlecht · 08:00 Marsassoum"
    editor.meeting.title.selectAll()
    qtbot.keyClicks(editor.meeting.title, "April follow-up")
    editor.meeting.channel.set_value(Channel.JITSI)
    editor.meeting.quality.setCurrentIndex(editor.meeting.quality.findData("audio_only"))
    editor.meeting.minutes_lost.setValue(5)
    assert editor.dirty
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        save(qtbot, editor)
    saved = on_disk.followups.get(upcoming.id).followup
    assert (saved.title, saved.channel, saved.quality, saved.minutes_lost) == (
        "April follow-up",
        Channel.JITSI,
        CallQuality.AUDIO_ONLY,
        5,
    )
    assert pages[0].select(upcoming.id)

    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.undo()
    assert on_disk.followups.get(upcoming.id).followup.title == upcoming.title
    qtbot.waitUntil(lambda: editor.meeting.title.text() == upcoming.title)
    assert not editor.dirty
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.redo()
    assert on_disk.followups.get(upcoming.id).followup.title == "April follow-up"

    # An empty title is refused next to the field; closing then asks before discarding.
    editor.meeting.title.clear()
    assert not editor.save()
    assert "title" in editor.errors.visible()
    editor.close()
    # Changing the title of an occurrence asked "this one, the following or all" once; the
    # refused save did not ask.
    assert answer_questions[0] == "change occurrences?"
    assert len(answer_questions) == 2
    assert "April follow-up" in answer_questions[1]


def test_decisions_are_added_edited_and_removed_one_undoable_step_at_a_time(
    qtbot: QtBot, app_on_demo: Launch, on_disk: Services
) -> None:
    window = app_on_demo.window
    editor = open_editor(app_on_demo, 6)  # the March follow-up
    notes = editor.notes
    editor.tabs.setCurrentWidget(notes)

    def texts() -> list[str]:
        return [d.text for d in on_disk.followups.get(6).decisions]

    before = texts()
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert notes._dialog is not None
    qtbot.keyClicks(notes._dialog.text, "Hire a second video editor.")  # type: ignore[attr-defined]
    notes._dialog.accept()
    assert texts() == [*before, "Hire a second video editor."]
    qtbot.waitUntil(lambda: notes.decisions.count() == len(before) + 1)

    notes.decisions.setCurrentRow(len(before))
    notes.decisions.setFocus()
    qtbot.keyClick(notes.decisions, Qt.Key.Key_Return)  # Enter edits
    assert notes._dialog is not None
    assert notes._dialog.isVisible()
    notes._dialog.text.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(notes._dialog.text, "Hire a video editor in Marsassoum.")  # type: ignore[attr-defined]
    notes._dialog.accept()
    assert texts() == [*before, "Hire a video editor in Marsassoum."]

    qtbot.waitUntil(lambda: notes.decisions.count() == len(before) + 1)
    notes.decisions.setCurrentRow(len(before))
    activate(qtbot, notes.decisions)
    qtbot.keyClick(notes.decisions, Qt.Key.Key_Delete)
    assert texts() == before

    window.edits.stack.undo()  # the removal
    assert texts() == [*before, "Hire a video editor in Marsassoum."]
    window.edits.stack.undo()  # the edit
    assert texts() == [*before, "Hire a second video editor."]
    window.edits.stack.undo()  # the addition
    assert texts() == before
    for _ in range(3):
        window.edits.stack.redo()
    assert texts() == before
    wait_refreshed_if_loading(qtbot, app_on_demo)


def test_action_items_of_a_follow_up_are_edited_and_removed_with_undo(
    qtbot: QtBot, app_on_demo: Launch, on_disk: Services
) -> None:
    window = app_on_demo.window
    editor = open_editor(app_on_demo, 6)
    tab = editor.action_items
    editor.tabs.setCurrentWidget(tab)
    assert [a.description for a in tab.rows] == ["Draft the call for proposals in French and Wolof"]
    item = tab.rows[0]

    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter edits the selected item
    dialog = tab._dialog
    assert dialog is not None
    dialog.status.set_value(ActionStatus.DONE)  # type: ignore[attr-defined]
    dialog.due.none.setChecked(True)  # type: ignore[attr-defined]
    dialog.accept()
    (changed,) = on_disk.followups.get(6).actions
    assert (changed.status, changed.due_date, changed.origin_followup_id) == ("done", None, 6)

    qtbot.waitUntil(lambda: tab.rows and tab.rows[0].status == "done")
    tab.table.selectRow(0)
    activate(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert on_disk.followups.get(6).actions == ()
    window.edits.stack.undo()
    assert [a.id for a in on_disk.followups.get(6).actions] == [item.id]
    window.edits.stack.undo()
    restored = on_disk.followups.get(6).actions[0]
    assert (restored.status, restored.due_date) == (item.status, item.due_date)
    wait_refreshed_if_loading(qtbot, app_on_demo)


def test_copy_link_and_the_page_filters(
    qtbot: QtBot, app_on_demo: Launch, pages: tuple[FollowUpsPage, ActionsPage]
) -> None:
    page, _ = pages
    editor = open_editor(app_on_demo, 6)
    assert editor.meeting.copy_link.accessibleName() == "Copy the join link"
    qtbot.mouseClick(editor.meeting.copy_link, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "https://meet.example.org/anderlecht-marsassoum"
    editor.close()

    assert page.model.rowCount() == 14
    page.when.setCurrentIndex(page.when.findData("upcoming"))
    # After 20 March 2026: Zagora on 2 April, Nablus on 6 April, six monthly Marsassoum calls.
    assert page.model.rowCount() == 8
    page.partnership.setCurrentIndex(page.partnership.findData(MARSASSOUM))
    assert page.model.rowCount() == 6
    page.when.setCurrentIndex(page.when.findData("past"))
    assert page.model.rowCount() == 6
    times = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    # October is summer time in Brussels (08:00 in Marsassoum), the winter months are not.
    assert times[0] == "10:00 Anderlecht · 08:00 Marsassoum"
    assert times[1:] == ["10:00 Anderlecht · 09:00 Marsassoum"] * 5
    open_items = [page.model.index(r, 7).data() for r in range(page.model.rowCount())]
    assert open_items == ["", "1", "", "1", "1", "1"]
    assert page.count.text() == "6 of 14"
    assert page.table.isColumnHidden(0)

    # Enter on a row opens its editor.
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(5, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    opened = app_on_demo.window.editors.open_editors.get(("followup", 6))
    assert isinstance(opened, FollowUpEditor)
    assert QApplication.activeModalWidget() is None


# --- every way of planning a follow-up pre-fills its agenda --------------------------------------


def menu_editor(qtbot: QtBot, state: Launch) -> FollowUpEditor:
    """Edit ▸ New Follow-up… (Ctrl+Shift+N) in the main window."""
    window = state.window
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = window.editors.open_editors.get(("followup", None))
    assert isinstance(editor, FollowUpEditor)
    return editor


def test_new_followup_from_the_menu_carries_the_open_items_and_records_them(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    editor = menu_editor(qtbot, app_on_demo)
    assert editor.windowTitle() == "New follow-up[*]"
    assert editor.call_off.isHidden()  # nothing to call off before it exists
    partnership = editor.meeting.partnership
    partnership.setCurrentIndex(partnership.findData(MARSASSOUM))
    assert editor.notes.agenda.toPlainText() == DEMO_AGENDA
    editor.meeting.start.set_value(dt.datetime(2026, 3, 26, 10, 0, tzinfo=BRUSSELS))
    assert editor.notes.agenda.toPlainText() == DEMO_AGENDA

    # The officer edits the preview: one item is left out, and a line added.
    agenda = editor.notes.agenda
    lines = DEMO_AGENDA.splitlines()
    agenda.setFocus()
    agenda.selectAll()
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)
    type_lines(qtbot, agenda, [*lines[:2], *lines[3:], "- Budget 2027"])
    # Changing the start again leaves typed text alone.
    editor.meeting.start.set_value(dt.datetime(2026, 3, 27, 10, 0, tzinfo=BRUSSELS))
    assert editor.notes.agenda.toPlainText().endswith("- Budget 2027")
    save(qtbot, editor)
    assert not editor.dirty
    assert editor.key is not None
    assert editor.call_off.isHidden()  # not an occurrence of a series
    title = editor.meeting.title.text()
    assert editor.windowTitle() == f"{title} – Fri 27 Mar 2026 – Follow-up[*]"

    discussed = {
        a.description: editor.key in [f.id for f in services.actions.discussions(a.id)]
        for a in services.actions.list(MARSASSOUM)
        if a.status == ActionStatus.OPEN
    }
    assert discussed == {
        "Send the three quotes to the steering committee": True,
        "Book the flights and send the mission orders": False,  # left out of the agenda
        "Review the first edit of the film": True,
        "Draft the call for proposals in French and Wolof": True,
    }
    # The creation is one edit: undone, the follow-up and its place in the history go.
    key = editor.key
    app_on_demo.window.edits.stack.undo()
    first = next(a for a in services.actions.list(MARSASSOUM) if a.description in lines[1])
    assert key not in [f.id for f in services.actions.discussions(first.id)]


def test_an_existing_followup_keeps_its_agenda_and_its_title_shows_a_local_date(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    row = services.followups.get(6).followup
    editor = open_editor(app_on_demo, 6)
    assert editor.notes.agenda.toPlainText() == row.agenda
    assert not editor.notes.prefill_note.isVisibleTo(editor.notes)
    # 6 is the held call of Tuesday 3 March 2026 (see test_next_followup.py).
    assert editor.windowTitle() == f"{row.title} – Tue 3 Mar 2026 – Follow-up[*]"


class _French(QTranslator):
    """The French of the agenda's words, as the .ts files give them."""

    WORDS: ClassVar[dict[str, str]] = {
        "Open action items": "Actions en cours",
        "Next steps": "Prochaines étapes",
        "due {date}": "échéance {date}",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get(source, "") if context == "FollowUpAgenda" else ""


def test_the_prefilled_agenda_in_french(qtbot: QtBot, app_on_demo: Launch) -> None:
    services = app_on_demo.window.services
    assert services is not None
    held = services.followups.get(6).followup  # 3 March, the last call before 26 March
    from jumelage.ui.editors.followup.editor import followup_spec

    services.followups.update(
        held.id,
        held.version,
        replace(followup_spec(held), minutes="Vu.\n\nPROCHAINES ÉTAPES :\n- Appeler la radio"),
    )
    translator = _French()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        editor = new_editor(
            app_on_demo,
            partnership_id=MARSASSOUM,
            start=dt.datetime(2026, 3, 26, 10, 0, tzinfo=BRUSSELS),
        )
        text = editor.notes.agenda.toPlainText()
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    lines = text.splitlines()
    assert lines[0] == "Actions en cours"
    assert lines[1] == (
        "- Send the three quotes to the steering committee "
        "(Aminata Diatta; échéance mar. 18 nov. 2025)"
    )
    assert lines[-3:] == ["", "Prochaines étapes", "- Appeler la radio"]


def test_a_new_followups_title_follows_the_partnership_until_typed_in(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    editor = new_editor(app_on_demo, partnership_id=MARSASSOUM)
    title, partnership = editor.meeting.title, editor.meeting.partnership
    assert title.text() == "Follow-up Anderlecht – Marsassoum"
    partnership.setCurrentIndex(partnership.findText("Anderlecht – Zagora"))
    assert title.text() == "Follow-up Anderlecht – Zagora"
    # Once the officer types a title, choosing another partnership leaves it alone.
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Budget call")
    partnership.setCurrentIndex(partnership.findData(MARSASSOUM))
    assert title.text() == "Budget call"
    editor.mark_clean()
    editor.close()
