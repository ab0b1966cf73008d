"""Render the README's screenshots offscreen, on a demo database dated 20 March 2026.

    python docs/screenshots.py            # English, into docs/screenshots/
    python docs/screenshots.py fr         # French, into docs/screenshots/fr/
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
    language = sys.argv[1] if len(sys.argv) > 1 else ""
    folder = HERE / "screenshots" / language if language else HERE / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    if language:
        from jumelage import paths

        settings = paths.settings_file()
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    state = launch(demo=True, clock=lambda: NOW)
    state.window.resize(1180, 760)

    def shoot() -> None:
        for index, name in enumerate(PAGES):
            state.window.go_to(index)
            state.app.processEvents()
            state.window.grab().save(str(folder / f"{name}.png"))
        services = state.backend.services
        mission = next(m for m in services.missions.list() if m.destination == "Marsassoum")
        for kind, key, name in (
            ("mission", mission.id, "mission-editor"),
            ("followup", services.followups.list()[0].id, "followup-editor"),
        ):
            editor = state.window.editors.open(kind, key)
            assert editor is not None
            editor.resize(980, 700)
            state.app.processEvents()
            editor.grab().save(str(folder / f"{name}.png"))
            editor.close()
        print(folder)
        state.app.quit()

    state.window.refreshed.connect(lambda: QTimer.singleShot(200, shoot))
    QTimer.singleShot(30_000, state.app.quit)
    state.app.exec()
    state.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
