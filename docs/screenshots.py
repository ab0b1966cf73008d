"""Render the README's screenshots offscreen, on a demo database dated 20 March 2026.

python docs/screenshots.py            # English, into docs/screenshots/
python docs/screenshots.py fr         # French, into docs/screenshots/fr/
python docs/screenshots.py en calendar   # only the Calendar page's (English)
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

from PySide6.QtCore import QTimer

from jumelage.app.main import launch

HERE = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
PAGES = ["overview", "calendar", "missions", "followups", "actions", "partnerships"]


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "en" else ""
    only_calendar = sys.argv[2:] == ["calendar"]
    folder = HERE / "screenshots" / language if language else HERE / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    if language:
        from jumelage import paths

        settings = paths.settings_file()
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    state = launch(demo=True, clock=lambda: NOW)
    state.window.resize(1180, 760)

    def settle() -> None:
        for _ in range(4):  # a page's own loads (the Calendar's) run on the task runner
            state.runner.wait()
            state.app.processEvents()

    def shoot_calendar() -> None:
        """The Calendar's month and week views on the Marsassoum partnership's mission."""
        page = state.window.calendar
        state.window.go_to(PAGES.index("calendar"))
        page.select_partnership(1)
        page.go_to_date(dt.date(2026, 4, 27))
        settle()
        state.window.grab().save(str(folder / "calendar-month.png"))
        page.set_mode("week")
        settle()
        state.window.grab().save(str(folder / "calendar-week.png"))
        page.set_mode("month")
        page.select_partnership(None)
        page.go_today()
        settle()

    def shoot() -> None:
        if only_calendar:
            shoot_calendar()
            print(folder)
            state.app.quit()
            return
        shoot_calendar()
        for index, name in enumerate(PAGES):
            if name == "calendar":
                continue  # shoot_calendar's month and week pictures
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

    # ``refreshed`` comes again while shooting (each page loads when first shown): shoot once,
    # or the runs interleave and one page's picture is saved under another's name.
    shot: list[bool] = []

    def shoot_once() -> None:
        if not shot:
            shot.append(True)
            shoot()

    state.window.refreshed.connect(lambda: QTimer.singleShot(200, shoot_once))
    QTimer.singleShot(30_000, state.app.quit)
    state.app.exec()
    state.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
