"""The Overview tab: the mission's own fields, saved with Save (Ctrl+S) as one undoable edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import rules
from jumelage.domain.enums import Direction, MissionStatus
from jumelage.domain.errors import DomainWarning, MissingValue
from jumelage.domain.specs import MissionSpec
from jumelage.ui import labels, theme
from jumelage.ui.editors.mission.common import buddy, plain_label, with_error, wrapping_form
from jumelage.ui.editors.mission.problems import ProblemsBanner
from jumelage.ui.forms import DateField, EnumCombo, FieldErrors, line_edit, text_edit

if TYPE_CHECKING:
    from jumelage.domain.rows import MissionRow, PartnershipRow, TownRow

SDG_COUNT = 17


class OverviewTab(QWidget):
    """Title, partnership, direction, destination, dates, status workflow, objectives (shared),
    internal notes (never shared), outcomes, SDGs and the share flag."""

    def __init__(
        self,
        partnerships: Sequence[PartnershipRow],
        towns: Sequence[TownRow],
        errors: FieldErrors,
        on_change: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._partnerships = {p.id: p for p in partnerships}
        self._loading = False

        self.notice = plain_label(
            self.tr(
                "Save the mission first: its delegation, itinerary, agenda and budget can be "
                "added once it exists."
            )
        )
        self.warnings = plain_label()
        theme.set_warning(self.warnings)
        self.warnings.hide()
        self.problems = ProblemsBanner()

        self.title = line_edit()
        self.partnership = QComboBox()
        for p in partnerships:
            self.partnership.addItem(p.name, p.id)
        self.direction: EnumCombo[Direction] = EnumCombo(Direction, labels.direction)
        self.destination = QComboBox()
        for town in sorted(towns, key=lambda t: t.name.casefold()):
            self.destination.addItem(town.name, town.id)
        self.start = DateField()
        self.end = DateField()
        self.status = QComboBox()
        self.status_hint = plain_label()
        self.status_hint.setObjectName("status_hint")
        self.status_hint.hide()
        self.shared = QCheckBox(self.tr("S&hare with the partner (in their calendar file)"))
        self.objectives = text_edit(placeholder=self.tr("What the mission should achieve"))
        self.internal_notes = text_edit()
        self.outcomes = text_edit(placeholder=self.tr("What came out of it, afterwards"))
        self.sdgs = QListWidget()
        self.sdgs.setAccessibleName(self.tr("Sustainable Development Goals"))
        # Long goal names wrap instead of hiding behind a horizontal scroll bar.
        self.sdgs.setWordWrap(True)
        self.sdgs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sdgs.setResizeMode(QListWidget.ResizeMode.Adjust)
        for goal in range(1, SDG_COUNT + 1):
            item = QListWidgetItem(labels.sdg(goal))
            item.setData(Qt.ItemDataRole.UserRole, goal)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sdgs.addItem(item)
        self.sdgs.setCurrentRow(0)

        form = wrapping_form()
        form.addRow(buddy(self.tr("&Title:"), self.title), with_error(self.title, errors, "title"))
        form.addRow(
            buddy(self.tr("&Partnership:"), self.partnership),
            with_error(self.partnership, errors, "partnership"),
        )
        form.addRow(
            buddy(self.tr("Di&rection:"), self.direction),
            with_error(self.direction, errors, "direction"),
        )
        form.addRow(
            buddy(self.tr("Destination to&wn:"), self.destination),
            with_error(self.destination, errors, "destination"),
        )
        form.addRow(buddy(self.tr("First da&y:"), self.start), self.start)
        form.addRow(buddy(self.tr("&Last day:"), self.end), with_error(self.end, errors, "dates"))
        form.addRow(
            buddy(self.tr("Stat&us:"), self.status), with_error(self.status, errors, "status")
        )
        form.addRow("", self.status_hint)
        form.addRow(self.shared)

        goals = QVBoxLayout()
        goals.addWidget(buddy(self.tr("Sustainable Development &Goals:"), self.sdgs))
        goals.addWidget(self.sdgs, 1)
        goals.addWidget(errors.label_for("sdgs"))

        texts = QGridLayout()
        for column, (text, edit, field) in enumerate(
            [
                (self.tr("&Objectives (shared with the partner):"), self.objectives, "objectives"),
                (
                    self.tr("Internal &notes (never shared):"),
                    self.internal_notes,
                    "internal_notes",
                ),
                (self.tr("Outco&mes:"), self.outcomes, "outcomes"),
            ]
        ):
            label = buddy(text, edit)
            label.setWordWrap(True)
            texts.addWidget(label, 0, column)
            texts.addWidget(with_error(edit, errors, field), 1, column)
            texts.setColumnStretch(column, 1)

        top = QGridLayout()
        top.addLayout(form, 0, 0)
        top.addLayout(goals, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.warnings)
        layout.addWidget(self.problems)
        layout.addLayout(top)
        layout.addLayout(texts, 1)

        QWidget.setTabOrder(self.title, self.partnership)
        QWidget.setTabOrder(self.partnership, self.direction)
        QWidget.setTabOrder(self.direction, self.destination)
        QWidget.setTabOrder(self.destination, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.status)
        QWidget.setTabOrder(self.status, self.shared)
        QWidget.setTabOrder(self.shared, self.sdgs)
        QWidget.setTabOrder(self.sdgs, self.objectives)
        QWidget.setTabOrder(self.objectives, self.internal_notes)
        QWidget.setTabOrder(self.internal_notes, self.outcomes)

        self.title.textChanged.connect(on_change)
        self.partnership.currentIndexChanged.connect(on_change)
        self.partnership.currentIndexChanged.connect(self._default_destination)
        self.direction.currentIndexChanged.connect(on_change)
        self.direction.currentIndexChanged.connect(self._default_destination)
        self.destination.currentIndexChanged.connect(on_change)
        self.start.dateChanged.connect(on_change)
        self.start.dateChanged.connect(self._keep_end_after_start)
        self.end.dateChanged.connect(on_change)
        self.status.currentIndexChanged.connect(on_change)
        self.shared.toggled.connect(on_change)
        for edit in (self.objectives, self.internal_notes, self.outcomes):
            edit.textChanged.connect(on_change)
        self.sdgs.itemChanged.connect(on_change)

    # --- filling -------------------------------------------------------------------------

    def new(self, partnership_id: int | None, today: dt.date) -> None:
        """Defaults of a new mission: an idea, a week a month from now, to the partner."""
        self._loading = True
        try:
            if partnership_id is not None:
                self._select(self.partnership, partnership_id)
            self.start.set_value(today + dt.timedelta(days=30))
            self.end.set_value(today + dt.timedelta(days=36))
            self.offer_statuses(None)
            self.set_status(MissionStatus.IDEA)
        finally:
            self._loading = False
        self._default_destination()

    def load(self, row: MissionRow) -> None:
        self._loading = True
        try:
            self.title.setText(row.title)
            self._select(self.partnership, row.partnership_id)
            self.direction.set_value(row.direction)
            self._select(self.destination, row.destination_town_id)
            self.start.set_value(row.start_date)
            self.end.set_value(row.end_date)
            self.offer_statuses(row.status)
            self.set_status(row.status)
            self.shared.setChecked(row.shared)
            for edit, text in (
                (self.objectives, row.objectives),
                (self.internal_notes, row.internal_notes),
                (self.outcomes, row.outcomes),
            ):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            for index in range(self.sdgs.count()):
                item = self.sdgs.item(index)
                goal = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if goal in row.sdgs else Qt.CheckState.Unchecked
                )
        finally:
            self._loading = False

    def offer_statuses(self, current: MissionStatus | None) -> None:
        """Every status, the ones the workflow does not allow from ``current`` disabled with
        the rule's reason as their tooltip, and a hint under the list naming the allowed
        steps (every status is open to a new mission, which may record one under way)."""
        self.status.blockSignals(True)
        self.status.clear()
        model = self.status.model()
        assert isinstance(model, QStandardItemModel)
        for member in MissionStatus:
            self.status.addItem(labels.mission_status(member.value), member.value)
            refusal = None if current is None else rules.transition_refusal(current, member)
            if refusal is not None:
                item = model.item(self.status.count() - 1)
                item.setEnabled(False)
                reason = self.refusal_text(member, refusal)
                item.setToolTip(reason)
                item.setData(reason, Qt.ItemDataRole.AccessibleDescriptionRole)
        self.status.blockSignals(False)
        self.status_hint.setText(self._status_hint(current))
        self.status_hint.setVisible(current is not None)

    def refusal_text(self, requested: MissionStatus, refusal: rules.TransitionRefusal) -> str:
        """The workflow rule's reason, in the user's language."""
        needed = labels.mission_status(refusal.needed.value) if refusal.needed else ""
        if refusal.reason is rules.Refusal.FINAL:
            return self.tr("A completed mission is final: its status no longer changes.")
        if refusal.reason is rules.Refusal.REVIVE_EARLY:
            return self.tr("A cancelled mission starts again as an idea or a plan.")
        if refusal.reason is rules.Refusal.SKIPS_A_STEP:
            return self.tr("A mission must be {needed} before it is {requested}.").format(
                needed=QLocale().toLower(needed),
                requested=QLocale().toLower(labels.mission_status(requested.value)),
            )
        return self.tr("A mission goes back one step at a time, here to {previous}.").format(
            previous=QLocale().toLower(needed)
        )

    def _status_hint(self, current: MissionStatus | None) -> str:
        if current is None:
            return ""
        allowed = rules.allowed_transitions(current)
        if not allowed:
            return self.tr("A completed mission is final: its status no longer changes.")
        return self.tr("From {current}, the status can go to: {allowed}.").format(
            current=QLocale().toLower(labels.mission_status(current.value)),
            allowed=", ".join(QLocale().toLower(labels.mission_status(s.value)) for s in allowed),
        )

    def set_status(self, status: MissionStatus) -> None:
        self._select(self.status, status.value)

    def show_warnings(self, warnings: Sequence[DomainWarning]) -> None:
        """After a save: say that the agenda needs a look (details on the Agenda tab)."""
        if warnings:
            self.warnings.setText(
                self.tr(
                    "⚠ Saved, with %n agenda warning(s): see the Agenda tab.", "", len(warnings)
                )
            )
        self.warnings.setVisible(bool(warnings))

    # --- reading -------------------------------------------------------------------------

    def spec(self) -> MissionSpec:
        partnership, destination = self.partnership.currentData(), self.destination.currentData()
        if partnership is None:  # an empty database: no partnership to choose yet
            raise MissingValue(field="partnership")
        if destination is None:
            raise MissingValue(field="destination")
        return MissionSpec(
            partnership_id=int(partnership),
            title=self.title.text(),
            destination_town_id=int(destination),
            start_date=self.start.value(),
            end_date=self.end.value(),
            direction=self.direction.value(),
            status=MissionStatus(self.status.currentData()),
            objectives=self.objectives.toPlainText(),
            internal_notes=self.internal_notes.toPlainText(),
            outcomes=self.outcomes.toPlainText(),
            sdgs=tuple(
                int(self.sdgs.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.sdgs.count())
                if self.sdgs.item(i).checkState() == Qt.CheckState.Checked
            ),
            shared=self.shared.isChecked(),
        )

    # --- behaviour -----------------------------------------------------------------------

    def _default_destination(self, *_args: object) -> None:
        """Outbound missions go to the partner town, inbound ones come to the home town."""
        if self._loading:
            return
        partnership = self._partnerships.get(self.partnership.currentData())
        if partnership is None:
            return
        town = (
            partnership.partner_town_id
            if self.direction.value() == Direction.OUTBOUND
            else partnership.home_town_id
        )
        self._select(self.destination, town)

    def _keep_end_after_start(self, *_args: object) -> None:
        if not self._loading and self.end.value() < self.start.value():
            self.end.set_value(self.start.value())

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)
