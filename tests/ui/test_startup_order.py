"""Start-up order: the Overview gets its rows before the other pages are built and loaded
(on a large database their loads, running beside it, delayed it by seconds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Launcher


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
    # ``refreshed`` waited for the other pages too: they have their rows.
    assert window.missions is not None
    assert window.missions.model.rowCount() == 5
    assert window.actions_page is not None
    assert window.actions_page.model.rowCount() > 0
