"""The GUI-thread collector also drops the source lines PySide6's import hook leaves behind."""

from __future__ import annotations

import linecache
import sys
import traceback
from pathlib import Path

import pytest

from jumelage.ui import tasks


def test_source_lines_read_by_imports_are_dropped_and_read_again_on_demand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    module_file = tmp_path / "jumelage_linecache_probe.py"
    module_file.write_text(
        "from PySide6 import QtCore\n\n\ndef fail():\n    raise ValueError('probe')\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    generated = "<generated jumelage probe>"
    linecache.cache[generated] = (7, None, ["x = 1\n"], generated)
    try:
        probe = __import__("jumelage_linecache_probe")  # an import statement, as PySide6 hooks
        # PySide6 is imported (qapp): its import hook read the new module's source.
        assert str(module_file) in linecache.cache

        tasks.collect_if_due()

        assert str(module_file) not in linecache.cache
        assert generated in linecache.cache  # cannot be read again: kept
        with pytest.raises(ValueError, match="probe") as raised:
            probe.fail()
        text = "".join(traceback.format_exception(raised.value))
        assert "raise ValueError('probe')" in text  # the traceback still shows the line
    finally:
        linecache.cache.pop(generated, None)
        sys.modules.pop("jumelage_linecache_probe", None)
