"""Shared fixtures. Qt runs offscreen; databases are real SQLite files in ``tmp_path``."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import, anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from jumelage.persistence.database import Database, open_database
from jumelage.services import Services
from jumelage.services.demo import populate

#: Every calendar the app writes in the session goes through icscheck --agree at the end.
pytest_plugins = ["tests.ics.icsgate"]

#: The tests' "now": a Friday in March 2026, a week before Brussels switches to summer time.
FIXED_NOW = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)

SHARED = Path(__file__).resolve().parents[2] / "shared"


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JUMELAGE_HOME", str(home))
    monkeypatch.delenv("JUMELAGE_DB", raising=False)


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Once the app has run, automatic garbage collection is off (it happens on the GUI
    thread from a timer, see ``jumelage.ui.tasks``); tests without an event loop collect here,
    on the main thread, so the session does not grow."""
    yield
    if not gc.isenabled():
        from jumelage.ui.tasks import collect_if_due

        collect_if_due()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jumelage.sqlite"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, migrated once per session."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_database(path, create=True, daily_backup=False).close()
    return path


@pytest.fixture
def db(db_path: Path, empty_template: Path) -> Iterator[Database]:
    """A fresh empty database file (a copy of the session's template: no Alembic run)."""
    from jumelage.persistence.backup import copy_database

    copy_database(empty_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.over(db, clock=fixed_clock)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per session (at FIXED_NOW); copy it, never modify it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path, create=True, daily_backup=False)
    populate(Services.over(database, clock=fixed_clock))
    database.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    from jumelage.persistence.backup import copy_database

    target = tmp_path / "demo.sqlite"
    copy_database(demo_template, target)
    return target


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    database = open_database(demo_path, daily_backup=False)
    yield Services.over(database, clock=fixed_clock)
    database.close()
