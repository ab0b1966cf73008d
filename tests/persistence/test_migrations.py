"""Alembic migrations: in step with the models, the revision list, old files, failed upgrades."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from jumelage.domain import errors
from jumelage.persistence import migrate
from jumelage.persistence.base import Base
from jumelage.persistence.database import open_database, probe
from jumelage.services import Services

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


# --- the scripts and the models agree ----------------------------------------------------------


def test_autogenerate_finds_no_difference_between_models_and_migrations(db_path: Path) -> None:
    open_database(db_path, create=True, daily_backup=False).close()
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_known_revisions_match_the_script_directory() -> None:
    assert migrate.known_revisions(migrate.SCRIPT_LOCATION) == migrate.KNOWN_REVISIONS
    assert migrate.KNOWN_REVISIONS[0] == "0001"
    head = migrate.HEAD_REVISION
    assert head == migrate.KNOWN_REVISIONS[-1]
    script = ScriptDirectory(migrate.SCRIPT_LOCATION)
    assert script.get_heads() == [head]


# --- a database of the first schema ----------------------------------------------------------


def test_the_fixture_is_a_small_first_schema_database() -> None:
    assert FIXTURE.stat().st_size < 300 * 1024
    conn = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert not FIXTURE.with_name(FIXTURE.name + "-wal").exists()


def test_a_first_schema_database_opens_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    committed = digest(FIXTURE)
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    rows_before = table_rows(path)
    assert probe(path).revision == "0001"

    database = open_database(path, daily_backup=False)
    try:
        assert database.integrity_problems() == []
        services = Services.over(database)
        assert [p.name for p in services.partnerships.list()] == [
            "Anderlecht – Hammersmith & Fulham",
            "Anderlecht – Marsassoum",
            "Anderlecht – Village near Nablus",
            "Anderlecht – Zagora",
        ]
        assert len(services.towns.list()) == 5
        assert len(services.missions.list()) == 5
        assert len(services.followups.list()) == 14
        marsassoum = services.partnerships.find("Marsassoum")
        budget = services.missions.partnership_budget(marsassoum.id)
        assert [(str(b.planned), str(b.actual), b.currency.value) for b in budget] == [
            ("3000000.00", "1750000.00", "XOF")
        ]
    finally:
        database.close()

    assert probe(path).revision == migrate.HEAD_REVISION
    rows_after = table_rows(path)
    # meta holds the tzdata version, rewritten when a newer tzdata is installed.
    for table, rows in rows_before.items():
        if table not in ("alembic_version", "meta"):
            assert rows_after[table] == rows, table
    assert digest(FIXTURE) == committed  # the committed file was never opened


# --- a migration that fails half-way ---------------------------------------------------------

BROKEN = textwrap.dedent(
    '''
    """A migration that fails after doing some of its work."""

    import sqlalchemy as sa
    from alembic import op

    revision = "0002"
    down_revision = "0001"
    branch_labels = None
    depends_on = None


    def upgrade():
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        with op.batch_alter_table("towns") as batch:
            batch.add_column(sa.Column("x", sa.Integer()))
        raise RuntimeError("0002 broke half-way")


    def downgrade():
        pass
    '''
)


@pytest.fixture
def broken_scripts(tmp_path: Path) -> Path:
    source = Path(migrate.SCRIPT_LOCATION)
    target = tmp_path / "migrations"
    (target / "versions").mkdir(parents=True)
    shutil.copyfile(source / "env.py", target / "env.py")
    shutil.copyfile(source / "script.py.mako", target / "script.py.mako")
    for version in (source / "versions").glob("0001_*.py"):
        shutil.copyfile(version, target / "versions" / version.name)
    (target / "versions" / "0002_broken.py").write_text(BROKEN, encoding="utf-8")
    assert migrate.known_revisions(str(target)) == ("0001", "0002")
    return target


def test_a_failed_migration_restores_the_original(demo_path: Path, broken_scripts: Path) -> None:
    rows_before = table_rows(demo_path)
    assert "x" not in columns(demo_path, "towns")

    with pytest.raises(errors.MigrationFailed) as caught:
        open_database(demo_path, script_location=str(broken_scripts), daily_backup=False)
    failure = caught.value
    assert "0002 broke half-way" in failure.detail
    assert failure.path == demo_path

    backups = sorted((demo_path.parent / "demo.sqlite.backups").glob("*.sqlite"))
    assert [b.name.endswith("-before-upgrade-from-0001.sqlite") for b in backups] == [True]
    assert failure.backup == backups[0]

    # The file is the one from before, as if nothing had happened.
    assert probe(demo_path).revision == "0001"
    assert "x" not in columns(demo_path, "towns")
    assert "half_done" not in table_rows(demo_path)
    assert table_rows(demo_path) == rows_before

    with open_database(demo_path, daily_backup=False) as database:
        assert database.integrity_problems() == []
        assert len(Services.over(database).towns.list()) == 5


def test_a_failed_migration_keeps_the_half_upgraded_file_aside(
    demo_path: Path, broken_scripts: Path
) -> None:
    with pytest.raises(errors.MigrationFailed):
        open_database(demo_path, script_location=str(broken_scripts), daily_backup=False)
    aside = [p for p in demo_path.parent.iterdir() if p.name.startswith("demo.sqlite.damaged-")]
    assert len(aside) == 1
    assert "x" in columns(aside[0], "towns")


def test_the_default_scripts_do_not_know_a_future_revision(
    demo_path: Path, broken_scripts: Path
) -> None:
    """After a successful 0002 elsewhere, this version of Jumelage refuses the file."""
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '0002'")
    conn.commit()
    conn.close()
    with pytest.raises(errors.DatabaseTooNew):
        open_database(demo_path)
    assert probe(demo_path, str(broken_scripts)).revision == "0002"
