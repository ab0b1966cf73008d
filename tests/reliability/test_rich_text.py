"""Imported and typed text is never rendered as rich text, and nothing reaches the network.

Every free-text column of every table (found from the models, so a new column is covered
without touching this test) is filled with ``<img src="http://127.0.0.1:9/x.png"><a
href="x">b</a>``, straight in the file (as a partner's import or an old version could have
left it), on top of the demo and a partner calendar imported through the importer. Then every
page, every editor (each tab) and both exchange dialogs are opened and every widget is
inspected: a label showing it must be ``Qt.PlainText``, a text edit must hold it as text (no
``<img>`` in its document), a tooltip must be escaped, and every cell and tooltip of every
item view is read. Meanwhile any network attempt, from Python's sockets or Qt's, fails the
test (``tests/reliability/network.py``, autouse here); and the source shows the app uses no
networking module but Qt's local sockets (``test_the_app_has_no_network_code``).

(``tests/ui/test_main_window.py`` checks the overview cards alone.)
"""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Enum, String, Text

from jumelage.persistence.base import Base
from jumelage.persistence.database import open_database
from jumelage.services import Services
from tests.conftest import fixed_clock
from tests.ics.test_hostile import LINKS
from tests.reliability.crash_worker import calendar
from tests.ui.conftest import Launcher, open_page

HOSTILE = '<img src="http://127.0.0.1:9/x.png"><a href="x">b</a>'
MARKERS = ('<img src="http://127.0.0.1:9/x.png">', '<a href="x">')
LINKED = '<a href="http://partner.invalid/">'  # in the summary of the calendar of links
#: Columns that are codes, not prose (time zones, country codes, rules, UIDs...): the app
#: refuses or cannot read anything else there, so they keep their values.
CODES = {
    "time_zone", "depart_zone", "arrive_zone", "country", "subdivision", "weekend", "colour",
    "sdgs", "languages", "uid", "rule", "recurrence_id", "raw", "key", "value", "version_num",
}  # fmt: skip
EDITORS = ("mission", "followup", "action", "partnership", "town", "person")


def prose_columns() -> list[tuple[str, str]]:
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Enum) or not isinstance(column.type, String | Text):
                continue
            if column.primary_key or column.name in CODES:
                continue
            found.append((table.name, column.name))
    return found


def fill_everything(path: Path) -> int:
    """HOSTILE (and the row id, for unique names) in every prose column of every row."""
    conn = sqlite3.connect(path)
    filled = 0
    try:
        for table, column in prose_columns():
            cursor = conn.execute(
                f'UPDATE "{table}" SET "{column}" = ? || \' \' || rowid', (HOSTILE,)
            )
            filled += cursor.rowcount
        conn.commit()
    finally:
        conn.close()
    return filled


@pytest.fixture
def hostile_database(demo_path: Path) -> Path:
    with open_database(demo_path, daily_backup=False) as database:
        services = Services.over(database, fixed_clock)
        partnership = services.partnerships.find("Marsassoum").id
        services.imports.apply(calendar(1), "partner.ics", partnership)
    assert fill_everything(demo_path) > 300
    # Then a calendar full of links (ATTACH, URL, TZURL, IMAGE, CONFERENCE, SENT-BY,
    # X-ALT-DESC with <img src=http://...>), its text left as the importer stored it.
    with open_database(demo_path, daily_backup=False) as database:
        services = Services.over(database, fixed_clock)
        assert services.imports.apply(LINKS, "links.ics", partnership).value.new
    return demo_path


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Columns under ``parent``; a list model has one (and no children)."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


