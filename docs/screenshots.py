"""Render the README's screenshots offscreen, on a demo database dated 20 March 2026.

python docs/screenshots.py            # English, into docs/screenshots/
python docs/screenshots.py fr         # French, into docs/screenshots/fr/
python docs/screenshots.py en calendar   # only the Calendar page's (English)
python docs/screenshots.py fr --out /tmp/shots   # into /tmp/shots/fr/ (a trial)

Each page is shot once it has its rows (pages load them on the worker pool when first shown).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JUMELAGE_HOME"] = tempfile.mkdtemp(prefix="jumelage-shots-")
os.environ.setdefault("LANG", "en_GB.UTF-8")

from PySide6.QtCore import QTimer

from jumelage.app.main import launch

HERE = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
PAGES = ["overview", "calendar", "missions", "followups", "actions", "partnerships"]
#: Wide enough for every column header of the record pages in English, French and Dutch.
WINDOW = (1600, 860)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("language", nargs="?", default="en", help="en, fr or nl")
    parser.add_argument("only", nargs="?", choices=["calendar"], help="only the Calendar's")
    parser.add_argument("--out", type=Path, default=HERE / "screenshots", help="the folder")
    options = parser.parse_args(argv)
    language = "" if options.language == "en" else options.language
    only_calendar = options.only == "calendar"
    folder = options.out / language if language else options.out
    folder.mkdir(parents=True, exist_ok=True)
    if language:
        from jumelage import paths

        settings = paths.settings_file()
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    state = launch(demo=True, clock=lambda: NOW)
    state.window.resize(*WINDOW)

    def settle() -> None:
        """Wait until the window has the rows of every page shown (a page loads them on the
        worker pool when first shown; the Calendar loads its own) and has painted them."""
        deadline = time.monotonic() + 20
        quiet = 0
        while quiet < 4 and time.monotonic() < deadline:
            state.runner.wait()
            state.app.processEvents()
            quiet = quiet + 1 if state.window._loading == 0 else 0
        if state.window._loading:
            print("warning: still loading after 20 s", file=sys.stderr)

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
            settle()
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
            settle()
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
