"""The Calendar page's week view: seven days of the home town, a second time scale for the
partner town, both towns' holidays and weekends, and timed entries that can be dragged.

One :class:`WeekView` holds three painted parts: a fixed header (day names, holidays, the
all-day band with mission bars), the scrolling body (hours 00–24 on the home clock, the two
time scales, the timed entries) and a legend. The view never changes data: a drag, a resize
or Alt+arrows emit :attr:`WeekView.entry_moved` and the page performs the edit, then calls
:meth:`WeekView.set_entries` again.

The partner scale shows the partner's clock on the week's first day. When either town changes
to or from summer time during the week the day header says so, the legend repeats it, and
every entry's tooltip gives both local times on the entry's own date (the authoritative ones).

Positions for tests and tools: :meth:`WeekView.point_at` and :meth:`WeekView.entry_rect` are in
``view.body`` coordinates (all-day bars: ``view.header`` coordinates); the drawn texts are
available through :meth:`WeekView.scale_labels`, :meth:`WeekView.scale_titles`,
:meth:`WeekView.header_texts`, :meth:`WeekView.scale_note` and :meth:`WeekView.tooltip_text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from jumelage.domain.calendar import CalendarEntry, DayMark, EntryKind, TownWeek
from jumelage.domain.time import utc_offset_label
from jumelage.ui import format as fmt
from jumelage.ui.pages.calendar import common
from jumelage.ui.pages.calendar import week_layout as wl
from jumelage.ui.pages.calendar.week_layout import (
    DAY_MINUTES,
    MAX_LANES,
    RESIZE_GRIP,
    UTC,
    Bar,
    Key,
    Segment,
    key_of,
    movable,
)
from jumelage.ui.pages.calendar.week_parts import Body, Header, Legend

MAX_SCALE_WIDTH = 110


@dataclass
class _Drag:
    entry: CalendarEntry
    resize: bool
    press: QPoint
    anchor: dt.datetime  # naive home wall time under the cursor at the press
    active: bool = False
    start: dt.datetime | None = None  # the proposed new times (aware)
    end: dt.datetime | None = None


class WeekView(QWidget):
    """Monday to Sunday of the home town's week (see the module's documentation)."""

    entry_activated = Signal(object)
    entry_moved = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.datetime.now(UTC).date()
        self._monday = today - dt.timedelta(days=today.weekday())
        self._home: TownWeek | None = None
        self._partner: TownWeek | None = None
        self._entries: list[CalendarEntry] = []
        self._marks: list[DayMark] = []
        self._segments: list[Segment] = []
        self._bars: list[Bar] = []
        self._order: list[CalendarEntry] = []
        self._selected: Key | None = None
        self._drag: _Drag | None = None
        self._scrolled = False
        self._labels: list[tuple[str, str]] = []
        self._changes: list[tuple[dt.date, dt.timedelta]] = []
        self._widths = (0, 0)
        self.header = Header(self)
        self.body = Body(self)
        self.legend = Legend(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.body)
        self.body.setAccessibleName(self.tr("Week calendar: hours and timed entries"))
        self.header.setAccessibleName(self.tr("Days, holidays and all-day entries"))
        self.legend.setAccessibleName(self.tr("Legend"))
        self._relayout()

    # --- the agreed API -------------------------------------------------------------------

    def set_week(self, monday: dt.date) -> None:
        self._monday = monday - dt.timedelta(days=monday.weekday())
        self._relayout()

    def set_towns(self, home: TownWeek, partner: TownWeek | None) -> None:
        self._home, self._partner = home, partner
        self._relayout()
        if self.isVisible() and not self._scrolled:
            self.scroll_to_working_hours()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self._entries = list(entries)
        self._drag = None
        self._relayout()

    def set_marks(self, marks: list[DayMark]) -> None:
        self._marks = list(marks)
        self._relayout()

    # --- state seen by the parts -----------------------------------------------------------

    @property
    def monday(self) -> dt.date:
        return self._monday

    @property
    def home_town(self) -> TownWeek | None:
        return self._home

    @property
    def partner_town(self) -> TownWeek | None:
        return self._partner

    @property
    def marks(self) -> list[DayMark]:
        return self._marks

    @property
    def segments(self) -> list[Segment]:
        return self._segments

    @property
    def bars(self) -> list[Bar]:
        return self._bars

    @property
    def selected_key(self) -> Key | None:
        return self._selected

    def day(self, index: int) -> dt.date:
        return self._monday + dt.timedelta(days=index)

    @property
    def home_zone(self) -> ZoneInfo:
        return wl.zone_of(self._home.time_zone if self._home else "UTC")

    @property
    def partner_zone(self) -> ZoneInfo | None:
        return wl.zone_of(self._partner.time_zone) if self._partner else None

    def _relayout(self) -> None:
        zone = self.home_zone
        self._segments = wl.timed_segments(self._entries, self._monday, zone)
        self._bars = wl.all_day_bars(self._entries, self._monday)
        self._order = []
        seen: set[Key] = set()
        bars = sorted(self._bars, key=lambda b: (b.lane, b.first))
        timed = sorted(self._segments, key=lambda s: (s.day, s.top, s.column))
        for entry in [b.entry for b in bars] + [s.entry for s in timed]:
            if key_of(entry) not in seen:
                seen.add(key_of(entry))
                self._order.append(entry)
        if self._selected not in seen:
            self._selected = None
        rows = wl.scale_rows(self._monday, zone, self.partner_zone)
        self._labels = [(fmt.time(r.home), fmt.time(r.partner) if r.partner else "") for r in rows]
        partner_zone = self.partner_zone
        self._changes = wl.offset_changes(self._monday, zone, partner_zone) if partner_zone else []
        self._widths = self._measure_scales()
        self._home_off = self._off_spans(self._home)
        self._partner_off = self._off_spans(self._partner)
        self.setAccessibleName(self.tr("Week of {date}").format(date=fmt.day_month(self._monday)))
        self.body.update_geometry()
        self.header.update_geometry()
        self.legend.update_geometry()
        self._describe_selection()

    def _off_spans(self, town: TownWeek | None) -> list[list[tuple[int, int]]]:
        if town is None:
            return [[] for _ in range(7)]
        return wl.off_spans(town, self._marks, self._monday, self.home_zone)

    # --- texts (drawn, and exposed for tests and assistive technology) --------------------

    def scale_titles(self) -> tuple[str, str]:
        """The full names over the two time scales ("" for the partner when there is none)."""
        home = self._home.name if self._home else self.tr("UTC")
        return home, self._partner.name if self._partner else ""

    def scale_subtitles(self) -> tuple[str, str]:
        """Under the names: the home zone's UTC offset and the partner's difference to it, on
        the week's first day."""
        moment = wl.at_wall(self._monday, 12 * 60, self.home_zone)
        home = utc_offset_label(moment)
        partner_zone = self.partner_zone
        if partner_zone is None:
            return home, ""
        return home, self.difference_text(wl.offset_between(moment, self.home_zone, partner_zone))

    def difference_text(self, delta: dt.timedelta) -> str:
        """ "−1 h", "+5:30 h", "±0 h"."""
        minutes = int(delta.total_seconds() // 60)
        sign = "+" if minutes > 0 else "−" if minutes < 0 else "±"
        hours, rest = divmod(abs(minutes), 60)
        amount = f"{hours}:{rest:02d}" if rest else str(hours)
        return self.tr("{offset} h").format(offset=sign + amount)

    def scale_labels(self) -> list[tuple[str, str]]:
        """For each hour row: the home time and the partner's time ("" without a partner), as
        on the week's first day."""
        return list(self._labels)

    def offset_changes(self) -> list[tuple[dt.date, dt.timedelta]]:
        """The days on which the partner's clock moves relative to ours, with the new
        difference."""
        return list(self._changes)

    def scale_note(self) -> str:
        """What the legend says when the partner scale is only right on some days."""
        changes = self.offset_changes()
        if not changes or self._partner is None:
            return ""
        parts = [
            self.tr("from {day}: {offset}").format(
                day=self._short_day(day),
                offset=self.difference_text(delta),
            )
            for day, delta in changes
        ]
        return self.tr("{town} scale as on {first}; {changes}").format(
            town=self._partner.name, first=self._short_day(self._monday), changes="; ".join(parts)
        )

    def _short_day(self, day: dt.date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def mark_text(self, mark: DayMark, towns: str = "") -> str:
        """ "Eid al-Fitr (estimated) — Marsassoum"; ``towns`` replaces the town's name when
        the same holiday falls in both towns ("Labour Day — Anderlecht, Marsassoum")."""
        name = mark.name
        if mark.estimated:
            name = self.tr("{holiday} (estimated)").format(holiday=name)
        return self.tr("{holiday} — {town}").format(holiday=name, town=towns or mark.town_name)

    def header_texts(self, day: dt.date) -> list[str]:
        """The day's name, then its holidays and days off (home town first; one line for a
        holiday both towns have) and clock changes, as drawn in its header."""
        texts = [self._short_day(day)]
        home_id = self._home.town_id if self._home else None
        marks = sorted(
            (m for m in self._marks if m.day == day),
            key=lambda m: (m.town_id != home_id, m.town_name, m.name),
        )
        grouped: dict[tuple[str, bool], list[DayMark]] = {}
        for mark in marks:
            grouped.setdefault((mark.name, mark.estimated), []).append(mark)
        for same in grouped.values():
            towns = self.tr(", ").join(dict.fromkeys(m.town_name for m in same))
            texts.append(self.mark_text(same[0], towns))
        for changed, delta in self.offset_changes():
            if changed == day and self._partner is not None:
                texts.append(
                    self.tr("Clock change: {offset}").format(offset=self.difference_text(delta))
                )
        return texts

    def weekend_towns(self, day: dt.date) -> list[str]:
        """The towns for which ``day`` (a local date in each town) is a weekend day."""
        return [t.name for t in (self._home, self._partner) if t and day.weekday() in t.weekend]

    def day_off_towns(self, day: dt.date) -> list[str]:
        """The towns with a weekend day, holiday or day off on ``day``."""
        result = []
        for town in (self._home, self._partner):
            if town and wl.days_off(town, self._marks, day, day):
                result.append(town.name)
        return result

    def partner_off_spans(self, index: int) -> list[tuple[int, int]]:
        """Minutes (home clock) of day ``index`` hatched as the partner's day off."""
        return list(self._partner_off[index])

    def home_off_spans(self, index: int) -> list[tuple[int, int]]:
        return list(self._home_off[index])

    def _range_in(self, entry: CalendarEntry, zone: ZoneInfo, on: dt.date | None) -> str:
        assert entry.start is not None
        assert entry.end is not None
        start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
        text = fmt.time(start)
        if on is not None and start.date() != on:
            text = self.tr("{day} {time}").format(day=self._short_day(start.date()), time=text)
        if end > start:
            end_text = fmt.time(end)
            if end.date() != start.date():
                end_text = self.tr("{day} {time}").format(
                    day=self._short_day(end.date()), time=end_text
                )
            text = self.tr("{start}–{end}").format(start=text, end=end_text)
        return text

    def tooltip_text(self, entry: CalendarEntry) -> str:
        """Title, both towns' local times on the entry's own date, the detail and state."""
        lines = [entry.title]
        if entry.all_day:
            assert entry.first_day is not None
            lines.append(fmt.date_range(entry.first_day, entry.last_day or entry.first_day))
        elif entry.start is not None and entry.end is not None:
            home_name, partner_name = self.scale_titles()
            home_day = entry.start.astimezone(self.home_zone).date()
            parts = [
                self.tr("{times} {town}").format(
                    times=self._range_in(entry, self.home_zone, None), town=home_name
                )
            ]
            partner_zone = self.partner_zone
            if partner_zone is not None:
                parts.append(
                    self.tr("{times} {town}").format(
                        times=self._range_in(entry, partner_zone, home_day), town=partner_name
                    )
                )
            lines.append(" · ".join(parts))
            lines[-1] = self.tr("{day}: {times}").format(
                day=self._short_day(home_day), times=lines[-1]
            )
        if entry.detail:
            lines.append(entry.detail)
        lines += common.problem_lines(entry)
        if entry.cancelled:
            lines.append(self.tr("Cancelled"))
        if entry.read_only:
            lines.append(self.tr("From the partner's calendar (read-only)"))
        elif movable(entry):
            lines.append(self.tr("Drag to move, drag the bottom edge to change the end"))
        return "\n".join(lines)

    def entry_label(self, entry: CalendarEntry) -> str:
        """The first line of an entry's box or bar."""
        if entry.kind == EntryKind.ACTION_DUE:
            title = self.tr("Due: {title}").format(title=entry.title)
        else:
            title = entry.title
        if entry.problems:
            title = self.tr("⚠ {title}").format(title=title)
        if entry.all_day or entry.start is None:
            return title
        return self.tr("{time} {title}").format(
            time=fmt.time(entry.start.astimezone(self.home_zone)), title=title
        )

    # --- geometry (body coordinates unless said otherwise) --------------------------------

    def hour_height(self) -> int:
        return max(40, 2 * QFontMetrics(self.font()).lineSpacing() + 8)

    def scale_widths(self) -> tuple[int, int]:
        return self._widths

    def _measure_scales(self) -> tuple[int, int]:
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        labels = self._labels
        home_title, partner_title = self.scale_titles()
        home = max(metrics.horizontalAdvance(h) for h, _ in labels) + 14
        home = max(home, min(titles.horizontalAdvance(home_title) + 12, MAX_SCALE_WIDTH))
        if self._partner is None:
            return home, 0
        partner = max(metrics.horizontalAdvance(p) for _, p in labels) + 14
        partner = max(partner, min(titles.horizontalAdvance(partner_title) + 12, MAX_SCALE_WIDTH))
        return home, partner

    def gutter(self) -> int:
        return sum(self.scale_widths())

    def column_width(self) -> float:
        return max(20.0, (self.body.width() - self.gutter()) / 7)

    def day_x(self, index: int) -> float:
        return self.gutter() + index * self.column_width()

    def y_of(self, minutes: float) -> float:
        return minutes * self.hour_height() / 60

    def point_at(self, moment: dt.datetime) -> QPoint:
        """Where ``moment`` (aware) is drawn in the body: the middle of its day column."""
        day, minutes = wl.wall_of(moment, self.home_zone)
        index = (day - self._monday).days
        x = self.day_x(index) + self.column_width() / 2
        return QPoint(round(x), round(self.y_of(minutes)))

    def wall_at(self, pos: QPoint) -> dt.datetime:
        """The naive home wall time under ``pos`` (unsnapped), days outside the week allowed."""
        index = int((pos.x() - self.gutter()) // self.column_width())
        index = min(6, max(0, index))
        minutes = min(DAY_MINUTES, max(0.0, pos.y() * 60 / self.hour_height()))
        return dt.datetime.combine(self.day(index), dt.time(0)) + dt.timedelta(minutes=minutes)

    def segment_rect(self, seg: Segment) -> QRectF:
        width = self.column_width() - 6
        x = self.day_x(seg.day) + 1 + seg.column * width / seg.columns
        top = self.y_of(seg.top)
        bottom = max(self.y_of(seg.bottom), top + QFontMetrics(self.font()).height() + 4)
        return QRectF(x, top + 1, width / seg.columns - 1, bottom - top - 2)

    def bar_rect(self, bar: Bar) -> QRectF:
        """An all-day bar, in header coordinates."""
        top = self.header.band_top() + bar.lane * self.header.bar_height()
        left = self.day_x(bar.first) + 2
        right = self.day_x(bar.last + 1) - 3
        return QRectF(left, top + 1, right - left, self.header.bar_height() - 2)

    def entry_rect(self, entry: CalendarEntry) -> QRect:
        """The entry's (first) box: body coordinates for timed entries, header coordinates for
        all-day ones; an empty rectangle when it is not in this week."""
        for seg in self._segments:
            if key_of(seg.entry) == key_of(entry):
                return self.segment_rect(seg).toRect()
        for bar in self._bars:
            if key_of(bar.entry) == key_of(entry) and bar.lane < MAX_LANES:
                return self.bar_rect(bar).toRect()
        return QRect()

    def segment_at(self, pos: QPoint) -> Segment | None:
        for seg in reversed(self._segments):
            if self.segment_rect(seg).contains(pos.toPointF()):
                return seg
        return None

    def bar_at(self, pos: QPoint) -> Bar | None:
        for bar in self._bars:
            if bar.lane < MAX_LANES and self.bar_rect(bar).contains(pos.toPointF()):
                return bar
        return None

    def scroll_to_working_hours(self) -> None:
        start = self._home.work_start if self._home else dt.time(8)
        y = self.y_of(max(0, start.hour * 60 + start.minute - 60))
        self.scroll_area.verticalScrollBar().setValue(int(y))
        self._scrolled = True

    def sizeHint(self) -> QSize:
        return QSize(860, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 300)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled:
            self.scroll_to_working_hours()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._labels and event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.update_geometry()
        self.legend.update_geometry()

    # --- selection, keyboard and drag -----------------------------------------------------

    def selected_entry(self) -> CalendarEntry | None:
        return next((e for e in self._order if key_of(e) == self._selected), None)

    def select(self, entry: CalendarEntry | None) -> None:
        self._selected = key_of(entry) if entry else None
        self._describe_selection()
        if entry is not None and not entry.all_day:
            rect = self.entry_rect(entry)
            if not rect.isEmpty():
                self.scroll_area.ensureVisible(
                    rect.center().x(), rect.center().y(), 0, rect.height()
                )
        self.body.update()
        self.header.update()

    def _describe_selection(self) -> None:
        entry = self.selected_entry()
        self.body.setAccessibleDescription(self.tooltip_text(entry) if entry else "")

    def step_selection(self, forward: bool) -> bool:
        """Select the next (previous) entry; False at either end."""
        if not self._order:
            return False
        current = self.selected_entry()
        if current is None:
            self.select(self._order[0 if forward else -1])
            return True
        index = self._order.index(current) + (1 if forward else -1)
        if not 0 <= index < len(self._order):
            return False
        self.select(self._order[index])
        return True

    def step_day(self, forward: bool) -> None:
        """Select the first timed entry of the next (previous) day that has one."""
        current = self.selected_entry()
        days = [s.day for s in self._segments if current and key_of(s.entry) == key_of(current)]
        here = days[0] if days else (-1 if forward else 7)
        candidates = sorted(self._segments, key=lambda s: (s.day, s.top))
        if not forward:
            candidates = sorted(candidates, key=lambda s: (-s.day, s.top))
        for seg in candidates:
            if (seg.day > here) if forward else (seg.day < here):
                self.select(seg.entry)
                return

    def nudge(self, entry: CalendarEntry, minutes: int, resize: bool) -> None:
        """Move (or resize) ``entry`` by ``minutes`` and emit :attr:`entry_moved`."""
        if not movable(entry):
            return
        assert entry.start is not None
        assert entry.end is not None
        delta = dt.timedelta(minutes=minutes)
        start, end = entry.start.astimezone(UTC), entry.end.astimezone(UTC)
        if resize:
            end = end + delta
            if end - start < dt.timedelta(minutes=wl.SNAP_MINUTES):
                return
        else:
            start, end = start + delta, end + delta
        self._emit_moved(entry, start, end)

    def _emit_moved(self, entry: CalendarEntry, start: dt.datetime, end: dt.datetime) -> None:
        zone = wl.zone_of(entry.time_zone) if entry.time_zone else self.home_zone
        self.entry_moved.emit(entry, start.astimezone(zone), end.astimezone(zone))

    def begin_drag(self, seg: Segment, pos: QPoint) -> None:
        rect = self.segment_rect(seg)
        resize = seg.last and pos.y() >= rect.bottom() - RESIZE_GRIP
        self._drag = _Drag(seg.entry, resize, pos, self.wall_at(pos))

    def drag_to(self, pos: QPoint) -> None:
        drag = self._drag
        if drag is None:
            return
        if not drag.active:
            distance = (pos - drag.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        entry = drag.entry
        assert entry.start is not None
        assert entry.end is not None
        zone = self.home_zone
        start, end = entry.start.astimezone(UTC), entry.end.astimezone(UTC)
        wall = self.wall_at(pos)
        if drag.resize:
            end = wl.at_wall(*wl.snapped(wall), zone).astimezone(UTC)
            end = max(end, start + dt.timedelta(minutes=wl.SNAP_MINUTES))
        else:
            # The start moves on the wall clock by as much as the cursor did, so an entry
            # dragged from Saturday 10:00 to Sunday stays at 10:00 across a clock change.
            start_wall = entry.start.astimezone(zone).replace(tzinfo=None) + (wall - drag.anchor)
            new_start = wl.at_wall(*wl.snapped(start_wall), zone).astimezone(UTC)
            start, end = new_start, new_start + (end - start)
        drag.start, drag.end = start, end
        self.body.update()

    def end_drag(self) -> None:
        drag, self._drag = self._drag, None
        self.body.update()
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            return
        entry = drag.entry
        assert entry.start is not None
        assert entry.end is not None
        if drag.start == entry.start and drag.end == entry.end:
            return
        self._emit_moved(entry, drag.start, drag.end)

    def cancel_drag(self) -> bool:
        if self._drag is None:
            return False
        self._drag = None
        self.body.update()
        return True

    @property
    def drag(self) -> _Drag | None:
        return self._drag

    def handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        entry = self.selected_entry()
        if key == Qt.Key.Key_Escape:
            return self.cancel_drag()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and entry is not None:
            self.entry_activated.emit(entry)
            return True
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if entry is not None:
                step = wl.SNAP_MINUTES if key == Qt.Key.Key_Down else -wl.SNAP_MINUTES
                self.nudge(entry, step, resize=shift)
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_selection(key == Qt.Key.Key_Down)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_day(key == Qt.Key.Key_Right)
            return True
        return False
