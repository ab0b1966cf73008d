"""``jumelage slots``: when both towns of a partnership can meet (DESIGN.md section 7).

    jumelage slots --db PATH --partnership NAME --duration MIN [--from DATE] [--to DATE]
                   [--limit N] [--json]

Prints the best slots first (see :mod:`jumelage.domain.slots` for the rules), each in both
towns' local times, then the days without any slot and why. ``--json`` gives every time as
ISO 8601 with its offset plus its IANA zone. Errors follow :mod:`jumelage.cli.main`: one
line, exit code 2. Nothing heavy is imported at module level.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from jumelage.domain.slots import Slot, SlotSearch

Handler = Callable[[argparse.Namespace, TextIO], int]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: The longest range one search may cover.
MAX_DAYS = 366


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-04-27") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive whole number")
    return value


def register(subparsers: Any) -> dict[str, Handler]:
    """Add ``slots`` to the command line's subparsers; its handler."""
    parser = subparsers.add_parser(
        "slots",
        help="find times when both towns of a partnership can meet",
        description=(
            "List the slots inside both towns' working hours, on neither town's weekend nor "
            "holidays, that clash with no mission, follow-up or partner event of the "
            "partnership; those comfortably inside both working days first."
        ),
    )
    parser.add_argument("--db", metavar="PATH", type=Path, help="the database file")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--partnership",
        metavar="NAME",
        required=True,
        help="the partnership (its name or the partner town's, any case)",
    )
    parser.add_argument("--duration", metavar="MIN", type=_positive, required=True, help="minutes")
    parser.add_argument("--from", dest="start", metavar="DATE", type=_date, help="first day")
    parser.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day")
    parser.add_argument(
        "--limit", metavar="N", type=_positive, default=50, help="most slots shown (50)"
    )
    parser.set_defaults(handler="slots")
    return {"slots": cmd_slots}


def cmd_slots(ns: argparse.Namespace, out: TextIO) -> int:
    from jumelage.cli.commands import database_path, reading
    from jumelage.cli.main import UsageError

    if ns.duration > 24 * 60:
        raise UsageError("--duration must be at most 1440 minutes")
    if ns.start is not None and ns.end is not None:
        if ns.end < ns.start:
            raise UsageError("--to is before --from")
        if (ns.end - ns.start).days >= MAX_DAYS:
            raise UsageError(f"the range may cover at most {MAX_DAYS} days")
    path = database_path(ns)
    with reading(path) as db:
        from jumelage.services import Services
        from jumelage.services.scheduling import SchedulingService

        services = Services.over(db)
        partnership = services.partnerships.find(ns.partnership)
        start = ns.start
        if start is None and ns.end is not None:
            start = min(ns.end, services.clock().date())
        result = SchedulingService(db).find(
            partnership.id, ns.duration, start, ns.end, limit=ns.limit
        )
    if ns.json:
        from jumelage.cli.output import write_json

        write_json(to_json(partnership.name, ns.duration, result), out)
    else:
        write_text(result, out)
    return 0


def slot_line(slot: Slot, home: str, partner: str) -> str:
    """``Tue 7 Apr 2026 10:00–11:00 Anderlecht · 08:00–09:00 Marsassoum`` (the date is the
    home town's; a partner time on another date says so)."""
    day = slot.home_start
    line = (
        f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} "
        f"{slot.home_start:%H:%M}–{slot.home_end:%H:%M} {home} · "
        f"{slot.partner_start:%H:%M}–{slot.partner_end:%H:%M} {partner}"
    )
    shift = (slot.partner_start.date() - day.date()).days
    if shift:
        line += f" ({'+' if shift > 0 else ''}{shift} day)"
    return line


def write_text(result: SlotSearch, out: TextIO) -> None:
    from jumelage.domain.slots import EmptyDay

    for note in result.notes:
        out.write(f"note: {note}\n")
    names = _names(result)
    if not result.slots:
        out.write("No slot found.\n")
    for slot in result.slots:
        out.write(slot_line(slot, *names) + "\n")
    if result.total > len(result.slots):
        out.write(f"({result.total - len(result.slots)} more slots not shown)\n")
    empty: tuple[EmptyDay, ...] = result.empty_days
    if empty:
        out.write("Days without a slot:\n")
        for day in empty:
            label = f"{WEEKDAYS[day.date.weekday()]} {day.date.isoformat()}"
            out.write(f"  {label}: {'; '.join(day.reasons)}\n")


def _names(result: SlotSearch) -> tuple[str, str]:
    return (result.home, result.partner)


def to_json(partnership: str, duration: int, result: SlotSearch) -> dict[str, Any]:
    """The ``--json`` document."""
    from jumelage.cli.output import add_datetime

    slots: list[dict[str, Any]] = []
    for slot in result.slots:
        item: dict[str, Any] = {}
        add_datetime(item, "start_utc", slot.start)
        add_datetime(item, "end_utc", slot.end)
        add_datetime(item, "home_start", slot.home_start)
        add_datetime(item, "home_end", slot.home_end)
        add_datetime(item, "partner_start", slot.partner_start)
        add_datetime(item, "partner_end", slot.partner_end)
        item["score"] = slot.score
        slots.append(item)
    return {
        "partnership": partnership,
        "home_town": result.home,
        "partner_town": result.partner,
        "duration_min": duration,
        "slots": slots,
        "total": result.total,
        "empty_days": [
            {"date": d.date.isoformat(), "reasons": list(d.reasons)} for d in result.empty_days
        ],
        "notes": list(result.notes),
    }
