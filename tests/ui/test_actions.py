"""The Actions page and the action item editor, driven through real widgets (the keyboard
first) on a copy of the demo database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import ActionStatus
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui.editors.action import ActionEditor
from jumelage.ui.editors.followup import FollowUpEditor
from jumelage.ui.pages.actions import STATUS_COLUMN, ActionsPage
from jumelage.ui.pages.followups import FollowUpsPage
from tests.conftest import fixed_clock
from tests.ui.test_followups import (
    MARSASSOUM,
    activate,
    install_pages,
    open_editor,
    save,
    wait_refreshed_if_loading,
)

pytestmark = pytest.mark.usefixtures("answer_questions")

QUOTES = "Send the three quotes to the steering committee"


@pytest.fixture
def page(qtbot: QtBot, app_on_demo: Launch) -> ActionsPage:
    _, actions = install_pages(qtbot, app_on_demo)
    app_on_demo.window.go_to(4)
    return actions


@pytest.fixture
def on_disk(app_on_demo: Launch) -> Iterator[Services]:
    db = open_database(app_on_demo.path, daily_backup=False)
    yield Services.over(db, clock=fixed_clock)
    db.close()


def status_of(services: Services, description: str) -> str:
    return next(a.status for a in services.actions.list() if a.description == description)


def shown(page: ActionsPage, column: int = 1) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_overdue_filter_shows_exactly_the_overdue_items(page: ActionsPage) -> None:
    # Open only, by default: 6 of the demo's 8 items (two are done).
    assert page.status.currentData() == "open_only"
    assert page.count.text() == "6 of 8"
    choose(page.due, "overdue")
    # At FIXED_NOW (20 March 2026): four for Marsassoum, one for Hammersmith & Fulham.
    assert (
        sorted(shown(page, 0))
        == ["Anderlecht – Hammersmith & Fulham"] + ["Anderlecht – Marsassoum"] * 4
    )
    for due in shown(page, 3):
        assert due.startswith("⚠")
        assert "(overdue)" in due  # in words, not only in colour
    assert page.count.text() == "5 of 8"

    choose(page.partnership, 1)
    assert len(shown(page)) == 4
    choose(
        page.owner,
        next(a.owner_person_id for a in page.all_rows() if a.owner == "Fatou Badji"),
    )
    assert shown(page) == ["Draft the call for proposals in French and Wolof"]

    choose(page.owner, None)
    choose(page.partnership, None)
    choose(page.due, "month")  # due in March 2026
    assert sorted(shown(page)) == [
        "Draft the call for proposals in French and Wolof",
        "Send the youth exchange proposal",
    ]
    choose(page.due, "week")  # 16–22 March: nothing
    assert shown(page) == []
    choose(page.due, "any")
    choose(page.status, "any")
    assert page.count.text() == "8 items"
    choose(page.status, "done")
    assert sorted(shown(page)) == [
        "Draft the call for proposals in French and Wolof",
        "Share the pilot spreadsheet",
    ]


def test_status_changes_inline_and_undoes_from_the_main_window(
    qtbot: QtBot, app_on_demo: Launch, page: ActionsPage, on_disk: Services
) -> None:
    window = app_on_demo.window
    assert page.select(next(a.id for a in page.all_rows() if a.description == QUOTES))
    table = page.table
    activate(qtbot, table)
    table.setCurrentIndex(page.model.index(table.currentIndex().row(), STATUS_COLUMN))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on the Status cell edits it
    assert table.state() == QAbstractItemView.State.EditingState
    combo = table.indexWidget(table.currentIndex())
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Open"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert status_of(on_disk, QUOTES) == "open"  # moving in the list commits nothing
    assert combo.currentText() == "Done"
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert status_of(on_disk, QUOTES) == "done"
    assert QUOTES not in shown(page)  # open items only
    assert window.edits.stack.undoText() == f"Mark “{QUOTES}” as Done"

    activate(qtbot, window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(on_disk, QUOTES) == "open"
    assert QUOTES in shown(page)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert status_of(on_disk, QUOTES) == "done"


def test_keyboard_only_open_an_item_and_change_its_status(
    qtbot: QtBot, app_on_demo: Launch, page: ActionsPage, on_disk: Services
) -> None:
    window = app_on_demo.window
    table = page.table
    activate(qtbot, table)
    # The second row (the service orders by due date: "Book the flights…").
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    row = page.current_row()
    assert row is not None
    assert row.description == "Book the flights and send the mission orders"

    # Ctrl+D marks the selected item done (an action with text, in the page's toolbar).
    assert page.mark_done.text() == "Mark done"
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert status_of(on_disk, row.description) == "done"
    window.edits.stack.undo()
    assert status_of(on_disk, row.description) == "open"
    wait_refreshed_if_loading(qtbot, app_on_demo)

    # Enter opens the item; its status changes from the keyboard and Ctrl+S saves it.
    assert page.select(row.id, 1)
    activate(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editors.open_editors.get(("action", row.id))
    assert isinstance(editor, ActionEditor)
    activate(qtbot, editor.status)
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # Open -> In progress
    assert editor.dirty
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        save(qtbot, editor)
    assert status_of(on_disk, row.description) == "in_progress"
    assert not editor.dirty
    editor.close()


def test_action_editor_history_opens_its_follow_ups(
    qtbot: QtBot, app_on_demo: Launch, on_disk: Services
) -> None:
    window = app_on_demo.window
    item = next(a for a in on_disk.actions.list() if a.description == QUOTES)
    editor = window.editors.open("action", item.id)
    assert isinstance(editor, ActionEditor)
    assert editor.history_ids() == [item.origin_followup_id]
    assert editor.description.text() == QUOTES
    assert editor.owner.currentText() == "Aminata Diatta (Marsassoum)"
    assert editor.due.value() == dt.date(2025, 11, 18)

    opened: list[int] = []
    editor.open_followup.connect(opened.append)
    editor.history.setCurrentRow(0)
    activate(qtbot, editor.history)
    qtbot.keyClick(editor.history, Qt.Key.Key_Return)
    assert opened == [item.origin_followup_id]
    followup = window.editors.open_editors.get(("followup", item.origin_followup_id))
    assert isinstance(followup, FollowUpEditor)


def test_a_new_action_item_without_due_date_and_its_undo(
    qtbot: QtBot, app_on_demo: Launch, on_disk: Services
) -> None:
    window = app_on_demo.window
    editor = window.editors.open("action", None, partnership_id=2)  # Zagora
    assert isinstance(editor, ActionEditor)
    assert editor.partnership.currentText() == "Anderlecht – Zagora"
    # The partnership's people come first among the owners.
    assert [editor.owner.itemText(i) for i in range(6)] == [
        "Nobody",
        "Karim El Idrissi (Anderlecht)",
        "Lotte Peeters (Anderlecht)",
        "Sophie Vandermeulen (Anderlecht)",
        "Thomas Dubois (Anderlecht)",
        "Youssef Amrani (Zagora)",
    ]
    qtbot.keyClicks(editor.description, "Send the water study to Zagora")
    editor.owner.setCurrentIndex(
        editor.owner.findData(
            next(p.id for p in on_disk.people.list() if p.name == "Youssef Amrani")
        )
    )
    activate(qtbot, editor.due.none)
    qtbot.keyClick(editor.due.none, Qt.Key.Key_Space)
    assert not editor.due.date.isEnabled()
    save(qtbot, editor)
    created = next(a for a in on_disk.actions.list() if a.description.startswith("Send the water"))
    assert (created.partnership, created.owner, created.due_date, created.status) == (
        "Anderlecht – Zagora",
        "Youssef Amrani",
        None,
        ActionStatus.OPEN,
    )
    assert editor.windowTitle() == "Send the water study to Zagora – Action item[*]"

    window.edits.stack.undo()
    assert created.id not in [a.id for a in on_disk.actions.list()]
    window.edits.stack.redo()
    assert created.id in [a.id for a in on_disk.actions.list()]

    # An empty description is refused next to the field.
    editor.description.clear()
    assert not editor.save()
    assert "description" in editor.errors.visible()
    wait_refreshed_if_loading(qtbot, app_on_demo)


def test_delete_from_the_page_is_undoable(
    qtbot: QtBot, app_on_demo: Launch, page: ActionsPage, on_disk: Services
) -> None:
    window = app_on_demo.window
    item = next(a for a in page.all_rows() if a.description == QUOTES)
    assert page.select(item.id)
    activate(qtbot, page.table)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert item.id not in [a.id for a in on_disk.actions.list()]
    assert QUOTES not in shown(page)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.undo()
    assert item.id in [a.id for a in on_disk.actions.list()]
    assert QUOTES in shown(page)


def test_the_status_combo_commits_a_choice_made_with_the_mouse(
    qtbot: QtBot, app_on_demo: Launch, page: ActionsPage, on_disk: Services
) -> None:
    window = app_on_demo.window
    item = next(a for a in page.all_rows() if a.description == QUOTES)
    assert page.select(item.id, STATUS_COLUMN)
    table = page.table
    rect = table.visualRect(table.currentIndex())
    # A double click is a press and release, then a second press that Qt reports as double.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    combo = table.indexWidget(table.currentIndex())
    assert isinstance(combo, QComboBox)
    assert window.editors.open_editors.get(("action", item.id)) is None  # edits, not opens
    combo.showPopup()
    view = combo.view()
    target = view.model().index(combo.findText("In progress"), 0)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(target).center()
        )
    assert status_of(on_disk, QUOTES) == "in_progress"


INPUTS = (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs under ``root`` with neither a buddy label nor an accessible name (the line edits
    inside spin boxes, date editors and combo boxes belong to those)."""
    buddies = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        while buddy is not None:
            buddies.add(id(buddy))
            buddy = buddy.focusProxy()
    missing = []
    for widget in root.findChildren(QWidget):
        if (
            not isinstance(widget, INPUTS)
            or isinstance(widget, QHeaderView)
            or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        ):
            continue
        if (
            isinstance(widget, QAbstractItemView)
            and isinstance(widget.parentWidget(), QWidget)
            and (widget.parentWidget().inherits("QComboBoxPrivateContainer"))
        ):
            continue
        if widget.accessibleName() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_every_input_is_named_for_screen_readers(qtbot: QtBot, app_on_demo: Launch) -> None:
    window = app_on_demo.window
    pages: tuple[FollowUpsPage, ActionsPage] = install_pages(qtbot, app_on_demo)
    editor = open_editor(app_on_demo, 6)
    assert unnamed_inputs(editor) == []
    editor.tabs.setCurrentWidget(editor.action_items)
    editor.action_items.table.selectRow(0)
    editor.action_items.edit_item()
    assert editor.action_items._dialog is not None
    assert unnamed_inputs(editor.action_items._dialog) == []
    editor.tabs.setCurrentWidget(editor.notes)
    editor.notes.add_decision()
    assert editor.notes._dialog is not None
    assert unnamed_inputs(editor.notes._dialog) == []
    action_editor = window.editors.open("action", 2)
    assert action_editor is not None
    assert unnamed_inputs(action_editor) == []
    for page in pages:
        assert unnamed_inputs(page) == []
    pages[0].partnership.setCurrentIndex(pages[0].partnership.findData(MARSASSOUM))
    pages[0].plan_next()
    assert pages[0]._dialog is not None
    assert unnamed_inputs(pages[0]._dialog) == []
