"""The Calendar page on the demo database: the month view's bars and holidays, the agenda's
two local times, a follow-up dragged in the week view (and undone), partner events that stay
where they are."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.calendar import EntryKind
from jumelage.ui.pages.calendar.page import CalendarPage
from tests.services.test_calendar import PARTNER_ICS

pytestmark = pytest.mark.usefixtures("answer_questions")

BRUSSELS = ZoneInfo("Europe/Brussels")
MARSASSOUM = 1  # the demo's first partnership
MISSION = "Local tax collection: training and IT tools"  # 27 April – 6 May 2026


def wait_loaded(qtbot: QtBot, page: CalendarPage, action: object) -> None:
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        action()  # type: ignore[operator]


@pytest.fixture
def page(qtbot: QtBot, app_on_demo: Launch) -> CalendarPage:
    window = app_on_demo.window
    window.go_to(1)
    assert isinstance(window.calendar, CalendarPage)
    calendar = window.calendar
    wait_loaded(qtbot, calendar, lambda: calendar.select_partnership(MARSASSOUM))
    return calendar


def test_the_month_shows_the_mission_over_its_days_and_both_towns_holidays(
    qtbot: QtBot, page: CalendarPage
) -> None:
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 27)))
    month = page.month
    assert page.title.text() == "April 2026"
    bars = [i for i in month.items() if i.bar and i.entry.title == MISSION]
    # One piece per week row: Monday 27 April to Sunday 3 May, then 4 to 6 May.
    assert [i.run for i in bars] == [
        (dt.date(2026, 4, 27), dt.date(2026, 5, 3)),
        (dt.date(2026, 5, 4), dt.date(2026, 5, 6)),
    ]
    first = month.cell_rect(dt.date(2026, 4, 27))
    last = month.cell_rect(dt.date(2026, 5, 3))
    assert bars[0].rect.left() < first.center().x()
    assert bars[0].rect.right() > last.center().x()
    assert bars[0].entry.colour == "#2e7d32"
    # Easter Monday is a holiday in both towns; Senegal's Independence Day in one.
    easter = month.day_tooltip(dt.date(2026, 4, 6))
    assert "Anderlecht: Easter Monday" in easter
    assert "Marsassoum: Easter Monday" in easter
    assert [m.town_name for m in month.marks_on(dt.date(2026, 4, 4))] == ["Marsassoum"]
    assert "Weekend in Anderlecht" in month.day_tooltip(dt.date(2026, 4, 4))
    # Brussels' own day off (8 May, not in the holidays package).
    assert "Anderlecht: Iris Day (day off)" in month.day_tooltip(dt.date(2026, 5, 8))

    # March: the end of Ramadan is an estimated date in Senegal.
    wait_loaded(qtbot, page, page.go_previous)
    assert page.title.text() == "March 2026"
    (korite,) = page.month.marks_on(dt.date(2026, 3, 20))
    assert korite.estimated
    assert "Marsassoum: Eid al-Fitr (estimated)" in page.month.day_tooltip(dt.date(2026, 3, 20))

    # The keyboard moves the selected day; Enter on a day with one entry opens it.
    month = page.month
    month.setFocus()
    month.select_day(dt.date(2026, 3, 2))
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert month.selected_day == dt.date(2026, 3, 3)
    with qtbot.waitSignal(page.open_requested, timeout=5_000) as opened:
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert opened.args[0] == "followup"


def test_the_agenda_gives_both_local_times(qtbot: QtBot, page: CalendarPage) -> None:
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 7)))
    wait_loaded(qtbot, page, lambda: page.set_mode("agenda"))
    rows = page.agenda.row_texts()
    # The follow-up of 7 April: 10:00 in Brussels (UTC+2 since 29 March) is 08:00 UTC, and
    # Dakar is on UTC all year.
    (row,) = [r for r in rows if r[1].startswith("Monthly follow-up") and r[0].startswith("10")]
    assert row[0] == "10:00 Anderlecht · 08:00 Marsassoum"
    assert [r[0] for r in rows if r[0] == "Tue 7 Apr 2026"] == ["Tue 7 Apr 2026"]
    assert any(r[0] == "Mon 6 Apr 2026 — Anderlecht: Easter Monday; Marsassoum: Easter Monday"
               for r in rows)  # fmt: skip
    # Enter on an entry asks for its editor.
    index = next(i for i, r in enumerate(rows) if r is row)
    page.agenda.setCurrentIndex(page.agenda.model_.index(index, 0))
    with qtbot.waitSignal(page.open_requested, timeout=5_000) as opened:
        qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert opened.args[0] == "followup"


def test_a_followup_dragged_in_the_week_view_moves_and_undo_restores_it(
    qtbot: QtBot, app_on_demo: Launch, page: CalendarPage
) -> None:
    services = app_on_demo.backend.services
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 7)))
    wait_loaded(qtbot, page, lambda: page.set_mode("week"))
    assert page.data is not None
    (entry,) = [e for e in page.data.entries if e.kind is EntryKind.FOLLOWUP]
    before = services.followups.get(entry.ref_id).followup
    assert before.start == dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)

    # Dropped on Wednesday 14:00–15:00 in Brussels (what the week view emits).
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.week.entry_moved.emit(
            entry,
            dt.datetime(2026, 4, 8, 14, 0, tzinfo=BRUSSELS),
            dt.datetime(2026, 4, 8, 15, 0, tzinfo=BRUSSELS),
        )
    moved = services.followups.get(entry.ref_id).followup
    assert (moved.start, moved.duration_min) == (
        dt.datetime(2026, 4, 8, 14, 0, tzinfo=BRUSSELS),
        60,
    )
    assert page.data is not None
    shown = [e for e in page.data.entries if e.kind is EntryKind.FOLLOWUP]
    assert [e.start for e in shown] == [dt.datetime(2026, 4, 8, 12, 0, tzinfo=dt.UTC)]
    stack = app_on_demo.window.edits.stack
    assert stack.undoText().startswith("Move")

    with qtbot.waitSignal(page.loaded, timeout=15_000):
        stack.undo()
    assert services.followups.get(entry.ref_id).followup.start == before.start
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        stack.redo()
    assert services.followups.get(entry.ref_id).followup.start == moved.start


def test_partner_events_cannot_be_moved(
    qtbot: QtBot, app_on_demo: Launch, page: CalendarPage
) -> None:
    services = app_on_demo.backend.services
    services.imports.apply(PARTNER_ICS, "marsassoum.ics", MARSASSOUM)
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 6, 4)))
    wait_loaded(qtbot, page, lambda: page.set_mode("week"))
    assert page.data is not None
    event = next(e for e in page.data.entries if e.kind is EntryKind.PARTNER_EVENT)
    assert event.read_only
    stack = app_on_demo.window.edits.stack
    count = stack.count()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        moved = page.move_entry(
            event,
            dt.datetime(2026, 6, 5, 9, tzinfo=dt.UTC),
            dt.datetime(2026, 6, 5, 10, tzinfo=dt.UTC),
        )
    assert moved is False
    assert stack.count() == count
    assert page.data is not None
    assert event in page.data.entries
    # Nor do they open an editor.
    with qtbot.assertNotEmitted(page.open_requested):
        page.activate(event)


def test_a_mission_with_a_problem_is_flagged_in_every_view(
    qtbot: QtBot, page: CalendarPage
) -> None:
    """The demo's training in Marsassoum spans 1 May, Labour Day in Senegal: its bar says so
    with a sign (not colour alone) and its tooltip says what is wrong, in the month, week and
    agenda views; a mission without problems has neither."""
    problem = "⚠ Fri 1 May 2026 is a holiday or day off at the destination: Labor Day."
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 27)))
    bars = [i for i in page.month.items() if i.bar and i.entry.title == MISSION]
    assert bars
    assert all(i.text.startswith("⚠ " + MISSION) for i in bars)
    tip = page.month.tooltip_at(bars[0].rect.center().toPoint())
    assert tip.splitlines()[:2] == [MISSION, "Mission"]  # what it is: one mission
    assert problem in tip.splitlines()
    others = [i for i in page.month.items() if i.bar and i.entry.kind is EntryKind.MISSION]
    assert all("⚠" not in i.text for i in others if i.entry.title != MISSION)

    wait_loaded(qtbot, page, lambda: page.set_mode("week"))
    (entry,) = {e for e in page.week._entries if e.title == MISSION}
    assert page.week.entry_label(entry).startswith("⚠ ")
    assert problem in page.week.tooltip_text(entry).splitlines()

    wait_loaded(qtbot, page, lambda: page.set_mode("agenda"))
    rows = page.agenda.row_texts()
    assert any(r[1] == "⚠ " + MISSION for r in rows)


def test_days_after_today_are_not_painted_over(qtbot: QtBot, page: CalendarPage) -> None:
    """Today (Friday 20 March 2026) has its number in a filled circle; the days after it
    keep the plain background (the circle's brush once filled every later cell when today
    had no holiday badge to reset it: so with all partnerships, where 20 March is a plain day
    in Anderlecht)."""
    wait_loaded(qtbot, page, lambda: page.select_partnership(None))
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 3, 20)))
    assert page.month.marks_on(dt.date(2026, 3, 20)) == []
    month = page.month
    image = month.grab().toImage()
    highlight = month.palette().color(month.palette().ColorRole.Highlight)

    def colour_in(day: dt.date) -> tuple[int, int, int]:
        cell = month.cell_rect(day)
        # Low in the cell, left of centre: no entry, badge or number is drawn there.
        pixel = image.pixelColor(int(cell.left() + 8), int(cell.bottom() - 6))
        return pixel.red(), pixel.green(), pixel.blue()

    before, after = colour_in(dt.date(2026, 3, 17)), colour_in(dt.date(2026, 3, 25))
    assert after == before
    assert after != (highlight.red(), highlight.green(), highlight.blue())


def test_the_week_title_is_short_and_never_widens_the_window(
    qtbot: QtBot, app_on_demo: Launch, page: CalendarPage
) -> None:
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 27)))
    wait_loaded(qtbot, page, lambda: page.set_mode("week"))
    assert page.title.text() == "Week 18: 27 Apr – 3 May 2026"
    wait_loaded(qtbot, page, page.go_next)
    assert page.title.text() == "Week 19: 4 – 10 May 2026"
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 12, 29)))
    assert page.title.text() == "Week 53: 28 Dec 2026 – 3 Jan 2027"
    # However long the title, the page can be as narrow as its buttons.
    page.title.setText("W" * 400)
    assert page.minimumSizeHint().width() < 1000


def test_quick_clicks_never_leave_the_view_on_old_rows(qtbot: QtBot, page: CalendarPage) -> None:
    """Next pressed twice before the first load is in: the view ends on the later month's
    rows, not on those of the month in between."""
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 3, 20)))
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.go_next()
        page.go_next()
    qtbot.waitUntil(lambda: not page._pending, timeout=15_000)
    assert page.title.text() == "May 2026"
    assert page._data is not None
    assert (page._data.first, page._data.last) == page.span()
    assert any(i.entry.title == MISSION for i in page.month.items())  # until 6 May


def test_a_partnership_chosen_before_the_first_load_is_kept(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    window = app_on_demo.window
    calendar = window.calendar
    assert isinstance(calendar, CalendarPage)
    fresh = CalendarPage(window._editor_context, window.runner, window._now)
    qtbot.addWidget(fresh)
    assert fresh.partnership.count() == 1  # nothing loaded yet
    with qtbot.waitSignal(fresh.loaded, timeout=15_000):
        fresh.select_partnership(MARSASSOUM)
    qtbot.waitUntil(lambda: not fresh._pending, timeout=15_000)
    assert fresh.partnership.currentData() == MARSASSOUM
    assert fresh.partnership.currentText() == "Anderlecht – Marsassoum"


def test_the_chosen_day_tells_screen_readers_how_many_entries_it_has(
    qtbot: QtBot, page: CalendarPage
) -> None:
    """ "Tue 28 Apr; 3 entries", never "3 entry(ies)": the English plural of a word in -y."""
    wait_loaded(qtbot, page, lambda: page.go_to_date(dt.date(2026, 4, 27)))
    month = page.month
    days = [dt.date(2026, 4, 1) + dt.timedelta(days=n) for n in range(30)]
    many = next(d for d in days if len(month.entries_on(d)) > 1)
    one = next(d for d in days if len(month.entries_on(d)) == 1)
    month.select_day(many)
    described = month.accessibleDescription()
    assert described.endswith(f"; {len(month.entries_on(many))} entries"), described
    month.select_day(one)
    assert month.accessibleDescription().endswith("; 1 entry")
    assert "(ies)" not in month.accessibleDescription()
