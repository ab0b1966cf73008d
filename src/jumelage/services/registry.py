"""The aggregate of every service over one database."""

from __future__ import annotations

from dataclasses import dataclass

from jumelage.domain import time as tz
from jumelage.persistence.database import Database
from jumelage.services.actions import ActionService
from jumelage.services.base import Clock
from jumelage.services.directory import (
    FundingService,
    PartnershipService,
    PersonService,
    TownService,
)
from jumelage.services.exchange import ExportService
from jumelage.services.exchange_import import ImportService
from jumelage.services.followups import FollowUpService
from jumelage.services.missions import MissionService
from jumelage.services.overview import ExternalEventService, OverviewService
from jumelage.services.rates import RateService


@dataclass(frozen=True)
class Services:
    """Every service over one database, built by the composition root and handed down."""

    db: Database
    clock: Clock
    towns: TownService
    partnerships: PartnershipService
    people: PersonService
    funding: FundingService
    missions: MissionService
    followups: FollowUpService
    actions: ActionService
    overview: OverviewService
    external: ExternalEventService
    rates: RateService
    exports: ExportService
    imports: ImportService

    @classmethod
    def over(cls, db: Database, clock: Clock = tz.utc_now) -> Services:
        return cls(
            db=db,
            clock=clock,
            towns=TownService(db, clock),
            partnerships=PartnershipService(db, clock),
            people=PersonService(db, clock),
            funding=FundingService(db, clock),
            missions=MissionService(db, clock),
            followups=FollowUpService(db, clock),
            actions=ActionService(db, clock),
            overview=OverviewService(db, clock),
            external=ExternalEventService(db, clock),
            rates=RateService(db, clock),
            exports=ExportService(db, clock),
            imports=ImportService(db, clock),
        )
