"""The demo database (DESIGN.md section 8), built through the services themselves.

Dates are placed relative to "today" so the demo always has past and upcoming missions, a
follow-up series under way and overdue action items. The towns, the partnership and its themes
are public facts; every person is invented.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jumelage.domain.enums import (
    Currency,
    PartnershipStatus,
)
from jumelage.domain.rows import DayOff
from jumelage.domain.specs import (
    FundingSourceSpec,
    PartnershipSpec,
    PersonSpec,
    TownSpec,
)
from jumelage.services import Services
from jumelage.services.demo_base import (
    BRUSSELS,
    CASABLANCA,
    DAKAR,
    HEBRON,
    LONDON,
)
from jumelage.services.demo_followups import FollowUpsDemo
from jumelage.services.demo_missions import MissionsDemo


class _Builder(MissionsDemo, FollowUpsDemo):
    # --- directory -----------------------------------------------------------------------

    def towns(self) -> None:
        specs = [
            TownSpec(
                "Anderlecht",
                "BE",
                BRUSSELS,
                subdivision="BRU",
                days_off=(
                    DayOff(dt.date(self.today.year, 5, 8), "Iris Day"),
                    DayOff(dt.date(self.today.year + 1, 5, 8), "Iris Day"),
                ),
            ),
            TownSpec("Marsassoum", "SN", DAKAR, work_start=dt.time(8), work_end=dt.time(16)),
            TownSpec(
                "Zagora", "MA", CASABLANCA, work_start=dt.time(8, 30), work_end=dt.time(16, 30)
            ),
            TownSpec(
                "Village near Nablus", "PS", HEBRON, work_start=dt.time(8), work_end=dt.time(15)
            ),
            TownSpec("Hammersmith & Fulham", "GB", LONDON, subdivision="ENG"),
        ]
        for spec in specs:
            self.town[spec.name] = self.s.towns.create(spec).value.id

    def people(self) -> None:
        people = [
            (
                "Sophie Vandermeulen",
                "Anderlecht",
                "Municipality of Anderlecht",
                "International relations officer",
                "s.vandermeulen@example.org",
                ("fr", "nl", "en"),
            ),
            (
                "Karim El Idrissi",
                "Anderlecht",
                "Municipality of Anderlecht",
                "Alderman for international cooperation",
                "",
                ("fr", "nl", "ar"),
            ),
            (
                "Lotte Peeters",
                "Anderlecht",
                "Municipality of Anderlecht",
                "Video crew",
                "",
                ("nl", "fr", "en"),
            ),
            (
                "Thomas Dubois",
                "Anderlecht",
                "Municipality of Anderlecht",
                "Finance officer",
                "t.dubois@example.org",
                ("fr",),
            ),
            (
                "Aminata Diatta",
                "Marsassoum",
                "Commune de Marsassoum",
                "Secretary general",
                "a.diatta@example.sn",
                ("fr", "wo"),
            ),
            (
                "Ousmane Sané",
                "Marsassoum",
                "Commune de Marsassoum",
                "Deputy mayor",
                "",
                ("fr", "wo"),
            ),
            (
                "Fatou Badji",
                "Marsassoum",
                "Commune de Marsassoum",
                "Local development officer",
                "",
                ("fr",),
            ),
            (
                "Ibrahima Coly",
                "Marsassoum",
                "Commune de Marsassoum",
                "Tax and IT agent",
                "",
                ("fr",),
            ),
            (
                "Youssef Amrani",
                "Zagora",
                "Commune de Zagora",
                "Head of cooperation",
                "",
                ("ar", "fr"),
            ),
            (
                "Lina Haddad",
                "Village near Nablus",
                "Village council",
                "Council secretary",
                "",
                ("ar", "en"),
            ),
            ("Emma Clarke", "Hammersmith & Fulham", "H&F Council", "Twinning officer", "", ("en",)),
        ]
        for name, town, org, role, email, languages in people:
            spec = PersonSpec(
                name,
                self.town[town],
                org,
                role,
                email,
                "+32 2 000 00 00" if town == "Anderlecht" else "",
                languages,
            )
            self.person[name] = self.s.people.create(spec).value.id

    def partnerships(self) -> None:
        home = self.town["Anderlecht"]
        rows = [
            (
                "Marsassoum",
                dt.date(2018, 1, 1),
                PartnershipStatus.ACTIVE,
                "#2e7d32",
                "Within the Belgian federal municipal international cooperation programme for "
                "Brussels municipalities. Themes: a communal local development fund for innovative "
                "micro-projects; a local development office with a shared place to process and "
                "sell local products; training and IT tools for municipal agents and elected "
                "officials to improve local tax collection. First prize of the PLATFORMAwards "
                "2022.",
            ),
            (
                "Zagora",
                None,
                PartnershipStatus.EXPLORING,
                "#ef6c00",
                "Exploring a partnership on water management and youth.",
            ),
            (
                "Village near Nablus",
                None,
                PartnershipStatus.EXPLORING,
                "#6a1b9a",
                "First contacts through a civil-society association.",
            ),
            (
                "Hammersmith & Fulham",
                dt.date(1955, 1, 1),
                PartnershipStatus.ACTIVE,
                "#1565c0",
                "Twinned since 1955.",
            ),
        ]
        for partner, since, status, colour, text in rows:
            spec = PartnershipSpec(
                home,
                self.town[partner],
                since=since,
                status=status,
                colour=colour,
                description=text,
            )
            self.partnership[partner] = self.s.partnerships.create(spec).value.id

    def funding_sources(self) -> None:
        year = self.today.year
        for name, amount, start, end in [
            (
                "EU grant – PLATFORMAwards communication",
                Decimal(20000),
                dt.date(2023, 1, 1),
                dt.date(year + 1, 12, 31),
            ),
            (
                "Federal municipal cooperation programme 2022–2026",
                Decimal(180000),
                dt.date(2022, 1, 1),
                dt.date(2026, 12, 31),
            ),
            (
                "Municipal budget – international relations",
                Decimal(15000),
                dt.date(year, 1, 1),
                dt.date(year, 12, 31),
            ),
        ]:
            spec = FundingSourceSpec(name, amount, Currency.EUR, start, end)
            self.funding[name] = self.s.funding.create(spec).value.id

    def rates(self) -> None:
        """Rates for the floating currencies, so every budget converts to euros."""
        for code, per_eur in (
            (Currency.MAD, "10.80"),
            (Currency.GBP, "0.85"),
            (Currency.ILS, "4.05"),
        ):
            self.s.rates.set(code, Decimal(per_eur), self.today)


def populate(services: Services) -> None:
    """Fill an empty database with the demo partnerships, dated around the services' clock."""
    builder = _Builder(services)
    builder.towns()
    builder.people()
    builder.partnerships()
    builder.funding_sources()
    builder.rates()
    builder.missions()
    builder.followups()
