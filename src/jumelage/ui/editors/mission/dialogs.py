"""The small dialogs that add or edit one row of the dossier: a member of the delegation, a
travel leg, an agenda item, a budget line. Each validates through the service before it closes
(see :class:`~jumelage.ui.editors.mission.common.ChildDialog`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QWidget

from jumelage.domain import money
from jumelage.domain import time as tz
from jumelage.domain.enums import BudgetCategory, Currency, ParticipantRole, TravelMode
from jumelage.domain.specs import AgendaItemSpec, BudgetLineSpec, LegSpec, ParticipantSpec
from jumelage.ui import format as fmt
from jumelage.ui import labels
from jumelage.ui.editors.mission.common import ChildDialog
from jumelage.ui.forms import EnumCombo, ZonedDateTimeField, line_edit, text_edit, to_qdate

if TYPE_CHECKING:
    from jumelage.domain.rows import (
        AgendaItemRow,
        BudgetLineRow,
        FundingSourceRow,
        LegRow,
        ParticipantRow,
        PersonRow,
    )
    from jumelage.ui.editors.base import EditorContext

Submit = Callable[[Any], object]


class ParticipantDialog(ChildDialog):
    """Choose a person and their role (the person is fixed once they are in the delegation)."""

    def __init__(
        self,
        context: EditorContext,
        people: Sequence[PersonRow],
        submit: Submit,
        row: ParticipantRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add to the Delegation") if row is None else self.tr("Delegation Member")
        super().__init__(context, "mission_participant", title, submit, parent)
        self._row = row
        self.person = QComboBox()
        for person in people:
            text = (
                self.tr("{name} ({town})").format(name=person.name, town=person.town)
                if person.town
                else person.name
            )
            self.person.addItem(text, person.id)
        if row is not None:
            self.person.addItem(row.person, row.person_id)
            self.person.setCurrentIndex(self.person.count() - 1)
            self.person.setEnabled(False)
        self.role: EnumCombo[ParticipantRole] = EnumCombo(ParticipantRole, labels.participant_role)
        if row is not None:
            self.role.set_value(row.role)
        self.row(self.tr("&Person:"), self.person, "person")
        self.row(self.tr("&Role:"), self.role, "role")
        self.ok_button.setEnabled(self.person.count() > 0)

    def spec(self) -> ParticipantSpec:
        role = self.role.value()
        if self._row is None:
            return ParticipantSpec(person_id=int(self.person.currentData()), role=role)
        r = self._row
        return ParticipantSpec(
            r.person_id, role, r.passport, r.visa, r.vaccination, r.insurance, r.mission_order
        )


class LegDialog(ChildDialog):
    """A journey between two places; departure and arrival each in their own zone."""

    def __init__(
        self,
        context: EditorContext,
        submit: Submit,
        *,
        row: LegRow | None = None,
        depart: dt.datetime,
        arrive: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a Travel Leg") if row is None else self.tr("Travel Leg")
        super().__init__(context, "mission_leg", title, submit, parent)
        self.origin = line_edit(placeholder=self.tr("Brussels Airport (BRU)"))
        self.destination = line_edit(placeholder=self.tr("Dakar (DSS)"))
        self.depart = ZonedDateTimeField(row.depart if row else depart)
        self.arrive = ZonedDateTimeField(row.arrive if row else arrive)
        self.mode: EnumCombo[TravelMode] = EnumCombo(TravelMode, labels.travel_mode)
        # The reference is part of the leg's title in the partner's calendar file: a flight or
        # train number, never a booking reference (personal data).
        self.reference = line_edit(placeholder=self.tr("Flight or train number (SN 201)"))
        self.reference.setToolTip(
            self.tr(
                "The flight or train number only, no booking reference: when the mission is "
                "shared, it goes to the partner town in the calendar file."
            )
        )
        self.depart.edit.setAccessibleName(self.tr("Departure, local date and time"))
        self.depart.zone.setAccessibleName(self.tr("Time zone of the departure"))
        self.arrive.edit.setAccessibleName(self.tr("Arrival, local date and time"))
        self.arrive.zone.setAccessibleName(self.tr("Time zone of the arrival"))
        if row is not None:
            self.origin.setText(row.origin)
            self.destination.setText(row.destination)
            self.mode.set_value(row.mode)
            self.reference.setText(row.reference)
        self.row(self.tr("&From:"), self.origin, "origin")
        self.row(self.tr("&To:"), self.destination, "destination")
        self.row(self.tr("&Departure (local time):"), self.depart, "depart")
        self.row(self.tr("&Arrival (local time):"), self.arrive, "arrive")
        self.row(self.tr("&Mode:"), self.mode, "mode")
        self.row(self.tr("&Reference:"), self.reference, "reference")
        self.resize(560, self.sizeHint().height())

    def spec(self) -> LegSpec:
        return LegSpec(
            origin=self.origin.text(),
            destination=self.destination.text(),
            depart=self._zoned(self.depart, "depart"),
            arrive=self._zoned(self.arrive, "arrive"),
            mode=self.mode.value(),
            reference=self.reference.text(),
        )

    @staticmethod
    def _zoned(field: ZonedDateTimeField, name: str) -> dt.datetime:
        return tz.localize(field.wall(), field.zone.value(), name)


class AgendaItemDialog(ChildDialog):
    """An activity on the destination's clocks (another zone can be chosen for the start; the
    end is on the same clocks)."""

    def __init__(
        self,
        context: EditorContext,
        submit: Submit,
        *,
        row: AgendaItemRow | None = None,
        start: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add to the Agenda") if row is None else self.tr("Agenda Item")
        super().__init__(context, "mission_agenda_item", title, submit, parent)
        first = row.start if row else start
        last = row.end if row else start + dt.timedelta(hours=1)
        self.title = line_edit(placeholder=self.tr("Meeting with the municipal council"))
        self.start = ZonedDateTimeField(first)
        self.start.edit.setAccessibleName(self.tr("Start, local date and time"))
        self.start.zone.setAccessibleName(self.tr("Time zone of the agenda item"))
        self.end = QDateTimeEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("ddd d MMM yyyy HH:mm")
        utc = QDateTime.currentDateTimeUtc().timeZone()
        self.end.setTimeZone(utc)
        self.end.setDateTime(QDateTime(to_qdate(last.date()), QTime(last.hour, last.minute), utc))
        self.location = line_edit(placeholder=self.tr("Town hall"))
        self.description = text_edit()
        self.description.setMinimumHeight(80)
        if row is not None:
            self.title.setText(row.title)
            self.location.setText(row.location)
            self.description.setPlainText(row.description)
        self._start_wall = self.start.wall()
        self.start.edit.dateTimeChanged.connect(self._keep_duration)
        self.row(self.tr("&Title:"), self.title, "title")
        self.row(self.tr("&Start (local time):"), self.start, "start")
        self.row(self.tr("&End (same clocks):"), self.end, "end")
        self.row(self.tr("&Location:"), self.location, "location")
        self.row(self.tr("&Description:"), self.description, "description")
        self.resize(560, self.sizeHint().height())

    def _keep_duration(self, *_args: object) -> None:
        """Moving the start moves the end with it, so the length stays."""
        wall = self.start.wall()
        end = self._end_wall() + (wall - self._start_wall)
        self._start_wall = wall
        utc = QDateTime.currentDateTimeUtc().timeZone()
        self.end.setDateTime(QDateTime(to_qdate(end.date()), QTime(end.hour, end.minute), utc))

    def _end_wall(self) -> dt.datetime:
        d, t = self.end.date(), self.end.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())  # noqa: DTZ001

    def spec(self) -> AgendaItemSpec:
        zone = self.start.zone.value()
        return AgendaItemSpec(
            title=self.title.text(),
            start=tz.localize(self.start.wall(), zone, "start"),
            end=tz.localize(self._end_wall(), zone, "end"),
            location=self.location.text(),
            description=self.description.toPlainText(),
        )


def parse_amount(text: str, field: str) -> Decimal:
    """A typed amount: spaces as thousands separators, a decimal comma or point; junk is the
    domain's InvalidNumber, a negative amount its NegativeAmount (both name ``field``)."""
    cleaned = "".join(text.split()).replace("\u202f", "").replace("\u00a0", "")
    if not cleaned:
        return Decimal(0)
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")  # 1,234.50
    else:
        cleaned = cleaned.replace(",", ".")  # 1234,50
    return money.amount(cleaned, field)


