"""The Overview: per partnership, the next mission, the next follow-up and what is overdue."""

from __future__ import annotations

from sqlalchemy import func, select

from jumelage.domain.enums import ActionStatus, FollowUpStatus, MissionStatus
from jumelage.domain.rows import ExternalEventRow, OverviewRow
from jumelage.persistence import models as m
from jumelage.services import convert
from jumelage.services.base import Service

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class OverviewService(Service):
    def overview(self) -> list[OverviewRow]:
        """One row per partnership, in name order. "Today" is the date in the home town."""
        now = self.clock()
        rows = []
        with self.db.read() as s:
            for p in s.scalars(select(m.Partnership).order_by(m.Partnership.name)):
                today = self.today_in(p.home_town.time_zone)
                mission = s.scalars(
                    select(m.Mission)
                    .where(
                        m.Mission.partnership_id == p.id,
                        m.Mission.deleted_at.is_(None),
                        m.Mission.status != MissionStatus.CANCELLED,
                        m.Mission.end_date >= today,
                    )
                    .order_by(m.Mission.start_date, m.Mission.id)
                    .limit(1)
                ).first()
                followup = s.scalars(
                    select(m.FollowUp)
                    .where(
                        m.FollowUp.partnership_id == p.id,
                        m.FollowUp.deleted_at.is_(None),
                        m.FollowUp.status != FollowUpStatus.CANCELLED,
                        m.FollowUp.start_utc >= now,
                    )
                    .order_by(m.FollowUp.start_utc, m.FollowUp.id)
                    .limit(1)
                ).first()
                open_items = (
                    m.ActionItem.partnership_id == p.id,
                    m.ActionItem.deleted_at.is_(None),
                    m.ActionItem.status.in_(OPEN),
                )
                overdue = s.scalars(
                    select(m.ActionItem)
                    .where(*open_items, m.ActionItem.due_date < today)
                    .order_by(m.ActionItem.due_date, m.ActionItem.id)
                ).all()
                open_count = s.scalar(select(func.count()).where(*open_items)) or 0
                rows.append(
                    OverviewRow(
                        partnership=convert.partnership_row(p),
                        next_mission=convert.mission_row(mission) if mission else None,
                        next_followup=convert.followup_row(followup) if followup else None,
                        overdue_actions=tuple(convert.action_row(a) for a in overdue),
                        open_action_count=int(open_count),
                    )
                )
        return rows


class ExternalEventService(Service):
    """Partner events imported from their calendar files (read-only here)."""

    def list(self, partnership_id: int | None = None) -> list[ExternalEventRow]:
        with self.db.read() as s:
            query = select(m.ExternalEvent).join(m.ExternalEvent.calendar)
            if partnership_id is not None:
                query = query.where(m.ExternalCalendar.partnership_id == partnership_id)
            query = query.order_by(m.ExternalEvent.start_utc, m.ExternalEvent.id)
            return [convert.external_row(e) for e in s.scalars(query)]
