"""The Calendar page's week view: the partner's time scale across daylight-saving changes,
holidays and weekends of both towns, and moving entries with the mouse and the keyboard.

Every expected time is worked out by hand from the zones' rules:
- Brussels is UTC+1 in winter and UTC+2 from Sunday 29 March 2026 (02:00 UTC+1 -> 03:00);
- Dakar (Marsassoum) is UTC+0 all year;
- Hebron is UTC+2 in winter and UTC+3 from Saturday 28 March 2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from jumelage.domain.calendar import CalendarEntry, DayMark, DayMarkKind, EntryKind, TownWeek
from jumelage.ui.pages.calendar.week import WeekView

BRUSSELS = ZoneInfo("Europe/Brussels")
DAKAR = ZoneInfo("Africa/Dakar")
HEBRON = ZoneInfo("Asia/Hebron")
ANDERLECHT = TownWeek(1, "Anderlecht", "Europe/Brussels", frozenset({5, 6}))
MARSASSOUM = TownWeek(2, "Marsassoum", "Africa/Dakar", frozenset({5, 6}), dt.time(8), dt.time(16))
SEBASTIA = TownWeek(3, "Sebastia", "Asia/Hebron", frozenset({4, 5}))

WINTER = dt.date(2026, 3, 2)  # Monday; Brussels UTC+1 all week
CHANGE = dt.date(2026, 3, 23)  # Monday; Hebron changes on Saturday, Brussels on Sunday
SUMMER = dt.date(2026, 4, 6)  # Monday; Brussels UTC+2 all week


def at(day: dt.date, hour: int, minute: int = 0, zone: ZoneInfo = BRUSSELS) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


def timed(
    ref_id: int,
    start: dt.datetime,
    end: dt.datetime,
    title: str = "Monthly follow-up",
    **kwargs: object,
) -> CalendarEntry:
    return CalendarEntry(
        kind=kwargs.pop("kind", EntryKind.FOLLOWUP),  # type: ignore[arg-type]
        ref_id=ref_id,
        partnership_id=1,
        colour="#1565c0",
        title=title,
        all_day=False,
        start=start,
        end=end,
        time_zone="Europe/Brussels",
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def _british_english() -> Iterator[None]:
    """24-hour times and English day names, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.set_towns(ANDERLECHT, MARSASSOUM)
    widget.set_week(WINTER)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- the second time scale -------------------------------------------------------------------


def test_the_second_scale_is_the_partner_town_in_winter(view: WeekView) -> None:
    assert view.scale_titles() == ("Anderlecht", "Marsassoum")
    labels = view.scale_labels()
    assert len(labels) == 24
    # Brussels UTC+1, Dakar UTC+0: one hour earlier in Marsassoum.
    assert labels[10] == ("10:00", "09:00")
    assert labels[0] == ("00:00", "23:00")
    assert labels[17] == ("17:00", "16:00")
    assert view.scale_subtitles() == ("UTC+1", "−1 h")
    assert view.scale_note() == ""


def test_the_second_scale_in_summer(view: WeekView) -> None:
    view.set_week(SUMMER)
    labels = view.scale_labels()
    # Brussels UTC+2, Dakar UTC+0.
    assert labels[10] == ("10:00", "08:00")
    assert labels[1] == ("01:00", "23:00")
    assert view.scale_subtitles() == ("UTC+2", "−2 h")


def test_a_week_with_a_clock_change_shows_monday_and_marks_the_change(view: WeekView) -> None:
    view.set_week(CHANGE)
    assert view.scale_labels()[10] == ("10:00", "09:00")  # as on Monday 23 March
    note = view.scale_note()
    assert "Marsassoum" in note
    assert "Sun 29 Mar" in note
    assert "−2 h" in note
    assert "Clock change: −2 h" in view.header_texts(dt.date(2026, 3, 29))
    assert not any("Clock change" in t for t in view.header_texts(dt.date(2026, 3, 28)))
    # The tooltips are authoritative: each entry gives both clocks on its own date.
    monday = timed(1, at(CHANGE, 10), at(CHANGE, 11))
    sunday = timed(2, at(dt.date(2026, 3, 29), 10), at(dt.date(2026, 3, 29), 11))
    view.set_entries([monday, sunday])
    assert "10:00–11:00 Anderlecht · 09:00–10:00 Marsassoum" in view.tooltip_text(monday)
    assert "10:00–11:00 Anderlecht · 08:00–09:00 Marsassoum" in view.tooltip_text(sunday)


