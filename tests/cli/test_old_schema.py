"""The reading commands on a database of an older schema: nothing upgrades it behind the app's
back. ``list`` (and ``export``, ``slots``) refuse it in one line, ``check`` checks it as it is,
``backup`` copies it as it is; the file's bytes do not change."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jumelage.persistence.migrate import HEAD_REVISION
from tests.cli.conftest import digest
from tests.cli.helpers import Call, run, run_all, run_python, sqlite_execute

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD = "0001"


def schema_of(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """The revision and every object's SQL, read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        objects = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return revision, objects


def rows_of(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        conn.close()


def test_reading_commands_leave_an_older_schema_as_it_is(tmp_path: Path) -> None:
    assert HEAD_REVISION != OLD
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{OLD}.sqlite", path)
    before = digest(path)
    copy = tmp_path / "copy.sqlite"

    listed, listed_json, exported, checked, checked_json, backed_up = run_all(
        ["list", "towns", "--db", path],
        ["list", "missions", "--db", path, "--json"],
        ["export", "--db", path, "--partnership", "Marsassoum", "--out", tmp_path / "x.ics"],
        ["check", "--db", path],
        ["check", "--db", path, "--json"],
        ["backup", "--db", path, "--out", copy, "--json"],
    )

    for refused in (listed, listed_json, exported):
        line = refused.assert_one_line_error()
        assert "older schema (0001)" in line, line
        assert "open it in the Jumelage app to upgrade it" in line
        assert refused.out == ""
    assert not (tmp_path / "x.ics").exists()

    assert checked.rc == 0, checked
    assert checked.out.startswith(f"ok: {path} (schema 0001, older: open it in the Jumelage app")
    assert checked_json.rc == 0, checked_json
    report = checked_json.json
    assert report["ok"] is True
    assert report["schema"] == OLD
    assert report["upgrade_needed"] is True
    assert report["problems"] == []
    assert report["counts"] is None

    assert backed_up.rc == 0, backed_up
    assert backed_up.json == {"path": str(path), "backup": str(copy)}

    # Not a byte changed, nothing appeared beside it (no upgrade backup, no -wal, no lock).
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "old.sqlite"]
    # The copy is the same database: same revision, same schema, same rows.
    assert schema_of(copy) == schema_of(path)
    assert schema_of(copy)[0] == OLD
    assert rows_of(copy, "missions") == rows_of(path, "missions")
    assert digest(path) == before


def test_check_reads_integrity_problems_of_an_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{OLD}.sqlite", path)
    sqlite_execute(
        path,
        "PRAGMA foreign_keys = OFF",
        "UPDATE missions SET partnership_id = 999 WHERE id = (SELECT min(id) FROM missions)",
    )
    before = digest(path)
    result = run("check", "--db", path, "--json")
    line = result.assert_one_line_error()
    assert "1 integrity problem" in line
    report = result.json
    assert report["schema"] == OLD
    assert report["upgrade_needed"] is True
    assert len(report["problems"]) == 1
    assert "of missions points to a missing row of partnerships" in report["problems"][0]
    assert digest(path) == before


def test_backup_copies_any_revision_and_refuses_what_is_not_a_database(
    demo_path: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(demo_path, newer)
    sqlite_execute(newer, "UPDATE alembic_version SET version_num = '9999'")
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"not a database " * 500)
    foreign = tmp_path / "foreign.sqlite"
    sqlite_execute(foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    out = tmp_path / "out"
    out.mkdir()
    digests = {p: digest(p) for p in (newer, noise, foreign, empty)}

    copied, *refused = run_all(
        ["backup", "--db", newer, "--out", out / "newer.sqlite"],
        ["backup", "--db", noise, "--out", out / "noise.sqlite"],
        ["backup", "--db", foreign, "--out", out / "foreign.sqlite"],
        ["backup", "--db", empty, "--out", out / "empty.sqlite"],
    )
    assert copied.rc == 0, copied
    assert schema_of(out / "newer.sqlite") == schema_of(newer)
    assert schema_of(newer)[0] == "9999"
    noise_line, foreign_line, empty_line = (r.assert_one_line_error() for r in refused)
    assert "is not a Jumelage database" in noise_line
    assert "not a Jumelage database" in foreign_line
    assert "it is empty" in empty_line
    assert sorted(p.name for p in out.iterdir()) == ["newer.sqlite"]
    for path, before in digests.items():
        assert digest(path) == before, path


def test_backup_does_not_load_the_database_stack(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    code = (
        "import sys, jumelage.__main__ as m\n"
        f"rc = m.main(['backup', '--db', {str(demo_path)!r}, '--out', {str(target)!r}])\n"
        "assert rc == 0, rc\n"
        "heavy = [n for n in ('sqlalchemy', 'alembic') if n in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = run_python(code)
    assert done.rc == 0, done.err
    assert schema_of(target) == schema_of(demo_path)


def test_demo_with_db_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "x.sqlite"
    both, reversed_order = run_all(
        Call(["--demo", "--db", target]), Call(["--db", target, "--demo"])
    )
    for result in (both, reversed_order):
        line = result.assert_one_line_error()
        assert "--demo" in line
        assert "--db" in line
        assert "jumelage demo --db PATH" in line
    assert not target.exists()
