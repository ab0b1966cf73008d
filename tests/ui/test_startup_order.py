"""Start-up order: the Overview gets its rows before the other pages are built and loaded
(on a large database their loads, running beside it, delayed it by seconds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from jumelage.services.changes import ALL_CHANGED
from tests.ui.conftest import Launcher, open_page


def test_the_overview_loads_alone_then_the_other_pages(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    state = start(demo_path)
    window = state.window
    built_when_shown: list[object] = []
    show_rows = window.overview.show_rows

    def shown(rows: Any) -> None:
        built_when_shown.append(window.missions)
        show_rows(rows)

    window.overview.show_rows = shown  # type: ignore[method-assign]
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        pass

    assert built_when_shown == [None]  # shown once, before the Missions page existed
    assert len(window.overview.cards) == 4
    # The other pages are built, and load their rows when first shown.
    assert window.missions is not None
    assert window.missions.model.total == 0
    assert window.actions_page is not None
    assert window.actions_page.model.total == 0
    open_page(qtbot, state, window.stack.indexOf(window.missions))
    assert window.missions.model.rowCount() == 5
    assert window.actions_page.model.total == 0


def test_a_page_not_shown_yet_ignores_changes_until_shown(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    state = start(demo_path)
    window = state.window
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        pass
    assert window.actions_page is not None
    loads: list[int] = []
    show_rows = window.actions_page.show_rows

    def shown(rows: Any) -> None:
        loads.append(len(rows))
        show_rows(rows)

    window.actions_page.show_rows = shown  # type: ignore[method-assign]
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.changed.emit(ALL_CHANGED)  # reloads the Overview only
    assert loads == []

    actions = window.stack.indexOf(window.actions_page)
    open_page(qtbot, state, actions)
    assert len(loads) == 1
    assert loads[0] > 0
    open_page(qtbot, state, 0)  # shown once: opening it again loads nothing
    open_page(qtbot, state, actions)
    assert len(loads) == 1
    # Once loaded, it follows the changes while hidden, as before.
    window.go_to(0)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.changed.emit(ALL_CHANGED)
    assert len(loads) == 2
