"""Initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 23:36:38.141461
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "funding_sources",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.String(length=32), nullable=False),
        sa.Column(
            "currency",
            sa.Enum(
                "EUR", "XOF", "MAD", "GBP", "ILS", name="currency", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_funding_sources_name")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "towns",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("subdivision", sa.String(length=16), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("work_start", sa.Time(), nullable=False),
        sa.Column("work_end", sa.Time(), nullable=False),
        sa.Column("weekend", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_towns")),
        sa.UniqueConstraint("name", name=op.f("uq_towns_name")),
    )
    op.create_table(
        "partnerships",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("home_town_id", sa.Integer(), nullable=False),
        sa.Column("partner_town_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "exploring",
                "active",
                "dormant",
                "ended",
                name="partnershipstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "home_town_id <> partner_town_id", name=op.f("ck_partnerships_distinct_towns")
        ),
        sa.ForeignKeyConstraint(
            ["home_town_id"], ["towns.id"], name=op.f("fk_partnerships_home_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["partner_town_id"], ["towns.id"], name=op.f("fk_partnerships_partner_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnerships")),
        sa.UniqueConstraint("name", name=op.f("uq_partnerships_name")),
    )
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnerships_home_town_id"), ["home_town_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnerships_partner_town_id"), ["partner_town_id"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_people_town_id_towns"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_town_id"), ["town_id"], unique=False)

    op.create_table(
        "town_days_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id"],
            ["towns.id"],
            name=op.f("fk_town_days_off_town_id_towns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_town_days_off")),
        sa.UniqueConstraint("town_id", "date", name=op.f("uq_town_days_off_town_id")),
    )
    op.create_table(
        "external_calendars",
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_external_calendars_partnership_id_partnerships"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_calendars")),
    )
    with op.batch_alter_table("external_calendars", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_external_calendars_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "followup_series",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.String(length=500), nullable=False),
        sa.Column("first_local", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "zoom",
                "teams",
                "jitsi",
                "google_meet",
                "whatsapp",
                "phone",
                "in_person",
                name="channel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("join_link", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_followup_series_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_series")),
        sa.UniqueConstraint("uid", name=op.f("uq_followup_series_uid")),
    )
    with op.batch_alter_table("followup_series", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_series_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "missions",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("outbound", "inbound", name="direction", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("destination_town_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "planned",
                "approved",
                "confirmed",
                "completed",
                "cancelled",
                name="missionstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("internal_notes", sa.Text(), nullable=False),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("sdgs", sa.String(length=64), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_missions_dates_ordered")),
        sa.ForeignKeyConstraint(
            ["destination_town_id"],
            ["towns.id"],
            name=op.f("fk_missions_destination_town_id_towns"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_missions_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missions")),
        sa.UniqueConstraint("uid", name=op.f("uq_missions_uid")),
    )
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_missions_destination_town_id"), ["destination_town_id"], unique=False
        )
        batch_op.create_index(
            "ix_missions_partnership_start", ["partnership_id", "start_date"], unique=False
        )

    op.create_table(
        "agenda_items",
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("end_local", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_agenda_items_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint("uid", name=op.f("uq_agenda_items_uid")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_mission_id"), ["mission_id"], unique=False
        )

    op.create_table(
        "budget_lines",
        sa.Column("mission_id", sa.Integer(), nullable=True),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "travel",
                "accommodation",
                "per_diem",
                "equipment",
                "communication",
                "training",
                "project",
                "other",
                name="budgetcategory",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("funding_source_id", sa.Integer(), nullable=True),
        sa.Column("planned", sa.String(length=32), nullable=False),
        sa.Column("actual", sa.String(length=32), nullable=False),
        sa.Column(
            "currency",
            sa.Enum(
                "EUR", "XOF", "MAD", "GBP", "ILS", name="currency", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(mission_id IS NULL) <> (partnership_id IS NULL)",
            name=op.f("ck_budget_lines_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_sources.id"],
            name=op.f("fk_budget_lines_funding_source_id_funding_sources"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_budget_lines_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_budget_lines_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_lines_funding_source_id"), ["funding_source_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_lines_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_lines_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "external_events",
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=500), nullable=False),
        sa.Column("recurrence_id", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("last_modified", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dtstamp", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("end_local", sa.DateTime(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_utc", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "tentative",
                "confirmed",
                "cancelled",
                name="eventstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["external_calendars.id"],
            name=op.f("fk_external_events_calendar_id_external_calendars"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_events")),
        sa.UniqueConstraint(
            "calendar_id", "uid", "recurrence_id", name=op.f("uq_external_events_calendar_id")
        ),
    )
    with op.batch_alter_table("external_events", schema=None) as batch_op:
        batch_op.create_index("ix_external_events_start", ["start_utc"], unique=False)

    op.create_table(
        "followups",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("recurrence_local", sa.DateTime(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "zoom",
                "teams",
                "jitsi",
                "google_meet",
                "whatsapp",
                "phone",
                "in_person",
                name="channel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("join_link", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="followupstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column(
            "quality",
            sa.Enum(
                "good",
                "degraded",
                "audio_only",
                "dropped",
                name="callquality",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("minutes_lost", sa.Integer(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_followups_partnership_id_partnerships"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["followup_series.id"],
            name=op.f("fk_followups_series_id_followup_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
        sa.UniqueConstraint("series_id", "recurrence_local", name=op.f("uq_followups_series_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_followups_uid")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_followups_partnership_start", ["partnership_id", "start_utc"], unique=False
        )

    op.create_table(
        "mission_participants",
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "head_of_delegation",
                "officer",
                "elected_official",
                "video_crew",
                "interpreter",
                "volunteer",
                name="participantrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("passport", sa.Boolean(), nullable=False),
        sa.Column("visa", sa.Boolean(), nullable=False),
        sa.Column("vaccination", sa.Boolean(), nullable=False),
        sa.Column("insurance", sa.Boolean(), nullable=False),
        sa.Column("mission_order", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_mission_participants_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_mission_participants_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_participants")),
        sa.UniqueConstraint(
            "mission_id", "person_id", name=op.f("uq_mission_participants_mission_id")
        ),
    )
    with op.batch_alter_table("mission_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mission_participants_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "travel_legs",
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("destination", sa.String(length=200), nullable=False),
        sa.Column("depart_local", sa.DateTime(), nullable=False),
        sa.Column("depart_zone", sa.String(length=64), nullable=False),
        sa.Column("depart_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrive_local", sa.DateTime(), nullable=False),
        sa.Column("arrive_zone", sa.String(length=64), nullable=False),
        sa.Column("arrive_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "air",
                "road",
                "rail",
                "boat",
                "other",
                name="travelmode",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
            name=op.f("fk_travel_legs_mission_id_missions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_legs")),
        sa.UniqueConstraint("uid", name=op.f("uq_travel_legs_uid")),
    )
    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_travel_legs_mission_id"), ["mission_id"], unique=False)

    op.create_table(
        "action_items",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("origin_followup_id", sa.Integer(), nullable=True),
        sa.Column("origin_mission_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["origin_followup_id"],
            ["followups.id"],
            name=op.f("fk_action_items_origin_followup_id_followups"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["origin_mission_id"],
            ["missions.id"],
            name=op.f("fk_action_items_origin_mission_id_missions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["people.id"],
            name=op.f("fk_action_items_owner_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_action_items_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
        sa.UniqueConstraint("uid", name=op.f("uq_action_items_uid")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_items_origin_followup_id"), ["origin_followup_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_origin_mission_id"), ["origin_mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_owner_person_id"), ["owner_person_id"], unique=False
        )
        batch_op.create_index(
            "ix_action_items_partnership_status_due",
            ["partnership_id", "status", "due_date"],
            unique=False,
        )

    op.create_table(
        "attendance",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "present",
                "excused",
                "absent",
                name="attendancestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("connection_trouble", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_attendance_followup_id_followups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_attendance_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("followup_id", "person_id", name=op.f("uq_attendance_followup_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["followups.id"],
            name=op.f("fk_decisions_followup_id_followups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_followup_id"), ["followup_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_followup_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index("ix_action_items_partnership_status_due")
        batch_op.drop_index(batch_op.f("ix_action_items_owner_person_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_origin_mission_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_origin_followup_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("travel_legs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_legs_mission_id"))

    op.drop_table("travel_legs")
    with op.batch_alter_table("mission_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_participants_person_id"))

    op.drop_table("mission_participants")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_partnership_start")

    op.drop_table("followups")
    with op.batch_alter_table("external_events", schema=None) as batch_op:
        batch_op.drop_index("ix_external_events_start")

    op.drop_table("external_events")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_budget_lines_mission_id"))
        batch_op.drop_index(batch_op.f("ix_budget_lines_funding_source_id"))

    op.drop_table("budget_lines")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_mission_id"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("missions", schema=None) as batch_op:
        batch_op.drop_index("ix_missions_partnership_start")
        batch_op.drop_index(batch_op.f("ix_missions_destination_town_id"))

    op.drop_table("missions")
    with op.batch_alter_table("followup_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_series_partnership_id"))

    op.drop_table("followup_series")
    with op.batch_alter_table("external_calendars", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_calendars_partnership_id"))

    op.drop_table("external_calendars")
    op.drop_table("town_days_off")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_town_id"))

    op.drop_table("people")
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnerships_partner_town_id"))
        batch_op.drop_index(batch_op.f("ix_partnerships_home_town_id"))

    op.drop_table("partnerships")
    op.drop_table("towns")
    op.drop_table("meta")
    op.drop_table("funding_sources")
