"""The Itinerary tab: travel legs, each time on the local clocks and on the home town's.

A Brussels → Dakar flight leaves at 11:05 in Brussels and lands at 16:20 in Dakar: the table
shows both local times, the same instants in the home town, and the elapsed time (computed
between instants, so a daylight-saving change in between cannot skew it).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from jumelage.domain import time as tz
from jumelage.ui import format as fmt
from jumelage.ui import labels, undo
from jumelage.ui.editors.mission.common import (
    RIGHT,
    ChildTab,
    duration_text,
    plain_label,
    zone_city,
)
from jumelage.ui.editors.mission.dialogs import LegDialog
from jumelage.ui.models.rows import Column, RowTableModel

if TYPE_CHECKING:
    from jumelage.domain.rows import LegRow, MissionDetail, PartnershipRow
    from jumelage.domain.specs import LegSpec
    from jumelage.ui.editors.base import EditorContext


def local_when(value: dt.datetime) -> str:
    """ "Mon 27 Apr 2026, 11:05 Brussels (UTC+2)": the wall time where it happens."""
    return QCoreApplication.translate("mission", "{when} {place} ({offset})").format(
        when=fmt.when(value),
        place=zone_city(getattr(value.tzinfo, "key", "UTC")),
        offset=tz.utc_offset_label(value),
    )


def home_when(value: dt.datetime, town: str, zone: str) -> str:
    """ "= 09:05 in Anderlecht" (with the date when it differs from the local one)."""
    there = tz.in_zone(value, zone)
    if there.date() == value.date():
        return QCoreApplication.translate("mission", "= {time} in {town}").format(
            time=fmt.time(there), town=town
        )
    return QCoreApplication.translate("mission", "= {when} in {town}").format(
        when=fmt.when(there), town=town
    )


def leg_spec(row: LegRow) -> LegSpec:
    from jumelage.domain.specs import LegSpec

    return LegSpec(row.origin, row.destination, row.depart, row.arrive, row.mode, row.reference)


class ItineraryTab(ChildTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._home = ("", "UTC")
        self.model: RowTableModel[LegRow] = RowTableModel(self._columns(), parent=self)
        self.empty = plain_label()
        self.make_table(QTableView(), self.tr("Travel legs"))
        assert self.table is not None
        self.table.setModel(self.model)
        # Each time on two lines: on the local clocks, then on the home town's.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button(self.tr("&Add Leg…"), self.tr("Add a travel leg"), self.add)
        self.add_button(self.tr("&Edit Leg…"), self.tr("Edit the selected travel leg"), self.edit)
        self.add_button(
            self.tr("&Remove Leg"), self.tr("Remove the selected travel leg"), self.remove
        )
        self.finish_buttons()
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def _columns(self) -> list[Column[LegRow]]:
        def depart_home(row: LegRow) -> str:
            return home_when(row.depart, *self._home)

        def arrive_home(row: LegRow) -> str:
            return home_when(row.arrive, *self._home)

        def instant(value: dt.datetime) -> dt.datetime:
            return value.astimezone(dt.UTC)

        return [
            Column(
                QCoreApplication.translate("mission", "Journey"),
                lambda r: QCoreApplication.translate("mission", "{origin}\n→ {destination}").format(
                    origin=r.origin, destination=r.destination
                ),
                sort_key=lambda r: (r.origin, r.destination),
            ),
            Column(
                QCoreApplication.translate("mission", "Transport"),
                lambda r: "\n".join(x for x in (labels.travel_mode(r.mode), r.reference) if x),
                sort_key=lambda r: (r.mode, r.reference),
            ),
            Column(
                QCoreApplication.translate("mission", "Departure"),
                lambda r: f"{local_when(r.depart)}\n{depart_home(r)}",
                sort_key=lambda r: instant(r.depart),
                tooltip=lambda r: str(getattr(r.depart.tzinfo, "key", "")),
            ),
            Column(
                QCoreApplication.translate("mission", "Arrival"),
                lambda r: f"{local_when(r.arrive)}\n{arrive_home(r)}",
                sort_key=lambda r: instant(r.arrive),
                tooltip=lambda r: str(getattr(r.arrive.tzinfo, "key", "")),
            ),
            Column(
                QCoreApplication.translate("mission", "Duration"),
                lambda r: duration_text(r.duration),
                sort_key=lambda r: r.duration,
                alignment=RIGHT,
            ),
        ]

    def show_detail(self, detail: MissionDetail, partnership: PartnershipRow) -> None:
        super().show_detail(detail, partnership)
        self._home = (partnership.home_town, partnership.home_zone)
        first = self.model.total == 0
        self.model.set_rows(detail.legs)
        if first and detail.legs and self.table is not None:
            self.table.resizeColumnsToContents()
        self.empty.setText(
            self.tr("No travel yet: add the first leg of the journey.") if not detail.legs else ""
        )
        self.empty.setVisible(not detail.legs)

    def current(self) -> LegRow | None:
        assert self.table is not None
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- edits ---------------------------------------------------------------------------

    def _defaults(self) -> tuple[dt.datetime, dt.datetime]:
        """Departure from the home town's zone on the first day, arrival in the destination's
        (after the last leg, if there is one)."""
        assert self.detail is not None
        mission = self.detail.mission
        home_zone = self._home[1]
        if self.detail.legs:
            last = max(self.detail.legs, key=lambda leg: leg.arrive.astimezone(dt.UTC))
            depart = last.arrive + dt.timedelta(hours=1)
        else:
            depart = tz.localize(
                dt.datetime.combine(mission.start_date, dt.time(9, 0)), home_zone, "depart"
            )
        arrive = tz.in_zone(depart + dt.timedelta(hours=2), mission.destination_zone)
        return depart, arrive.replace(second=0, microsecond=0)

    def add(self) -> None:
        if self.detail is None:
            return
        depart, arrive = self._defaults()
        self.open_dialog(
            LegDialog(self.context, self._add, depart=depart, arrive=arrive, parent=self)
        )

    def _add(self, spec: LegSpec) -> None:
        missions, mission_id = self.services.missions, self.mission_id
        # Undo removes the leg (a tombstone); redo restores that same leg, so it keeps its UID
        # in the calendars it was already exported to.
        state: dict[str, int] = {}

        def redo() -> Any:
            if "id" in state:
                return missions.restore_leg(state["id"])
            outcome = missions.add_leg(mission_id, spec)
            state["id"] = outcome.value.id
            return outcome

        self.context.edits.perform(
            self.tr("Add the leg {origin} → {destination}").format(
                origin=spec.origin, destination=spec.destination
            ),
            redo,
            lambda: missions.remove_leg(state["id"]),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        self.open_dialog(
            LegDialog(
                self.context,
                lambda spec: self._update(row, spec),
                row=row,
                depart=row.depart,
                arrive=row.arrive,
                parent=self,
            )
        )

    def _update(self, row: LegRow, spec: LegSpec) -> None:
        missions, mission_id = self.services.missions, self.mission_id

        def current() -> int:
            return next(x.version for x in missions.get(mission_id).legs if x.id == row.id)

        undo.update(
            self.context.edits,
            self.tr("Edit the leg {origin} → {destination}").format(
                origin=spec.origin, destination=spec.destination
            ),
            missions.update_leg,
            row.id,
            row.version,
            leg_spec(row),
            spec,
            current,
        )

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        missions = self.services.missions
        # The first removal checks the version this editor showed; redo goes by the current row.
        loaded = {"version": row.version}
        self.run(
            lambda: undo.remove(
                self.context.edits,
                self.tr("Remove the leg {origin} → {destination}").format(
                    origin=row.origin, destination=row.destination
                ),
                lambda: missions.remove_leg(row.id, loaded.pop("version", None)),
                lambda: missions.restore_leg(row.id),
            )
        )
