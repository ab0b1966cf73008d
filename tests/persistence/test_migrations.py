"""Alembic migrations: in step with the models, the revision list, old files, failed upgrades."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from jumelage.domain import errors
from jumelage.domain.specs import ActionItemSpec
from jumelage.persistence import migrate
from jumelage.persistence.base import Base
from jumelage.persistence.database import open_database, probe
from jumelage.services import Services
from jumelage.services.exchange import ExportRequest, ExportService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "schema-0001.sqlite"
#: The tables of calendar items (``shared_once`` since 0003).
CALENDAR_TABLES = (
    "missions",
    "travel_legs",
    "agenda_items",
    "followup_series",
    "followups",
    "action_items",
)
#: The revision after the head: what the deliberately broken migration below calls itself.
NEXT_REVISION = f"{int(migrate.HEAD_REVISION) + 1:04d}"


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
    # meta holds the tzdata version, rewritten when a newer tzdata is installed; 0003 added
    # ``shared_once`` as the last column of the calendar tables.
    for table, rows in rows_before.items():
        if table in CALENDAR_TABLES:
            assert [r[:-1] for r in rows_after[table]] == rows, table
        elif table not in ("alembic_version", "meta"):
            assert rows_after[table] == rows, table
    # 0002 added two empty tables and touched nothing else.
    assert set(rows_after) - set(rows_before) == {"action_item_discussions", "exchange_rates"}
    assert rows_after["action_item_discussions"] == []
    assert rows_after["exchange_rates"] == []
    assert digest(FIXTURE) == committed  # the committed file was never opened


def test_a_first_schema_database_takes_the_new_tables_after_upgrading(tmp_path: Path) -> None:
    """Rates and discussions work on an upgraded file (its foreign keys and checks hold)."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    with open_database(path, daily_backup=False) as database:
        services = Services.over(database)
        assert [r.currency.value for r in services.rates.list()] == ["EUR", "XOF"]
        services.rates.set("MAD", Decimal("10.80"), dt.date(2026, 3, 20))
        zagora = next(x for x in services.missions.list() if x.title.endswith("Zagora"))
        assert zagora.budget_planned_eur == Decimal("2500.00")  # one EUR line in 0001's demo
        marsassoum = services.partnerships.find("Marsassoum")
        [action, *_] = services.actions.list(marsassoum.id, open_only=True)
        later = services.followups.list(marsassoum.id)[-1]
        services.actions.mark_discussed(action.id, later.id)
        assert later.id in [f.id for f in services.actions.discussions(action.id)]
        assert database.integrity_problems() == []
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):  # the check constraint of 0002
            conn.execute(
                "INSERT INTO exchange_rates VALUES ('XOF', '656', '2026-03-20', 1, "
                "'2026-03-20 00:00:00', '2026-03-20 00:00:00')"
            )
    finally:
        conn.close()


# --- 0003: calendar items remember that they were shared ------------------------------------------


