"""The Missions page: every mission, filtered by partnership, status and year.

The table model holds every mission (no proxy model: see :mod:`jumelage.ui.models.rows`); the
combos give it a mask of the rows that pass (:meth:`RowTableModel.set_mask`), worked out once
per distinct value, so that its sort orders and searchable texts are kept across choices. The
columns also format a whole column at once, each distinct value once (a date, a status, an
amount): what the searchable texts are made of. The page keeps the :class:`TablePage` API the
main window relies on (``watches``, ``loader``, ``show_rows``, ``activated``, ``model``,
``filter``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain.enums import MissionStatus
from jumelage.ui import checks, labels
from jumelage.ui import format as fmt
from jumelage.ui.models.rows import Column, Remembered, all_of, each_once
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.domain.checks import MissionProblem
    from jumelage.domain.rows import MissionRow
    from jumelage.services import Services

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALL = None
#: Texts of days kept at most while the Dates column is read.
LIMIT = 8192


def budget_used(row: MissionRow) -> str:
    """ "€4,385.00 / €4,200.00" (spent / planned, in euros); "—" when unknown."""
    if row.budget_actual_eur is None or row.budget_planned_eur is None:
        return "—"
    return QCoreApplication.translate("missions", "{actual} / {planned}").format(
        actual=fmt.money(row.budget_actual_eur, "EUR"),
        planned=fmt.money(row.budget_planned_eur, "EUR"),
    )


def budgets_used() -> tuple[Callable[[Sequence[MissionRow]], list[str]], Callable[[], None]]:
    """:func:`budget_used` of whole columns, each pair of amounts formatted once (and kept
    for the next rows until forgotten: see :class:`Remembered`), and how to forget them."""

    def used(amounts: tuple[Any, Any]) -> str:
        actual, planned = amounts
        if actual is None or planned is None:
            return "—"
        return QCoreApplication.translate("missions", "{actual} / {planned}").format(
            actual=fmt.money(actual, "EUR"), planned=fmt.money(planned, "EUR")
        )

    texts = Remembered(used)
    get = attrgetter("budget_actual_eur", "budget_planned_eur")
    return lambda rows: texts(map(get, rows)), texts.clear


def short_dates(row: MissionRow) -> str:
    """The dates in the locale's short format (the long ones are in the tooltip): the title
    needs the width more."""
    return QCoreApplication.translate("missions", "{start} – {end}").format(
        start=fmt.date(row.start_date), end=fmt.date(row.end_date)
    )


def all_short_dates() -> tuple[Callable[[Sequence[MissionRow]], list[str]], Callable[[], None]]:
    """:func:`short_dates` of whole columns, each pair of dates formatted once (and kept for
    the next rows until forgotten: see :class:`Remembered`), and how to forget them."""

    days: dict[dt.date, str] = {}  # (each day once too: missions share their days)

    def date(day: dt.date) -> str:
        text = days.get(day)
        if text is None:
            if len(days) >= LIMIT:
                days.clear()
            text = days[day] = fmt.date(day)
        return text

    def dates(pair: tuple[dt.date, dt.date]) -> str:
        return QCoreApplication.translate("missions", "{start} – {end}").format(
            start=date(pair[0]), end=date(pair[1])
        )

    texts = Remembered(dates)

    def forget() -> None:
        texts.clear()
        days.clear()

    return lambda rows: texts(map(attrgetter("start_date", "end_date"), rows)), forget


def dates_keys(rows: Sequence[MissionRow]) -> list[int]:
    """The start, then the end date, as one number a row: numbers sort quicker than pairs."""
    return [
        start.toordinal() << 22 | end.toordinal()
        for start, end in map(attrgetter("start_date", "end_date"), rows)
    ]


#: The first and the last year of a mission (an ``attrgetter``'s names).
YEARS = ("start_date.year", "end_date.year")


class CheckedRows(list["MissionRow"]):
    """The missions, with the problems of those still to come (mission id → problems)."""

    problems: dict[int, list[MissionProblem]]


def load_checked(services: Services) -> list[MissionRow]:
    """Every mission, and the checks of the missions not over yet (the day before today in
    UTC is early enough for any home town). Runs on a worker thread."""
    rows = CheckedRows(services.missions.list())
    since = services.clock().astimezone(dt.UTC).date() - dt.timedelta(days=1)
    rows.problems = services.checks.for_missions(first=since, language=fmt.language())
    return rows


def problems_cell(problems: Sequence[MissionProblem]) -> str:
    """ "⚠ 2" (a sign and a number: not colour alone), "" without problems."""
    return f"{checks.SIGN} {len(problems)}" if problems else ""


def mission_columns(
    today: Callable[[], dt.date],
    found: Mapping[int, Sequence[MissionProblem]] = MappingProxyType({}),
) -> list[Column[MissionRow]]:
    """The columns; ``found``: the problems of the missions that have some (by mission id),
    read as they are when a cell is shown."""
    nothing: Sequence[MissionProblem] = ()

    def problems(key: int) -> Sequence[MissionProblem]:
        return found.get(key, nothing)

    def days_to_go(m: MissionRow) -> str:
        if m.status in ("completed", "cancelled") or m.end_date < today():
            return ""
        if m.start_date <= today() <= m.end_date:
            return QCoreApplication.translate("missions", "under way")
        return fmt.days_from(today(), m.start_date)

    def days_key(m: MissionRow) -> int | None:
        return (m.start_date - today()).days if m.start_date >= today() else None

    made_on: list[dt.date] = []  # the day the texts below were made

    def to_go(key: tuple[str, dt.date, dt.date]) -> str:
        status, start, end = key
        now = made_on[0]
        if status in ("completed", "cancelled") or end < now:
            return ""
        if start <= now:
            return QCoreApplication.translate("missions", "under way")
        return fmt.days_from(now, start)

    # Each (status, dates) once, kept for the next rows (until midnight).
    all_to_go = Remembered(to_go)
    dates_texts, forget_dates = all_short_dates()
    budget_texts, forget_budgets = budgets_used()

    def all_days_to_go(rows: Sequence[MissionRow]) -> list[str]:
        now = today()
        if made_on != [now]:
            all_to_go.clear()
            made_on[:] = [now]
        return all_to_go(map(attrgetter("status", "start_date", "end_date"), rows))

    def all_checks(rows: Sequence[MissionRow]) -> list[str]:
        counts = map(len, map(found.get, map(attrgetter("id"), rows), repeat(nothing)))
        return each_once(lambda n: f"{checks.SIGN} {n}" if n else "", counts)

    def texts(name: str) -> Callable[[Sequence[MissionRow]], list[str]]:
        get = attrgetter(name)
        return lambda rows: list(map(get, rows))

    return [
        Column(
            QCoreApplication.translate("missions", "Partnership"),
            lambda m: m.partnership,
            displays=texts("partnership"),
        ),
        Column(
            QCoreApplication.translate("missions", "Title"),
            lambda m: m.title,
            tooltip=lambda m: m.objectives,
            displays=texts("title"),
        ),
        Column(
            QCoreApplication.translate("missions", "Destination"),
            lambda m: m.destination,
            displays=texts("destination"),
        ),
        Column(
            QCoreApplication.translate("missions", "Dates"),
            short_dates,
            sort_key=lambda m: (m.start_date, m.end_date),
            tooltip=lambda m: fmt.date_range(m.start_date, m.end_date),
            displays=dates_texts,
            keys=dates_keys,
            forget=forget_dates,
        ),
        Column(
            QCoreApplication.translate("missions", "Status"),
            lambda m: labels.mission_status(m.status),
            displays=lambda rows: each_once(labels.mission_status, map(attrgetter("status"), rows)),
        ),
        Column(
            QCoreApplication.translate("missions", "Checks"),
            lambda m: problems_cell(problems(m.id)),
            sort_key=lambda m: len(problems(m.id)) or None,
            alignment=RIGHT,
            tooltip=lambda m: "\n".join(checks.describe(p) for p in problems(m.id)),
            displays=all_checks,
        ),
        Column(
            QCoreApplication.translate("missions", "Departure"),
            days_to_go,
            sort_key=days_key,
            alignment=RIGHT,
            displays=all_days_to_go,
            forget=all_to_go.clear,
        ),
        Column(
            QCoreApplication.translate("missions", "Budget used (EUR)"),
            budget_used,
            sort_key=lambda m: m.budget_actual_eur,
            displays=budget_texts,
            forget=forget_budgets,
            alignment=RIGHT,
            tooltip=lambda m: QCoreApplication.translate(
                "missions", "Spent / planned, converted to euros"
            ),
        ),
    ]


class MissionsPage(TablePage["MissionRow"]):
    """Missions with filters; ``new_requested(partnership_id or None)`` asks for a new one
    (in the partnership chosen in the filter, if any)."""

    new_requested = Signal(object)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        from jumelage.services.changes import Entity

        problems: dict[int, list[MissionProblem]] = {}
        super().__init__(
            QCoreApplication.translate("missions", "Missions"),
            mission_columns(today, problems),
            load_checked,
            (Entity.MISSION, Entity.PARTNERSHIP, Entity.TOWN, Entity.FUNDING, Entity.RATE),
            parent=parent,
        )
        self._rows: list[MissionRow] = []
        self._problems = problems
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(
            QCoreApplication.translate("missions", "Show the missions of the partnership")
        )
        self.status = QComboBox()
        self.status.setAccessibleName(
            QCoreApplication.translate("missions", "Show the missions with the status")
        )
        self.status.addItem(QCoreApplication.translate("missions", "All statuses"), ALL)
        for status in MissionStatus:
            self.status.addItem(labels.mission_status(status.value), status.value)
        self.year = QComboBox()
        self.year.setAccessibleName(
            QCoreApplication.translate("missions", "Show the missions of the year")
        )
        self.new_button = QPushButton(QCoreApplication.translate("missions", "&New Mission…"))
        self.new_button.setAccessibleName(QCoreApplication.translate("missions", "New mission"))
        self.new_button.setToolTip(
            QCoreApplication.translate("missions", "Plan a new mission (Ctrl+N)")
        )
        self.new_button.clicked.connect(
            lambda *_: self.new_requested.emit(self.partnership.currentData())
        )
        self._fill_choices()

        bar = QHBoxLayout()
        for text, combo in (
            (QCoreApplication.translate("missions", "&Partnership:"), self.partnership),
            (QCoreApplication.translate("missions", "St&atus:"), self.status),
            (QCoreApplication.translate("missions", "&Year:"), self.year),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, bar)
        QWidget.setTabOrder(self.filter, self.partnership)
        QWidget.setTabOrder(self.partnership, self.status)
        QWidget.setTabOrder(self.status, self.year)
        QWidget.setTabOrder(self.year, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)
        for combo in (self.partnership, self.status, self.year):
            combo.currentIndexChanged.connect(self._apply_choices)

    # --- rows and filters ----------------------------------------------------------------

    def show_rows(self, rows: list[MissionRow]) -> None:
        first = self.model.total == 0
        found = getattr(rows, "problems", None)
        if found is not None:
            self._problems.clear()
            self._problems.update(found)
        self._rows = list(rows)
        self._fill_choices()
        super().show_rows(self._rows)  # every mission; the drop-downs' choices as a mask
        self._apply_choices()
        if first and self.model.total:
            # The title gets room first; long partnership and town names elide (the whole
            # name is one drag away, and in the filter combo). A narrow window scrolls
            # sideways rather than squeezing the titles to "…".
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            for column, cap in ((0, 180), (2, 120)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
            self.table.resizeColumnToContents(1)
            self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 200), 320))

    def _chosen(self) -> bytes | None:
        """One byte a mission of :attr:`_rows`, 1 for those the drop-downs let through
        (``None``: every one). Each test once per distinct value, the loops in C."""
        partnership = self.partnership.currentData()
        status = self.status.currentData()
        year = self.year.currentData()
        rows = self._rows

        def mask(passes: Callable[[Any], bool], *values: str) -> bytes:
            return bytes(each_once(passes, map(attrgetter(*values), rows)))

        masks = []
        if partnership is not ALL:
            masks.append(mask(lambda value: value == partnership, "partnership_id"))
        if status is not ALL:
            masks.append(mask(lambda value: value == status, "status"))
        if year is not ALL:  # (a year the mission spans)
            masks.append(mask(lambda span: span[0] <= year <= span[1], *YEARS))
        return all_of(masks, len(rows))

    def _apply_choices(self, *_args: object) -> None:
        self.model.set_mask(self._chosen())
        self._update_count()

    def _fill_choices(self) -> None:
        """Partnerships and years present in the rows; the current choice is kept."""
        partnerships = sorted(set(map(attrgetter("partnership", "partnership_id"), self._rows)))
        spans = set(map(attrgetter(*YEARS), self._rows))
        years = sorted({y for first, last in spans for y in range(first, last + 1)}, reverse=True)
        for combo, everything, choices in (
            (
                self.partnership,
                QCoreApplication.translate("missions", "All partnerships"),
                partnerships,
            ),
            (
                self.year,
                QCoreApplication.translate("missions", "All years"),
                [(str(y), y) for y in years],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for text, data in choices:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(getattr(self, "_rows", ()))
        if shown == total:
            self.count.setText(self.tr("%n mission(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