def test_both_towns_changing_in_one_week(view: WeekView) -> None:
    view.set_towns(ANDERLECHT, SEBASTIA)
    view.set_week(CHANGE)
    # Monday: Hebron UTC+2, Brussels UTC+1 -> one hour later in Sebastia.
    assert view.scale_labels()[10] == ("10:00", "11:00")
    # Saturday Hebron goes to UTC+3 (+2 h), Sunday Brussels to UTC+2 (+1 h again).
    assert view.offset_changes() == [
        (dt.date(2026, 3, 28), dt.timedelta(hours=2)),
        (dt.date(2026, 3, 29), dt.timedelta(hours=1)),
    ]
    assert "Clock change: +2 h" in view.header_texts(dt.date(2026, 3, 28))
    assert "Clock change: +1 h" in view.header_texts(dt.date(2026, 3, 29))
    saturday = timed(1, at(dt.date(2026, 3, 28), 9), at(dt.date(2026, 3, 28), 10))
    view.set_entries([saturday])
    assert "09:00–10:00 Anderlecht · 11:00–12:00 Sebastia" in view.tooltip_text(saturday)


def test_a_late_entry_names_the_partner_date_when_it_differs(view: WeekView) -> None:
    view.set_towns(ANDERLECHT, SEBASTIA)
    late = timed(1, at(WINTER, 23, 30), at(WINTER + dt.timedelta(days=1), 0, 30))
    view.set_entries([late])
    # 23:30 in Brussels (UTC+1) is 00:30 on Tuesday in Hebron (UTC+2).
    tip = view.tooltip_text(late)
    assert "23:30–Tue 3 Mar 00:30 Anderlecht" in tip
    assert "Tue 3 Mar 00:30–01:30 Sebastia" in tip


# --- holidays and weekends -------------------------------------------------------------------


def test_the_belgian_day_off_in_the_week_of_8_may(view: WeekView) -> None:
    view.set_week(dt.date(2026, 5, 4))
    iris = DayMark(dt.date(2026, 5, 8), 1, "Anderlecht", "Iris Day", kind=DayMarkKind.DAY_OFF)
    view.set_marks([iris])
    texts = view.header_texts(dt.date(2026, 5, 8))
    assert texts == ["Fri 8 May", "Iris Day — Anderlecht"]
    assert view.day_off_towns(dt.date(2026, 5, 8)) == ["Anderlecht"]
    assert view.header_texts(dt.date(2026, 5, 7)) == ["Thu 7 May"]
    # The whole Friday is tinted as Anderlecht's day off (on the home clock).
    assert view.home_off_spans(4) == [(0, 24 * 60)]


def test_a_holiday_of_both_towns_takes_one_line(view: WeekView) -> None:
    view.set_week(dt.date(2026, 4, 27))
    view.set_marks(
        [
            DayMark(dt.date(2026, 5, 1), 2, "Marsassoum", "Labour Day"),
            DayMark(dt.date(2026, 5, 1), 1, "Anderlecht", "Labour Day"),
        ]
    )
    assert view.header_texts(dt.date(2026, 5, 1)) == [
        "Fri 1 May",
        "Labour Day — Anderlecht, Marsassoum",
    ]
    assert view.day_off_towns(dt.date(2026, 5, 1)) == ["Anderlecht", "Marsassoum"]


