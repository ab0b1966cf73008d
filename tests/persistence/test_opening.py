"""open_database: pragmas, and every kind of file it must refuse before writing a byte."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jumelage.domain import errors
from jumelage.persistence import migrate
from jumelage.persistence.database import open_database, probe

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def zero_page(path: Path, page: int = 8) -> None:
    with open(path, "r+b") as handle:
        handle.seek(page * PAGE)
        handle.write(b"\0" * PAGE)


# --- a healthy database --------------------------------------------------------------------


def test_pragmas_are_in_force_on_every_connection(db_path: Path) -> None:
    with open_database(db_path, create=True) as database, database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL


def test_a_new_database_is_at_the_head_revision_and_whole(db_path: Path) -> None:
    with open_database(db_path, create=True) as database:
        assert database.integrity_problems() == []
    found = probe(db_path)
    assert found.revision == migrate.HEAD_REVISION
    assert found.empty is False


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_database(path) as database:
        assert database.integrity_problems() == []
    assert probe(path).revision == migrate.HEAD_REVISION


# --- files that are refused ------------------------------------------------------------------


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite"
    with pytest.raises(errors.DatabaseMissing) as caught:
        open_database(path)
    assert caught.value.path == path
    assert not path.exists()


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "db.sqlite"
    with pytest.raises(errors.DatabaseFolderMissing):
        open_database(path, create=True)
    assert not (tmp_path / "no").exists()


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    with pytest.raises(errors.NotADatabase):
        open_database(folder)


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite"
    # Deterministic noise that does not start with the SQLite header.
    path.write_bytes(hashlib.sha512(b"jumelage").digest() * 256)
    before = digest(path)
    with pytest.raises((errors.NotADatabase, errors.DatabaseDamaged)):
        open_database(path)
    assert digest(path) == before
    assert siblings(path) == []


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Marsassoum, 2026\n" * 500, encoding="utf-8")
    with pytest.raises(errors.NotADatabase):
        open_database(path)


def test_a_damaged_database_is_refused_untouched(demo_path: Path) -> None:
    zero_page(demo_path)
    before = digest(demo_path)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        open_database(demo_path)
    assert "Page 9" in caught.value.detail
    assert digest(demo_path) == before
    assert siblings(demo_path) == []


def test_a_damaged_database_is_described_in_one_line(demo_path: Path) -> None:
    zero_page(demo_path)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        open_database(demo_path)
    assert "\n" not in str(caught.value)


def test_a_damaged_database_names_its_latest_good_backup(demo_path: Path) -> None:
    with open_database(demo_path, daily_backup=True) as database:
        [daily] = database.backups.list()
    zero_page(demo_path)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        open_database(demo_path)
    assert caught.value.latest_backup == daily.path


def test_a_foreign_sqlite_file_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Someone')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotAJumelageDatabase):
        open_database(path)
    assert digest(path) == before


def test_a_database_from_a_newer_jumelage_is_refused_and_untouched(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert siblings(demo_path) == []
    before = digest(demo_path)
    with pytest.raises(errors.DatabaseTooNew) as caught:
        open_database(demo_path, lock=True)
    assert caught.value.revision == "9999"
    assert "9999" in str(caught.value)
    assert digest(demo_path) == before
    assert siblings(demo_path) == []  # no backup, no lock file, no -wal


# --- one instance per database ------------------------------------------------------------


def test_a_second_open_with_the_lock_is_refused(db_path: Path) -> None:
    first = open_database(db_path, create=True, lock=True)
    try:
        with pytest.raises(errors.DatabaseLocked) as caught:
            open_database(db_path, lock=True)
        assert caught.value.holder == f"process {os.getpid()} on {socket.gethostname()}"
    finally:
        first.close()
    again = open_database(db_path, lock=True)
    again.close()


def test_a_lock_held_by_another_process_blocks_this_one(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    script = textwrap.dedent(
        f"""
        import sys
        from jumelage.persistence.database import open_database
        database = open_database({str(db_path)!r}, lock=True, daily_backup=False)
        print("locked", flush=True)
        sys.stdin.readline()
        database.close()
        print("released", flush=True)
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(errors.DatabaseLocked) as caught:
            open_database(db_path, lock=True)
        assert caught.value.holder == f"process {holder.pid} on {socket.gethostname()}"
        assert str(holder.pid) in str(caught.value)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        _, err = holder.communicate(timeout=60)
    assert holder.returncode == 0, err
    open_database(db_path, lock=True).close()


def test_a_crashed_holder_leaves_no_stale_lock(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    script = (
        "import os\n"
        "from jumelage.persistence.database import open_database\n"
        f"open_database({str(db_path)!r}, lock=True, daily_backup=False)\n"
        "os._exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert result.returncode == 3
    open_database(db_path, lock=True).close()
