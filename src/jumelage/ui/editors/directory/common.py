"""What the three directory editors share: saving through the undo stack, deleting with an
undo that re-creates the record, following undo/redo done elsewhere, and small form helpers.

A directory record is hard-deleted (towns, partnerships and people never appear in a calendar
file, so there is no tombstone): undoing a deletion creates the record again from the spec it
had, under a new id, and redo deletes that new row.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui import undo
from jumelage.ui.editors.base import EditorContext, EditorWindow


class DirectoryEditor(EditorWindow):
    """An editor of one town, partnership or person.

    Subclasses build their fields, then call :meth:`start`; they implement :meth:`service`,
    :meth:`fill`, :meth:`spec`, :meth:`row_spec` and the texts of the undo entries.
    """

    #: Entities whose changes make a clean editor reload its record.
    watched: tuple[Any, ...] = ()

    def __init__(
        self, context: EditorContext, key: int | None, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, name, parent)
        self.key = key
        self.row: Any = None
        # The base class's strings in its own context: self.tr would look in the derived
        # editor's first (see jumelage.ui.pages.table_page).
        self.delete_button = QPushButton(QCoreApplication.translate("DirectoryEditor", "&Delete"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryEditor", "Delete this record (Undo brings it back)"
            )
        )
        self.delete_button.clicked.connect(self.delete_record)
        # Delete sits on the far left, away from Save, whatever the platform's button order.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeWidget(self.buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.buttons, 1)
        outer.addLayout(bottom)
        context.edits.changed.connect(self._changed_elsewhere)

    def bottom_buttons(self) -> list[QWidget]:
        """Delete, then the button box's buttons in the order they appear on screen."""
        box = self.buttons.layout()
        assert box is not None
        items = (box.itemAt(i) for i in range(box.count()))
        shown = [item.widget() for item in items if item is not None]
        return [self.delete_button, *(w for w in shown if w is not None)]

    # --- to implement ----------------------------------------------------------------------

    def service(self) -> Any:
        raise NotImplementedError

    def fill(self, row: Any) -> None:
        """Show ``row`` (``None``: a new record) in the fields."""
        raise NotImplementedError

    def spec(self) -> Any:
        """The spec the fields describe; may raise a domain error naming a field."""
        raise NotImplementedError

    def row_spec(self, row: Any) -> Any:
        """The spec that would create ``row`` again."""
        raise NotImplementedError

    def title_for(self, row: Any) -> str:
        raise NotImplementedError

    def undo_texts(self, name: str) -> tuple[str, str, str]:
        """Undo entries for creating, editing and deleting the record called ``name``."""
        raise NotImplementedError

    def can_delete(self) -> bool:
        return self.row is not None

    def name_of(self, spec: Any) -> str:
        """The name the record created from ``spec`` will have (for the undo entry)."""
        return str(spec.name).strip()

    def unmake(self, row: Any) -> Any:
        """Undo the creation of ``row``."""
        service = self.service()
        return service.delete(row.id, service.get(row.id).version)

    # --- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Load the record (or the defaults of a new one) into the fields."""
        self.row = self.service().get(self.key) if self.key is not None else None
        self._show(self.row)

    def _show(self, row: Any) -> None:
        with self.loading():
            self.fill(row)
        self.setWindowTitle(self.title_for(row) + "[*]")
        self.delete_button.setEnabled(self.can_delete())

    def reload(self) -> None:
        if self.key is None:
            return
        self.row = self.service().get(self.key)
        self._show(self.row)

    def _changed_elsewhere(self, changes: Any) -> None:
        """Undo, redo or another editor changed things: a clean editor follows them."""
        if self.dirty or self.row is None or not changes.touches(*self.watched):
            return
        from jumelage.domain.errors import NotFound

        try:
            self.reload()
        except NotFound:
            # Undoing its creation (or deleting it) removed the record: nothing left to edit.
            self.close()

    # --- saving ------------------------------------------------------------------------------

    def apply(self) -> None:
        spec = self.spec()
        service = self.service()
        edits = self.context.edits
        if self.row is None:
            created, _, _ = self.undo_texts(self.name_of(spec))
            outcome = undo.create(
                edits,
                created,
                make=lambda: service.create(spec),
                unmake=self.unmake,
            )
        else:
            key = self.row.id
            _, edited, _ = self.undo_texts(self.row.name)
            outcome = undo.update(
                edits,
                edited,
                service.update,
                key,
                self.row.version,
                self.row_spec(self.row),
                spec,
                current=lambda: service.get(key).version,
            )
        self.key = outcome.value.id
        self.reload()

    def delete_record(self) -> None:
        """Delete through the undo stack; a record still in use says by what, inline."""
        row = self.row
        if row is None:
            return
        service = self.service()
        spec = self.row_spec(row)
        state: dict[str, int] = {"id": row.id, "version": row.version}

        def delete() -> Any:
            key = state["id"]
            version = state.pop("version", None)
            return service.delete(key, version if version is not None else service.get(key).version)

        def restore() -> Any:
            outcome = service.create(spec)
            state["id"] = outcome.value.id
            return outcome

        _, _, deleted = self.undo_texts(row.name)
        self.errors.clear()
        self.row = None  # not reloaded when the deletion reports the change
        try:
            undo.remove(self.context.edits, deleted, delete, restore)
        except Exception as error:
            self.row = row
            if not self.errors.show(error):
                self.context.show_error(error)
            return
        self.mark_clean()
        self.close()


# --- form helpers ------------------------------------------------------------------------------


def new_form() -> QFormLayout:
    """A form whose long labels ("Vertegenwoordigingsverantwoordelijke:") put the field on
    the next line instead of being cut."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def with_error(field: QWidget | Any, error: QLabel, *more: QWidget, grow: bool = False) -> QWidget:
    """``field`` (a widget or a layout) with its error label underneath, then ``more``.

    Only a ``grow`` field (a description, a table) takes spare height; the others keep
    theirs, so a row never stretches around a one-line field."""
    box = QWidget()
    if not grow:
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(error)
    for widget in more:
        layout.addWidget(widget)
    return box


def plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (the visual one)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class TownCombo(QComboBox):
    """Towns by name; ``value()`` is the chosen town's id (``None``: none chosen)."""

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_towns(self, towns: Sequence[Any]) -> None:
        """Fill with ``towns`` (TownRows), keeping the current choice if it still exists."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none_text:
            self.addItem(self._none_text, None)
        for town in towns:
            self.addItem(town.name, town.id)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, town_id: int | None) -> None:
        index = self.findData(town_id) if town_id is not None else (0 if self._none_text else -1)
        self.setCurrentIndex(index)


def connect_all(signals: Sequence[Any], slot: Callable[..., Any]) -> None:
    for signal in signals:
        signal.connect(slot)
