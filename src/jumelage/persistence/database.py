"""Opening a database safely (DESIGN.md section 6).

:func:`open_database` looks at the file read-only first: is it SQLite, is it whole
(``quick_check``), is it ours, is its schema one we know? A damaged file or a file from a newer
Jumelage is refused before a single byte is written. Only then is it upgraded (after a backup
made with the backup API, restored if the upgrade fails) and opened with the pragmas below.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from jumelage.domain import errors
from jumelage.domain import time as tz
from jumelage.persistence import generation, migrate
from jumelage.persistence.backup import BackupStore, copy_database, private_file, quick_check
from jumelage.persistence.backup import restore as restore_backup
from jumelage.persistence.base import Versioned
from jumelage.persistence.inspection import (
    Probe,
    describe_violation,
    foreign_key_violations,
    probe,
)
from jumelage.persistence.lock import InstanceLock
from jumelage.persistence.models import TIMED_COLUMNS, Meta

log = logging.getLogger(__name__)

TZDATA_KEY = "tzdata_version"
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed transaction survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def translate(error: BaseException, path: Path) -> errors.JumelageError | None:
    """The typed error for a database failure the user can understand, or ``None``."""
    if isinstance(error, errors.JumelageError):
        return error
    if isinstance(error, StaleDataError):
        return errors.ChangedElsewhere(kind="record")
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return errors.StorageFull(path=path)
    if isinstance(error, DBAPIError | sqlite3.Error):
        text = str(getattr(error, "orig", error)).lower()
        if "readonly" in text or "read-only" in text:
            return errors.DatabaseReadOnly(path=path)
        if "full" in text:
            return errors.StorageFull(path=path)
        if "locked" in text or "busy" in text:
            return errors.DatabaseLocked(path=path, holder="another program")
        if "malformed" in text or "not a database" in text:
            return errors.DatabaseDamaged(path=path, detail=text)
        if "unable to open" in text or "disk i/o" in text:
            return errors.StorageUnavailable(path=path, detail=text)
    return None


class Database:
    """An open database: the engine, a session factory and the backups beside the file."""

    def __init__(self, path: Path, engine: Engine, lock: InstanceLock | None = None) -> None:
        self.path = path
        self.engine = engine
        self.backups = BackupStore(path)
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp)
        self._identity = _identity(path)

    def _check_still_there(self) -> None:
        """SQLite keeps writing through its open handles into a file that was deleted or
        moved away (its folder renamed, a stick pulled out): the saves would vanish."""
        if _identity(self.path) != self._identity:
            raise errors.StorageUnavailable(
                path=self.path, detail="the file was moved, replaced or deleted"
            )

    @contextlib.contextmanager
    def transaction(self, clock: Callable[[], dt.datetime] | None = None) -> Iterator[Session]:
        """One unit of work: commit at the end, roll back on any error, and turn database
        failures into typed errors. ``clock`` stamps ``created_at``/``updated_at``."""
        self._check_still_there()
        try:
            with self._sessions.begin() as session:
                session.info["clock"] = clock or tz.utc_now
                before = _total_changes(session)
                yield session
                session.flush()
                if _total_changes(session) != before:
                    session.execute(
                        text(generation.BUMP_SQL),
                        {"key": generation.GENERATION_KEY, "value": generation.new_token()},
                    )
        except errors.JumelageError:
            raise
        except (DBAPIError, OSError, StaleDataError) as error:
            typed = translate(error, self.path)
            if typed is None:
                raise
            raise typed from error

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        try:
            with self._sessions() as session:
                yield session
        except (OperationalError, OSError) as error:
            typed = translate(error, self.path)
            if typed is None:
                raise
            raise typed from error

    def backup_to(self, target: Path) -> Path:
        """Copy the live database to ``target`` through the backup API."""
        raw = self.engine.raw_connection()
        try:
            copy_database(raw.driver_connection, target)  # type: ignore[arg-type]
        finally:
            raw.close()
        return target

    def integrity_problems(self) -> list[str]:
        """The full ``integrity_check`` and ``foreign_key_check``; empty when all is well."""
        with self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else rows
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(describe_violation(table, rowid, parent))
        return problems

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _total_changes(session: Session) -> int:
    """The rows SQLite has changed through the session's connection (inserted, updated or
    deleted, by the ORM, Core statements or triggers alike) since it was opened."""
    dbapi = session.connection().connection.driver_connection
    return int(dbapi.total_changes)  # type: ignore[union-attr]


def _identity(path: Path) -> tuple[int, int] | None:
    """The file at ``path`` (device and inode), ``None`` when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    """``created_at``/``updated_at`` from the unit of work's clock (the services' clock), so a
    record's timestamps and its tombstone agree."""
    now = session.info.get("clock", tz.utc_now)()
    for obj in session.new:
        if isinstance(obj, Versioned):
            obj.created_at = now
            obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now


