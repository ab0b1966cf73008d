"""Find a time: when can both towns of a partnership meet? (DESIGN.md sections 1 and 4)

The dialog asks for a partnership, a duration and a range of the home town's dates, runs the
overlap finder (:meth:`jumelage.services.scheduling.SchedulingService.find`) on the window's
:class:`~jumelage.ui.tasks.TaskRunner`, and lists the best slots in both towns' local times,
then the days without any and why. "Create Follow-up" (or Enter, or a double click on a slot)
plans a follow-up of the partnership at that slot as one undoable edit, and :attr:`created`
hands it on so that the window opens its editor.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.ui import format as fmt
from jumelage.ui.dialogs import slot_texts as texts
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import DateField, FieldErrors
from jumelage.ui.models.rows import Column, RowTableModel

if TYPE_CHECKING:
    from jumelage.domain.rows import FollowUpRow, PartnershipRow
    from jumelage.domain.slots import Slot, SlotSearch
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext
    from jumelage.ui.tasks import TaskRunner

RANK, DATE, TIMES, COMFORT = range(4)
PRESETS = (30, 60, 90)
#: The default range: today and the four weeks after it.
DEFAULT_DAYS = 28
#: The longest range one search may cover (as ``jumelage slots``).
MAX_DAYS = 366


@dataclass(frozen=True)
class RankedSlot:
    rank: int
    slot: Slot


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FindTimeDialog(Dialog):
    """Partnership, duration, dates → the best slots and the days without any."""

    #: Emitted with the :class:`FollowUpRow` planned at a slot (the dialog then closes).
    created = Signal(object)
    #: Emitted when a search's answer is shown (or its error).
    searched = Signal()

    def __init__(
        self,
        context: EditorContext,
        runner: TaskRunner,
        partnership_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context.settings, "find_time", parent)
        self.context = context
        self.runner = runner
        self.setWindowTitle(self.tr("Find a Time"))
        self._partnerships: dict[int, PartnershipRow] = {}
        self._token = 0
        self._dates_touched = False
        self.searching = False
        self._closed = False
        self.answer: SlotSearch | None = None
        self._searched: tuple[PartnershipRow, int] | None = None

        self.partnership = QComboBox()
        for row in sorted(context.services.partnerships.list(), key=lambda p: p.name.casefold()):
            self._partnerships[row.id] = row
            self.partnership.addItem(row.name, row.id)
        if partnership_id is not None:
            self.partnership.setCurrentIndex(max(self.partnership.findData(partnership_id), 0))
        self.duration = QSpinBox()
        self.duration.setRange(15, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.presets: list[QPushButton] = []
        durations = QHBoxLayout()
        durations.addWidget(self.duration)
        for minutes in PRESETS:
            button = QPushButton(self.tr("{minutes} min").format(minutes=minutes))
            button.setAutoDefault(False)
            button.setToolTip(self.tr("A meeting of {minutes} minutes").format(minutes=minutes))
            button.clicked.connect(lambda _=False, m=minutes: self.duration.setValue(m))
            durations.addWidget(button)
            self.presets.append(button)
        durations.addStretch(1)
        self.first = DateField()
        self.last = DateField()
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        self._reset_dates()
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.last)
        dates.addWidget(to_label)
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.date_hint = _plain()
        self.date_error = FieldErrors().label_for("dates")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, buddy, row_layout in (
            (self.tr("&Partnership:"), self.partnership, self.partnership),
            (self.tr("&Duration:"), self.duration, durations),
            (self.tr("&From:"), self.first, dates),
        ):
            label = QLabel(caption)
            label.setBuddy(buddy)
            form.addRow(label, row_layout)
        form.addRow("", self.date_hint)
        form.addRow("", self.date_error)

        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Searching"))
        self.progress.hide()
        self.status = _plain()
        search_bar = QHBoxLayout()
        search_bar.addWidget(self.search_button)
        search_bar.addWidget(self.progress)
        search_bar.addWidget(self.status, 1)

        self.notes = _plain()
        self.notes.hide()
        columns: list[Column[RankedSlot]] = [
            Column(self.tr("#"), lambda r: str(r.rank), sort_key=lambda r: r.rank),
            Column(
                self.tr("Date"),
                lambda r: fmt.day_month(r.slot.home_start.date()),
                sort_key=lambda r: r.slot.start,
            ),
            Column(
                self.tr("Time in both towns"),
                self._both_times,
                sort_key=lambda r: r.slot.start,
            ),
            Column(
                self.tr("How comfortable"),
                lambda r: texts.comfort(r.slot.score),
                sort_key=lambda r: -r.slot.score,
                tooltip=lambda r: texts.comfort_tip(r.slot.score),
            ),
        ]
        self.model: RowTableModel[RankedSlot] = RowTableModel(columns, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Slots"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(RANK, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.create_followup())
        self.table.installEventFilter(self)
        slots_label = QLabel(self.tr("S&lots, the most comfortable first:"))
        slots_label.setBuddy(self.table)
        self.empty_days = QListWidget()
        self.empty_days.setAccessibleName(self.tr("Days without a slot"))
        self.empty_days.setWordWrap(True)
        empty_label = QLabel(self.tr("Days &without a slot:"))
        empty_label.setBuddy(self.empty_days)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton(
            self.tr("&Create Follow-up"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setAutoDefault(False)
        self.create_button.setToolTip(
            self.tr("Plan a follow-up of the partnership at the chosen slot (Enter)")
        )
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_followup)
        self.buttons.rejected.connect(self.reject)
        self.error = _plain()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(search_bar)
        layout.addWidget(self.notes)
        layout.addWidget(slots_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(empty_label)
        layout.addWidget(self.empty_days, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [self.partnership, self.duration, *self.presets, self.first]
        chain += [self.last, self.search_button, self.table, self.empty_days]
        chain += [self.create_button, self.buttons.button(QDialogButtonBox.StandardButton.Close)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.partnership.currentIndexChanged.connect(self._partnership_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_create)
        self.model.modelReset.connect(self._update_create)
        self.table.resizeColumnsToContents()
        self.resize(760, 620)
        if self._validate() and partnership_id is not None:
            QTimer.singleShot(0, self, self.search)  # opened on a partnership: its next four weeks

    # --- the form ----------------------------------------------------------------------------

    def current_partnership(self) -> PartnershipRow | None:
        pid = self.partnership.currentData()
        return self._partnerships.get(pid) if pid is not None else None

    def _today(self) -> dt.date:
        partnership = self.current_partnership()
        zone = partnership.home_zone if partnership is not None else "UTC"
        return tz.in_zone(self.context.now(), zone).date()

    def _reset_dates(self) -> None:
        """Today in the home town, and four weeks after it."""
        today = self._today()
        for field, value in ((self.first, today), (self.last, today + dt.timedelta(DEFAULT_DAYS))):
            field.blockSignals(True)
            field.set_value(value)
            field.blockSignals(False)

    def _partnership_changed(self, *_: object) -> None:
        if not self._dates_touched:
            self._reset_dates()
        self._clear()
        self._validate()

    def _clear(self) -> None:
        """Forget the answer (and any search on its way): it was for another partnership."""
        self._token += 1
        self._set_busy(False)
        self.answer = None
        self._searched = None
        self.model.set_rows([])
        self.empty_days.clear()
        self.notes.hide()
        self.status.clear()
        self.error.clear()

    def _dates_changed(self, *_: object) -> None:
        self._dates_touched = True
        self._validate()

    def _validate(self) -> bool:
        partnership = self.current_partnership()
        first, last = self.first.value(), self.last.value()
        problem = ""
        if partnership is None:
            problem = self.tr("Create a partnership first.")
        elif last < first:
            problem = self.tr("The last day is before the first day.")
        elif (last - first).days >= MAX_DAYS:
            problem = self.tr("Search at most a year at a time.")
        self.date_error.setText("⚠ " + problem if problem else "")
        self.date_error.setVisible(bool(problem))
        if partnership is not None:
            self.date_hint.setText(
                self.tr("Days as counted in {town}.").format(town=partnership.home_town)
            )
        self.search_button.setEnabled(not problem)
        return not problem

    # --- searching ---------------------------------------------------------------------------

    def search(self) -> None:
        """Run the finder on the task runner; the answer arrives on the GUI thread."""
        partnership = self.current_partnership()
        if self._closed or partnership is None or not self._validate():
            return
        self._token += 1
        token = self._token
        duration = self.duration.value()
        first, last = self.first.value(), self.last.value()
        scheduling = self.context.services.scheduling
        language = fmt.language()
        self._set_busy(True)
        self.status.setText(self.tr("Searching…"))
        self.error.clear()

        def work() -> SlotSearch:
            return scheduling.find(partnership.id, duration, first, last, language=language)

        self.runner.submit(
            work,
            lambda result: self._found(token, partnership, duration, result),
            lambda error: self._failed(token, error),
        )

    def _set_busy(self, busy: bool) -> None:
        self.searching = busy
        self.progress.setVisible(busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _found(
        self, token: int, partnership: PartnershipRow, duration: int, result: SlotSearch
    ) -> None:
        if token != self._token:  # a newer search, or the dialog closed
            return
        self._set_busy(False)
        self.answer = result
        self._searched = (partnership, duration)
        self.model.set_rows([RankedSlot(i, s) for i, s in enumerate(result.slots, start=1)])
        self.table.horizontalHeader().setSortIndicator(RANK, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        summary = texts.found(result.total)
        if result.total > len(result.slots):
            summary += " " + texts.more(result.total - len(result.slots))
        self.status.setText(summary)
        if result.note_details:
            self.notes.setText("\n".join("ℹ " + texts.note(n) for n in result.note_details))
        self.notes.setVisible(bool(result.note_details))
        self.empty_days.clear()
        for day in result.empty_days:
            self.empty_days.addItem(texts.empty_day(day))
        if result.slots:
            self.table.selectRow(0)
        self.searched.emit()

    def _failed(self, token: int, error: BaseException) -> None:
        from jumelage.ui import messages

        if token != self._token:
            return
        self._set_busy(False)
        self.status.clear()
        self.error.setText("⚠ " + messages.describe(error))
        self.searched.emit()

    def _both_times(self, row: RankedSlot) -> str:
        home, partner = (self.answer.home, self.answer.partner) if self.answer else ("", "")
        return texts.both_times(row.slot, home, partner)

    # --- creating the follow-up --------------------------------------------------------------

    def current_slot(self) -> Slot | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.row_at(rows[0].row()).slot if rows else None

    def _update_create(self, *_: object) -> None:
        self.create_button.setEnabled(self.current_slot() is not None)

    def create_followup(self) -> None:
        """Plan a follow-up at the chosen slot (one undoable edit) and hand it on."""
        from jumelage.ui.editors.followup.operations import create_restorable
        from jumelage.ui.editors.followup.prefill import wording

        slot = self.current_slot()
        if slot is None or self._searched is None:
            return
        partnership, duration = self._searched
        followups = self.context.services.followups
        start = slot.home_start  # the wall time agreed, in the home town's zone
        title = self.tr("Follow-up")
        text = self.tr("Plan a follow-up of {name} on {when}").format(
            name=partnership.name, when=fmt.when(start)
        )

        words = wording()

        def make() -> Outcome[FollowUpRow]:
            return followups.create_next(
                partnership.id, start, title=title, duration_min=duration, wording=words
            )

        try:
            outcome = create_restorable(
                self.context.edits,
                text,
                make=make,
                delete=lambda row: followups.delete(row.id, followups.get(row.id).followup.version),
                restore=lambda row: followups.restore(row.id),
            )
        except Exception as error:
            from jumelage.ui import messages

            self.error.setText("⚠ " + messages.describe(error))
            return
        self.created.emit(outcome.value)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.create_followup()
            return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self._token += 1  # an answer still on its way is dropped
        self._closed = True
        super().done(result)
