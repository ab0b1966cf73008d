"""What callers hand to services to create or edit a record.

Each spec's ``validated()`` applies the domain rules and returns a normalised copy, or raises
a typed :class:`~jumelage.domain.errors.ValidationError` naming the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from jumelage.domain import money, places, rules, sdg
from jumelage.domain import time as tz
from jumelage.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    BudgetCategory,
    CallQuality,
    Channel,
    Currency,
    Direction,
    FollowUpStatus,
    MissionStatus,
    ParticipantRole,
    PartnershipStatus,
    TravelMode,
)
from jumelage.domain.errors import BudgetOwnerRequired, SameTown, ValidationError
from jumelage.domain.rows import DayOff


@dataclass(frozen=True)
class TownSpec:
    name: str
    country: str
    time_zone: str
    subdivision: str | None = None
    work_start: dt.time = places.DEFAULT_WORK_START
    work_end: dt.time = places.DEFAULT_WORK_END
    #: ``None``: the country's usual weekend.
    weekend: frozenset[int] | None = None
    days_off: tuple[DayOff, ...] = ()

    def validated(self) -> TownSpec:
        country = places.normalise_country(self.country)
        tz.zone(self.time_zone)
        places.check_working_hours(self.work_start, self.work_end)
        weekend = self.weekend if self.weekend is not None else places.default_weekend(country)
        if any(d not in range(7) for d in weekend):
            raise ValidationError(field="weekend")
        days_off = tuple(
            DayOff(d.date, rules.text(d.name, "days_off", required=True))
            for d in sorted(self.days_off, key=lambda d: d.date)
        )
        return replace(
            self,
            name=rules.text(self.name, "name", required=True),
            country=country,
            subdivision=rules.text(self.subdivision, "subdivision") or None,
            weekend=frozenset(weekend),
            days_off=days_off,
        )


@dataclass(frozen=True)
class PartnershipSpec:
    home_town_id: int
    partner_town_id: int
    name: str = ""
    since: dt.date | None = None
    status: PartnershipStatus = PartnershipStatus.ACTIVE
    colour: str = "#1f77b4"
    description: str = ""

    def validated(self) -> PartnershipSpec:
        if self.home_town_id == self.partner_town_id:
            raise SameTown(field="partner_town", town=str(self.partner_town_id))
        return replace(
            self,
            name=rules.text(self.name, "name"),
            status=rules.choice(PartnershipStatus, self.status, "status"),
            colour=rules.colour(self.colour),
            description=rules.long_text(self.description, "description"),
        )


@dataclass(frozen=True)
class PersonSpec:
    name: str
    town_id: int | None = None
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()

    def validated(self) -> PersonSpec:
        languages = tuple(
            dict.fromkeys(code.strip().lower() for code in self.languages if code.strip())
        )
        return replace(
            self,
            name=rules.text(self.name, "name", required=True),
            organisation=rules.text(self.organisation, "organisation"),
            role=rules.text(self.role, "role"),
            email=rules.email(self.email),
            phone=rules.text(self.phone, "phone", limit=40),
            languages=languages,
        )


@dataclass(frozen=True)
class FundingSourceSpec:
    name: str
    amount: Decimal
    currency: Currency | str = Currency.EUR
    period_start: dt.date | None = None
    period_end: dt.date | None = None

    def validated(self) -> FundingSourceSpec:
        if self.period_start and self.period_end:
            rules.date_range(self.period_start, self.period_end, "period")
        return replace(
            self,
            name=rules.text(self.name, "name", required=True),
            amount=money.amount(self.amount, "amount"),
            currency=money.currency(str(self.currency)),
        )


@dataclass(frozen=True)
class MissionSpec:
    partnership_id: int
    title: str
    destination_town_id: int
    start_date: dt.date
    end_date: dt.date
    direction: Direction = Direction.OUTBOUND
    status: MissionStatus = MissionStatus.IDEA
    objectives: str = ""
    internal_notes: str = ""
    outcomes: str = ""
    sdgs: tuple[int, ...] = ()
    shared: bool = False

    def validated(self) -> MissionSpec:
        rules.date_range(self.start_date, self.end_date, "dates")
        return replace(
            self,
            title=rules.text(self.title, "title", required=True),
            direction=rules.choice(Direction, self.direction, "direction"),
            status=rules.choice(MissionStatus, self.status, "status"),
            objectives=rules.long_text(self.objectives, "objectives"),
            internal_notes=rules.long_text(self.internal_notes, "internal_notes"),
            outcomes=rules.long_text(self.outcomes, "outcomes"),
            sdgs=sdg.normalise_sdgs(self.sdgs),
        )


@dataclass(frozen=True)
class ParticipantSpec:
    person_id: int
    role: ParticipantRole = ParticipantRole.OFFICER
    passport: bool = False
    visa: bool = False
    vaccination: bool = False
    insurance: bool = False
    mission_order: bool = False

    def validated(self) -> ParticipantSpec:
        return replace(self, role=rules.choice(ParticipantRole, self.role, "role"))


@dataclass(frozen=True)
class LegSpec:
    """A journey from one place to another. ``depart`` is aware in the departure zone and
    ``arrive`` in the arrival zone: a Brussels → Dakar flight has two different zones."""

    origin: str
    destination: str
    depart: dt.datetime
    arrive: dt.datetime
    mode: TravelMode = TravelMode.AIR
    reference: str = ""

    def validated(self) -> LegSpec:
        tz.split_zoned(self.depart, "depart")
        tz.split_zoned(self.arrive, "arrive")
        rules.interval(self.depart, self.arrive, "arrive")
        return replace(
            self,
            origin=rules.text(self.origin, "origin", required=True),
            destination=rules.text(self.destination, "destination", required=True),
            mode=rules.choice(TravelMode, self.mode, "mode"),
            reference=rules.text(self.reference, "reference"),
        )


@dataclass(frozen=True)
class AgendaItemSpec:
    title: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""
    description: str = ""

    def validated(self) -> AgendaItemSpec:
        _, start_zone = tz.split_zoned(self.start, "start")
        tz.split_zoned(self.end, "end")
        rules.interval(self.start, self.end, "end")
        # One zone per item: the end is expressed on the same clocks as the start.
        end = self.end.astimezone(tz.zone(start_zone))
        return replace(
            self,
            title=rules.text(self.title, "title", required=True),
            end=end,
            location=rules.text(self.location, "location"),
            description=rules.long_text(self.description, "description"),
        )


@dataclass(frozen=True)
class BudgetLineSpec:
    category: BudgetCategory
    planned: Decimal
    actual: Decimal = Decimal(0)
    currency: Currency | str = Currency.EUR
    funding_source_id: int | None = None
    mission_id: int | None = None
    partnership_id: int | None = None
    note: str = ""

    def validated(self) -> BudgetLineSpec:
        if (self.mission_id is None) == (self.partnership_id is None):
            raise BudgetOwnerRequired(field="owner")
        return replace(
            self,
            category=rules.choice(BudgetCategory, self.category, "category"),
            planned=money.amount(self.planned, "planned"),
            actual=money.amount(self.actual, "actual"),
            currency=money.currency(str(self.currency)),
            note=rules.text(self.note, "note", limit=1000),
        )


@dataclass(frozen=True)
class FollowUpSpec:
    partnership_id: int
    title: str
    start: dt.datetime
    duration_min: int = 60
    channel: Channel = Channel.ZOOM
    join_link: str = ""
    status: FollowUpStatus = FollowUpStatus.PLANNED
    agenda: str = ""
    minutes: str = ""
    quality: CallQuality | None = None
    minutes_lost: int = 0
    shared: bool = True

    def validated(self) -> FollowUpSpec:
        tz.split_zoned(self.start, "start")
        if not 1 <= self.duration_min <= 24 * 60:
            raise ValidationError(field="duration")
        if not 0 <= self.minutes_lost <= self.duration_min:
            raise ValidationError(field="minutes_lost")
        return replace(
            self,
            title=rules.text(self.title, "title", required=True),
            channel=rules.choice(Channel, self.channel, "channel"),
            join_link=rules.text(self.join_link, "join_link", limit=2000),
            status=rules.choice(FollowUpStatus, self.status, "status"),
            agenda=rules.long_text(self.agenda, "agenda"),
            minutes=rules.long_text(self.minutes, "minutes"),
            quality=None
            if self.quality is None
            else rules.choice(CallQuality, self.quality, "quality"),
        )


@dataclass(frozen=True)
class SeriesSpec:
    """A recurring follow-up: an RFC 5545 rule anchored at ``first_start`` in its zone."""

    partnership_id: int
    title: str
    first_start: dt.datetime
    rule: str
    duration_min: int = 60
    channel: Channel = Channel.ZOOM
    join_link: str = ""
    shared: bool = True

    def validated(self) -> SeriesSpec:
        from jumelage.domain.recurrence import parse_rule

        tz.split_zoned(self.first_start, "first_start")
        parse_rule(self.rule)
        if not 1 <= self.duration_min <= 24 * 60:
            raise ValidationError(field="duration")
        return replace(
            self,
            title=rules.text(self.title, "title", required=True),
            channel=rules.choice(Channel, self.channel, "channel"),
            join_link=rules.text(self.join_link, "join_link", limit=2000),
        )


@dataclass(frozen=True)
class AttendanceSpec:
    person_id: int
    status: AttendanceStatus = AttendanceStatus.INVITED
    connection_trouble: bool = False


@dataclass(frozen=True)
class ActionItemSpec:
    partnership_id: int
    description: str
    owner_person_id: int | None = None
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    origin_followup_id: int | None = None
    origin_mission_id: int | None = None
    shared: bool = False

    def validated(self) -> ActionItemSpec:
        return replace(
            self,
            description=rules.text(self.description, "description", required=True, limit=2000),
            status=rules.choice(ActionStatus, self.status, "status"),
        )