def test_an_estimated_eid_of_the_partner_town(view: WeekView) -> None:
    view.set_week(dt.date(2026, 3, 16))
    eid = DayMark(dt.date(2026, 3, 20), 2, "Marsassoum", "Korité", estimated=True)
    view.set_marks([eid])
    assert view.header_texts(dt.date(2026, 3, 20)) == [
        "Fri 20 Mar",
        "Korité (estimated) — Marsassoum",
    ]
    # Marsassoum's Friday runs from 01:00 Friday to 01:00 Saturday in Brussels (UTC+1), and
    # its weekend goes on until Monday 01:00, which is next week.
    assert view.partner_off_spans(3) == []
    assert view.partner_off_spans(4) == [(60, 24 * 60)]
    assert view.partner_off_spans(5) == [(0, 24 * 60)]
    assert view.partner_off_spans(6) == [(0, 24 * 60)]


def colours_in(image: object, left: int, top: int, size: int = 10) -> set[int]:
    return {
        image.pixel(x, y)  # type: ignore[attr-defined]
        for x in range(left, left + size)
        for y in range(top, top + size)
    }


def test_the_partner_weekend_friday_saturday_is_hatched(qtbot: QtBot, view: WeekView) -> None:
    view.set_towns(ANDERLECHT, SEBASTIA)
    assert view.weekend_towns(dt.date(2026, 3, 6)) == ["Sebastia"]
    assert view.weekend_towns(dt.date(2026, 3, 7)) == ["Anderlecht", "Sebastia"]
    assert view.weekend_towns(dt.date(2026, 3, 8)) == ["Anderlecht"]
    # Sebastia's Friday begins at 23:00 on Thursday in Brussels (Hebron UTC+2, Brussels UTC+1)
    # and its Saturday ends at 23:00 on Saturday.
    assert view.partner_off_spans(3) == [(23 * 60, 24 * 60)]
    assert view.partner_off_spans(4) == [(0, 24 * 60)]
    assert view.partner_off_spans(5) == [(0, 23 * 60)]
    assert view.partner_off_spans(6) == []
    # Drawn as a pattern, not only a colour: a patch at 12:10 on Friday has several colours,
    # the same patch on Wednesday one.
    image = view.body.grab().toImage()
    friday = view.point_at(at(dt.date(2026, 3, 6), 12, 10))
    wednesday = view.point_at(at(dt.date(2026, 3, 4), 12, 10))
    assert len(colours_in(image, friday.x(), friday.y())) > 1
    assert len(colours_in(image, wednesday.x(), wednesday.y())) == 1
    assert QColor(image.pixel(wednesday)) == view.palette().base().color()


# --- dragging ---------------------------------------------------------------------------------


