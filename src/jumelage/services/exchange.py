"""Calendar export (DESIGN.md section 5): what leaves the laptop, as one .ics file.

The profile decides what is written. **partner** (the default) writes only the items flagged
shared and only their shared fields, the very fields whose change raises SEQUENCE
(``MISSION_SHARED``, ``LEG_SHARED``, ``AGENDA_SHARED``, ``FOLLOWUP_SHARED``,
``ACTION_SHARED``): never internal notes, outcomes, budgets, people's names, phone numbers or
e-mail addresses. **internal** adds what the team needs: notes, outcomes, the delegation,
budget totals, follow-up agendas and minutes, action owners.

Every item keeps its UID and SEQUENCE; a soft-deleted item (the services keep tombstones and
raise SEQUENCE on delete) or a cancelled one is written ``STATUS:CANCELLED``, so the partner's
calendar drops it instead of keeping a ghost. So is, in the partner profile, an item that was
shared once and is not any more (``shared_once``; a leg or an agenda item follows its
mission), while an item never shared never appears. A follow-up series is written once, as
its RRULE, with EXDATEs for the occurrences that were cancelled, deleted or are not shared,
and a RECURRENCE-ID override for each occurrence that differs from the series.

What a VEVENT shows may come from another row: legs and agenda items take their STATUS from
their mission, a series' EXDATEs come from its occurrences. The services raise the SEQUENCE
of those rows too (``missions.touch_children``, ``followups.touch_series``).

:meth:`ExportService.preview` returns the bytes and the events (the dialog shows exactly what
will leave); :meth:`ExportService.export` writes them atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, lazyload

from jumelage.domain.enums import (
    ActionStatus,
    Currency,
    EventStatus,
    FollowUpStatus,
)
from jumelage.domain.errors import EndBeforeStart
from jumelage.ics.model import CalendarMeta, Category, Event, Profile
from jumelage.ics.profiles import (
    CHANNEL,
    MISSION_STATUS,
    MODE,
    OPEN_SERIES_YEARS,
    ExportRequest,
    ExportResult,
    after,
    export_rrule,
    paragraphs,
    recurrence_key,
    web_link,
)
from jumelage.ics.writer import sort_key, write_calendar, write_file
from jumelage.persistence import models as m
from jumelage.services.base import Service, fetch
from jumelage.services.budget import budget_in_eur
from jumelage.services.changes import Changes, Outcome
from jumelage.services.convert import zoned
from jumelage.services.rates import load_rates

__all__ = [
    "ExportRequest",
    "ExportResult",
    "ExportService",
    "Profile",
    "export_rrule",
    "recurrence_key",
    "web_link",
]


class _Builder:
    """ORM rows → events, for one profile and date range."""

    def __init__(self, s: Session, request: ExportRequest, ids: Sequence[int]) -> None:
        self.s = s
        self.request = request
        self.ids = list(ids)
        self.internal = request.profile is Profile.INTERNAL
        self._rates: dict[Currency, Decimal] | None = None

    def in_range(self, first: dt.date, last: dt.date) -> bool:
        start, end = self.request.start, self.request.end
        return (start is None or last >= start) and (end is None or first <= end)

    def visible(self, shared: bool) -> bool:
        return self.internal or shared

    def written(self, row: m.SharedOnce, shared: bool) -> bool:
        """Whether the row goes in the file: shared now, or (cancelled) shared once."""
        return self.internal or shared or row.shared_once

    def withdrawn(self, shared: bool) -> bool:
        """In the partner profile, an item not shared any more is cancelled there."""
        return not (self.internal or shared)

    def events(self) -> list[Event]:
        missions = self.s.scalars(
            select(m.Mission)
            .where(m.Mission.partnership_id.in_(self.ids))
            .options(lazyload(m.Mission.partnership))
        ).all()
        shown = {x.id: x for x in missions if self.written(x, x.shared)}
        events = [
            self.mission(x) for x in shown.values() if self.in_range(x.start_date, x.end_date)
        ]
        for leg in self.s.scalars(
            select(m.TravelLeg).where(m.TravelLeg.mission_id.in_(list(shown)))
        ):
            mission = shown[leg.mission_id]
            if self.written(leg, mission.shared) and self.in_range(
                leg.depart_local.date(), leg.arrive_local.date()
            ):
                events.append(self.leg(leg, mission))
        for item in self.s.scalars(
            select(m.AgendaItem).where(m.AgendaItem.mission_id.in_(list(shown)))
        ):
            mission = shown[item.mission_id]
            if self.written(item, mission.shared) and self.in_range(
                item.start_local.date(), item.end_local.date()
            ):
                events.append(self.agenda(item, mission))
        events += self.followups()
        actions = (
            select(m.ActionItem)
            .where(m.ActionItem.partnership_id.in_(self.ids), m.ActionItem.due_date.is_not(None))
            .options(lazyload(m.ActionItem.partnership))
        )
        if not self.internal:
            actions = actions.where(
                or_(m.ActionItem.shared.is_(True), m.ActionItem.shared_once.is_(True))
            )
            actions = actions.options(lazyload(m.ActionItem.owner))
        if self.request.start is not None:
            actions = actions.where(m.ActionItem.due_date >= self.request.start)
        if self.request.end is not None:
            actions = actions.where(m.ActionItem.due_date <= self.request.end)
        events += [self.action(action) for action in self.s.scalars(actions)]
        return events

    # --- missions -----------------------------------------------------------------------

    def mission(self, x: m.Mission) -> Event:
        description = x.objectives
        if self.internal:
            description = paragraphs(
                ("", x.objectives),
                ("Internal notes", x.internal_notes),
                ("Outcomes", x.outcomes),
                ("Delegation", self.delegation(x.id)),
                ("Budget", self.budget(x.id)),
                ("SDGs", ", ".join(p for p in x.sdgs.split(",") if p)),
            )
        return Event(
            uid=x.uid,
            sequence=x.sequence,
            summary=x.title,
            start=x.start_date,
            end=x.end_date + dt.timedelta(days=1),
            status=self.status(x.deleted_at, MISSION_STATUS[x.status], x.shared),
            category=Category.MISSION,
            last_modified=x.updated_at,
            created=x.created_at,
            description=description,
            location=x.destination_town.name,
        )

    def delegation(self, mission_id: int) -> str:
        rows = self.s.scalars(
            select(m.MissionParticipant)
            .where(m.MissionParticipant.mission_id == mission_id)
            .order_by(m.MissionParticipant.id)
        )
        return "; ".join(f"{p.person.name} ({p.role.value.replace('_', ' ')})" for p in rows)

    def budget(self, mission_id: int) -> str:
        lines = self.s.execute(
            select(m.BudgetLine.planned, m.BudgetLine.actual, m.BudgetLine.currency).where(
                m.BudgetLine.mission_id == mission_id
            )
        ).all()
        if not lines:
            return ""
        if self._rates is None:
            self._rates = load_rates(self.s)  # once per export, not once per mission
        planned, actual = budget_in_eur([(p, a, c) for p, a, c in lines], self._rates)
        if planned is None or actual is None:
            return "totals incomplete (a currency has no rate)"
        return f"planned {_eur(planned)}, actual {_eur(actual)}"

    def leg(self, leg: m.TravelLeg, mission: m.Mission) -> Event:
        reference = f" ({leg.reference})" if leg.reference else ""
        return Event(
            uid=leg.uid,
            sequence=leg.sequence,
            summary=f"{MODE[leg.mode]} {leg.origin} → {leg.destination}{reference}",
            start=zoned(leg.depart_local, leg.depart_zone),
            end=zoned(leg.arrive_local, leg.arrive_zone),
            status=self.status(leg.deleted_at, MISSION_STATUS[mission.status], mission.shared),
            category=Category.TRAVEL,
            last_modified=leg.updated_at,
            created=leg.created_at,
            location=leg.origin,
            related_to=mission.uid,
        )

    def agenda(self, item: m.AgendaItem, mission: m.Mission) -> Event:
        return Event(
            uid=item.uid,
            sequence=item.sequence,
            summary=item.title,
            start=zoned(item.start_local, item.time_zone),
            end=zoned(item.end_local, item.time_zone),
            status=self.status(item.deleted_at, MISSION_STATUS[mission.status], mission.shared),
            category=Category.AGENDA,
            last_modified=item.updated_at,
            created=item.created_at,
            description=item.description,
            location=item.location,
            related_to=mission.uid,
        )

    # --- follow-ups ---------------------------------------------------------------------

    def followups(self) -> list[Event]:
        rows = self.s.scalars(
            select(m.FollowUp)
            .where(m.FollowUp.partnership_id.in_(self.ids))
            .options(lazyload(m.FollowUp.partnership))
            .order_by(m.FollowUp.start_utc, m.FollowUp.id)
        ).all()
        series = {
            x.id: x
            for x in self.s.scalars(
                select(m.FollowUpSeries).where(m.FollowUpSeries.partnership_id.in_(self.ids))
            )
            if self.written(x, x.shared)
        }
        members: dict[int, list[m.FollowUp]] = {key: [] for key in series}
        events = []
        for f in rows:
            if f.series_id in series and f.recurrence_local is not None:
                members[f.series_id].append(f)
            elif self.written(f, f.shared) and self.in_range(
                f.start_local.date(), f.start_local.date()
            ):
                events.append(self.followup(f, f.uid, None, f.shared))
        for key, x in series.items():
            events += self.series(x, members[key])
        return events

    def followup(
        self, f: m.FollowUp, uid: str, recurrence: dt.datetime | None, shared: bool
    ) -> Event:
        start = zoned(f.start_local, f.time_zone)
        link = f.join_link.strip() if self.internal else web_link(f.join_link)
        details: list[tuple[str, str]] = [("Channel", CHANNEL[f.channel]), ("Join", link)]
        if self.internal:
            details += [("Agenda", f.agenda), ("Minutes", f.minutes)]
        return Event(
            uid=uid,
            sequence=f.sequence,
            summary=f.title,
            start=start,
            end=after(start, f.duration_min),
            status=self.status(
                f.deleted_at,
                EventStatus.CANCELLED
                if f.status is FollowUpStatus.CANCELLED
                else EventStatus.CONFIRMED,
                shared,
            ),
            category=Category.FOLLOW_UP,
            last_modified=f.updated_at,
            created=f.created_at,
            description=paragraphs(*details),
            location=CHANNEL[f.channel],
            url=web_link(f.join_link),
            recurrence_id=recurrence,
        )

    def series(self, x: m.FollowUpSeries, occurrences: list[m.FollowUp]) -> list[Event]:
        walls = sorted(f.recurrence_local for f in occurrences if f.recurrence_local is not None)
        first_wall = walls[0] if walls else x.first_local
        last_wall = walls[-1] if walls else x.first_local
        open_ended = "COUNT" not in x.rule and "UNTIL" not in x.rule
        far = dt.date.max if open_ended else last_wall.date()
        if not self.in_range(first_wall.date(), far):
            return []
        first = zoned(first_wall, x.time_zone)
        exdates: list[dt.datetime] = []
        overrides = []
        for f in occurrences:
            assert f.recurrence_local is not None
            recurrence = zoned(f.recurrence_local, x.time_zone)
            gone = f.deleted_at is not None or f.status is FollowUpStatus.CANCELLED
            if gone or not self.visible(f.shared):
                exdates.append(recurrence)
            elif self.differs(f, x):
                overrides.append(self.followup(f, x.uid, recurrence, x.shared))
        link = x.join_link.strip() if self.internal else web_link(x.join_link)
        last = zoned(last_wall, x.time_zone)
        master = Event(
            uid=x.uid,
            sequence=x.sequence,
            summary=x.title,
            start=first,
            end=after(first, x.duration_min),
            status=self.status(x.deleted_at, EventStatus.CONFIRMED, x.shared),
            category=Category.FOLLOW_UP,
            last_modified=x.updated_at,
            created=x.created_at,
            description=paragraphs(("Channel", CHANNEL[x.channel]), ("Join", link)),
            location=CHANNEL[x.channel],
            url=web_link(x.join_link),
            rrule=export_rrule(x.rule, x.time_zone),
            exdates=tuple(exdates),
            series_end=last.replace(year=last.year + OPEN_SERIES_YEARS) if open_ended else last,
        )
        return [master, *overrides]

    def differs(self, f: m.FollowUp, x: m.FollowUpSeries) -> bool:
        """An occurrence that cannot be read off the series: moved, renamed, another link (or,
        in the internal profile, one with an agenda or minutes)."""
        return (
            f.start_local != f.recurrence_local
            or f.time_zone != x.time_zone
            or (f.title, f.duration_min, f.channel, f.join_link)
            != (x.title, x.duration_min, x.channel, x.join_link)
            or (self.internal and bool(f.agenda or f.minutes))
        )

    # --- actions ------------------------------------------------------------------------

    def action(self, a: m.ActionItem) -> Event:
        assert a.due_date is not None
        description = ""
        if self.internal:
            owner = a.owner.name if a.owner is not None else ""
            description = paragraphs(("Owner", owner), ("Status", a.status.value))
        return Event(
            uid=a.uid,
            sequence=a.sequence,
            summary=f"Due: {a.description}",
            start=a.due_date,
            end=a.due_date + dt.timedelta(days=1),
            status=self.status(
                a.deleted_at,
                EventStatus.CANCELLED
                if a.status is ActionStatus.DROPPED
                else EventStatus.CONFIRMED,
                a.shared,
            ),
            category=Category.ACTION,
            last_modified=a.updated_at,
            created=a.created_at,
            description=description,
            transparent=True,
        )

    def status(
        self, deleted_at: dt.datetime | None, status: EventStatus, shared: bool
    ) -> EventStatus:
        """The item's status; cancelled when it is deleted or (partner profile) withdrawn."""
        gone = deleted_at is not None or self.withdrawn(shared)
        return EventStatus.CANCELLED if gone else status


