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


def _dirs() -> tuple[Path, Path, Path, Path]:
    home = os.environ.get(HOME_ENV)
    if home:
        base = Path(home).expanduser()
        return base / "data", base / "logs", base / "config", base / "cache"
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return (
        Path(dirs.user_data_dir),
        Path(dirs.user_log_dir),
        Path(dirs.user_config_dir),
        Path(dirs.user_cache_dir),
    )


def data_dir() -> Path:
    return _dirs()[0]


def log_dir() -> Path:
    return _dirs()[1]


def cache_dir() -> Path:
    """What can be thrown away at any time (the remembered Overview)."""
    return _dirs()[3]


def settings_file() -> Path:
    """UI preferences (window geometry, language): an INI file, the same on every OS."""
    return _dirs()[2] / "settings.ini"


def default_database() -> Path:
    """``$JUMELAGE_DB``, else ``jumelage.sqlite`` in the user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "jumelage.sqlite"


def demo_database() -> Path:
    """The database ``jumelage --demo`` recreates at every start."""
    return data_dir() / "demo" / "jumelage-demo.sqlite"


def resources_dir() -> Path:
    """Icons and translations: inside the installed package (the wheel maps the repository's
    ``resources/`` there), else the repository's own folder (editable installs)."""
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    if inside.is_dir():
        return inside
    return package.parents[1] / "resources"
