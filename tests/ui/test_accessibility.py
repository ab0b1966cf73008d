"""The accessibility walk: every page, editor and dialog, every control.

A control is usable with a screen reader when it has a name: an accessible name, a label whose
buddy it is (or whose buddy is the composite it belongs to), or its own text for buttons and
check boxes. And everything that takes focus must be reachable with Tab.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
KINDS = ["mission", "followup", "action", "partnership", "town", "person"]


def visible_descendants(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.window() is root:
            yield widget


def named(widget: QWidget, buddies: set[QWidget]) -> bool:
    node: QWidget | None = widget
    while node is not None and node is not widget.window():
        if node.accessibleName().strip() or node in buddies:
            return True
        # Qt's own sub-widgets (a combo's line edit, a spin box's editor) take their name
        # from the control they belong to.
        parent = node.parentWidget()
        if parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox):
            node = parent
            continue
        node = parent
    return False


def problems_in(root: QWidget) -> list[str]:
    buddies = {
        label.buddy()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.window() is root
    }
    found = []
    for widget in visible_descendants(root):
        where = f"{type(widget).__name__} {widget.objectName() or ''} in {root.objectName()}"
        if isinstance(widget, QTabBar):
            continue
        if isinstance(widget, QAbstractButton):
            if not (widget.text().replace("&", "").strip() or widget.accessibleName().strip()):
                found.append(f"unnamed button: {where} (tooltip {widget.toolTip()!r})")
        elif isinstance(widget, INPUTS):
            parent = widget.parentWidget()
            inner = parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox)
            if not inner and not named(widget, buddies):
                found.append(f"unnamed input: {where}")
    return found


def unreachable_by_tab(root: QWidget) -> list[str]:
    focusable = [
        w
        for w in visible_descendants(root)
        if w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and isinstance(w, (*INPUTS, QAbstractButton))
    ]
    chain = set()
    start = root.nextInFocusChain()
    node = start
    for _ in range(5000):
        chain.add(node)
        node = node.nextInFocusChain()
        if node is start:
            break
    return [f"{type(w).__name__} {w.objectName()}" for w in focusable if w not in chain]


def walk(qtbot: QtBot, root: QWidget) -> list[str]:
    root.show()
    qtbot.waitExposed(root)
    return problems_in(root) + [f"not in the Tab chain: {w}" for w in unreachable_by_tab(root)]


def test_every_page_of_the_main_window(qtbot: QtBot, app_on_demo: Launch) -> None:
    window = app_on_demo.window
    problems = []
    for index in range(window.stack.count()):
        window.go_to(index)
        problems += walk(qtbot, window)
    assert problems == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_every_editor(qtbot: QtBot, app_on_demo: Launch, kind: str, existing: bool) -> None:
    window = app_on_demo.window
    services = app_on_demo.backend.services
    key = None
    if existing:
        rows = {
            "mission": services.missions.list,
            "followup": services.followups.list,
            "action": services.actions.list,
            "partnership": services.partnerships.list,
            "town": services.towns.list,
            "person": services.people.list,
        }[kind]()
        key = rows[0].id
    editor = window.editors.open(kind, key)
    assert editor is not None
    problems = []
    tabs = editor.findChildren(QTabBar)
    pages = range(tabs[0].count()) if tabs else [0]
    for index in pages:
        if tabs:
            tabs[0].setCurrentIndex(index)
        QApplication.processEvents()
        problems += walk(qtbot, editor)
    editor.mark_clean()
    editor.close()
    assert problems == []


def test_about_and_preferences(qtbot: QtBot, app_on_demo: Launch) -> None:
    from jumelage.ui.dialogs.about import AboutDialog
    from jumelage.ui.dialogs.preferences import PreferencesDialog

    window = app_on_demo.window
    for dialog in (
        AboutDialog(window.settings, None, window),
        PreferencesDialog(window.settings, window),
    ):
        assert walk(qtbot, dialog) == []
        dialog.close()


def test_calendar_exchange_dialogs(qtbot: QtBot, app_on_demo: Launch, tmp_path: Path) -> None:
    from jumelage.ui.dialogs.exchange import ExportDialog, ImportDialog

    context = app_on_demo.window._editor_context()
    assert context is not None
    path = tmp_path / "empty.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    for dialog in (
        ExportDialog(context, app_on_demo.window),
        ImportDialog(context, path, app_on_demo.window),
    ):
        assert walk(qtbot, dialog) == []
        dialog.close()


def test_child_dialogs_of_the_editors(qtbot: QtBot, app_on_demo: Launch) -> None:
    """The dialogs the editors open for one row, opened the way a person opens them (the
    editors' Add buttons), plus the next follow-up and new series dialogs."""
    from jumelage.ui.dialogs.new_series import NewSeriesDialog
    from jumelage.ui.editors.followup.schedule import NextFollowUpDialog
    from jumelage.ui.pages.followups import suggest_start

    window = app_on_demo.window
    services = app_on_demo.backend.services
    context = window._editor_context()
    assert context is not None
    dialogs: list[QWidget] = []

    mission = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = window.editors.open("mission", mission.id)
    assert editor is not None
    for tab in (editor.delegation, editor.itinerary, editor.agenda, editor.budget):  # type: ignore[attr-defined]
        editor.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        tab.add()
        assert tab.dialog is not None
        dialogs.append(tab.dialog)

    followup = window.editors.open("followup", 6)
    assert followup is not None
    for tab, button in (
        (followup.notes, followup.notes.add_button),  # type: ignore[attr-defined]
        (followup.action_items, followup.action_items.add_button),  # type: ignore[attr-defined]
    ):
        followup.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
        button.click()
        assert tab._dialog is not None
        dialogs.append(tab._dialog)

    partnership = services.partnerships.list()[0]
    start = suggest_start(None, app_on_demo.window._now(), partnership.home_zone)
    dialogs.append(NextFollowUpDialog(window.settings, partnership, start, lambda _: None, window))
    dialogs.append(NewSeriesDialog(context, partnership.id, window))

    names = [type(d).__name__ for d in dialogs]
    assert names == [
        "ParticipantDialog",
        "LegDialog",
        "AgendaItemDialog",
        "BudgetLineDialog",
        "DecisionDialog",
        "ActionItemDialog",
        "NextFollowUpDialog",
        "NewSeriesDialog",
    ]
    problems = {}
    for dialog in dialogs:
        found = walk(qtbot, dialog)
        assert any(isinstance(w, INPUTS) for w in visible_descendants(dialog)), dialog
        if found:
            problems[type(dialog).__name__] = found
        dialog.close()
    for open_editor in (editor, followup):
        open_editor.mark_clean()
        open_editor.close()
    assert problems == {}
