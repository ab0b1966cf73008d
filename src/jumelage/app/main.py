"""Start-up: paint the window first, open the database on a worker thread, then fill it in.

The order matters for how fast Jumelage feels: PySide6 and the window's own modules are all
the first paint needs. SQLAlchemy, Alembic and the services (about 0.4 s to import) load on
the thread pool while the window is already on screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from jumelage import __version__, paths
from jumelage.app.logs import setup_logging
from jumelage.domain import time as tz
from jumelage.ui.main_window import MainWindow
from jumelage.ui.painted import after_paint
from jumelage.ui.settings import Settings
from jumelage.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

RESOURCES = paths.resources_dir()
#: Test hook: with ``JUMELAGE_QUIT_AFTER_LOAD=1`` the app quits (exit code 0) as soon as the
#: database is open and the Overview has its rows, or with exit code 2 when the database
#: cannot be opened, instead of waiting for the user. Lets tests start the real program in a
#: subprocess (tests/cli/test_app_start.py); nothing else reads it.
QUIT_AFTER_LOAD_ENV = "JUMELAGE_QUIT_AFTER_LOAD"


@dataclass
class Launch:
    """Everything :func:`launch` built; tests drive it with pytest-qt."""

    app: QApplication
    window: MainWindow
    runner: TaskRunner
    path: Path
    exit_code: int = 0
    backend: Any = None
    translators: list[QTranslator] = field(default_factory=list)
    #: Calendar files to preview for import once the database is open ("Open with").
    open_files: tuple[Path, ...] = ()
    #: Listens for calendar files another process hands over (jumelage.app.handoff).
    handoff: Any = None


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Jumelage")
    app.setOrganizationName("Jumelage")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.jumelage.Jumelage")
    icon = RESOURCES / "icons" / "jumelage.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


#: "day(s)", "box(es)", "entry(ies)": the word, a "y" the plural replaces, the plural ending.
_PLURAL_MARK = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")


def english_plural(source: str, n: int) -> str:
    """ "%n entry(ies)" with 1 -> "%n entry", with 3 -> "%n entries" (and "(s)", "(es)")."""

    def resolve(match: re.Match[str]) -> str:
        stem, y, ending = match.groups()
        if n == 1:
            return stem + y
        return stem + ending if ending == "ies" and y else stem + y + ending

    return _PLURAL_MARK.sub(resolve, source)


class EnglishPlurals(QTranslator):
    """English is the source language, so it has no .qm; but its source strings mark plurals
    Qt's way ("%n day(s)", "%n entry(ies)"). This translator resolves them: "1 day",
    "3 days", "3 entries"."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0 or not _PLURAL_MARK.search(source):
            return None  # type: ignore[return-value]  # null: Qt falls back to the source
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, language: str = "") -> list[QTranslator]:
    """Qt's own strings (stock dialogs) and Jumelage's, for ``language`` or the system's."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() == QLocale.Language.English:
        english = EnglishPlurals(app)
        app.installTranslator(english)
        installed.append(english)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("jumelage", str(RESOURCES / "translations"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def launch(
    db: Path | None = None,
    demo: bool = False,
    clock: Callable[[], dt.datetime] = tz.utc_now,
    open_files: tuple[Path, ...] = (),
) -> Launch:
    """Build and show the window, and start opening the database in the background."""
    setup_logging()
    app = _application()
    settings = Settings(QSettings(str(paths.settings_file()), QSettings.Format.IniFormat))
    translators = install_translators(app, settings.language)
    runner = TaskRunner(app)
    window = MainWindow(settings, runner, clock)
    path = paths.demo_database() if demo else (db or paths.default_database())
    path = path.expanduser().absolute()
    state = Launch(app, window, runner, path, translators=translators, open_files=open_files)
    # Opening the database imports SQLAlchemy and Alembic on a worker thread; started before
    # the first paint it would compete with the GUI thread for the GIL and delay it.
    after_paint(window, lambda: _recall_then_open(state, demo, clock))
    if os.environ.get(QUIT_AFTER_LOAD_ENV) == "1":
        # ``refreshed`` comes once the database is attached and its first load is in.
        window.refreshed.connect(app.quit)
    window.show()
    return state


def _recall_then_open(state: Launch, demo: bool, clock: Callable[[], dt.datetime]) -> None:
    """Show the remembered Overview if it still holds (a few milliseconds, no SQLAlchemy:
    see jumelage.app.snapshot), then open the database, whose load confirms or replaces it."""
    if demo:  # rebuilt at every start: nothing to remember
        _open(state, demo, clock)
        return

    def recall() -> Any:
        from jumelage.app import snapshot

        return snapshot.recall(state.path, clock())

    def recalled(rows: Any) -> None:
        if rows and state.backend is None:
            state.window.overview.show_rows(rows)
            after_paint(state.window, lambda: _open(state, demo, clock))
            return
        _open(state, demo, clock)

    def failed(error: BaseException) -> None:
        log.debug("no remembered Overview: %r", error)
        _open(state, demo, clock)

    state.runner.submit(recall, recalled, failed)


def _open(state: Launch, demo: bool, clock: Callable[[], dt.datetime]) -> None:
    def work() -> Any:
        from jumelage.app.backend import open_backend

        return open_backend(state.path, demo=demo, clock=clock)

    def opened(backend: Any) -> None:
        state.backend = backend
        if not demo:
            from jumelage.app import snapshot

            state.window.overview.remember = functools.partial(snapshot.remember, backend.path)
        state.window.attach(backend.services, backend.path)
        if backend.created:
            _offer_demo(state)
        for calendar in state.open_files:
            state.window.import_calendar(calendar)
        _listen_for_files(state)

    state.runner.submit(work, opened, lambda error: _open_failed(state, error, demo, clock))


def _listen_for_files(state: Launch) -> None:
    """Now that this instance holds the database's lock, take the .ics files a second
    ``jumelage FILE.ics`` on the same database hands over: raise the window, preview each."""
    from jumelage.app.handoff import HandOff

    def received(files: list[Path]) -> None:
        window = state.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        for calendar in files:
            window.import_calendar(calendar)

    handoff = HandOff(state.window)
    if handoff.listen(state.path):
        handoff.received.connect(received)
        state.handoff = handoff


def _database_path(db: Path | None, demo: bool) -> Path:
    path = paths.demo_database() if demo else (db or paths.default_database())
    return path.expanduser().absolute()


def _offer_demo(state: Launch) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("startup", "Welcome to Jumelage"),
        QCoreApplication.translate(
            "startup",
            "Jumelage created an empty database at {path}.\n\nLoad the demo "
            "partnerships (Anderlecht with Marsassoum, Zagora, a village near Nablus "
            "and Hammersmith & Fulham) to look around?",
        ).format(path=state.path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        state.window,
    )
    box.setObjectName("offer_demo")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    yes = box.button(QMessageBox.StandardButton.Yes)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            state.window.load_demo()

    box.finished.connect(answered)
    box.open()


def _open_failed(
    state: Launch, error: BaseException, demo: bool, clock: Callable[[], dt.datetime]
) -> None:
    from jumelage.domain import errors
    from jumelage.ui import messages

    window = state.window
    text = messages.describe(error)
    log.warning("could not open %s: %r", state.path, error)
    window.overview.show_message(text)
    if os.environ.get(QUIT_AFTER_LOAD_ENV) == "1":
        _give_up(state)
        return
    if isinstance(error, errors.DatabaseDamaged | errors.NotADatabase):
        from jumelage.app.backend import latest_backup

        backup = latest_backup(state.path)
        if backup is not None:
            question = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("startup", "Damaged database"),
                text
                + "\n\n"
                + QCoreApplication.translate(
                    "startup",
                    "Restore the latest good backup ({backup})? The damaged file "
                    "is kept beside it, not deleted.",
                ).format(backup=backup.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                window,
            )
            question.setObjectName("offer_restore")

            restore_button = question.button(QMessageBox.StandardButton.Yes)

            def answered(_result: int) -> None:
                if question.clickedButton() is restore_button:
                    _restore_and_reopen(state, demo, clock)
                else:
                    _give_up(state)

            question.finished.connect(answered)
            question.open()
            return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("startup", "Cannot open the database"),
        text,
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setObjectName("open_failed")
    box.finished.connect(lambda _: _give_up(state))
    box.open()


def _restore_and_reopen(state: Launch, demo: bool, clock: Callable[[], dt.datetime]) -> None:
    from jumelage.app.backend import restore_latest

    def restored(result: tuple[Path, Path | None]) -> None:
        backup, aside = result
        log.warning("restored %s from %s; damaged file kept as %s", state.path, backup, aside)
        _open(state, demo, clock)

    state.runner.submit(
        lambda: restore_latest(state.path),
        restored,
        lambda error: _open_failed(state, error, demo, clock),
    )


def _give_up(state: Launch) -> None:
    state.exit_code = 2
    state.window.close()


def run(db: Path | None = None, demo: bool = False, open_files: tuple[Path, ...] = ()) -> int:
    if open_files:
        from jumelage.app.handoff import send_paths

        if send_paths(_database_path(db, demo), open_files):
            log.info("handed %d calendar file(s) to the running instance", len(open_files))
            return 0
    state = launch(db, demo, open_files=open_files)
    code = state.app.exec()
    state.runner.wait()
    if state.backend is not None:
        state.backend.services.db.close()
    return state.exit_code or code
