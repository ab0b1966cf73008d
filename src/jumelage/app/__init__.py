"""The composition root: paths, logging, the database, the services and the QApplication.

Kept light: importing this package imports neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _display_available() -> bool:
    """Qt aborts the process when it finds no display; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(db: Path | None = None, demo: bool = False, open_files: tuple[Path, ...] = ()) -> int:
    """Open the desktop app on ``db`` (default: the user's database), or on a fresh demo;
    ``open_files`` are partner calendars to preview for import once the database is open."""
    if not _display_available():
        print(
            "jumelage: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
            "set); the command line works without one: jumelage --help",
            file=sys.stderr,
        )
        return 2
    from jumelage.app.main import run as _run

    return _run(db=db, demo=demo, open_files=open_files)


__all__ = ["run"]
