"""Looking at a database file without writing to it (and without SQLAlchemy).

:func:`probe` answers the questions asked before a file is opened: is it SQLite, is it whole
(``quick_check``), is it ours, is its schema one we know? :func:`integrity_problems` and
:func:`foreign_key_violations` read a file as it is, whatever its schema. The command line's
``backup`` and ``check`` use them on files they must not change.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jumelage.domain import errors
from jumelage.persistence import migrate
from jumelage.persistence.backup import BackupStore


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a database file found."""

    revision: str | None
    empty: bool


def probe(
    path: Path,
    script_location: str | None = None,
    *,
    require_write: bool = False,
    allow_newer: bool = False,
) -> Probe:
    """Inspect ``path`` without writing to it; raise a typed error for anything we must not
    open (with ``require_write``, a file or folder we cannot write to; unless
    ``allow_newer``, a schema newer than ours). A file that is refused is left exactly as it
    was, with nothing new beside it."""
    if path.is_dir():
        raise errors.NotADatabase(path=path, detail="it is a folder")
    if path.stat().st_size == 0:
        return Probe(revision=None, empty=True)
    with _no_new_companions(path):
        found = _probe(path, script_location, allow_newer)
        if require_write and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise errors.DatabaseReadOnly(path=path)
        return found


@contextlib.contextmanager
def _no_new_companions(path: Path) -> Iterator[None]:
    """Reading a WAL database creates empty -wal/-shm files; remove them if we refuse it."""
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {c for c in companions if c.exists()}
    try:
        yield
    except errors.JumelageError:
        for companion in companions:
            if companion not in existed:
                with contextlib.suppress(OSError):
                    if companion.stat().st_size == 0 or companion.name.endswith("-shm"):
                        companion.unlink()
        raise


def open_read_only(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise errors.StorageUnavailable(path=path, detail=str(error)) from None


def _probe(path: Path, script_location: str | None, allow_newer: bool) -> Probe:
    conn = open_read_only(path)
    try:
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as error:
            if "unable to open" in str(error):  # a WAL file whose -shm cannot be made
                if not os.access(path.parent, os.W_OK):
                    raise errors.DatabaseReadOnly(path=path) from None
                raise errors.StorageUnavailable(path=path, detail=str(error)) from None
            if "malformed" in str(error):  # SQLite, but truncated or torn: offer a backup
                raise errors.DatabaseDamaged(
                    path=path, detail=str(error), latest_backup=BackupStore(path).latest_good()
                ) from None
            raise errors.NotADatabase(path=path, detail=str(error)) from None
        problem = _quick_check(conn)
        if problem is not None:
            raise errors.DatabaseDamaged(
                path=path, detail=problem, latest_backup=BackupStore(path).latest_good()
            )
        if not tables:
            return Probe(revision=None, empty=True)
        if "alembic_version" not in tables:
            raise errors.NotAJumelageDatabase(path=path)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    revision = None if row is None else str(row[0])
    if (
        not allow_newer
        and revision is not None
        and revision not in migrate.known_revisions(script_location)
    ):
        raise errors.DatabaseTooNew(path=path, revision=revision)
    return Probe(revision=revision, empty=False)


def _quick_check(conn: sqlite3.Connection) -> str | None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    # SQLite's report spans lines ("*** in database main ***\nPage 9: ..."): keep it on one.
    return " ".join("; ".join(str(r[0]) for r in rows[:3]).split())


def describe_violation(table: str, rowid: object, parent: str) -> str:
    return f"row {rowid} of {table} points to a missing row of {parent}"


def integrity_problems(path: Path) -> list[str]:
    """The full ``integrity_check`` and ``foreign_key_check`` of the file as it is (read-only,
    any schema); empty when all is well."""
    conn = open_read_only(path)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(describe_violation(table, rowid, parent))
    except sqlite3.Error as error:
        raise errors.DatabaseDamaged(path=path, detail=str(error)) from None
    finally:
        conn.close()
    return problems


def foreign_key_violations(path: Path) -> Counter[tuple[str, str]]:
    """How many rows of each table point to a missing row of each parent table."""
    conn = open_read_only(path)
    try:
        return Counter((str(t), str(p)) for t, _, p, _ in conn.execute("PRAGMA foreign_key_check"))
    finally:
        conn.close()


def copy_as_is(path: Path, target: Path) -> Probe:
    """Copy the database at ``path`` to ``target`` with SQLite's backup API, whatever its
    schema revision (older or newer than ours), without upgrading or otherwise writing to it.
    Refuses what is not a whole Jumelage database."""
    from jumelage.persistence.backup import copy_database

    with _no_new_companions(path):
        found = probe(path, allow_newer=True)
        if found.empty:
            raise errors.NotADatabase(path=path, detail="it is empty")
    copy_database(path, target)
    return found
