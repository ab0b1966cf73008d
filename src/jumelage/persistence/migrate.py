"""Schema revisions: Alembic scripts shipped inside the package.

The revision list is also written down here, so that opening a database that is already
current never imports Alembic (it costs about 0.1 s at start-up); a test keeps the list and the
scripts in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

#: Every revision this version of Jumelage knows, oldest first. The last one is the head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD_REVISION = KNOWN_REVISIONS[-1]
SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))


def known_revisions(script_location: str | None = None) -> tuple[str, ...]:
    if script_location is None:
        return KNOWN_REVISIONS
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(script_location)
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def alembic_config(db_path: Path, script_location: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location or SCRIPT_LOCATION)
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return config


def upgrade(db_path: Path, script_location: str | None = None, target: str = "head") -> None:
    """Run the migrations up to ``target``. The caller takes the backup and restores it on
    failure (:func:`jumelage.persistence.database.open_database`)."""
    from alembic import command

    command.upgrade(alembic_config(db_path, script_location), target)
