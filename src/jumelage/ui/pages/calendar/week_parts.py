"""The painted parts of the week view: the hours (body), the header and the legend.

They hold no state of their own: everything comes from their :class:`WeekView`, which also
decides what a click, a drag or a key means. Colours come from the palette and the
partnership's colour (through :mod:`jumelage.ui.theme`); a day off is never shown by colour
alone: the partner's days off are hatched, the home town's tinted, and the legend says so.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
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
from PySide6.QtWidgets import QWidget

from jumelage.domain.calendar import CalendarEntry, EntryKind
from jumelage.ui import format as fmt
from jumelage.ui import theme
from jumelage.ui.pages.calendar import common
from jumelage.ui.pages.calendar import week_layout as wl
from jumelage.ui.pages.calendar.week_layout import (
    DAY_MINUTES,
    MAX_LANES,
    MAX_MARK_LINES,
    RESIZE_GRIP,
    Bar,
    Segment,
    key_of,
    movable,
)

if TYPE_CHECKING:
    from jumelage.ui.pages.calendar.week import WeekView


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(fill.redF())
        + 0.7152 * channel(fill.greenF())
        + 0.0722 * channel(fill.blueF())
    )
    return QColor(Qt.GlobalColor.black if lum > 0.179 else Qt.GlobalColor.white)


def blend(top: QColor, bottom: QColor, alpha: float) -> QColor:
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


class Part(QWidget):
    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view

    def update_geometry(self) -> None:
        self.updateGeometry()
        self.update()

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font


def edge(colour: QColor, factor: int) -> QColor:
    """A box's border: darker than its fill on a light background, lighter on a dark one."""
    return colour.lighter(factor) if theme.is_dark() else colour.darker(factor)


def secondary_text(palette: QPalette) -> QColor:
    """The partner scale and the offsets: the text colour, a little softer."""
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.7)
    return colour


def hatch_brush(palette: QPalette) -> QBrush:
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.35)
    return QBrush(colour, Qt.BrushStyle.BDiagPattern)


def home_off_colour(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Mid))
    colour.setAlphaF(0.35)
    return colour


def off_hours_colour(palette: QPalette) -> QColor:
    return QColor(palette.color(QPalette.ColorRole.AlternateBase))


