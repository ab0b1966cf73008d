"""The directory: partnerships, towns and people, one tab each.

It keeps the page API the main window uses (``watches``, ``loader``, ``show_rows``,
``activated``, ``model``, ``filter``): the last three are the Partnerships tab's. Towns and
people open their editors through the ``open_editor`` callback given to the constructor.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.domain.rows import PartnershipRow, PersonRow, TownRow
from jumelage.services.changes import Entity
from jumelage.ui import format as fmt
from jumelage.ui import labels, locale_names, theme
from jumelage.ui.models.rows import Column, Roles
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.services import Services
    from jumelage.services.changes import Changes

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class DirectoryRows:
    partnerships: list[PartnershipRow]
    towns: list[TownRow]
    #: Everyone, erased people included (the page hides them unless asked).
    people: list[PersonRow]


def load_directory(services: Services) -> DirectoryRows:
    """Runs on a worker thread."""
    return DirectoryRows(
        services.partnerships.list(),
        services.towns.list(),
        services.people.list(include_erased=True),
    )


def plain_tooltip(text: str) -> str:
    """Typed text as a tooltip. Qt shows a tooltip that looks like HTML as rich text, so the
    text is escaped (and put in a paragraph, which also wraps a long description)."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def zone_with_offset(zone: str, now: dt.datetime) -> str:
    """ "Africa/Dakar (UTC)", "Asia/Hebron (UTC+2)": the offset in force now."""
    if not tz.is_valid_zone(zone):
        return zone
    return QCoreApplication.translate("directory", "{zone} ({offset})").format(
        zone=zone, offset=tz.utc_offset_label(tz.in_zone(now, zone))
    )


def weekend_words(days: frozenset[int]) -> str:
    return QLocale().createSeparatedList([labels.weekday(d) for d in sorted(days)])


def country_text(code: str) -> str:
    name = locale_names.country_name(code)
    return QCoreApplication.translate("directory", "{country} ({code})").format(
        country=name, code=code
    )


