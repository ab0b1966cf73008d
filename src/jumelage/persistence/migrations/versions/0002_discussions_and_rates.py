"""Action item discussions and exchange rates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 00:12:17.108906

- ``action_item_discussions``: the follow-ups at which an action item was on the table.
- ``exchange_rates``: units of MAD, GBP and ILS per euro, entered by the team (EUR and the
  XOF peg are fixed in the code and refused here by a check constraint).

Both are new tables: no existing row is touched.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column(
            "currency",
            sa.Enum(
                "EUR", "XOF", "MAD", "GBP", "ILS", name="currency", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("per_eur", sa.String(length=32), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "currency NOT IN ('EUR', 'XOF')", name=op.f("ck_exchange_rates_floating_only")
        ),
        sa.PrimaryKeyConstraint("currency", name=op.f("pk_exchange_rates")),
    )
    op.create_table(
        "action_item_discussions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_item_id"],
            ["action_items.id"],
            name=op.f("fk_action_item_discussions_action_item_id_action_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_action_item_discussions_followup_id_followups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item_discussions")),
        sa.UniqueConstraint(
            "action_item_id",
            "followup_id",
            name=op.f("uq_action_item_discussions_action_item_id"),
        ),
    )
    with op.batch_alter_table("action_item_discussions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_discussions_followup_id"), ["followup_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item_discussions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_discussions_followup_id"))

    op.drop_table("action_item_discussions")
    op.drop_table("exchange_rates")
