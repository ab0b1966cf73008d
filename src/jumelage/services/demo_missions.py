"""The demo's missions: delegations, journeys to Marsassoum, agendas and budgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jumelage.domain.enums import (
    BudgetCategory,
    Currency,
    Direction,
    MissionStatus,
    ParticipantRole,
    TravelMode,
)
from jumelage.domain.rows import MissionRow
from jumelage.domain.specs import (
    AgendaItemSpec,
    BudgetLineSpec,
    LegSpec,
    MissionSpec,
    ParticipantSpec,
)
from jumelage.services.demo_base import (
    BRUSSELS,
    DAKAR,
    LONDON,
    DemoBuilder,
    _at,
)


class MissionsDemo(DemoBuilder):
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
