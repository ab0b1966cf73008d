"""The town editor: name, country, IANA zone, holiday subdivision, working hours, weekend and
the town's own days off, saved together as one undoable edit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from jumelage.domain import places
from jumelage.domain import time as tz
from jumelage.domain.specs import TownSpec
from jumelage.ui import format as fmt
from jumelage.ui.editors.base import EditorContext
from jumelage.ui.editors.directory.common import (
    DirectoryEditor,
    buddy,
    chain_tab_order,
    new_form,
    plain,
    with_error,
)
from jumelage.ui.editors.directory.town_fields import CountryCombo, DaysOffField, WeekendField
from jumelage.ui.forms import ZoneCombo, line_edit


def _time_edit(accessible_name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(accessible_name)
    return edit


def _to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class TownEditor(DirectoryEditor):
    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        super().__init__(context, key, "town_editor", parent)
        from jumelage.services.changes import Entity

        self.watched = (Entity.TOWN,)
        errors = self.errors

        self.name = line_edit()
        self.country = CountryCombo()
        self.zone = ZoneCombo()
        self.zone.setMinimumContentsLength(22)
        self.zone_now = plain()
        self.subdivision = line_edit(
            placeholder=self.tr("Optional, e.g. BRU for the Brussels-Capital Region"),
            max_length=20,
        )
        self.subdivision.setToolTip(
            self.tr(
                "The region whose public holidays apply, as the holidays package names it. "
                "Leave it empty for the national holidays only."
            )
        )
        self.work_start = _time_edit(self.tr("Start of the working day"))
        self.work_end = _time_edit(self.tr("End of the working day"))
        self.weekend = WeekendField()
        self.days_off = DaysOffField()

        zone_row = QVBoxLayout()
        zone_row.setSpacing(2)
        zone_row.addWidget(self.zone)
        zone_row.addWidget(self.zone_now)
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        dash = QLabel("–")
        dash.setAccessibleName(self.tr("to"))
        hours.addWidget(dash)
        hours.addWidget(self.work_end)
        hours.addStretch(1)

        form = new_form()
        form.addRow(
            buddy(self.tr("&Name:"), self.name), with_error(self.name, errors.label_for("name"))
        )
        form.addRow(
            buddy(self.tr("&Country:"), self.country),
            with_error(self.country, errors.label_for("country")),
        )
        form.addRow(
            buddy(self.tr("Time &zone:"), self.zone),
            with_error(zone_row, errors.label_for("time_zone")),
        )
        form.addRow(
            buddy(self.tr("&Holiday subdivision:"), self.subdivision),
            with_error(self.subdivision, errors.label_for("subdivision")),
        )
        form.addRow(
            buddy(self.tr("&Working hours:"), self.work_start),
            with_error(hours, errors.label_for("working_hours")),
        )
        form.addRow(
            buddy(self.tr("Wee&kend:"), self.weekend.boxes[0]),
            with_error(self.weekend, errors.label_for("weekend")),
        )
        form.addRow(
            buddy(self.tr("Days &off:"), self.days_off.date),
            with_error(self.days_off, errors.label_for("days_off"), grow=True),
        )
        self.body.addLayout(form)

        for signal in (
            self.name.textChanged,
            self.country.currentTextChanged,
            self.zone.currentTextChanged,
            self.subdivision.textChanged,
            self.work_start.timeChanged,
            self.work_end.timeChanged,
            self.weekend.changed,
            self.days_off.changed,
        ):
            signal.connect(self.mark_dirty)
        self.country.code_changed.connect(self._country_changed)
        self.zone.currentTextChanged.connect(self._show_zone_time)

        chain_tab_order(
            [
                self.name,
                self.country,
                self.zone,
                self.subdivision,
                self.work_start,
                self.work_end,
                *self.weekend.boxes,
                *self.days_off.focus_order(),
                *self.bottom_buttons(),
            ]
        )
        self.start()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # --- DirectoryEditor -----------------------------------------------------------------

    def service(self) -> Any:
        return self.context.services.towns

    def title_for(self, row: Any) -> str:
        if row is None:
            return self.tr("New town")
        return self.tr("Town: {name}").format(name=row.name)

    def undo_texts(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr("Create town “{name}”").format(name=name),
            self.tr("Edit town “{name}”").format(name=name),
            self.tr("Delete town “{name}”").format(name=name),
        )

    def fill(self, row: Any) -> None:
        today = tz.in_zone(self.context.now(), row.time_zone if row else "UTC").date()
        if row is None:
            self.name.clear()
            self.country.set_value("")
            self.zone.setCurrentIndex(-1)
            self.zone.setEditText("")
            self.subdivision.clear()
            self.work_start.setTime(_to_qtime(places.DEFAULT_WORK_START))
            self.work_end.setTime(_to_qtime(places.DEFAULT_WORK_END))
            self.weekend.set_value(places.default_weekend(""))
            self.weekend.touched = False
            self.days_off.set_value((), today)
        else:
            self.name.setText(row.name)
            self.country.set_value(row.country)
            self.zone.set_value(row.time_zone)
            self.subdivision.setText(row.subdivision or "")
            self.work_start.setTime(_to_qtime(row.work_start))
            self.work_end.setTime(_to_qtime(row.work_end))
            self.weekend.set_value(row.weekend)
            # A weekend that differs from the country's usual one was chosen on purpose.
            self.weekend.touched = row.weekend != places.default_weekend(row.country)
            self.days_off.set_value(row.days_off, today)
        self._show_zone_time()

    def spec(self) -> TownSpec:
        return TownSpec(
            name=self.name.text(),
            country=self.country.value(),
            time_zone=self.zone.value(),
            subdivision=self.subdivision.text().strip() or None,
            work_start=_from_qtime(self.work_start.time()),
            work_end=_from_qtime(self.work_end.time()),
            weekend=self.weekend.value(),
            days_off=self.days_off.value(),
        )

    def row_spec(self, row: Any) -> TownSpec:
        return TownSpec(
            name=row.name,
            country=row.country,
            time_zone=row.time_zone,
            subdivision=row.subdivision,
            work_start=row.work_start,
            work_end=row.work_end,
            weekend=row.weekend,
            days_off=row.days_off,
        )

    # --- reactions -----------------------------------------------------------------------

    def _country_changed(self, code: str) -> None:
        """A new country brings its usual weekend (Palestine: Friday and Saturday), unless
        the weekend was chosen by hand."""
        if code and not self.weekend.touched:
            self.weekend.set_value(places.default_weekend(code))

    def _show_zone_time(self, *_args: object) -> None:
        name = self.zone.value()
        if not tz.is_valid_zone(name):
            self.zone_now.clear()
            return
        there = tz.in_zone(self.context.now(), name)
        self.zone_now.setText(
            self.tr("Now {time} there ({offset})").format(
                time=fmt.time(there), offset=tz.utc_offset_label(there)
            )
        )
