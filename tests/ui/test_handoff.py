"""Opening an .ics file with Jumelage while it already runs on that database: the second
process hands the file to the first one (jumelage.app.handoff) and exits 0; the running
window previews the import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from jumelage.app.handoff import HandOff, send_paths, server_name
from jumelage.app.main import Launch
from jumelage.ui.dialogs.exchange import ImportDialog
from tests.ui.test_exchange_dialogs import PARTNER_FILE

SEND = (
    "import sys; from pathlib import Path; from jumelage.app.handoff import send_paths; "
    "print(send_paths(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]))"
)


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # Should the hand-off fail, the second app quits (code 2: the database is locked)
        # instead of waiting for a user.
        "JUMELAGE_QUIT_AFTER_LOAD": "1",
        "JUMELAGE_HOME": str(home / "jumelage"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }


def test_the_name_follows_the_database_file(tmp_path: Path) -> None:
    real = tmp_path / "a.sqlite"
    real.touch()
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    assert server_name(real) == server_name(link)
    assert server_name(real) != server_name(tmp_path / "b.sqlite")
    assert server_name(real).startswith("jumelage-")


def test_without_a_running_instance_nothing_is_handed_over(tmp_path: Path) -> None:
    assert send_paths(tmp_path / "nobody.sqlite", [tmp_path / "x.ics"], timeout_ms=300) is False


def test_another_process_hands_its_files_over(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    handoff = HandOff()
    assert handoff.listen(database)
    received: list[list[Path]] = []
    handoff.received.connect(received.append)
    try:
        sender = subprocess.Popen(
            [sys.executable, "-c", SEND, str(database), "a.ics", str(tmp_path / "b é.ics")],
            cwd=tmp_path,
            env=_env(tmp_path / "home"),
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: bool(received), timeout=20_000)
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=20_000)
        out, _ = sender.communicate()
    finally:
        handoff.close()
    assert out.strip() == "True"
    assert received == [[tmp_path / "a.ics", tmp_path / "b é.ics"]]


def test_a_stale_socket_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    first = HandOff()
    assert first.listen(database)
    second = HandOff()
    assert not second.listen(database)  # the first one answers: it keeps the name
    first.close()
    assert second.listen(database)
    second.close()


def test_opening_a_file_with_a_second_jumelage_imports_it_in_the_first(
    qtbot: QtBot, app_on_demo: Launch, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: app_on_demo.handoff is not None, timeout=10_000)
    path = tmp_path / "from-the-mail.ics"
    path.write_bytes(PARTNER_FILE.encode("utf-8"))
    second = subprocess.Popen(
        [sys.executable, "-m", "jumelage", "--db", str(app_on_demo.path), str(path)],
        env=_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = app_on_demo.window
        qtbot.waitUntil(lambda: bool(window.findChildren(ImportDialog)), timeout=30_000)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
        _out, err = second.communicate()
    assert second.returncode == 0, err
    [dialog] = window.findChildren(ImportDialog)
    assert dialog.path == path
    assert "2 new" in dialog.summary.text()
    dialog.close()
