"""Action items: who does what by when, and the follow-ups where each was discussed.

An item is discussed at the follow-up it came from and at every follow-up whose agenda
carried it (:meth:`FollowUpService.create_next
<jumelage.services.followups.FollowUpService.create_next>` records those).
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
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


@dataclasses.dataclass(eq=False)
class ActionItemTable(bulk.Packed[ActionItemRow]):
    """Action items column by column (:class:`~jumelage.services.bulk.Packed`): what the
    Actions page keeps of 100,000 items, 13 MiB where a list of rows took 36 MiB."""

    row_type = ActionItemRow

    id: bulk.Ints = dataclasses.field(default_factory=bulk.Ints)
    version: bulk.Ints = dataclasses.field(default_factory=bulk.Ints)
    uid: bulk.Texts = dataclasses.field(default_factory=bulk.Texts)
    sequence: bulk.Ints = dataclasses.field(default_factory=bulk.Ints)
    partnership_id: bulk.Ints = dataclasses.field(default_factory=bulk.Ints)
    partnership: bulk.Values[str] = dataclasses.field(default_factory=bulk.Values)
    origin_followup_id: bulk.Values[int | None] = dataclasses.field(default_factory=bulk.Values)
    origin_mission_id: bulk.Values[int | None] = dataclasses.field(default_factory=bulk.Values)
    description: bulk.Texts = dataclasses.field(default_factory=bulk.Texts)
    owner_person_id: bulk.Values[int | None] = dataclasses.field(default_factory=bulk.Values)
    owner: bulk.Values[str | None] = dataclasses.field(default_factory=bulk.Values)
    due_date: bulk.Values[dt.date | None] = dataclasses.field(default_factory=bulk.Values)
    status: bulk.Values[ActionStatus] = dataclasses.field(default_factory=bulk.Values)
    shared: bulk.Values[bool] = dataclasses.field(default_factory=bulk.Values)


def _list_query(partnership_id: int | None, open_only: bool) -> Select[*tuple[Any, ...]]:
    """The columns of :class:`ActionItemRow`, in its order (the status as its text), by due
    date with the undated last."""
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
    return query.order_by(item.due_date.is_(None), item.due_date, item.id)


class ActionService(Service):
    def list(
        self, partnership_id: int | None = None, *, open_only: bool = False
    ) -> list[ActionItemRow]:
        # A column query on the connection (services/bulk.py): loading ORM objects (with
        # their partnership, towns and owner joined in) took 8 s for 100,000 items, the same
        # columns through the ORM 1.3 s, this about 0.6 s (benchmarks/tables.py).
        query = _list_query(partnership_id, open_only)
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

    def table(self) -> ActionItemTable:
        """What :meth:`list` returns, column by column (the Actions page's 100,000 items)."""
        table = ActionItemTable()
        (
            add_id,
            add_version,
            add_uid,
            add_sequence,
            add_partnership_id,
            add_partnership,
            add_followup_id,
            add_mission_id,
            add_description,
            add_owner_id,
            add_owner,
            add_due,
            add_status,
            add_shared,
        ) = table.appenders()
        statuses = _STATUSES
        with self.db.read() as s:
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
            ) in s.connection().execute(_list_query(None, False)):
                add_id(key)
                add_version(version)
                add_uid(uid)
                add_sequence(sequence)
                add_partnership_id(partnership_id)
                add_partnership(partnership_name)
                add_followup_id(followup_id)
                add_mission_id(mission_id)
                add_description(description)
                add_owner_id(owner_id)
                add_owner(owner_name)
                add_due(due)
                add_status(statuses[status])
                add_shared(shared)
        return table

    def open_counts_by_followup(self) -> dict[int, int]:
        """Follow-up id -> how many of the items raised there are open (or in progress)."""
        item = m.ActionItem
        query = (
            select(item.origin_followup_id, func.count())
            .where(
                item.deleted_at.is_(None),
                item.status.in_(OPEN_STATUSES),
                item.origin_followup_id.is_not(None),
            )
            .group_by(item.origin_followup_id)
        )
        with self.db.read() as s:
            return {key: count for key, count in s.execute(query) if key is not None}

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
