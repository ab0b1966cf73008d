"""What each export profile writes, in plain values: status mapping, labels, link and rule
rules, and the request/result of an export. The services choose the rows; this module says
how they read in a partner's calendar (DESIGN.md section 5).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from jumelage.domain import time as tz
from jumelage.domain.enums import Channel, EventStatus, MissionStatus, TravelMode
from jumelage.ics.model import Event, Profile

MISSION_STATUS = {
    MissionStatus.IDEA: EventStatus.TENTATIVE,
    MissionStatus.PLANNED: EventStatus.TENTATIVE,
    MissionStatus.APPROVED: EventStatus.TENTATIVE,
    MissionStatus.CONFIRMED: EventStatus.CONFIRMED,
    MissionStatus.COMPLETED: EventStatus.CONFIRMED,
    MissionStatus.CANCELLED: EventStatus.CANCELLED,
}
MODE = {
    TravelMode.AIR: "Flight",
    TravelMode.ROAD: "Road",
    TravelMode.RAIL: "Train",
    TravelMode.BOAT: "Boat",
    TravelMode.OTHER: "Travel",
}
CHANNEL = {
    Channel.ZOOM: "Zoom",
    Channel.TEAMS: "Teams",
    Channel.JITSI: "Jitsi",
    Channel.GOOGLE_MEET: "Google Meet",
    Channel.WHATSAPP: "WhatsApp",
    Channel.PHONE: "Phone",
    Channel.IN_PERSON: "In person",
}
_WEB_LINK = re.compile(r"https?://[^\s\"<>\\]+\Z", re.IGNORECASE)
_UNTIL = re.compile(r"UNTIL=([0-9T]+Z?)", re.IGNORECASE)
#: An open-ended series is given VTIMEZONE years this far ahead of its last known occurrence.
OPEN_SERIES_YEARS = 2


@dataclass(frozen=True)
class ExportRequest:
    """One partnership (``None``: all), a profile, and the dates to cover (inclusive)."""

    partnership_id: int | None = None
    profile: Profile = Profile.PARTNER
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class ExportResult:
    """The file's bytes and the events in it (in file order), for the preview and the CLI."""

    data: bytes
    events: tuple[Event, ...]
    name: str
    profile: Profile
    partnerships: tuple[str, ...]
    path: Path | None = None


def web_link(link: str) -> str:
    """``link`` if it is a web address (a partner file never carries a phone number)."""
    link = link.strip()
    return link if _WEB_LINK.match(link) else ""


def export_rrule(rule: str, zone: str) -> str:
    """The series' rule as RFC 5545 wants it next to a DTSTART with TZID: UNTIL in UTC. A
    date UNTIL (inclusive in our rules) becomes the end of that day in the series' zone."""
    body = rule.strip().upper().removeprefix("RRULE:")
    match = _UNTIL.search(body)
    if match is None or match.group(1).endswith("Z"):
        return body
    raw = match.group(1)
    day = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    wall = (
        dt.datetime.combine(day, dt.time(int(raw[9:11]), int(raw[11:13]), int(raw[13:15] or 0)))
        if "T" in raw
        else dt.datetime.combine(day, dt.time(23, 59, 59))
    )
    instant = wall.replace(tzinfo=tz.zone(zone)).astimezone(dt.UTC)
    return body.replace(match.group(0), f"UNTIL={instant:%Y%m%dT%H%M%SZ}")


def after(start: dt.datetime, minutes: int) -> dt.datetime:
    """``minutes`` after ``start`` as elapsed time, on the start's clocks (DST-safe)."""
    return (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(start.tzinfo)


def paragraphs(*parts: tuple[str, str]) -> str:
    return "\n\n".join(f"{label}: {text}" if label else text for label, text in parts if text)


def recurrence_key(value: dt.date | dt.datetime | None) -> str:
    """RECURRENCE-ID as the import stores it: the UTC instant, or the date."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    return f"{value:%Y%m%d}"
