"""The layer rules of DESIGN.md section 2, enforced with import-linter from the test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    command = (
        [str(LINT_IMPORTS)]
        if LINT_IMPORTS.exists()
        else [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"]
    )
    return subprocess.run(
        [*command, "--no-cache", "--no-logo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_import_contracts_are_kept() -> None:
    result = lint_imports()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 broken" in output, output
    # Every contract of pyproject.toml was checked (none silently skipped).
    assert output.count(" KEPT") >= 4, output


def test_import_linter_sees_our_imports(tmp_path: Path) -> None:
    """A contract we know to be false must be reported broken: the check is not vacuous."""
    config = tmp_path / "importlinter.toml"
    config.write_text(
        textwrap.dedent(
            """
            [tool.importlinter]
            root_package = "jumelage"

            [[tool.importlinter.contracts]]
            name = "Deliberately false: services never use persistence"
            type = "forbidden"
            source_modules = ["jumelage.services"]
            forbidden_modules = ["jumelage.persistence"]
            """
        ),
        encoding="utf-8",
    )
    result = lint_imports(str(config))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "BROKEN" in output, output


def test_the_core_imports_no_qt() -> None:
    code = (
        "import jumelage.services, jumelage.persistence, jumelage.domain, sys\n"
        "from jumelage.services import Services\n"
        "import jumelage.services.demo\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "print('clean')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"
