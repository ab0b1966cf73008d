"""The first window, driven through real widgets on real database files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.persistence.backup import BackupStore
from jumelage.persistence.lock import InstanceLock
from jumelage.ui.pages.overview import PartnershipCard
from tests.conftest import fixed_clock
from tests.ui.conftest import Launcher, load_every_page


def wait_until_loaded(qtbot: QtBot, state: Launch) -> None:
    load_every_page(qtbot, state)


def card(state: Launch, partner: str) -> PartnershipCard:
    for c in state.window.overview.cards:
        if c.row.partnership.partner_town == partner:
            return c
    raise AssertionError(f"no card for {partner}")


def message_box(state: Launch, name: str) -> QMessageBox:
    box = state.window.findChild(QMessageBox, name)
    assert box is not None, f"no message box {name!r}"
    return box


def test_overview_shows_both_clocks_next_mission_followup_and_overdue_items(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    state = start(demo_path)
    wait_until_loaded(qtbot, state)

    assert [c.row.partnership.partner_town for c in state.window.overview.cards] == [
        "Hammersmith & Fulham",
        "Marsassoum",
        "Village near Nablus",
        "Zagora",
    ]
    marsassoum = card(state, "Marsassoum")
    # FIXED_NOW is 2026-03-20 11:00 UTC: 12:00 in Brussels (winter time), 11:00 in Dakar.
    assert "Anderlecht 12:00 (UTC+1)" in marsassoum.clocks.text()
    assert "Marsassoum 11:00 (UTC)" in marsassoum.clocks.text()
    # The demo's upcoming mission starts 38 days after "today" (20 March): 27 April 2026.
    assert "Local tax collection: training and IT tools" in marsassoum.mission.text()
    assert "27 Apr 2026" in marsassoum.mission.text()
    # The monthly series falls on first Tuesdays; after 20 March comes 7 April, by then in
    # summer time in Brussels (10:00) and still UTC in Dakar (08:00).
    assert "Tue 7 Apr 2026: 10:00 Anderlecht · 08:00 Marsassoum" in marsassoum.followup.text()
    # Open items from the November, January, February and March meetings are past due.
    overdue = marsassoum.overdue_list.text()
    assert "4 overdue action items" in marsassoum.actions_heading.text()
    assert "⚠" in marsassoum.actions_heading.text()
    for text in ("Send the three quotes", "Book the flights", "Review the first edit"):
        assert text in overdue
    assert "Share the pilot spreadsheet" not in overdue  # done

    nablus = card(state, "Village near Nablus")
    # Hebron is UTC+2 in winter.
    assert "Village near Nablus 13:00 (UTC+2)" in nablus.clocks.text()
    assert "None planned" in nablus.mission.text()


def test_navigation_works_from_the_keyboard(qtbot: QtBot, start: Launcher, demo_path: Path) -> None:
    state = start(demo_path)
    wait_until_loaded(qtbot, state)
    window = state.window
    window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.calendar

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.missions
    assert window.missions.model.rowCount() == 5

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.actions_page

    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.partnerships
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    assert window.stack.currentWidget() is window.overview


def test_action_table_filters_and_marks_overdue_items_in_words(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    state = start(demo_path)
    wait_until_loaded(qtbot, state)
    page = state.window.actions_page
    model = page.model
    due_column = [c.title for c in model.columns].index("Due")
    overdue_rows = [
        r for r in range(model.rowCount()) if "overdue" in model.index(r, due_column).data()
    ]
    assert len(overdue_rows) == 5  # four for Marsassoum, one for Hammersmith & Fulham

    qtbot.keyClicks(page.filter, "quotes")
    assert model.rowCount() == 1
    assert "Send the three quotes" in model.index(0, 1).data()
    assert page.count.text() == "1 of 8"


def test_first_start_creates_an_empty_database_and_offers_the_demo(
    qtbot: QtBot, start: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "new.sqlite"
    state = start(path)
    wait_until_loaded(qtbot, state)
    assert path.exists()
    assert state.window.overview.cards == []

    box = message_box(state, "offer_demo")
    with qtbot.waitSignal(state.window.refreshed, timeout=30_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert len(state.window.overview.cards) == 4


def test_damaged_database_offers_the_latest_backup_and_keeps_the_damaged_file(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    BackupStore(demo_path).create("daily")
    with open(demo_path, "r+b") as handle:  # destroy the header and the first pages
        handle.write(b"\0" * 8192)

    state = start(demo_path)
    box = message_box_when_shown(qtbot, state, "offer_restore")
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        box.button(QMessageBox.StandardButton.Yes).click()

    assert len(state.window.overview.cards) == 4
    aside = list(demo_path.parent.glob("demo.sqlite.damaged-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes()[:8192] == b"\0" * 8192


def test_second_instance_on_the_same_database_is_refused_with_a_reason(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    with InstanceLock(demo_path):
        state = start(demo_path)
        box = message_box_when_shown(qtbot, state, "open_failed")
        assert "already open in another Jumelage" in box.text()
        box.button(QMessageBox.StandardButton.Close).click()
    assert state.exit_code == 2


def test_text_from_the_database_is_never_rendered_as_html(
    qtbot: QtBot, start: Launcher, demo_path: Path, tmp_path: Path
) -> None:
    from jumelage.domain.specs import PartnershipSpec, TownSpec
    from jumelage.persistence.database import open_database
    from jumelage.services import Services

    path = tmp_path / "html.sqlite"
    shutil.copy(demo_path, path)
    db = open_database(path)
    s = Services.over(db, fixed_clock)
    home = s.towns.create(TownSpec("<b>Home</b>", "BE", "Europe/Brussels")).value
    away = s.towns.create(TownSpec("<img src='x.png'>", "SN", "Africa/Dakar")).value
    s.partnerships.create(PartnershipSpec(home.id, away.id))
    db.close()

    state = start(path)
    wait_until_loaded(qtbot, state)
    html_card = card(state, "<img src='x.png'>")
    for label in html_card.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert html_card.title.text() == "<b>Home</b> – <img src='x.png'>"


def message_box_when_shown(qtbot: QtBot, state: Launch, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: state.window.findChild(QMessageBox, name) is not None, timeout=15_000)
    return message_box(state, name)
