"""A realistic large Jumelage database, for the benchmarks.

At ``scale=1.0``: 20 partnerships between 4 home towns and 20 partner towns in real IANA zones
(Brussels, London, Montreal, Paris; Dakar, Casablanca, Hebron, Kolkata, Port-au-Prince...),
about 1,000 people, 5,000 missions with their delegation, travel legs, agenda items and budget
lines, 20,000 follow-ups (two recurring series per partnership plus one-off calls) with
attendance and decisions, 100,000 action items (40% of them discussed again at later calls)
and 10,000 events in partners' calendars; exchange rates for the floating currencies.
Every count scales linearly with ``scale``, except the towns, partnerships and (from scale
0.25) people.

The schema comes from :func:`jumelage.persistence.database.open_database` (the real
migrations); the rows go in with SQLAlchemy bulk inserts (``session.execute(insert(Model),
rows)``), which are about four times faster than ``Session.add_all`` at this size. Every wall
time is stored with its zone and the UTC instant derived by :func:`jumelage.domain.time.to_utc`,
as the services would store it. The same ``seed`` and ``anchor`` give the same database.

    python benchmarks/generate.py OUT.sqlite [--scale 1.0] [--seed 2026] [--anchor 2026-11-01]

or, from Python::

    from benchmarks.generate import generate
    counts = generate(path, scale=0.1, seed=7)
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

#: "Today" of a generated database: dates are placed around it (past missions, upcoming ones,
#: overdue actions). Fixed so that a seed always gives the same file.
ANCHOR = dt.date(2026, 11, 1)
DEFAULT_SEED = 2026

#: Rows per table at scale 1.0.
MISSIONS = 5_000
FOLLOWUPS = 20_000
ACTIONS = 100_000
EXTERNAL_EVENTS = 10_000
PEOPLE_PER_TOWN = 42

YEARS_BACK = 12
YEARS_AHEAD = 2


@dataclass(frozen=True)
class TownFact:
    name: str
    country: str
    zone: str
    work_start: dt.time = dt.time(9)
    work_end: dt.time = dt.time(17)
    weekend: str = "5,6"
    subdivision: str | None = None
    currency: str = "EUR"
    languages: tuple[str, ...] = ("fr",)


HOME_TOWNS = (
    TownFact("Anderlecht", "BE", "Europe/Brussels", subdivision="BRU", languages=("fr", "nl")),
    TownFact(
        "Hammersmith & Fulham", "GB", "Europe/London", subdivision="ENG", languages=("en",),
        currency="GBP",
    ),
    TownFact("Montréal-Nord", "CA", "America/Montreal", subdivision="QC", languages=("fr", "en")),
    TownFact("Villeurbanne", "FR", "Europe/Paris", languages=("fr",)),
)  # fmt: skip

PARTNER_TOWNS = (
    TownFact("Marsassoum", "SN", "Africa/Dakar", dt.time(8), dt.time(16), currency="XOF"),
    TownFact("Zagora", "MA", "Africa/Casablanca", dt.time(8, 30), dt.time(16, 30), currency="MAD",
             languages=("ar", "fr")),
    TownFact("Beit Ummar", "PS", "Asia/Hebron", dt.time(8), dt.time(15), "4,5", currency="ILS",
             languages=("ar", "en")),
    TownFact("Pune", "IN", "Asia/Kolkata", dt.time(10), dt.time(18), "6", languages=("en", "mr")),
    TownFact("Ziguinchor", "SN", "Africa/Dakar", dt.time(8), dt.time(16), currency="XOF"),
    TownFact("Tiznit", "MA", "Africa/Casablanca", dt.time(8, 30), dt.time(16, 30),
             currency="MAD", languages=("ar", "fr")),
    TownFact("Bethlehem", "PS", "Asia/Hebron", dt.time(8), dt.time(15), "4,5", currency="ILS",
             languages=("ar", "en")),
    TownFact("Kochi", "IN", "Asia/Kolkata", dt.time(10), dt.time(18), "6", languages=("en", "ml")),
    TownFact("Jacmel", "HT", "America/Port-au-Prince", dt.time(8), dt.time(16)),
    TownFact("Ségou", "ML", "Africa/Bamako", dt.time(7, 30), dt.time(15, 30), currency="XOF"),
    TownFact("Koudougou", "BF", "Africa/Ouagadougou", dt.time(7, 30), dt.time(15, 30),
             currency="XOF"),
    TownFact("Kisangani", "CD", "Africa/Lubumbashi", dt.time(8), dt.time(16)),
    TownFact("Ouidah", "BJ", "Africa/Porto-Novo", dt.time(8), dt.time(16), currency="XOF"),
    TownFact("Huye", "RW", "Africa/Kigali", dt.time(8), dt.time(17), languages=("rw", "fr", "en")),
    TownFact("Sfax", "TN", "Africa/Tunis", dt.time(8), dt.time(16), languages=("ar", "fr")),
    TownFact("Chefchaouen", "MA", "Africa/Casablanca", dt.time(8, 30), dt.time(16, 30),
             currency="MAD", languages=("ar", "es")),
    TownFact("Nouadhibou", "MR", "Africa/Nouakchott", dt.time(8), dt.time(16), "4,5",
             languages=("ar", "fr")),
    TownFact("Hué", "VN", "Asia/Ho_Chi_Minh", dt.time(7, 30), dt.time(16, 30),
             languages=("vi", "fr")),
    TownFact("Cusco", "PE", "America/Lima", dt.time(8), dt.time(16), languages=("es", "qu")),
    TownFact("Gorée", "SN", "Africa/Dakar", dt.time(8), dt.time(16), currency="XOF"),
)  # fmt: skip

FIRST_NAMES = {
    "BE": ["Sophie", "Karim", "Lotte", "Thomas", "Nadia", "Pieter", "Julie", "Mehdi", "Anne"],
    "GB": ["Emma", "Oliver", "Priya", "James", "Grace", "Daniel", "Aisha", "Tom", "Chloe"],
    "CA": ["Marie-Ève", "Jean-François", "Samuel", "Nathalie", "Mélanie", "Luc", "Fatima"],
    "FR": ["Camille", "Hugo", "Léa", "Nicolas", "Inès", "Julien", "Claire", "Yanis"],
    "SN": ["Aminata", "Ousmane", "Fatou", "Ibrahima", "Mariama", "Moussa", "Awa", "Lamine"],
    "MA": ["Youssef", "Khadija", "Hassan", "Salma", "Omar", "Nour", "Rachid", "Imane"],
    "PS": ["Lina", "Ahmad", "Rania", "Khaled", "Dina", "Samir", "Hiba", "Yazan"],
    "IN": ["Anjali", "Rahul", "Meera", "Vikram", "Priyanka", "Arjun", "Kavya", "Suresh"],
}
LAST_NAMES = {
    "BE": ["Vandermeulen", "El Idrissi", "Peeters", "Dubois", "Janssens", "Lambert", "Maes"],
    "GB": ["Clarke", "Smith", "Patel", "Okafor", "Hughes", "Walsh", "Begum"],
    "CA": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Joseph", "Nguyen"],
    "FR": ["Martin", "Bernard", "Moreau", "Laurent", "Garcia", "Roux", "Fournier"],
    "SN": ["Diatta", "Sané", "Badji", "Coly", "Diallo", "Ndiaye", "Sow", "Faye"],
    "MA": ["Amrani", "Benali", "El Fassi", "Tazi", "Ouali", "Berrada", "Alaoui"],
    "PS": ["Haddad", "Khalil", "Nasser", "Awad", "Saleh", "Hamdan", "Odeh"],
    "IN": ["Sharma", "Kulkarni", "Nair", "Menon", "Deshpande", "Iyer", "Patil"],
}
ROLES = [
    "International relations officer", "Deputy mayor", "Secretary general",
    "Local development officer", "Finance officer", "Video crew", "Interpreter",
    "Head of cooperation", "Council secretary", "Twinning officer", "Youth worker",
    "Head of technical services", "School principal", "Health centre manager",
]  # fmt: skip
THEMES = [
    "water and sanitation", "waste management", "civil registry", "school canteens",
    "youth exchange", "women's cooperatives", "local taxation", "solar street lighting",
    "public library", "market gardening", "health post", "climate adaptation",
    "digital archives", "urban planning", "cultural festival", "sports for all",
]  # fmt: skip
SDGS_OF_THEME = ["6", "11,12", "16", "2,4", "4,10", "5,8", "16,17", "7,11",
                 "4", "2,15", "3", "13", "16", "11", "11,17", "3,10"]  # fmt: skip
MISSION_KINDS = [
    "Technical mission", "Delegation visit", "Study visit", "Evaluation mission",
    "Exchange", "Training week", "Steering committee", "Inauguration",
]  # fmt: skip
AGENDA_TITLES = [
    "Welcome by the mayor", "Working session", "Site visit", "Meeting with the council",
    "Workshop", "Visit of the health post", "Press conference", "Evaluation session",
    "Meeting with the youth council", "Dinner with the twinning committee",
]  # fmt: skip
ACTION_VERBS = [
    "Send", "Prepare", "Translate", "Check", "Sign", "Book", "Update", "Collect", "Share",
    "Draft", "Review", "Confirm", "Order", "Pay", "Archive", "Publish",
]  # fmt: skip
ACTION_OBJECTS = [
    "the budget report", "the signed agreement", "the mission order", "the visa letters",
    "the photos", "the minutes", "the invoices", "the grant application", "the flight tickets",
    "the press release", "the attendance list", "the training material", "the quotes",
    "the progress report", "the insurance certificates", "the video", "the procurement plan",
]  # fmt: skip
ACTION_TAILS = [
    "to the partner council", "for the steering committee", "before the next call",
    "with the finance department", "for the donor", "to the mayor's office", "",
    "on the shared drive", "for the evaluation", "in French and English",
]  # fmt: skip
DECISIONS = [
    "Approve the {theme} work plan", "Postpone the visit to next quarter",
    "Ask the donor for a no-cost extension", "Hold the next call in {lang}",
    "Allocate the remaining budget to {theme}", "Name a focal point for {theme}",
]  # fmt: skip
EVENT_SUMMARIES = [
    "Municipal council", "Market day", "Public holiday", "Budget session", "School holidays",
    "Festival", "Town hall closed", "Vaccination campaign", "Elections", "Clean-up day",
]  # fmt: skip
COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]
CHANNELS = ["zoom", "teams", "jitsi", "google_meet", "whatsapp", "phone", "in_person"]
CHANNEL_WEIGHTS = [30, 20, 10, 10, 20, 8, 2]
UTC = dt.UTC


def _stamp(day: dt.date, anchor: dt.date) -> dt.datetime:
    """An aware creation/modification instant: a month before ``day``, never after ``anchor``."""
    return dt.datetime.combine(min(day - dt.timedelta(days=30), anchor), dt.time(9), UTC)


class _Maker:
    def __init__(self, scale: float, seed: int, anchor: dt.date) -> None:
        from jumelage.domain import time as tz

        self.tz = tz
        self.rng = random.Random(seed)
        self.scale = scale
        self.anchor = anchor
        self.first_day = anchor - dt.timedelta(days=365 * YEARS_BACK)
        self.span = (anchor + dt.timedelta(days=365 * YEARS_AHEAD) - self.first_day).days
        self.created = dt.datetime.combine(self.first_day, dt.time(8), UTC)
        self.tables: dict[str, list[dict[str, Any]]] = {}

    # --- helpers -------------------------------------------------------------------------

    def n(self, base: int) -> int:
        return max(1, round(base * self.scale))

    def uid(self) -> str:
        return f"{uuid.UUID(int=self.rng.getrandbits(128), version=4)}@jumelage"

    def day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=self.rng.randrange(self.span))

    def utc(self, wall: dt.datetime, zone: str) -> tuple[dt.datetime, dt.datetime]:
        """``(wall, instant)``: a wall time skipped by a DST change moves an hour later."""
        try:
            return wall, self.tz.to_utc(wall, zone)
        except Exception:  # NonexistentLocalTime
            wall += dt.timedelta(hours=1)
            return wall, self.tz.to_utc(wall, zone)

    def wall_of(self, instant: dt.datetime, zone: str) -> dt.datetime:
        return instant.astimezone(self.tz.zone(zone)).replace(tzinfo=None)

    def versioned(self, day: dt.date | None = None) -> dict[str, Any]:
        stamp = self.created if day is None else _stamp(day, self.anchor)
        return {"version": 1, "created_at": stamp, "updated_at": stamp}

    def calendar_item(self, day: dt.date | None = None) -> dict[str, Any]:
        return {**self.versioned(day), "uid": self.uid(), "sequence": 0, "deleted_at": None}

    def add(self, table: str, row: dict[str, Any]) -> int:
        rows = self.tables.setdefault(table, [])
        row_id = row["id"] = len(rows) + 1
        rows.append(row)
        return row_id

    # --- the directory -------------------------------------------------------------------

    def directory(self) -> None:
        rng = self.rng
        self.town_fact: dict[int, TownFact] = {}
        self.people_of: dict[int, list[int]] = {}
        self.person_name: dict[int, str] = {}
        for fact in HOME_TOWNS + PARTNER_TOWNS:
            town_id = self.add(
                "towns",
                {
                    **self.versioned(),
                    "name": fact.name,
                    "country": fact.country,
                    "subdivision": fact.subdivision,
                    "time_zone": fact.zone,
                    "work_start": fact.work_start,
                    "work_end": fact.work_end,
                    "weekend": fact.weekend,
                },
            )
            self.town_fact[town_id] = fact
            if fact.country == "BE":
                for year in range(self.first_day.year, self.anchor.year + YEARS_AHEAD + 1):
                    self.add(
                        "town_days_off",
                        {"town_id": town_id, "date": dt.date(year, 5, 8), "name": "Iris Day"},
                    )
            names_key = fact.country if fact.country in FIRST_NAMES else "SN"
            people = []
            for _ in range(max(4, round(PEOPLE_PER_TOWN * min(1.0, self.scale * 4)))):
                name = f"{rng.choice(FIRST_NAMES[names_key])} {rng.choice(LAST_NAMES[names_key])}"
                email = (
                    f"{name.split()[0].lower()}.{rng.randrange(100, 999)}@example.org"
                    if rng.random() < 0.6
                    else ""
                )
                person_id = self.add(
                    "people",
                    {
                        **self.versioned(),
                        "name": name,
                        "town_id": town_id,
                        "organisation": f"Municipality of {fact.name}",
                        "role": rng.choice(ROLES),
                        "email": email,
                        "phone": f"+{rng.randrange(1, 999)} {rng.randrange(10**6, 10**7)}",
                        "languages": ",".join(fact.languages),
                        "erased_at": None,
                    },
                )
                people.append(person_id)
                self.person_name[person_id] = name
            self.people_of[town_id] = people

        for currency, per_eur in (("MAD", "10.85"), ("GBP", "0.8652"), ("ILS", "3.912")):
            self.tables.setdefault("exchange_rates", []).append(
                {
                    "currency": currency,
                    "per_eur": Decimal(per_eur),
                    "as_of": self.anchor - dt.timedelta(days=10),
                    **self.versioned(self.anchor),
                }
            )
        for i, name in enumerate(["European Union", "Enabel", "Région", "City budget", "AFD"]):
            self.add(
                "funding_sources",
                {
                    **self.versioned(),
                    "name": name,
                    "amount": Decimal(rng.randrange(50_000, 2_000_000)),
                    "currency": "EUR",
                    "period_start": dt.date(self.anchor.year - i, 1, 1),
                    "period_end": dt.date(self.anchor.year + 2, 12, 31),
                },
            )

        self.partnerships: list[tuple[int, int, int]] = []  # (id, home town, partner town)
        homes = list(range(1, len(HOME_TOWNS) + 1))
        for i, _ in enumerate(PARTNER_TOWNS):
            home = homes[i % len(homes)]
            partner = len(HOME_TOWNS) + 1 + i
            partnership_id = self.add(
                "partnerships",
                {
                    **self.versioned(),
                    "name": f"{self.town_fact[home].name} – {self.town_fact[partner].name}",
                    "home_town_id": home,
                    "partner_town_id": partner,
                    "since": dt.date(rng.randrange(1985, 2015), rng.randrange(1, 13), 1),
                    "status": rng.choices(["active", "exploring", "dormant"], weights=[16, 2, 2])[
                        0
                    ],
                    "colour": COLOURS[i % len(COLOURS)],
                    "description": f"Cooperation on {THEMES[i % len(THEMES)]}.",
                },
            )
            self.partnerships.append((partnership_id, home, partner))
        for p_id, _home, partner in self.partnerships:
            self.add(
                "budget_lines",
                {
                    **self.versioned(),
                    "mission_id": None,
                    "partnership_id": p_id,
                    "category": "project",
                    "funding_source_id": rng.randrange(1, 6),
                    "planned": Decimal(rng.randrange(5_000, 80_000)),
                    "actual": Decimal(rng.randrange(0, 60_000)),
                    "currency": "EUR",
                    "note": f"{self.town_fact[partner].name} project fund",
                },
            )

    # --- missions ------------------------------------------------------------------------

    def missions(self) -> None:
        rng, anchor = self.rng, self.anchor
        self.missions_of: dict[int, list[tuple[int, dt.date]]] = {}
        for _ in range(self.n(MISSIONS)):
            p_id, home, partner = rng.choice(self.partnerships)
            outbound = rng.random() < 0.6
            origin, destination = (home, partner) if outbound else (partner, home)
            start = self.day()
            end = start + dt.timedelta(days=rng.randrange(2, 12))
            if end < anchor:
                status = rng.choices(["completed", "cancelled"], weights=[85, 15])[0]
            elif start <= anchor:
                status = "confirmed"
            else:
                status = rng.choice(["idea", "planned", "approved", "confirmed"])
            theme_index = rng.randrange(len(THEMES))
            theme = THEMES[theme_index]
            mission_id = self.add(
                "missions",
                {
                    **self.calendar_item(start),
                    "partnership_id": p_id,
                    "title": f"{rng.choice(MISSION_KINDS)}: {theme}",
                    "direction": "outbound" if outbound else "inbound",
                    "destination_town_id": destination,
                    "start_date": start,
                    "end_date": end,
                    "status": status,
                    "objectives": f"Follow up the {theme} project with the partner team.",
                    "internal_notes": "" if rng.random() < 0.7 else "Check the visa deadlines.",
                    "outcomes": f"Report on {theme} shared." if status == "completed" else "",
                    "sdgs": SDGS_OF_THEME[theme_index],
                    "shared": rng.random() < 0.5,
                },
            )
            self.missions_of.setdefault(p_id, []).append((mission_id, start))
            pool = self.people_of[origin]
            delegation = rng.sample(pool, min(len(pool), rng.randrange(2, 8)))
            for k, person in enumerate(delegation):
                self.add(
                    "mission_participants",
                    {
                        **self.versioned(start),
                        "mission_id": mission_id,
                        "person_id": person,
                        "role": "head_of_delegation"
                        if k == 0
                        else rng.choice(["officer", "elected_official", "video_crew", "volunteer"]),
                        "passport": True,
                        "visa": rng.random() < 0.8,
                        "vaccination": rng.random() < 0.7,
                        "insurance": rng.random() < 0.9,
                        "mission_order": rng.random() < 0.9,
                    },
                )
            from_zone = self.town_fact[origin].zone
            to_zone = self.town_fact[destination].zone
            from_name = self.town_fact[origin].name
            to_name = self.town_fact[destination].name
            hours = rng.randrange(3, 14)
            mode = rng.choices(["air", "road", "rail"], weights=[8, 1, 1])[0]
            for leg_day, a, b, za, zb in (
                (start, from_name, to_name, from_zone, to_zone),
                (end, to_name, from_name, to_zone, from_zone),
            ):
                depart_local, depart_utc = self.utc(
                    dt.datetime.combine(
                        leg_day, dt.time(rng.randrange(6, 12), 5 * rng.randrange(12))
                    ),
                    za,
                )
                arrive_local, arrive_utc = self.utc(
                    self.wall_of(depart_utc + dt.timedelta(hours=hours), zb), zb
                )
                self.add(
                    "travel_legs",
                    {
                        **self.calendar_item(start),
                        "mission_id": mission_id,
                        "origin": a,
                        "destination": b,
                        "depart_local": depart_local,
                        "depart_zone": za,
                        "depart_utc": depart_utc,
                        "arrive_local": arrive_local,
                        "arrive_zone": zb,
                        "arrive_utc": arrive_utc,
                        "mode": mode,
                        "reference": f"SN{rng.randrange(100, 999)}" if mode == "air" else "",
                    },
                )
            for _ in range(rng.randrange(2, 7)):
                day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
                begin = dt.datetime.combine(day, dt.time(rng.randrange(8, 17)))
                start_local, start_utc = self.utc(begin, to_zone)
                end_local, end_utc = self.utc(begin + dt.timedelta(minutes=90), to_zone)
                self.add(
                    "agenda_items",
                    {
                        **self.calendar_item(start),
                        "mission_id": mission_id,
                        "title": rng.choice(AGENDA_TITLES),
                        "start_local": start_local,
                        "end_local": end_local,
                        "time_zone": to_zone,
                        "start_utc": start_utc,
                        "end_utc": end_utc,
                        "location": f"Town hall, {to_name}",
                        "description": "",
                    },
                )
            currency = self.town_fact[partner].currency if not outbound else "EUR"
            for category in rng.sample(["travel", "accommodation", "per_diem", "equipment"], 3):
                planned = Decimal(rng.randrange(200, 20_000))
                self.add(
                    "budget_lines",
                    {
                        **self.versioned(start),
                        "mission_id": mission_id,
                        "partnership_id": None,
                        "category": category,
                        "funding_source_id": rng.choice([None, 1, 2, 3, 4, 5]),
                        "planned": planned,
                        "actual": planned * Decimal(rng.randrange(70, 120)) / 100
                        if status == "completed"
                        else Decimal(0),
                        "currency": currency,
                        "note": "",
                    },
                )

    # --- follow-ups ----------------------------------------------------------------------

    def followups(self) -> None:
        rng, anchor = self.rng, self.anchor
        per_partnership = max(3, self.n(FOLLOWUPS) // len(self.partnerships))
        self.followups_of: dict[int, list[tuple[int, dt.date, str]]] = {}
        for p_id, home, partner in self.partnerships:
            home_zone, partner_zone = self.town_fact[home].zone, self.town_fact[partner].zone
            people = self.people_of[home] + self.people_of[partner]
            weekly = per_partnership * 6 // 10
            monthly = per_partnership * 2 // 10
            one_off = per_partnership - weekly - monthly
            occurrences: list[tuple[int | None, dt.datetime, str]] = []
            for title, count, step, hour in (
                ("Coordination call", weekly, 7, 10),
                ("Steering committee", monthly, 28, 14),
            ):
                # Each series runs until about six months after the anchor.
                first = anchor + dt.timedelta(days=182 - step * count)
                first_local = dt.datetime.combine(first, dt.time(hour))
                series_id = self.add(
                    "followup_series",
                    {
                        **self.calendar_item(first),
                        "partnership_id": p_id,
                        "title": title,
                        "rule": f"FREQ=WEEKLY;INTERVAL={step // 7}",
                        "first_local": first_local,
                        "time_zone": home_zone,
                        "duration_min": 60,
                        "channel": "zoom",
                        "join_link": f"https://example.org/j/{rng.randrange(10**9)}",
                        "shared": True,
                    },
                )
                for k in range(count):
                    occurrences.append(
                        (series_id, first_local + dt.timedelta(days=step * k), title)
                    )
            for _ in range(one_off):
                wall = dt.datetime.combine(self.day(), dt.time(rng.randrange(8, 17)))
                occurrences.append((None, wall, f"Call about {rng.choice(THEMES)}"))
            for series, recurrence, title in occurrences:
                wall = recurrence
                if series is not None and rng.random() < 0.05:
                    wall += dt.timedelta(days=1)  # a moved occurrence
                zone = home_zone if series is not None or rng.random() < 0.7 else partner_zone
                start_local, start_utc = self.utc(wall, zone)
                past = start_local.date() < anchor
                status = (
                    rng.choices(["held", "cancelled"], weights=[92, 8])[0] if past else "planned"
                )
                quality = (
                    rng.choices(["good", "degraded", "audio_only", "dropped"], [70, 18, 8, 4])[0]
                    if status == "held"
                    else None
                )
                followup_id = self.add(
                    "followups",
                    {
                        **self.calendar_item(start_local.date()),
                        "partnership_id": p_id,
                        "series_id": series,
                        "recurrence_local": recurrence if series is not None else None,
                        "title": title,
                        "start_local": start_local,
                        "time_zone": zone,
                        "start_utc": start_utc,
                        "duration_min": rng.choice([30, 45, 60, 90]),
                        "channel": rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
                        "join_link": "",
                        "status": status,
                        "agenda": "1. News from both towns\n2. Budget\n3. Next visit",
                        "minutes": "Minutes shared by e-mail." if status == "held" else "",
                        "quality": quality,
                        "minutes_lost": rng.randrange(0, 20)
                        if quality not in (None, "good")
                        else 0,
                        "shared": True,
                    },
                )
                self.followups_of.setdefault(p_id, []).append(
                    (followup_id, start_local.date(), status)
                )
                for person in rng.sample(people, rng.randrange(2, 6)):
                    self.add(
                        "attendance",
                        {
                            **self.versioned(start_local.date()),
                            "followup_id": followup_id,
                            "person_id": person,
                            "status": rng.choices(
                                ["present", "excused", "absent"], weights=[85, 10, 5]
                            )[0]
                            if status == "held"
                            else "invited",
                            "connection_trouble": rng.random() < 0.1,
                        },
                    )
                if status == "held":
                    for position in range(rng.randrange(0, 3)):
                        self.add(
                            "decisions",
                            {
                                **self.versioned(start_local.date()),
                                "followup_id": followup_id,
                                "position": position,
                                "text": rng.choice(DECISIONS).format(
                                    theme=rng.choice(THEMES), lang=rng.choice(["French", "English"])
                                ),
                            },
                        )

    # --- action items --------------------------------------------------------------------

    def actions(self) -> None:
        rng, anchor = self.rng, self.anchor
        # The calls of each partnership in date order, to find the ones after an item's origin.
        calls = {p: sorted((day, f) for f, day, _ in rows) for p, rows in self.followups_of.items()}
        call_days = {p: [day for day, _ in rows] for p, rows in calls.items()}
        for _ in range(self.n(ACTIONS)):
            p_id, home, partner = rng.choice(self.partnerships)
            origin_followup = origin_mission = None
            pick = rng.random()
            if pick < 0.8:
                origin_followup, origin_day, _ = rng.choice(self.followups_of[p_id])
            elif pick < 0.9 and p_id in self.missions_of:
                origin_mission, origin_day = rng.choice(self.missions_of[p_id])
            else:
                origin_day = self.day()
            due = (
                origin_day + dt.timedelta(days=rng.randrange(7, 90)) if rng.random() < 0.9 else None
            )
            if due is not None and due < anchor:
                # Overdue items are mostly recent; a few old ones were never closed.
                recent = (anchor - due).days < 365
                weights = [60, 8, 20, 12] if recent else [85, 12, 2, 1]
                status = rng.choices(["done", "dropped", "open", "in_progress"], weights)[0]
            else:
                status = rng.choices(["open", "in_progress", "done"], weights=[60, 30, 10])[0]
            owners = self.people_of[home if rng.random() < 0.6 else partner]
            tail = rng.choice(ACTION_TAILS)
            description = f"{rng.choice(ACTION_VERBS)} {rng.choice(ACTION_OBJECTS)}"
            action_id = self.add(
                "action_items",
                {
                    **self.calendar_item(origin_day),
                    "partnership_id": p_id,
                    "origin_followup_id": origin_followup,
                    "origin_mission_id": origin_mission,
                    "description": f"{description} {tail}" if tail else description,
                    "owner_person_id": rng.choice(owners) if rng.random() < 0.95 else None,
                    "due_date": due,
                    "status": status,
                    "shared": rng.random() < 0.3,
                },
            )
            if rng.random() < 0.4:  # on the table again at the next call or two
                after = bisect.bisect_right(call_days[p_id], origin_day)
                for day, followup_id in calls[p_id][after : after + rng.randrange(1, 3)]:
                    if day < anchor and followup_id != origin_followup:
                        self.add(
                            "action_item_discussions",
                            {
                                "action_item_id": action_id,
                                "followup_id": followup_id,
                                "created_at": _stamp(day + dt.timedelta(days=30), anchor),
                            },
                        )

    # --- partners' calendars -------------------------------------------------------------

    def external(self) -> None:
        rng = self.rng
        calendars = []
        for p_id, _home, partner in self.partnerships:
            fact = self.town_fact[partner]
            calendar_id = self.add(
                "external_calendars",
                {
                    **self.versioned(),
                    "partnership_id": p_id,
                    "name": f"{fact.name} town hall",
                    "source": f"https://example.org/{fact.country.lower()}/{p_id}.ics",
                    "imported_at": dt.datetime.combine(self.anchor, dt.time(7), UTC),
                },
            )
            calendars.append((calendar_id, fact))
        for _ in range(self.n(EXTERNAL_EVENTS)):
            calendar_id, fact = rng.choice(calendars)
            day = self.day()
            summary = rng.choice(EVENT_SUMMARIES)
            uid = self.uid()
            if rng.random() < 0.3:
                start_local = dt.datetime.combine(day, dt.time())
                end_local = start_local + dt.timedelta(days=1)
                zone = ""
                start_utc = start_local.replace(tzinfo=UTC)
                end_utc = end_local.replace(tzinfo=UTC)
                all_day = True
                dtstart = f"DTSTART;VALUE=DATE:{day:%Y%m%d}"
            else:
                zone = fact.zone
                start_local, start_utc = self.utc(
                    dt.datetime.combine(day, dt.time(rng.randrange(8, 20))), zone
                )
                end_local, end_utc = self.utc(start_local + dt.timedelta(hours=2), zone)
                all_day = False
                dtstart = f"DTSTART;TZID={zone}:{start_local:%Y%m%dT%H%M%S}"
            stamp = _stamp(day, self.anchor)
            self.add(
                "external_events",
                {
                    **self.versioned(day),
                    "calendar_id": calendar_id,
                    "uid": uid,
                    "recurrence_id": "",
                    "sequence": 0,
                    "last_modified": stamp,
                    "dtstamp": stamp,
                    "summary": summary,
                    "location": fact.name,
                    "description": "",
                    "all_day": all_day,
                    "start_local": start_local,
                    "end_local": end_local,
                    "time_zone": zone,
                    "start_utc": start_utc,
                    "end_utc": end_utc,
                    "status": rng.choices(["confirmed", "tentative", "cancelled"], [85, 10, 5])[0],
                    "raw": f"BEGIN:VEVENT\r\nUID:{uid}\r\n{dtstart}\r\nSUMMARY:{summary}\r\n"
                    "END:VEVENT\r\n",
                },
            )


#: Insertion order (parents before children) and the model of each table.
ORDER: Sequence[tuple[str, str]] = (
    ("towns", "Town"),
    ("town_days_off", "TownDayOff"),
    ("people", "Person"),
    ("funding_sources", "FundingSource"),
    ("exchange_rates", "ExchangeRate"),
    ("partnerships", "Partnership"),
    ("missions", "Mission"),
    ("mission_participants", "MissionParticipant"),
    ("travel_legs", "TravelLeg"),
    ("agenda_items", "AgendaItem"),
    ("budget_lines", "BudgetLine"),
    ("followup_series", "FollowUpSeries"),
    ("followups", "FollowUp"),
    ("attendance", "Attendance"),
    ("decisions", "Decision"),
    ("action_items", "ActionItem"),
    ("action_item_discussions", "ActionItemDiscussion"),
    ("external_calendars", "ExternalCalendar"),
    ("external_events", "ExternalEvent"),
)

CHUNK = 20_000


def generate(
    path: Path | str,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    anchor: dt.date = ANCHOR,
) -> dict[str, int]:
    """Create a database at ``path`` (which must not exist) and fill it; return the number of
    rows of each table."""
    from sqlalchemy import insert

    from jumelage.persistence import models
    from jumelage.persistence.database import open_database

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    maker = _Maker(scale, seed, anchor)
    maker.directory()
    maker.missions()
    maker.followups()
    maker.actions()
    maker.external()

    database = open_database(path, create=True, daily_backup=False)
    try:
        with database.transaction() as session:
            for table, model_name in ORDER:
                rows = maker.tables.get(table, [])
                model = getattr(models, model_name)
                for start in range(0, len(rows), CHUNK):
                    session.execute(insert(model), rows[start : start + CHUNK])
    finally:
        database.close()
    return {table: len(maker.tables.get(table, [])) for table, _ in ORDER}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the database file to create")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 100,000 action items")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--anchor", type=dt.date.fromisoformat, default=ANCHOR, help="'today'")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    options = parser.parse_args(argv)
    if options.path.exists():
        if not options.force:
            parser.error(f"{options.path} exists (use --force to replace it)")
        for suffix in ("", "-wal", "-shm"):
            options.path.with_name(options.path.name + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    counts = generate(options.path, options.scale, options.seed, options.anchor)
    elapsed = time.perf_counter() - started
    width = max(len(t) for t in counts)
    print(f"{options.path} (scale {options.scale}, seed {options.seed}, anchor {options.anchor})")
    for table, count in counts.items():
        print(f"  {table:<{width}} {count:>9,}")
    print(f"  {'total':<{width}} {sum(counts.values()):>9,} rows in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
