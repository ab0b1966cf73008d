"""The headless commands. Each takes the parsed arguments and the output stream, returns the
exit code, and raises :class:`~jumelage.domain.errors.UserError` for anything the user can fix.

Reading commands (``list``, ``check``, ``backup``, ``export``, ``slots``) never create a
database, never upgrade one and never take the instance lock: the app may have the file open,
and reading under WAL is safe. A file of an older schema is left as it is: ``list`` and the
others refuse it in one line (the app upgrades it, holding the lock, after a backup), ``check``
checks its integrity read-only, and ``backup`` copies it as it is.

The database stack (SQLAlchemy, about half a second) is imported only once the arguments and
the file's presence have been checked, so a mistyped path is answered at once.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from jumelage import paths
from jumelage.cli.listing import build_listing
from jumelage.cli.output import render_table, table_width, write_json, write_lines
from jumelage.domain import errors
from jumelage.domain import time as tz

if TYPE_CHECKING:
    from jumelage.persistence.database import Database
    from jumelage.services import Services

#: Files SQLite keeps beside a database.
SIDE_FILES = ("-wal", "-shm", "-journal")


def database_path(ns: argparse.Namespace, default: Path | None = None) -> Path:
    """``--db`` of the command, else the top-level ``--db``, else the default database."""
    chosen = ns.db or getattr(ns, "app_db", None)
    if chosen is None:
        chosen = default if default is not None else paths.default_database()
    return Path(chosen).expanduser().absolute()


def _raise_typed(error: Exception, path: Path) -> None:
    """Re-raise ``error`` as the typed error the user understands, if there is one."""
    from jumelage.persistence.database import translate

    typed = translate(error, path)
    if typed is None or typed is error:
        raise error
    raise typed from error


def must_exist(path: Path) -> None:
    """The first checks of :func:`~jumelage.persistence.database.open_database`, made
    before the database stack is loaded (same errors, same sentences)."""
    if not path.parent.is_dir():
        raise errors.DatabaseFolderMissing(path=path)
    if not path.exists():
        raise errors.DatabaseMissing(path=path)
    if path.is_dir():
        raise errors.NotADatabase(path=path, detail="it is a folder")


@contextlib.contextmanager
def reading(path: Path) -> Iterator[Database]:
    """An existing database of the current schema opened for reading (no creation, no
    upgrade, no lock); an older schema raises
    :class:`~jumelage.domain.errors.DatabaseNeedsUpgrade` with the file untouched."""
    must_exist(path)
    from jumelage.persistence.database import open_database

    try:
        db = open_database(path, create=False, lock=False, daily_backup=True, upgrade=False)
    except Exception as error:
        _raise_typed(error, path)
        raise  # pragma: no cover - _raise_typed always raises
    try:
        yield db
    except Exception as error:
        _raise_typed(error, path)
    finally:
        db.close()


def count_items(services: Services) -> dict[str, int]:
    return {
        "partnerships": len(services.partnerships.list()),
        "towns": len(services.towns.list()),
        "people": len(services.people.list()),
        "missions": len(services.missions.list()),
        "followups": len(services.followups.list()),
        "actions": len(services.actions.list()),
        "events": len(services.external.list()),
    }


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _summary(counts: dict[str, int], keys: tuple[str, ...]) -> str:
    names = {
        "partnerships": ("partnership", None),
        "towns": ("town", None),
        "people": ("person", "people"),
        "missions": ("mission", None),
        "followups": ("follow-up", None),
        "actions": ("action item", None),
        "events": ("imported event", None),
    }
    return ", ".join(_plural(counts[k], *names[k]) for k in keys)


# --- list ----------------------------------------------------------------------------------


def cmd_list(ns: argparse.Namespace, out: TextIO) -> int:
    path = database_path(ns)
    with reading(path) as db:
        from jumelage.services import Services

        services = Services.over(db)
        only = services.partnerships.find(ns.partnership) if ns.partnership else None
        listing = build_listing(services, ns.kind, only)
    if ns.json:
        write_json(listing.objects, out)
    elif listing.cells:
        write_lines(render_table(listing.columns, listing.cells, table_width(out)), out)
    else:
        write_lines([listing.empty], out)
    return 0


# --- check ---------------------------------------------------------------------------------


def cmd_check(ns: argparse.Namespace, out: TextIO) -> int:
    path = database_path(ns)
    report: dict[str, Any] = {
        "ok": False,
        "path": str(path),
        "schema": None,
        "upgrade_needed": False,
        "problems": [],
        "tzdata": tz.tz_database_version(),
        "counts": None,
    }
    try:
        try:
            with reading(path) as db:
                from jumelage.persistence.migrate import HEAD_REVISION
                from jumelage.services import Services

                report["schema"] = HEAD_REVISION
                problems = db.integrity_problems()
                report["problems"] = problems
                if not problems:
                    report["counts"] = count_items(Services.over(db))
        except errors.DatabaseNeedsUpgrade as older:
            # Checked as it is, read-only: counting would need the current schema.
            from jumelage.persistence.inspection import integrity_problems

            report["schema"] = older.revision
            report["upgrade_needed"] = True
            report["problems"] = integrity_problems(path)
    except errors.UserError as error:
        if ns.json:  # scripts get the verdict on stdout too; the one line still goes to stderr
            report["problems"] = [str(error)]
            write_json(report, out)
        raise
    report["ok"] = not report["problems"]
    if ns.json:
        write_json(report, out)
    elif report["ok"] and report["upgrade_needed"]:
        write_lines(
            [
                f"ok: {path} (schema {report['schema']}, older: open it in the Jumelage app "
                f"to upgrade it; tzdata {report['tzdata']})"
            ],
            out,
        )
    elif report["ok"]:
        keys = ("partnerships", "towns", "people", "missions", "followups", "actions", "events")
        write_lines(
            [
                f"ok: {path} (schema {report['schema']}, {_summary(report['counts'], keys)}; "
                f"tzdata {report['tzdata']})"
            ],
            out,
        )
    else:
        write_lines([f"problem: {p}" for p in report["problems"]], out)
    if not report["ok"]:
        raise errors.DatabaseDamaged(
            path=path, detail=_plural(len(report["problems"]), "integrity problem")
        )
    return 0


# --- backup --------------------------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def cmd_backup(ns: argparse.Namespace, out: TextIO) -> int:
    path = database_path(ns)
    target = Path(ns.out).expanduser().absolute()
    if not target.parent.is_dir():
        raise errors.DatabaseFolderMissing(path=target)
    if target.is_dir():
        raise errors.BackupFailed(path=path, target=target, detail="the target is a folder")
    if _same_file(path, target) or any(
        _same_file(Path(f"{path}{suffix}"), target) for suffix in SIDE_FILES
    ):
        raise errors.BackupFailed(
            path=path, target=target, detail="the target is the database itself"
        )
    must_exist(path)
    # The file as it is (any schema revision), through the backup API: no upgrade, no lock
    # (the app may be writing: the backup API copies a consistent state), no SQLAlchemy.
    from jumelage.persistence.inspection import copy_as_is

    copy_as_is(path, target)
    written = target
    if ns.json:
        write_json({"path": str(path), "backup": str(written)}, out)
    else:
        write_lines([f"backed up {path} to {written}"], out)
    return 0


# --- demo ----------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_side_files(path: Path) -> None:
    for name in (str(path), *(f"{path}{s}" for s in SIDE_FILES), f"{path}.lock"):
        with contextlib.suppress(OSError):
            os.unlink(name)


def _build_demo(target: Path) -> dict[str, int]:
    """Build the demo in a temporary file beside ``target`` and move it into place
    atomically; on any failure ``target`` is left as it was."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".demo-tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    from jumelage.persistence.database import open_database
    from jumelage.services import Services
    from jumelage.services.demo import populate

    try:
        db = open_database(tmp, create=True, lock=True, daily_backup=False)
        try:
            services = Services.over(db)
            populate(services)
            counts = count_items(services)
        finally:
            db.close()
        leftovers = [s for s in SIDE_FILES if os.path.exists(f"{tmp}{s}")]
        if leftovers:  # the last connection should have checkpointed and removed them
            raise errors.StorageUnavailable(
                path=tmp, detail=f"SQLite left {', '.join(leftovers)} behind"
            )
        # Stale side files of the old database would be replayed onto the new one.
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        _remove_with_side_files(tmp)
        raise
    with contextlib.suppress(OSError):
        os.unlink(f"{tmp}.lock")
    return counts


