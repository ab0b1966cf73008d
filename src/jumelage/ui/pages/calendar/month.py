"""The Calendar page's month view: six painted weeks, Monday first.

Each day cell shows its number (today in a filled circle), the holidays and days off of both
towns (a badge per town, "≈" when the date is estimated; the names in the tooltip), each
town's weekend (the home town's as a tint, the partner's hatched), all-day entries as bars
spanning their days in the partnership's colour (missions, partner events over several
days), then the other entries as lines ("10:00 Follow-up"), and "+N more" when the day has
more than fits. Partner events are drawn as outlines (read-only); cancelled entries faded and
struck through.

Keyboard: the arrows move the selected day (leaving the month asks the page to follow), Enter
opens the day's entry (or offers a menu of them when there are several). The layout is kept
in plain lists (:meth:`MonthView.items`, :meth:`MonthView.more_counts`) so tests and tools can
read what is drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QMenu, QWidget

from jumelage.domain.calendar import CalendarEntry, DayMark, DayMarkKind, EntryKind, TownWeek
from jumelage.ui import format as fmt
from jumelage.ui import labels, theme
from jumelage.ui.pages.calendar import common

WEEKS = 6
BADGE_GAP = 3


@dataclass(frozen=True)
class Item:
    """One drawn entry: a bar piece (``bar``) or a line, in widget coordinates."""

    entry: CalendarEntry
    rect: QRectF
    day: dt.date
    bar: bool
    text: str
    #: For bars: the first and last day of the drawn run in this week.
    run: tuple[dt.date, dt.date] | None = None


def month_grid_start(month: dt.date) -> dt.date:
    """The Monday on or before the first of ``month``'s month."""
    first = month.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


