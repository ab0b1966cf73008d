"""Action items: who does what by when, and the follow-ups where each was discussed.

An item is discussed at the follow-up it came from and at every follow-up whose agenda
carried it (:meth:`FollowUpService.create_next
<jumelage.services.followups.FollowUpService.create_next>` records those).
"""

from __future__ import annotations

import builtins
import datetime as dt

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from jumelage.domain.enums import ActionStatus
from jumelage.domain.errors import ValidationError
from jumelage.domain.rows import ActionItemRow, FollowUpRow
from jumelage.domain.specs import ActionItemSpec
from jumelage.persistence import models as m
from jumelage.services import bulk, convert
from jumelage.services.base import Service, apply, bump_if_shared, check_version, fetch, tombstone
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.tombstones import fetch_any, revive

ACTION_SHARED = frozenset({"description", "due_date", "status", "shared"})
CHANGED = Changes.of(Entity.ACTION)
OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_STATUSES = bulk.members(ActionStatus)


def open_items(s: Session, partnership_id: int | None = None) -> builtins.list[m.ActionItem]:
    """The open (open or in progress) items, by due date with the undated last."""
    query = select(m.ActionItem).where(
        m.ActionItem.deleted_at.is_(None), m.ActionItem.status.in_(OPEN_STATUSES)
    )
    if partnership_id is not None:
        query = query.where(m.ActionItem.partnership_id == partnership_id)
    query = query.order_by(m.ActionItem.due_date.is_(None), m.ActionItem.due_date, m.ActionItem.id)
    return builtins.list(s.scalars(query))


def record_discussion(s: Session, action_id: int, followup_id: int, now: dt.datetime) -> bool:
    """Note that the item was discussed at the follow-up; ``False`` if already noted."""
    known = s.scalar(
        select(m.ActionItemDiscussion.id).where(
            m.ActionItemDiscussion.action_item_id == action_id,
            m.ActionItemDiscussion.followup_id == followup_id,
        )
    )
    if known is not None:
        return False
    s.add(m.ActionItemDiscussion(action_item_id=action_id, followup_id=followup_id, created_at=now))
    return True


