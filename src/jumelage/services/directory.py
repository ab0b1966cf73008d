"""Towns, partnerships, people and funding sources: the records everything else points to."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from jumelage.domain import places
from jumelage.domain.errors import (
    AmbiguousName,
    DuplicateName,
    NotFound,
    StillReferenced,
    UnknownName,
)
from jumelage.domain.rows import FundingSourceRow, PartnershipRow, PersonRow, TownRow
from jumelage.domain.specs import FundingSourceSpec, PartnershipSpec, PersonSpec, TownSpec
from jumelage.persistence import models as m
from jumelage.services import convert
from jumelage.services.base import Service, apply, check_version, fetch
from jumelage.services.changes import Changes, Entity, Outcome

ERASED_NAME = "(erased)"


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for name look-ups ("sédhiou" finds "Sedhiou")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _count(session: Session, column: Any, key: int) -> int:
    return int(session.scalar(select(func.count()).where(column == key)) or 0)


class TownService(Service):
    def list(self) -> list[TownRow]:
        with self.db.read() as s:
            towns = s.scalars(
                select(m.Town).options(selectinload(m.Town.days_off)).order_by(m.Town.name)
            )
            return [convert.town_row(t) for t in towns]

    def get(self, town_id: int) -> TownRow:
        with self.db.read() as s:
            return convert.town_row(fetch(s, m.Town, town_id, "town"))

    def create(self, spec: TownSpec) -> Outcome[TownRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            self._unique(s, spec.name)
            town = m.Town()
            self._fill(town, spec)
            s.add(town)
            s.flush()
            return Outcome(convert.town_row(town), Changes.of(Entity.TOWN))

    def update(self, town_id: int, expected_version: int, spec: TownSpec) -> Outcome[TownRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            town = fetch(s, m.Town, town_id, "town")
            check_version(town, expected_version, "town")
            if _fold(town.name) != _fold(spec.name):
                self._unique(s, spec.name)
            if self._fill(town, spec):
                # Days off are rows of their own: changed alone, they would leave the town's
                # version as it was, and a stale editor would silently put the old ones back.
                town.updated_at = self.clock()
                flag_modified(town, "updated_at")  # an UPDATE even when the clock stands still
            s.flush()
            return Outcome(
                convert.town_row(town),
                Changes.of(Entity.TOWN, Entity.PARTNERSHIP, Entity.MISSION, Entity.FOLLOWUP),
            )

    def delete(self, town_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            town = fetch(s, m.Town, town_id, "town")
            check_version(town, expected_version, "town")
            for column, what in (
                (m.Partnership.home_town_id, "partnerships"),
                (m.Partnership.partner_town_id, "partnerships"),
                (m.Mission.destination_town_id, "missions"),
            ):
                count = _count(s, column, town_id)
                if count:
                    raise StillReferenced(kind="town", key=town_id, referenced_by=what, count=count)
            s.delete(town)
            return Outcome(None, Changes.of(Entity.TOWN, Entity.PERSON))

    @staticmethod
    def _unique(s: Session, name: str) -> None:
        for existing in s.scalars(select(m.Town.name)):
            if _fold(existing) == _fold(name):
                raise DuplicateName(kind="town", name=name)

    @staticmethod
    def _fill(town: m.Town, spec: TownSpec) -> bool:
        """Copy ``spec`` into ``town``; whether its days off changed."""
        assert spec.weekend is not None  # validated() fills it in
        apply(
            town,
            {
                "name": spec.name,
                "country": spec.country,
                "subdivision": spec.subdivision,
                "time_zone": spec.time_zone,
                "work_start": spec.work_start,
                "work_end": spec.work_end,
                "weekend": places.format_weekdays(spec.weekend),
            },
        )
        # Update in place by date: replacing the list would INSERT the new rows before the
        # old ones are DELETEd, and UNIQUE(town_id, date) would refuse an unchanged date.
        wanted = {d.date: d.name for d in spec.days_off}
        changed = False
        for day_off in list(town.days_off):
            if day_off.date not in wanted:
                town.days_off.remove(day_off)
                changed = True
            elif day_off.name != wanted[day_off.date]:
                day_off.name = wanted[day_off.date]
                changed = True
        present = {d.date for d in town.days_off}
        for date, name in sorted(wanted.items()):
            if date not in present:
                town.days_off.append(m.TownDayOff(date=date, name=name))
                changed = True
        town.days_off.sort(key=lambda d: d.date)
        return changed


class PartnershipService(Service):
    def list(self) -> list[PartnershipRow]:
        with self.db.read() as s:
            return [
                convert.partnership_row(p)
                for p in s.scalars(select(m.Partnership).order_by(m.Partnership.name))
            ]

    def get(self, partnership_id: int) -> PartnershipRow:
        with self.db.read() as s:
            return convert.partnership_row(fetch(s, m.Partnership, partnership_id, "partnership"))

    def find(self, query: str) -> PartnershipRow:
        """The partnership called ``query``, or whose partner town is called ``query``
        (case and accents ignored: "marsassoum" finds "Anderlecht – Marsassoum"). A unique
        partial match is accepted too; several or none raise an error listing the names."""
        rows = self.list()
        wanted = _fold(query)
        exact = [r for r in rows if wanted in (_fold(r.name), _fold(r.partner_town))]
        partial = [
            r
            for r in rows
            if wanted and (wanted in _fold(r.name) or wanted in _fold(r.partner_town))
        ]
        for found in (exact, partial):
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise AmbiguousName(
                    kind="partnership", query=query, candidates=tuple(r.name for r in found)
                )
        raise UnknownName(kind="partnership", query=query, candidates=tuple(r.name for r in rows))

    def create(self, spec: PartnershipSpec) -> Outcome[PartnershipRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            partnership = m.Partnership()
            self._fill(s, partnership, spec)
            s.add(partnership)
            s.flush()
            return Outcome(convert.partnership_row(partnership), Changes.of(Entity.PARTNERSHIP))

    def update(
        self, partnership_id: int, expected_version: int, spec: PartnershipSpec
    ) -> Outcome[PartnershipRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            check_version(partnership, expected_version, "partnership")
            self._fill(s, partnership, spec)
            s.flush()
            return Outcome(
                convert.partnership_row(partnership),
                Changes.of(Entity.PARTNERSHIP, Entity.MISSION, Entity.FOLLOWUP, Entity.ACTION),
            )

    def delete(self, partnership_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            check_version(partnership, expected_version, "partnership")
            for column, what in (
                (m.Mission.partnership_id, "missions"),
                (m.FollowUp.partnership_id, "follow-ups"),
                (m.ActionItem.partnership_id, "action items"),
            ):
                count = _count(s, column, partnership_id)
                if count:
                    raise StillReferenced(
                        kind="partnership", key=partnership_id, referenced_by=what, count=count
                    )
            s.delete(partnership)
            return Outcome(None, Changes.of(Entity.PARTNERSHIP))

    @staticmethod
    def _fill(s: Session, partnership: m.Partnership, spec: PartnershipSpec) -> None:
        home = fetch(s, m.Town, spec.home_town_id, "town")
        partner = fetch(s, m.Town, spec.partner_town_id, "town")
        name = spec.name or f"{home.name} – {partner.name}"
        others = s.scalars(select(m.Partnership.name).where(m.Partnership.id != partnership.id))
        if any(_fold(other) == _fold(name) for other in others):
            raise DuplicateName(kind="partnership", name=name)
        apply(
            partnership,
            {
                "name": name,
                "home_town_id": home.id,
                "partner_town_id": partner.id,
                "since": spec.since,
                "status": spec.status,
                "colour": spec.colour,
                "description": spec.description,
            },
        )
        partnership.home_town = home
        partnership.partner_town = partner


class PersonService(Service):
    def list(self, *, include_erased: bool = False) -> list[PersonRow]:
        with self.db.read() as s:
            query = select(m.Person).order_by(m.Person.name)
            if not include_erased:
                query = query.where(m.Person.erased_at.is_(None))
            return [convert.person_row(p) for p in s.scalars(query)]

    def get(self, person_id: int) -> PersonRow:
        with self.db.read() as s:
            return convert.person_row(fetch(s, m.Person, person_id, "person"))

    def create(self, spec: PersonSpec) -> Outcome[PersonRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            person = m.Person()
            self._fill(s, person, spec)
            s.add(person)
            s.flush()
            return Outcome(convert.person_row(person), Changes.of(Entity.PERSON))

    def update(self, person_id: int, expected_version: int, spec: PersonSpec) -> Outcome[PersonRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            person = fetch(s, m.Person, person_id, "person")
            check_version(person, expected_version, "person")
            if person.erased_at is not None:  # nothing may write an erased person's data back
                raise NotFound(kind="person", key=person_id)
            self._fill(s, person, spec)
            s.flush()
            return Outcome(
                convert.person_row(person),
                Changes.of(Entity.PERSON, Entity.MISSION, Entity.FOLLOWUP, Entity.ACTION),
            )

    def delete(self, person_id: int, expected_version: int) -> Outcome[None]:
        """Delete someone who took part in nothing (otherwise: erase their personal data)."""
        with self.db.transaction(self.clock) as s:
            person = fetch(s, m.Person, person_id, "person")
            check_version(person, expected_version, "person")
            for column, what in (
                (m.MissionParticipant.person_id, "missions"),
                (m.Attendance.person_id, "follow-ups"),
                (m.ActionItem.owner_person_id, "action items"),
            ):
                count = _count(s, column, person_id)
                if count:
                    raise StillReferenced(
                        kind="person", key=person_id, referenced_by=what, count=count
                    )
            s.delete(person)
            return Outcome(None, Changes.of(Entity.PERSON))

    def erase(self, person_id: int) -> Outcome[PersonRow]:
        """Remove a person's personal data everywhere, keeping the records they took part in
        (a delegation still had four members; an action item still had an owner)."""
        with self.db.transaction(self.clock) as s:
            person = fetch(s, m.Person, person_id, "person")
            _scrub_prefilled_agendas(s, person.name)
            apply(
                person,
                {
                    "name": ERASED_NAME,
                    "organisation": "",
                    "role": "",
                    "email": "",
                    "phone": "",
                    "languages": "",
                    "town_id": None,
                },
            )
            person.erased_at = self.clock()
            s.flush()
            return Outcome(
                convert.person_row(person),
                Changes.of(Entity.PERSON, Entity.MISSION, Entity.FOLLOWUP, Entity.ACTION),
            )

    @staticmethod
    def _fill(s: Session, person: m.Person, spec: PersonSpec) -> None:
        if spec.town_id is not None:
            fetch(s, m.Town, spec.town_id, "town")
        apply(
            person,
            {
                "name": spec.name,
                "town_id": spec.town_id,
                "organisation": spec.organisation,
                "role": spec.role,
                "email": spec.email,
                "phone": spec.phone,
                "languages": ",".join(spec.languages),
            },
        )


def _scrub_prefilled_agendas(s: Session, name: str) -> None:
    """Replace ``name`` with :data:`ERASED_NAME` in the agendas Jumelage pre-filled (those of
    the follow-ups that carried action items, where it wrote each item's owner)."""
    import re

    if not name.strip() or name == ERASED_NAME:
        return
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    carried = select(m.ActionItemDiscussion.followup_id)
    for followup in s.scalars(
        select(m.FollowUp).where(
            m.FollowUp.id.in_(carried), m.FollowUp.agenda.contains(name, autoescape=True)
        )
    ):
        followup.agenda = pattern.sub(lambda _match: ERASED_NAME, followup.agenda)


class FundingService(Service):
    def list(self) -> list[FundingSourceRow]:
        with self.db.read() as s:
            return [
                convert.funding_row(f)
                for f in s.scalars(select(m.FundingSource).order_by(m.FundingSource.name))
            ]

    def create(self, spec: FundingSourceSpec) -> Outcome[FundingSourceRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            if s.scalar(select(m.FundingSource.id).where(m.FundingSource.name == spec.name)):
                raise DuplicateName(kind="funding source", name=spec.name)
            source = m.FundingSource()
            self._fill(source, spec)
            s.add(source)
            s.flush()
            return Outcome(convert.funding_row(source), Changes.of(Entity.FUNDING))

    def update(
        self, source_id: int, expected_version: int, spec: FundingSourceSpec
    ) -> Outcome[FundingSourceRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            source = fetch(s, m.FundingSource, source_id, "funding source")
            check_version(source, expected_version, "funding source")
            if s.scalar(
                select(m.FundingSource.id).where(
                    m.FundingSource.name == spec.name, m.FundingSource.id != source_id
                )
            ):
                raise DuplicateName(kind="funding source", name=spec.name)
            self._fill(source, spec)
            s.flush()
            return Outcome(convert.funding_row(source), Changes.of(Entity.FUNDING, Entity.MISSION))

    def delete(self, source_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            source = fetch(s, m.FundingSource, source_id, "funding source")
            check_version(source, expected_version, "funding source")
            count = _count(s, m.BudgetLine.funding_source_id, source_id)
            if count:
                raise StillReferenced(
                    kind="funding source", key=source_id, referenced_by="budget lines", count=count
                )
            s.delete(source)
            return Outcome(None, Changes.of(Entity.FUNDING))

    @staticmethod
    def _fill(source: m.FundingSource, spec: FundingSourceSpec) -> None:
        apply(
            source,
            {
                "name": spec.name,
                "amount": spec.amount,
                "currency": spec.currency,
                "period_start": spec.period_start,
                "period_end": spec.period_end,
            },
        )


__all__ = ["FundingService", "NotFound", "PartnershipService", "PersonService", "TownService"]