class BudgetLineDialog(ChildDialog):
    """A planned (and later actual) expense in one currency, on one funding source or none."""

    def __init__(
        self,
        context: EditorContext,
        sources: Sequence[FundingSourceRow],
        submit: Submit,
        *,
        mission_id: int,
        row: BudgetLineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a Budget Line") if row is None else self.tr("Budget Line")
        super().__init__(context, "mission_budget_line", title, submit, parent)
        self._mission_id = mission_id
        self.category: EnumCombo[BudgetCategory] = EnumCombo(BudgetCategory, labels.budget_category)
        self.source = QComboBox()
        self.source.addItem(self.tr("None"), None)
        for source in sources:
            self.source.addItem(source.name, source.id)
        self.planned = line_edit(placeholder="0.00", max_length=40)
        self.actual = line_edit(placeholder="0.00", max_length=40)
        self.currency: EnumCombo[Currency] = EnumCombo(Currency, str)
        self.note = line_edit(max_length=1000)
        if row is not None:
            self.category.set_value(row.category)
            index = self.source.findData(row.funding_source_id)
            self.source.setCurrentIndex(max(index, 0))
            self.planned.setText(str(row.planned))
            self.actual.setText(str(row.actual))
            self.currency.set_value(row.currency)
            self.note.setText(row.note)
        self.row(self.tr("&Category:"), self.category, "category")
        self.row(self.tr("&Funding source:"), self.source, "funding_source")
        self.row(self.tr("&Planned amount:"), self.planned, "planned")
        self.row(self.tr("&Actual amount:"), self.actual, "actual")
        self.row(self.tr("C&urrency:"), self.currency, "currency")
        self.row(self.tr("&Note:"), self.note, "note")
        self.currency.currentIndexChanged.connect(self._hint)
        self._hint()

    def _hint(self, *_args: object) -> None:
        self.currency.setToolTip(
            self.tr("1 € = {rate}").format(rate=fmt.money(money.XOF_PER_EUR, "XOF"))
            if self.currency.value() == Currency.XOF
            else ""
        )

    def spec(self) -> BudgetLineSpec:
        source = self.source.currentData()
        return BudgetLineSpec(
            category=self.category.value(),
            planned=parse_amount(self.planned.text(), "planned"),
            actual=parse_amount(self.actual.text(), "actual"),
            currency=self.currency.value(),
            funding_source_id=None if source is None else int(source),
            mission_id=self._mission_id,
            note=self.note.text(),
        )
