"""The "Agenda and minutes" tab: the agenda, the minutes, and the decisions taken.

Agenda and minutes are main fields (saved with Save); each decision is added, edited or
removed at once, as its own undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui import undo
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import FieldErrors, text_edit

if TYPE_CHECKING:
    from jumelage.domain.rows import DecisionRow
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext
    from jumelage.ui.settings import Settings


class DecisionDialog(Dialog):
    """One decision's text; OK hands it to ``submit`` (errors appear here)."""

    def __init__(
        self,
        settings: Settings,
        title: str,
        text: str,
        submit: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "decision", parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.errors = FieldErrors()
        self.text = text_edit(text)
        label = QLabel(self.tr("&Decision:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.errors.label_for("decision", fallback=True))
        layout.addWidget(buttons)
        self.resize(460, 220)
        self.text.setFocus()

    def value(self) -> str:
        return self.text.toPlainText()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.value())
        except Exception as error:
            self.errors.show(error)
            return
        super().accept()


class NotesTab(QWidget):
    def __init__(
        self,
        context: EditorContext,
        followup_id: Callable[[], int | None],
        errors: FieldErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._followup_id = followup_id
        self.agenda = text_edit()
        self.minutes = text_edit(
            placeholder=self.tr(
                "What was said. A “Next steps” paragraph is carried into the next agenda."
            )
        )
        self.decisions = QListWidget()
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setWordWrap(True)
        self.decisions.itemActivated.connect(lambda _item: self.edit_decision())
        self.add_button = QPushButton(self.tr("Add d&ecision…"))
        self.edit_button = QPushButton(self.tr("Edi&t decision…"))
        self.remove_button = QPushButton(self.tr("&Remove decision"))
        self.add_button.clicked.connect(self.add_decision)
        self.edit_button.clicked.connect(self.edit_decision)
        self.remove_button.clicked.connect(self.remove_decision)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.decisions,
            self.remove_decision,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.decisions.currentRowChanged.connect(self._update_buttons)
        self._rows: list[DecisionRow] = []
        self._dialog: Dialog | None = None

        def block(caption: str, widget: QWidget, error: str | None) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
            if error:
                layout.addWidget(errors.label_for(error))
            return box

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        decisions = block(self.tr("&Decisions:"), self.decisions, None)
        decisions_layout = decisions.layout()
        assert isinstance(decisions_layout, QVBoxLayout)
        decisions_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.prefill_note = QLabel(
            self.tr(
                "Pre-filled with the open action items and the next steps of the previous "
                "follow-up; edit it freely. Saving records the items it lists as discussed at "
                "this follow-up."
            )
        )
        self.prefill_note.setTextFormat(Qt.TextFormat.PlainText)
        self.prefill_note.setWordWrap(True)
        self.prefill_note.hide()
        agenda = block(self.tr("A&genda:"), self.agenda, "agenda")
        agenda_layout = agenda.layout()
        assert isinstance(agenda_layout, QVBoxLayout)
        agenda_layout.insertWidget(1, self.prefill_note)
        splitter.addWidget(agenda)
        splitter.addWidget(block(self.tr("Min&utes:"), self.minutes, "minutes"))
        splitter.addWidget(decisions)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def show_prefill_note(self, shown: bool) -> None:
        """Say where a new follow-up's agenda came from (hidden once saved)."""
        self.prefill_note.setVisible(shown)

    # --- decisions -------------------------------------------------------------------------

    def show_decisions(self, rows: tuple[DecisionRow, ...]) -> None:
        current = self.current()
        self._rows = list(rows)
        self.decisions.clear()
        for row in rows:
            item = QListWidgetItem(row.text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.decisions.addItem(item)
            if current is not None and row.id == current.id:
                self.decisions.setCurrentItem(item)
        self._update_buttons()

    def current(self) -> DecisionRow | None:
        index = self.decisions.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _update_buttons(self, *_args: object) -> None:
        has_key = self._followup_id() is not None
        self.add_button.setEnabled(has_key)
        self.edit_button.setEnabled(has_key and self.current() is not None)
        self.remove_button.setEnabled(has_key and self.current() is not None)

    def _open(self, title: str, text: str, submit: Callable[[str], None]) -> None:
        dialog = DecisionDialog(self.context.settings, title, text, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def add_decision(self) -> None:
        followup_id = self._followup_id()
        if followup_id is None:
            return
        followups = self.context.services.followups

        def submit(text: str) -> None:
            undo.create(
                self.context.edits,
                self.tr("Add a decision"),
                make=lambda: followups.add_decision(followup_id, text),
                unmake=lambda row: followups.remove_decision(row.id),
            )

        self._open(self.tr("Add a Decision"), "", submit)

    def edit_decision(self) -> None:
        followup_id, row = self._followup_id(), self.current()
        if followup_id is None or row is None:
            return
        followups = self.context.services.followups

        def version() -> int:
            for d in followups.get(followup_id).decisions:
                if d.id == row.id:
                    return d.version
            return row.version

        def submit(text: str) -> None:
            if text == row.text:
                return
            undo.update(
                self.context.edits,
                self.tr("Edit a decision"),
                followups.update_decision,
                row.id,
                row.version,
                row.text,
                text,
                current=version,
            )

        self._open(self.tr("Edit the Decision"), row.text, submit)

    def remove_decision(self) -> None:
        followup_id, row = self._followup_id(), self.current()
        if followup_id is None or row is None:
            return
        followups = self.context.services.followups
        # Decisions are deleted for good: undo adds the text again, redo removes that copy.
        # The first removal checks the version this editor showed; redo goes by the current row.
        state, loaded = {"id": row.id}, {"version": row.version}

        def delete() -> Outcome[Any]:
            return followups.remove_decision(state["id"], loaded.pop("version", None))

        def restore() -> Outcome[Any]:
            outcome = followups.add_decision(followup_id, row.text)
            state["id"] = outcome.value.id
            return outcome

        try:
            undo.remove(self.context.edits, self.tr("Remove a decision"), delete, restore)
        except Exception as error:
            self.context.show_error(error)
