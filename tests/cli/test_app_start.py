"""``python -m jumelage --db PATH`` really starts the desktop app (offscreen) and quits after
its first load (the ``JUMELAGE_QUIT_AFTER_LOAD`` hook of jumelage.app.main)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jumelage.persistence import models  # noqa: F401  (registers the tables)
from jumelage.persistence.base import Base
from jumelage.persistence.migrate import HEAD_REVISION
from tests.cli.helpers import Call, run_all

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def app_env(home: Path) -> dict[str, str]:
    """Offscreen, quit after the first load, every per-user folder in ``home``."""
    return {
        "QT_QPA_PLATFORM": "offscreen",
        "JUMELAGE_QUIT_AFTER_LOAD": "1",
        "JUMELAGE_HOME": str(home / "jumelage"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }


def revision_and_tables(path: Path) -> tuple[str, set[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return revision, tables


def test_the_app_starts_creates_or_upgrades_the_database_and_quits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "runtime").mkdir(parents=True, mode=0o700)
    new = tmp_path / "x.sqlite"
    old = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", old)
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"not a database " * 500)
    env = app_env(home)

    created, upgraded, refused = run_all(
        Call(["--db", new], env), Call(["--db", old], env), Call(["--db", noise], env)
    )

    assert created.rc == 0, created
    assert "Traceback" not in created.err, created.err
    revision, tables = revision_and_tables(new)
    assert revision == HEAD_REVISION
    # Every table of the current models, and no more.
    assert tables - {"alembic_version"} == set(Base.metadata.tables)

    # The app (not the command line) upgrades an older file, after a backup.
    assert upgraded.rc == 0, upgraded
    assert revision_and_tables(old)[0] == HEAD_REVISION
    backups = list((tmp_path / "old.sqlite.backups").glob("*-before-upgrade-from-0001.sqlite"))
    assert len(backups) == 1

    # A file it cannot open: the hook gives up at once, exit code 2.
    assert refused.rc == 2, refused
    assert noise.read_bytes() == b"not a database " * 500
