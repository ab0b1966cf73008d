"""The database's generation: a token every committed write replaces, read at start-up with
the standard library alone, without creating anything beside the file."""

from __future__ import annotations

from pathlib import Path

from jumelage.domain.specs import ActionItemSpec
from jumelage.persistence import migrate
from jumelage.persistence.database import open_database
from jumelage.persistence.generation import read_stamp
from jumelage.services import Services


def companions(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")}


def test_a_database_gets_a_generation_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    open_database(path, create=True, daily_backup=False).close()
    stamp = read_stamp(path)
    assert stamp is not None
    assert stamp.revision == migrate.HEAD_REVISION
    assert stamp.generation
    # Opening again (no write) keeps it.
    open_database(path, daily_backup=False).close()
    assert read_stamp(path) == stamp


def test_writes_change_it_and_an_open_write_ahead_log_is_read(
    demo_path: Path, tmp_path: Path
) -> None:
    open_database(demo_path, daily_backup=False).close()
    before = read_stamp(demo_path)
    assert before is not None
    database = open_database(demo_path, daily_backup=False)
    try:
        services = Services.over(database)
        partnership = services.partnerships.list()[0]
        services.actions.create(ActionItemSpec(partnership.id, "Call the school"))
        # The write is in the write-ahead log, not yet in the file: still read.
        assert (demo_path.parent / (demo_path.name + "-wal")).stat().st_size > 0
        during = read_stamp(demo_path)
        assert during is not None
        assert during.generation not in (None, before.generation)
    finally:
        database.close()
    assert read_stamp(demo_path) == during


def test_files_it_cannot_read_give_nothing_and_stay_alone(tmp_path: Path) -> None:
    assert read_stamp(tmp_path / "missing.sqlite") is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all\n" * 100)
    assert read_stamp(text) is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert read_stamp(empty) is None
    assert companions(text) == set()
    assert companions(empty) == set()
    # A log without its index (a crash on another machine, copied alone): not read.
    alone = tmp_path / "alone.sqlite"
    open_database(alone, create=True, daily_backup=False).close()
    (tmp_path / "alone.sqlite-wal").write_bytes(b"\0" * 64)
    assert read_stamp(alone) is None
    assert companions(alone) == {"alone.sqlite-wal"}
