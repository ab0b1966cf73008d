"""The light/dark scheme changing while Jumelage runs: the colours taken from the scheme
(the Overview cards' style sheets, warnings and inline errors) are taken again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.ui.editors.mission.editor import MissionEditor

DARK_WARNING = QColor("#ff8a80")
LIGHT_WARNING = QColor("#b71c1c")


def dark_palette(light: QPalette) -> QPalette:
    palette = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.AlternateBase, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Mid, "#5f6368"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def light_again() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    yield app
    app.setPalette(light)
    QApplication.processEvents()


def text_colour(label: QWidget) -> QColor:
    return label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())


def test_cards_and_error_labels_follow_a_scheme_change_at_run_time(
    qtbot: QtBot, app_on_demo: Launch, light_again: QApplication
) -> None:
    window = app_on_demo.window
    card = next(c for c in window.overview.cards if c.row.overdue_actions)
    light_style = card.styleSheet()
    light_base = light_again.palette().color(QPalette.ColorRole.Base).name()
    assert f"background: {light_base}" in light_style
    assert text_colour(card.actions_heading) == LIGHT_WARNING  # "⚠ 4 overdue action items"

    services = window.services
    assert services is not None
    town = next(t for t in services.towns.list() if t.name == "Anderlecht")
    editor = window.editors.open("town", town.id)
    assert editor is not None
    error = editor.findChild(QLabel, "error_working_hours")
    assert text_colour(error) == LIGHT_WARNING

    light = QPalette(light_again.palette())
    light_again.setPalette(dark_palette(light))
    QApplication.processEvents()

    assert "background: #121212" in card.styleSheet()
    assert "#5f6368" in card.styleSheet()  # the border, from the palette's Mid
    assert text_colour(card.actions_heading) == DARK_WARNING
    assert text_colour(error) == DARK_WARNING
    assert text_colour(card.title) == QColor("#e8eaed")  # the rest follows Qt's palette

    # And back to light.
    light_again.setPalette(light)
    QApplication.processEvents()
    assert card.styleSheet() == light_style
    assert text_colour(card.actions_heading) == LIGHT_WARNING
    assert text_colour(error) == LIGHT_WARNING
    editor.mark_clean()
    editor.close()


def test_the_mission_editors_warnings_follow_a_scheme_change_at_run_time(
    qtbot: QtBot, app_on_demo: Launch, light_again: QApplication
) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    mission = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = window.editors.open("mission", mission.id)
    assert isinstance(editor, MissionEditor)
    warnings = (
        editor.overview.warnings,
        editor.overview.problems.heading,
        editor.agenda.warnings,  # a list: its items are in the Text role
        editor.budget.missing_rates,
    )
    assert [text_colour(w) for w in warnings] == [LIGHT_WARNING] * len(warnings)

    light = QPalette(light_again.palette())
    light_again.setPalette(dark_palette(light))
    QApplication.processEvents()
    assert [text_colour(w) for w in warnings] == [DARK_WARNING] * len(warnings)

    light_again.setPalette(light)
    QApplication.processEvents()
    assert [text_colour(w) for w in warnings] == [LIGHT_WARNING] * len(warnings)
    editor.mark_clean()
    editor.close()
