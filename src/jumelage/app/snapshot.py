"""The remembered Overview: the cards show at once at start-up, before the database is open.

Opening the database takes most of a second on a large one (SQLAlchemy's import, SQLite's
``quick_check``, the first queries). The Overview's rows are small, so every time they load
they are also written to a file in the cache folder (one per database path), with the
database's generation (:mod:`jumelage.persistence.generation`) and the moment of the load.
At the next start, :func:`recall` reads that file and the database's generation with the
standard library alone and gives the rows back only when they still hold
(:meth:`~jumelage.domain.rows.OverviewState.still_holds`: no write since, the same day in
every home town, no next follow-up started) and the schema and this version of Jumelage are
the same. The real load follows and replaces them in any case.

The file holds what the cards show (titles, names, dates): it is created readable by the user
only, like the database. Any problem with it (absent, damaged, another version) just means
no remembered Overview; writing it never raises either.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from jumelage import __version__, paths
from jumelage.domain import codec
from jumelage.domain.rows import OverviewRow, OverviewState
from jumelage.persistence import generation, migrate

log = logging.getLogger(__name__)

#: Bump when the file's layout changes (the rows' own layout is covered by the version).
FORMAT = 1


def snapshot_file(database: Path) -> Path:
    digest = hashlib.sha256(str(database.expanduser().absolute()).encode()).hexdigest()
    return paths.cache_dir() / f"overview-{digest[:20]}.json"


def remember(database: Path, state: OverviewState) -> None:
    """Write ``state`` for ``database`` (atomically; nothing when its generation is unknown)."""
    target = snapshot_file(database)
    if state.generation is None:
        with contextlib.suppress(OSError):
            target.unlink()  # whatever it says no longer holds
        return
    document = {
        "format": FORMAT,
        "version": __version__,
        "revision": migrate.HEAD_REVISION,
        "database": str(database),
        "state": codec.encode(state),
    }
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, target)
    except (OSError, codec.CodecError, ValueError) as error:
        log.debug("could not remember the Overview: %s", error)
        with contextlib.suppress(OSError):
            tmp.unlink()


def recall(database: Path, now: dt.datetime) -> list[OverviewRow] | None:
    """The rows remembered for ``database`` if they still hold at ``now``, else ``None``."""
    try:
        with snapshot_file(database).open(encoding="utf-8") as source:
            document: Any = json.load(source)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return None
        if document.get("version") != __version__ or document.get("database") != str(database):
            return None
        stamp = generation.read_stamp(database)
        if stamp is None or stamp.revision != document.get("revision"):
            return None
        if stamp.revision != migrate.HEAD_REVISION:
            return None
        state = codec.decode(OverviewState, document["state"])
    except (OSError, ValueError, KeyError, TypeError) as error:  # CodecError is a ValueError
        log.debug("no remembered Overview: %s", error)
        return None
    if not state.still_holds(now, stamp.generation):
        return None
    return list(state.rows)
