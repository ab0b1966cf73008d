"""The base of every dialog: it remembers its size and place between sessions."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from jumelage.ui.settings import Settings


class Dialog(QDialog):
    def __init__(self, settings: Settings, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._name = name
        self.setObjectName(name)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        geometry = self._settings.geometry(self._name)
        if geometry is not None:
            self.restoreGeometry(geometry)
        super().showEvent(event)

    def done(self, result: int) -> None:
        self._settings.set_geometry(self._name, self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_geometry(self._name, self.saveGeometry())
        super().closeEvent(event)
