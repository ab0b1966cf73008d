"""The domain contract covers every module of ours, the top-level ones included: a domain
module importing ``jumelage.paths`` or ``jumelage.__main__`` breaks it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.architecture.test_layers import LINT_IMPORTS, ROOT

DOMAIN_CONTRACT = "The domain imports nothing of ours and no third-party library"


def test_the_domain_may_not_import_paths_or_the_entry_point(tmp_path: Path) -> None:
    copy = tmp_path / "src" / "jumelage"
    shutil.copytree(
        ROOT / "src" / "jumelage", copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    (copy / "domain" / "zz_uses_paths.py").write_text("from jumelage import paths\n")
    (copy / "domain" / "zz_uses_main.py").write_text("import jumelage.__main__\n")
    command = (
        [str(LINT_IMPORTS)]
        if LINT_IMPORTS.exists()
        else [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"]
    )
    result = subprocess.run(
        [*command, "--no-cache", "--no-logo"],
        cwd=ROOT,  # the contracts of pyproject.toml, on the copy of the package
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"{DOMAIN_CONTRACT} BROKEN" in output, output
    assert "jumelage.domain.zz_uses_paths -> jumelage.paths" in output, output
    assert "jumelage.domain.zz_uses_main -> jumelage.__main__" in output, output