class Body(Part):
    """The hours: scales on the left, seven day columns, the timed entries."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(False)

    def update_geometry(self) -> None:
        self.setMinimumHeight(round(self.view.y_of(DAY_MINUTES)) + 1)
        super().update_geometry()

    def sizeHint(self) -> QSize:
        return QSize(800, round(self.view.y_of(DAY_MINUTES)) + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The header's columns (and so its wrapped holiday names) follow the body's width.
        self.view.header.update_geometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        view, palette = self.view, self.palette()
        painter = QPainter(self)
        home_w, partner_w = view.scale_widths()
        gutter, col_w, hour_h = view.gutter(), view.column_width(), view.hour_height()
        height = view.y_of(DAY_MINUTES)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        home = view.home_town
        work = (
            (
                home.work_start.hour * 60 + home.work_start.minute,
                home.work_end.hour * 60 + home.work_end.minute,
            )
            if home
            else (0, 0)
        )
        for index in range(7):
            x = view.day_x(index)
            column = QRectF(x, 0, col_w, height)
            painter.fillRect(column, off_hours_colour(palette))
            if not view.home_off_spans(index):
                painter.fillRect(
                    QRectF(x, view.y_of(work[0]), col_w, view.y_of(work[1] - work[0])),
                    palette.color(QPalette.ColorRole.Base),
                )
            for top, bottom in view.home_off_spans(index):
                painter.fillRect(
                    QRectF(x, view.y_of(top), col_w, view.y_of(bottom - top)),
                    home_off_colour(palette),
                )
            for top, bottom in view.partner_off_spans(index):
                painter.fillRect(
                    QRectF(x, view.y_of(top), col_w, view.y_of(bottom - top)),
                    hatch_brush(palette),
                )
        self._paint_partner_work(painter, home_w, partner_w)
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        faint = QColor(line)
        faint.setAlphaF(0.35)
        metrics = QFontMetrics(self.font())
        labels = view.scale_labels()
        for hour in range(24):
            y = hour * hour_h
            painter.setPen(QPen(line))
            painter.drawLine(QPoint(gutter - partner_w - home_w + 4, y), QPoint(self.width(), y))
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPoint(gutter, y + hour_h // 2), QPoint(self.width(), y + hour_h // 2))
            home_label, partner_label = labels[hour]
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(0, y + 2, home_w - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                home_label,
            )
            if partner_w:
                painter.setPen(secondary_text(self.palette()))
                painter.drawText(
                    QRect(home_w, y + 2, partner_w - 6, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    partner_label,
                )
        painter.setPen(QPen(line))
        for index in range(8):
            x = round(view.day_x(index))
            painter.drawLine(x, 0, x, round(height))
        if partner_w:
            painter.drawLine(home_w, 0, home_w, round(height))
        drag = view.drag
        for seg in view.segments:
            dragged = drag is not None and drag.active and key_of(seg.entry) == key_of(drag.entry)
            self._paint_segment(painter, seg, view.segment_rect(seg), ghost=dragged)
        if drag is not None and drag.active and drag.start and drag.end:
            moved = CalendarEntry(
                kind=drag.entry.kind,
                ref_id=drag.entry.ref_id,
                partnership_id=drag.entry.partnership_id,
                colour=drag.entry.colour,
                title=drag.entry.title,
                all_day=False,
                start=drag.start,
                end=drag.end,
            )
            for seg in wl.timed_segments([moved], view.monday, view.home_zone):
                rect = view.segment_rect(Segment(moved, seg.day, seg.top, seg.bottom))
                self._paint_segment(painter, seg, rect, ghost=False, selected=True)
        painter.end()

    def _paint_partner_work(self, painter: QPainter, home_w: int, partner_w: int) -> None:
        """A strip beside the partner scale where the partner's working hours fall (on the
        week's first day), so a shared slot is visible at a glance."""
        partner = self.view.partner_town
        if not partner_w or partner is None:
            return
        zone = wl.zone_of(partner.time_zone)
        start = wl.at_wall(self.view.monday, 0, zone)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlphaF(0.45)
        for day_offset in (-1, 0, 1):
            day = (start + dt.timedelta(days=day_offset)).date()
            if day.weekday() in partner.weekend:
                continue
            begin = wl.at_wall(day, partner.work_start.hour * 60 + partner.work_start.minute, zone)
            end = wl.at_wall(day, partner.work_end.hour * 60 + partner.work_end.minute, zone)
            home_begin = wl.wall_of(begin, self.view.home_zone)
            home_end = wl.wall_of(end, self.view.home_zone)
            base = self.view.monday
            top = (home_begin[0] - base).days * DAY_MINUTES + home_begin[1]
            bottom = (home_end[0] - base).days * DAY_MINUTES + home_end[1]
            top, bottom = max(0, top), min(DAY_MINUTES, bottom)
            if top < bottom:
                painter.fillRect(
                    QRectF(home_w + 1, self.view.y_of(top), 4, self.view.y_of(bottom - top)),
                    colour,
                )

    def _paint_segment(
        self, painter: QPainter, seg: Segment, rect: QRectF, ghost: bool, selected: bool = False
    ) -> None:
        entry = seg.entry
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        colour = theme.partnership_colour(entry.colour)
        alpha = 0.3 if ghost or entry.cancelled else 0.45 if entry.read_only else 1.0
        fill = blend(colour, base, alpha)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        if entry.read_only:
            pen = QPen(edge(colour, 140), 1.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(edge(colour, 150), 1)
        if selected or (self.view.selected_key == key_of(entry) and not ghost):
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if ghost:
            return
        font = QFont(self.font())
        font.setStrikeOut(entry.cancelled)
        painter.setFont(font)
        painter.setPen(text_colour(fill))
        metrics = QFontMetrics(font)
        inner = rect.adjusted(4, 1, -3, -1)
        lines = [self.view.entry_label(entry) if seg.first else entry.title]
        if seg.first and metrics.horizontalAdvance(lines[0]) > inner.width():
            # Too narrow for "10:00 Title" on one line: the title first, the time below.
            assert entry.start is not None
            lines = [entry.title, fmt.time(entry.start.astimezone(self.view.home_zone))]
        if entry.detail:
            lines.append(entry.detail)
        y = inner.top()
        for text in lines:
            if y + metrics.height() > inner.bottom() + 2 and y > inner.top():
                break
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                elided,
            )
            y += metrics.lineSpacing()
        painter.setFont(self.font())

    # --- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        seg = self.view.segment_at(event.position().toPoint())
        self.view.select(seg.entry if seg else None)
        if seg is not None and movable(seg.entry):
            self.view.begin_drag(seg, event.position().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.view.drag is not None:
            self.view.drag_to(pos)
        else:
            seg = self.view.segment_at(pos)
            rect = self.view.segment_rect(seg) if seg else None
            if (
                seg
                and rect
                and movable(seg.entry)
                and seg.last
                and (pos.y() >= rect.bottom() - RESIZE_GRIP)
            ):
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.view.drag is not None:
            self.view.drag_to(event.position().toPoint())
            self.view.end_drag()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.view.cancel_drag()
        seg = self.view.segment_at(event.position().toPoint())
        if seg is not None:
            self.view.entry_activated.emit(seg.entry)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.view.handle_key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.view.step_selection(next):
            return True
        return super().focusNextPrevChild(next)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            seg = self.view.segment_at(event.pos())
            text = self.view.tooltip_text(seg.entry) if seg is not None else ""
            common.show_tooltip(self, event, text)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class Header(Part):
    """Scale titles, day names with holidays and clock changes, and the all-day band."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.setMouseTracking(True)

    def title_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() + 8

    def bar_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() + 6

    def marks_height(self) -> int:
        metrics = QFontMetrics(self.small_font())
        width = max(10, int(self.view.column_width()) - 6)
        lines = 0
        for index in range(7):
            texts = self.view.header_texts(self.view.day(index))[1:]
            if texts:
                rect = metrics.boundingRect(
                    QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, "\n".join(texts)
                )
                lines = max(lines, -(-rect.height() // metrics.lineSpacing()))
        lines = min(lines, MAX_MARK_LINES)
        return lines * metrics.lineSpacing() + (4 if lines else 0)

    def band_top(self) -> int:
        return self.title_height() + self.marks_height()

    def lanes(self) -> int:
        return max((b.lane + 1 for b in self.view.bars), default=0)

    def band_height(self) -> int:
        shown = max(1, min(self.lanes(), MAX_LANES))
        more = QFontMetrics(self.small_font()).lineSpacing() if self.lanes() > MAX_LANES else 0
        return shown * self.bar_height() + more + 4

    def update_geometry(self) -> None:
        self.setFixedHeight(self.band_top() + self.band_height())
        super().update_geometry()

    def sizeHint(self) -> QSize:
        return QSize(800, self.band_top() + self.band_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        view, palette = self.view, self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        home_w, partner_w = view.scale_widths()
        col_w, band_top = view.column_width(), self.band_top()
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        # The scale titles, elided (the full names are in the tooltips), and their offsets.
        titles, subtitles = view.scale_titles(), view.scale_subtitles()
        for left, width, title, subtitle in (
            (0, home_w, titles[0], subtitles[0]),
            (home_w, partner_w, titles[1], subtitles[1]),
        ):
            if not width:
                continue
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, width - 6)
            painter.drawText(
                QRect(left + 3, 0, width - 6, self.title_height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setFont(self.small_font())
            painter.setPen(secondary_text(self.palette()))
            painter.drawText(
                QRect(left + 3, band_top, width - 6, self.bar_height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                subtitle,
            )
        # Day cells: tint for the home town's days off, hatching for the partner's.
        home_id = view.home_town.town_id if view.home_town else None
        for index in range(7):
            day = view.day(index)
            cell = QRectF(view.day_x(index), 0, col_w, band_top)
            painter.fillRect(cell, palette.color(QPalette.ColorRole.Base))
            for town in (view.home_town, view.partner_town):
                if town is None or not wl.days_off(town, view.marks, day, day):
                    continue
                if town.town_id == home_id:
                    painter.fillRect(cell, home_off_colour(palette))
                else:
                    painter.fillRect(cell, hatch_brush(palette))
            texts = view.header_texts(day)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                cell.adjusted(3, 0, -3, 0)
                .toRect()
                .adjusted(0, 0, 0, -(band_top - self.title_height())),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                self._day_name(day, QFontMetrics(bold), int(col_w) - 6),
            )
            if len(texts) > 1:
                painter.setFont(self.small_font())
                painter.drawText(
                    QRectF(cell.left() + 3, self.title_height(), col_w - 6, self.marks_height()),
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap,
                    "\n".join(texts[1:]),
                )
        # The all-day band.
        band = QRectF(view.gutter(), band_top, col_w * 7, self.band_height())
        painter.fillRect(band, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        for index in range(8):
            x = round(view.day_x(index))
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(0, band_top, self.width(), band_top)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        hidden = [0] * 7
        for bar in view.bars:
            if bar.lane >= MAX_LANES:
                for index in range(bar.first, bar.last + 1):
                    hidden[index] += 1
                continue
            self._paint_bar(painter, bar, metrics)
        if any(hidden):
            painter.setFont(self.small_font())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            top = band_top + MAX_LANES * self.bar_height()
            for index, count in enumerate(hidden):
                if count:
                    painter.drawText(
                        QRectF(view.day_x(index) + 3, top, col_w - 6, self.band_height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                        self.tr("+%n more", "", count),
                    )
        painter.end()

    def _day_name(self, day: dt.date, metrics: QFontMetrics, width: int) -> str:
        """ "Mon 23 Mar", or shorter when the column is narrow ("lun. 23")."""
        date = QDate(day.year, day.month, day.day)
        for pattern in ("ddd d MMM", "ddd d"):
            text = QLocale().toString(date, pattern)
            if metrics.horizontalAdvance(text) <= width:
                return text
        return QLocale().toString(date, "d")

    def _paint_bar(self, painter: QPainter, bar: Bar, metrics: QFontMetrics) -> None:
        entry, palette = bar.entry, self.palette()
        rect = self.view.bar_rect(bar)
        colour = theme.partnership_colour(entry.colour)
        base = palette.color(QPalette.ColorRole.Base)
        alpha = 0.3 if entry.cancelled else 0.45 if entry.read_only else 1.0
        fill = blend(colour, base, alpha)
        if entry.kind == EntryKind.ACTION_DUE:
            pen = QPen(edge(colour, 150), 1, Qt.PenStyle.DotLine)
            fill = blend(colour, base, 0.25)
        elif entry.read_only:
            pen = QPen(edge(colour, 140), 1.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(edge(colour, 150), 1)
        if self.view.selected_key == key_of(entry):
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        font = QFont(self.font())
        font.setStrikeOut(entry.cancelled)
        painter.setFont(font)
        painter.setPen(text_colour(fill))
        label = self.view.entry_label(entry)
        if bar.continues_before:
            label = "◂ " + label
        if bar.continues_after:
            label += " ▸"
        inner = rect.adjusted(5, 0, -5, 0)
        painter.drawText(
            inner,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, int(inner.width())),
        )

    def day_at(self, pos: QPoint) -> int | None:
        if pos.x() < self.view.gutter():
            return None
        index = int((pos.x() - self.view.gutter()) // self.view.column_width())
        return index if 0 <= index < 7 else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.view.bar_at(event.position().toPoint())
        self.view.body.setFocus(Qt.FocusReason.MouseFocusReason)
        self.view.select(bar.entry if bar else None)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.view.bar_at(event.position().toPoint())
        if bar is not None:
            self.view.entry_activated.emit(bar.entry)
        event.accept()

    def tooltip_at(self, pos: QPoint) -> str:
        view = self.view
        bar = view.bar_at(pos)
        if bar is not None:
            return view.tooltip_text(bar.entry)
        if pos.x() < view.gutter():
            home_w = view.scale_widths()[0]
            titles = view.scale_titles()
            subtitles = view.scale_subtitles()
            which = 0 if pos.x() < home_w else 1
            note = view.scale_note() if which else ""
            return "\n".join(t for t in (titles[which], subtitles[which], note) if t)
        index = self.day_at(pos)
        if index is None:
            return ""
        day = view.day(index)
        texts = view.header_texts(day)
        weekend = view.weekend_towns(day)
        if weekend:
            texts.append(self.tr("Weekend: {towns}").format(towns=", ".join(weekend)))
        return "\n".join(texts)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            common.show_tooltip(self, event, self.tooltip_at(event.pos()))
            return True
        return super().event(event)


class Legend(Part):
    """What the tints, hatching and borders mean, and the partner scale's note."""

    HOME_OFF, PARTNER_OFF, WORK, PARTNER_WORK, READ_ONLY, NOTE = range(6)

    def items(self) -> list[tuple[int, str]]:
        view = self.view
        home, partner = view.home_town, view.partner_town
        items: list[tuple[int, str]] = []
        if home is not None:
            items.append((self.WORK, self.tr("Working hours in {town}").format(town=home.name)))
            items.append(
                (self.HOME_OFF, self.tr("Weekend or holiday in {town}").format(town=home.name))
            )
        if partner is not None:
            items.append(
                (
                    self.PARTNER_OFF,
                    self.tr("Weekend or holiday in {town}").format(town=partner.name),
                )
            )
            items.append(
                (self.PARTNER_WORK, self.tr("Working hours in {town}").format(town=partner.name))
            )
        items.append((self.READ_ONLY, self.tr("Partner's calendar (read-only)")))
        note = view.scale_note()
        if note:
            items.append((self.NOTE, note))
        return items

    def _flow(self, width: int) -> list[tuple[QRect, int, str]]:
        """The items placed left to right, wrapping to new lines."""
        metrics = QFontMetrics(self.small_font())
        line_h = metrics.lineSpacing() + 6
        swatch = 18
        x, y, placed = 6, 3, []
        for kind, text in self.items():
            text_w = metrics.horizontalAdvance(text)
            need = text_w + (0 if kind == self.NOTE else swatch + 5) + 18
            if x > 6 and x + need > width:
                x, y = 6, y + line_h
            need = min(need, width - 12)
            placed.append((QRect(x, y, need - 14, line_h), kind, text))
            x += need
        return placed

    def update_geometry(self) -> None:
        placed = self._flow(max(200, self.width()))
        bottom = max((rect.bottom() for rect, _, _ in placed), default=0)
        self.setFixedHeight(bottom + 4)
        super().update_geometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        placed = self._flow(max(200, self.width()))
        bottom = max((rect.bottom() for rect, _, _ in placed), default=0)
        if self.height() != bottom + 4:
            self.setFixedHeight(bottom + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        font = self.small_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for rect, kind, text in self._flow(self.width()):
            text_rect = QRect(rect)
            if kind != self.NOTE:
                box = QRect(rect.left(), rect.center().y() - 6, 18, 12)
                text_rect.setLeft(box.right() + 5)
                painter.fillRect(box, off_hours_colour(palette))
                if kind == self.WORK:
                    painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
                elif kind == self.HOME_OFF:
                    painter.fillRect(box, home_off_colour(palette))
                elif kind == self.PARTNER_OFF:
                    painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
                    painter.fillRect(box, hatch_brush(palette))
                elif kind == self.PARTNER_WORK:
                    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
                    colour.setAlphaF(0.45)
                    painter.fillRect(QRect(box.left(), box.top(), 4, box.height()), colour)
                if kind == self.READ_ONLY:
                    painter.setPen(
                        QPen(palette.color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine)
                    )
                else:
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        painter.end()
