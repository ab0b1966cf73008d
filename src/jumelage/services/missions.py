"""Missions and their dossier: delegation, itinerary, agenda and budget."""

from __future__ import annotations

import builtins
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jumelage.domain import rules, sdg
from jumelage.domain import time as tz
from jumelage.domain.enums import Currency, Direction, MissionStatus
from jumelage.domain.errors import DomainWarning, DuplicateName
from jumelage.domain.rows import (
    AgendaItemRow,
    LegRow,
    MissionDetail,
    MissionRow,
    ParticipantRow,
)
from jumelage.domain.specs import (
    AgendaItemSpec,
    LegSpec,
    MissionSpec,
    ParticipantSpec,
)
from jumelage.persistence import models as m
from jumelage.services import bulk, convert
from jumelage.services.base import apply, bump_if_shared, check_version, fetch, tombstone
from jumelage.services.budget import BudgetOperations, budget_in_eur
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.rates import load_rates
from jumelage.services.tombstones import fetch_any, revive

#: Fields that leave the laptop in a partner calendar: changing one raises SEQUENCE.
MISSION_SHARED = frozenset(
    {"title", "start_date", "end_date", "destination_town_id", "status", "objectives", "shared"}
)
LEG_SHARED = frozenset(
    {
        "origin",
        "destination",
        "depart_local",
        "depart_zone",
        "arrive_local",
        "arrive_zone",
        "mode",
        "reference",
    }
)
AGENDA_SHARED = frozenset(
    {"title", "start_local", "end_local", "time_zone", "location", "description"}
)

#: Mission fields that legs and agenda items show too (their STATUS, their place in a
#: partner's file): changing one raises the SEQUENCE of the mission's legs and agenda items.
CHILDREN_SHOW = frozenset({"status", "shared"})

CHANGED = Changes.of(Entity.MISSION)
_DIRECTIONS = bulk.members(Direction)
_STATUSES = bulk.members(MissionStatus)


