"""The database's generation: a random token in the ``meta`` table that every committed write
replaces (:meth:`jumelage.persistence.database.Database.transaction` does it, in the same
transaction), so two reads that find the same token read the same data.

The start-up reads it with the standard library's ``sqlite3`` alone, before SQLAlchemy is
imported, to tell whether the Overview it remembers still holds (:mod:`jumelage.app.snapshot`).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

#: The ``meta`` row holding the token.
GENERATION_KEY = "generation"
#: An upsert, so a database made before generations existed gets its row at its next write.
BUMP_SQL = (
    "INSERT INTO meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def new_token() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Stamp:
    """What a quick look at a database file found: its schema revision and generation."""

    revision: str | None
    generation: str | None


def read_stamp(path: Path) -> Stamp | None:
    """The revision and generation of the database at ``path``, read-only, without checking
    the file; ``None`` when it cannot be read (missing, damaged, not ours).

    Nothing is created beside the file, so one the real opening refuses afterwards is left
    exactly as it was: without a write-ahead log in use, the file is opened as immutable (no
    lock, no ``-wal`` or ``-shm`` file); with one (a crash left it, or another instance is at
    work), it is read through its existing ``-shm`` index, and not at all without one."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        if not path.is_file():
            return None
        logged = wal.exists() and wal.stat().st_size > 0
        if logged and not shm.exists():
            return None
    except OSError:
        return None
    mode = "mode=ro" if logged else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        generation = conn.execute(
            "SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Stamp(
        revision=None if revision is None else str(revision[0]),
        generation=None if generation is None else str(generation[0]),
    )