def test_the_upgrade_to_0003_marks_what_is_shared_today(tmp_path: Path) -> None:
    """``shared_once`` starts as ``shared`` (legs and agenda items: their mission's), and an
    item unshared afterwards goes to the partner cancelled, not dropped."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema-0002.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE missions SET shared = 0 WHERE id = 2")
    conn.execute("UPDATE followups SET shared = 0 WHERE id = 3")
    conn.commit()
    conn.close()
    assert probe(path).revision == "0002"
    with open_database(path, daily_backup=False) as database:
        before_unshare = ExportService(database).preview(ExportRequest()).data
        action = next(a for a in Services.over(database).actions.list() if a.shared)
    conn = sqlite3.connect(path)
    try:
        for table in ("missions", "followup_series", "followups", "action_items"):
            pairs = conn.execute(f"SELECT shared, shared_once FROM {table}").fetchall()
            assert all(shared == once for shared, once in pairs), table
            assert {shared for shared, _ in pairs} <= {0, 1}
        for table in ("travel_legs", "agenda_items"):
            pairs = conn.execute(
                f"SELECT m.shared, x.shared_once, m.id FROM {table} x "
                "JOIN missions m ON m.id = x.mission_id"
            ).fetchall()
            assert all(shared == once for shared, once, _ in pairs), table
            assert {once for _, once, key in pairs if key == 2} == {0}  # the test can fail
        assert conn.execute("SELECT count(*) FROM missions WHERE shared_once = 0").fetchone() == (
            1,
        )
    finally:
        conn.close()
    # Unsharing an upgraded item: it stays in the partner's file, cancelled.
    with open_database(path, daily_backup=False) as database:
        services = Services.over(database)
        spec = ActionItemSpec(
            action.partnership_id, action.description, due_date=action.due_date, shared=False
        )
        services.actions.update(action.id, action.version, spec)
        after = ExportService(database).preview(ExportRequest()).data
    assert action.uid in before_unshare.decode()
    text = after.decode().replace("\r\n ", "")
    block = text[text.index(f"UID:{action.uid}") :].split("END:VEVENT", 1)[0]
    assert "STATUS:CANCELLED" in block


# --- a database of the current schema ----------------------------------------------------------


def test_the_fixture_of_the_head_schema_opens_without_migrating(tmp_path: Path) -> None:
    """``make_fixtures.py`` keeps a demo database of the head schema; it must open as is."""
    fixture = FIXTURES / f"schema-{migrate.HEAD_REVISION}.sqlite"
    assert fixture.stat().st_size < 300 * 1024
    path = tmp_path / "head.sqlite"
    shutil.copyfile(fixture, path)
    assert probe(path).revision == migrate.HEAD_REVISION
    with open_database(path, daily_backup=False) as database:
        assert not (path.parent / "head.sqlite.backups").exists()  # no upgrade, no backup
        services = Services.over(database)
        assert [(r.currency.value, r.per_eur) for r in services.rates.list()] == [
            ("EUR", Decimal(1)),
            ("XOF", Decimal("655.957")),
            ("MAD", Decimal("10.80")),
            ("GBP", Decimal("0.85")),
            ("ILS", Decimal("4.05")),
        ]
        assert all(x.budget_planned_eur is not None for x in services.missions.list())


# --- a migration that fails half-way ---------------------------------------------------------

BROKEN = textwrap.dedent(
    '''
    """A migration that fails after doing some of its work."""

    import sqlalchemy as sa
    from alembic import op

    revision = "{next}"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade():
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        with op.batch_alter_table("towns") as batch:
            batch.add_column(sa.Column("x", sa.Integer()))
        raise RuntimeError("{next} broke half-way")


    def downgrade():
        pass
    '''
).format(next=NEXT_REVISION, head=migrate.HEAD_REVISION)


@pytest.fixture
def broken_scripts(tmp_path: Path) -> Path:
    source = Path(migrate.SCRIPT_LOCATION)
    target = tmp_path / "migrations"
    (target / "versions").mkdir(parents=True)
    shutil.copyfile(source / "env.py", target / "env.py")
    shutil.copyfile(source / "script.py.mako", target / "script.py.mako")
    for version in (source / "versions").glob("*.py"):
        shutil.copyfile(version, target / "versions" / version.name)
    (target / "versions" / f"{NEXT_REVISION}_broken.py").write_text(BROKEN, encoding="utf-8")
    assert migrate.known_revisions(str(target)) == (*migrate.KNOWN_REVISIONS, NEXT_REVISION)
    return target


def test_a_failed_migration_restores_the_original(demo_path: Path, broken_scripts: Path) -> None:
    rows_before = table_rows(demo_path)
    assert "x" not in columns(demo_path, "towns")

    with pytest.raises(errors.MigrationFailed) as caught:
        open_database(demo_path, script_location=str(broken_scripts), daily_backup=False)
    failure = caught.value
    assert f"{NEXT_REVISION} broke half-way" in failure.detail
    assert failure.path == demo_path

    backups = sorted((demo_path.parent / "demo.sqlite.backups").glob("*.sqlite"))
    suffix = f"-before-upgrade-from-{migrate.HEAD_REVISION}.sqlite"
    assert [b.name.endswith(suffix) for b in backups] == [True]
    assert failure.backup == backups[0]

    # The file is the one from before, as if nothing had happened.
    assert probe(demo_path).revision == migrate.HEAD_REVISION
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
    """After a successful upgrade past our head elsewhere, this Jumelage refuses the file."""
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (NEXT_REVISION,))
    conn.commit()
    conn.close()
    with pytest.raises(errors.DatabaseTooNew):
        open_database(demo_path)
    assert probe(demo_path, str(broken_scripts)).revision == NEXT_REVISION


# --- an upgrade that leaves rows pointing nowhere -----------------------------------------------

ORPHANING = textwrap.dedent(
    '''
    """A migration that runs to the end but deletes rows others point to."""

    from alembic import op

    revision = "{next}"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade():
        op.execute(
            "DELETE FROM partnerships WHERE id = "
            "(SELECT partnership_id FROM missions ORDER BY id LIMIT 1)"
        )


    def downgrade():
        pass
    '''
).format(next=NEXT_REVISION, head=migrate.HEAD_REVISION)


@pytest.fixture
def orphaning_scripts(broken_scripts: Path) -> Path:
    (broken_scripts / "versions" / f"{NEXT_REVISION}_broken.py").write_text(
        ORPHANING, encoding="utf-8"
    )
    return broken_scripts


def test_an_upgrade_that_orphans_rows_is_undone(demo_path: Path, orphaning_scripts: Path) -> None:
    rows_before = table_rows(demo_path)
    with pytest.raises(errors.MigrationFailed) as caught:
        open_database(demo_path, script_location=str(orphaning_scripts), daily_backup=False)
    assert "pointing to missing rows of partnerships" in caught.value.detail
    assert caught.value.backup is not None
    assert probe(demo_path).revision == migrate.HEAD_REVISION
    assert table_rows(demo_path) == rows_before
    with open_database(demo_path, daily_backup=False) as database:
        assert database.integrity_problems() == []


def test_rows_already_dangling_before_an_upgrade_do_not_stop_it(tmp_path: Path) -> None:
    """Not the upgrade's doing: the file opens (``jumelage check`` reports the row)."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE missions SET partnership_id = 999 WHERE id = 1")
    conn.commit()
    conn.close()
    with open_database(path, daily_backup=False) as database:
        assert [p.split(" of ", 1)[1] for p in database.integrity_problems()] == [
            "missions points to a missing row of partnerships"
        ]
    assert probe(path).revision == migrate.HEAD_REVISION