class MonthView(QWidget):
    entry_activated = Signal(object)  # CalendarEntry
    #: The selection left the shown month: the page shows the month of this date.
    day_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.datetime.now(dt.UTC).date()
        self._month = today.replace(day=1)
        self._selected = today
        self._today = today
        self._entries: list[CalendarEntry] = []
        self._marks: list[DayMark] = []
        self._home: TownWeek | None = None
        self._partner: TownWeek | None = None
        self._items: list[Item] = []
        self._more: dict[dt.date, list[CalendarEntry]] = {}
        self._more_rects: dict[dt.date, QRectF] = {}
        #: The towns whose local times an entry's tooltip gives (its own partnership's).
        self.towns_of: Callable[[int], tuple[TownWeek | None, TownWeek | None]] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Month calendar"))
        self.setMinimumSize(420, 360)

    # --- data ------------------------------------------------------------------------------

    def set_month(self, month: dt.date) -> None:
        self._month = month.replace(day=1)
        if not self.shows(self._selected) or self._selected.month != self._month.month:
            self._selected = (
                self._month if self._month != self._today.replace(day=1) else self._today
            )
        self._relayout()

    def set_data(
        self,
        entries: list[CalendarEntry],
        marks: list[DayMark],
        home: TownWeek | None,
        partner: TownWeek | None,
        today: dt.date,
    ) -> None:
        self._entries = list(entries)
        self._marks = list(marks)
        self._home, self._partner = home, partner
        self._today = today
        self._relayout()

    @property
    def month(self) -> dt.date:
        return self._month

    @property
    def first_day(self) -> dt.date:
        return month_grid_start(self._month)

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=7 * WEEKS - 1)

    def shows(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def selected_day(self) -> dt.date:
        return self._selected

    def select_day(self, day: dt.date) -> None:
        self._selected = day
        if day.replace(day=1) != self._month:
            self.day_selected.emit(day)
        self._describe()
        self.update()

    # --- what is drawn -----------------------------------------------------------------------

    def items(self, day: dt.date | None = None) -> list[Item]:
        """The drawn entries (of ``day``), in drawing order."""
        return [i for i in self._items if day is None or i.day == day]

    def more_counts(self) -> dict[dt.date, int]:
        """Days whose "+N more" is drawn, and their N."""
        return {day: len(hidden) for day, hidden in self._more.items()}

    def entries_on(self, day: dt.date) -> list[CalendarEntry]:
        """Every entry touching ``day`` (home-town date), bars first."""
        zone = common.zone_of(self._home)
        found = [e for e in self._entries if e.days(zone)[0] <= day <= e.days(zone)[1]]
        found.sort(key=lambda e: (not _is_bar(e), _start_key(e, zone)))
        return found

    def marks_on(self, day: dt.date) -> list[DayMark]:
        home_id = self._home.town_id if self._home else None
        return sorted(
            (m for m in self._marks if m.day == day),
            key=lambda m: (m.town_id != home_id, m.town_name, m.name),
        )

    def day_tooltip(self, day: dt.date) -> str:
        """The day, its holidays and days off, and whose weekend it is."""
        lines = [fmt.day_month(day)]
        for mark in self.marks_on(day):
            text = common.mark_text(mark)
            if mark.kind is DayMarkKind.DAY_OFF:
                text = self.tr("{mark} (day off)").format(mark=text)
            lines.append(text)
        for town in (self._home, self._partner):
            if town is not None and day.weekday() in town.weekend:
                lines.append(common.weekend_text(town))
        return "\n".join(lines)

    def cell_rect(self, day: dt.date) -> QRectF:
        index = (day - self.first_day).days
        row, column = divmod(index, 7)
        width, height = self._cell_size()
        return QRectF(column * width, self._header_height() + row * height, width, height)

    def day_at(self, pos: QPoint) -> dt.date | None:
        width, height = self._cell_size()
        y = pos.y() - self._header_height()
        if y < 0 or width <= 0 or height <= 0:
            return None
        row, column = int(y // height), int(pos.x() // width)
        if not (0 <= row < WEEKS and 0 <= column < 7):
            return None
        return self.first_day + dt.timedelta(days=7 * row + column)

    def item_at(self, pos: QPoint) -> Item | None:
        for item in reversed(self._items):
            if item.rect.contains(pos.toPointF()):
                return item
        return None

    # --- layout -----------------------------------------------------------------------------

    def _line_height(self) -> int:
        return QFontMetrics(self.font()).height() + 3

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _cell_size(self) -> tuple[float, float]:
        return self.width() / 7, max(1.0, (self.height() - self._header_height()) / WEEKS)

    def _day_row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def _relayout(self) -> None:
        self._items = []
        self._more = {}
        self._more_rects = {}
        zone = common.zone_of(self._home)
        line = self._line_height()
        _width, height = self._cell_size()
        slots = max(1, int((height - self._day_row_height() - 2) // line))
        metrics = QFontMetrics(self.font())
        bars = sorted(
            (e for e in self._entries if _is_bar(e)),
            key=lambda e: (e.days(zone)[0], -(e.days(zone)[1] - e.days(zone)[0]).days),
        )
        others = sorted(
            (e for e in self._entries if not _is_bar(e)), key=lambda e: _start_key(e, zone)
        )
        for week in range(WEEKS):
            monday = self.first_day + dt.timedelta(days=7 * week)
            sunday = monday + dt.timedelta(days=6)
            lanes: list[list[CalendarEntry]] = []
            placed: list[tuple[CalendarEntry, int, dt.date, dt.date]] = []
            for entry in bars:
                first, last = entry.days(zone)
                if last < monday or first > sunday:
                    continue
                run = (max(first, monday), min(last, sunday))
                for index, taken in enumerate(lanes):
                    if all(
                        max(e.days(zone)[0], monday) > run[1]
                        or min(e.days(zone)[1], sunday) < run[0]
                        for e in taken
                    ):
                        taken.append(entry)
                        placed.append((entry, index, *run))
                        break
                else:
                    lanes.append([entry])
                    placed.append((entry, len(lanes) - 1, *run))
            lines: dict[dt.date, list[CalendarEntry]] = {}
            for entry in others:
                day = entry.days(zone)[0]
                if monday <= day <= sunday:
                    lines.setdefault(day, []).append(entry)
            visible: dict[dt.date, int] = {}
            for offset in range(7):
                day = monday + dt.timedelta(days=offset)
                used = [i for _, i, a, b in placed if a <= day <= b]
                rows = (max(used) + 1 if used else 0) + len(lines.get(day, []))
                shown = slots if rows <= slots else slots - 1
                visible[day] = shown
                if rows > slots:
                    hidden = [e for e, i, a, b in placed if a <= day <= b and i >= shown]
                    hidden += lines.get(day, [])[max(0, shown - (max(used) + 1 if used else 0)) :]
                    self._more[day] = hidden
            for entry, lane, start, end in placed:
                day = start
                while day <= end:
                    # one run of consecutive days where this lane is visible
                    if lane >= visible[day]:
                        day += dt.timedelta(days=1)
                        continue
                    run_start = day
                    while (
                        day + dt.timedelta(days=1) <= end
                        and lane < visible[day + dt.timedelta(days=1)]
                    ):
                        day += dt.timedelta(days=1)
                    left = self.cell_rect(run_start)
                    right = self.cell_rect(day)
                    top = left.top() + self._day_row_height() + lane * line
                    rect = QRectF(left.left() + 2, top, right.right() - left.left() - 4, line - 2)
                    text = metrics.elidedText(
                        self._bar_text(entry), Qt.TextElideMode.ElideRight, int(rect.width()) - 8
                    )
                    self._items.append(Item(entry, rect, run_start, True, text, (run_start, day)))
                    day += dt.timedelta(days=1)
            for day, entries in lines.items():
                used = [i for _, i, a, b in placed if a <= day <= b]
                row = max(used) + 1 if used else 0
                cell = self.cell_rect(day)
                for entry in entries:
                    if row >= visible[day]:
                        break
                    top = cell.top() + self._day_row_height() + row * line
                    rect = QRectF(cell.left() + 2, top, cell.width() - 4, line - 2)
                    text = metrics.elidedText(
                        self._line_text(entry), Qt.TextElideMode.ElideRight, int(rect.width()) - 12
                    )
                    self._items.append(Item(entry, rect, day, False, text))
                    row += 1
            for day in self._more:
                if monday <= day <= sunday:
                    cell = self.cell_rect(day)
                    top = cell.top() + self._day_row_height() + visible[day] * line
                    self._more_rects[day] = QRectF(cell.left() + 2, top, cell.width() - 4, line - 2)
        self._describe()
        self.update()

    def _bar_text(self, entry: CalendarEntry) -> str:
        title = entry.title
        if entry.problems:
            title = self.tr("⚠ {title}").format(title=title)
        if entry.kind is EntryKind.MISSION and entry.detail:
            return self.tr("{title} — {destination}").format(title=title, destination=entry.detail)
        return title

    def _line_text(self, entry: CalendarEntry) -> str:
        if entry.kind is EntryKind.ACTION_DUE:
            return self.tr("Due: {title}").format(title=entry.title)
        if entry.all_day or entry.start is None:
            return entry.title
        local = entry.start.astimezone(common.zone_of(self._home))
        return self.tr("{time} {title}").format(time=fmt.time(local), title=entry.title)

    def more_text(self, count: int) -> str:
        return self.tr("+%n more", "", count)

    def _describe(self) -> None:
        day = self._selected
        entries = self.entries_on(day)
        parts = [fmt.day_month(day)]
        parts += [common.mark_text(m) for m in self.marks_on(day)]
        parts.append(self.tr("%n entry(ies)", "", len(entries)))
        self.setAccessibleDescription("; ".join(parts))

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        mid = palette.color(QPalette.ColorRole.Mid)
        muted = theme.muted_colour()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)
        metrics = QFontMetrics(self.font())
        width, _height = self._cell_size()
        header = self._header_height()

        # weekday names
        painter.setPen(muted)
        for column in range(7):
            rect = QRectF(column * width, 0, width, header)
            name = labels.weekday(column)
            painter.drawText(
                rect.adjusted(6, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(width) - 10),
            )

        home_tint = common.blend(mid, base, 0.18)
        partner_hatch = QColor(mid)
        partner_hatch.setAlphaF(0.55)
        holiday_tint = common.blend(theme.warning_colour(), base, 0.12)
        badges = common.badges(self._home, self._partner)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        day_row = self._day_row_height()
        for index in range(7 * WEEKS):
            day = self.first_day + dt.timedelta(days=index)
            cell = self.cell_rect(day)
            if self._home is not None and day.weekday() in self._home.weekend:
                painter.fillRect(cell, home_tint)
            if self._partner is not None and day.weekday() in self._partner.weekend:
                painter.fillRect(cell, QBrush(partner_hatch, Qt.BrushStyle.BDiagPattern))
            marks = self.marks_on(day)
            if marks:
                painter.fillRect(
                    QRectF(cell.left(), cell.top(), cell.width(), day_row), holiday_tint
                )
            painter.setPen(QPen(mid, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)  # (today's circle leaves its brush set)
            painter.drawRect(cell)
            # the day number, today in a filled circle
            number = str(day.day)
            number_rect = QRectF(
                cell.left() + 3, cell.top() + 2, metrics.horizontalAdvance("00") + 8, day_row - 4
            )
            if day == self._today:
                painter.setBrush(highlight)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(
                    number_rect, number_rect.height() / 2, number_rect.height() / 2
                )
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
            else:
                painter.setPen(text if day.month == self._month.month else muted)
            painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignCenter), number)
            painter.setFont(self.font())
            # holiday badges at the right, the first holiday's name in between
            x = cell.right() - 4
            painter.setFont(small)
            seen: list[int] = []
            for mark in marks:
                if mark.town_id in seen:
                    continue
                seen.append(mark.town_id)
                estimated = any(m.estimated for m in marks if m.town_id == mark.town_id)
                badge = badges.get(mark.town_id, common.initials(mark.town_name))
                if estimated:
                    badge += "≈"
                w = small_metrics.horizontalAdvance(badge) + 8
                rect = QRectF(x - w, cell.top() + 3, w, day_row - 6)
                painter.setPen(QPen(theme.warning_colour(), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), badge)
                x -= w + BADGE_GAP
            if marks:
                name_rect = QRectF(
                    number_rect.right() + 4,
                    cell.top() + 2,
                    x - number_rect.right() - 6,
                    day_row - 4,
                )
                if name_rect.width() > 20:
                    painter.setPen(theme.warning_colour())
                    painter.drawText(
                        name_rect,
                        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                        small_metrics.elidedText(
                            marks[0].name, Qt.TextElideMode.ElideRight, int(name_rect.width())
                        ),
                    )
            painter.setFont(self.font())

        for item in self._items:
            self._paint_item(painter, item, base, text)

        painter.setPen(muted)
        for day, rect in self._more_rects.items():
            painter.drawText(
                rect.adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                self.more_text(len(self._more[day])),
            )

        if self.shows(self._selected):
            pen = QPen(highlight, 2)
            if not self.hasFocus():
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(self._selected).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_item(self, painter: QPainter, item: Item, base: QColor, text: QColor) -> None:
        entry = item.entry
        fill = common.colour(entry.colour)
        rect = item.rect
        font = QFont(self.font())
        if entry.cancelled:
            font.setStrikeOut(True)
        if entry.read_only:
            font.setItalic(True)
        painter.setFont(font)
        if item.bar:
            if entry.read_only:
                painter.setBrush(common.blend(fill, base, 0.22))
                painter.setPen(QPen(fill, 1.2))
                colour = text
            else:
                shade = common.blend(fill, base, 0.4) if entry.cancelled else fill
                painter.setBrush(shade)
                painter.setPen(Qt.PenStyle.NoPen)
                colour = common.text_colour(shade)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(colour)
            painter.drawText(
                rect.adjusted(4, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                item.text,
            )
        else:
            dot = QRectF(rect.left() + 2, rect.center().y() - 3, 6, 6)
            painter.setPen(QPen(fill, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush if entry.read_only else fill)
            painter.drawEllipse(dot)
            colour = QColor(text)
            if entry.cancelled:
                colour = theme.muted_colour()
            painter.setPen(colour)
            painter.drawText(
                rect.adjusted(12, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                item.text,
            )
        painter.setFont(self.font())

    # --- interaction ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            common.show_tooltip(self, event, self.tooltip_at(event.pos()))
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint) -> str:
        item = self.item_at(pos)
        if item is not None:
            home, partner = self._towns_for(item.entry)
            return common.tooltip(item.entry, home, partner)
        day = self.day_at(pos)
        if day is None:
            return ""
        more = self._more_rects.get(day)
        if more is not None and more.contains(pos.toPointF()):
            return "\n".join(e.title for e in self._more[day])
        return self.day_tooltip(day)

    def _towns_for(self, entry: CalendarEntry) -> tuple[TownWeek | None, TownWeek | None]:
        if self.towns_of is not None:
            return self.towns_of(entry.partnership_id)
        return self._home, self._partner

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select_day(day)
            more = self._more_rects.get(day)
            if more is not None and more.contains(event.position()):
                self.offer(day, event.globalPosition().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position().toPoint())
        if item is not None:
            self.entry_activated.emit(item.entry)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in steps and not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            self.select_day(self._selected + dt.timedelta(days=steps[key]))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return
        super().keyPressEvent(event)

    def open_selected(self) -> QMenu | None:
        """Open the selected day's entry; with several, offer them in a menu (returned)."""
        entries = self.entries_on(self._selected)
        if len(entries) == 1:
            self.entry_activated.emit(entries[0])
            return None
        if not entries:
            return None
        rect = self.cell_rect(self._selected)
        return self.offer(self._selected, self.mapToGlobal(rect.center().toPoint()))

    def offer(self, day: dt.date, where: QPoint) -> QMenu:
        """A menu of the day's entries; choosing one activates it."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Entries of {day}").format(day=fmt.day_month(day)))
        for entry in self.entries_on(day):
            action = menu.addAction(
                self._bar_text(entry) if _is_bar(entry) else self._line_text(entry)
            )
            action.triggered.connect(lambda _=False, e=entry: self.entry_activated.emit(e))
        menu.popup(where)
        return menu


def _is_bar(entry: CalendarEntry) -> bool:
    return entry.all_day and entry.kind is not EntryKind.ACTION_DUE


def _start_key(entry: CalendarEntry, zone: dt.tzinfo) -> tuple[dt.date, int, dt.datetime]:
    first = entry.days(zone)[0]
    if entry.start is None:
        return first, 0, dt.datetime.min.replace(tzinfo=dt.UTC)
    return first, 1, entry.start