def _eur(amount: Decimal) -> str:
    return f"{amount:,.2f} EUR"


class ExportService(Service):
    def preview(self, request: ExportRequest) -> ExportResult:
        """The file :meth:`export` would write, and the events in it; nothing is written."""
        if request.start and request.end and request.end < request.start:
            raise EndBeforeStart(field="to", start=request.start, end=request.end)
        with self.db.read() as s:
            if request.partnership_id is not None:
                partnerships = [fetch(s, m.Partnership, request.partnership_id, "partnership")]
            else:
                partnerships = list(s.scalars(select(m.Partnership).order_by(m.Partnership.name)))
            events = _Builder(s, request, [p.id for p in partnerships]).events()
            homes = dict.fromkeys(p.home_town.name for p in partnerships)
            name = (
                partnerships[0].name
                if len(partnerships) == 1
                else f"{' – '.join(homes) or 'Jumelage'}: all partnerships"
            )
        if request.profile is Profile.INTERNAL:
            name += " (internal)"
        meta = CalendarMeta(name=name, organizer=next(iter(homes), "Jumelage"))
        data = write_calendar(meta, events, self.clock())
        return ExportResult(
            data=data,
            events=tuple(sorted_events(events)),
            name=name,
            profile=request.profile,
            partnerships=tuple(p.name for p in partnerships),
        )

    def export(self, request: ExportRequest, path: Path) -> Outcome[ExportResult]:
        """Write the calendar file atomically (nothing in the database changes)."""
        result = self.preview(request)
        written = write_file(Path(path), result.data)
        return Outcome(
            ExportResult(
                result.data,
                result.events,
                result.name,
                result.profile,
                result.partnerships,
                written,
            ),
            Changes(),
        )

    def own_events(self, uids: Iterable[str]) -> dict[tuple[str, str], Event]:
        """Our items with these UIDs as the partner profile writes them, keyed like imported
        events (UID, RECURRENCE-ID as a UTC instant or a date, "" for none)."""
        wanted = set(uids)
        if not wanted:
            return {}
        with self.db.read() as s:
            ids = list(s.scalars(select(m.Partnership.id)))
            events = _Builder(s, ExportRequest(), ids).events()
        return {(e.uid, recurrence_key(e.recurrence_id)): e for e in events if e.uid in wanted}


def sorted_events(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=sort_key)
