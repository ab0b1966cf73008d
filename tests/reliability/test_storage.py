"""A full disk, a read-only database file, a read-only folder, a database whose folder
disappears: a clear message, nothing lost, and the app keeps running where it can.

How each fault is made (no root needed, none mounts a file system):

- Full disk: ``PRAGMA max_page_count`` set to the file's current size on every connection of
  the open database, so SQLite itself answers SQLITE_FULL the moment a save needs a new page
  (the very error a full disk gives). For files written by Python (exports, backups) the
  write or the fsync raises ``OSError(ENOSPC)``.
- Read-only: ``chmod`` (0400 for the file, 0500 for the folder). Root ignores permissions, so
  as root the file or folder is made immutable (``chattr +i``, which stops root too); where
  that is impossible the test is skipped and says why. Both make the operating system refuse
  the write, so the real opening path (``open_database``) meets a real refusal.
- Vanishing path: the database's folder renamed (or deleted) while the app has it open.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from jumelage.app.main import Launch
from jumelage.domain import errors
from jumelage.domain.specs import MissionSpec
from jumelage.ics import errors as ics_errors
from jumelage.ics import writer
from jumelage.ics.profiles import ExportRequest
from jumelage.persistence import backup as backup_module
from jumelage.persistence.backup import BackupStore
from jumelage.persistence.database import Database, open_database
from jumelage.services import Services
from jumelage.ui.editors.mission import MissionEditor
from tests.conftest import fixed_clock
from tests.reliability.conftest import digest, posix_only, table_rows
from tests.ui.conftest import Launcher

LONG = "n" * 90_000  # internal notes that need about 25 new pages


# --- helpers ------------------------------------------------------------------------------


@contextmanager
def disk_full(database: Database) -> Iterator[None]:
    """Every connection of ``database`` may not grow the file by a single page."""

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()
    try:
        yield
    finally:
        event.remove(database.engine, "connect", limit)
        database.engine.dispose()


def zagora(services: Services) -> tuple[int, int, MissionSpec]:
    row = next(x for x in services.missions.list() if x.title.endswith("to Zagora"))
    spec = MissionSpec(
        row.partnership_id, row.title, row.destination_town_id, row.start_date, row.end_date,
        row.direction, row.status, row.objectives, row.internal_notes, row.outcomes, row.sdgs,
        row.shared,
    )  # fmt: skip
    return row.id, row.version, spec


def with_notes(spec: MissionSpec) -> MissionSpec:
    return replace(spec, internal_notes=LONG)


def message_boxes(state: Launch) -> list[str]:
    return [b.text() for b in state.window.findChildren(QMessageBox) if b.isVisible()]


def shown_errors(state: Launch, editor: QWidget) -> list[str]:
    """The message boxes of the window and the error line of ``editor``."""
    inline = [
        label.text().removeprefix("⚠ ")
        for label in editor.findChildren(QLabel)
        if label.text().startswith("⚠") and not label.isHidden()
    ]
    return message_boxes(state) + inline


def close_boxes(state: Launch) -> None:
    for box in state.window.findChildren(QMessageBox):
        box.close()
        box.deleteLater()


@contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make ``path`` (a file or a folder) unwritable for this process; yields how."""
    if os.geteuid() != 0:
        before = stat.S_IMODE(path.stat().st_mode)
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield "chmod"
        finally:
            path.chmod(before)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root, which ignores permissions, and chattr is not there")
    made = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"running as root, and chattr +i is refused here: {made.stderr.strip()}")
    try:
        yield "chattr +i"
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def in_wal_mode(path: Path) -> Path:
    """As the app leaves a database: in WAL mode (the header says so), nothing beside it."""
    open_database(path, daily_backup=False).close()
    return path


def others(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


# --- a full disk ----------------------------------------------------------------------------


def test_a_save_on_a_full_disk_says_so_and_changes_nothing(demo: Services) -> None:
    mission_id, version, spec = zagora(demo)
    before = table_rows(demo.db.path)
    with disk_full(demo.db):
        with pytest.raises(errors.StorageFull) as caught:
            demo.missions.update(mission_id, version, with_notes(spec))
        assert str(caught.value) == (f"The disk holding {demo.db.path} is full; nothing was saved.")
        assert table_rows(demo.db.path) == before
        # Reading still works.
        assert demo.missions.get(mission_id).mission.version == version
    # Space again: the same save goes through.
    demo.missions.update(mission_id, version, with_notes(spec))
    assert demo.missions.get(mission_id).mission.internal_notes == LONG
    assert demo.db.integrity_problems() == []


def test_an_import_on_a_full_disk_changes_nothing(demo: Services) -> None:
    from tests.reliability.crash_worker import calendar

    partnership = demo.partnerships.find("Marsassoum").id
    data = calendar(1).replace(b"SUMMARY:", b"DESCRIPTION:" + b"d" * 3000 + b"\r\nSUMMARY:")
    before = table_rows(demo.db.path)
    with disk_full(demo.db), pytest.raises(errors.StorageFull):
        demo.imports.apply(data, "partner.ics", partnership)
    assert table_rows(demo.db.path) == before
    assert len(demo.imports.apply(data, "partner.ics", partnership).value.new) == 40


def test_an_export_on_a_full_disk_keeps_the_old_file(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "partner.ics"
    target.parent.mkdir()
    target.write_bytes(b"the old export")
    real_fdopen = os.fdopen

    class Full:
        """A file that takes the first 100 bytes, then finds the disk full."""

        def __init__(self, fd: int) -> None:
            self.handle = real_fdopen(fd, "wb")

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[:100])
            self.handle.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer.os, "fdopen", lambda fd, mode: Full(fd))
    with pytest.raises(ics_errors.ExportFailed) as caught:
        demo.exports.export(ExportRequest(), target)
    monkeypatch.undo()
    assert str(caught.value) == (
        f"{target} could not be written (No space left on device); nothing was changed."
    )
    assert target.read_bytes() == b"the old export"
    assert others(target) == []  # the partial temporary file is gone
    demo.exports.export(ExportRequest(), target)
    assert target.read_bytes().endswith(b"END:VCALENDAR\r\n")


