"""What the Calendar page shows: entries in a date range, the towns' weeks and marked days,
and moving an entry (a drag in the week view).

Entries (:class:`~jumelage.domain.calendar.CalendarEntry`) come from one query per kind, each
bounded by the range in SQL:

* missions: all-day bars, first to last day (dates of the destination town);
* travel legs: departure instant (in the departure zone) to arrival instant;
* agenda items, follow-ups: their instants, in the zone they were planned in;
* action items with a due date: one all-day entry on that date;
* partner events (imported, read-only, in the partnership's colour; recurring ones
  expanded inside the range): :mod:`jumelage.services.partner_entries`.

Deleted records never appear; cancelled ones (missions, follow-ups, dropped action items,
cancelled partner events) are flagged. Mission bars carry their problems from
:class:`~jumelage.services.checks.MissionCheckService` (a participant elsewhere, a holiday at
the destination, an agenda item outside the dates, a checklist still incomplete close to
departure), so the calendar flags them where they are seen.

Public holidays come from the ``holidays`` package in the interface's language where the
package has it for the country (else English, else the package's own language); the names
of the days it estimates (lunar calendars: Eid, Tabaski, Maouloud...) lose the package's
"(estimated)" suffix, in whichever language, and carry ``estimated=True`` instead, so the
interface can show its own badge.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jumelage.domain import places
from jumelage.domain.calendar import CalendarEntry, DayMark, DayMarkKind, EntryKind, TownWeek
from jumelage.domain.enums import ActionStatus, FollowUpStatus, MissionStatus
from jumelage.domain.errors import InvalidChoice, NaiveDateTime, ValidationError
from jumelage.domain.specs import (
    ActionItemSpec,
    AgendaItemSpec,
    FollowUpSpec,
    LegSpec,
    MissionSpec,
)
from jumelage.persistence import models as m
from jumelage.services import convert
from jumelage.services.actions import ActionService
from jumelage.services.base import Service, fetch
from jumelage.services.changes import Outcome
from jumelage.services.checks import MissionCheckService
from jumelage.services.followups import FollowUpService
from jumelage.services.missions import MissionService
from jumelage.services.partner_entries import aware, partner_entries
from jumelage.services.scheduling import country_language, holiday_calendar

if TYPE_CHECKING:
    from holidays import HolidayBase

Moment = dt.date | dt.datetime

#: No zone is further than this from UTC: timed entries are fetched over the range's dates
#: widened by it, so that every town sees its whole days.
ZONE_REACH = dt.timedelta(hours=14)
#: A follow-up lasts at most a day (FollowUpSpec), so one starting earlier ended before.
FOLLOWUP_REACH = dt.timedelta(days=1)
#: Kinds :meth:`CalendarService.move` accepts.
MOVABLE = (EntryKind.MISSION, EntryKind.LEG, EntryKind.AGENDA, EntryKind.FOLLOWUP,
           EntryKind.ACTION_DUE)  # fmt: skip


@dataclass(frozen=True)
class Move:
    """What :meth:`CalendarService.move` did: the old and new times (dates for missions and
    action items, aware datetimes otherwise) and the record's new version, which is what an
    undo needs to move it back."""

    kind: EntryKind
    ref_id: int
    old_start: Moment
    old_end: Moment
    new_start: Moment
    new_end: Moment
    version: int


def _strip_label(name: str, label: str) -> str | None:
    """``name`` without the package's ``label`` around it ("%s (estimé)"), or ``None``."""
    prefix, found, suffix = label.partition("%s")
    if not found or not (prefix or suffix):
        return None
    if len(name) > len(prefix) + len(suffix) and name.startswith(prefix) and name.endswith(suffix):
        return name[len(prefix) : len(name) - len(suffix)]
    return None


def holiday_names(calendar: HolidayBase, day: dt.date) -> list[tuple[str, bool]]:
    """The names of ``day``'s holidays in ``calendar``, each without its "estimated" label
    and with whether it had one."""
    translate: Any = getattr(calendar, "tr", None) or (lambda text: text)
    estimated = getattr(calendar, "estimated_label", None)
    both = getattr(calendar, "observed_estimated_label", None)
    observed = getattr(calendar, "observed_label", None)
    found = []
    for name in calendar.get_list(day):
        stripped = _strip_label(name, translate(estimated)) if estimated else None
        if stripped is None and both and observed:
            base = _strip_label(name, translate(both))
            if base is not None:
                stripped = translate(observed) % base
        found.append((stripped, True) if stripped is not None else (name, False))
    return found


