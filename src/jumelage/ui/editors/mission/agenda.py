"""The Agenda tab: the mission day by day, on the destination's clocks.

Each activity also shows its time in the other town ("10:00 Marsassoum · 12:00 Anderlecht"),
so the team at home knows when to call. The service's warnings (an item outside the mission
dates, two items overlapping) are listed above the days, in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QTreeWidget, QTreeWidgetItem, QWidget

from jumelage.domain import time as tz
from jumelage.domain.specs import AgendaItemSpec
from jumelage.ui import format as fmt
from jumelage.ui import theme, undo
from jumelage.ui.editors.mission.common import ChildTab, other_town, plain_label
from jumelage.ui.editors.mission.dialogs import AgendaItemDialog
from jumelage.ui.models.rows import plain_tooltip

if TYPE_CHECKING:
    from jumelage.domain.errors import DomainWarning
    from jumelage.domain.rows import AgendaItemRow, MissionDetail, MissionRow, PartnershipRow
    from jumelage.ui.editors.base import EditorContext

ROW = Qt.ItemDataRole.UserRole


def agenda_spec(row: AgendaItemRow) -> AgendaItemSpec:
    return AgendaItemSpec(row.title, row.start, row.end, row.location, row.description)


class AgendaTab(ChildTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Agenda warnings"))
        self.warnings.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.warnings.setForegroundRole(QPalette.ColorRole.Text)  # what the items are in
        theme.set_warning(self.warnings)
        self.warnings.hide()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Agenda, day by day"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Activity"), self.tr("Location")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda *_: self.edit())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.zones = plain_label()
        self.add_button(
            self.tr("&Add Activity…"), self.tr("Add an activity to the agenda"), self.add
        )
        self.add_button(
            self.tr("&Edit Activity…"), self.tr("Edit the selected activity"), self.edit
        )
        self.add_button(
            self.tr("&Remove Activity"), self.tr("Remove the selected activity"), self.remove
        )
        self.finish_buttons()
        self.layout_.addWidget(self.warnings)
        self.layout_.addWidget(self.zones)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addLayout(self.buttons)
        self.setFocusProxy(self.tree)

    # --- showing -------------------------------------------------------------------------

    def show_detail(self, detail: MissionDetail, partnership: PartnershipRow) -> None:
        super().show_detail(detail, partnership)
        mission = detail.mission
        other, other_zone = other_town(partnership, mission.destination_town_id)
        self.zones.setText(
            self.tr("Times are on the clocks of {town}, then of {other}.").format(
                town=mission.destination, other=other
            )
        )
        self.show_warnings(detail.warnings)
        selected = self.current()
        self.tree.clear()
        days: dict[dt.date, QTreeWidgetItem] = {}
        items = sorted(detail.agenda, key=lambda a: a.start.astimezone(dt.UTC))
        for row in items:
            start = tz.in_zone(row.start, mission.destination_zone)
            end = tz.in_zone(row.end, mission.destination_zone)
            day = days.get(start.date())
            if day is None:
                day = QTreeWidgetItem([self.day_title(mission, start.date()), "", ""])
                day.setFirstColumnSpanned(True)
                font = day.font(0)
                font.setBold(True)
                day.setFont(0, font)
                self.tree.addTopLevelItem(day)
                days[start.date()] = day
            there_start = tz.in_zone(row.start, other_zone)
            there_end = tz.in_zone(row.end, other_zone)
            when = self.tr("{start}–{end} {town} · {other_start}–{other_end} {other}").format(
                start=fmt.time(start),
                end=fmt.time(end),
                town=mission.destination,
                other_start=fmt.time(there_start),
                other_end=fmt.time(there_end),
                other=other,
            )
            child = QTreeWidgetItem([when, row.title, row.location])
            child.setData(0, ROW, row)
            child.setToolTip(1, plain_tooltip(row.description or row.title))
            day.addChild(child)
            if selected is not None and selected.id == row.id:
                self.tree.setCurrentItem(child)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not items:
            empty = QTreeWidgetItem([self.tr("Nothing planned yet: add the first activity.")])
            empty.setFirstColumnSpanned(True)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(empty)

    def day_title(self, mission: MissionRow, day: dt.date) -> str:
        if mission.start_date <= day <= mission.end_date:
            return self.tr("Day {number} · {date}").format(
                number=(day - mission.start_date).days + 1, date=fmt.day_month(day)
            )
        return self.tr("Outside the mission · {date}").format(date=fmt.day_month(day))

    def show_warnings(self, warnings: Sequence[DomainWarning]) -> None:
        self.warnings.clear()
        for warning in warnings:
            self.warnings.addItem("⚠ " + self.describe(warning))
        self.warnings.setVisible(bool(warnings))
        if warnings:
            rows = min(len(warnings), 4)
            height = self.warnings.sizeHintForRow(0) * rows + 2 * self.warnings.frameWidth() + 4
            self.warnings.setFixedHeight(height)

    def describe(self, warning: DomainWarning) -> str:
        """The warning as a sentence in the user's language."""
        if warning.code == "agenda_outside_mission" and self.detail is not None:
            mission = self.detail.mission
            return self.tr("“{title}” falls outside the mission dates ({dates}).").format(
                title=warning.subject, dates=fmt.date_range(mission.start_date, mission.end_date)
            )
        if warning.code == "agenda_overlap":
            return self.tr("“{title}” overlaps “{other}”.").format(
                title=warning.subject, other=warning.detail
            )
        return self.tr("{subject}: {detail}").format(subject=warning.subject, detail=warning.detail)

    def current(self) -> AgendaItemRow | None:
        item = self.tree.currentItem()
        row = item.data(0, ROW) if item is not None else None
        return row if row is not None else None

    # --- edits ---------------------------------------------------------------------------

    def _default_start(self) -> dt.datetime:
        assert self.detail is not None
        mission = self.detail.mission
        if self.detail.agenda:
            last = max(self.detail.agenda, key=lambda a: a.end.astimezone(dt.UTC))
            return tz.in_zone(last.end, mission.destination_zone)
        return tz.localize(
            dt.datetime.combine(mission.start_date, dt.time(9, 0)), mission.destination_zone
        )

    def add(self) -> None:
        if self.detail is None:
            return
        self.open_dialog(
            AgendaItemDialog(self.context, self._add, start=self._default_start(), parent=self)
        )

    def _add(self, spec: AgendaItemSpec) -> None:
        missions, mission_id = self.services.missions, self.mission_id
        # Undo tombstones the item; redo revives that same item (same UID).
        state: dict[str, int] = {}

        def redo() -> Any:
            if "id" in state:
                return missions.restore_agenda_item(state["id"])
            outcome = missions.add_agenda_item(mission_id, spec)
            state["id"] = outcome.value.id
            return outcome

        self.context.edits.perform(
            self.tr("Add “{title}” to the agenda").format(title=spec.title),
            redo,
            lambda: missions.remove_agenda_item(state["id"]),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        self.open_dialog(
            AgendaItemDialog(
                self.context,
                lambda spec: self._update(row, spec),
                row=row,
                start=row.start,
                parent=self,
            )
        )

    def _update(self, row: AgendaItemRow, spec: AgendaItemSpec) -> None:
        missions, mission_id = self.services.missions, self.mission_id

        def current() -> int:
            return next(x.version for x in missions.get(mission_id).agenda if x.id == row.id)

        undo.update(
            self.context.edits,
            self.tr("Edit “{title}” in the agenda").format(title=spec.title),
            missions.update_agenda_item,
            row.id,
            row.version,
            agenda_spec(row),
            spec,
            current,
        )

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        missions = self.services.missions
        # The first removal checks the version this editor showed (changed elsewhere since:
        # refused); redo replays the user's own steps and goes by the current row.
        loaded = {"version": row.version}
        self.run(
            lambda: undo.remove(
                self.context.edits,
                self.tr("Remove “{title}” from the agenda").format(title=row.title),
                lambda: missions.remove_agenda_item(row.id, loaded.pop("version", None)),
                lambda: missions.restore_agenda_item(row.id),
            )
        )
