"""Time zones of an imported file: TZID → an IANA zone (or the file's own definition).

The order of the guesses, each reported as a note (DESIGN.md section 5: never silently
floating):

1. the IANA zone of that name, also when it carries a prefix
   (``/freeassociation.sourceforge.net/Europe/Berlin``) or when its VTIMEZONE names it in
   X-LIC-LOCATION (Evolution);
2. a Windows zone name (Outlook, Exchange) through the CLDR table, unless the file's own
   VTIMEZONE for it gives other offsets: the sender's client computed its times from that
   definition, so it wins;
3. the file's own VTIMEZONE ("Kuala Lumpur, Singapore", Lotus Notes' names);
4. the partner town's zone.

Floating times (no TZID, no Z) take the calendar's X-WR-TIMEZONE (Google) or the partner
town's zone. UTC values stay instants; with X-WR-TIMEZONE they are shown in that zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from jumelage.domain import time as tz
from jumelage.domain.errors import DomainWarning
from jumelage.ics import limits
from jumelage.ics.filezones import file_zone
from jumelage.ics.lexer import Component, Prop
from jumelage.ics.windows_zones import iana_for_windows

Moment = dt.date | dt.datetime


def iana(name: str) -> ZoneInfo | None:
    if not name or len(name) > 64 or not tz.is_valid_zone(name):
        return None
    return tz.zone(name)


def parse_moment(text: str, force_date: bool = False) -> tuple[Moment, bool] | None:
    """``(date or naive datetime, written in UTC)`` of a DATE / DATE-TIME value."""
    t = text.strip()
    if "-" in t[:10] or ":" in t:  # ISO 8601 with separators (seen in hand-made files)
        t = t.replace("-", "").replace(":", "")
    try:
        if not limits.EARLIEST_YEAR <= int(t[:4]) <= limits.LATEST_YEAR:
            return None
        if len(t) == 8 or force_date:
            return dt.date(int(t[:4]), int(t[4:6]), int(t[6:8])), False
        if len(t) >= 13 and t[8] in "Tt":
            moment = dt.datetime(  # noqa: DTZ001 - a wall time until its zone is known
                int(t[:4]), int(t[4:6]), int(t[6:8]),
                int(t[9:11]), int(t[11:13]), int(t[13:15]) if t[13:15].isdigit() else 0,
            )  # fmt: skip
            return moment, t[-1] in "Zz"
    except ValueError:
        return None
    return None


class ZoneResolver:
    """TZID → (tzinfo, stored zone name), resolved once per TZID, each guess noted."""

    def __init__(
        self,
        vtimezones: dict[str, Component],
        fallback: str,
        x_wr: str,
        source: str,
        notes: list[DomainWarning],
        years: set[int],
    ) -> None:
        self.years = years
        self.vtimezones = vtimezones
        self.fallback = fallback
        self.x_wr = x_wr
        self.source = source
        self.notes = notes
        self.cache: dict[str, tuple[dt.tzinfo, str]] = {}
        self._floating: tuple[dt.tzinfo, str] | None = None

    def _note(self, code: str, subject: str, detail: str) -> None:
        self.notes.append(DomainWarning(code, subject, detail))

    def tzid(self, raw: str) -> tuple[dt.tzinfo, str]:
        found = self.cache.get(raw)
        if found is None:
            found = self.cache[raw] = self._resolve(raw)
        return found

    def _resolve(self, raw: str) -> tuple[dt.tzinfo, str]:
        name = raw.strip().strip('"').strip()
        defined = self.vtimezones.get(name) or self.vtimezones.get(raw)
        candidates = [name]
        if "/" in name:
            parts = name.strip("/").split("/")
            candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
        if defined is not None:
            location = defined.get("X-LIC-LOCATION")
            if location is not None:
                candidates.append(location[2].strip())
        for candidate in candidates:
            zone = iana(candidate)
            if zone is not None:
                if defined is None:
                    self._note("ics.zone-no-vtimezone", name, candidate)
                elif candidate != name:
                    self._note("ics.zone-renamed", name, candidate)
                return zone, candidate
        windows = iana_for_windows(name)
        if windows is not None:
            zone = tz.zone(windows)
            own = file_zone(defined) if defined is not None else None
            if own is not None and not own.agrees_with(zone, self.years):
                # The sender's client computed its instants from this definition, not ours.
                self._note("ics.zone-mismatch", name, windows)
                return own, ""
            self._note("ics.zone-windows", name, windows)
            return zone, windows
        if defined is not None:
            own = file_zone(defined)
            if own is not None:
                self._note("ics.zone-file", name, "")
                return own, ""
        self._note("ics.zone-unknown", name, self.fallback)
        return tz.zone(self.fallback), self.fallback

    def floating(self) -> tuple[dt.tzinfo, str]:
        if self._floating is None:
            name = self.x_wr or self.fallback
            self._note("ics.floating-x-wr" if self.x_wr else "ics.floating", self.source, name)
            self._floating = (tz.zone(name), name)
        return self._floating

    def moment(self, prop: Prop) -> tuple[Moment, str] | None:
        """The value of a DTSTART-like property: a date, or an aware datetime and its zone."""
        _name, params, text = prop
        parsed = parse_moment(
            text.split(",")[0].split("/")[0], params.get("VALUE", "").upper() == "DATE"
        )
        if parsed is None:
            return None
        value, utc = parsed
        if not isinstance(value, dt.datetime):
            return value, ""
        if utc:
            instant = value.replace(tzinfo=dt.UTC)
            if self.x_wr:  # Google writes UTC and means the calendar's zone
                return instant.astimezone(tz.zone(self.x_wr)), self.x_wr
            return instant, "UTC"
        tzid = params.get("TZID")
        if tzid:
            zone, name = self.tzid(tzid)
        else:
            zone, name = self.floating()
        return value.replace(tzinfo=zone), name
