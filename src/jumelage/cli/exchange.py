"""``jumelage export`` and ``jumelage import``: calendar files in and out (DESIGN.md section 7).

    jumelage export --db PATH [--partnership NAME] [--profile partner|internal]
                    [--from DATE] [--to DATE] --out FILE.ics [--json]
    jumelage import --db PATH FILE.ics [--partnership NAME] [--dry-run] [--json]
                    [--take-theirs UID ...]

``export`` reads the database (no lock: the app may have it open) and writes the file
atomically. ``import`` reads the calendar file first, so a file that cannot be read is
refused before the database is even opened; it then takes the instance lock (not with
``--dry-run``, which only reads) and applies the preview it prints in one transaction.
Errors follow the contract of :mod:`jumelage.cli.main`: one line, exit code 2.

Nothing heavy is imported at module level: :func:`register` runs on every start of the
command line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from jumelage.ics.preview import ImportPreview, PreviewItem
    from jumelage.persistence.database import Database
    from jumelage.services.exchange import ExportResult

Handler = Callable[[argparse.Namespace, TextIO], int]
#: Lines listed per kind of change in the text preview (the counts are always complete).
SHOWN = 40


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-04-27") from None


def register(subparsers: Any) -> dict[str, Handler]:
    """Add ``export`` and ``import`` to the command line's subparsers; their handlers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", type=Path, help="the database file")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    partnership = argparse.ArgumentParser(add_help=False)
    partnership.add_argument(
        "--partnership",
        metavar="NAME",
        help="the partnership (its name or the partner town's, any case)",
    )

    export = subparsers.add_parser(
        "export",
        parents=[common, partnership],
        help="write a calendar file (.ics) for a partner town or for the team",
        description=(
            "Write the missions, travel, agenda items, follow-ups and action due dates of a "
            "partnership (default: all) as an iCalendar file. The partner profile (default) "
            "holds only what is shared; the internal profile holds everything useful to the "
            "team."
        ),
    )
    export.add_argument(
        "--profile", choices=("partner", "internal"), default="partner", help="default: partner"
    )
    export.add_argument("--from", dest="start", metavar="DATE", type=_date, help="first day")
    export.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day")
    export.add_argument("--out", metavar="FILE.ics", type=Path, required=True, help="the file")
    export.set_defaults(handler="export")

    importer = subparsers.add_parser(
        "import",
        parents=[common, partnership],
        help="merge a partner's calendar file (.ics)",
        description=(
            "Read a partner's iCalendar file, show what changed since the last import (new, "
            "changed, cancelled, unchanged, clashes with our plans) and merge it without "
            "duplicates, all or nothing."
        ),
    )
    importer.add_argument("file", metavar="FILE.ics", type=Path, help="the calendar file")
    importer.add_argument(
        "--dry-run", action="store_true", help="show the preview and change nothing"
    )
    importer.add_argument(
        "--take-theirs",
        metavar="UID",
        action="append",
        default=[],
        help="for this item of ours changed by the partner (or on both sides), take the "
        "partner's copy instead of keeping ours (repeatable)",
    )
    importer.set_defaults(handler="import")
    return {"export": cmd_export, "import": cmd_import}


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[Database]:
    """An existing database opened for writing, with the instance lock (the app must not
    have it open)."""
    from jumelage.cli.commands import must_exist
    from jumelage.persistence.database import open_database, translate

    must_exist(path)
    try:
        db = open_database(path, create=False, lock=True, daily_backup=True)
    except Exception as error:
        typed = translate(error, path)
        if typed is None or typed is error:
            raise
        raise typed from error
    try:
        yield db
    except Exception as error:
        typed = translate(error, path)
        if typed is None or typed is error:
            raise
        raise typed from error
    finally:
        db.close()


# --- export --------------------------------------------------------------------------------


def cmd_export(ns: argparse.Namespace, out: TextIO) -> int:
    from jumelage.cli.commands import database_path, reading
    from jumelage.ics.errors import ExportFolderMissing

    path = database_path(ns)
    target = Path(ns.out).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportFolderMissing(source=str(target))
    with reading(path) as db:
        from jumelage.services import Services
        from jumelage.services.exchange import ExportRequest, ExportService, Profile

        only = Services.over(db).partnerships.find(ns.partnership) if ns.partnership else None
        request = ExportRequest(
            None if only is None else only.id, Profile(ns.profile), ns.start, ns.end
        )
        result = ExportService(db).export(request, target).value
    _report_export(ns, result, out)
    return 0


def _report_export(ns: argparse.Namespace, result: ExportResult, out: TextIO) -> None:
    from jumelage.cli.output import write_json, write_lines

    categories: dict[str, int] = {}
    for event in result.events:
        categories[event.category.value] = categories.get(event.category.value, 0) + 1
    cancelled = sum(1 for e in result.events if e.status.value == "cancelled")
    if ns.json:
        write_json(
            {
                "path": str(result.path),
                "name": result.name,
                "profile": result.profile.value,
                "partnerships": list(result.partnerships),
                "from": None if ns.start is None else ns.start.isoformat(),
                "to": None if ns.end is None else ns.end.isoformat(),
                "events": len(result.events),
                "cancelled": cancelled,
                "categories": categories,
                "bytes": len(result.data),
            },
            out,
        )
        return
    summary = ", ".join(f"{count} {name.lower()}" for name, count in categories.items())
    write_lines(
        [
            f"Wrote {len(result.events)} events ({summary or 'none'}; {cancelled} cancelled) "
            f"of {result.name}, {result.profile.value} profile, to {result.path}."
        ],
        out,
    )


# --- import --------------------------------------------------------------------------------


