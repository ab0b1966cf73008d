"""The interface in French and Dutch: the language chosen in Preferences is used at the next
start, for Jumelage's own strings, the vocabularies and Qt's stock dialogs alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from jumelage import paths
from tests.ui.conftest import Launcher, wait_refreshed

EXPECTED = {
    # language: (File menu, Overview page, "Next mission" caption, a confirmed mission)
    "fr": ("&Fichier", "Vue d'ensemble", "Prochaine mission", "Confirmée"),
    "nl": ("&Bestand", "Overzicht", "Volgende missie", "Bevestigd"),
}


@pytest.fixture(autouse=True)
def _english_afterwards() -> object:
    yield
    # The translators live on the shared QApplication: take them off for the next tests.
    for translator in TRANSLATORS:
        QCoreApplication.removeTranslator(translator)
    TRANSLATORS.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


TRANSLATORS: list[object] = []


def choose_language(code: str) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[ui]\nlanguage={code}\n", encoding="utf-8")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_window_speaks_the_chosen_language(
    qtbot: QtBot, start: Launcher, demo_path: Path, language: str
) -> None:
    choose_language(language)
    state = start(demo_path)
    wait_refreshed(qtbot, state)
    TRANSLATORS.extend(state.translators)
    window = state.window
    file_menu, overview, next_mission, confirmed = EXPECTED[language]

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == file_menu
    assert window.nav.item(0).text() == overview
    card = next(c for c in window.overview.cards if c.row.partnership.partner_town == "Marsassoum")
    captions = [label.text() for label in card.findChildren(type(card.title))]
    assert next_mission in captions
    assert confirmed in card.mission.text()
    # Dates come from QLocale in the same language ("avr." / "apr." for April).
    assert ("7 avr. 2026" if language == "fr" else "7 apr 2026") in card.followup.text()


def test_english_plurals_read_naturally(qtbot: QtBot, start: Launcher, demo_path: Path) -> None:
    state = start(demo_path)
    wait_refreshed(qtbot, state)
    card = next(
        c for c in state.window.overview.cards if c.row.partnership.partner_town == "Marsassoum"
    )
    assert "(in 38 days;" in card.mission.text()
    assert "4 overdue action items" in card.actions_heading.text()
    assert "(s)" not in card.mission.text() + card.actions_heading.text()