def drag(qtbot: QtBot, view: WeekView, start: QPoint, end: QPoint, escape: bool = False) -> None:
    qtbot.mousePress(view.body, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(view.body, middle)
    qtbot.mouseMove(view.body, end)
    if escape:
        qtbot.keyClick(view.body, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.body, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_an_entry_moves_it_to_the_snapped_time(qtbot: QtBot, view: WeekView) -> None:
    wednesday, thursday = dt.date(2026, 3, 4), dt.date(2026, 3, 5)
    entry = timed(1, at(wednesday, 10), at(wednesday, 11))
    view.set_entries([entry])
    assert view.entry_rect(entry).contains(view.point_at(at(wednesday, 10, 30)))
    # Grabbed at 10:30 and dropped at Thursday 14:35: the start moves by a day and 4 h 05,
    # to 14:05, snapped to 14:00; the hour's length is kept.
    with qtbot.waitSignal(view.entry_moved) as moved:
        drag(qtbot, view, view.point_at(at(wednesday, 10, 30)), view.point_at(at(thursday, 14, 35)))
    assert moved.args == [entry, at(thursday, 14), at(thursday, 15)]


def test_dragging_across_the_clock_change_keeps_the_wall_time(qtbot: QtBot, view: WeekView) -> None:
    view.set_week(CHANGE)
    saturday, sunday = dt.date(2026, 3, 28), dt.date(2026, 3, 29)
    entry = timed(1, at(saturday, 10), at(saturday, 11))
    view.set_entries([entry])
    with qtbot.waitSignal(view.entry_moved) as moved:
        drag(qtbot, view, view.point_at(at(saturday, 10, 30)), view.point_at(at(sunday, 10, 32)))
    start, end = moved.args[1], moved.args[2]
    # Saturday 10:00 is 09:00 UTC; Sunday 10:00 (summer time) is 08:00 UTC.
    assert start == dt.datetime(2026, 3, 29, 8, 0, tzinfo=dt.UTC)
    assert end == dt.datetime(2026, 3, 29, 9, 0, tzinfo=dt.UTC)
    assert start.tzinfo is not None


def test_dragging_the_bottom_edge_changes_the_end(qtbot: QtBot, view: WeekView) -> None:
    wednesday = dt.date(2026, 3, 4)
    entry = timed(1, at(wednesday, 10), at(wednesday, 11))
    view.set_entries([entry])
    rect = view.entry_rect(entry)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    with qtbot.waitSignal(view.entry_moved) as moved:
        drag(qtbot, view, edge, view.point_at(at(wednesday, 12, 20)))
    assert moved.args == [entry, at(wednesday, 10), at(wednesday, 12, 15)]


def test_a_read_only_entry_cannot_be_dragged(qtbot: QtBot, view: WeekView) -> None:
    wednesday = dt.date(2026, 3, 4)
    partner = timed(
        7,
        at(wednesday, 9, zone=DAKAR),
        at(wednesday, 10, zone=DAKAR),
        "Conseil municipal",
        kind=EntryKind.PARTNER_EVENT,
        read_only=True,
    )
    view.set_entries([partner])
    with qtbot.assertNotEmitted(view.entry_moved):
        drag(qtbot, view, view.point_at(at(wednesday, 10, 30)), view.point_at(at(wednesday, 15)))
        # Nor from the keyboard.
        qtbot.keyClick(view.body, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_entry() == partner
    assert "read-only" in view.tooltip_text(partner)


def test_escape_cancels_a_drag(qtbot: QtBot, view: WeekView) -> None:
    wednesday = dt.date(2026, 3, 4)
    entry = timed(1, at(wednesday, 10), at(wednesday, 11))
    view.set_entries([entry])
    with qtbot.assertNotEmitted(view.entry_moved):
        drag(
            qtbot,
            view,
            view.point_at(at(wednesday, 10, 30)),
            view.point_at(at(wednesday, 15)),
            escape=True,
        )
    assert view.drag is None


def test_a_click_without_moving_only_selects(qtbot: QtBot, view: WeekView) -> None:
    wednesday = dt.date(2026, 3, 4)
    entry = timed(1, at(wednesday, 10), at(wednesday, 11))
    view.set_entries([entry])
    with qtbot.assertNotEmitted(view.entry_moved):
        qtbot.mouseClick(
            view.body, Qt.MouseButton.LeftButton, pos=view.point_at(at(wednesday, 10, 30))
        )
    assert view.selected_entry() == entry
    with qtbot.waitSignal(view.entry_activated) as activated:
        qtbot.mouseDClick(
            view.body, Qt.MouseButton.LeftButton, pos=view.point_at(at(wednesday, 10, 30))
        )
    assert activated.args == [entry]


# --- the keyboard -----------------------------------------------------------------------------


def test_the_keyboard_selects_moves_resizes_and_opens(qtbot: QtBot, view: WeekView) -> None:
    tuesday, thursday = dt.date(2026, 3, 3), dt.date(2026, 3, 5)
    first = timed(1, at(tuesday, 10), at(tuesday, 11), "First")
    second = timed(2, at(thursday, 14), at(thursday, 15), "Second")
    mission = CalendarEntry(
        EntryKind.MISSION,
        3,
        1,
        "#1565c0",
        "Mission to Marsassoum",
        True,
        first_day=tuesday,
        last_day=thursday,
    )
    view.set_entries([second, mission, first])
    view.body.setFocus()
    # The all-day bar comes first, then the timed entries in time order.
    qtbot.keyClick(view.body, Qt.Key.Key_Down)
    assert view.selected_entry() == mission
    qtbot.keyClick(view.body, Qt.Key.Key_Tab)
    assert view.selected_entry() == first
    qtbot.keyClick(view.body, Qt.Key.Key_Right)
    assert view.selected_entry() == second
    assert "Second" in view.body.accessibleDescription()
    with qtbot.waitSignal(view.entry_moved) as moved:
        qtbot.keyClick(view.body, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert moved.args == [second, at(thursday, 14, 15), at(thursday, 15, 15)]
    shift_alt = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(view.entry_moved) as moved:
        qtbot.keyClick(view.body, Qt.Key.Key_Up, shift_alt)
    assert moved.args == [second, at(thursday, 14), at(thursday, 14, 45)]
    with qtbot.waitSignal(view.entry_activated) as activated:
        qtbot.keyClick(view.body, Qt.Key.Key_Return)
    assert activated.args == [second]
    # The page answers with the new data; the selection stays on the same record.
    view.set_entries([timed(2, at(thursday, 14, 15), at(thursday, 15, 15), "Second"), first])
    assert view.selected_entry() is not None
    assert view.selected_entry().ref_id == 2  # type: ignore[union-attr]


def test_tab_leaves_the_view_after_the_last_entry(qtbot: QtBot, view: WeekView) -> None:
    entry = timed(1, at(dt.date(2026, 3, 3), 10), at(dt.date(2026, 3, 3), 11))
    view.set_entries([entry])
    assert view.step_selection(True)
    assert not view.step_selection(True)


# --- layout ------------------------------------------------------------------------------------


def test_overlapping_entries_sit_side_by_side(view: WeekView) -> None:
    tuesday = dt.date(2026, 3, 3)
    one = timed(1, at(tuesday, 10), at(tuesday, 11), "One")
    two = timed(2, at(tuesday, 10, 30), at(tuesday, 12), "Two")
    three = timed(3, at(tuesday, 13), at(tuesday, 14), "Three")
    view.set_entries([one, two, three])
    r1, r2, r3 = (view.entry_rect(e) for e in (one, two, three))
    assert not r1.intersects(r2)
    assert r1.width() == pytest.approx(r2.width(), abs=1)
    assert r3.width() > r1.width() * 1.8


def test_all_day_entries_are_bars_in_the_header(view: WeekView) -> None:
    mission = CalendarEntry(
        EntryKind.MISSION,
        3,
        1,
        "#1565c0",
        "Mission to Marsassoum",
        True,
        first_day=dt.date(2026, 2, 27),
        last_day=dt.date(2026, 3, 4),
    )
    due = CalendarEntry(
        EntryKind.ACTION_DUE,
        4,
        1,
        "#1565c0",
        "Send the budget report",
        True,
        first_day=dt.date(2026, 3, 3),
        last_day=dt.date(2026, 3, 3),
    )
    view.set_entries([mission, due])
    bar, small = view.entry_rect(mission), view.entry_rect(due)
    # The mission runs Monday to Wednesday in this week, the action item is under it.
    assert bar.width() > 2.5 * small.width()
    assert small.top() > bar.top()
    assert view.entry_label(due) == "Due: Send the budget report"


def test_the_view_is_accessible_and_starts_at_working_hours(view: WeekView) -> None:
    assert view.accessibleName() == "Week of Mon 2 Mar 2026"
    assert view.body.accessibleName()
    assert view.focusProxy() is view.body
    # Scrolled so that 08:00 (an hour before Anderlecht's working day) is at the top.
    assert view.scroll_area.verticalScrollBar().value() == round(view.y_of(8 * 60))
    assert view.sizeHint().width() <= 1024
