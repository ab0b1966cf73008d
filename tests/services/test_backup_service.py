"""``BackupService``: "Back Up Now" copies the open database, through the service layer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jumelage.domain.errors import BackupFailed
from jumelage.domain.specs import TownSpec
from jumelage.services import Services


def test_back_up_to_copies_the_open_database_with_its_latest_save(
    services: Services, tmp_path: Path
) -> None:
    services.towns.create(TownSpec("Marsassoum", "SN", "Africa/Dakar"))
    target = tmp_path / "copies" / "jumelage-2026-03-20.sqlite"
    written = services.backups.back_up_to(target)
    assert written == target
    conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT name FROM towns").fetchall() == [("Marsassoum",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    assert not Path(f"{target}-wal").exists()


def test_back_up_onto_a_folder_is_a_typed_error(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(BackupFailed):
        services.backups.back_up_to(folder)
    assert folder.is_dir()
