"""Backups (rolling, restore, permissions) and the recomputation of instants after a tzdata
change."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import zoneinfo
from pathlib import Path

import pytest

from jumelage.domain.specs import FollowUpSpec, PartnershipSpec, TownSpec
from jumelage.persistence.backup import BackupStore, quick_check, restore
from jumelage.persistence.database import TZDATA_KEY, open_database
from jumelage.services import Services

PAGE = 4096
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_create_list_and_prune_keep_the_newest_automatic_backups(demo_path: Path) -> None:
    store = BackupStore(demo_path, keep=3)
    manual = store.create("manual")
    daily = [store.create("daily") for _ in range(5)]
    listed = store.list()
    assert [b.path for b in listed] == [*reversed(daily[2:]), manual]
    assert [b.reason for b in listed] == ["daily", "daily", "daily", "manual"]
    assert all(b.created.tzinfo is dt.UTC for b in listed)
    assert listed == sorted(listed, key=lambda b: b.created, reverse=True)
    for gone in daily[:2]:
        assert not gone.exists()
    assert store.folder == demo_path.with_name("demo.sqlite.backups")


def test_a_backup_is_a_whole_database_with_the_data(demo_path: Path) -> None:
    backup = BackupStore(demo_path).create("manual")
    assert quick_check(backup) is None
    assert count(backup, "missions") == count(demo_path, "missions") == 5
    assert not backup.with_name(backup.name + "-wal").exists()


def test_upgrade_backups_are_never_pruned(demo_path: Path) -> None:
    store = BackupStore(demo_path, keep=1)
    upgrade = store.create("before-upgrade-from-0001")
    store.create("daily")
    store.create("daily")
    reasons = [b.reason for b in store.list()]
    assert reasons.count("daily") == 1
    assert "before-upgrade-from-0001" in reasons
    assert upgrade.exists()


def test_latest_good_skips_a_damaged_backup(demo_path: Path) -> None:
    store = BackupStore(demo_path)
    good = store.create("daily")
    bad = store.create("daily")
    with open(bad, "r+b") as handle:
        handle.seek(8 * PAGE)
        handle.write(b"\0" * PAGE)
    assert quick_check(bad) is not None
    assert store.list()[0].path == bad
    assert store.latest_good() == good


def test_latest_good_is_none_without_backups(demo_path: Path) -> None:
    assert BackupStore(demo_path).latest_good() is None


def test_ensure_recent_takes_one_daily_backup(demo_path: Path) -> None:
    store = BackupStore(demo_path)
    first = store.ensure_recent()
    assert first is not None
    assert store.ensure_recent() is None
    assert [b.path for b in store.list()] == [first]


def test_restore_sets_the_damaged_file_aside_and_brings_the_data_back(demo_path: Path) -> None:
    store = BackupStore(demo_path)
    good = store.create("daily")
    with open(demo_path, "r+b") as handle:
        handle.seek(8 * PAGE)
        handle.write(b"\0" * PAGE)
    damaged = demo_path.read_bytes()
    assert quick_check(demo_path) is not None

    aside = restore(store.latest_good() or good, demo_path)

    assert aside is not None
    assert aside.name.startswith("demo.sqlite.damaged-")
    assert aside.read_bytes() == damaged  # never deleted, never changed
    assert quick_check(demo_path) is None
    with open_database(demo_path, daily_backup=False) as database:
        assert database.integrity_problems() == []
        services = Services.over(database)
        assert len(services.missions.list()) == 5
        assert services.partnerships.find("marsassoum").name == "Anderlecht – Marsassoum"


def test_backup_to_copies_the_live_database(demo: Services, tmp_path: Path) -> None:
    target = demo.db.backup_to(tmp_path / "out" / "copy.sqlite")
    assert quick_check(target) is None
    assert count(target, "followups") == 14


@posix_only
def test_new_databases_and_backups_are_private(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    try:
        assert mode(db_path) == 0o600
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            assert mode(wal) == 0o600
        backup = database.backups.create("manual")
        assert mode(backup) == 0o600
        assert mode(database.backups.folder) == 0o700
        copy = database.backup_to(db_path.with_name("copy.sqlite"))
        assert mode(copy) == 0o600
    finally:
        database.close()


# --- instants recomputed when the zone rules change -------------------------------------------


def _zagora_followup(path: Path) -> int:
    database = open_database(path, create=True, daily_backup=False)
    try:
        services = Services.over(database)
        home = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
        zagora = services.towns.create(TownSpec("Zagora", "MA", "Africa/Casablanca")).value.id
        partnership = services.partnerships.create(PartnershipSpec(home, zagora)).value.id
        start = dt.datetime(2026, 10, 1, 10, 0, tzinfo=zoneinfo.ZoneInfo("Africa/Casablanca"))
        return services.followups.create(FollowUpSpec(partnership, "Water", start)).value.id
    finally:
        database.close()


def _raw(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(sql, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def test_instants_are_recomputed_after_a_tzdata_change(db_path: Path) -> None:
    followup_id = _zagora_followup(db_path)
    assert _raw(db_path, "SELECT start_utc FROM followups WHERE id = ?", followup_id) == [
        ("2026-10-01 10:00:00.000000",)
    ]
    # As a laptop with tzdata 2025b would have stored it: Morocco still on UTC+1, 09:00Z.
    _raw(db_path, "UPDATE followups SET start_utc = '2026-10-01 09:00:00.000000'")
    _raw(db_path, "UPDATE meta SET value = '2025b' WHERE key = ?", TZDATA_KEY)

    open_database(db_path, daily_backup=False).close()

    assert _raw(db_path, "SELECT start_local, time_zone, start_utc FROM followups") == [
        ("2026-10-01 10:00:00.000000", "Africa/Casablanca", "2026-10-01 10:00:00.000000")
    ]
    import tzdata

    assert _raw(db_path, "SELECT value FROM meta WHERE key = ?", TZDATA_KEY) == [
        (tzdata.IANA_VERSION,)
    ]


def test_instants_are_left_alone_when_tzdata_did_not_change(db_path: Path) -> None:
    _zagora_followup(db_path)
    _raw(db_path, "UPDATE followups SET start_utc = '2026-10-01 09:00:00.000000'")
    open_database(db_path, daily_backup=False).close()
    assert _raw(db_path, "SELECT start_utc FROM followups") == [("2026-10-01 09:00:00.000000",)]
