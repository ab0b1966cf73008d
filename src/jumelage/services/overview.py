"""The Overview: per partnership, the next mission, the next follow-up and what is overdue."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from jumelage.domain import time as tz
from jumelage.domain.enums import ActionStatus, FollowUpStatus, MissionStatus
from jumelage.domain.rows import ActionItemRow, ExternalEventRow, OverviewRow, OverviewState
from jumelage.persistence import models as m
from jumelage.persistence.generation import GENERATION_KEY
from jumelage.services import convert
from jumelage.services.base import Service

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
#: ActionItemRow's fields, in the order _overdue_items selects its columns.
_ACTION_FIELDS = tuple(f.name for f in dataclasses.fields(ActionItemRow))
_DUE = _ACTION_FIELDS.index("due_date")
#: How many overdue items a row lists (in due date order); the card shows the first few and
#: counts the rest. Rows for all 4,500 overdue items of the large benchmark database took
#: 60 ms to build and made the remembered Overview a 2 MB file.
OVERDUE_LISTED = 10


class OverviewService(Service):
    def state(self) -> OverviewState:
        """:meth:`overview` with the moment it was computed and the database's generation,
        so the app can remember it and tell at its next start whether it still holds. The
        generation is read before and after (each SELECT may see a later commit): ``None``
        when a write came in between."""
        with self.db.read() as s:
            before = _generation(s)
        now = self.clock()
        rows = self.overview(now)
        with self.db.read() as s:
            after = _generation(s)
        return OverviewState(tuple(rows), now, before if before == after else None)

    def overview(self, now: dt.datetime | None = None) -> list[OverviewRow]:
        """One row per partnership, in name order. "Today" is the date in the home town."""
        if now is None:
            now = self.clock()
        rows = []
        with self.db.read() as s:
            partnerships = list(s.scalars(select(m.Partnership).order_by(m.Partnership.name)))
            today_of = {
                p.id: now.astimezone(tz.zone(p.home_town.time_zone)).date() for p in partnerships
            }
            overdue = _overdue_items(s, max(today_of.values(), default=None))
            open_counts: dict[int, int] = {
                partnership_id: count
                for partnership_id, count in s.execute(
                    select(m.ActionItem.partnership_id, func.count())
                    .where(m.ActionItem.deleted_at.is_(None), m.ActionItem.status.in_(OPEN))
                    .group_by(m.ActionItem.partnership_id)
                )
            }
            for p in partnerships:
                today = today_of[p.id]
                late = [v for v in overdue.get(p.id, ()) if v[_DUE] < today]
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
                rows.append(
                    OverviewRow(
                        partnership=convert.partnership_row(p),
                        next_mission=convert.mission_row(mission) if mission else None,
                        next_followup=convert.followup_row(followup) if followup else None,
                        overdue_actions=tuple(
                            ActionItemRow(**dict(zip(_ACTION_FIELDS, values, strict=True)))
                            for values in late[:OVERDUE_LISTED]
                        ),
                        open_action_count=open_counts.get(p.id, 0),
                        overdue_count=len(late),
                    )
                )
        return rows


def _generation(s: Session) -> str | None:
    return s.scalar(select(m.Meta.value).where(m.Meta.key == GENERATION_KEY))


def _overdue_items(s: Session, before: dt.date | None) -> dict[int, list[Any]]:
    """Open items due before ``before``, by partnership, in due date order, as rows of
    ActionItemRow's fields.

    A column query: loading them as ORM objects (with their partnership and owner joined in)
    took about a second on the large benchmark database (4,500 overdue items).
    """
    if before is None:
        return {}
    item, owner = m.ActionItem, aliased(m.Person)
    query = (
        select(
            item.id,
            item.version,
            item.uid,
            item.sequence,
            item.partnership_id,
            m.Partnership.name,
            item.origin_followup_id,
            item.origin_mission_id,
            item.description,
            item.owner_person_id,
            owner.name,
            item.due_date,
            item.status,
            item.shared,
        )
        .join(m.Partnership, m.Partnership.id == item.partnership_id)
        .outerjoin(owner, owner.id == item.owner_person_id)
        .where(item.deleted_at.is_(None), item.status.in_(OPEN), item.due_date < before)
        .order_by(item.due_date, item.id)
    )
    found: dict[int, list[Any]] = {}
    for values in s.execute(query):
        partnership_id: int = values.partnership_id
        found.setdefault(partnership_id, []).append(values)
    return found


class ExternalEventService(Service):
    """Partner events imported from their calendar files (read-only here)."""

    def list(self, partnership_id: int | None = None) -> list[ExternalEventRow]:
        with self.db.read() as s:
            query = select(m.ExternalEvent).join(m.ExternalEvent.calendar)
            if partnership_id is not None:
                query = query.where(m.ExternalCalendar.partnership_id == partnership_id)
            query = query.order_by(m.ExternalEvent.start_utc, m.ExternalEvent.id)
            return [convert.external_row(e) for e in s.scalars(query)]
