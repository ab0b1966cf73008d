"""The Follow-ups page: past and upcoming video follow-ups, per partnership, with the time in
both towns, and a button that plans the partnership's next follow-up (its agenda pre-filled
with the open action items)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.domain.enums import FollowUpStatus
from jumelage.ui import format as fmt
from jumelage.ui import labels
from jumelage.ui.delegates import FilteredRowModel
from jumelage.ui.models.rows import Column, each_once
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.domain.rows import FollowUpRow, PartnershipRow
    from jumelage.services import Services
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PARTNERSHIP, TITLE, DATE, TIMES = range(4)
UPCOMING = "upcoming"
PAST = "past"
ALL = "all"
DEFAULT_HOUR = 10


@dataclass(frozen=True)
class FollowUpsData:
    """What the page loads on the worker thread."""

    followups: list[FollowUpRow]
    partnerships: list[PartnershipRow] = field(default_factory=list)
    #: follow-up id -> action items raised there that are still open
    open_actions: dict[int, int] = field(default_factory=dict)


def load(services: Services) -> FollowUpsData:
    # The open items counted by the database: reading them all (20,000 on the large
    # benchmark database) took 8 MiB and 0.3 s for a number per follow-up.
    counts = services.actions.open_counts_by_followup()
    return FollowUpsData(services.followups.list(), services.partnerships.list(), counts)


def both_towns(
    start: dt.datetime, partnership: PartnershipRow | None, partner_zone: str = "UTC"
) -> str:
    """ "10:00 Anderlecht · 08:00 Marsassoum": the instant on the clocks of both towns."""
    if partnership is None:
        return QCoreApplication.translate("FollowUpsPage", "{time} · {partner_time}").format(
            time=fmt.time(start), partner_time=fmt.time(tz.in_zone(start, partner_zone))
        )
    return QCoreApplication.translate(
        "FollowUpsPage", "{home_time} {home} · {partner_time} {partner}"
    ).format(
        home_time=fmt.time(tz.in_zone(start, partnership.home_zone)),
        home=partnership.home_town,
        partner_time=fmt.time(tz.in_zone(start, partnership.partner_zone)),
        partner=partnership.partner_town,
    )


def _zone_name(value: dt.datetime) -> str:
    return str(getattr(value.tzinfo, "key", None) or "UTC")


def suggest_start(anchor: FollowUpRow | None, now: dt.datetime, home_zone: str) -> dt.datetime:
    """Where the next follow-up probably goes: the first day after both ``anchor`` and today
    that falls on ``anchor``'s weekday, at its wall time in its zone (the next weekday at
    10:00 in ``home_zone`` without an anchor). A wall time skipped by a DST change moves one
    hour later."""
    from jumelage.domain.errors import NonexistentLocalTime

    if anchor is None:
        zone = home_zone
        day = tz.in_zone(now, zone).date() + dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        wall = dt.datetime.combine(day, dt.time(DEFAULT_HOUR))
    else:
        zone = _zone_name(anchor.start)
        base = max(anchor.start.date(), tz.in_zone(now, zone).date())
        day = base + dt.timedelta(days=1)
        while day.weekday() != anchor.start.weekday():
            day += dt.timedelta(days=1)
        wall = dt.datetime.combine(day, anchor.start.time())
    try:
        return tz.localize(wall, zone)
    except NonexistentLocalTime:
        return tz.localize(wall + dt.timedelta(hours=1), zone)


def pick_anchor(
    followups: Sequence[FollowUpRow], partnership_id: int, now: dt.datetime
) -> FollowUpRow | None:
    """The latest follow-up of the partnership that has started (else its latest one),
    leaving the cancelled ones out."""
    own = [
        f
        for f in followups
        if f.partnership_id == partnership_id and f.status != FollowUpStatus.CANCELLED
    ]
    started = [f for f in own if f.start <= now]
    chosen = started or own
    return max(chosen, key=lambda f: f.start.astimezone(dt.UTC)) if chosen else None


def create_next(
    context: EditorContext, partnership: PartnershipRow, start: dt.datetime
) -> Outcome[FollowUpRow]:
    """Plan the next follow-up as one undoable edit (undo deletes it, redo restores it)."""
    from jumelage.ui.editors.followup.operations import create_restorable
    from jumelage.ui.editors.followup.prefill import wording

    followups = context.services.followups
    words = wording()
    return create_restorable(
        context.edits,
        QCoreApplication.translate("FollowUpsPage", "Plan the next follow-up of {name}").format(
            name=partnership.name
        ),
        make=lambda: followups.create_next(partnership.id, start, wording=words),
        delete=lambda row: followups.delete(row.id, followups.get(row.id).followup.version),
        restore=lambda row: followups.restore(row.id),
    )


class FollowUpsPage(TablePage["FollowUpRow"]):
    """Every follow-up, filtered by partnership and by upcoming / past.

    Planning the next follow-up opens it through :attr:`activated`, like activating a row.
    "Find a Time…" asks the window for the overlap finder through :attr:`find_time_requested`.
    """

    #: The partnership id of the filter (or of the selected follow-up), or ``None``.
    find_time_requested = Signal(object)
    #: "New Series…": the partnership id of the filter (or of the selected follow-up), or ``None``.
    new_series_requested = Signal(object)

    def __init__(
        self,
        now: Callable[[], dt.datetime],
        context: Callable[[], EditorContext | None],
        parent: QWidget | None = None,
    ) -> None:
        from jumelage.services.changes import Entity

        partnerships: dict[int, PartnershipRow] = {}
        open_actions: dict[int, int] = {}

        def time_text(f: FollowUpRow) -> str:
            return both_towns(f.start, partnerships.get(f.partnership_id), f.partner_zone)

        def labelled(
            name: str, label: Callable[[Any], str]
        ) -> Callable[[Sequence[Any]], list[str]]:
            """The column ``name`` of every row through ``label``, each value once."""
            get = attrgetter(name)
            return lambda rows: each_once(label, map(get, rows))

        def texts(name: str) -> Callable[[Sequence[FollowUpRow]], list[str]]:
            get = attrgetter(name)
            return lambda rows: list(map(get, rows))

        instant: Callable[[FollowUpRow], Any] = lambda f: f.start.astimezone(dt.UTC)  # noqa: E731
        columns: list[Column[FollowUpRow]] = [
            Column(
                QCoreApplication.translate("FollowUpsPage", "Partnership"),
                lambda f: f.partnership,
                displays=texts("partnership"),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Title"),
                lambda f: f.title,
                tooltip=lambda f: f.agenda,
                displays=texts("title"),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Date"),
                lambda f: fmt.day_month(f.start.date()),
                sort_key=instant,
                displays=lambda rows: each_once(fmt.day_month, (f.start.date() for f in rows)),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Time in both towns"),
                time_text,
                sort_key=instant,
                tooltip=lambda f: _zone_name(f.start),
                # (no whole column: every follow-up has its own instant to convert)
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Channel"),
                lambda f: labels.channel(f.channel),
                displays=labelled("channel", labels.channel),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Status"),
                lambda f: labels.followup_status(f.status),
                displays=labelled("status", labels.followup_status),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Call quality"),
                lambda f: labels.call_quality(f.quality) if f.quality else "",
                displays=labelled(
                    "quality", lambda quality: labels.call_quality(quality) if quality else ""
                ),
            ),
            Column(
                QCoreApplication.translate("FollowUpsPage", "Open items"),
                lambda f: str(open_actions.get(f.id, "")),
                displays=lambda rows: [str(open_actions.get(f.id, "")) for f in rows],
                sort_key=lambda f: open_actions.get(f.id, 0),
                alignment=RIGHT,
                tooltip=lambda f: QCoreApplication.translate(
                    "FollowUpsPage", "Action items raised at this follow-up that are still open"
                ),
            ),
        ]
        super().__init__(
            QCoreApplication.translate("FollowUpsPage", "Follow-ups"),
            columns,
            load,  # type: ignore[arg-type]  # rows plus what the columns and filters need
            (Entity.FOLLOWUP, Entity.PARTNERSHIP, Entity.ACTION, Entity.TOWN),
            parent=parent,
        )
        self._now = now
        self._context = context
        self.partnerships = partnerships
        self._open_actions = open_actions
        old = self.model
        self._model: FilteredRowModel[FollowUpRow] = FilteredRowModel(columns, parent=self)
        self.model = self._model
        self.table.setModel(self._model)
        old.deleteLater()

        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Partnership"))
        self.partnership.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partnership.addItem(self.tr("All partnerships"), None)
        self.when = QComboBox()
        self.when.setAccessibleName(self.tr("Show"))
        for text, value in (
            (self.tr("All follow-ups"), ALL),
            (self.tr("Upcoming"), UPCOMING),
            (self.tr("Past"), PAST),
        ):
            self.when.addItem(text, value)
        self.new_button = QPushButton(self.tr("&New Follow-up…"))
        self.new_button.setToolTip(
            self.tr(
                "Plan the next follow-up of the chosen partnership, its agenda filled with "
                "the open action items"
            )
        )
        self.new_button.clicked.connect(self.plan_next)
        self.find_button = QPushButton(self.tr("Find a &Time…"))
        self.find_button.setToolTip(
            self.tr("Find when both towns can meet, and plan a follow-up then (Ctrl+Shift+F)")
        )
        self.find_button.clicked.connect(self.find_time)
        self.series_button = QPushButton(self.tr("New Se&ries…"))
        self.series_button.setToolTip(
            self.tr("Plan a recurring follow-up, with the drift warnings before creating it")
        )
        self.series_button.clicked.connect(self.new_series)

        bar = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Partnership:"), self.partnership),
            (self.tr("&Show:"), self.when),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.find_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.series_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, bar)

        self.partnership.currentIndexChanged.connect(self._apply_filters)
        self.when.currentIndexChanged.connect(self._apply_filters)
        chain = [self.filter, self.partnership, self.when, self.find_button, self.new_button]
        chain += [self.series_button, self.table]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self._model.modelReset.connect(self._update_button)
        self._dialog: QWidget | None = None
        self._apply_filters()

    # --- data ------------------------------------------------------------------------------

    def show_rows(self, rows: FollowUpsData | list[FollowUpRow]) -> None:
        data = rows if isinstance(rows, FollowUpsData) else FollowUpsData(list(rows))
        current = self.current_row()
        column = max(self.table.currentIndex().column(), 0)
        if isinstance(rows, FollowUpsData):
            self.partnerships.clear()
            self.partnerships.update({p.id: p for p in data.partnerships})
        self._open_actions.clear()
        self._open_actions.update(data.open_actions)
        self._fill_partnerships()
        first = self._model.total == 0
        super().show_rows(data.followups)  # fits the columns the first time
        if first and data.followups:
            # The title keeps its fitted width; the last column takes what is left (the
            # table scrolls sideways on a narrow window).
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
        self._apply_filters()
        if current is not None:
            self.select(current.id, column)

    def _fit_columns(self) -> None:
        """Every column fitted to its texts as on the other pages (dates and partnerships
        were cut when this skipped it), then the times in both towns never cut and the
        title at a readable width."""
        super()._fit_columns()
        self.table.resizeColumnToContents(TIMES)
        self.table.setColumnWidth(TITLE, max(self.table.columnWidth(TITLE), 240))

    def _fill_partnerships(self) -> None:
        chosen = self.partnership.currentData()
        self.partnership.blockSignals(True)
        self.partnership.clear()
        self.partnership.addItem(self.tr("All partnerships"), None)
        for p in sorted(self.partnerships.values(), key=lambda p: p.name.casefold()):
            self.partnership.addItem(p.name, p.id)
        index = self.partnership.findData(chosen) if chosen is not None else 0
        self.partnership.setCurrentIndex(max(index, 0))
        self.partnership.blockSignals(False)

    def _apply_filters(self, *_args: object) -> None:
        partnership = self.partnership.currentData()
        when = self.when.currentData() or ALL
        now = self._now()

        def keep(f: FollowUpRow) -> bool:
            if partnership is not None and f.partnership_id != partnership:
                return False
            if when == UPCOMING:
                return f.end > now
            if when == PAST:
                return f.end <= now
            return True

        self._model.set_predicate(keep)
        # One partnership chosen: its name in every row would only take room.
        self.table.setColumnHidden(PARTNERSHIP, partnership is not None)
        self._update_count()
        self._update_button()

    # --- selection -------------------------------------------------------------------------

    def current_row(self) -> FollowUpRow | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self._model.row_at(rows[0].row()) if rows else None

    def select(self, followup_id: int, column: int = 0) -> bool:
        row = self._model.visible_index(lambda f: f.id == followup_id)
        if row is None:
            return False
        index = self._model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def chosen_partnership(self) -> PartnershipRow | None:
        """The partnership of the filter, else that of the selected follow-up."""
        pid = self.partnership.currentData()
        if pid is None:
            row = self.current_row()
            pid = row.partnership_id if row is not None else None
        return self.partnerships.get(pid) if pid is not None else None

    def _update_button(self, *_args: object) -> None:
        partnership = self.chosen_partnership()
        self.new_button.setEnabled(partnership is not None)
        if partnership is None:
            self.new_button.setStatusTip(self.tr("Choose a partnership or a follow-up first."))

    # --- planning the next follow-up -------------------------------------------------------

    def find_time(self) -> None:
        """Ask for the overlap finder, on the chosen partnership if there is one."""
        partnership = self.chosen_partnership()
        self.find_time_requested.emit(partnership.id if partnership is not None else None)

    def new_series(self) -> None:
        """Ask for the new series dialog, on the chosen partnership if there is one."""
        partnership = self.chosen_partnership()
        self.new_series_requested.emit(partnership.id if partnership is not None else None)

    def plan_next(self) -> None:
        """Ask for the start (pre-filled) of the chosen partnership's next follow-up."""
        from jumelage.ui.editors.followup.schedule import NextFollowUpDialog

        partnership = self.chosen_partnership()
        context = self._context()
        if partnership is None or context is None:
            return
        selected = self.current_row()
        anchor = (
            selected
            if selected is not None
            and selected.partnership_id == partnership.id
            and selected.status != FollowUpStatus.CANCELLED
            else pick_anchor(self._model.all_rows(), partnership.id, self._now())
        )
        start = suggest_start(anchor, self._now(), partnership.home_zone)

        def submit(value: dt.datetime) -> None:
            outcome = create_next(context, partnership, value)
            self.activated.emit(outcome.value)

        dialog = NextFollowUpDialog(context.settings, partnership, start, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
