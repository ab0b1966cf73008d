"""Preferences: UI choices kept in the settings file (not in the database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.settings import Settings

#: Languages Jumelage is translated into, with their own names (never translated).
LANGUAGES = [("", None), ("en", "English"), ("fr", "Français"), ("nl", "Nederlands")]


class PreferencesDialog(Dialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, "preferences", parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("As the system"), code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        note = QLabel(self.tr("A new language applies the next time Jumelage starts."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.language = str(self.language.currentData() or "")
        self._settings.sync()
        super().accept()
