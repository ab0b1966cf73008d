"""A damaged database file (random bytes, truncated, a page zeroed) is detected at start, the
latest good backup is offered, and the damaged file is kept aside, never overwritten.

``tests/persistence/test_opening.py`` covers a file of noise and one zeroed page;
``tests/ui/test_main_window.py`` the restore offer for a zeroed header. Here: every page of
the demo database zeroed and scrambled in turn, truncations at many lengths, and the app's
offer for each kind of damage, accepted and refused.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jumelage.domain import errors
from jumelage.persistence.backup import BackupStore
from jumelage.persistence.database import open_database
from tests.reliability.conftest import digest
from tests.ui.conftest import Launcher

PAGE = 4096

Damage = Callable[[Path], None]


def zero_page(page: int) -> Damage:
    def damage(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.seek((page - 1) * PAGE)
            handle.write(b"\0" * PAGE)

    return damage


def scramble_page(page: int) -> Damage:
    def damage(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.seek((page - 1) * PAGE)
            handle.write(random.Random(page).randbytes(PAGE))

    return damage


def truncate(fraction: float) -> Damage:
    def damage(path: Path) -> None:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.truncate(int(size * fraction))

    return damage


def others(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def test_every_page_zeroed_or_scrambled_and_truncations_are_detected(
    demo_path: Path, tmp_path: Path
) -> None:
    backup = BackupStore(demo_path).create("daily")
    pages = demo_path.stat().st_size // PAGE
    assert pages > 40
    damages: list[tuple[str, Damage]] = []
    for page in range(1, pages + 1):
        damages += [(f"page {page} zeroed", zero_page(page))]
        damages += [(f"page {page} scrambled", scramble_page(page))]
    for fraction in (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99):
        damages.append((f"truncated to {fraction:.0%}", truncate(fraction)))
    damages.append(("last page cut", lambda p: truncate((pages - 1) / pages)(p)))

    pristine = demo_path.read_bytes()
    before = others(demo_path)
    for what, damage in damages:
        demo_path.write_bytes(pristine)
        damage(demo_path)
        damaged = digest(demo_path)
        with pytest.raises((errors.DatabaseDamaged, errors.NotADatabase)) as caught:
            open_database(demo_path).close()
        assert digest(demo_path) == damaged, what  # refused before a byte was written
        assert others(demo_path) == before, what  # no -wal, no lock, no new backup
        assert "\n" not in str(caught.value)
        if isinstance(caught.value, errors.DatabaseDamaged):
            assert caught.value.latest_backup == backup, what
        else:  # the header itself is gone: the app still finds the backup (app/main.py)
            assert BackupStore(demo_path).latest_good() == backup, what
    print(f"{len(damages)} damaged files detected at start")


KINDS = {
    "random bytes": scramble_page(20),
    "truncated": truncate(0.5),
    "a page zeroed": zero_page(12),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_app_offers_the_latest_good_backup_and_keeps_the_damaged_file(
    qtbot: QtBot, start: Launcher, demo_path: Path, kind: str
) -> None:
    store = BackupStore(demo_path)
    good = store.create("daily")
    older_bad = store.create("start")  # newer, but itself damaged: not the one offered
    zero_page(5)(older_bad)
    good_bytes = good.read_bytes()
    KINDS[kind](demo_path)
    damaged = demo_path.read_bytes()

    state = start(demo_path)
    qtbot.waitUntil(lambda: state.window.findChild(QMessageBox, "offer_restore") is not None)
    box = state.window.findChild(QMessageBox, "offer_restore")
    assert "damaged" in box.text()
    assert good.name in box.text()
    assert demo_path.read_bytes() == damaged  # nothing written while the user decides
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        box.button(QMessageBox.StandardButton.Yes).click()

    assert len(state.window.overview.cards) == 4
    [aside] = demo_path.parent.glob("demo.sqlite.damaged-*")
    assert aside.read_bytes() == damaged  # kept aside, byte for byte
    assert good.read_bytes() == good_bytes  # the backup itself is not consumed


def test_refusing_the_backup_closes_and_leaves_the_damaged_file_alone(
    qtbot: QtBot, start: Launcher, demo_path: Path
) -> None:
    BackupStore(demo_path).create("daily")
    truncate(0.5)(demo_path)
    damaged = digest(demo_path)
    state = start(demo_path)
    qtbot.waitUntil(lambda: state.window.findChild(QMessageBox, "offer_restore") is not None)
    box = state.window.findChild(QMessageBox, "offer_restore")
    box.button(QMessageBox.StandardButton.No).click()
    assert state.exit_code == 2
    assert digest(demo_path) == damaged
    assert not list(demo_path.parent.glob("demo.sqlite.damaged-*"))
