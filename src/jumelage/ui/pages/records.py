"""The record pages: Missions, Follow-ups, Actions and Partnerships (read-only for now)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from jumelage.domain import time as tz
from jumelage.ui import format as fmt
from jumelage.ui import labels, theme
from jumelage.ui.models.rows import Column
from jumelage.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow, FollowUpRow, MissionRow, PartnershipRow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def missions_page(
    today: Callable[[], dt.date], parent: QWidget | None = None
) -> TablePage[MissionRow]:
    from jumelage.services.changes import Entity

    def days_to_go(m: MissionRow) -> str:
        if m.status in ("completed", "cancelled") or m.end_date < today():
            return ""
        if m.start_date <= today() <= m.end_date:
            return QCoreApplication.translate("records", "under way")
        return str((m.start_date - today()).days)

    columns: list[Column[MissionRow]] = [
        Column(QCoreApplication.translate("records", "Partnership"), lambda m: m.partnership),
        Column(
            QCoreApplication.translate("records", "Title"),
            lambda m: m.title,
            tooltip=lambda m: m.objectives,
        ),
        Column(QCoreApplication.translate("records", "Destination"), lambda m: m.destination),
        Column(
            QCoreApplication.translate("records", "Dates"),
            lambda m: fmt.date_range(m.start_date, m.end_date),
            sort_key=lambda m: (m.start_date, m.end_date),
        ),
        Column(
            QCoreApplication.translate("records", "Status"),
            lambda m: labels.mission_status(m.status),
        ),
        Column(
            QCoreApplication.translate("records", "Days to go"),
            days_to_go,
            sort_key=lambda m: (m.start_date - today()).days if m.start_date >= today() else None,
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("records", "Delegation"),
            lambda m: str(m.participant_count),
            sort_key=lambda m: m.participant_count,
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("records", "Shared"),
            lambda m: (
                QCoreApplication.translate("records", "yes")
                if m.shared
                else QCoreApplication.translate("records", "no")
            ),
        ),
    ]
    return TablePage(
        QCoreApplication.translate("records", "Missions"),
        columns,
        lambda s: s.missions.list(),
        (Entity.MISSION, Entity.PARTNERSHIP, Entity.TOWN),
        parent=parent,
    )


def followups_page(parent: QWidget | None = None) -> TablePage[FollowUpRow]:
    from jumelage.services.changes import Entity

    def partner_time(f: FollowUpRow) -> str:
        return fmt.time(tz.in_zone(f.start, f.partner_zone))

    columns: list[Column[FollowUpRow]] = [
        Column(QCoreApplication.translate("records", "Partnership"), lambda f: f.partnership),
        Column(QCoreApplication.translate("records", "Title"), lambda f: f.title),
        Column(
            QCoreApplication.translate("records", "Date"),
            lambda f: fmt.day_month(f.start.date()),
            sort_key=lambda f: f.start.astimezone(dt.UTC),
        ),
        Column(
            QCoreApplication.translate("records", "Time"),
            lambda f: f"{fmt.time(f.start)} {tz.utc_offset_label(f.start)}",
            sort_key=lambda f: f.start.astimezone(dt.UTC),
            tooltip=lambda f: str(f.start.tzinfo),
        ),
        Column(
            QCoreApplication.translate("records", "Partner time"),
            partner_time,
            sort_key=lambda f: f.start.astimezone(dt.UTC),
            tooltip=lambda f: f.partner_zone,
        ),
        Column(
            QCoreApplication.translate("records", "Channel"), lambda f: labels.channel(f.channel)
        ),
        Column(
            QCoreApplication.translate("records", "Status"),
            lambda f: labels.followup_status(f.status),
        ),
        Column(
            QCoreApplication.translate("records", "Call quality"),
            lambda f: labels.call_quality(f.quality) if f.quality else "",
        ),
    ]
    return TablePage(
        QCoreApplication.translate("records", "Follow-ups"),
        columns,
        lambda s: s.followups.list(),
        (Entity.FOLLOWUP, Entity.PARTNERSHIP),
        parent=parent,
    )


def actions_page(
    today: Callable[[], dt.date], parent: QWidget | None = None
) -> TablePage[ActionItemRow]:
    from jumelage.services.changes import Entity

    def due(a: ActionItemRow) -> str:
        if a.due_date is None:
            return ""
        text = fmt.date(a.due_date)
        # Overdue is said in words (and a symbol), not only in colour.
        return (
            f"⚠ {text} ({QCoreApplication.translate('records', 'overdue')})"
            if a.is_overdue(today())
            else text
        )

    columns: list[Column[ActionItemRow]] = [
        Column(QCoreApplication.translate("records", "Partnership"), lambda a: a.partnership),
        Column(
            QCoreApplication.translate("records", "Action"),
            lambda a: a.description,
            tooltip=lambda a: a.description,
        ),
        Column(QCoreApplication.translate("records", "Owner"), lambda a: a.owner or ""),
        Column(QCoreApplication.translate("records", "Due"), due, sort_key=lambda a: a.due_date),
        Column(
            QCoreApplication.translate("records", "Status"),
            lambda a: labels.action_status(a.status),
        ),
    ]
    return TablePage(
        QCoreApplication.translate("records", "Action items"),
        columns,
        lambda s: s.actions.list(),
        (Entity.ACTION, Entity.PARTNERSHIP, Entity.PERSON),
        emphasis=lambda a: a.is_overdue(today()),
        emphasis_colour=theme.warning_colour,
        parent=parent,
    )


def partnerships_page(parent: QWidget | None = None) -> TablePage[PartnershipRow]:
    from jumelage.services.changes import Entity

    columns: list[Column[PartnershipRow]] = [
        Column(QCoreApplication.translate("records", "Partnership"), lambda p: p.name),
        Column(
            QCoreApplication.translate("records", "Home town"),
            lambda p: p.home_town,
            tooltip=lambda p: p.home_zone,
        ),
        Column(
            QCoreApplication.translate("records", "Partner town"),
            lambda p: p.partner_town,
            tooltip=lambda p: p.partner_zone,
        ),
        Column(
            QCoreApplication.translate("records", "Partner time zone"), lambda p: p.partner_zone
        ),
        Column(
            QCoreApplication.translate("records", "Since"),
            lambda p: str(p.since.year) if p.since else "",
            sort_key=lambda p: p.since,
        ),
        Column(
            QCoreApplication.translate("records", "Status"),
            lambda p: labels.partnership_status(p.status),
        ),
    ]
    return TablePage(
        QCoreApplication.translate("records", "Partnerships"),
        columns,
        lambda s: s.partnerships.list(),
        (Entity.PARTNERSHIP, Entity.TOWN),
        parent=parent,
    )
