"""The demo database (DESIGN.md section 8), built through the services themselves.

Dates are placed relative to "today" so the demo always has past and upcoming missions, a
follow-up series under way and overdue action items. The towns, the partnership and its themes
are public facts; every person is invented.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jumelage.domain import time as tz
from jumelage.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    BudgetCategory,
    CallQuality,
    Channel,
    Currency,
    Direction,
    FollowUpStatus,
    MissionStatus,
    ParticipantRole,
    PartnershipStatus,
    TravelMode,
)
from jumelage.domain.rows import DayOff, MissionRow
from jumelage.domain.specs import (
    ActionItemSpec,
    AgendaItemSpec,
    AttendanceSpec,
    BudgetLineSpec,
    FollowUpSpec,
    FundingSourceSpec,
    LegSpec,
    MissionSpec,
    ParticipantSpec,
    PartnershipSpec,
    PersonSpec,
    SeriesSpec,
    TownSpec,
)
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


class _Builder:
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

    # --- missions ------------------------------------------------------------------------

    def mission(
        self,
        partner: str,
        title: str,
        destination: str,
        start: int,
        days: int,
        status: MissionStatus,
        *,
        direction: Direction = Direction.OUTBOUND,
        objectives: str = "",
        notes: str = "",
        outcomes: str = "",
        sdgs: tuple[int, ...] = (),
        shared: bool = True,
    ) -> MissionRow:
        spec = MissionSpec(
            partnership_id=self.partnership[partner],
            title=title,
            destination_town_id=self.town[destination],
            start_date=self.day(start),
            end_date=self.day(start + days - 1),
            direction=direction,
            status=status,
            objectives=objectives,
            internal_notes=notes,
            outcomes=outcomes,
            sdgs=sdgs,
            shared=shared,
        )
        return self.s.missions.create(spec).value

    def delegation(
        self, mission: MissionRow, members: list[tuple[str, ParticipantRole]], complete: bool
    ) -> None:
        for index, (name, role) in enumerate(members):
            done = complete or index % 2 == 0
            self.s.missions.add_participant(
                mission.id,
                ParticipantSpec(
                    self.person[name],
                    role,
                    passport=True,
                    visa=done,
                    vaccination=True,
                    insurance=done,
                    mission_order=complete,
                ),
            )

    def journey_to_marsassoum(self, mission: MissionRow, flight: str) -> None:
        first, last = mission.start_date, mission.end_date
        legs = [
            LegSpec(
                "Brussels Airport",
                "Dakar Blaise Diagne",
                _at(first, 11, 5, BRUSSELS),
                _at(first, 16, 20, DAKAR),
                TravelMode.AIR,
                flight,
            ),
            LegSpec(
                "Dakar",
                "Ziguinchor",
                _at(first + dt.timedelta(days=1), 7, 0, DAKAR),
                _at(first + dt.timedelta(days=1), 8, 5, DAKAR),
                TravelMode.AIR,
                "HC 201",
            ),
            LegSpec(
                "Ziguinchor",
                "Marsassoum",
                _at(first + dt.timedelta(days=1), 10, 0, DAKAR),
                _at(first + dt.timedelta(days=1), 11, 30, DAKAR),
                TravelMode.ROAD,
                "Commune minibus",
            ),
            LegSpec(
                "Dakar Blaise Diagne",
                "Brussels Airport",
                _at(last, 23, 55, DAKAR),
                _at(last + dt.timedelta(days=1), 6, 50, BRUSSELS),
                TravelMode.AIR,
                flight.replace("201", "202"),
            ),
        ]
        for leg in legs:
            self.s.missions.add_leg(mission.id, leg)

    def agenda(
        self, mission: MissionRow, zone: str, items: list[tuple[int, int, int, int, str, str]]
    ) -> None:
        for offset, hh, mm, hours, title, location in items:
            day = mission.start_date + dt.timedelta(days=offset)
            start = _at(day, hh, mm, zone)
            self.s.missions.add_agenda_item(
                mission.id,
                AgendaItemSpec(title, start, start + dt.timedelta(hours=hours), location),
            )

    def budget(
        self, mission: MissionRow, lines: list[tuple[BudgetCategory, str, int, int, Currency]]
    ) -> None:
        for category, source, planned, actual, cur in lines:
            self.s.missions.add_budget_line(
                BudgetLineSpec(
                    category,
                    Decimal(planned),
                    Decimal(actual),
                    cur,
                    funding_source_id=self.funding[source],
                    mission_id=mission.id,
                )
            )

    def missions(self) -> None:
        fed = "Federal municipal cooperation programme 2022–2026"
        eu = "EU grant – PLATFORMAwards communication"
        muni = "Municipal budget – international relations"
        delegation = [
            ("Sophie Vandermeulen", ParticipantRole.HEAD_OF_DELEGATION),
            ("Karim El Idrissi", ParticipantRole.ELECTED_OFFICIAL),
            ("Lotte Peeters", ParticipantRole.VIDEO_CREW),
            ("Thomas Dubois", ParticipantRole.OFFICER),
        ]

        past = self.mission(
            "Marsassoum",
            "Local development office: field mission",
            "Marsassoum",
            -170,
            9,
            MissionStatus.COMPLETED,
            objectives="Visit the shared processing and sales place for local products; "
            "steering committee with civil-society volunteers; film interviews.",
            notes="Per diem advance paid in cash; receipts with Thomas.",
            outcomes="Site chosen for the processing unit; 12 interviews filmed.",
            sdgs=(1, 5, 8, 17),
        )
        self.delegation(past, delegation, complete=True)
        self.journey_to_marsassoum(past, "SN 201")
        self.agenda(
            past,
            DAKAR,
            [
                (2, 9, 0, 3, "Steering committee", "Town hall, Marsassoum"),
                (2, 15, 0, 2, "Interviews: women's producer groups", "Market"),
                (3, 9, 0, 4, "Visit of the future processing site", "Soungrougrou riverbank"),
                (5, 10, 0, 2, "Restitution with elected officials", "Town hall, Marsassoum"),
            ],
        )
        self.budget(
            past,
            [
                (BudgetCategory.TRAVEL, fed, 4200, 4385, Currency.EUR),
                (BudgetCategory.PER_DIEM, fed, 1800, 1650, Currency.EUR),
                (BudgetCategory.COMMUNICATION, eu, 2500, 2730, Currency.EUR),
                (BudgetCategory.ACCOMMODATION, fed, 590000, 575000, Currency.XOF),
            ],
        )

        upcoming = self.mission(
            "Marsassoum",
            "Local tax collection: training and IT tools",
            "Marsassoum",
            38,
            10,
            MissionStatus.CONFIRMED,
            objectives="Train municipal agents and elected officials in the new tax register; "
            "install the laptops and the software.",
            notes="Check the laptops' insurance before shipping.",
            sdgs=(16, 17),
        )
        self.delegation(
            upcoming, [*delegation[:2], ("Thomas Dubois", ParticipantRole.OFFICER)], complete=False
        )
        self.journey_to_marsassoum(upcoming, "SN 201")
        self.agenda(
            upcoming,
            DAKAR,
            [
                (2, 9, 0, 3, "Training day 1: the tax register", "Town hall, Marsassoum"),
                (3, 9, 0, 3, "Training day 2: collection in the field", "Market"),
                (4, 9, 0, 2, "IT tools: installation and hand-over", "Town hall, Marsassoum"),
                (6, 10, 0, 2, "Steering committee", "Town hall, Marsassoum"),
            ],
        )
        self.budget(
            upcoming,
            [
                (BudgetCategory.TRAVEL, fed, 3300, 0, Currency.EUR),
                (BudgetCategory.EQUIPMENT, fed, 6000, 0, Currency.EUR),
                (BudgetCategory.TRAINING, fed, 1200000, 0, Currency.XOF),
            ],
        )

        inbound = self.mission(
            "Marsassoum",
            "Marsassoum delegation in Anderlecht",
            "Anderlecht",
            110,
            6,
            MissionStatus.PLANNED,
            direction=Direction.INBOUND,
            objectives="Meet Anderlecht's tax department; present the partnership to the "
            "council; visit a local-products cooperative.",
            sdgs=(11, 17),
        )
        self.delegation(
            inbound,
            [
                ("Aminata Diatta", ParticipantRole.HEAD_OF_DELEGATION),
                ("Ousmane Sané", ParticipantRole.ELECTED_OFFICIAL),
                ("Ibrahima Coly", ParticipantRole.OFFICER),
            ],
            complete=False,
        )
        self.agenda(
            inbound,
            BRUSSELS,
            [
                (1, 10, 0, 2, "Welcome at the town hall", "Anderlecht town hall"),
                (2, 9, 30, 3, "Work session with the tax department", "Anderlecht town hall"),
            ],
        )

        zagora = self.mission(
            "Zagora",
            "Exploratory mission to Zagora",
            "Zagora",
            75,
            5,
            MissionStatus.IDEA,
            objectives="Meet the commune and local associations.",
            sdgs=(6, 17),
        )
        self.budget(
            zagora,
            [
                (BudgetCategory.TRAVEL, muni, 2500, 0, Currency.EUR),
                (BudgetCategory.ACCOMMODATION, muni, 5400, 0, Currency.MAD),
            ],
        )

        london = self.mission(
            "Hammersmith & Fulham",
            "Twinning anniversary visit",
            "Hammersmith & Fulham",
            -60,
            3,
            MissionStatus.COMPLETED,
            outcomes="Joint youth exchange proposed for next year.",
            sdgs=(4, 17),
        )
        self.agenda(
            london, LONDON, [(1, 11, 0, 2, "Reception at the town hall", "Hammersmith Town Hall")]
        )
        self.budget(london, [(BudgetCategory.ACCOMMODATION, muni, 680, 697, Currency.GBP)])

        self.s.missions.add_budget_line(
            BudgetLineSpec(
                BudgetCategory.PROJECT,
                Decimal(3000000),
                Decimal(1750000),
                Currency.XOF,
                funding_source_id=self.funding[fed],
                partnership_id=self.partnership["Marsassoum"],
                note="Communal local development fund: innovative micro-projects",
            )
        )

    # --- follow-ups ----------------------------------------------------------------------

    def followups(self) -> None:
        partner = self.partnership["Marsassoum"]
        first_day = _first_weekday_on_or_after(self.day(-150).replace(day=1), 1)  # a Tuesday
        series = self.s.followups.create_series(
            SeriesSpec(
                partner,
                "Monthly follow-up Anderlecht – Marsassoum",
                _at(first_day, 10, 0, BRUSSELS),
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=12",
                60,
                Channel.ZOOM,
                "https://meet.example.org/anderlecht-marsassoum",
            )
        ).value
        attendees = [
            "Sophie Vandermeulen",
            "Karim El Idrissi",
            "Aminata Diatta",
            "Fatou Badji",
            "Ibrahima Coly",
        ]
        topics = [
            (
                "Micro-project fund: call for proposals",
                "Publish the call on the radio.",
                "Draft the call for proposals in French and Wolof",
                "Fatou Badji",
                10,
            ),
            (
                "Processing unit: quotes received",
                "Choose the cheaper solar dryer.",
                "Send the three quotes to the steering committee",
                "Aminata Diatta",
                14,
            ),
            (
                "Tax register: pilot figures",
                "Extend the pilot to the market.",
                "Share the pilot spreadsheet",
                "Ibrahima Coly",
                7,
            ),
            (
                "Mission preparation",
                "Confirm the mission dates.",
                "Book the flights and send the mission orders",
                "Sophie Vandermeulen",
                21,
            ),
            (
                "Video: first edit",
                "Subtitles in French and English.",
                "Review the first edit of the film",
                "Karim El Idrissi",
                12,
            ),
        ]
        now = self.now
        past = [f for f in series if f.start < now]
        for index, occurrence in enumerate(past):
            topic, decision, action, owner, due_in = topics[index % len(topics)]
            trouble = index % 2 == 1
            self.s.followups.update(
                occurrence.id,
                occurrence.version,
                FollowUpSpec(
                    partner,
                    occurrence.title,
                    occurrence.start,
                    occurrence.duration_min,
                    occurrence.channel,
                    occurrence.join_link,
                    FollowUpStatus.HELD,
                    agenda=f"1. Open action items\n2. {topic}\n3. Next steps",
                    minutes=f"{topic}: discussed with the steering committee. "
                    + (
                        "The connection from Marsassoum dropped twice; continued by phone."
                        if trouble
                        else "Good connection throughout."
                    ),
                    quality=CallQuality.DEGRADED if trouble else CallQuality.GOOD,
                    minutes_lost=10 if trouble else 0,
                ),
            )
            for name in attendees:
                status = (
                    AttendanceStatus.EXCUSED
                    if (index + len(name)) % 5 == 0
                    else AttendanceStatus.PRESENT
                )
                self.s.followups.set_attendance(
                    occurrence.id,
                    AttendanceSpec(self.person[name], status, trouble and name == "Ibrahima Coly"),
                )
            self.s.followups.add_decision(occurrence.id, decision)
            due = occurrence.start.date() + dt.timedelta(days=due_in)
            latest = index >= len(past) - 2
            self.s.actions.create(
                ActionItemSpec(
                    partner,
                    action,
                    self.person[owner],
                    due,
                    ActionStatus.OPEN if latest or index % 2 else ActionStatus.DONE,
                    origin_followup_id=occurrence.id,
                    shared=True,
                )
            )
        upcoming = [f for f in series if f.start >= now]
        for f in upcoming[:1]:
            for name in attendees:
                self.s.followups.set_attendance(f.id, AttendanceSpec(self.person[name]))

        self.s.followups.create(
            FollowUpSpec(
                self.partnership["Zagora"],
                "First call with Zagora",
                _at(
                    self.day(9) + dt.timedelta(days=(3 - self.day(9).weekday()) % 7),
                    11,
                    0,
                    CASABLANCA,
                ),
                45,
                Channel.TEAMS,
                "https://teams.example.org/zagora",
            )
        )
        self.s.followups.create(
            FollowUpSpec(
                self.partnership["Village near Nablus"],
                "Introduction call",
                _at(
                    self.day(16) + dt.timedelta(days=(0 - self.day(16).weekday()) % 7),
                    10,
                    0,
                    HEBRON,
                ),
                45,
                Channel.WHATSAPP,
            )
        )
        self.s.actions.create(
            ActionItemSpec(
                self.partnership["Hammersmith & Fulham"],
                "Send the youth exchange proposal",
                self.person["Emma Clarke"],
                self.day(-5),
                ActionStatus.IN_PROGRESS,
            )
        )
        self.s.actions.create(
            ActionItemSpec(
                self.partnership["Zagora"],
                "Find a partner association for the water project",
                self.person["Sophie Vandermeulen"],
                self.day(30),
            )
        )


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
