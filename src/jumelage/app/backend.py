"""Opening the data side of the app. Qt-free: it runs on a worker thread while the window is
already painted, so SQLAlchemy and Alembic load in the background."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jumelage.domain import time as tz
from jumelage.persistence.backup import BackupStore, restore
from jumelage.persistence.database import Database, open_database

if TYPE_CHECKING:
    from jumelage.services import Services


@dataclass(frozen=True)
class Backend:
    services: Services
    path: Path
    #: The database was created just now (first start): offer the demo.
    created: bool


def open_backend(
    path: Path, *, demo: bool = False, clock: Callable[[], dt.datetime] = tz.utc_now
) -> Backend:
    """Open (creating if needed) the database at ``path`` for the app, with the instance lock.

    With ``demo``, ``path`` is replaced by a freshly built demo database first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if demo:
        _fresh_demo(path, clock)
    created = not path.exists()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jumelage-open") as pool:
        opening = pool.submit(open_database, path, create=True, lock=True)
        # The services load while SQLite checks the file on the other thread: its
        # quick_check (0.15 s on the large benchmark database) does not hold the GIL.
        try:
            from jumelage.services import Services
        except BaseException:
            with contextlib.suppress(Exception):
                opening.result().close()
            raise
        database: Database = opening.result()
    return Backend(Services.over(database, clock), path, created and not demo)


def _fresh_demo(path: Path, clock: Callable[[], dt.datetime]) -> None:
    from jumelage.services import Services
    from jumelage.services.demo import populate

    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    database = open_database(tmp, create=True, daily_backup=False)
    try:
        populate(Services.over(database, clock))
    finally:
        database.close()
    # An older demo may still be open in another window: its lock says so.
    from jumelage.persistence.lock import InstanceLock

    with InstanceLock(path):
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        tmp.replace(path)


def latest_backup(path: Path) -> Path | None:
    return BackupStore(path).latest_good()


def restore_latest(path: Path) -> tuple[Path, Path | None]:
    """Put the newest good backup in place of a damaged ``path``; returns the backup used and
    where the damaged file was set aside."""
    backup = BackupStore(path).latest_good()
    if backup is None:
        raise FileNotFoundError(path)
    return backup, restore(backup, path)
