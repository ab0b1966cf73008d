"""The Calendar page's agenda view: a list grouped by day (home-town dates), each entry with
its time in both towns ("10:00 Anderlecht · 08:00 Marsassoum"), its title and detail.

A small :class:`QStandardItemModel` in a :class:`QTreeView`, plain text only (titles come
from partners' files). A day's row also names its holidays and days off. An entry over
several days (a mission) is listed on its first day in the range, with its dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from jumelage.domain.calendar import CalendarEntry, DayMark, EntryKind, TownWeek
from jumelage.ui import format as fmt
from jumelage.ui import theme
from jumelage.ui.models.rows import plain_tooltip
from jumelage.ui.pages.calendar import common

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

Towns = Callable[[int], tuple[TownWeek | None, TownWeek | None]]


class AgendaView(QTreeView):
    entry_activated = Signal(object)  # CalendarEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setAccessibleName(self.tr("Agenda"))
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.activated.connect(self._on_activated)
        self._set_headers()

    def _set_headers(self) -> None:
        self.model_.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Partnership"), self.tr("Details")]
        )

    def set_data(
        self,
        entries: list[CalendarEntry],
        marks: list[DayMark],
        home: TownWeek | None,
        towns_of: Towns,
        names: dict[int, str],
        first: dt.date,
        last: dt.date,
        today: dt.date,
    ) -> None:
        """Show ``first`` to ``last``: the days with entries or marks, each followed by its
        entries; ``towns_of(partnership_id)`` gives an entry's pair of towns."""
        self.model_.clear()
        self._set_headers()
        zone = common.zone_of(home)
        days: dict[dt.date, list[CalendarEntry]] = {}
        for entry in entries:
            start, _end = entry.days(zone)
            day = max(start, first)
            if day <= last:
                days.setdefault(day, []).append(entry)
        by_day: dict[dt.date, list[DayMark]] = {}
        for mark in marks:
            if first <= mark.day <= last:
                by_day.setdefault(mark.day, []).append(mark)
        bold = QFont(self.font())
        bold.setBold(True)
        muted = QBrush(theme.muted_colour())
        current: QModelIndex | None = None
        for day in sorted(set(days) | set(by_day)):
            title = fmt.day_month(day)
            if day == today:
                title = self.tr("{day} (today)").format(day=title)
            marks_text = "; ".join(common.mark_text(m) for m in by_day.get(day, []))
            if marks_text:
                title = self.tr("{day} — {holidays}").format(day=title, holidays=marks_text)
            heading = QStandardItem(title)
            heading.setFont(bold)
            heading.setSelectable(False)
            heading.setToolTip(plain_tooltip(title))  # holiday names and days off typed
            filler = [QStandardItem("") for _ in range(3)]
            for item in filler:
                item.setSelectable(False)
            self.model_.appendRow([heading, *filler])
            self.setFirstColumnSpanned(self.model_.rowCount() - 1, QModelIndex(), True)
            for entry in sorted(days.get(day, []), key=_order):
                home_town, partner_town = towns_of(entry.partnership_id)
                when = QStandardItem(common.start_text(entry, home_town, partner_town))
                what_text = entry.title
                if entry.kind is EntryKind.ACTION_DUE:
                    what_text = self.tr("Due: {title}").format(title=entry.title)
                if entry.problems:
                    what_text = self.tr("⚠ {title}").format(title=what_text)
                what = QStandardItem(what_text)
                partnership = QStandardItem(names.get(entry.partnership_id, ""))
                partnership.setForeground(QBrush(common.colour(entry.colour)))
                parts = [common.entry_kind(entry.kind)]
                if entry.detail:
                    parts.append(entry.detail)
                if entry.cancelled:
                    parts.append(self.tr("cancelled"))
                if entry.read_only:
                    parts.append(self.tr("read-only"))
                details = QStandardItem(" · ".join(parts))
                tip = plain_tooltip(common.tooltip(entry, home_town, partner_town))
                row = [when, what, partnership, details]
                for item in row:
                    item.setData(entry, ENTRY_ROLE)
                    item.setToolTip(tip)
                    if entry.cancelled:
                        font = QFont(self.font())
                        font.setStrikeOut(True)
                        item.setFont(font)
                        item.setForeground(muted)
                self.model_.appendRow(row)
                if current is None and day >= today:
                    current = self.model_.index(self.model_.rowCount() - 1, 0)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setColumnWidth(3, 220)
        self.resizeColumnToContents(0)
        if current is not None:
            self.setCurrentIndex(current)
            self.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtTop)

    def entry_at(self, row: int) -> CalendarEntry | None:
        value = self.model_.index(row, 0).data(ENTRY_ROLE)
        return value if isinstance(value, CalendarEntry) else None

    def row_texts(self) -> list[list[str]]:
        """Every row's texts, as shown (tests and tools)."""
        return [
            [str(self.model_.index(r, c).data() or "") for c in range(self.model_.columnCount())]
            for r in range(self.model_.rowCount())
        ]

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if isinstance(entry, CalendarEntry):
            self.entry_activated.emit(entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)


def _order(entry: CalendarEntry) -> tuple[int, dt.datetime, str]:
    if entry.all_day or entry.start is None:
        return 0, dt.datetime.min.replace(tzinfo=dt.UTC), entry.title
    return 1, entry.start, entry.title