def _create_private(path: Path) -> None:
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except PermissionError:
        raise errors.DatabaseReadOnly(path=path) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise errors.StorageFull(path=path) from None
        raise errors.StorageUnavailable(path=path, detail=error.strerror or "") from None
    os.close(fd)
    private_file(path)


class _BrokenReferences(Exception):
    """An upgrade left rows pointing to rows that are not there."""


def _upgrade(path: Path, found: Probe, script_location: str | None) -> None:
    backup: Path | None = None
    if not found.empty:
        backup = BackupStore(path).create(f"before-upgrade-from-{found.revision or 'none'}")
        log.info("backed up %s to %s before upgrading", path, backup)
    try:
        # Batch operations rebuild tables with foreign keys off (migrations/env.py): check
        # afterwards that no row lost its parent. Dangling rows the file already had are not
        # the upgrade's doing (``jumelage check`` reports them); new ones undo the upgrade.
        before = foreign_key_violations(path) if not found.empty else None
        migrate.upgrade(path, script_location)
        after = foreign_key_violations(path)
        broken = after - before if before is not None else after
        if broken:
            (table, parent), count = sorted(broken.items())[0]
            raise _BrokenReferences(
                f"the upgrade left {count} row(s) of {table} pointing to missing rows of {parent}"
            )
    except Exception as error:
        log.exception("upgrade of %s failed", path)
        if backup is not None:
            restore_backup(backup, path)
            # restore() kept the half-upgraded file aside (<name>.damaged-<stamp>) for a
            # developer to look at; the user's data is back in place.
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise errors.MigrationFailed(path=path, detail=detail, backup=backup) from error


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    lock: bool = False,
    daily_backup: bool = True,
    script_location: str | None = None,
    upgrade: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``path``.

    With ``upgrade=False`` (the command line's reading commands, which do not take the
    instance lock) a file of an older schema is refused with
    :class:`~jumelage.domain.errors.DatabaseNeedsUpgrade` and an empty one with
    :class:`~jumelage.domain.errors.NotADatabase`, both before a byte is written."""
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise errors.DatabaseFolderMissing(path=path)
    if not path.exists():
        if not create:
            raise errors.DatabaseMissing(path=path)
        _create_private(path)
    found = probe(path, script_location, require_write=True)
    head = migrate.known_revisions(script_location)[-1]
    if not upgrade and found.revision != head:
        if found.empty:
            raise errors.NotADatabase(path=path, detail="it is empty")
        raise errors.DatabaseNeedsUpgrade(path=path, revision=found.revision or "none")
    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        if found.revision != head:
            _upgrade(path, found, script_location)
        engine = make_engine(path)
        database = Database(path, engine, instance_lock)
        if daily_backup and not found.empty:
            try:
                database.backups.ensure_recent()
            except errors.JumelageError as error:  # a failed backup must not stop the work
                log.warning("automatic backup failed: %s", error)
        refresh_utc_instants(database)
        _ensure_generation(database)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
    return database


def _ensure_generation(database: Database) -> None:
    """Give a database made before generations existed its token (once)."""
    with database.transaction() as session:
        if session.get(Meta, generation.GENERATION_KEY) is None:
            session.add(Meta(key=generation.GENERATION_KEY, value=generation.new_token()))


def refresh_utc_instants(database: Database) -> int:
    """Recompute every derived UTC instant when the zone database changed since the last run.

    People agreed on wall times; when a country changes its rules (Morocco, September 2026),
    the instant moves and the wall time stays. Returns how many values changed.
    """
    version = tz.tz_database_version()
    changed = 0
    with database.transaction() as session:
        meta = session.get(Meta, TZDATA_KEY)
        if meta is not None and meta.value == version:
            return 0
        for model, columns in TIMED_COLUMNS:
            for row in session.scalars(select(model)):
                for local, zone, utc in columns:
                    try:
                        instant = tz.to_utc(getattr(row, local), getattr(row, zone))
                    except errors.JumelageError:
                        continue  # a zone the new database dropped: keep the old instant
                    if getattr(row, utc) != instant:
                        setattr(row, utc, instant)
                        changed += 1
        if meta is None:
            session.add(Meta(key=TZDATA_KEY, value=version))
        else:
            meta.value = version
    if changed:
        log.info("time zone rules %s moved %d instants", version, changed)
    return changed


def create_fresh(path: Path) -> None:
    """Create an empty database at the current schema (no lock, no backup)."""
    open_database(path, create=True, daily_backup=False).close()


__all__ = ["Database", "Probe", "copy_database", "open_database", "probe", "quick_check"]
