"""The main window composes the pages; it does not contain them.

It paints before the database is open: :meth:`attach` hands it the services later (they are
built on a worker thread while the window is already on screen), and every page then loads its
rows on the thread pool.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.ui.actions import GO_ACTIONS, ActionId, ActionRegistry
from jumelage.ui.editors.context import EditorContext
from jumelage.ui.editors.launcher import EditorLauncher
from jumelage.ui.pages.overview import OverviewPage
from jumelage.ui.painted import after_paint
from jumelage.ui.settings import Settings
from jumelage.ui.tasks import TaskRunner
from jumelage.ui.undo import Edits

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow, FollowUpRow, MissionRow
    from jumelage.services import Services
    from jumelage.services.changes import Changes
    from jumelage.ui.pages.calendar.page import CalendarPage
    from jumelage.ui.pages.directory import DirectoryPage
    from jumelage.ui.pages.table_page import TablePage

log = logging.getLogger(__name__)


class Page(Protocol):
    def watches(self, changes: Changes) -> bool: ...
    def loader(self) -> Callable[[Services], Any]: ...
    def show_rows(self, rows: Any) -> None: ...


@runtime_checkable
class StagedPage(Protocol):
    """A page whose rows come in two loads: :meth:`Page.loader` first, shown at once, then
    ``more_loader`` (run once the rows are shown) for what can wait."""

    def more_loader(self) -> Callable[[Services], Any]: ...
    def show_more(self, more: Any) -> None: ...
    def isVisible(self) -> bool: ...


class MainWindow(QMainWindow):
    #: Emitted on the GUI thread after a service call changed something.
    changed = Signal(object)
    #: Emitted when every loaded page has shown the rows of the latest refresh (a page loads
    #: when it is first shown: see _open_page).
    refreshed = Signal()

    def __init__(
        self,
        settings: Settings,
        runner: TaskRunner,
        now: Callable[[], dt.datetime] = tz.utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self._now = now
        self.services: Services | None = None
        self.database_path: Path | None = None
        self._loading = 0
        #: The record pages are built once the Overview has its first rows (see attach).
        self._record_pages_due = False
        self._record_pages_ready = False
        #: The pages that load their rows (and reload on changes): those shown at least once.
        self._opened: set[QWidget] = set()
        self.setWindowTitle("Jumelage")
        self.setObjectName("main_window")

        self.overview = OverviewPage(now)
        # The record pages are built when the database is attached (after the first paint):
        # until then their places hold empty widgets.
        self.missions: TablePage[MissionRow] | None = None
        self.followups: TablePage[FollowUpRow] | None = None
        self.actions_page: TablePage[ActionItemRow] | None = None
        self.partnerships: DirectoryPage | None = None
        self.calendar: CalendarPage | None = None
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview),
            (self.tr("Calendar"), QWidget()),
            (self.tr("Missions"), QWidget()),
            (self.tr("Follow-ups"), QWidget()),
            (self.tr("Actions"), QWidget()),
            (self.tr("Partnerships"), QWidget()),
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for index, (title, page) in enumerate(self.pages, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=index))
            item.setSizeHint(QSize(0, 32))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(lambda index: self._open_page(self.stack.widget(index)))

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.edits = Edits(self)
        self.edits.changed.connect(self.refresh)
        self.edits.failed.connect(self.show_error)
        self.editors = EditorLauncher(self._editor_context, self)

        self.registry = ActionRegistry(self)
        self._make_actions()
        self._make_menus()

        self.database_label = QLabel()
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        runner.busy_changed.connect(self.busy.setVisible)
        self.changed.connect(self.refresh)

        self.setAcceptDrops(True)  # a partner's .ics dropped on the window is imported
        self.resize(1100, 720)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.go_to(min(max(settings.last_page, 0), len(self.pages) - 1))

    # --- actions and menus -------------------------------------------------------------------

    def _make_actions(self) -> None:
        a = self.registry
        a.add(
            ActionId.BACKUP_NOW,
            self.tr("&Back Up Now…"),
            "Ctrl+Shift+B",
            self.tr("Copy the database to a file of your choice"),
        )
        a.add(
            ActionId.LOAD_DEMO,
            self.tr("Load &Demo Partnerships"),
            tip=self.tr("Fill this empty database with the demo partnerships"),
        )
        a.add(ActionId.EXPORT_CALENDAR, self.tr("&Export Calendar…"), "Ctrl+E")
        a.add(ActionId.IMPORT_CALENDAR, self.tr("&Import Calendar…"), "Ctrl+I")
        a[ActionId.EXPORT_CALENDAR].triggered.connect(self.export_calendar)
        a[ActionId.IMPORT_CALENDAR].triggered.connect(lambda: self.import_calendar(None))
        a.add(ActionId.QUIT, self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        a.add(ActionId.REFRESH, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh)
        for index, action_id in enumerate(GO_ACTIONS):
            title = self.pages[index][0]
            action = a.add(action_id, title, f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, i=index: self.go_to(i))
        a.add(ActionId.ABOUT, self.tr("&About Jumelage"))
        undo = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        a.adopt(ActionId.UNDO, undo)
        a.adopt(ActionId.REDO, redo)
        new_records = [
            (ActionId.NEW_MISSION, self.tr("New &Mission…"), "mission", "Ctrl+N"),
            (ActionId.NEW_FOLLOWUP, self.tr("New &Follow-up…"), "followup", "Ctrl+Shift+N"),
            (ActionId.NEW_ACTION, self.tr("New &Action Item…"), "action", "Ctrl+Shift+A"),
            (ActionId.NEW_PARTNERSHIP, self.tr("New &Partnership…"), "partnership", None),
            (ActionId.NEW_TOWN, self.tr("New &Town…"), "town", None),
            (ActionId.NEW_PERSON, self.tr("New P&erson…"), "person", None),
        ]
        for action_id, text, kind, shortcut in new_records:
            action = a.add(action_id, text, shortcut)
            action.triggered.connect(lambda _=False, k=kind: self.editors.open(k))
            action.setEnabled(False)
        find_time = a.add(
            ActionId.FIND_TIME,
            self.tr("F&ind a Time…"),
            "Ctrl+Shift+F",
            self.tr("Find when both towns of a partnership can meet, and plan a follow-up then"),
        )
        find_time.triggered.connect(lambda: self.find_time(None))
        find_time.setEnabled(False)
        new_series = a.add(
            ActionId.NEW_SERIES,
            self.tr("New Recurring &Series…"),
            tip=self.tr("Plan a recurring follow-up, with the drift warnings before creating it"),
        )
        new_series.triggered.connect(lambda: self.new_series(None))
        new_series.setEnabled(False)
        a.add(ActionId.PREFERENCES, self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences)
        a[ActionId.PREFERENCES].triggered.connect(self.show_preferences)
        a[ActionId.BACKUP_NOW].triggered.connect(self.backup_now)
        a[ActionId.LOAD_DEMO].triggered.connect(self.load_demo)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.REFRESH].triggered.connect(lambda: self.refresh(None))
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        for action_id in (
            ActionId.BACKUP_NOW,
            ActionId.LOAD_DEMO,
            ActionId.REFRESH,
            ActionId.EXPORT_CALENDAR,
            ActionId.IMPORT_CALENDAR,
        ):
            a[action_id].setEnabled(False)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.registry[ActionId.BACKUP_NOW])
        file_menu.addAction(self.registry[ActionId.LOAD_DEMO])
        file_menu.addSeparator()
        file_menu.addAction(self.registry[ActionId.EXPORT_CALENDAR])
        file_menu.addAction(self.registry[ActionId.IMPORT_CALENDAR])
        file_menu.addSeparator()
        file_menu.addAction(self.registry[ActionId.QUIT])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.registry[ActionId.UNDO])
        edit_menu.addAction(self.registry[ActionId.REDO])
        edit_menu.addSeparator()
        for action_id in (
            ActionId.NEW_MISSION,
            ActionId.NEW_FOLLOWUP,
            ActionId.NEW_SERIES,
            ActionId.NEW_ACTION,
        ):
            edit_menu.addAction(self.registry[action_id])
        edit_menu.addAction(self.registry[ActionId.FIND_TIME])
        edit_menu.addSeparator()
        for action_id in (ActionId.NEW_PARTNERSHIP, ActionId.NEW_TOWN, ActionId.NEW_PERSON):
            edit_menu.addAction(self.registry[action_id])
        edit_menu.addSeparator()
        edit_menu.addAction(self.registry[ActionId.PREFERENCES])
        go_menu = bar.addMenu(self.tr("&Go"))
        for action_id in GO_ACTIONS:
            go_menu.addAction(self.registry[action_id])
        go_menu.addSeparator()
        go_menu.addAction(self.registry[ActionId.REFRESH])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.registry[ActionId.ABOUT])

    # --- navigation ----------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget()
        if page is not None and self.isVisible():
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def today(self) -> dt.date:
        """Today in the home town of the first partnership, else in UTC."""
        zone = "UTC"
        if self.overview.cards:
            zone = self.overview.cards[0].row.partnership.home_zone
        return tz.in_zone(self._now(), zone).date()

    # --- data ----------------------------------------------------------------------------

    def _build_record_pages(self) -> None:
        if self.missions is not None:
            return
        from jumelage.ui.pages.actions import ActionsPage
        from jumelage.ui.pages.calendar.page import CalendarPage
        from jumelage.ui.pages.directory import DirectoryPage
        from jumelage.ui.pages.followups import FollowUpsPage
        from jumelage.ui.pages.missions import MissionsPage

        self.missions = MissionsPage(self.today)
        self.followups = FollowUpsPage(self._now, self._editor_context)
        self.actions_page = ActionsPage(self.today, self._editor_context)
        self.partnerships = DirectoryPage(lambda kind, key: self.editors.open(kind, key), self._now)
        self.calendar = CalendarPage(self._editor_context, self.runner, self._now)
        built: list[QWidget] = [
            self.calendar,
            self.missions,
            self.followups,
            self.actions_page,
            self.partnerships,
        ]
        current = self.stack.currentIndex()
        for index, page in enumerate(built, start=1):
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[index] = (self.pages[index][0], page)
        self.stack.setCurrentIndex(current)
        self.calendar.open_requested.connect(lambda kind, key: self.editors.open(kind, key))
        self.missions.activated.connect(lambda row: self.editors.open("mission", row.id))
        self.missions.new_requested.connect(
            lambda pid: self.editors.open("mission", None, partnership_id=pid)
        )
        self.followups.activated.connect(lambda row: self.editors.open("followup", row.id))
        self.followups.find_time_requested.connect(self.find_time)
        self.followups.new_series_requested.connect(self.new_series)
        self.actions_page.activated.connect(lambda row: self.editors.open("action", row.id))
        self.partnerships.activated.connect(lambda row: self.editors.open("partnership", row.id))

    def _editor_context(self) -> EditorContext | None:
        if self.services is None:
            return None
        return EditorContext(self.services, self.edits, self.settings, self._now, self.show_error)

    def export_calendar(self) -> None:
        from jumelage.ui.dialogs.exchange import ExportDialog

        context = self._editor_context()
        if context is not None:
            dialog = ExportDialog(context, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def import_calendar(self, path: Path | None) -> None:
        """Preview and import a partner's .ics file (chosen, dropped on the window, or given)."""
        from jumelage.ui.dialogs.exchange import ImportDialog

        context = self._editor_context()
        if context is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a Calendar File"),
                self.settings.last_folder,
                self.tr("Calendars (*.ics *.ical *.ifb *.icalendar)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            self.settings.last_folder = str(path.parent)
        dialog = ImportDialog(context, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def find_time(self, partnership_id: int | None = None) -> QWidget | None:
        """The "Find a Time" dialog (on ``partnership_id``); a follow-up planned there opens
        in its editor."""
        from jumelage.ui.dialogs.slots import FindTimeDialog

        context = self._editor_context()
        if context is None:
            return None
        dialog = FindTimeDialog(context, self.runner, partnership_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda row: self.editors.open("followup", row.id))
        dialog.open()
        return dialog

    def new_series(self, partnership_id: int | None = None) -> QWidget | None:
        """The "New Recurring Follow-up" dialog (on ``partnership_id``); once the series is
        planned, the Follow-ups page shows its occurrences."""
        from jumelage.ui.dialogs.new_series import NewSeriesDialog

        context = self._editor_context()
        if context is None:
            return None
        dialog = NewSeriesDialog(context, partnership_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page = GO_ACTIONS.index(ActionId.GO_FOLLOWUPS)
        dialog.created.connect(lambda _edit: self.go_to(page))
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.services is not None and _ics_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for path in _ics_paths(event.mimeData().urls()):
            self.import_calendar(path)
        event.acceptProposedAction()

    def show_preferences(self) -> None:
        from jumelage.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def attach(self, services: Services, database_path: Path) -> None:
        self.services = services
        self.database_path = database_path
        self.database_label.setText(self.tr("Database: {path}").format(path=database_path))
        from jumelage.ui.models.rows import plain_tooltip

        self.database_label.setToolTip(plain_tooltip(str(database_path)))  # a path may hold "<"
        for action_id in (
            ActionId.BACKUP_NOW,
            ActionId.REFRESH,
            ActionId.NEW_MISSION,
            ActionId.NEW_FOLLOWUP,
            ActionId.NEW_ACTION,
            ActionId.NEW_PARTNERSHIP,
            ActionId.NEW_TOWN,
            ActionId.NEW_PERSON,
            ActionId.EXPORT_CALENDAR,
            ActionId.IMPORT_CALENDAR,
            ActionId.FIND_TIME,
            ActionId.NEW_SERIES,
        ):
            self.registry[action_id].setEnabled(True)
        if self.missions is None:
            # The Overview loads alone first; the other pages are built and load once it is
            # shown (on the large benchmark database, their loads running beside it delayed it
            # by two seconds). ``refreshed`` waits for them too.
            self._loading += 1
            self._record_pages_due = True
        self._opened.add(self.overview)
        self.refresh(None)

    def _attach_record_pages(self) -> None:
        if not self.isVisible():  # closed while the Overview was loading
            return
        self._build_record_pages()
        self._record_pages_ready = True
        self._open_page(self.stack.currentWidget())
        self._finish_load()  # the count taken in attach

    def _open_page(self, page: QWidget | None) -> None:
        """Load a page's rows when it is first shown (then it reloads on changes, shown or
        not). With 100,000 action items, loading every page at start-up took 7 s on two
        workers and 300 MiB for rows the user may never look at."""
        if page is None or page in self._opened:
            return
        if page is not self.overview and not self._record_pages_ready:
            return  # a placeholder: _attach_record_pages opens the page shown then
        self._opened.add(page)
        self._load_pages(None, [page])

    def refresh(self, changes: Changes | None) -> None:
        """Reload the opened pages that show what ``changes`` touched (all of them for
        ``None``); a page not shown yet loads when it is."""
        self._load_pages(changes, [page for _title, page in self.pages if page in self._opened])

    def _load_pages(self, changes: Changes | None, pages: list[QWidget]) -> None:
        services = self.services
        if services is None:
            return
        for page in pages:
            if not hasattr(page, "loader"):
                continue
            typed: Page = page  # type: ignore[assignment]
            if changes is not None and not typed.watches(changes):
                continue
            load = typed.loader()
            self._loading += 1
            self.runner.submit(
                functools.partial(load, services),
                functools.partial(self._loaded, typed),
                self._load_failed,
            )

    def _loaded(self, page: Page, rows: Any) -> None:
        page.show_rows(rows)
        services = self.services
        if isinstance(page, StagedPage) and services is not None:
            # The slower second part (the Overview's mission checks) once the rows have
            # painted (see jumelage.ui.painted: beside it, their paint took six times longer).
            self._loading += 1
            load = functools.partial(page.more_loader(), services)

            def submit() -> None:
                self.runner.submit(
                    load, functools.partial(self._loaded_more, page), self._load_failed
                )

            if page.isVisible():
                after_paint(self, submit)
            else:
                submit()
        if page is self.overview:
            self.registry[ActionId.LOAD_DEMO].setEnabled(not rows)
        self._finish_load()

    def _loaded_more(self, page: StagedPage, more: Any) -> None:
        page.show_more(more)
        self._finish_load()

    def _load_failed(self, error: BaseException) -> None:
        self._finish_load()
        self.show_error(error)

    def _finish_load(self) -> None:
        if self._record_pages_due:
            # The Overview is in (or failed): it paints before the other pages are built.
            self._record_pages_due = False
            QTimer.singleShot(0, self._attach_record_pages)
        self._loading -= 1
        if self._loading == 0:
            self.refreshed.emit()

    def load_demo(self) -> None:
        services = self.services
        if services is None:
            return
        self.registry[ActionId.LOAD_DEMO].setEnabled(False)
        self.overview.show_message(self.tr("Loading the demo partnerships…"))

        def work() -> None:
            from jumelage.services.demo import populate

            populate(services)

        from jumelage.services.changes import ALL_CHANGED

        self.runner.submit(work, lambda _: self.changed.emit(ALL_CHANGED), self.show_error)

    def backup_now(self) -> None:
        services, source = self.services, self.database_path
        if services is None or source is None:
            return
        stamp = tz.in_zone(self._now(), "UTC").strftime("%Y-%m-%d")
        folder = self.settings.last_folder or str(source.parent)
        suggested = str(Path(folder) / f"{source.stem}-{stamp}.sqlite")
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back Up the Database"),
            suggested,
            self.tr("Jumelage databases (*.sqlite)"),
        )
        if not target:
            return
        target_path = Path(target)
        self.settings.last_folder = str(target_path.parent)

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 8000)

        self.runner.submit(lambda: services.backups.back_up_to(target_path), done, self.show_error)

    def show_error(self, error: BaseException) -> None:
        from jumelage.ui import messages

        text = messages.describe(error)
        if not messages.is_expected(error):
            log.error("unexpected error: %r\n%s", error, getattr(error, "__traceback_text__", ""))
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Jumelage"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def show_about(self) -> None:
        from jumelage.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.settings, self.database_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editors.close_all():
            event.ignore()
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.last_page = self.stack.currentIndex()
        self.settings.sync()
        super().closeEvent(event)


def _ics_paths(urls: list[Any]) -> list[Path]:
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical"))
    ]
