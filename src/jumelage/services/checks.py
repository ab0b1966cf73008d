"""Mission checks: what a project officer must see before a mission (issue: Scheduling).

Four rules, each a :class:`~jumelage.domain.checks.ProblemKind`:

* **double booked** — a participant is on two missions (neither cancelled) whose dates
  overlap; reported on both missions. Two missions a few days apart can still clash through
  their journeys (the night flight home lands the morning the next mission leaves): their
  travel legs are compared as instants too.
* **holiday** — a mission day is a public holiday at the destination (the ``holidays``
  package, country and subdivision, see :func:`~jumelage.services.scheduling.public_holidays`)
  or one of the town's own days off; one problem per day.
* **agenda outside** — an agenda item falls outside the mission dates on the destination's
  clocks (the rule of :func:`jumelage.domain.rules.agenda_day_outside`, the same one behind
  the agenda warnings the mission editor shows after a save).
* **checklist** — a participant's checklist (passport, visa, vaccination, insurance, signed
  mission order: :attr:`ParticipantRow.missing <jumelage.domain.rows.ParticipantRow.missing>`)
  is incomplete less than 30 days before a mission that has not started, "today" being the
  date in the partnership's home town.

Cancelled and deleted missions are never checked and never clash. Every call runs a fixed
number of queries whatever the number of missions (no query per mission).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased, selectinload

from jumelage.domain import rules
from jumelage.domain import time as tz
from jumelage.domain.checks import MissionProblem, ProblemKind
from jumelage.domain.enums import MissionStatus
from jumelage.domain.rows import ParticipantRow
from jumelage.persistence import models as m
from jumelage.services.base import Service, fetch
from jumelage.services.scheduling import public_holidays

#: A checklist must be complete this many days before departure.
CHECKLIST_DAYS = 30
#: Missions whose dates are this close are compared leg by leg (journeys home and out).
LEG_MARGIN = dt.timedelta(days=2)

_KIND_ORDER = {kind: index for index, kind in enumerate(ProblemKind)}


@dataclass(frozen=True, slots=True)
class _Mission:
    id: int
    partnership_id: int
    title: str
    start: dt.date
    end: dt.date
    town_id: int
    home_zone: str


@dataclass(frozen=True, slots=True)
class _Leg:
    mission_id: int
    depart: dt.datetime  # UTC
    arrive: dt.datetime  # UTC
    depart_zone: str


class MissionCheckService(Service):
    """Computes the :class:`MissionProblem` list of missions (read-only)."""

    def for_mission(self, mission_id: int, *, language: str | None = None) -> list[MissionProblem]:
        """The problems of one mission (none for a cancelled one); :class:`NotFound` when it
        does not exist or is deleted. Holidays are named in the interface language
        ``language`` (as everywhere here; ``None``: the process locale's)."""
        with self.db.read() as s:
            fetch(s, m.Mission, mission_id, "mission")
            found = self._check(s, [m.Mission.id == mission_id], language)
        return found.get(mission_id, [])

    def for_missions(
        self,
        first: dt.date | None = None,
        last: dt.date | None = None,
        *,
        language: str | None = None,
    ) -> dict[int, list[MissionProblem]]:
        """Every mission (not cancelled, not deleted) touching ``first``–``last`` (both
        included; ``None`` leaves that side open) → its problems, an empty list when it has
        none."""
        found = self._run(first, last, language)
        return {mission.id: problems for mission, problems in found}

    def upcoming(self, *, language: str | None = None) -> dict[int, list[MissionProblem]]:
        """Partnership id → the problems of its missions that are not over yet (ending today
        or later in the partnership's home town), as the Overview shows them. Partnerships
        without problems are left out."""
        result: dict[int, list[MissionProblem]] = {}
        # The earliest "today" among the home towns: missions ending before it are over
        # everywhere; the rest is sorted out with each partnership's own today below.
        earliest = self.clock().astimezone(dt.UTC).date() - dt.timedelta(days=1)
        today: dict[str, dt.date] = {}
        for mission, problems in self._run(earliest, None, language):
            if mission.home_zone not in today:
                today[mission.home_zone] = self.today_in(mission.home_zone)
            if problems and mission.end >= today[mission.home_zone]:
                result.setdefault(mission.partnership_id, []).extend(problems)
        return result

    # --- the rules ------------------------------------------------------------------------

    def _run(
        self, first: dt.date | None, last: dt.date | None, language: str | None
    ) -> list[tuple[_Mission, list[MissionProblem]]]:
        where: list[ColumnElement[bool]] = []
        if first is not None:
            where.append(m.Mission.end_date >= first)
        if last is not None:
            where.append(m.Mission.start_date <= last)
        with self.db.read() as s:
            missions = _missions(s, where)
            found = self._check(s, where, language, missions)
        return [(mission, found.get(mission.id, [])) for mission in missions]

    def _check(
        self,
        s: Session,
        where: Sequence[ColumnElement[bool]],
        language: str | None,
        missions: Sequence[_Mission] | None = None,
    ) -> dict[int, list[MissionProblem]]:
        if missions is None:
            missions = _missions(s, where)
        if not missions:
            return {}
        by_id = {mission.id: mission for mission in missions}
        problems: dict[int, list[MissionProblem]] = {mission.id: [] for mission in missions}
        self._holidays(s, missions, problems, language)
        self._agenda(s, where, by_id, problems)
        self._people(s, by_id, problems)
        for mission in missions:
            problems[mission.id].sort(
                key=lambda p: (_KIND_ORDER[p.kind], p.day or dt.date.min, p.person, p.other)
            )
        return problems

    @staticmethod
    def _holidays(
        s: Session,
        missions: Sequence[_Mission],
        problems: dict[int, list[MissionProblem]],
        language: str | None,
    ) -> None:
        years: dict[int, set[int]] = defaultdict(set)
        for mission in missions:
            years[mission.town_id].update(range(mission.start.year, mission.end.year + 1))
        towns = s.scalars(
            select(m.Town).where(m.Town.id.in_(years)).options(selectinload(m.Town.days_off))
        ).all()
        days_off: dict[int, dict[dt.date, str]] = {}
        for town in towns:
            found, _note = public_holidays(town.country, town.subdivision, years[town.id], language)
            for day_off in town.days_off:
                found[day_off.date] = day_off.name
            days_off[town.id] = found
        for mission in missions:
            found = days_off.get(mission.town_id, {})
            if not found:
                continue
            for day in _days(mission.start, mission.end):
                name = found.get(day)
                if name is not None:
                    problems[mission.id].append(
                        MissionProblem(
                            ProblemKind.HOLIDAY,
                            mission.id,
                            day=day,
                            other=name,
                            mission_title=mission.title,
                        )
                    )

    @staticmethod
    def _agenda(
        s: Session,
        where: Sequence[ColumnElement[bool]],
        by_id: dict[int, _Mission],
        problems: dict[int, list[MissionProblem]],
    ) -> None:
        zones = {
            town_id: zone
            for town_id, zone in s.execute(
                select(m.Town.id, m.Town.time_zone).where(
                    m.Town.id.in_({x.town_id for x in by_id.values()})
                )
            )
        }
        items = s.execute(
            select(
                m.AgendaItem.mission_id,
                m.AgendaItem.title,
                m.AgendaItem.start_utc,
                m.AgendaItem.end_utc,
            )
            .join(m.Mission, m.Mission.id == m.AgendaItem.mission_id)
            .where(m.AgendaItem.deleted_at.is_(None), *_live(), *where)
            .order_by(m.AgendaItem.start_utc, m.AgendaItem.id)
        )
        for mission_id, title, start_utc, end_utc in items:
            mission = by_id.get(mission_id)
            if mission is None:
                continue
            zone = zones[mission.town_id]
            day = rules.agenda_day_outside(
                mission.start, mission.end, tz.in_zone(start_utc, zone), tz.in_zone(end_utc, zone)
            )
            if day is not None:
                problems[mission_id].append(
                    MissionProblem(
                        ProblemKind.AGENDA_OUTSIDE,
                        mission_id,
                        day=day,
                        other=title,
                        mission_title=mission.title,
                    )
                )

    def _people(
        self, s: Session, by_id: dict[int, _Mission], problems: dict[int, list[MissionProblem]]
    ) -> None:
        """Double bookings (dates, then legs) and incomplete checklists."""
        low = min(x.start for x in by_id.values()) - LEG_MARGIN
        high = max(x.end for x in by_id.values()) + LEG_MARGIN
        span = (m.Mission.end_date >= low, m.Mission.start_date <= high)
        # The participants of the checked missions, and of every other mission near their
        # dates that shares one of those people.
        checked = select(m.MissionParticipant.person_id).join(
            m.Mission, m.Mission.id == m.MissionParticipant.mission_id
        )
        if len(by_id) == 1:
            checked = checked.where(m.Mission.id.in_(by_id))
        else:
            checked = checked.where(*_live(), *span)
        home = aliased(m.Town)
        p = m.MissionParticipant
        rows = s.execute(
            select(
                p.id,
                p.version,
                p.mission_id,
                p.person_id,
                m.Person.name,
                p.role,
                p.passport,
                p.visa,
                p.vaccination,
                p.insurance,
                p.mission_order,
                m.Mission.partnership_id,
                m.Mission.title,
                m.Mission.start_date,
                m.Mission.end_date,
                m.Mission.destination_town_id,
                home.time_zone,
            )
            .join(m.Mission, m.Mission.id == p.mission_id)
            .join(m.Person, m.Person.id == p.person_id)
            .join(m.Partnership, m.Partnership.id == m.Mission.partnership_id)
            .join(home, home.id == m.Partnership.home_town_id)
            .where(*_live(), *span, p.person_id.in_(checked))
        )
        missions_of: dict[int, list[_Mission]] = defaultdict(list)
        names: dict[int, str] = {}
        known: dict[int, _Mission] = dict(by_id)
        today: dict[str, dt.date] = {}
        for row in rows:
            mission = known.get(row.mission_id)
            if mission is None:
                mission = known[row.mission_id] = _Mission(
                    row.mission_id,
                    row.partnership_id,
                    row.title,
                    row.start_date,
                    row.end_date,
                    row.destination_town_id,
                    row.time_zone,
                )
            missions_of[row.person_id].append(mission)
            names[row.person_id] = row.name
            if mission.id not in by_id:
                continue
            if mission.home_zone not in today:
                today[mission.home_zone] = self.today_in(mission.home_zone)
            days_left = (mission.start - today[mission.home_zone]).days
            if not 0 < days_left < CHECKLIST_DAYS:
                continue
            participant = ParticipantRow(
                id=row.id,
                version=row.version,
                mission_id=row.mission_id,
                person_id=row.person_id,
                person=row.name,
                role=row.role,
                passport=row.passport,
                visa=row.visa,
                vaccination=row.vaccination,
                insurance=row.insurance,
                mission_order=row.mission_order,
            )
            if participant.missing:
                problems[mission.id].append(
                    MissionProblem(
                        ProblemKind.CHECKLIST,
                        mission.id,
                        day=mission.start,
                        person=participant.person,
                        other=", ".join(participant.missing),
                        days_left=days_left,
                        mission_title=mission.title,
                    )
                )
        legs = _legs(s, span) if any(len(v) > 1 for v in missions_of.values()) else {}
        for person_id, missions in missions_of.items():
            _double_bookings(names[person_id], missions, legs, by_id, problems)


# --- helpers ------------------------------------------------------------------------------


def _live() -> tuple[ColumnElement[bool], ...]:
    return (m.Mission.deleted_at.is_(None), m.Mission.status != MissionStatus.CANCELLED)


def _missions(s: Session, where: Sequence[ColumnElement[bool]]) -> list[_Mission]:
    home = aliased(m.Town)
    rows = s.execute(
        select(
            m.Mission.id,
            m.Mission.partnership_id,
            m.Mission.title,
            m.Mission.start_date,
            m.Mission.end_date,
            m.Mission.destination_town_id,
            home.time_zone,
        )
        .join(m.Partnership, m.Partnership.id == m.Mission.partnership_id)
        .join(home, home.id == m.Partnership.home_town_id)
        .where(*_live(), *where)
        .order_by(m.Mission.start_date, m.Mission.id)
    )
    return [_Mission(*row) for row in rows]


def _legs(s: Session, span: Sequence[ColumnElement[bool]]) -> dict[int, list[_Leg]]:
    legs: dict[int, list[_Leg]] = defaultdict(list)
    for mission_id, depart, arrive, zone in s.execute(
        select(
            m.TravelLeg.mission_id,
            m.TravelLeg.depart_utc,
            m.TravelLeg.arrive_utc,
            m.TravelLeg.depart_zone,
        )
        .join(m.Mission, m.Mission.id == m.TravelLeg.mission_id)
        .where(m.TravelLeg.deleted_at.is_(None), *_live(), *span)
    ):
        legs[mission_id].append(_Leg(mission_id, depart, arrive, zone))
    return legs


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def _double_bookings(
    person: str,
    missions: list[_Mission],
    legs: dict[int, list[_Leg]],
    checked: dict[int, _Mission],
    problems: dict[int, list[MissionProblem]],
) -> None:
    """Report each pair of ``person``'s missions that clash, on the checked ones: by dates,
    or else (missions at most :data:`LEG_MARGIN` apart) by travel legs."""
    ordered = sorted(missions, key=lambda x: (x.start, x.id))
    for index, one in enumerate(ordered):
        for two in ordered[index + 1 :]:
            if two.start > one.end + LEG_MARGIN:
                break
            if one.id not in checked and two.id not in checked:
                continue
            if two.start <= one.end:
                day: dt.date | None = max(one.start, two.start)
            else:
                day = _legs_clash(legs.get(one.id, ()), legs.get(two.id, ()))
            if day is None:
                continue
            for this, other in ((one, two), (two, one)):
                if this.id in checked:
                    problems[this.id].append(
                        MissionProblem(
                            ProblemKind.DOUBLE_BOOKED,
                            this.id,
                            day=day,
                            person=person,
                            other=other.title,
                            mission_title=this.title,
                        )
                    )


def _legs_clash(ones: Iterable[_Leg], twos: Iterable[_Leg]) -> dt.date | None:
    """The first day two journeys overlap in time (the later departure's local date), or
    ``None``."""
    days = [
        tz.in_zone(later.depart, later.depart_zone).date()
        for a in ones
        for b in twos
        if a.depart < b.arrive and b.depart < a.arrive
        for later in (max(a, b, key=lambda leg: leg.depart),)
    ]
    return min(days, default=None)
