"""Read models: the plain, immutable rows that services hand to the UI and the CLI.

They hold no database handle, so painting a table can never trigger a query. Timed values are
aware datetimes in the zone they were agreed in; all-day values are dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from jumelage.domain import time as tz
from jumelage.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    BudgetCategory,
    CallQuality,
    Channel,
    Currency,
    Direction,
    EventStatus,
    FollowUpStatus,
    MissionStatus,
    ParticipantRole,
    PartnershipStatus,
    TravelMode,
)
from jumelage.domain.errors import DomainWarning


@dataclass(frozen=True, slots=True)
class DayOff:
    date: dt.date
    name: str


@dataclass(frozen=True, slots=True)
class TownRow:
    id: int
    version: int
    name: str
    country: str
    subdivision: str | None
    time_zone: str
    work_start: dt.time
    work_end: dt.time
    weekend: frozenset[int]
    days_off: tuple[DayOff, ...] = ()


@dataclass(frozen=True, slots=True)
class PartnershipRow:
    id: int
    version: int
    name: str
    home_town_id: int
    home_town: str
    home_zone: str
    partner_town_id: int
    partner_town: str
    partner_zone: str
    since: dt.date | None
    status: PartnershipStatus
    colour: str
    description: str


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    version: int
    name: str
    town_id: int | None
    town: str | None
    organisation: str
    role: str
    email: str
    phone: str
    languages: tuple[str, ...]
    erased: bool


@dataclass(frozen=True, slots=True)
class FundingSourceRow:
    id: int
    version: int
    name: str
    amount: Decimal
    currency: Currency
    period_start: dt.date | None
    period_end: dt.date | None


@dataclass(frozen=True, slots=True)
class MissionRow:
    id: int
    version: int
    uid: str
    sequence: int
    partnership_id: int
    partnership: str
    title: str
    direction: Direction
    destination_town_id: int
    destination: str
    destination_zone: str
    start_date: dt.date
    end_date: dt.date
    status: MissionStatus
    objectives: str
    internal_notes: str
    outcomes: str
    sdgs: tuple[int, ...]
    shared: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    participant_count: int = 0
    budget_planned_eur: Decimal | None = None
    budget_actual_eur: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    version: int
    mission_id: int
    person_id: int
    person: str
    role: ParticipantRole
    passport: bool
    visa: bool
    vaccination: bool
    insurance: bool
    mission_order: bool

    @property
    def missing(self) -> tuple[str, ...]:
        """Names of the checklist entries still missing."""
        checks = ("passport", "visa", "vaccination", "insurance", "mission_order")
        return tuple(name for name in checks if not getattr(self, name))


@dataclass(frozen=True, slots=True)
class LegRow:
    id: int
    version: int
    uid: str
    sequence: int
    mission_id: int
    origin: str
    destination: str
    depart: dt.datetime
    arrive: dt.datetime
    mode: TravelMode
    reference: str

    @property
    def duration(self) -> dt.timedelta:
        """Elapsed time (as instants: subtracting two times of one zone in Python would
        ignore a daylight-saving change in between)."""
        return self.arrive.astimezone(dt.UTC) - self.depart.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class AgendaItemRow:
    id: int
    version: int
    uid: str
    sequence: int
    mission_id: int
    title: str
    start: dt.datetime
    end: dt.datetime
    location: str
    description: str


@dataclass(frozen=True, slots=True)
class BudgetLineRow:
    id: int
    version: int
    mission_id: int | None
    partnership_id: int | None
    category: BudgetCategory
    funding_source_id: int | None
    funding_source: str | None
    planned: Decimal
    actual: Decimal
    currency: Currency
    note: str


@dataclass(frozen=True, slots=True)
class MissionDetail:
    mission: MissionRow
    participants: tuple[ParticipantRow, ...]
    legs: tuple[LegRow, ...]
    agenda: tuple[AgendaItemRow, ...]
    budget: tuple[BudgetLineRow, ...]
    warnings: tuple[DomainWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    version: int
    uid: str
    sequence: int
    partnership_id: int
    partnership: str
    series_id: int | None
    title: str
    start: dt.datetime
    duration_min: int
    channel: Channel
    join_link: str
    status: FollowUpStatus
    agenda: str
    minutes: str
    quality: CallQuality | None
    minutes_lost: int
    shared: bool
    partner_zone: str = "UTC"

    @property
    def end(self) -> dt.datetime:
        """The end on the start's clocks, computed as an instant (DST-safe)."""
        utc_end = self.start.astimezone(dt.UTC) + dt.timedelta(minutes=self.duration_min)
        return utc_end.astimezone(self.start.tzinfo)


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    id: int
    version: int
    followup_id: int
    person_id: int
    person: str
    status: AttendanceStatus
    connection_trouble: bool


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    version: int
    followup_id: int
    text: str