class ActionService(Service):
    def list(
        self, partnership_id: int | None = None, *, open_only: bool = False
    ) -> list[ActionItemRow]:
        # A column query on the connection (services/bulk.py): loading ORM objects (with
        # their partnership, towns and owner joined in) took 8 s for 100,000 items, the same
        # columns through the ORM 1.3 s, this about 0.6 s (benchmarks/tables.py).
        item, owner, partnership = m.ActionItem, aliased(m.Person), m.Partnership
        query = (
            select(
                item.id,
                item.version,
                item.uid,
                item.sequence,
                item.partnership_id,
                partnership.name,
                item.origin_followup_id,
                item.origin_mission_id,
                item.description,
                item.owner_person_id,
                owner.name,
                item.due_date,
                bulk.raw(item.status),
                item.shared,
            )
            .join(partnership, partnership.id == item.partnership_id)
            .outerjoin(owner, owner.id == item.owner_person_id)
            .where(item.deleted_at.is_(None))
        )
        if partnership_id is not None:
            query = query.where(item.partnership_id == partnership_id)
        if open_only:
            query = query.where(item.status.in_(OPEN_STATUSES))
        query = query.order_by(item.due_date.is_(None), item.due_date, item.id)
        names, ids, days, statuses = bulk.Shared(), bulk.Shared(), bulk.Shared(), _STATUSES
        with self.db.read() as s:
            return [
                ActionItemRow(
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    names(partnership_name),
                    ids(followup_id),
                    ids(mission_id),
                    description,
                    ids(owner_id),
                    names(owner_name),
                    days(due),
                    statuses[status],
                    shared,
                )
                for (
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    partnership_name,
                    followup_id,
                    mission_id,
                    description,
                    owner_id,
                    owner_name,
                    due,
                    status,
                    shared,
                ) in s.connection().execute(query)
            ]

    def get(self, action_id: int) -> ActionItemRow:
        with self.db.read() as s:
            return convert.action_row(fetch(s, m.ActionItem, action_id, "action item"))

    def create(self, spec: ActionItemSpec) -> Outcome[ActionItemRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            action = m.ActionItem()
            self._fill(s, action, spec)
            s.add(action)
            s.flush()
            s.refresh(action)
            return Outcome(convert.action_row(action), CHANGED)

    def update(
        self, action_id: int, expected_version: int, spec: ActionItemSpec
    ) -> Outcome[ActionItemRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            action = fetch(s, m.ActionItem, action_id, "action item")
            check_version(action, expected_version, "action item")
            bump_if_shared(action, self._fill(s, action, spec), ACTION_SHARED)
            s.flush()
            s.refresh(action)
            return Outcome(convert.action_row(action), CHANGED)

    def set_status(
        self, action_id: int, expected_version: int, status: ActionStatus
    ) -> Outcome[ActionItemRow]:
        with self.db.transaction(self.clock) as s:
            action = fetch(s, m.ActionItem, action_id, "action item")
            check_version(action, expected_version, "action item")
            bump_if_shared(action, apply(action, {"status": ActionStatus(status)}), ACTION_SHARED)
            s.flush()
            s.refresh(action)
            return Outcome(convert.action_row(action), CHANGED)

    def delete(self, action_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            action = fetch(s, m.ActionItem, action_id, "action item")
            check_version(action, expected_version, "action item")
            tombstone(action, self.clock())
            return Outcome(None, CHANGED)

    def restore(self, action_id: int) -> Outcome[ActionItemRow]:
        """Undo :meth:`delete` (nothing changes when the item is not deleted)."""
        with self.db.transaction(self.clock) as s:
            action = fetch_any(s, m.ActionItem, action_id, "action item")
            changed = revive(action)
            s.flush()
            s.refresh(action)
            return Outcome(convert.action_row(action), CHANGED if changed else Changes())

    # --- history -------------------------------------------------------------------------

    def discussions(self, action_id: int) -> builtins.list[FollowUpRow]:
        """The follow-ups where the item was discussed, oldest first: the one it came from
        and every one it was carried into (deleted follow-ups are left out)."""
        with self.db.read() as s:
            action = fetch(s, m.ActionItem, action_id, "action item")
            discussed = select(m.ActionItemDiscussion.followup_id).where(
                m.ActionItemDiscussion.action_item_id == action_id
            )
            where: builtins.list[ColumnElement[bool]] = [m.FollowUp.id.in_(discussed)]
            if action.origin_followup_id is not None:
                where.append(m.FollowUp.id == action.origin_followup_id)
            query = (
                select(m.FollowUp)
                .where(m.FollowUp.deleted_at.is_(None), or_(*where))
                .order_by(m.FollowUp.start_utc, m.FollowUp.id)
            )
            return [convert.followup_row(f) for f in s.scalars(query)]

    def mark_discussed(self, action_id: int, followup_id: int) -> Outcome[None]:
        """Note that the item was discussed at a follow-up of its partnership. Idempotent:
        marking it again (or at the follow-up it came from) changes nothing."""
        with self.db.transaction(self.clock) as s:
            action = fetch(s, m.ActionItem, action_id, "action item")
            followup = fetch(s, m.FollowUp, followup_id, "follow-up")
            if followup.partnership_id != action.partnership_id:
                raise ValidationError(field="followup")
            if followup_id == action.origin_followup_id or not record_discussion(
                s, action_id, followup_id, self.clock()
            ):
                return Outcome(None, Changes())
            return Outcome(None, CHANGED)

    @staticmethod
    def _fill(s: Session, action: m.ActionItem, spec: ActionItemSpec) -> set[str]:
        fetch(s, m.Partnership, spec.partnership_id, "partnership")
        if spec.owner_person_id is not None:
            fetch(s, m.Person, spec.owner_person_id, "person")
        if spec.origin_followup_id is not None:
            fetch(s, m.FollowUp, spec.origin_followup_id, "follow-up")
        if spec.origin_mission_id is not None:
            fetch(s, m.Mission, spec.origin_mission_id, "mission")
        return apply(
            action,
            {
                "partnership_id": spec.partnership_id,
                "description": spec.description,
                "owner_person_id": spec.owner_person_id,
                "due_date": spec.due_date,
                "status": spec.status,
                "origin_followup_id": spec.origin_followup_id,
                "origin_mission_id": spec.origin_mission_id,
                "shared": spec.shared,
            },
        )
