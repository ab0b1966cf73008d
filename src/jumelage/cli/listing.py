"""``jumelage list KIND``: the rows of one kind, as a table or as JSON objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jumelage.cli.main import KINDS
from jumelage.cli.output import (
    Column,
    add_datetime,
    format_clock,
    format_date,
    format_enum,
    format_time,
    format_weekdays,
    format_when,
    row_to_json,
)
from jumelage.domain import time as tz
from jumelage.domain.rows import (
    ActionItemRow,
    ExternalEventRow,
    FollowUpRow,
    MissionRow,
    PartnershipRow,
    PersonRow,
    TownRow,
)

if TYPE_CHECKING:
    from jumelage.services import Services


@dataclass(frozen=True)
class Listing:
    """The rows of one kind, ready for either output."""

    kind: str
    objects: list[dict[str, Any]]
    columns: tuple[Column, ...]
    cells: Sequence[Sequence[str]]
    empty: str


@dataclass(frozen=True)
class _Context:
    services: Services
    partnerships: dict[int, PartnershipRow]
    only: PartnershipRow | None

    def partner_town(self, partnership_id: int | None) -> str:
        row = self.partnerships.get(partnership_id) if partnership_id is not None else None
        return row.partner_town if row is not None else ""

    def today(self, partnership_id: int) -> dt.date:
        """Today in the home town of the partnership ("overdue" is decided there)."""
        row = self.partnerships.get(partnership_id)
        zone = row.home_zone if row is not None else "UTC"
        return self.services.actions.today_in(zone)


def build_listing(services: Services, kind: str, only: PartnershipRow | None) -> Listing:
    """Read the rows of ``kind`` (restricted to the partnership ``only`` if given)."""
    context = _Context(services, {p.id: p for p in services.partnerships.list()}, only)
    return _BUILDERS[kind](context)


def _partnerships(c: _Context) -> Listing:
    rows = [p for p in c.partnerships.values() if c.only is None or p.id == c.only.id]
    return Listing(
        "partnerships",
        [row_to_json(p) for p in rows],
        (
            Column("NAME", flex=True, min_width=20),
            Column("STATUS"),
            Column("SINCE"),
            Column("HOME ZONE"),
            Column("PARTNER ZONE"),
        ),
        [
            (p.name, format_enum(p.status), format_date(p.since), p.home_zone, p.partner_zone)
            for p in rows
        ],
        "No partnerships.",
    )


def _town_ids(c: _Context) -> set[int] | None:
    if c.only is None:
        return None
    return {c.only.home_town_id, c.only.partner_town_id}


def _towns(c: _Context) -> Listing:
    wanted = _town_ids(c)
    rows: list[TownRow] = [t for t in c.services.towns.list() if wanted is None or t.id in wanted]
    return Listing(
        "towns",
        [row_to_json(t) for t in rows],
        (
            Column("NAME", flex=True, min_width=12),
            Column("COUNTRY"),
            Column("TIME ZONE"),
            Column("WORKING HOURS"),
            Column("WEEKEND"),
        ),
        [
            (
                t.name,
                t.country + (f"-{t.subdivision}" if t.subdivision else ""),
                t.time_zone,
                f"{t.work_start:%H:%M}–{t.work_end:%H:%M}",
                format_weekdays(t.weekend),
            )
            for t in rows
        ],
        "No towns.",
    )


def _people(c: _Context) -> Listing:
    wanted = _town_ids(c)
    rows: list[PersonRow] = [
        p for p in c.services.people.list() if wanted is None or p.town_id in wanted
    ]
    return Listing(
        "people",
        [row_to_json(p) for p in rows],
        (
            Column("NAME", max_width=26),
            Column("TOWN", max_width=20),
            Column("ORGANISATION", max_width=28),
            Column("ROLE", flex=True),
        ),
        [(p.name, p.town or "", p.organisation, p.role) for p in rows],
        "No people.",
    )


def _only_id(c: _Context) -> int | None:
    return None if c.only is None else c.only.id


def _missions(c: _Context) -> Listing:
    rows: list[MissionRow] = c.services.missions.list(_only_id(c))
    return Listing(
        "missions",
        [row_to_json(m) for m in rows],
        (
            Column("START"),
            Column("END"),
            Column("STATUS"),
            Column("DESTINATION", flex=True, min_width=12),
            Column("TITLE", flex=True, min_width=24),
        ),
        [
            (
                format_date(m.start_date),
                format_date(m.end_date),
                format_enum(m.status),
                m.destination,
                m.title,
            )
            for m in rows
        ],
        "No missions.",
    )


def partner_time(row: FollowUpRow) -> dt.datetime:
    """The start of a follow-up on the partner town's clocks."""
    return tz.in_zone(row.start, row.partner_zone)


def _followup_json(row: FollowUpRow) -> dict[str, Any]:
    out = row_to_json(row)
    add_datetime(out, "end", row.end)
    add_datetime(out, "partner_time", partner_time(row))
    return out


def _followups(c: _Context) -> Listing:
    rows: list[FollowUpRow] = c.services.followups.list(_only_id(c))
    return Listing(
        "followups",
        [_followup_json(f) for f in rows],
        (
            Column("START"),
            Column("PARTNER TIME"),
            Column("STATUS"),
            Column("WITH", flex=True, min_width=12),
            Column("TITLE", flex=True, min_width=16),
        ),
        [
            (
                format_time(f.start),
                format_clock(partner_time(f), f.start.date()),
                format_enum(f.status),
                c.partner_town(f.partnership_id),
                f.title,
            )
            for f in rows
        ],
        "No follow-ups.",
    )


def _actions(c: _Context) -> Listing:
    rows: list[ActionItemRow] = c.services.actions.list(_only_id(c))
    today = {pid: c.today(pid) for pid in {a.partnership_id for a in rows}}
    objects = []
    cells = []
    for a in rows:
        overdue = a.is_overdue(today[a.partnership_id])
        obj = row_to_json(a)
        obj["overdue"] = overdue
        objects.append(obj)
        status = format_enum(a.status) + (", overdue" if overdue else "")
        cells.append(
            (
                format_date(a.due_date),
                status,
                a.owner or "",
                c.partner_town(a.partnership_id),
                a.description,
            )
        )
    return Listing(
        "actions",
        objects,
        (
            Column("DUE"),
            Column("STATUS"),
            Column("OWNER", max_width=22),
            Column("WITH", flex=True, min_width=12),
            Column("DESCRIPTION", flex=True, min_width=24),
        ),
        cells,
        "No action items.",
    )


def _events(c: _Context) -> Listing:
    rows: list[ExternalEventRow] = c.services.external.list(_only_id(c))
    return Listing(
        "events",
        [row_to_json(e) for e in rows],
        (
            Column("START"),
            Column("END"),
            Column("STATUS"),
            Column("CALENDAR", flex=True, min_width=12),
            Column("SUMMARY", flex=True, min_width=20),
        ),
        [
            (
                format_when(e.start),
                format_when(e.end),
                format_enum(e.status),
                e.calendar,
                e.summary,
            )
            for e in rows
        ],
        "No imported partner events.",
    )


_BUILDERS: dict[str, Callable[[_Context], Listing]] = {
    "partnerships": _partnerships,
    "towns": _towns,
    "people": _people,
    "missions": _missions,
    "followups": _followups,
    "actions": _actions,
    "events": _events,
}
assert tuple(_BUILDERS) == KINDS
