"""Shared base of the demo builders (see :mod:`jumelage.services.demo`)."""

from __future__ import annotations

import datetime as dt

from jumelage.domain import time as tz
from jumelage.services import Services

BRUSSELS, DAKAR, CASABLANCA, HEBRON, LONDON = (
    "Europe/Brussels",
    "Africa/Dakar",
    "Africa/Casablanca",
    "Asia/Hebron",
    "Europe/London",
)


def _at(day: dt.date, hh: int, mm: int, zone: str) -> dt.datetime:
    return tz.localize(dt.datetime.combine(day, dt.time(hh, mm)), zone)


def _first_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


class DemoBuilder:
    """The services, "today" and the ids of what was created so far, by name."""

    def __init__(self, services: Services) -> None:
        self.s = services
        self.now = services.clock()
        self.today = self.now.astimezone(tz.zone(BRUSSELS)).date()
        self.town: dict[str, int] = {}
        self.person: dict[str, int] = {}
        self.partnership: dict[str, int] = {}
        self.funding: dict[str, int] = {}

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)
