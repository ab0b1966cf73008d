"""How the Series tab words the rules New Recurring Series offers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from jumelage.ui.editors.followup.series import describe_rule


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FREQ=WEEKLY", "Every week"),
        ("FREQ=WEEKLY;INTERVAL=2;COUNT=6", "Every two weeks, 6 times"),
        ("FREQ=MONTHLY;BYDAY=1TU;COUNT=12", "Monthly, on the first Tuesday, 12 times"),
        ("FREQ=MONTHLY;BYDAY=-1MO", "Monthly, on the last Monday"),
        ("FREQ=MONTHLY;BYDAY=4TH", "Monthly, on the fourth Thursday"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Monthly, on day 15"),
        ("FREQ=MONTHLY;BYDAY=5WE", "FREQ=MONTHLY;BYDAY=5WE"),  # not offered: shown as is
    ],
)
def test_rules_in_words(qtbot: QtBot, locale: None, rule: str, text: str) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert describe_rule(rule) == text


def test_weekdays_inside_a_sentence_follow_the_language(qtbot: QtBot, locale: None) -> None:
    """French and Dutch write weekday names in lower case inside a sentence."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    assert describe_rule("FREQ=MONTHLY;BYDAY=1TU").endswith(" mardi")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    assert describe_rule("FREQ=MONTHLY;BYDAY=-1FR").endswith(" vrijdag")