class SwatchDelegate(QStyledItemDelegate):
    """Paints the partnership's colour as a square before its hex code."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = index.data(Roles.ROW)
        if row is None:
            return
        size = max(option.fontMetrics.height() - 4, 8)
        pixmap = QPixmap(size, size)
        pixmap.fill(theme.partnership_colour(row.colour))
        option.icon = QIcon(pixmap)
        option.decorationSize = pixmap.size()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration


def partnership_columns(now: Callable[[], dt.datetime]) -> list[Column[PartnershipRow]]:
    return [
        Column(
            QCoreApplication.translate("directory", "Partnership"),
            lambda p: p.name,
            tooltip=lambda p: plain_tooltip(p.description),
        ),
        Column(
            QCoreApplication.translate("directory", "Home town"),
            lambda p: p.home_town,
            tooltip=lambda p: p.home_zone,
        ),
        Column(
            QCoreApplication.translate("directory", "Partner town"),
            lambda p: p.partner_town,
            tooltip=lambda p: p.partner_zone,
        ),
        Column(
            QCoreApplication.translate("directory", "Partner time zone"),
            lambda p: zone_with_offset(p.partner_zone, now()),
            sort_key=lambda p: p.partner_zone,
        ),
        Column(
            QCoreApplication.translate("directory", "Since"),
            lambda p: str(p.since.year) if p.since else "",
            sort_key=lambda p: p.since,
            tooltip=lambda p: fmt.date(p.since, long=True) if p.since else "",
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("directory", "Status"),
            lambda p: labels.partnership_status(p.status),
        ),
        Column(QCoreApplication.translate("directory", "Colour"), lambda p: p.colour),
    ]


def town_columns(now: Callable[[], dt.datetime]) -> list[Column[TownRow]]:
    return [
        Column(QCoreApplication.translate("directory", "Town"), lambda t: t.name),
        Column(
            QCoreApplication.translate("directory", "Country"),
            lambda t: country_text(t.country),
            sort_key=lambda t: locale_names.country_name(t.country).casefold(),
        ),
        Column(
            QCoreApplication.translate("directory", "Time zone"),
            lambda t: zone_with_offset(t.time_zone, now()),
            sort_key=lambda t: t.time_zone,
        ),
        Column(
            QCoreApplication.translate("directory", "Working hours"),
            lambda t: QCoreApplication.translate("directory", "{start}–{end}").format(
                start=fmt.time(t.work_start), end=fmt.time(t.work_end)
            ),
            sort_key=lambda t: (t.work_start, t.work_end),
        ),
        Column(
            QCoreApplication.translate("directory", "Weekend"),
            lambda t: weekend_words(t.weekend),
            sort_key=lambda t: sorted(t.weekend),
        ),
        Column(
            QCoreApplication.translate("directory", "Own days off"),
            lambda t: str(len(t.days_off)),
            sort_key=lambda t: len(t.days_off),
            tooltip=lambda t: plain_tooltip(
                "\n".join(f"{fmt.date(d.date)}: {d.name}" for d in t.days_off)
            ),
            alignment=RIGHT,
        ),
    ]


def person_columns() -> list[Column[PersonRow]]:
    return [
        Column(QCoreApplication.translate("directory", "Name"), lambda p: p.name),
        Column(QCoreApplication.translate("directory", "Town"), lambda p: p.town or ""),
        Column(QCoreApplication.translate("directory", "Organisation"), lambda p: p.organisation),
        Column(QCoreApplication.translate("directory", "Role"), lambda p: p.role),
        Column(
            QCoreApplication.translate("directory", "Languages"), lambda p: ", ".join(p.languages)
        ),
    ]


class DirectoryPage(QWidget):
    """Three tabs: Partnerships, Towns, People, each with its filter and a New… button."""

    activated = Signal(object)

    def __init__(
        self,
        open_editor: Callable[[str, int | None], Any],
        now: Callable[[], dt.datetime] = tz.utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_editor
        self._people: list[PersonRow] = []

        no_load: Callable[[Services], list[Any]] = lambda _s: []  # noqa: E731 - loaded here
        self.partnerships_tab: TablePage[PartnershipRow] = TablePage(
            self.tr("Partnerships"), partnership_columns(now), no_load, (), stretch=0
        )
        self.towns_tab: TablePage[TownRow] = TablePage(
            self.tr("Towns"), town_columns(now), no_load, (), stretch=0
        )
        self.people_tab: TablePage[PersonRow] = TablePage(
            self.tr("People"), person_columns(), no_load, (), stretch=3
        )
        colour_column = len(self.partnerships_tab.model.columns) - 1
        self._swatches = SwatchDelegate(self)
        self.partnerships_tab.table.setItemDelegateForColumn(colour_column, self._swatches)

        self.new_partnership = self._new_button(self.tr("New &Partnership…"), "partnership")
        self.new_town = self._new_button(self.tr("New &Town…"), "town")
        self.new_person = self._new_button(self.tr("New P&erson…"), "person")
        self.show_erased = QCheckBox(self.tr("Show e&rased people"))
        self.show_erased.setToolTip(
            self.tr("People whose personal data was erased appear as “(erased)”")
        )
        self.show_erased.toggled.connect(self._show_people)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for title, page, extras in (
            (self.tr("Partnerships"), self.partnerships_tab, [self.new_partnership]),
            (self.tr("Towns"), self.towns_tab, [self.new_town]),
            (self.tr("People"), self.people_tab, [self.new_person, self.show_erased]),
        ):
            self.tabs.addTab(self._tab(page, extras), title)
        self.tabs.currentChanged.connect(self._tab_changed)

        heading = QLabel(self.tr("Partnerships, towns and people"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

        self.model = self.partnerships_tab.model
        self.filter = self.partnerships_tab.filter
        self.partnerships_tab.activated.connect(self.activated)
        self.towns_tab.activated.connect(lambda row: self._open("town", row.id))
        self.people_tab.activated.connect(lambda row: self._open("person", row.id))
        self._tab_changed(0)

    def _new_button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: self._open(kind, None))
        return button

    @staticmethod
    def _tab(page: TablePage[Any], extras: Sequence[QWidget]) -> QWidget:
        # The tab already names the table: the page's own heading would say it twice.
        page_layout = page.layout()
        assert page_layout is not None
        first = page_layout.itemAt(0)
        heading = first.widget() if first is not None else None
        if isinstance(heading, QLabel):
            heading.hide()
        bar = QHBoxLayout()
        for widget in extras:
            bar.addWidget(widget)
        bar.addStretch(1)
        page_layout.setContentsMargins(0, 0, 0, 0)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(page, 1)
        QWidget.setTabOrder(extras[-1], page.filter)
        return tab

    def _tab_changed(self, index: int) -> None:
        page = (self.partnerships_tab, self.towns_tab, self.people_tab)[index]
        self.setFocusProxy(page)

    def select_tab(self, kind: str) -> TablePage[Any]:
        """Show the tab of ``kind`` ("partnership", "town" or "person") and return it."""
        index = ("partnership", "town", "person").index(kind)
        self.tabs.setCurrentIndex(index)
        return (self.partnerships_tab, self.towns_tab, self.people_tab)[index]

    # --- the page API ------------------------------------------------------------------------

    def watches(self, changes: Changes) -> bool:
        return changes.touches(Entity.PARTNERSHIP, Entity.TOWN, Entity.PERSON)

    def loader(self) -> Callable[[Services], DirectoryRows]:
        return load_directory

    def show_rows(self, rows: DirectoryRows) -> None:
        self._show(self.partnerships_tab, rows.partnerships)
        self._show(self.towns_tab, rows.towns)
        self._people = rows.people
        self._show_people()

    def _show_people(self, *_args: object) -> None:
        shown = (
            self._people
            if self.show_erased.isChecked()
            else [p for p in self._people if not p.erased]
        )
        self._show(self.people_tab, shown)

    @staticmethod
    def _show(page: TablePage[Any], rows: Sequence[Any]) -> None:
        first = page.model.total == 0
        page.show_rows(list(rows))
        if first and rows:
            # Short columns all: each fits its contents (up to a limit) and the last one
            # takes the rest of the width, rather than one column being squeezed to "Hamm…".
            header = page.table.horizontalHeader()
            for column in range(page.model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            page.table.resizeColumnsToContents()
            for column in range(page.model.columnCount()):
                page.table.setColumnWidth(column, min(page.table.columnWidth(column) + 12, 320))
            header.setStretchLastSection(True)
