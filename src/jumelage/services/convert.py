"""ORM objects to plain rows. The only place that knows both shapes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jumelage.domain import places
from jumelage.domain import time as tz
from jumelage.domain.enums import EventStatus
from jumelage.domain.rows import (
    ActionItemRow,
    AgendaItemRow,
    AttendanceRow,
    BudgetLineRow,
    DayOff,
    DecisionRow,
    ExternalEventRow,
    FollowUpRow,
    FundingSourceRow,
    LegRow,
    MissionRow,
    ParticipantRow,
    PartnershipRow,
    PersonRow,
    TownRow,
)
from jumelage.persistence import models as m


def zoned(wall: dt.datetime, zone_name: str) -> dt.datetime:
    """Stored wall time + zone → aware datetime (falls back to the fixed UTC instant only if
    the zone disappeared from the database, which IANA never does)."""
    return wall.replace(tzinfo=tz.zone(zone_name), fold=0)


def sdgs_of(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p)


def town_row(t: m.Town) -> TownRow:
    return TownRow(
        id=t.id,
        version=t.version,
        name=t.name,
        country=t.country,
        subdivision=t.subdivision,
        time_zone=t.time_zone,
        work_start=t.work_start,
        work_end=t.work_end,
        weekend=places.parse_weekdays(t.weekend),
        days_off=tuple(DayOff(d.date, d.name) for d in t.days_off),
    )


def partnership_row(p: m.Partnership) -> PartnershipRow:
    return PartnershipRow(
        id=p.id,
        version=p.version,
        name=p.name,
        home_town_id=p.home_town_id,
        home_town=p.home_town.name,
        home_zone=p.home_town.time_zone,
        partner_town_id=p.partner_town_id,
        partner_town=p.partner_town.name,
        partner_zone=p.partner_town.time_zone,
        since=p.since,
        status=p.status,
        colour=p.colour,
        description=p.description,
    )


def person_row(p: m.Person) -> PersonRow:
    return PersonRow(
        id=p.id,
        version=p.version,
        name=p.name,
        town_id=p.town_id,
        town=p.town.name if p.town else None,
        organisation=p.organisation,
        role=p.role,
        email=p.email,
        phone=p.phone,
        languages=tuple(code for code in p.languages.split(",") if code),
        erased=p.erased_at is not None,
    )


def funding_row(f: m.FundingSource) -> FundingSourceRow:
    return FundingSourceRow(
        id=f.id,
        version=f.version,
        name=f.name,
        amount=f.amount,
        currency=f.currency,
        period_start=f.period_start,
        period_end=f.period_end,
    )


def mission_row(
    mission: m.Mission,
    participant_count: int = 0,
    budget: tuple[Decimal | None, Decimal | None] = (None, None),
) -> MissionRow:
    return MissionRow(
        id=mission.id,
        version=mission.version,
        uid=mission.uid,
        sequence=mission.sequence,
        partnership_id=mission.partnership_id,
        partnership=mission.partnership.name,
        title=mission.title,
        direction=mission.direction,
        destination_town_id=mission.destination_town_id,
        destination=mission.destination_town.name,
        destination_zone=mission.destination_town.time_zone,
        start_date=mission.start_date,
        end_date=mission.end_date,
        status=mission.status,
        objectives=mission.objectives,
        internal_notes=mission.internal_notes,
        outcomes=mission.outcomes,
        sdgs=sdgs_of(mission.sdgs),
        shared=mission.shared,
        created_at=mission.created_at,
        updated_at=mission.updated_at,
        participant_count=participant_count,
        budget_planned_eur=budget[0],
        budget_actual_eur=budget[1],
    )


def participant_row(p: m.MissionParticipant) -> ParticipantRow:
    return ParticipantRow(
        id=p.id,
        version=p.version,
        mission_id=p.mission_id,
        person_id=p.person_id,
        person=p.person.name,
        role=p.role,
        passport=p.passport,
        visa=p.visa,
        vaccination=p.vaccination,
        insurance=p.insurance,
        mission_order=p.mission_order,
    )


def leg_row(leg: m.TravelLeg) -> LegRow:
    return LegRow(
        id=leg.id,
        version=leg.version,
        uid=leg.uid,
        sequence=leg.sequence,
        mission_id=leg.mission_id,
        origin=leg.origin,
        destination=leg.destination,
        depart=zoned(leg.depart_local, leg.depart_zone),
        arrive=zoned(leg.arrive_local, leg.arrive_zone),
        mode=leg.mode,
        reference=leg.reference,
    )


def agenda_row(item: m.AgendaItem) -> AgendaItemRow:
    return AgendaItemRow(
        id=item.id,
        version=item.version,
        uid=item.uid,
        sequence=item.sequence,
        mission_id=item.mission_id,
        title=item.title,
        start=zoned(item.start_local, item.time_zone),
        end=zoned(item.end_local, item.time_zone),
        location=item.location,
        description=item.description,
    )


def budget_row(line: m.BudgetLine) -> BudgetLineRow:
    return BudgetLineRow(
        id=line.id,
        version=line.version,
        mission_id=line.mission_id,
        partnership_id=line.partnership_id,
        category=line.category,
        funding_source_id=line.funding_source_id,
        funding_source=line.funding_source.name if line.funding_source else None,
        planned=line.planned,
        actual=line.actual,
        currency=line.currency,
        note=line.note,
    )


def followup_row(f: m.FollowUp) -> FollowUpRow:
    return FollowUpRow(
        id=f.id,
        version=f.version,
        uid=f.uid,
        sequence=f.sequence,
        partnership_id=f.partnership_id,
        partnership=f.partnership.name,
        series_id=f.series_id,
        title=f.title,
        start=zoned(f.start_local, f.time_zone),
        duration_min=f.duration_min,
        channel=f.channel,
        join_link=f.join_link,
        status=f.status,
        agenda=f.agenda,
        minutes=f.minutes,
        quality=f.quality,
        minutes_lost=f.minutes_lost,
        shared=f.shared,
        partner_zone=f.partnership.partner_town.time_zone,
    )


def attendance_row(a: m.Attendance) -> AttendanceRow:
    return AttendanceRow(
        id=a.id,
        version=a.version,
        followup_id=a.followup_id,
        person_id=a.person_id,
        person=a.person.name,
        status=a.status,
        connection_trouble=a.connection_trouble,
    )


def decision_row(d: m.Decision) -> DecisionRow:
    return DecisionRow(id=d.id, version=d.version, followup_id=d.followup_id, text=d.text)


def action_row(a: m.ActionItem) -> ActionItemRow:
    return ActionItemRow(
        id=a.id,
        version=a.version,
        uid=a.uid,
        sequence=a.sequence,
        partnership_id=a.partnership_id,
        partnership=a.partnership.name,
        origin_followup_id=a.origin_followup_id,
        origin_mission_id=a.origin_mission_id,
        description=a.description,
        owner_person_id=a.owner_person_id,
        owner=a.owner.name if a.owner else None,
        due_date=a.due_date,
        status=a.status,
        shared=a.shared,
    )


def external_row(e: m.ExternalEvent) -> ExternalEventRow:
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    if e.all_day:
        start = e.start_local.date()
        end = e.end_local.date() if e.end_local else None
    elif e.time_zone:
        start = zoned(e.start_local, e.time_zone)
        end = zoned(e.end_local, e.time_zone) if e.end_local else None
    else:
        start = e.start_utc
        end = e.end_utc
    return ExternalEventRow(
        id=e.id,
        calendar_id=e.calendar_id,
        calendar=e.calendar.name,
        partnership_id=e.calendar.partnership_id,
        uid=e.uid,
        recurrence_id=e.recurrence_id,
        sequence=e.sequence,
        summary=e.summary,
        location=e.location,
        start=start,
        end=end,
        all_day=e.all_day,
        status=EventStatus(e.status),
    )
