"""``demo``, ``check`` and ``backup``, and every kind of file the CLI must refuse politely."""

from __future__ import annotations

from pathlib import Path

from jumelage.persistence.database import open_database
from jumelage.persistence.lock import InstanceLock
from jumelage.persistence.migrate import HEAD_REVISION
from jumelage.services import Services
from tests.cli.conftest import Shared, digest
from tests.cli.helpers import run, run_all

MARSASSOUM = "Anderlecht – Marsassoum"


def test_demo_creates_refuses_and_replaces(tmp_path: Path, demo_path: Path) -> None:
    new = tmp_path / "new" / "demo é & co.sqlite"
    new.parent.mkdir()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    before = digest(demo_path)
    stale_wal = demo_path.parent / f"{demo_path.name}-wal"
    stale_wal.write_bytes(b"stale")

    in_use = tmp_path / "in-use.sqlite"
    in_use.write_bytes(demo_path.read_bytes())
    lock = InstanceLock(in_use)  # as the app holds it
    lock.acquire()
    try:
        created, refused, missing, over_folder, locked = run_all(
            ["demo", "--db", new, "--json"],
            ["demo", "--db", demo_path],
            ["demo", "--db", tmp_path / "nope" / "x.sqlite"],
            ["demo", "--db", folder, "--force"],
            ["demo", "--db", in_use, "--force"],
        )
    finally:
        lock.release()
    assert "already open" in locked.assert_one_line_error()
    assert in_use.read_bytes() == demo_path.read_bytes()

    assert created.rc == 0, created
    report = created.json
    assert report["path"] == str(new)
    assert report["replaced"] is False
    assert report["counts"]["partnerships"] == 4
    assert report["counts"]["followups"] > 0
    assert sorted(p.name for p in new.parent.iterdir() if p.name.startswith(".")) == []

    line = refused.assert_one_line_error()
    assert "already exists" in line
    assert "--force" in line
    assert digest(demo_path) == before
    assert "does not exist" in missing.assert_one_line_error()
    assert "folder" in over_folder.assert_one_line_error()
    assert folder.is_dir()

    listed, replaced = run_all(
        ["list", "partnerships", "--db", new, "--json"], ["demo", "--db", demo_path, "--force"]
    )
    assert listed.rc == 0, listed
    names = [p["name"] for p in listed.json]
    assert len(names) == 4
    assert MARSASSOUM in names

    assert replaced.rc == 0, replaced
    assert replaced.out.startswith(f"Replaced the demo database {demo_path}: 4 partnerships")
    assert digest(demo_path) != before
    assert not stale_wal.exists()  # it would have been replayed onto the new database
    with open_database(demo_path, daily_backup=False) as database:
        assert len(Services.over(database).partnerships.list()) == 4


def test_check_a_healthy_database(shared: Shared) -> None:
    text, js = shared["check"], shared["check --json"]
    assert text.rc == 0, text
    assert text.out.startswith(f"ok: {shared.path} (schema ")
    assert "4 partnerships" in text.out
    assert len(text.out.splitlines()) == 1
    assert js.rc == 0, js
    report = js.json
    assert report["ok"] is True
    assert report["path"] == str(shared.path)
    assert report["problems"] == []
    assert report["schema"] == HEAD_REVISION
    assert report["tzdata"]
    assert report["counts"]["partnerships"] == 4


def test_every_bad_file_gets_one_line_and_exit_2(shared: Shared) -> None:
    for name in shared.bad:
        for command in ("check", "list"):
            result = shared[f"{command} {name}"]
            line = result.assert_one_line_error()
            assert result.out == "", result
            assert "unexpected" not in line, result
    assert "There is no database" in shared["check missing file"].err
    assert "does not exist" in shared["list missing folder"].err
    assert "folder" in shared["check directory"].err
    assert "not a Jumelage database" in shared["list foreign sqlite"].err
    assert "newer version" in shared["check too new"].err
    assert "9999" in shared["list too new"].err
    # The files were not touched (a newer Jumelage's database above all).
    for name, before in shared.digests.items():
        assert digest(shared.bad[name]) == before, name
    assert not (shared.bad["too new"].parent / "future.sqlite.backups").exists()


def test_check_lists_integrity_problems(shared: Shared) -> None:
    text, js = shared["check dangling"], shared["check dangling --json"]
    line = text.assert_one_line_error()
    assert "damaged" in line
    assert "1 integrity problem" in line
    assert text.out.startswith("problem: row ")
    assert "of missions points to a missing row of partnerships" in text.out
    assert "partnerships" in text.out
    js.assert_one_line_error()
    report = js.json
    assert report["ok"] is False
    assert report["schema"] == HEAD_REVISION
    assert len(report["problems"]) == 1
    assert "missions" in report["problems"][0]


def test_check_json_on_a_bad_file_reports_and_fails(shared: Shared) -> None:
    result = shared["check --json random bytes"]
    line = result.assert_one_line_error()
    report = result.json
    assert report["ok"] is False
    assert report["schema"] is None
    assert report["problems"] == [line.removeprefix("jumelage: ")]


def test_backup_writes_a_copy_that_check_accepts(shared: Shared, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "copy é.sqlite"
    target.parent.mkdir()
    made = run("backup", "--db", shared.path, "--out", target, "--json")
    assert made.rc == 0, made
    assert made.json == {"path": str(shared.path), "backup": str(target)}
    checked, copy = run_all(
        ["check", "--db", target, "--json"], ["list", "partnerships", "--db", target, "--json"]
    )
    assert checked.json["ok"] is True
    assert copy.json == shared["list partnerships --json"].json


def test_backup_refuses_a_missing_folder_and_the_database_itself(shared: Shared) -> None:
    assert "does not exist" in shared["backup to a missing folder"].assert_one_line_error()
    assert "itself" in shared["backup onto itself"].assert_one_line_error()
    assert not (shared.path.parent / "nope").exists()
