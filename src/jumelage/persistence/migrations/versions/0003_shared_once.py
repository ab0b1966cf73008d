"""Calendar items remember that they were shared once

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 13:01:40.957473

``shared_once`` on the six calendar tables: true once an item has been shared with the
partner, so that unsharing it later exports it as ``STATUS:CANCELLED`` instead of leaving a
ghost in the partner's calendar. Rows shared today start true (legs and agenda items when
their mission is shared); nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables with their own ``shared`` flag.
SHARED = ("missions", "followup_series", "followups", "action_items")
#: Tables shared through their mission.
CHILDREN = ("travel_legs", "agenda_items")


def upgrade() -> None:
    # A plain ADD COLUMN (its default, 0, is a constant): a batch operation would rebuild
    # the six tables and leave their old pages free in every new database.
    for name in (*SHARED, *CHILDREN):
        op.add_column(
            name,
            sa.Column("shared_once", sa.Boolean(), server_default=sa.false(), nullable=False),
        )
    for name in SHARED:
        table = sa.table(name, sa.column("shared", sa.Boolean()), sa.column("shared_once"))
        op.execute(table.update().values(shared_once=table.c.shared))
    missions = sa.table("missions", sa.column("id"), sa.column("shared", sa.Boolean()))
    for name in CHILDREN:
        table = sa.table(name, sa.column("mission_id"), sa.column("shared_once"))
        shared = (
            sa.select(missions.c.shared)
            .where(missions.c.id == table.c.mission_id)
            .scalar_subquery()
        )
        op.execute(table.update().values(shared_once=shared))


def downgrade() -> None:
    for name in reversed((*SHARED, *CHILDREN)):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("shared_once")