class MissionService(BudgetOperations):
    """Missions, their delegation, itinerary and agenda; the budget methods come from
    :class:`~jumelage.services.budget.BudgetOperations`."""

    # --- the mission itself -------------------------------------------------------------

    def list(self, partnership_id: int | None = None) -> list[MissionRow]:
        with self.db.read() as s:
            counts: dict[int, int] = {}
            for mission_id, count in s.execute(
                select(m.MissionParticipant.mission_id, func.count()).group_by(
                    m.MissionParticipant.mission_id
                )
            ):
                counts[mission_id] = count
            lines: dict[int, list[tuple[Decimal, Decimal, Currency]]] = {}
            for owner, planned, actual, currency in s.execute(
                select(
                    m.BudgetLine.mission_id,
                    m.BudgetLine.planned,
                    m.BudgetLine.actual,
                    m.BudgetLine.currency,
                ).where(m.BudgetLine.mission_id.is_not(None))
            ):
                if owner is not None:
                    lines.setdefault(owner, []).append((planned, actual, currency))
            # A column query on the connection (services/bulk.py): the ORM objects, with
            # their partnership and town joined in, took 30 times the plain SELECT.
            x, town = m.Mission, m.Town
            query = (
                select(
                    x.id,
                    x.version,
                    x.uid,
                    x.sequence,
                    x.partnership_id,
                    m.Partnership.name,
                    x.title,
                    bulk.raw(x.direction),
                    x.destination_town_id,
                    town.name,
                    town.time_zone,
                    x.start_date,
                    x.end_date,
                    bulk.raw(x.status),
                    x.objectives,
                    x.internal_notes,
                    x.outcomes,
                    x.sdgs,
                    x.shared,
                    x.created_at,
                    x.updated_at,
                )
                .join(m.Partnership, m.Partnership.id == x.partnership_id)
                .join(town, town.id == x.destination_town_id)
                .where(x.deleted_at.is_(None))
            )
            if partnership_id is not None:
                query = query.where(x.partnership_id == partnership_id)
            query = query.order_by(x.start_date, x.id)
            rates = load_rates(s)
            names, goals = bulk.Shared(), bulk.Shared()
            return [
                MissionRow(
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    names(partnership_name),
                    title,
                    _DIRECTIONS[direction],
                    destination_id,
                    names(destination),
                    names(zone),
                    start,
                    end,
                    _STATUSES[status],
                    objectives,
                    notes,
                    outcomes,
                    goals.computed(sdgs, convert.sdgs_of),
                    shared,
                    created,
                    updated,
                    counts.get(key, 0),
                    *budget_in_eur(lines.get(key, ()), rates),
                )
                for (
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    partnership_name,
                    title,
                    direction,
                    destination_id,
                    destination,
                    zone,
                    start,
                    end,
                    status,
                    objectives,
                    notes,
                    outcomes,
                    sdgs,
                    shared,
                    created,
                    updated,
                ) in s.connection().execute(query)
            ]

    def get(self, mission_id: int) -> MissionDetail:
        with self.db.read() as s:
            return self._detail(s, fetch(s, m.Mission, mission_id, "mission"))

    def create(self, spec: MissionSpec) -> Outcome[MissionRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            self._check_refs(s, spec)
            mission = m.Mission()
            self._fill(mission, spec)
            s.add(mission)
            s.flush()
            s.refresh(mission)
            return Outcome(convert.mission_row(mission), CHANGED)

    def update(
        self, mission_id: int, expected_version: int, spec: MissionSpec
    ) -> Outcome[MissionRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            mission = fetch(s, m.Mission, mission_id, "mission")
            check_version(mission, expected_version, "mission")
            rules.check_transition(mission.status, spec.status)
            self._check_refs(s, spec)
            changed = self._fill(mission, spec)
            bump_if_shared(mission, changed, MISSION_SHARED)
            if not CHILDREN_SHOW.isdisjoint(changed):
                touch_children(s, mission)
            s.flush()
            s.refresh(mission)
            warnings = self._warnings(s, mission)
            return Outcome(
                convert.mission_row(mission), CHANGED | Changes.of(Entity.ACTION), tuple(warnings)
            )

    def delete(self, mission_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            mission = fetch(s, m.Mission, mission_id, "mission")
            check_version(mission, expected_version, "mission")
            now = self.clock()
            tombstone(mission, now)
            legs = s.scalars(
                select(m.TravelLeg).where(
                    m.TravelLeg.mission_id == mission_id, m.TravelLeg.deleted_at.is_(None)
                )
            ).all()
            items = s.scalars(
                select(m.AgendaItem).where(
                    m.AgendaItem.mission_id == mission_id, m.AgendaItem.deleted_at.is_(None)
                )
            ).all()
            for leg in legs:
                tombstone(leg, now)
            for item in items:
                tombstone(item, now)
            return Outcome(None, CHANGED)

    def restore(self, mission_id: int) -> Outcome[MissionRow]:
        """Undo :meth:`delete`: the mission comes back with the legs and agenda items that
        were tombstoned with it (same ``deleted_at``), each with a higher SEQUENCE. Nothing
        changes when the mission is not deleted."""
        with self.db.transaction(self.clock) as s:
            mission = fetch_any(s, m.Mission, mission_id, "mission")
            deleted_at = mission.deleted_at
            if not revive(mission):
                return Outcome(self._detail(s, mission).mission, Changes())
            legs = select(m.TravelLeg).where(
                m.TravelLeg.mission_id == mission_id, m.TravelLeg.deleted_at == deleted_at
            )
            items = select(m.AgendaItem).where(
                m.AgendaItem.mission_id == mission_id, m.AgendaItem.deleted_at == deleted_at
            )
            children: list[m.TravelLeg | m.AgendaItem] = [
                *s.scalars(legs).all(),
                *s.scalars(items).all(),
            ]
            for child in children:
                revive(child)
                child.shared_once = child.shared_once or mission.shared
            s.flush()
            s.refresh(mission)
            return Outcome(self._detail(s, mission).mission, CHANGED)

    @staticmethod
    def _check_refs(s: Session, spec: MissionSpec) -> None:
        fetch(s, m.Partnership, spec.partnership_id, "partnership")
        fetch(s, m.Town, spec.destination_town_id, "town")

    @staticmethod
    def _fill(mission: m.Mission, spec: MissionSpec) -> set[str]:
        return apply(
            mission,
            {
                "partnership_id": spec.partnership_id,
                "title": spec.title,
                "direction": spec.direction,
                "destination_town_id": spec.destination_town_id,
                "start_date": spec.start_date,
                "end_date": spec.end_date,
                "status": spec.status,
                "objectives": spec.objectives,
                "internal_notes": spec.internal_notes,
                "outcomes": spec.outcomes,
                "sdgs": ",".join(str(g) for g in sdg.normalise_sdgs(spec.sdgs)),
                "shared": spec.shared,
            },
        )

    def _detail(self, s: Session, mission: m.Mission) -> MissionDetail:
        participants = s.scalars(
            select(m.MissionParticipant)
            .where(m.MissionParticipant.mission_id == mission.id)
            .order_by(m.MissionParticipant.id)
        ).all()
        legs = s.scalars(
            select(m.TravelLeg)
            .where(m.TravelLeg.mission_id == mission.id, m.TravelLeg.deleted_at.is_(None))
            .order_by(m.TravelLeg.depart_utc)
        ).all()
        agenda = s.scalars(
            select(m.AgendaItem)
            .where(m.AgendaItem.mission_id == mission.id, m.AgendaItem.deleted_at.is_(None))
            .order_by(m.AgendaItem.start_utc)
        ).all()
        budget = s.scalars(
            select(m.BudgetLine)
            .where(m.BudgetLine.mission_id == mission.id)
            .order_by(m.BudgetLine.id)
        ).all()
        totals = budget_in_eur([(b.planned, b.actual, b.currency) for b in budget], load_rates(s))
        return MissionDetail(
            mission=convert.mission_row(mission, len(participants), totals),
            participants=tuple(convert.participant_row(p) for p in participants),
            legs=tuple(convert.leg_row(leg) for leg in legs),
            agenda=tuple(convert.agenda_row(a) for a in agenda),
            budget=tuple(convert.budget_row(b) for b in budget),
            warnings=tuple(self._warnings(s, mission)),
        )

    @staticmethod
    def _warnings(s: Session, mission: m.Mission) -> builtins.list[DomainWarning]:
        items = s.scalars(
            select(m.AgendaItem).where(
                m.AgendaItem.mission_id == mission.id, m.AgendaItem.deleted_at.is_(None)
            )
        )
        zone = mission.destination_town.time_zone
        return rules.agenda_warnings(
            mission.start_date,
            mission.end_date,
            [(a.title, tz.in_zone(a.start_utc, zone), tz.in_zone(a.end_utc, zone)) for a in items],
        )

    # --- delegation ----------------------------------------------------------------------

    def add_participant(self, mission_id: int, spec: ParticipantSpec) -> Outcome[ParticipantRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            fetch(s, m.Mission, mission_id, "mission")
            person = fetch(s, m.Person, spec.person_id, "person")
            if (
                s.scalar(
                    select(m.MissionParticipant.id).where(
                        m.MissionParticipant.mission_id == mission_id,
                        m.MissionParticipant.person_id == spec.person_id,
                    )
                )
                is not None
            ):
                raise DuplicateName(kind="participant", name=person.name)
            participant = m.MissionParticipant(mission_id=mission_id, person=person)
            self._fill_participant(participant, spec)
            s.add(participant)
            s.flush()
            return Outcome(convert.participant_row(participant), CHANGED)

    def update_participant(
        self, participant_id: int, expected_version: int, spec: ParticipantSpec
    ) -> Outcome[ParticipantRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            participant = fetch(s, m.MissionParticipant, participant_id, "participant")
            check_version(participant, expected_version, "participant")
            self._fill_participant(participant, spec)
            s.flush()
            return Outcome(convert.participant_row(participant), CHANGED)

    def remove_participant(
        self, participant_id: int, expected_version: int | None = None
    ) -> Outcome[None]:
        """Remove someone from the delegation; with ``expected_version``, only if the row is
        still the one the editor showed."""
        with self.db.transaction(self.clock) as s:
            participant = fetch(s, m.MissionParticipant, participant_id, "participant")
            check_version(participant, expected_version, "participant")
            s.delete(participant)
            return Outcome(None, CHANGED)

    @staticmethod
    def _fill_participant(p: m.MissionParticipant, spec: ParticipantSpec) -> None:
        apply(
            p,
            {
                "role": spec.role,
                "passport": spec.passport,
                "visa": spec.visa,
                "vaccination": spec.vaccination,
                "insurance": spec.insurance,
                "mission_order": spec.mission_order,
            },
        )

    # --- itinerary -----------------------------------------------------------------------

    def add_leg(self, mission_id: int, spec: LegSpec) -> Outcome[LegRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            mission = fetch(s, m.Mission, mission_id, "mission")
            leg = m.TravelLeg(mission_id=mission_id, shared_once=mission.shared)
            self._fill_leg(leg, spec)
            s.add(leg)
            s.flush()
            return Outcome(convert.leg_row(leg), CHANGED)

    def update_leg(self, leg_id: int, expected_version: int, spec: LegSpec) -> Outcome[LegRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            leg = fetch(s, m.TravelLeg, leg_id, "leg")
            check_version(leg, expected_version, "leg")
            bump_if_shared(leg, self._fill_leg(leg, spec), LEG_SHARED)
            s.flush()
            return Outcome(convert.leg_row(leg), CHANGED)

    def remove_leg(self, leg_id: int, expected_version: int | None = None) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            leg = fetch(s, m.TravelLeg, leg_id, "leg")
            check_version(leg, expected_version, "leg")
            tombstone(leg, self.clock())
            return Outcome(None, CHANGED)

    def restore_leg(self, leg_id: int) -> Outcome[LegRow]:
        """Undo :meth:`remove_leg` (its mission must not be deleted: restore that first)."""
        with self.db.transaction(self.clock) as s:
            leg = fetch_any(s, m.TravelLeg, leg_id, "leg")
            mission = fetch(s, m.Mission, leg.mission_id, "mission")
            changed = revive(leg)
            leg.shared_once = leg.shared_once or mission.shared
            s.flush()
            return Outcome(convert.leg_row(leg), CHANGED if changed else Changes())

    @staticmethod
    def _fill_leg(leg: m.TravelLeg, spec: LegSpec) -> set[str]:
        depart_local, depart_zone = tz.split_zoned(spec.depart, "depart")
        arrive_local, arrive_zone = tz.split_zoned(spec.arrive, "arrive")
        return apply(
            leg,
            {
                "origin": spec.origin,
                "destination": spec.destination,
                "depart_local": depart_local,
                "depart_zone": depart_zone,
                "depart_utc": tz.to_utc(depart_local, depart_zone),
                "arrive_local": arrive_local,
                "arrive_zone": arrive_zone,
                "arrive_utc": tz.to_utc(arrive_local, arrive_zone),
                "mode": spec.mode,
                "reference": spec.reference,
            },
        )

    # --- agenda --------------------------------------------------------------------------

    def add_agenda_item(self, mission_id: int, spec: AgendaItemSpec) -> Outcome[AgendaItemRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            mission = fetch(s, m.Mission, mission_id, "mission")
            item = m.AgendaItem(mission_id=mission_id, shared_once=mission.shared)
            self._fill_agenda(item, spec)
            s.add(item)
            s.flush()
            return Outcome(convert.agenda_row(item), CHANGED, tuple(self._warnings(s, mission)))

    def update_agenda_item(
        self, item_id: int, expected_version: int, spec: AgendaItemSpec
    ) -> Outcome[AgendaItemRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            item = fetch(s, m.AgendaItem, item_id, "agenda item")
            check_version(item, expected_version, "agenda item")
            bump_if_shared(item, self._fill_agenda(item, spec), AGENDA_SHARED)
            s.flush()
            mission = fetch(s, m.Mission, item.mission_id, "mission")
            return Outcome(convert.agenda_row(item), CHANGED, tuple(self._warnings(s, mission)))

    def remove_agenda_item(
        self, item_id: int, expected_version: int | None = None
    ) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            item = fetch(s, m.AgendaItem, item_id, "agenda item")
            check_version(item, expected_version, "agenda item")
            tombstone(item, self.clock())
            return Outcome(None, CHANGED)

    def restore_agenda_item(self, item_id: int) -> Outcome[AgendaItemRow]:
        """Undo :meth:`remove_agenda_item` (its mission must not be deleted)."""
        with self.db.transaction(self.clock) as s:
            item = fetch_any(s, m.AgendaItem, item_id, "agenda item")
            mission = fetch(s, m.Mission, item.mission_id, "mission")
            changed = revive(item)
            item.shared_once = item.shared_once or mission.shared
            s.flush()
            return Outcome(
                convert.agenda_row(item),
                CHANGED if changed else Changes(),
                tuple(self._warnings(s, mission)),
            )

    @staticmethod
    def _fill_agenda(item: m.AgendaItem, spec: AgendaItemSpec) -> set[str]:
        start_local, zone = tz.split_zoned(spec.start, "start")
        end_local, _ = tz.split_zoned(spec.end, "end")
        return apply(
            item,
            {
                "title": spec.title,
                "start_local": start_local,
                "end_local": end_local,
                "time_zone": zone,
                "start_utc": tz.to_utc(start_local, zone),
                "end_utc": tz.to_utc(end_local, zone, "end"),
                "location": spec.location,
                "description": spec.description,
            },
        )


def touch_children(s: Session, mission: m.Mission) -> None:
    """The mission's status or sharing changed: its live legs and agenda items show that too
    (their STATUS, whether they are in the partner's file), so their SEQUENCE rises in the
    same unit of work (and ``updated_at`` with it, see ``persistence.database``). Sharing the
    mission shares them: they remember it (``shared_once``)."""
    children: list[m.TravelLeg | m.AgendaItem] = [
        *s.scalars(
            select(m.TravelLeg).where(
                m.TravelLeg.mission_id == mission.id, m.TravelLeg.deleted_at.is_(None)
            )
        ),
        *s.scalars(
            select(m.AgendaItem).where(
                m.AgendaItem.mission_id == mission.id, m.AgendaItem.deleted_at.is_(None)
            )
        ),
    ]
    for child in children:
        child.sequence += 1
        if mission.shared:
            child.shared_once = True