def cmd_demo(ns: argparse.Namespace, out: TextIO) -> int:
    default = paths.demo_database()
    path = database_path(ns, default=default)
    if path == default.absolute():
        path.parent.mkdir(parents=True, exist_ok=True)
    if not path.parent.is_dir():
        raise errors.DatabaseFolderMissing(path=path)
    if path.is_dir():
        raise errors.NotADatabase(path=path, detail="it is a folder")
    if path.exists() and not ns.force:
        raise errors.DatabaseExists(path=path)
    from jumelage.persistence.lock import InstanceLock

    lock = InstanceLock(path)  # the app must not have the file open while we replace it
    lock.acquire()
    try:
        existed = path.exists()  # again: it may have appeared while we were looking
        if existed and not ns.force:
            raise errors.DatabaseExists(path=path)
        counts = _build_demo(path)
    except Exception as error:
        _raise_typed(error, path)
        raise  # pragma: no cover - _raise_typed always raises
    finally:
        lock.release()
    if ns.json:
        write_json({"path": str(path), "replaced": existed, "counts": counts}, out)
    else:
        keys = ("partnerships", "missions", "followups", "actions")
        verb = "Replaced" if existed else "Created"
        write_lines([f"{verb} the demo database {path}: {_summary(counts, keys)}."], out)
    return 0
