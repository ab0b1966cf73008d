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
  event without an end is a moment). Only those near the searched dates are read (two days
  of margin on either side cover every zone's offset and a follow-up of up to a day), so a
  four-week search costs the same on a partnership with twelve years of history.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import sys
import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from jumelage.domain.enums import EventStatus, FollowUpStatus, MissionStatus
from jumelage.domain.slots import Busy, BusyKind, Note, NoteKind, SlotSearch, TownHours, find_slots
from jumelage.persistence import models as m
from jumelage.services import convert
from jumelage.services.base import Service, fetch

if TYPE_CHECKING:
    from holidays import HolidayBase

log = logging.getLogger(__name__)

#: How many slots a search returns by default.
DEFAULT_LIMIT = 50
#: Busy intervals this far outside the searched dates cannot touch a slot.
MARGIN = dt.timedelta(days=2)
#: Held while a country's module loads, when the package has no import lock of its own.
_LOADING = threading.RLock()


def load_country(country: str) -> bool:
    """Import the ``holidays`` module of ``country`` alone; ``True`` if it is loaded now.

    The package hands out countries through lazy loaders, but the first one asked for
    imports ``holidays.countries``, whose ``__init__`` imports the modules of all 250
    countries: 8 MiB and 0.1 s at start-up (the Overview's mission checks) for the few
    countries a database has. Run from its file, a country's module is then found in
    ``sys.modules`` by the package's own loader, and by ``holidays.countries`` if something
    imports it later (the class is the same). This relies on the package's layout (one
    module per country in ``holidays/countries``, named by the loader of the country's
    code, and the registry's import lock): anything unexpected returns ``False`` and the
    package imports the country its own way."""
    import holidays

    loader = getattr(holidays, country, None) if country.isalpha() else None
    name = getattr(loader, "module_name", None)
    if not isinstance(name, str) or not name.startswith("holidays.countries."):
        return False
    if name in sys.modules:
        return True
    if "holidays.countries" in sys.modules:
        return False  # every country is imported already
    path = Path(holidays.__file__).parent / "countries" / f"{name.rpartition('.')[2]}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        return False
    try:
        from holidays.registry import IMPORT_LOCK as lock
    except ImportError:
        lock = _LOADING
    with lock:  # the package's loader waits for it: never a half-run module in sys.modules
        if name in sys.modules:
            return True
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception:
            log.debug("holidays module %s did not load alone", name, exc_info=True)
            return False
        # A module that imported its neighbours (territories import their country) has
        # brought the whole package, and the package's copy of it is the one to keep.
        sys.modules.setdefault(name, module)
    return True


def holiday_calendar(
    country: str, subdivision: str | None, years: Iterable[int], language: str | None = None
) -> tuple[HolidayBase | None, str | None]:
    """The ``holidays`` package's calendar of ``country`` (and ``subdivision``) for
    ``years``, with names in ``language`` (one of its ``supported_languages``; ``None``: the
    package's choice), and a note when the subdivision is unknown to the package (then the
    country's calendar is used). ``None`` when the package knows no such country."""
    import holidays

    load_country(country)
    wanted = sorted(set(years))
    note = None
    try:
        found = holidays.country_holidays(
            country, subdiv=subdivision, years=wanted, language=language
        )
    except NotImplementedError:
        if subdivision is None:
            return None, f"no public holidays known for country {country}"
        note = (
            f"subdivision {subdivision} of {country} is unknown to the holiday calendar: "
            f"the holidays of {country} as a whole are used"
        )
        try:
            found = holidays.country_holidays(country, years=wanted, language=language)
        except NotImplementedError:
            return None, f"no public holidays known for country {country}"
    return found, note


def holiday_language(supported: Iterable[str], default: str | None, language: str) -> str | None:
    """The ``holidays`` language code for the interface language ``language`` ("fr",
    "fr_BE", "en"...): the same code, else one of the same language ("fr" → "fr_SN"), else
    English ("en_US" first), else the country's own language."""
    codes = list(supported)
    wanted = language.replace("-", "_")
    base = wanted.split("_")[0].lower()
    for code in codes:
        if code.lower() == wanted.lower():
            return code
    for candidate in (base, "en"):
        same = [c for c in codes if c.split("_")[0].lower() == candidate]
        for choice in (default, candidate, "en_US"):
            if choice in same:
                return choice
        if same:
            return sorted(same)[0]
    return default


def country_language(country: str, language: str | None) -> str | None:
    """The ``holidays`` language code of ``country``'s calendar for the interface language
    ``language`` (:func:`holiday_language`). ``None`` for ``language=None`` (the package then
    follows the process locale: LANG, LANGUAGE) or a country the package does not know."""
    if language is None:
        return None
    import holidays

    load_country(country)  # that country's module alone, not all 250 of them
    try:
        entity = holidays.country_holidays(country)
    except NotImplementedError:
        return None
    return holiday_language(entity.supported_languages, entity.default_language, language)


def public_holidays(
    country: str, subdivision: str | None, years: Iterable[int], language: str | None = None
) -> tuple[dict[dt.date, str], str | None]:
    """The public holidays of ``country`` (and ``subdivision``) in ``years``, named in the
    interface language ``language`` where the package has it (see :func:`holiday_language`;
    ``None``: the process locale's), and a note when the subdivision is unknown to the
    ``holidays`` package (then the country's are used)."""
    code = country_language(country, language)
    found, note = holiday_calendar(country, subdivision, years, code)
    if found is None:
        return {}, note
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
        language: str | None = None,
    ) -> SlotSearch:
        """The best slots from ``first`` (default: today in the home town) to ``last``
        (default: four weeks later), home-town dates, both included; holidays named in the
        interface language ``language`` (``None``: the process locale's)."""
        with self.db.read() as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            home_zone = partnership.home_town.time_zone
        start = first if first is not None else self.today_in(home_zone)
        end = last if last is not None else start + dt.timedelta(days=27)
        if end < start:
            raise ValueError("the range ends before it starts")
        home, partner, busy, notes = self.inputs(partnership_id, start, end, language)
        result = find_slots(home, partner, busy, start, end, duration_min, limit=limit)
        return replace(result, notes=tuple(n.text for n in notes), note_details=tuple(notes))

    def inputs(
        self, partnership_id: int, start: dt.date, end: dt.date, language: str | None = None
    ) -> tuple[TownHours, TownHours, list[Busy], list[Note]]:
        """What the finder needs for home-town dates ``start`` to ``end``: both towns (their
        holidays named in the interface language ``language``), the busy intervals near
        those dates and the notes."""
        low = dt.datetime.combine(start - MARGIN, dt.time(), dt.UTC)
        high = dt.datetime.combine(end + MARGIN + dt.timedelta(days=1), dt.time(), dt.UTC)
        with self.db.read() as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            home_row, partner_row = partnership.home_town, partnership.partner_town
            years = range(start.year - 1, end.year + 2)
            notes: list[Note] = []
            home = self._town(home_row, years, notes, language)
            partner = self._town(partner_row, years, notes, language)
            zones = {t.id: t.time_zone for t in (home_row, partner_row)}
            busy: list[Busy] = []
            missions = s.scalars(
                select(m.Mission).where(
                    m.Mission.partnership_id == partnership_id,
                    m.Mission.deleted_at.is_(None),
                    m.Mission.status != MissionStatus.CANCELLED,
                    m.Mission.end_date >= start - MARGIN,
                    m.Mission.start_date <= end + MARGIN,
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
                        BusyKind.MISSION,
                        mission.title,
                    )
                )
            followups = s.scalars(
                select(m.FollowUp).where(
                    m.FollowUp.partnership_id == partnership_id,
                    m.FollowUp.deleted_at.is_(None),
                    m.FollowUp.status != FollowUpStatus.CANCELLED,
                    m.FollowUp.start_utc >= low - dt.timedelta(days=1),  # up to a day long
                    m.FollowUp.start_utc < high,
                )
            )
            for followup in followups:
                began = followup.start_utc.replace(tzinfo=followup.start_utc.tzinfo or dt.UTC)
                busy.append(
                    Busy(
                        began,
                        began + dt.timedelta(minutes=followup.duration_min),
                        f"follow-up {followup.title}",
                        BusyKind.FOLLOWUP,
                        followup.title,
                    )
                )
            events = s.scalars(
                select(m.ExternalEvent)
                .join(m.ExternalEvent.calendar)
                .where(
                    m.ExternalCalendar.partnership_id == partnership_id,
                    m.ExternalEvent.status != EventStatus.CANCELLED,
                    m.ExternalEvent.start_utc < high,
                    or_(
                        m.ExternalEvent.end_utc >= low,
                        and_(
                            m.ExternalEvent.end_utc.is_(None),
                            m.ExternalEvent.start_utc >= low - dt.timedelta(days=1),
                        ),
                    ),
                )
                .order_by(m.ExternalEvent.start_utc, m.ExternalEvent.id)
            )
            partner_zone = ZoneInfo(partner.time_zone)
            for row in events:
                event = convert.external_row(row)
                busy.append(_event_busy(event.start, event.end, partner_zone, event.summary))
        return home, partner, busy, notes

    @staticmethod
    def _town(
        town: m.Town, years: Iterable[int], notes: list[Note], language: str | None
    ) -> TownHours:
        code = country_language(town.country, language)
        calendar, note = holiday_calendar(town.country, town.subdivision, years, code)
        found = {} if calendar is None else {day: str(name) for day, name in calendar.items()}
        if calendar is None:
            notes.append(Note(NoteKind.NO_HOLIDAYS, town.name, town.country))
        elif note is not None:
            subdivision = town.subdivision or ""
            notes.append(Note(NoteKind.UNKNOWN_SUBDIVISION, town.name, town.country, subdivision))
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
    label = f"partner event {summary or '(untitled)'}"
    return Busy(began, finish, label, BusyKind.PARTNER_EVENT, summary)
