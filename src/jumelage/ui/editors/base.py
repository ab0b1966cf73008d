"""The base of every editor window.

An editor edits one record through the services. Its main fields are saved explicitly (Save,
Ctrl+S) as one undoable edit; closing with unsaved changes asks to save, discard or keep
editing, so nothing is lost silently. Child rows (a delegation, legs, budget lines…) are
applied one by one as they are changed, each an undoable edit too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import FieldErrors
from jumelage.ui.settings import Settings
from jumelage.ui.undo import Edits

if TYPE_CHECKING:
    from jumelage.services import Services


@dataclass(frozen=True)
class EditorContext:
    """What an editor needs from the window that opens it."""

    services: Services
    edits: Edits
    settings: Settings
    now: Callable[[], dt.datetime]
    show_error: Callable[[BaseException], None]


class EditorWindow(Dialog):
    """A non-modal editor window with Save/Close, dirty tracking and inline errors."""

    saved = Signal()

    def __init__(self, context: EditorContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(context.settings, name, parent)
        self.context = context
        self.errors = FieldErrors()
        self._dirty = False
        self._loading = False
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.body = QVBoxLayout()
        self.general_error = self.errors.label_for("general", fallback=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # --- dirty tracking ------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_button.setEnabled(True)
        self.setWindowModified(True)

    def mark_clean(self) -> None:
        self._dirty = False
        self.save_button.setEnabled(False)
        self.setWindowModified(False)

    def loading(self) -> _Loading:
        """``with self.loading():`` fills fields without marking the editor dirty."""
        return _Loading(self)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save through the services; errors appear next to their fields."""
        if not self._dirty:
            return True
        self.errors.clear()
        try:
            self.apply()
        except Exception as error:
            if not self.errors.show(error):
                self.context.show_error(error)
            return False
        self.mark_clean()
        self.saved.emit()
        return True

    def apply(self) -> None:
        """Save the main fields (subclasses). Raise the service's errors unchanged."""
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to “{title}” before closing?").format(
                    title=self.windowTitle().replace("[*]", "")
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        super().closeEvent(event)


class _Loading:
    def __init__(self, editor: EditorWindow) -> None:
        self._editor = editor

    def __enter__(self) -> None:
        self._editor._loading = True

    def __exit__(self, *exc: object) -> None:
        self._editor._loading = False


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label
