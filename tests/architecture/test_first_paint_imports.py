"""CONTRIBUTING.md: nothing on the path to the first paint imports SQLAlchemy, Alembic or
icalendar. A fresh interpreter starts the real app (offscreen) and looks at ``sys.modules``
when the window receives its first paint event (as benchmarks/startup.py detects it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jumelage.persistence.backup import copy_database

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

HEAVY = ("sqlalchemy", "alembic", "icalendar")

class FirstPaint(QObject):
    window = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.window is not None:
            if hasattr(obj, "window") and obj.window() is self.window:
                loaded = sorted({n.split(".")[0] for n in sys.modules} & set(HEAVY))
                print(json.dumps({"painted": True, "loaded": loaded}), flush=True)
                os._exit(0)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
from pathlib import Path
from jumelage.app.main import launch
state = launch(db=Path(sys.argv[1]))
spy.window = state.window
app.exec()
os._exit(3)  # the window never painted
"""


@pytest.mark.parametrize("database", ["demo", "new"])
def test_nothing_heavy_is_imported_before_the_first_paint(
    database: str, demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / f"{database}.sqlite"
    if database == "demo":
        copy_database(demo_template, path)
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JUMELAGE_HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("JUMELAGE_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"painted": True, "loaded": []}, report
