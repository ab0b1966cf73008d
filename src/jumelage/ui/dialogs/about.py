"""About Jumelage: versions, the time zone database in use, where the data lives."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jumelage import __version__
from jumelage.domain import time as tz
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.settings import Settings


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(Dialog):
    def __init__(
        self, settings: Settings, database: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(settings, "about", parent)
        self.setWindowTitle(self.tr("About Jumelage"))
        intro = _value(
            self.tr(
                "Jumelage plans field missions, logs video follow-ups and exchanges calendars "
                "between partner towns."
            )
        )
        form = QFormLayout()
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Time zone database"), tz.tz_database_version()),
            (self.tr("Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
            (self.tr("Python"), platform.python_version()),
            (self.tr("Database"), str(database) if database else self.tr("not open")),
        ]
        for caption, text in rows:
            value = _value(text)
            value.setObjectName(caption)
            label = QLabel(caption)
            label.setBuddy(value)
            form.addRow(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
