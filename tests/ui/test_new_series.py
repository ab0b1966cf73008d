"""The "New Recurring Follow-up" dialog on the demo database: the rule of each repeat choice,
the live drift warnings before anything exists, the series planned as one undoable edit,
and the end date refused inline when it is before the start.

Expected times are worked out by hand: Anderlecht is in Europe/Brussels (UTC+1 in winter,
UTC+2 from Sunday 29 March 2026, 01:00 UTC), Marsassoum in Africa/Dakar (UTC+0 all year).
The tests' now is Friday 20 March 2026, 11:00 UTC. Texts are checked in British English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.errors import NotFound
from jumelage.services import Services
from jumelage.ui.actions import ActionId
from jumelage.ui.dialogs.new_series import (
    BIWEEKLY,
    MONTHLY_DAY,
    MONTHLY_WEEKDAY,
    WEEKLY,
    NewSeriesDialog,
)

UTC = dt.UTC
BRUSSELS = ZoneInfo("Europe/Brussels")
MARSASSOUM = "Anderlecht – Marsassoum"


@pytest.fixture
def english(app_on_demo: Launch) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


pytestmark = pytest.mark.usefixtures("english")


def services_of(state: Launch) -> Services:
    assert state.backend is not None
    return state.backend.services


def open_dialog(qtbot: QtBot, state: Launch) -> NewSeriesDialog:
    """The dialog as the Follow-ups page opens it, on the Marsassoum partnership."""
    window = state.window
    page = window.followups
    assert page is not None
    pid = services_of(state).partnerships.find("marsassoum").id
    page.partnership.setCurrentIndex(page.partnership.findData(pid))
    qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(NewSeriesDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def choose(
    dialog: NewSeriesDialog,
    first: dt.date,
    repeat: str,
    *,
    time: QTime | None = None,
    count: int | None = None,
    until: dt.date | None = None,
) -> None:
    dialog.first_date.set_value(first)
    dialog.first_time.setTime(time or QTime(10, 0))
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(repeat))
    if count is not None:
        dialog.count.setValue(count)
        dialog.after.setChecked(True)
    if until is not None:
        dialog.until.set_value(until)
        dialog.on_date.setChecked(True)
    dialog.update_preview()  # as the debounce timer would


def test_weekly_from_brussels_drift_then_eight_follow_ups_and_undo(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = services_of(app_on_demo)
    window = app_on_demo.window
    before = {f.id for f in services.followups.list()}
    dialog = open_dialog(qtbot, app_on_demo)
    assert dialog.isModal()
    assert dialog.partnership.currentText() == MARSASSOUM
    assert [dialog.anchor.itemText(i) for i in range(dialog.anchor.count())] == [
        "Anderlecht",
        "Marsassoum",
    ]
    assert dialog.anchor.currentText() == "Anderlecht"
    choose(dialog, dt.date(2026, 3, 2), WEEKLY, count=8)
    assert dialog.title.text() == "Follow-up"
    assert dialog.rule() == "FREQ=WEEKLY;COUNT=8"
    # Monday 2 March, 10:00 in Brussels (UTC+1) = 09:00 UTC = 09:00 in Marsassoum.
    assert dialog.both.text() == "10:00 Anderlecht · 09:00 Marsassoum"
    assert dialog.summary.text() == "8 occurrences, from Mon 2 Mar 2026 to Mon 20 Apr 2026."
    text = dialog.warnings.toPlainText()
    # 23 March 09:00 in Marsassoum; from 30 March 08:00, Brussels having moved on 29 March.
    assert "The time in Marsassoum changes (Anderlecht keeps its time):" in text
    assert (
        "• from Mon 30 Mar 2026: 08:00 in Marsassoum (before: 09:00)"
        " – Anderlecht changes its clocks on Sun 29 Mar 2026"
    ) in text
    # Easter Monday is a public holiday in Senegal.
    assert "• Mon 6 Apr 2026, 08:00–09:00 in Marsassoum: holiday: Easter Monday" in text
    assert dialog.create_button.isEnabled()
    dialog.grab().save("/tmp/new_series.png")

    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not [d for d in window.findChildren(NewSeriesDialog) if d.isVisible()]
    created = [f for f in services.followups.list() if f.id not in before]
    assert len(created) == 8
    assert {f.title for f in created} == {"Follow-up"}
    series_id = created[0].series_id
    assert series_id is not None
    assert {f.series_id for f in created} == {series_id}
    starts = sorted(f.start for f in created)
    assert [s.date() for s in starts] == [
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 9),
        dt.date(2026, 3, 16),
        dt.date(2026, 3, 23),
        dt.date(2026, 3, 30),
        dt.date(2026, 4, 6),
        dt.date(2026, 4, 13),
        dt.date(2026, 4, 20),
    ]
    assert {(s.hour, s.minute, str(s.tzinfo)) for s in starts} == {(10, 0, "Europe/Brussels")}
    # The instants: 09:00 UTC in winter time, 08:00 UTC from 30 March.
    assert [s.astimezone(UTC).hour for s in starts] == [9, 9, 9, 9, 8, 8, 8, 8]
    assert services.series.get(series_id).rule == "FREQ=WEEKLY;COUNT=8"
    # The Follow-ups page shows them.
    page = window.followups
    assert page is not None
    assert window.stack.currentWidget() is page
    shown = {f.id for f in page.model.all_rows()}  # type: ignore[attr-defined]
    assert {f.id for f in created} <= shown

    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.undo()
    assert {f.id for f in services.followups.list()} == before
    with pytest.raises(NotFound):
        services.series.get(series_id)
    shown = {f.id for f in page.model.all_rows()}  # type: ignore[attr-defined]
    assert not {f.id for f in created} & shown
    # Redo brings the same rows back.
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        window.edits.stack.redo()
    assert {f.id for f in services.followups.list()} - before == {f.id for f in created}


def test_monthly_first_tuesday_and_the_other_repeat_choices(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = services_of(app_on_demo)
    dialog = open_dialog(qtbot, app_on_demo)
    choose(dialog, dt.date(2026, 4, 7), MONTHLY_WEEKDAY, count=6)
    assert dialog.repeat.currentText() == "Monthly on the first Tuesday"
    assert dialog.title.text() == "Monthly follow-up"
    assert dialog.rule() == "FREQ=MONTHLY;BYDAY=1TU;COUNT=6"
    texts = [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())]
    assert texts == [
        "Every week",
        "Every two weeks",
        "Monthly on the first Tuesday",
        "Monthly on day 7",
    ]
    # 7 April, 5 May, 2 June, 7 July, 4 August, 1 September 2026.
    assert dialog.summary.text() == "6 occurrences, from Tue 7 Apr 2026 to Tue 1 Sept 2026."
    # Summer time all along: 10:00 in Brussels is 08:00 in Marsassoum, no change to list.
    assert "changes its clocks" not in dialog.warnings.toPlainText()

    with qtbot.waitSignal(app_on_demo.window.refreshed, timeout=15_000):
        dialog.create_button.click()
    newest = max(services.followups.list(), key=lambda f: f.series_id or 0)
    assert newest.series_id is not None
    series = services.series.get(newest.series_id)
    assert series.rule == "FREQ=MONTHLY;BYDAY=1TU;COUNT=6"
    assert series.title == "Monthly follow-up"
    assert [o.start.date() for o in series.occurrences] == [
        dt.date(2026, 4, 7),
        dt.date(2026, 5, 5),
        dt.date(2026, 6, 2),
        dt.date(2026, 7, 7),
        dt.date(2026, 8, 4),
        dt.date(2026, 9, 1),
    ]

    other = open_dialog(qtbot, app_on_demo)
    # Tuesday 29 September 2026 is the month's fifth (so last) Tuesday.
    choose(other, dt.date(2026, 9, 29), MONTHLY_WEEKDAY)
    assert other.repeat.currentText() == "Monthly on the last Tuesday"
    assert other.rule() == "FREQ=MONTHLY;BYDAY=-1TU"
    choose(other, dt.date(2026, 4, 28), MONTHLY_WEEKDAY)
    assert other.repeat.currentText() == "Monthly on the fourth Tuesday"
    assert other.rule() == "FREQ=MONTHLY;BYDAY=4TU"
    choose(other, dt.date(2026, 4, 15), MONTHLY_DAY, count=3)
    assert other.rule() == "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3"
    choose(other, dt.date(2026, 4, 15), BIWEEKLY)
    other.never.setChecked(True)
    assert other.rule() == "FREQ=WEEKLY;INTERVAL=2"
    other.title.setText("Youth exchange call")
    other.title.textEdited.emit("Youth exchange call")
    choose(other, dt.date(2026, 4, 15), MONTHLY_DAY)
    assert other.title.text() == "Youth exchange call"  # typed: the choice leaves it alone


def test_end_date_before_the_start_is_refused_inline(qtbot: QtBot, app_on_demo: Launch) -> None:
    services = services_of(app_on_demo)
    count = len(services.followups.list())
    dialog = open_dialog(qtbot, app_on_demo)
    choose(dialog, dt.date(2026, 3, 2), WEEKLY, until=dt.date(2026, 3, 1))
    assert dialog.errors.visible() == {
        "until": "⚠ The last date is before the first date.",
    }
    assert not dialog.create_button.isEnabled()
    assert dialog.summary.text() == ""
    dialog.create_series()  # Enter on the form: refused, the dialog stays
    assert dialog.isVisible()
    assert len(services.followups.list()) == count
    # 2 to 30 March inclusive: five Mondays. UNTIL is a wall time in the anchor's zone.
    choose(dialog, dt.date(2026, 3, 2), WEEKLY, until=dt.date(2026, 3, 30))
    assert dialog.errors.visible() == {}
    assert dialog.rule() == "FREQ=WEEKLY;UNTIL=20260330T100000"
    assert dialog.summary.text() == "5 occurrences, from Mon 2 Mar 2026 to Mon 30 Mar 2026."
    dialog.title.clear()
    dialog.update_preview()
    assert list(dialog.errors.visible()) == ["title"]


def test_anchored_in_marsassoum_and_a_skipped_time(qtbot: QtBot, app_on_demo: Launch) -> None:
    dialog = open_dialog(qtbot, app_on_demo)
    dialog.anchor.setCurrentIndex(1)
    choose(dialog, dt.date(2026, 3, 23), WEEKLY, time=QTime(9, 0), count=2)
    # 09:00 in Dakar = 09:00 UTC = 10:00 in Brussels (winter time).
    assert dialog.both.text() == "10:00 Anderlecht · 09:00 Marsassoum"
    text = dialog.warnings.toPlainText()
    # 30 March: 09:00 UTC = 11:00 in Brussels on summer time.
    assert "• from Mon 30 Mar 2026: 11:00 in Anderlecht (before: 10:00)" in text
    # 02:30 on Sunday 29 March does not exist in Brussels.
    dialog.anchor.setCurrentIndex(0)
    choose(dialog, dt.date(2026, 3, 29), WEEKLY, time=QTime(2, 30), count=2)
    assert list(dialog.errors.visible()) == ["first_start"]
    assert dialog.both.text().startswith("⚠")
    assert not dialog.create_button.isEnabled()


def test_the_preview_follows_the_typing_and_the_menu_opens_it(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    window = app_on_demo.window
    action = window.registry[ActionId.NEW_SERIES]
    assert action.isEnabled()
    action.trigger()
    dialogs = [d for d in window.findChildren(NewSeriesDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.partnership.count() >= 2
    with qtbot.waitSignal(dialog.previewed, timeout=5_000):
        dialog.count.setValue(3)  # chooses "after" and recomputes a moment later
    assert dialog.after.isChecked()
    assert dialog.summary.text().startswith("3 occurrences")
    dialog.reject()
