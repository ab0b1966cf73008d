"""Where Jumelage keeps its files. Shared by the command line and the app; no Qt here.

``JUMELAGE_DB`` names the database to use instead of the default one; ``JUMELAGE_HOME``
moves every per-user folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Jumelage"
DB_ENV = "JUMELAGE_DB"
HOME_ENV = "JUMELAGE_HOME"


def _dirs() -> tuple[Path, Path]:
    home = os.environ.get(HOME_ENV)
    if home:
        base = Path(home).expanduser()
        return base / "data", base / "logs"
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Path(dirs.user_data_dir), Path(dirs.user_log_dir)


def data_dir() -> Path:
    return _dirs()[0]


def log_dir() -> Path:
    return _dirs()[1]


def default_database() -> Path:
    """``$JUMELAGE_DB``, else ``jumelage.sqlite`` in the user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "jumelage.sqlite"


def demo_database() -> Path:
    """The database ``jumelage --demo`` recreates at every start."""
    return data_dir() / "demo" / "jumelage-demo.sqlite"
