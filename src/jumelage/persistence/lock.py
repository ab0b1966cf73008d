"""One running Jumelage per database file.

An operating-system lock on ``<database>.lock``: it disappears with the process, so a crash
never leaves a stale lock behind. The file holds the owner's process id and host name so the
second instance can say who has the database open.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path
from typing import IO

from jumelage.domain.errors import DatabaseLocked, DatabaseReadOnly, StorageUnavailable


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            # Held until release; private (0600): it names this computer and process.
            handle = open(self.path, "a+", encoding="utf-8", opener=_private)  # noqa: SIM115
        except PermissionError:
            raise DatabaseReadOnly(path=self.db_path) from None
        except OSError as error:
            raise StorageUnavailable(path=self.db_path, detail=error.strerror or "") from None
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            handle.close()
            raise DatabaseLocked(path=self.db_path, holder=holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        handle.close()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
