"""Upgrades from every schema revision that has existed, and the files Jumelage creates
being private (POSIX 0600, folders 0700).

Pointers (not repeated here): a database from a newer Jumelage is refused untouched in
``tests/persistence/test_opening.py::test_a_database_from_a_newer_jumelage_is_refused_and_untouched``
and in ``tests/cli/test_database_commands.py::test_every_bad_file_gets_one_line_and_exit_2``; a
migration failing half-way is rolled back from its backup in
``tests/persistence/test_migrations.py``.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from jumelage.app.backend import open_backend, restore_latest
from jumelage.persistence import migrate
from jumelage.persistence.backup import BackupStore
from jumelage.persistence.database import probe
from tests.conftest import fixed_clock
from tests.reliability.conftest import posix_only, table_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_there_is_a_fixture_for_every_revision() -> None:
    assert [
        r for r in migrate.KNOWN_REVISIONS if not (FIXTURES / f"schema-{r}.sqlite").exists()
    ] == []


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS)
def test_every_revision_opens_in_the_app_and_upgrades_with_a_backup(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", path)
    rows = table_rows(path)

    backend = open_backend(path, clock=fixed_clock)  # exactly as the app opens it
    try:
        services = backend.services
        assert services.db.integrity_problems() == []
        assert len(services.partnerships.list()) == 4
        assert len(services.missions.list()) == 5
    finally:
        backend.services.db.close()

    assert probe(path).revision == migrate.HEAD_REVISION
    upgrades = [b for b in BackupStore(path).list() if b.reason.startswith("before-upgrade")]
    if revision == migrate.HEAD_REVISION:
        assert upgrades == []
        return
    [backup] = upgrades
    assert backup.reason == f"before-upgrade-from-{revision}"
    assert probe(backup.path).revision == revision
    assert table_rows(backup.path) == rows  # the file as it was, whole


@posix_only
def test_every_file_holding_data_is_private(tmp_path: Path, demo_path: Path) -> None:
    # A new database, opened as the app opens it: the file, its -wal and -shm, the lock.
    new = tmp_path / "new" / "jumelage.sqlite"
    backend = open_backend(new, clock=fixed_clock)
    try:
        beside = sorted(p for p in new.parent.iterdir() if p.is_file())
        assert {p.name for p in beside} >= {"jumelage.sqlite", "jumelage.sqlite-wal"}
        assert {p.name: mode(p) for p in beside} == {p.name: 0o600 for p in beside}
    finally:
        backend.services.db.close()

    # An upgrade: the backup taken before it, and the upgraded file.
    old = tmp_path / "old" / "old.sqlite"
    old.parent.mkdir()
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", old)
    old.chmod(0o600)
    open_backend(old, clock=fixed_clock).services.db.close()
    store = BackupStore(old)
    assert mode(store.folder) == 0o700
    assert {b.reason: mode(b.path) for b in store.list()} == {
        "before-upgrade-from-0001": 0o600,
        "daily": 0o600,
    }
    assert mode(old) == 0o600

    # A restore after damage: the restored file is private too.
    with open(old, "r+b") as handle:
        handle.write(b"\0" * 4096)
    restore_latest(old)
    assert mode(old) == 0o600


@posix_only
def test_the_log_is_readable_by_the_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from jumelage.app import logs

    monkeypatch.setenv("JUMELAGE_HOME", str(tmp_path / "home"))
    older = tmp_path / "home" / "logs" / "jumelage.log"
    older.parent.mkdir(parents=True)
    older.write_text("an older log\n", encoding="utf-8")
    older.chmod(0o644)  # written by an earlier version
    root = logging.getLogger()
    before = list(root.handlers)
    earlier = [h for h in before if getattr(h, "_jumelage", False)]  # an app started earlier
    for handler in earlier:
        root.removeHandler(handler)
    try:
        target = logs.setup_logging()
        assert target == older
        logging.getLogger("jumelage.test").warning("Aminata Diatta saved a mission")
        assert mode(target) == 0o600
        assert "an older log" in target.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in earlier:
            root.addHandler(handler)
