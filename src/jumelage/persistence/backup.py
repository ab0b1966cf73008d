"""Backups with SQLite's online backup API (never a copy of a live file), written atomically.

Automatic backups live in a folder beside the database, ``<name>.backups/``, and roll: the
newest :attr:`BackupStore.keep` automatic ones are kept. Backups taken before a schema upgrade
are kept apart and never pruned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jumelage.domain.errors import BackupFailed, StorageFull
from jumelage.domain.time import utc_now

_STAMP = "%Y%m%dT%H%M%S%fZ"


def private_file(path: Path) -> None:
    """Make ``path`` readable by its owner only (POSIX); a no-op elsewhere."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a database to ``target`` through the backup API; ``target`` appears whole or not
    at all (temporary file, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = source if isinstance(source, sqlite3.Connection) else _open_ro(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # The copy is a plain rollback-journal file: complete in itself, no -wal beside.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        private_file(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        if error.errno == errno.ENOSPC:
            raise StorageFull(path=target) from error
        raise BackupFailed(path=_name_of(source), target=target, detail=str(error)) from error
    except sqlite3.Error as error:
        tmp.unlink(missing_ok=True)
        if "full" in str(error).lower():
            raise StorageFull(path=target) from error
        raise BackupFailed(path=_name_of(source), target=target, detail=str(error)) from error


def _name_of(source: Path | sqlite3.Connection) -> Path:
    return source if isinstance(source, Path) else Path("database")


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> str | None:
    """``None`` when SQLite's ``quick_check`` passes, else the first problem it reports."""
    try:
        conn = _open_ro(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str


class BackupStore:
    """The rolling backups of one database file."""

    AUTOMATIC = ("daily", "start")

    def __init__(self, db_path: Path, folder: Path | None = None, keep: int = 10) -> None:
        self.db_path = db_path
        self.folder = folder or db_path.with_name(db_path.name + ".backups")
        self.keep = keep

    def create(self, reason: str, source: sqlite3.Connection | None = None) -> Path:
        stamp = utc_now().strftime(_STAMP)
        target = self.folder / f"{self.db_path.stem}-{stamp}-{reason}.sqlite"
        copy_database(source or self.db_path, target)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.folder, 0o700)
        if reason in self.AUTOMATIC:
            self.prune()
        return target

    def list(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        prefix = f"{self.db_path.stem}-"
        for path in self.folder.glob(f"{prefix}*.sqlite"):
            stamp, _, reason = path.stem[len(prefix) :].partition("-")
            try:
                created = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC)
            except ValueError:
                continue
            found.append(BackupInfo(path, created, reason))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def prune(self) -> None:
        automatic = [b for b in self.list() if b.reason in self.AUTOMATIC]
        for old in automatic[self.keep :]:
            old.path.unlink(missing_ok=True)

    def latest_good(self) -> Path | None:
        """The newest backup that passes ``quick_check``."""
        for info in self.list():
            if quick_check(info.path) is None:
                return info.path
        return None

    def ensure_recent(self, max_age: dt.timedelta = dt.timedelta(hours=24)) -> Path | None:
        """Take a ``daily`` backup unless an automatic one is younger than ``max_age``."""
        newest = next((b for b in self.list() if b.reason in self.AUTOMATIC), None)
        if newest is not None and utc_now() - newest.created < max_age:
            return None
        return self.create("daily")


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``. The file it replaces (damaged, usually) is
    moved aside, never overwritten; returns where it went."""
    aside: Path | None = None
    if db_path.exists():
        stamp = utc_now().strftime(_STAMP)
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = db_path.with_name(db_path.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
    copy_database(backup, db_path)
    return aside