@dataclass(frozen=True, slots=True)
class ActionItemRow:
    id: int
    version: int
    uid: str
    sequence: int
    partnership_id: int
    partnership: str
    origin_followup_id: int | None
    origin_mission_id: int | None
    description: str
    owner_person_id: int | None
    owner: str | None
    due_date: dt.date | None
    status: ActionStatus
    shared: bool

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True, slots=True)
class FollowUpDetail:
    followup: FollowUpRow
    attendance: tuple[AttendanceRow, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionItemRow, ...]


@dataclass(frozen=True, slots=True)
class ExternalEventRow:
    id: int
    calendar_id: int
    calendar: str
    partnership_id: int | None
    uid: str
    recurrence_id: str
    sequence: int
    summary: str
    location: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    all_day: bool
    status: EventStatus


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One partnership on the Overview page."""

    partnership: PartnershipRow
    next_mission: MissionRow | None
    next_followup: FollowUpRow | None
    #: The first overdue items, by due date (at most
    #: :data:`jumelage.services.overview.OVERDUE_LISTED`); ``overdue_count`` counts them all.
    overdue_actions: tuple[ActionItemRow, ...] = field(default=())
    open_action_count: int = 0
    overdue_count: int = 0


@dataclass(frozen=True, slots=True)
class OverviewState:
    """The Overview as loaded at ``as_of``, with the database's generation then (a token that
    changes with every committed write; ``None`` when it changed during the load or the
    database has none yet): enough to tell later whether the same rows still hold."""

    rows: tuple[OverviewRow, ...]
    as_of: dt.datetime
    generation: str | None = None

    def still_holds(self, now: dt.datetime, generation: str | None) -> bool:
        """The rows a load at ``now`` of a database at ``generation`` would give: nothing was
        written since, no home town has reached another day (the next mission and the
        overdue items depend on it) and no next follow-up has started."""
        if generation is None or generation != self.generation:
            return False
        for row in self.rows:
            zone = tz.zone(row.partnership.home_zone)
            if now.astimezone(zone).date() != self.as_of.astimezone(zone).date():
                return False
            if row.next_followup is not None and row.next_followup.start < now:
                return False
        return True


@dataclass(frozen=True, slots=True)
class RateRow:
    """Units of ``currency`` per euro. ``fixed`` rows (EUR, the XOF peg) cannot be edited."""

    currency: Currency
    per_eur: Decimal
    as_of: dt.date
    fixed: bool
    version: int


@dataclass(frozen=True, slots=True)
class SourceTotals:
    """A mission's planned and actual spending on one funding source, in euros.

    ``funding_source`` is ``None`` for the lines that name no source.
    """

    funding_source_id: int | None
    funding_source: str | None
    planned_eur: Decimal
    actual_eur: Decimal


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    """A mission's budget in euros, per funding source (sources by name, "no source" last).

    Lines in a currency without a rate are left out of every sum; ``missing_rates`` names
    those currencies, so a view can say the totals are incomplete.
    """

    mission_id: int
    sources: tuple[SourceTotals, ...]
    planned_eur: Decimal
    actual_eur: Decimal
    missing_rates: tuple[Currency, ...] = ()

    @property
    def complete(self) -> bool:
        """Every line could be converted."""
        return not self.missing_rates