class Inspector:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen = 0  # places where the hostile text is on screen, shown as text
        self.links = 0  # places showing the text of the calendar full of links (LINKS)

    def name(self, widget: QWidget) -> str:
        """The widget's class and name, in the first named widget around it."""
        text = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        outer = widget.parentWidget()
        while outer is not None and not (outer.objectName() or outer.accessibleName()):
            outer = outer.parentWidget()
        if outer is not None and outer is not widget:
            text += f" in {type(outer).__name__} {outer.objectName() or outer.accessibleName()!r}"
        return text

    def tooltip(self, where: str, text: str) -> None:
        if any(m in text for m in MARKERS):
            self.problems.append(f"{where}: tooltip shows the text as HTML")

    def widget(self, widget: QWidget) -> None:
        where = self.name(widget)
        self.tooltip(where, widget.toolTip())
        if isinstance(widget, QLabel) and any(m in widget.text() for m in MARKERS):
            self.seen += 1
            self.links += LINKED in widget.text()
            if widget.textFormat() != Qt.TextFormat.PlainText:
                self.problems.append(f"{where}: label is {widget.textFormat()}")
        if isinstance(widget, QTextEdit):
            if any(m in widget.toHtml() for m in MARKERS):
                self.problems.append(f"{where}: text edit renders HTML")
            if HOSTILE in widget.toPlainText():
                self.seen += 1
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                self.tooltip(f"{where} tab {i}", widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self.model(where, widget.model(), QModelIndex())

    def model(self, where: str, model: QAbstractItemModel, parent: QModelIndex) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns(model, parent)):
                index = model.index(row, column, parent)
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(shown, str) and HOSTILE in shown:
                    self.seen += 1
                if isinstance(shown, str) and LINKED in shown:
                    self.links += 1
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.tooltip(f"{where} cell ({row}, {column})", tip)
                if column == 0 and columns(model, index) and model.rowCount(index) > 0:
                    self.model(where, model, index)

    def walk(self, root: QWidget) -> None:
        QApplication.processEvents()
        for widget in [root, *root.findChildren(QWidget)]:
            self.widget(widget)


def test_hostile_text_everywhere_is_shown_as_text(
    qtbot: QtBot, start: Launcher, hostile_database: Path, no_network: list[str],
    tmp_path: Path,
) -> None:  # fmt: skip
    state = start(hostile_database)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    window = state.window
    services = window.services
    assert services is not None
    inspector = Inspector()

    for index in range(window.stack.count()):
        open_page(qtbot, state, index)  # and wait for its rows: walk what is really shown
        inspector.walk(window)

    keys = {
        "mission": services.missions.list,
        "followup": services.followups.list,
        "action": services.actions.list,
        "partnership": services.partnerships.list,
        "town": services.towns.list,
        "person": services.people.list,
    }
    for kind in EDITORS:
        for row in keys[kind]()[:2]:
            editor = window.editors.open(kind, row.id)
            assert editor is not None
            for tabs in editor.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    inspector.walk(editor)
            inspector.walk(editor)
            editor.mark_clean()
            editor.close()

    from jumelage.ui.dialogs.exchange import ExportDialog, ImportDialog

    context = window._editor_context()
    assert context is not None
    partner_file = tmp_path / "hostile.ics"
    partner_file.write_bytes(
        calendar(2)
        .replace(b"SUMMARY:", f"LOCATION:{HOSTILE}\r\nSUMMARY:{HOSTILE} ".encode())
        .replace(b"DURATION:", f"DESCRIPTION:{HOSTILE}\r\nDURATION:".encode())
    )
    links_file = tmp_path / "links.ics"
    links_file.write_bytes(LINKS)
    for dialog in (
        ExportDialog(context, window),
        ImportDialog(context, partner_file, window),
        ImportDialog(context, links_file, window),
    ):
        dialog.show()
        inspector.walk(dialog)
        dialog.close()

    print(
        f"hostile text shown as text in {inspector.seen} places, "
        f"the calendar of links in {inspector.links}"
    )
    assert sorted(set(inspector.problems)) == []
    assert inspector.seen > 2_000  # the walk really met the hostile text (2,769 places)
    assert inspector.links > 0  # and the calendar full of links
    assert no_network == []


