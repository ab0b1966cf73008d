"""Render the README's screenshots offscreen, on a demo database dated 20 March 2026.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JUMELAGE_HOME"] = tempfile.mkdtemp(prefix="jumelage-shots-")
os.environ.setdefault("LANG", "en_GB.UTF-8")

from PySide6.QtCore import QTimer  # noqa: E402

from jumelage.app.main import launch  # noqa: E402

HERE = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
PAGES = ["overview", "missions", "followups", "actions", "partnerships"]


def main() -> int:
    state = launch(demo=True, clock=lambda: NOW)
    state.window.resize(1180, 760)

    def shoot() -> None:
        for index, name in enumerate(PAGES):
            state.window.go_to(index)
            state.app.processEvents()
            target = HERE / "screenshots" / f"{name}.png"
            target.parent.mkdir(exist_ok=True)
            state.window.grab().save(str(target))
            print(target)
        state.app.quit()

    state.window.refreshed.connect(lambda: QTimer.singleShot(200, shoot))
    QTimer.singleShot(30_000, state.app.quit)
    state.app.exec()
    state.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