def _dates(start: Moment, end: Moment) -> tuple[dt.date, dt.date]:
    """First and last day (both included) of an all-day move given as dates (last day
    included) or as datetimes (end exclusive, as timed entries have it)."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        last = end.date()
        if end > start and end.time() == dt.time(0):
            last -= dt.timedelta(days=1)
        return start.date(), max(start.date(), last)
    first = start.date() if isinstance(start, dt.datetime) else start
    final = end.date() if isinstance(end, dt.datetime) else end
    return first, final


def _instant(value: Moment, field: str) -> dt.datetime:
    """An aware datetime (any zone: the record keeps its own), else a validation error."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(field=field)
    if value.utcoffset() is None:
        raise NaiveDateTime(field=field, value=value)
    return value


class CalendarService(Service):
    # --- entries ---------------------------------------------------------------------------

    def entries(
        self,
        first: dt.date,
        last: dt.date,
        partnership_ids: set[int] | None = None,
        kinds: set[EntryKind] | None = None,
        language: str | None = None,
    ) -> list[CalendarEntry]:
        """Everything from ``first`` to ``last`` (both included) of the partnerships (all of
        them for ``None``) and kinds (all for ``None``), by start; the missions' problems name
        holidays in the interface language ``language`` (``None``: the process locale's)."""
        if last < first:
            raise ValueError("the range ends before it starts")
        wanted = set(EntryKind) if kinds is None else set(kinds)
        low = dt.datetime.combine(first, dt.time(), dt.UTC) - ZONE_REACH
        high = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC) + ZONE_REACH
        found: list[CalendarEntry] = []
        with self.db.read() as s:
            colours = {
                pid: colour
                for pid, colour in s.execute(select(m.Partnership.id, m.Partnership.colour))
                if partnership_ids is None or pid in partnership_ids
            }
            if not colours:
                return []
            if EntryKind.MISSION in wanted:
                found += self._missions(s, first, last, colours)
            if EntryKind.LEG in wanted:
                found += self._legs(s, low, high, colours)
            if EntryKind.AGENDA in wanted:
                found += self._agenda(s, low, high, colours)
            if EntryKind.FOLLOWUP in wanted:
                found += self._followups(s, low, high, colours)
            if EntryKind.ACTION_DUE in wanted:
                found += self._actions(s, first, last, colours)
            if EntryKind.PARTNER_EVENT in wanted:
                found += partner_entries(s, first, last, low, high, colours)
        if EntryKind.MISSION in wanted:
            found = self._with_problems(found, first, last, language)
        found.sort(key=_order)
        return found

    def _with_problems(
        self,
        found: builtins.list[CalendarEntry],
        first: dt.date,
        last: dt.date,
        language: str | None,
    ) -> builtins.list[CalendarEntry]:
        """``found`` with each mission bar carrying its problems (none for a cancelled
        mission)."""
        if not any(entry.kind is EntryKind.MISSION for entry in found):
            return found
        problems = MissionCheckService(self.db, self.clock).for_missions(
            first, last, language=language
        )
        return [
            replace(entry, problems=tuple(problems[entry.ref_id]))
            if entry.kind is EntryKind.MISSION and problems.get(entry.ref_id)
            else entry
            for entry in found
        ]

    @staticmethod
    def _missions(
        s: Session, first: dt.date, last: dt.date, colours: dict[int, str]
    ) -> builtins.list[CalendarEntry]:
        mission, town = m.Mission, m.Town
        query = (
            select(
                mission.id, mission.version, mission.partnership_id, mission.title,
                mission.start_date, mission.end_date, mission.status, town.name,
            )
            .join(town, town.id == mission.destination_town_id)
            .where(
                mission.deleted_at.is_(None),
                mission.partnership_id.in_(colours),
                mission.start_date <= last,
                mission.end_date >= first,
            )
        )  # fmt: skip
        return [
            CalendarEntry(
                kind=EntryKind.MISSION,
                ref_id=key,
                partnership_id=pid,
                colour=colours[pid],
                title=title,
                all_day=True,
                first_day=start,
                last_day=end,
                cancelled=status == MissionStatus.CANCELLED,
                version=version,
                detail=destination,
            )
            for key, version, pid, title, start, end, status, destination in s.execute(query)
        ]

    @staticmethod
    def _legs(
        s: Session, low: dt.datetime, high: dt.datetime, colours: dict[int, str]
    ) -> builtins.list[CalendarEntry]:
        leg, mission = m.TravelLeg, m.Mission
        query = (
            select(
                leg.id, leg.version, mission.partnership_id, leg.origin, leg.destination,
                leg.depart_utc, leg.arrive_utc, leg.depart_zone, mission.status, mission.title,
            )
            .join(mission, mission.id == leg.mission_id)
            .where(
                leg.deleted_at.is_(None),
                mission.deleted_at.is_(None),
                mission.partnership_id.in_(colours),
                leg.depart_utc < high,
                leg.arrive_utc >= low,
            )
        )  # fmt: skip
        return [
            CalendarEntry(
                kind=EntryKind.LEG,
                ref_id=key,
                partnership_id=pid,
                colour=colours[pid],
                title=f"{origin} → {destination}",
                all_day=False,
                start=aware(depart),
                end=aware(arrive),
                time_zone=zone,
                cancelled=status == MissionStatus.CANCELLED,
                version=version,
                detail=mission_title,
            )
            for key, version, pid, origin, destination, depart, arrive, zone, status, mission_title
            in s.execute(query)
        ]  # fmt: skip

    @staticmethod
    def _agenda(
        s: Session, low: dt.datetime, high: dt.datetime, colours: dict[int, str]
    ) -> builtins.list[CalendarEntry]:
        item, mission = m.AgendaItem, m.Mission
        query = (
            select(
                item.id, item.version, mission.partnership_id, item.title, item.start_utc,
                item.end_utc, item.time_zone, item.location, mission.status, mission.title,
            )
            .join(mission, mission.id == item.mission_id)
            .where(
                item.deleted_at.is_(None),
                mission.deleted_at.is_(None),
                mission.partnership_id.in_(colours),
                item.start_utc < high,
                item.end_utc >= low,
            )
        )  # fmt: skip
        return [
            CalendarEntry(
                kind=EntryKind.AGENDA,
                ref_id=key,
                partnership_id=pid,
                colour=colours[pid],
                title=title,
                all_day=False,
                start=aware(start),
                end=aware(end),
                time_zone=zone,
                cancelled=status == MissionStatus.CANCELLED,
                version=version,
                detail=" · ".join(part for part in (mission_title, location) if part),
            )
            for key, version, pid, title, start, end, zone, location, status, mission_title
            in s.execute(query)
        ]  # fmt: skip

    @staticmethod
    def _followups(
        s: Session, low: dt.datetime, high: dt.datetime, colours: dict[int, str]
    ) -> builtins.list[CalendarEntry]:
        f = m.FollowUp
        query = select(
            f.id, f.version, f.partnership_id, f.title, f.start_utc, f.duration_min,
            f.time_zone, f.channel, f.status,
        ).where(
            f.deleted_at.is_(None),
            f.partnership_id.in_(colours),
            f.start_utc >= low - FOLLOWUP_REACH,
            f.start_utc < high,
        )  # fmt: skip
        found = []
        for key, version, pid, title, start, minutes, zone, channel, status in s.execute(query):
            began = aware(start)
            end = began + dt.timedelta(minutes=minutes)
            if end < low:
                continue
            found.append(
                CalendarEntry(
                    kind=EntryKind.FOLLOWUP,
                    ref_id=key,
                    partnership_id=pid,
                    colour=colours[pid],
                    title=title,
                    all_day=False,
                    start=began,
                    end=end,
                    time_zone=zone,
                    cancelled=status == FollowUpStatus.CANCELLED,
                    version=version,
                    detail=str(channel),
                )
            )
        return found

    @staticmethod
    def _actions(
        s: Session, first: dt.date, last: dt.date, colours: dict[int, str]
    ) -> builtins.list[CalendarEntry]:
        a, owner = m.ActionItem, m.Person
        query = (
            select(a.id, a.version, a.partnership_id, a.description, a.due_date, a.status,
                   owner.name)
            .outerjoin(owner, owner.id == a.owner_person_id)
            .where(
                a.deleted_at.is_(None),
                a.partnership_id.in_(colours),
                a.due_date >= first,
                a.due_date <= last,
            )
        )  # fmt: skip
        return [
            CalendarEntry(
                kind=EntryKind.ACTION_DUE,
                ref_id=key,
                partnership_id=pid,
                colour=colours[pid],
                title=text,
                all_day=True,
                first_day=due,
                last_day=due,
                cancelled=status == ActionStatus.DROPPED,
                version=version,
                detail=who or "",
            )
            for key, version, pid, text, due, status, who in s.execute(query)
        ]

    def mission_of(self, entry_kind: EntryKind | str, ref_id: int) -> int:
        """The mission a mission, travel leg or agenda item entry belongs to (what opens
        when the entry is activated)."""
        kind = EntryKind(entry_kind)
        if kind is EntryKind.MISSION:
            return ref_id
        with self.db.read() as s:
            if kind is EntryKind.LEG:
                return fetch(s, m.TravelLeg, ref_id, "leg").mission_id
            if kind is EntryKind.AGENDA:
                return fetch(s, m.AgendaItem, ref_id, "agenda item").mission_id
        raise InvalidChoice(
            field="entry_kind",
            value=str(kind),
            choices=(EntryKind.MISSION.value, EntryKind.LEG.value, EntryKind.AGENDA.value),
        )

    # --- towns and marked days -------------------------------------------------------------

    def towns(self, partnership_id: int) -> tuple[TownWeek, TownWeek]:
        """The partnership's home and partner towns, as the views shade them."""
        with self.db.read() as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            return _town_week(partnership.home_town), _town_week(partnership.partner_town)

    def day_marks(
        self, town_ids: Iterable[int], first: dt.date, last: dt.date, language: str = "en"
    ) -> list[DayMark]:
        """Public holidays (names in ``language`` where the ``holidays`` package has it) and
        custom days off of the towns, from ``first`` to ``last``, by day then town."""
        if last < first:
            raise ValueError("the range ends before it starts")
        wanted = sorted(set(town_ids))
        marks: list[DayMark] = []
        with self.db.read() as s:
            towns = s.scalars(select(m.Town).where(m.Town.id.in_(wanted))).unique().all()
            facts = [(t.id, t.name, t.country, t.subdivision) for t in towns]
            days_off = [
                (t.id, t.name, d.date, d.name)
                for t in towns
                for d in t.days_off
                if first <= d.date <= last
            ]
        years = range(first.year, last.year + 1)
        for town_id, name, country, subdivision in facts:
            calendar = _holidays(country, subdivision, years, language)
            if calendar is None:
                continue
            for day in sorted(d for d in calendar if first <= d <= last):
                for holiday, estimated in holiday_names(calendar, day):
                    marks.append(DayMark(day, town_id, name, holiday, estimated=estimated))
        for town_id, name, day, text in days_off:
            marks.append(DayMark(day, town_id, name, text, DayMarkKind.DAY_OFF))
        marks.sort(key=lambda d: (d.day, d.town_id, d.kind != DayMarkKind.HOLIDAY))
        return marks

    # --- moving ----------------------------------------------------------------------------

    def move(
        self,
        entry_kind: EntryKind | str,
        ref_id: int,
        new_start: Moment,
        new_end: Moment,
        expected_version: int,
    ) -> Outcome[Move]:
        """Move (or resize) one of our own entries through its service's update, so the same
        validation applies. Timed entries take aware datetimes and keep their own zones (a
        follow-up planned in Dakar stays on Dakar's clocks); missions and action items take
        dates (last day included) or datetimes (end exclusive). Partner events cannot move
        (:class:`InvalidChoice`). The outcome's :class:`Move` holds the old times: moving
        back to them with the new ``version`` is the undo."""
        kind = EntryKind(entry_kind)
        if kind not in MOVABLE:
            raise InvalidChoice(
                field="entry_kind", value=str(kind), choices=tuple(str(k) for k in MOVABLE)
            )
        if kind is EntryKind.MISSION:
            return self._move_mission(ref_id, new_start, new_end, expected_version)
        if kind is EntryKind.ACTION_DUE:
            return self._move_action(ref_id, new_start, expected_version)
        start = _instant(new_start, "start")
        end = _instant(new_end, "end")
        if kind is EntryKind.FOLLOWUP:
            return self._move_followup(ref_id, start, end, expected_version)
        if kind is EntryKind.LEG:
            return self._move_leg(ref_id, start, end, expected_version)
        return self._move_agenda(ref_id, start, end, expected_version)

    def _move_mission(self, key: int, start: Moment, end: Moment, version: int) -> Outcome[Move]:
        first, last = _dates(start, end)
        row = MissionService(self.db, self.clock).get(key).mission
        spec = MissionSpec(
            partnership_id=row.partnership_id,
            title=row.title,
            destination_town_id=row.destination_town_id,
            start_date=first,
            end_date=last,
            direction=row.direction,
            status=row.status,
            objectives=row.objectives,
            internal_notes=row.internal_notes,
            outcomes=row.outcomes,
            sdgs=row.sdgs,
            shared=row.shared,
        )
        done = MissionService(self.db, self.clock).update(key, version, spec)
        return Outcome(
            Move(EntryKind.MISSION, key, row.start_date, row.end_date, first, last,
                 done.value.version),
            done.changes,
            done.warnings,
        )  # fmt: skip

    def _move_action(self, key: int, start: Moment, version: int) -> Outcome[Move]:
        day = start.date() if isinstance(start, dt.datetime) else start
        service = ActionService(self.db, self.clock)
        row = service.get(key)
        spec = ActionItemSpec(
            partnership_id=row.partnership_id,
            description=row.description,
            owner_person_id=row.owner_person_id,
            due_date=day,
            status=row.status,
            origin_followup_id=row.origin_followup_id,
            origin_mission_id=row.origin_mission_id,
            shared=row.shared,
        )
        done = service.update(key, version, spec)
        old = row.due_date or day
        return Outcome(
            Move(EntryKind.ACTION_DUE, key, old, old, day, day, done.value.version),
            done.changes,
            done.warnings,
        )

    def _move_followup(
        self, key: int, start: dt.datetime, end: dt.datetime, version: int
    ) -> Outcome[Move]:
        service = FollowUpService(self.db, self.clock)
        row = service.get(key).followup
        zone = row.start.tzinfo
        minutes = round((end - start).total_seconds() / 60)
        spec = FollowUpSpec(
            partnership_id=row.partnership_id,
            title=row.title,
            start=start.astimezone(zone),
            duration_min=minutes,
            channel=row.channel,
            join_link=row.join_link,
            status=row.status,
            agenda=row.agenda,
            minutes=row.minutes,
            quality=row.quality,
            minutes_lost=min(row.minutes_lost, max(minutes, 0)),
            shared=row.shared,
        )
        done = service.update(key, version, spec)
        new = done.value
        return Outcome(
            Move(EntryKind.FOLLOWUP, key, row.start, row.end, new.start, new.end, new.version),
            done.changes,
            done.warnings,
        )

    def _move_leg(
        self, key: int, start: dt.datetime, end: dt.datetime, version: int
    ) -> Outcome[Move]:
        with self.db.read() as s:
            row = convert.leg_row(fetch(s, m.TravelLeg, key, "leg"))
        spec = LegSpec(
            origin=row.origin,
            destination=row.destination,
            depart=start.astimezone(row.depart.tzinfo),
            arrive=end.astimezone(row.arrive.tzinfo),
            mode=row.mode,
            reference=row.reference,
        )
        done = MissionService(self.db, self.clock).update_leg(key, version, spec)
        new = done.value
        return Outcome(
            Move(EntryKind.LEG, key, row.depart, row.arrive, new.depart, new.arrive,
                 new.version),
            done.changes,
            done.warnings,
        )  # fmt: skip

    def _move_agenda(
        self, key: int, start: dt.datetime, end: dt.datetime, version: int
    ) -> Outcome[Move]:
        with self.db.read() as s:
            row = convert.agenda_row(fetch(s, m.AgendaItem, key, "agenda item"))
        zone = row.start.tzinfo
        spec = AgendaItemSpec(
            title=row.title,
            start=start.astimezone(zone),
            end=end.astimezone(zone),
            location=row.location,
            description=row.description,
        )
        done = MissionService(self.db, self.clock).update_agenda_item(key, version, spec)
        new = done.value
        return Outcome(
            Move(EntryKind.AGENDA, key, row.start, row.end, new.start, new.end, new.version),
            done.changes,
            done.warnings,
        )


# --- helpers -------------------------------------------------------------------------------


def _order(entry: CalendarEntry) -> tuple[dt.datetime, int, str, int]:
    if entry.all_day:
        assert entry.first_day is not None
        key = dt.datetime.combine(entry.first_day, dt.time(), dt.UTC)
        return key, 0, entry.kind.value, entry.ref_id
    assert entry.start is not None
    return entry.start, 1, entry.kind.value, entry.ref_id


def _town_week(town: m.Town) -> TownWeek:
    return TownWeek(
        town_id=town.id,
        name=town.name,
        time_zone=town.time_zone,
        weekend=places.parse_weekdays(town.weekend),
        work_start=town.work_start,
        work_end=town.work_end,
    )


def _holidays(
    country: str, subdivision: str | None, years: Iterable[int], language: str
) -> HolidayBase | None:
    code = country_language(country, language)
    calendar, _note = holiday_calendar(country, subdivision, years, code)
    return calendar
