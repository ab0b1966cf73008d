"""Fixtures for UI tests: the real window on a real demo database, at the tests' fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch, launch
from jumelage.ui.editors import base as editors_base
from jumelage.ui.editors.base import EditorContext
from tests.conftest import fixed_clock

Launcher = Callable[[Path], Launch]


@pytest.fixture
def start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Launcher]:
    """``start(path)`` opens the app on ``path`` (not waiting for the data). The fixture
    closes the window itself (not pytest-qt), after making every editor clean, and any
    question asked while closing answers Discard: a failing test never hangs on a box."""
    launched: list[Launch] = []

    def _start(path: Path) -> Launch:
        state = launch(db=path, clock=fixed_clock)
        launched.append(state)
        return state

    yield _start
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )
    monkeypatch.setattr(
        editors_base, "ask_unsaved", lambda *args: QMessageBox.StandardButton.Discard
    )
    for state in launched:
        state.window.edits.stack.setClean()
        for editor in list(state.window.editors.open_editors.values()):
            editor.mark_clean()
        state.window.close()
        state.runner.wait()
        if state.backend is not None:
            state.backend.services.db.close()
    # Dialogs a test left open (modal ones included) must not leak into the next test.
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


@pytest.fixture
def app_on_demo(qtbot: QtBot, start: Launcher, demo_path: Path) -> Launch:
    """The app opened on a copy of the demo database, with every page loaded (pages load
    when first shown: each is shown once, then the Overview again)."""
    state = start(demo_path)
    load_every_page(qtbot, state)
    return state


@pytest.fixture
def context(app_on_demo: Launch) -> EditorContext:
    ctx = app_on_demo.window._editor_context()
    assert ctx is not None
    return ctx


@pytest.fixture
def answer_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal questions (close with unsaved changes…) answer "Discard", the series question
    ("this occurrence, the following or all?") answers "This occurrence"; both are recorded."""
    from jumelage.domain.series import Scope
    from jumelage.ui.editors.followup import series

    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    def ask_unsaved(parent: QWidget, title: str) -> QMessageBox.StandardButton:
        box = editors_base.unsaved_changes_box(parent, title)  # the real box, not shown
        asked.append(box.text())
        box.deleteLater()
        return QMessageBox.StandardButton.Discard

    def ask_scope(parent: object, *, cancelling: bool = False) -> Scope:
        asked.append("cancel occurrences?" if cancelling else "change occurrences?")
        return Scope.THIS

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(editors_base, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(series, "ask_scope", ask_scope)
    return asked


def load_every_page(qtbot: QtBot, state: Launch) -> None:
    """Wait for the start-up load, then show every page once (a page loads its rows when
    first shown) and come back to the page shown before."""
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    shown = state.window.stack.currentIndex()
    for index in range(len(state.window.pages)):
        open_page(qtbot, state, index)
    state.window.go_to(shown)


def open_page(qtbot: QtBot, state: Launch, index: int) -> None:
    """Show the page at ``index`` (``go_to``) and wait for its rows if it loads them now
    (the first time it is shown)."""
    window = state.window
    page = window.stack.widget(index)
    if page in window._opened or not hasattr(page, "loader") or window.services is None:
        window.go_to(index)
        return
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.go_to(index)


def wait_refreshed(qtbot: QtBot, state: Launch) -> None:
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
