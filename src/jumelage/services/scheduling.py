"""The overlap finder's use case: gather both towns' calendars and the partnership's plans,
then ask :func:`jumelage.domain.slots.find_slots` (DESIGN.md section 4).

What counts:

* each town's working hours, weekend and custom days off (from the database);
* each town's public holidays, from the ``holidays`` package for its country and
  subdivision; a subdivision the package does not know falls back to the whole country, and
  the result says so in its notes (holidays the package estimates keep its "(estimated)");
* busy: the partnership's missions that are not cancelled, as whole days in the destination
  town's dates; its follow-ups that are not cancelled; the partner events imported for it
  that are not cancelled (an all-day event covers its dates in the partner town's zone; an
  event without an end is a moment).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy import select

from jumelage.domain.enums import EventStatus, FollowUpStatus, MissionStatus
from jumelage.domain.slots import Busy, SlotSearch, TownHours, find_slots
from jumelage.persistence import models as m
from jumelage.services.base import Service, fetch
from jumelage.services.overview import ExternalEventService

#: How many slots a search returns by default.
DEFAULT_LIMIT = 50


def public_holidays(
    country: str, subdivision: str | None, years: Iterable[int]
) -> tuple[dict[dt.date, str], str | None]:
    """The public holidays of ``country`` (and ``subdivision``) in ``years``, and a note
    when the subdivision is unknown to the ``holidays`` package (then the country's are
    used)."""
    import holidays

    wanted = sorted(set(years))
    note = None
    try:
        found = holidays.country_holidays(country, subdiv=subdivision, years=wanted)
    except NotImplementedError:
        if subdivision is None:
            return {}, f"no public holidays known for country {country}"
        note = (
            f"subdivision {subdivision} of {country} is unknown to the holiday calendar: "
            f"the holidays of {country} as a whole are used"
        )
        try:
            found = holidays.country_holidays(country, years=wanted)
        except NotImplementedError:
            return {}, f"no public holidays known for country {country}"
    return {day: str(name) for day, name in found.items()}, note


class SchedulingService(Service):
    """Finds meeting slots that suit both towns of a partnership."""

    def find(
        self,
        partnership_id: int,
        duration_min: int,
        first: dt.date | None = None,
        last: dt.date | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
    ) -> SlotSearch:
        """The best slots from ``first`` (default: today in the home town) to ``last``
        (default: four weeks later), home-town dates, both included."""
        with self.db.read() as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            home_row, partner_row = partnership.home_town, partnership.partner_town
            start = first if first is not None else self.today_in(home_row.time_zone)
            end = last if last is not None else start + dt.timedelta(days=27)
            if end < start:
                raise ValueError("the range ends before it starts")
            years = range(start.year - 1, end.year + 2)
            notes: list[str] = []
            home = self._town(home_row, years, notes)
            partner = self._town(partner_row, years, notes)
            zones = {t.id: t.time_zone for t in (home_row, partner_row)}
            busy: list[Busy] = []
            missions = s.scalars(
                select(m.Mission).where(
                    m.Mission.partnership_id == partnership_id,
                    m.Mission.deleted_at.is_(None),
                    m.Mission.status != MissionStatus.CANCELLED,
                )
            )
            for mission in missions:
                zone = ZoneInfo(
                    zones.get(mission.destination_town_id, mission.destination_town.time_zone)
                )
                busy.append(
                    Busy(
                        dt.datetime.combine(mission.start_date, dt.time(), zone),
                        dt.datetime.combine(
                            mission.end_date + dt.timedelta(days=1), dt.time(), zone
                        ),
                        f"mission {mission.title}",
                    )
                )
            followups = s.scalars(
                select(m.FollowUp).where(
                    m.FollowUp.partnership_id == partnership_id,
                    m.FollowUp.deleted_at.is_(None),
                    m.FollowUp.status != FollowUpStatus.CANCELLED,
                )
            )
            for followup in followups:
                began = followup.start_utc.replace(tzinfo=followup.start_utc.tzinfo or dt.UTC)
                busy.append(
                    Busy(
                        began,
                        began + dt.timedelta(minutes=followup.duration_min),
                        f"follow-up {followup.title}",
                    )
                )
        partner_zone = ZoneInfo(partner.time_zone)
        for event in ExternalEventService(self.db, self.clock).list(partnership_id):
            if event.status == EventStatus.CANCELLED:
                continue
            busy.append(_event_busy(event.start, event.end, partner_zone, event.summary))
        result = find_slots(home, partner, busy, start, end, duration_min, limit=limit)
        return replace(result, notes=tuple(notes))

    @staticmethod
    def _town(town: m.Town, years: Iterable[int], notes: list[str]) -> TownHours:
        found, note = public_holidays(town.country, town.subdivision, years)
        if note is not None:
            notes.append(f"{town.name}: {note}")
        for day_off in town.days_off:
            found[day_off.date] = day_off.name
        weekend = frozenset(int(d) for d in town.weekend.split(",") if d.strip())
        return TownHours(town.name, town.time_zone, town.work_start, town.work_end, weekend, found)


def _event_busy(
    start: dt.datetime | dt.date,
    end: dt.datetime | dt.date | None,
    zone: ZoneInfo,
    summary: str,
) -> Busy:
    """A partner event as a busy interval (dates are whole days in the partner's zone)."""

    def instant(value: dt.datetime | dt.date) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return dt.datetime.combine(value, dt.time(), zone)

    began = instant(start)
    if end is None:
        finish = began + dt.timedelta(days=1) if not isinstance(start, dt.datetime) else began
    else:
        finish = instant(end)
    return Busy(began, finish, f"partner event {summary or '(untitled)'}")