def cmd_import(ns: argparse.Namespace, out: TextIO) -> int:
    from jumelage.cli.commands import database_path, reading
    from jumelage.ics.reader import read_file

    data = read_file(ns.file)  # a file that cannot be read is refused before the database
    path = database_path(ns)
    opener = reading if ns.dry_run else _writing
    with opener(path) as db:
        from jumelage.services import Services
        from jumelage.services.exchange_import import ImportService

        only = Services.over(db).partnerships.find(ns.partnership) if ns.partnership else None
        service = ImportService(db)
        partnership_id = None if only is None else only.id
        source = Path(ns.file).name
        if ns.dry_run:
            preview = service.preview(data, source, partnership_id)
        else:
            wanted = set(ns.take_theirs)
            keys = [
                o.key for o in service.preview(data, source, partnership_id).ours if o.uid in wanted
            ]
            preview = service.apply(data, source, partnership_id, take_theirs=keys).value
    if ns.json:
        from jumelage.cli.output import write_json

        write_json(preview_json(preview, applied=not ns.dry_run), out)
    else:
        from jumelage.cli.output import write_lines

        write_lines(preview_lines(preview, applied=not ns.dry_run), out)
    return 0


def _when(value: dt.date | dt.datetime) -> str:
    from jumelage.cli.output import format_when

    return format_when(value)


def _items(
    mark: str, label: str, items: Sequence[PreviewItem], with_fields: bool = False
) -> list[str]:
    lines = []
    for item in items[:SHOWN]:
        fields = f" ({', '.join(item.fields)})" if with_fields and item.fields else ""
        lines.append(f"{mark} {label}: {_when(item.start)}  {item.summary}{fields}")
    if len(items) > SHOWN:
        lines.append(f"{mark} ... and {len(items) - SHOWN} more {label}")
    return lines


def preview_lines(preview: ImportPreview, *, applied: bool) -> list[str]:
    """The preview as text: counts, then what changes, conflicts, clashes and notes."""
    from jumelage.ics.notes import describe_note

    conflicts = preview.conflicts
    lines = [
        f"Calendar '{preview.calendar}' from {preview.source} for {preview.partnership}:",
        f"  new {len(preview.new)}, changed {len(preview.changed)}, "
        f"cancelled {len(preview.cancelled)}, unchanged {len(preview.unchanged)}, "
        f"older than ours {len(preview.older)}, not in the file {len(preview.missing)}, "
        f"ours {len(preview.ours)} ({len(conflicts)} in conflict, "
        f"{len(preview.partner_edits)} changed by the partner), "
        f"clashes {len(preview.clashes)}",
    ]
    lines += _items("+", "new", preview.new)
    lines += _items("~", "changed", preview.changed, with_fields=True)
    lines += _items("x", "cancelled", preview.cancelled)
    lines += _items("=", "older than ours (ignored)", preview.older, with_fields=True)
    lines += _items("?", "no longer in the partner's file (kept as it is)", preview.missing)
    taken = {o.key for o in preview.taken}
    for kind, owns in (("conflict", conflicts), ("changed by the partner", preview.partner_edits)):
        for own in owns[:SHOWN]:
            fate = "theirs taken" if own.key in taken else "ours kept"
            hint = (
                f"; --take-theirs {own.uid} to take theirs"
                if own.takeable and own.key not in taken
                else ""
            )
            lines.append(
                f"! {kind}: '{own.summary}' ({', '.join(own.fields)}), uid {own.uid}: {fate}{hint}"
            )
    for clash in preview.clashes[:SHOWN]:
        lines.append(
            f"! clash: {_when(clash.start)}  {clash.summary} overlaps the {clash.kind} "
            f"'{clash.title}'"
        )
    lines += [f"note: {describe_note(n)}" for n in preview.notes]
    if not applied:
        lines.append("Dry run: nothing was changed.")
    elif preview.has_changes or preview.taken:
        lines.append(
            f"Imported: {len(preview.new)} new, {len(preview.changed)} changed, "
            f"{len(preview.cancelled)} cancelled"
            + (
                f", {len(preview.taken)} of ours replaced by the partner's copy."
                if preview.taken
                else "."
            )
        )
    elif conflicts or preview.partner_edits:
        lines.append("Nothing to import; our items listed above were kept as they are.")
    else:
        lines.append("Nothing to import: the calendar is up to date.")
    return lines


def preview_json(preview: ImportPreview, *, applied: bool) -> dict[str, Any]:
    """The preview as JSON (times in ISO 8601 with their offset, as ``list`` writes them)."""
    from jumelage.cli.output import json_value, row_to_json
    from jumelage.ics.notes import describe_note

    def items(rows: Sequence[Any]) -> list[dict[str, Any]]:
        return [row_to_json(r) for r in rows]

    return {
        "source": preview.source,
        "calendar": preview.calendar,
        "calendar_id": preview.calendar_id,
        "partnership": preview.partnership,
        "dry_run": not applied,
        "applied": applied and (preview.has_changes or bool(preview.taken)),
        "counts": {
            "new": len(preview.new),
            "changed": len(preview.changed),
            "cancelled": len(preview.cancelled),
            "unchanged": len(preview.unchanged),
            "older": len(preview.older),
            "missing": len(preview.missing),
            "ours": len(preview.ours),
            "conflicts": len(preview.conflicts),
            "partner_edits": len(preview.partner_edits),
            "taken": len(preview.taken),
            "clashes": len(preview.clashes),
        },
        "new": items(preview.new),
        "changed": items(preview.changed),
        "cancelled": items(preview.cancelled),
        "older": items(preview.older),
        "missing": items(preview.missing),
        "ours": items(preview.ours),
        "clashes": items(preview.clashes),
        "notes": [{**json_value(n), "text": describe_note(n)} for n in preview.notes],
    }
