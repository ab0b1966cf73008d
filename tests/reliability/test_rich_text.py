"""Imported and typed text is never rendered as rich text, and nothing reaches the network.

Every free-text column of every table (found from the models, so a new column is covered
without touching this test) is filled with ``<img src="http://127.0.0.1:9/x.png"><a
href="x">b</a>``, straight in the file (as a partner's import or an old version could have
left it), on top of the demo and a partner calendar imported through the importer. Then every
page, every editor (each tab) and both exchange dialogs are opened and every widget is
inspected: a label showing it must be ``Qt.PlainText``, a text edit must hold it as text (no
``<img>`` in its document), a tooltip must be escaped, and every cell and tooltip of every
item view is read. Meanwhile any socket connection fails the test, and Qt's network module is
never loaded.

(``tests/ui/test_main_window.py`` checks the overview cards alone.)
"""

from __future__ import annotations

import socket
import sqlite3
import sys
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
from tests.reliability.crash_worker import calendar
from tests.ui.conftest import Launcher

HOSTILE = '<img src="http://127.0.0.1:9/x.png"><a href="x">b</a>'
MARKERS = ('<img src="http://127.0.0.1:9/x.png">', '<a href="x">')
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
    return demo_path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access during a test of imported content")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Columns under ``parent``; a list model has one (and no children)."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


class Inspector:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen = 0  # places where the hostile text is on screen, shown as text

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
    qtbot: QtBot, start: Launcher, hostile_database: Path, no_network: list[object],
    tmp_path: Path,
) -> None:  # fmt: skip
    assert "PySide6.QtNetwork" not in sys.modules
    state = start(hostile_database)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    window = state.window
    services = window.services
    assert services is not None
    inspector = Inspector()

    for index in range(window.stack.count()):
        window.go_to(index)
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
    for dialog in (ExportDialog(context, window), ImportDialog(context, partner_file, window)):
        dialog.show()
        inspector.walk(dialog)
        dialog.close()

    print(f"hostile text shown as text in {inspector.seen} places")
    assert sorted(set(inspector.problems)) == []
    assert inspector.seen > 100  # the walk really met the hostile text
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
