"""The composition root: paths, logging, the database, the services and the QApplication.

Kept light: importing this package imports neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path


def run(db: Path | None = None, demo: bool = False) -> int:
    """Open the desktop app on ``db`` (default: the user's database), or on a fresh demo."""
    from jumelage.app.main import run as _run

    return _run(db=db, demo=demo)


__all__ = ["run"]
