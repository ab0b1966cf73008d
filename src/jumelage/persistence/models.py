"""The tables (DESIGN.md section 3).

Timed rows store the agreed wall-clock time (``*_local``, naive by definition) and the IANA
zone it was agreed in; ``*_utc`` is derived by the services and recomputed when the zone rules
change (see :func:`jumelage.persistence.database.refresh_utc_instants`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    Time,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
from jumelage.domain.time import utc_now
from jumelage.persistence.base import Base, CalendarItem, Versioned, enum_column
from jumelage.persistence.types import Money, UTCDateTime

NAME = 200
ZONE = 64


class SharedOnce:
    """A calendar item that may have left in a partner's file.

    ``shared_once`` becomes true the first time the item is shared (its own ``shared`` flag,
    or for legs and agenda items their mission's) and never goes back: an item unshared
    afterwards is then exported to the partner as ``STATUS:CANCELLED`` instead of vanishing
    (the partner's calendar would keep a ghost), while an item never shared never appears.
    For rows with a ``shared`` column :func:`_remember_sharing` keeps it; the mission service
    keeps it for legs and agenda items.
    """

    shared_once: Mapped[bool] = mapped_column(default=False, server_default=false())


class Meta(Base):
    """Key-value facts about the database itself (e.g. the tzdata version of its instants)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Town(Versioned, Base):
    __tablename__ = "towns"
    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    country: Mapped[str] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(16))
    time_zone: Mapped[str] = mapped_column(String(ZONE))
    work_start: Mapped[dt.time] = mapped_column(Time())
    work_end: Mapped[dt.time] = mapped_column(Time())
    #: Weekday numbers, Monday = 0, as "5,6".
    weekend: Mapped[str] = mapped_column(String(20))
    days_off: Mapped[list[TownDayOff]] = relationship(
        back_populates="town", cascade="all, delete-orphan", order_by="TownDayOff.date"
    )


class TownDayOff(Base):
    """A town's own day off that the holidays package does not know (Brussels, 8 May)."""

    __tablename__ = "town_days_off"
    __table_args__ = (UniqueConstraint("town_id", "date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date())
    name: Mapped[str] = mapped_column(String(NAME))
    town: Mapped[Town] = relationship(back_populates="days_off")


class Partnership(Versioned, Base):
    __tablename__ = "partnerships"
    __table_args__ = (CheckConstraint("home_town_id <> partner_town_id", name="distinct_towns"),)
    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    home_town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    partner_town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    since: Mapped[dt.date | None] = mapped_column(Date())
    status: Mapped[PartnershipStatus] = mapped_column(enum_column(PartnershipStatus))
    colour: Mapped[str] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, default="")
    home_town: Mapped[Town] = relationship(foreign_keys=[home_town_id], lazy="joined")
    partner_town: Mapped[Town] = relationship(foreign_keys=[partner_town_id], lazy="joined")


class Person(Versioned, Base):
    __tablename__ = "people"
    name: Mapped[str] = mapped_column(String(NAME))
    town_id: Mapped[int | None] = mapped_column(
        ForeignKey("towns.id", ondelete="SET NULL"), index=True
    )
    organisation: Mapped[str] = mapped_column(String(NAME), default="")
    role: Mapped[str] = mapped_column(String(NAME), default="")
    email: Mapped[str] = mapped_column(String(NAME), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    #: ISO 639-1 codes, comma-separated.
    languages: Mapped[str] = mapped_column(String(100), default="")
    erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    town: Mapped[Town | None] = relationship(lazy="joined")


class FundingSource(Versioned, Base):
    __tablename__ = "funding_sources"
    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[Currency] = mapped_column(enum_column(Currency))
    period_start: Mapped[dt.date | None] = mapped_column(Date())
    period_end: Mapped[dt.date | None] = mapped_column(Date())


class Mission(SharedOnce, CalendarItem, Base):
    __tablename__ = "missions"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        Index("ix_missions_partnership_start", "partnership_id", "start_date"),
    )
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"))
    title: Mapped[str] = mapped_column(String(NAME))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    destination_town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date())
    end_date: Mapped[dt.date] = mapped_column(Date())
    status: Mapped[MissionStatus] = mapped_column(enum_column(MissionStatus))
    objectives: Mapped[str] = mapped_column(Text, default="")
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    #: Goal numbers, comma-separated ("1,5,17").
    sdgs: Mapped[str] = mapped_column(String(64), default="")
    shared: Mapped[bool] = mapped_column(default=False)
    partnership: Mapped[Partnership] = relationship(lazy="joined")
    destination_town: Mapped[Town] = relationship(lazy="joined")


class MissionParticipant(Versioned, Base):
    __tablename__ = "mission_participants"
    __table_args__ = (UniqueConstraint("mission_id", "person_id"),)
    mission_id: Mapped[int] = mapped_column(ForeignKey("missions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(enum_column(ParticipantRole))
    passport: Mapped[bool] = mapped_column(default=False)
    visa: Mapped[bool] = mapped_column(default=False)
    vaccination: Mapped[bool] = mapped_column(default=False)
    insurance: Mapped[bool] = mapped_column(default=False)
    mission_order: Mapped[bool] = mapped_column(default=False)
    person: Mapped[Person] = relationship(lazy="joined")


class TravelLeg(SharedOnce, CalendarItem, Base):
    """DTSTART and DTEND of a leg may carry different zones (departure, arrival)."""

    __tablename__ = "travel_legs"
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("missions.id", ondelete="CASCADE"), index=True
    )
    origin: Mapped[str] = mapped_column(String(NAME))
    destination: Mapped[str] = mapped_column(String(NAME))
    depart_local: Mapped[dt.datetime] = mapped_column(DateTime())
    depart_zone: Mapped[str] = mapped_column(String(ZONE))
    depart_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    arrive_local: Mapped[dt.datetime] = mapped_column(DateTime())
    arrive_zone: Mapped[str] = mapped_column(String(ZONE))
    arrive_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    mode: Mapped[TravelMode] = mapped_column(enum_column(TravelMode))
    reference: Mapped[str] = mapped_column(String(NAME), default="")


class AgendaItem(SharedOnce, CalendarItem, Base):
    __tablename__ = "agenda_items"
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("missions.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(NAME))
    start_local: Mapped[dt.datetime] = mapped_column(DateTime())
    end_local: Mapped[dt.datetime] = mapped_column(DateTime())
    time_zone: Mapped[str] = mapped_column(String(ZONE))
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    location: Mapped[str] = mapped_column(String(NAME), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (
        CheckConstraint("(mission_id IS NULL) <> (partnership_id IS NULL)", name="one_owner"),
    )
    mission_id: Mapped[int | None] = mapped_column(
        ForeignKey("missions.id", ondelete="CASCADE"), index=True
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[BudgetCategory] = mapped_column(enum_column(BudgetCategory))
    funding_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_sources.id", ondelete="SET NULL"), index=True
    )
    planned: Mapped[Decimal] = mapped_column(Money())
    actual: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[Currency] = mapped_column(enum_column(Currency))
    note: Mapped[str] = mapped_column(Text, default="")
    funding_source: Mapped[FundingSource | None] = relationship(lazy="joined")


class FollowUpSeries(SharedOnce, CalendarItem, Base):
    """A recurring follow-up: the rule, anchored at a wall time in one zone."""

    __tablename__ = "followup_series"
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME))
    rule: Mapped[str] = mapped_column(String(500))
    first_local: Mapped[dt.datetime] = mapped_column(DateTime())
    time_zone: Mapped[str] = mapped_column(String(ZONE))
    duration_min: Mapped[int]
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    join_link: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(default=True)


class FollowUp(SharedOnce, CalendarItem, Base):
    __tablename__ = "followups"
    __table_args__ = (
        Index("ix_followups_partnership_start", "partnership_id", "start_utc"),
        UniqueConstraint("series_id", "recurrence_local"),
    )
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"))
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("followup_series.id", ondelete="SET NULL")
    )
    #: Original wall time of this occurrence in its series (the RECURRENCE-ID).
    recurrence_local: Mapped[dt.datetime | None] = mapped_column(DateTime())
    title: Mapped[str] = mapped_column(String(NAME))
    start_local: Mapped[dt.datetime] = mapped_column(DateTime())
    time_zone: Mapped[str] = mapped_column(String(ZONE))
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    duration_min: Mapped[int]
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    join_link: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FollowUpStatus] = mapped_column(enum_column(FollowUpStatus))
    agenda: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    quality: Mapped[CallQuality | None] = mapped_column(enum_column(CallQuality))
    minutes_lost: Mapped[int] = mapped_column(default=0)
    shared: Mapped[bool] = mapped_column(default=True)
    partnership: Mapped[Partnership] = relationship(lazy="joined")


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("followup_id", "person_id"),)
    followup_id: Mapped[int] = mapped_column(ForeignKey("followups.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    connection_trouble: Mapped[bool] = mapped_column(default=False)
    person: Mapped[Person] = relationship(lazy="joined")


class Decision(Versioned, Base):
    __tablename__ = "decisions"
    followup_id: Mapped[int] = mapped_column(
        ForeignKey("followups.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class ActionItem(SharedOnce, CalendarItem, Base):
    __tablename__ = "action_items"
    __table_args__ = (
        Index("ix_action_items_partnership_status_due", "partnership_id", "status", "due_date"),
    )
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id"))
    origin_followup_id: Mapped[int | None] = mapped_column(
        ForeignKey("followups.id", ondelete="SET NULL"), index=True
    )
    origin_mission_id: Mapped[int | None] = mapped_column(
        ForeignKey("missions.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date())
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus))
    shared: Mapped[bool] = mapped_column(default=False)
    partnership: Mapped[Partnership] = relationship(lazy="joined")
    owner: Mapped[Person | None] = relationship(lazy="joined")


class ActionItemDiscussion(Base):
    """An action item was on the table at a follow-up (the item's history).

    The follow-up an item came from counts as discussed without a row here.
    """

    __tablename__ = "action_item_discussions"
    __table_args__ = (UniqueConstraint("action_item_id", "followup_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = mapped_column(ForeignKey("action_items.id", ondelete="CASCADE"))
    followup_id: Mapped[int] = mapped_column(
        ForeignKey("followups.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ExchangeRate(Base):
    """How many units of a floating currency one euro buys, as the team last entered it.

    EUR and XOF (pegged at 655.957) are fixed in :mod:`jumelage.domain.money` and never stored.
    The currency is the key, so the row has its own version counter and timestamps instead of
    the :class:`Versioned` mixin (which brings an integer ``id``); the services stamp them.
    """

    __tablename__ = "exchange_rates"
    __table_args__ = (CheckConstraint("currency NOT IN ('EUR', 'XOF')", name="floating_only"),)
    currency: Mapped[Currency] = mapped_column(enum_column(Currency), primary_key=True)
    per_eur: Mapped[Decimal] = mapped_column(Money())
    as_of: Mapped[dt.date] = mapped_column(Date())
    version: Mapped[int] = mapped_column(nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own dict


class ExternalCalendar(Versioned, Base):
    """A calendar a partner sent us; its events are read-only here."""

    __tablename__ = "external_calendars"
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME))
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ExternalEvent(Versioned, Base):
    __tablename__ = "external_events"
    __table_args__ = (
        UniqueConstraint("calendar_id", "uid", "recurrence_id"),
        Index("ix_external_events_start", "start_utc"),
    )
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("external_calendars.id", ondelete="CASCADE")
    )
    uid: Mapped[str] = mapped_column(String(500))
    #: RECURRENCE-ID as written in the file, "" for the master or a single event.
    recurrence_id: Mapped[str] = mapped_column(String(64), default="")
    sequence: Mapped[int] = mapped_column(default=0)
    last_modified: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    dtstamp: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    summary: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    all_day: Mapped[bool] = mapped_column(default=False)
    start_local: Mapped[dt.datetime] = mapped_column(DateTime())
    end_local: Mapped[dt.datetime | None] = mapped_column(DateTime())
    #: "" for all-day dates.
    time_zone: Mapped[str] = mapped_column(String(ZONE), default="")
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[EventStatus] = mapped_column(enum_column(EventStatus))
    raw: Mapped[str] = mapped_column(Text, default="")
    calendar: Mapped[ExternalCalendar] = relationship(lazy="joined")


def _remember_sharing(target: SharedOnce, value: object, old: object, _initiator: object) -> None:
    """``shared`` set to true, or changed from true (a row inserted with the column's default
    of true, then unshared): the row has been shared."""
    if value is True or old is True:
        target.shared_once = True


for _model in (Mission, FollowUpSeries, FollowUp, ActionItem):
    event.listen(_model.shared, "set", _remember_sharing, active_history=True)


#: Tables whose rows carry a wall time and a derived UTC instant:
#: (model, [(local column, zone column, utc column), ...]).
TIMED_COLUMNS: tuple[tuple[type[Base], tuple[tuple[str, str, str], ...]], ...] = (
    (
        TravelLeg,
        (
            ("depart_local", "depart_zone", "depart_utc"),
            ("arrive_local", "arrive_zone", "arrive_utc"),
        ),
    ),
    (
        AgendaItem,
        (("start_local", "time_zone", "start_utc"), ("end_local", "time_zone", "end_utc")),
    ),
    (FollowUp, (("start_local", "time_zone", "start_utc"),)),
)
