"""The base of every editor window.

An editor edits one record through the services. Its main fields are saved explicitly (Save,
Ctrl+S) as one undoable edit; closing with unsaved changes asks to save, discard or keep
editing, so nothing is lost silently. Child rows (a delegation, legs, budget lines…) are
applied one by one as they are changed, each an undoable edit too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.editors.context import EditorContext as EditorContext  # re-exported
from jumelage.ui.forms import FieldErrors


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
        self.undo_action, self.redo_action = self._undo_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and redo of the shared stack, in this window too (an editor is a window of
        its own: the main window's shortcuts do not reach it).

        The standard desktop behaviour: while a text field has the focus, Ctrl+Z and
        Ctrl+Shift+Z undo and redo its typing (Qt's text fields claim those keys through a
        shortcut override, which wins over window shortcuts); anywhere else (a table, a list,
        a button) they undo and redo the last committed edit, as the Edit menu does."""
        stack = self.context.edits.stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys
        ]
        redo.setShortcuts(keys)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        return undo, redo

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
            answer = ask_unsaved(self, self.windowTitle().replace("[*]", ""))
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        super().closeEvent(event)


def unsaved_changes_box(parent: QWidget, title: str) -> QMessageBox:
    """ "Save the changes to “{title}” before closing?" with Save, Discard and Cancel.

    The record's title is typed or imported text: the box shows it as plain text (a static
    ``QMessageBox.question`` guesses, and would render ``<img src=...>``)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorWindow", "Unsaved changes"),
        QCoreApplication.translate(
            "EditorWindow", "Save the changes to “{title}” before closing?"
        ).format(title=title),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("unsaved_changes")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_unsaved(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    """Ask :func:`unsaved_changes_box`'s question and wait for the answer (tests replace
    this function, see ``tests/ui/conftest.py``)."""
    box = unsaved_changes_box(parent, title)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()


class _Loading:
    def __init__(self, editor: EditorWindow) -> None:
        self._editor = editor
        self._was = False

    def __enter__(self) -> None:
        self._was = self._editor._loading  # nested blocks leave the outer one loading
        self._editor._loading = True

    def __exit__(self, *exc: object) -> None:
        self._editor._loading = self._was


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label
