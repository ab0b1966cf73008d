"""The aggregate of every service over one database.

Each service is built (and its module imported) on first use: the Overview, which the window
shows first, then waits only for SQLAlchemy, the models and its own service, not for the
calendar reader, the exchange or the holiday tables the other pages need.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from jumelage.domain import time as tz
from jumelage.persistence.database import Database
from jumelage.services.base import Clock

if TYPE_CHECKING:
    from jumelage.services.actions import ActionService
    from jumelage.services.backups import BackupService
    from jumelage.services.calendar import CalendarService
    from jumelage.services.checks import MissionCheckService
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
    from jumelage.services.scheduling import SchedulingService
    from jumelage.services.series import SeriesService


class Services:
    """Every service over one database, built by the composition root and handed down."""

    def __init__(self, db: Database, clock: Clock = tz.utc_now) -> None:
        self.db = db
        self.clock = clock

    @classmethod
    def over(cls, db: Database, clock: Clock = tz.utc_now) -> Services:
        return cls(db, clock)

    @cached_property
    def towns(self) -> TownService:
        from jumelage.services.directory import TownService

        return TownService(self.db, self.clock)

    @cached_property
    def partnerships(self) -> PartnershipService:
        from jumelage.services.directory import PartnershipService

        return PartnershipService(self.db, self.clock)

    @cached_property
    def people(self) -> PersonService:
        from jumelage.services.directory import PersonService

        return PersonService(self.db, self.clock)

    @cached_property
    def funding(self) -> FundingService:
        from jumelage.services.directory import FundingService

        return FundingService(self.db, self.clock)

    @cached_property
    def missions(self) -> MissionService:
        from jumelage.services.missions import MissionService

        return MissionService(self.db, self.clock)

    @cached_property
    def followups(self) -> FollowUpService:
        from jumelage.services.followups import FollowUpService

        return FollowUpService(self.db, self.clock)

    @cached_property
    def series(self) -> SeriesService:
        from jumelage.services.series import SeriesService

        return SeriesService(self.db, self.clock)

    @cached_property
    def actions(self) -> ActionService:
        from jumelage.services.actions import ActionService

        return ActionService(self.db, self.clock)

    @cached_property
    def overview(self) -> OverviewService:
        from jumelage.services.overview import OverviewService

        return OverviewService(self.db, self.clock)

    @cached_property
    def external(self) -> ExternalEventService:
        from jumelage.services.overview import ExternalEventService

        return ExternalEventService(self.db, self.clock)

    @cached_property
    def rates(self) -> RateService:
        from jumelage.services.rates import RateService

        return RateService(self.db, self.clock)

    @cached_property
    def exports(self) -> ExportService:
        from jumelage.services.exchange import ExportService

        return ExportService(self.db, self.clock)

    @cached_property
    def imports(self) -> ImportService:
        from jumelage.services.exchange_import import ImportService

        return ImportService(self.db, self.clock)

    @cached_property
    def calendar(self) -> CalendarService:
        from jumelage.services.calendar import CalendarService

        return CalendarService(self.db, self.clock)

    @cached_property
    def scheduling(self) -> SchedulingService:
        from jumelage.services.scheduling import SchedulingService

        return SchedulingService(self.db, self.clock)

    @cached_property
    def backups(self) -> BackupService:
        from jumelage.services.backups import BackupService

        return BackupService(self.db, self.clock)

    @cached_property
    def checks(self) -> MissionCheckService:
        from jumelage.services.checks import MissionCheckService

        return MissionCheckService(self.db, self.clock)