def test_a_backup_on_a_full_disk_keeps_the_older_backups(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BackupStore(demo.db.path)
    first = store.create("daily")
    kept = digest(first)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module.os, "fsync", full)
    with pytest.raises(errors.StorageFull):
        store.create("daily")
    monkeypatch.undo()
    assert [b.path for b in store.list()] == [first]
    assert digest(first) == kept
    assert sorted(p.name for p in store.folder.iterdir()) == [first.name]  # no temporary file


def test_the_window_shows_the_full_disk_and_keeps_the_typed_text(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    mission_id, _, _ = zagora(services)
    editor = window.editors.open("mission", mission_id)
    assert isinstance(editor, MissionEditor)
    with disk_full(services.db):
        editor.overview.internal_notes.setPlainText(LONG)
        assert editor.save() is False
        [text] = shown_errors(app_on_demo, editor)
        assert text == f"The disk holding {services.db.path} is full; nothing was saved."
        close_boxes(app_on_demo)
        # The app keeps working: the pages reload, the text typed is still in the editor.
        with qtbot.waitSignal(window.refreshed, timeout=15_000):
            window.refresh(None)
        assert window.missions is not None
        assert window.missions.model.rowCount() == 5
        assert editor.overview.internal_notes.toPlainText() == LONG
        assert editor.isWindowModified()
    assert editor.save() is True
    assert services.missions.get(mission_id).mission.internal_notes == LONG
    assert shown_errors(app_on_demo, editor) == []


# --- read-only file and folder -------------------------------------------------------------


@posix_only
def test_a_read_only_database_file_is_refused_untouched(demo_path: Path) -> None:
    path = in_wal_mode(demo_path)
    before, beside = digest(path), others(path)
    with read_only(path) as how:
        with pytest.raises(errors.DatabaseReadOnly) as caught:
            open_database(path, lock=True)
        assert str(caught.value) == f"{path} is read-only; Jumelage cannot save there."
        assert others(path) == beside, how  # no -wal, -shm or lock left behind
    assert digest(path) == before


@posix_only
def test_a_database_in_a_read_only_folder_is_refused_untouched(demo_path: Path) -> None:
    path = in_wal_mode(demo_path)
    before, beside = digest(path), others(path)
    with read_only(path.parent) as how:
        with pytest.raises(errors.DatabaseReadOnly) as caught:
            open_database(path, lock=True)
        assert "is read-only" in str(caught.value), how
        assert others(path) == beside
    assert digest(path) == before


@posix_only
def test_the_app_on_a_read_only_database_says_so_and_offers_no_restore(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    path = in_wal_mode(demo_path)
    BackupStore(path).create("daily")
    before = digest(path)
    with read_only(path):
        state = start(path)
        qtbot.waitUntil(lambda: state.window.findChild(QMessageBox, "open_failed") is not None)
        box = state.window.findChild(QMessageBox, "open_failed")
        assert "is read-only; Jumelage cannot save there" in box.text()
        assert state.window.findChild(QMessageBox, "offer_restore") is None
        box.button(QMessageBox.StandardButton.Close).click()
    assert state.exit_code == 2
    assert digest(path) == before


@posix_only
def test_the_app_in_a_read_only_folder_says_so_and_touches_nothing(
    qtbot: QtBot, start: Launcher, on_a_stick: Path
) -> None:
    path = in_wal_mode(on_a_stick)
    BackupStore(path).create("daily")
    before, beside = digest(path), others(path)
    with read_only(path.parent) as how:
        state = start(path)
        qtbot.waitUntil(lambda: state.window.findChild(QMessageBox, "open_failed") is not None)
        box = state.window.findChild(QMessageBox, "open_failed")
        assert box.text() == f"{path} is read-only; Jumelage cannot save there.", how
        assert state.window.findChild(QMessageBox, "offer_restore") is None
        box.button(QMessageBox.StandardButton.Close).click()
        assert others(path) == beside  # no lock, -wal or -shm created
    assert state.exit_code == 2
    assert digest(path) == before


@posix_only
def test_the_window_keeps_working_when_its_folder_turns_read_only(
    qtbot: QtBot, start: Launcher, on_a_stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database's own files are already there, so saving goes on; what needs a new file
    in the folder (an export there) is refused with a message, and nothing is lost."""
    from PySide6.QtWidgets import QFileDialog

    from jumelage.ui.dialogs.exchange import ExportDialog

    state = start(on_a_stick)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    window = state.window
    services = window.services
    assert services is not None
    mission_id, _, _ = zagora(services)
    folder = on_a_stick.parent
    target = folder / "for-marsassoum.ics"
    beside = others(on_a_stick)
    with read_only(folder) as how:
        editor = window.editors.open("mission", mission_id)
        assert isinstance(editor, MissionEditor)
        editor.overview.title.setText("Zagora: water")
        assert editor.save() is True, how
        assert shown_errors(state, editor) == []

        context = window._editor_context()
        assert context is not None
        dialog = ExportDialog(context, window)
        qtbot.addWidget(dialog)
        dialog.show()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        dialog.save()
        [text] = message_boxes(state)
        assert text.startswith(f"{target} could not be written (")
        assert text.endswith("); nothing was changed.")
        assert dialog.isVisible()  # the user can pick another folder
        assert others(on_a_stick) == beside  # no export, no temporary file
        close_boxes(state)
        with qtbot.waitSignal(window.refreshed, timeout=15_000):  # the app is alive
            window.refresh(None)
        editor.close()
        # Quit while the folder is still read-only: SQLite cannot tidy its files away.
        window.close()
        state.runner.wait()
        assert state.backend is not None
        state.backend.services.db.close()
    with open_database(on_a_stick, daily_backup=False) as disk:  # nothing was lost
        assert Services.over(disk).missions.get(mission_id).mission.title == "Zagora: water"
        assert disk.integrity_problems() == []
        Services.over(disk).exports.export(ExportRequest(), target)  # and now there is room
    assert target.read_bytes().endswith(b"END:VCALENDAR\r\n")


# --- the folder disappears while the app runs -------------------------------------------------


@pytest.fixture
def on_a_stick(demo_path: Path) -> Path:
    """The demo database in a folder of its own (a USB stick, a synced folder)."""
    folder = demo_path.parent / "stick"
    folder.mkdir()
    shutil.move(demo_path, folder / demo_path.name)
    return folder / demo_path.name


def test_a_save_after_the_folder_was_deleted_is_refused_not_lost(on_a_stick: Path) -> None:
    database = open_database(on_a_stick, daily_backup=False)
    services = Services.over(database, fixed_clock)
    try:
        mission_id, version, spec = zagora(services)
        kept = on_a_stick.parent.with_name("kept")
        shutil.copytree(on_a_stick.parent, kept)
        shutil.rmtree(on_a_stick.parent)
        with pytest.raises(errors.StorageUnavailable) as caught:
            services.missions.update(mission_id, version, with_notes(spec))
        assert str(caught.value) == (
            f"{on_a_stick} cannot be reached (the file was moved, replaced or deleted)."
        )
        # A copy put back in its place is another file: still refused, never half-written.
        shutil.copytree(kept, on_a_stick.parent)
        with pytest.raises(errors.StorageUnavailable):
            services.missions.update(mission_id, version, with_notes(spec))
    finally:
        database.close()
    with open_database(on_a_stick, daily_backup=False) as again:  # a new start works
        assert again.integrity_problems() == []


def test_the_window_survives_its_folder_disappearing_and_saves_once_it_is_back(
    qtbot: QtBot, start: Launcher, on_a_stick: Path
) -> None:
    state = start(on_a_stick)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    window = state.window
    services = window.services
    assert services is not None
    mission_id, _, _ = zagora(services)
    editor = window.editors.open("mission", mission_id)
    assert isinstance(editor, MissionEditor)

    away = on_a_stick.parent.with_name("stick-pulled-out")
    on_a_stick.parent.rename(away)
    editor.overview.title.setText("Zagora: water")
    assert editor.save() is False
    [text] = shown_errors(state, editor)
    assert text == f"{on_a_stick} cannot be reached (the file was moved, replaced or deleted)."
    close_boxes(state)
    assert editor.isWindowModified()  # the change waits in the editor
    with qtbot.waitSignal(window.refreshed, timeout=15_000):  # the app is alive
        window.refresh(None)

    away.rename(on_a_stick.parent)
    assert editor.save() is True
    assert shown_errors(state, editor) == []
    with open_database(on_a_stick, daily_backup=False) as disk:
        assert Services.over(disk).missions.get(mission_id).mission.title == "Zagora: water"
        assert disk.integrity_problems() == []