def test_calendar_tooltips_and_the_close_prompt_show_hostile_text_as_text(
    qtbot: QtBot, start: Launcher, hostile_database: Path, no_network: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The month and week views paint their entries and show tooltips by hand (QToolTip),
    the agenda sets them on its items, and closing an editor with unsaved changes names the
    record in a question: all with the hostile title escaped, never as HTML."""
    import datetime as dt
    import html

    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QMessageBox, QToolTip

    from jumelage.ui.pages.calendar.page import CalendarPage

    shown: list[str] = []
    monkeypatch.setattr(
        QToolTip, "showText", staticmethod(lambda _p, text, *_a: shown.append(text))
    )
    state = start(hostile_database)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    window = state.window
    window.go_to(1)
    page = window.calendar
    assert isinstance(page, CalendarPage)

    def wait_loaded(action: object) -> None:
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            action()  # type: ignore[operator]

    def hover(widget: QWidget, point: QPoint) -> str:
        shown.clear()
        event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
        QApplication.sendEvent(widget, event)
        assert len(shown) == 1
        return shown[0]

    escaped = html.escape(HOSTILE)
    problems: list[str] = []

    def check(where: str, tip: str) -> None:
        if any(m in tip for m in MARKERS) or escaped not in tip:
            problems.append(f"{where}: {tip!r}")

    wait_loaded(lambda: page.select_partnership(1))
    wait_loaded(lambda: page.go_to_date(dt.date(2026, 4, 27)))  # the demo's mission
    month = [i for i in page.month.items() if HOSTILE in i.entry.title]
    assert month
    for item in month[:5]:
        check(f"month {item.entry.kind}", hover(page.month, item.rect.center().toPoint()))

    wait_loaded(lambda: page.set_mode("week"))
    week = page.week
    segments = [s for s in week.segments if HOSTILE in s.entry.title]
    bars = [b for b in week.bars if HOSTILE in b.entry.title]
    assert segments or bars
    for seg in segments[:3]:
        point = week.segment_rect(seg).center().toPoint()
        check(f"week {seg.entry.kind}", hover(week.body, point))
    for bar in bars[:3]:
        check(
            f"week bar {bar.entry.kind}", hover(week.header, week.bar_rect(bar).center().toPoint())
        )

    wait_loaded(lambda: page.set_mode("agenda"))
    model = page.agenda.model()
    tips = [
        model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    hostile_tips = [t for t in tips if isinstance(t, str) and escaped in t]
    assert hostile_tips
    problems += [
        f"agenda: {t!r}" for t in tips if isinstance(t, str) and any(m in t for m in MARKERS)
    ]
    assert problems == []

    # The question when an editor with unsaved changes closes names the record.
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer(box: QMessageBox) -> int:
        asked.append((box.textFormat(), box.text()))
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    services = window.services
    assert services is not None
    mission = next(m for m in services.missions.list() if HOSTILE in m.title)
    editor = window.editors.open("mission", mission.id)
    assert editor is not None
    editor.overview.title.setText(mission.title + " (draft)")
    assert editor.dirty
    editor.close()
    assert len(asked) == 1
    text_format, text = asked[0]
    assert text_format == Qt.TextFormat.PlainText
    assert HOSTILE in text
    assert no_network == []


#: Modules that reach the network. The app may import none of them, but for ``socket`` in the
#: instance lock (``gethostname``, to name the holder) and Qt's local sockets.
NETWORK_MODULES = {
    "socket", "ssl", "http", "urllib", "ftplib", "smtplib", "imaplib", "poplib", "xmlrpc",
    "requests", "httpx", "aiohttp", "urllib3", "asyncio", "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
}  # fmt: skip
ALLOWED = {
    ("persistence/lock.py", "socket"): {"gethostname"},
    ("app/handoff.py", "PySide6.QtNetwork"): {"QLocalServer", "QLocalSocket"},
}


def test_the_app_has_no_network_code() -> None:
    """From the source: every import of a networking module by the app, and what it uses."""
    source = Path(__file__).resolve().parents[2] / "src" / "jumelage"
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(source).as_posix()
        imported: dict[str, str] = {}  # local name -> networking module
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    module = alias.name
                    if any(module == m or module.startswith(m + ".") for m in NETWORK_MODULES):
                        imported[alias.asname or module.split(".")[0]] = module
                        found.setdefault((where, module), set())
            elif isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
                if any(module == m or module.startswith(m + ".") for m in NETWORK_MODULES):
                    found.setdefault((where, module), set()).update(a.name for a in node.names)
        for node in ast.walk(tree):  # socket.gethostname(): the attributes used
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in imported
            ):
                found[(where, imported[node.value.id])].add(node.attr)
    assert found == ALLOWED
