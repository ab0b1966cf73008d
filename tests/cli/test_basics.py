"""The command line's contract: version, help, usage errors, exit codes, no Qt, no traceback."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

import pytest

import jumelage
from jumelage import __main__ as entry
from jumelage import cli
from jumelage.cli import commands
from tests.cli.conftest import Shared
from tests.cli.helpers import run_all, run_python, start


def test_version_and_help() -> None:
    version, top, lister = run_all(["--version"], ["--help"], ["list", "--help"])
    assert version.rc == 0
    assert version.out == f"jumelage {jumelage.__version__}\n"
    assert top.rc == 0
    for word in ("demo", "list", "check", "backup", "--db", "--demo", "--version"):
        assert word in top.out
    assert top.out.startswith("usage: jumelage")
    assert lister.rc == 0
    assert "followups" in lister.out
    assert "--partnership" in lister.out
    assert "--json" in lister.out
    assert top.err == lister.err == ""


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    results = run_all(
        ["list", "dragons", "--db", tmp_path / "x.sqlite"],
        ["backup", "--db", tmp_path / "x.sqlite"],
        ["list"],
        ["--no-such-option"],
        ["--demo", "check"],
    )
    lines = [r.assert_one_line_error() for r in results]
    assert "dragons" in lines[0]
    assert "partnerships" in lines[0]
    assert "--out" in lines[1]
    assert "KIND" in lines[2]
    assert "--no-such-option" in lines[3]
    assert "--demo" in lines[4]
    assert all(r.out == "" for r in results)


def test_default_database_comes_from_the_environment(shared: Shared) -> None:
    from_env = shared["JUMELAGE_DB"]
    assert from_env.rc == 0, from_env
    assert from_env.json == shared["list partnerships --json"].json
    assert "There is no database" in shared["JUMELAGE_DB missing"].assert_one_line_error()


def test_listing_never_imports_qt(shared: Shared) -> None:
    result = shared["no qt"]
    assert result.rc == 0, result.err
    assert len(result.json) == 4


def test_output_survives_a_console_that_cannot_show_accents(shared: Shared) -> None:
    text, js = shared["ascii text"], shared["ascii json"]
    assert text.rc == 0, text
    assert "Anderlecht ? Marsassoum" in text.out
    assert js.rc == 0, js
    assert js.out.isascii()
    assert "Ousmane Sané" in {p["name"] for p in js.json}


def test_an_unexpected_error_is_one_line_and_a_logged_traceback(demo_path: Path) -> None:
    code = (
        "import sys\n"
        "import jumelage.cli.commands as c\n"
        "def boom(ns, out):\n"
        "    raise RuntimeError('the flux capacitor\\nbroke')\n"
        "c.cmd_list = boom\n"
        "from jumelage.__main__ import main\n"
        f"sys.exit(main(['list', 'towns', '--db', {str(demo_path)!r}]))\n"
    )
    done = run_python(code)
    assert done.rc == 1
    assert "Traceback" not in done.err
    lines = done.err.splitlines()
    assert len(lines) == 1, done.err
    assert lines[0].startswith("jumelage: unexpected error: RuntimeError: the flux capacitor broke")
    log_file = Path(lines[0].rsplit("(details in ", 1)[1].rstrip(")"))
    assert log_file.parent == Path(os.environ["JUMELAGE_HOME"]) / "logs"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "RuntimeError: the flux capacitor" in logged


def test_a_closed_pipe_is_not_an_error(demo_path: Path) -> None:
    proc = start(["list", "people", "--db", demo_path])
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head` that has already gone away
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    assert err == ""
    assert proc.returncode == 141  # like a process that SIGPIPE ended


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_quietly(demo_path: Path) -> None:
    code = (
        "import os, signal, sys\n"
        "import jumelage.cli.commands as c\n"
        "def interrupted(ns, out):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "c.cmd_list = interrupted\n"
        "from jumelage.__main__ import main\n"
        f"sys.exit(main(['list', 'towns', '--db', {str(demo_path)!r}]))\n"
    )
    done = run_python(code)
    assert done.rc == 130
    assert done.err == ""


# --- in process: the parts a subprocess cannot see ----------------------------------------


def test_no_command_launches_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[Path | None, bool]] = []

    def run_app(db: Path | None = None, demo: bool = False) -> int:
        calls.append((db, demo))
        return 7

    monkeypatch.setitem(sys.modules, "jumelage.app", types.SimpleNamespace(run=run_app))
    assert entry.main([]) == 7
    assert entry.main(["--db", str(tmp_path / "x.sqlite")]) == 7
    assert entry.main(["--demo"]) == 7
    assert calls == [(None, False), (tmp_path / "x.sqlite", False), (None, True)]


def test_parse_and_execute(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ns = cli.parse(["list", "towns", "--db", str(demo_path), "--json"])
    assert (ns.command, ns.kind, ns.json) == ("list", "towns", True)
    assert cli.execute(ns) == 0
    assert "Marsassoum" in {t["name"] for t in json.loads(capsys.readouterr().out)}
    with pytest.raises(cli.UsageError, match="invalid choice"):
        cli.parse(["list", "dragons"])
    with pytest.raises(SystemExit):
        cli.parse(["--version"])


def test_keyboard_interrupt_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    def interrupted(ns: object, out: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "cmd_check", interrupted)
    assert cli.main(["check", "--db", str(demo_path)]) == 130
    assert capsys.readouterr().err == ""


def test_importing_the_entry_point_loads_nothing_heavy() -> None:
    # pyproject declares the console script jumelage = "jumelage.__main__:main".
    assert callable(entry.main)
    done = run_python(
        "import sys, jumelage.__main__\n"
        "heavy = [n for n in ('jumelage.cli', 'sqlalchemy', 'PySide6') if n in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    assert done.rc == 0, done.err
    assert done.out == ""
