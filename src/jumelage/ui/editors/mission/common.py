"""What the tabs and dialogs of the mission dossier share.

- :class:`ChildTab`: a tab of child rows (delegation, legs, agenda, budget) with Add, Edit and
  Remove buttons; every change is one undoable edit, applied at once.
- :class:`ChildDialog`: a small dialog that edits one child row. Its OK button hands the
  dialog's ``spec()`` to a ``submit`` callable (the tab's service call through the undo
  stack); a refused value is shown next to its field and the dialog stays open, so nothing
  typed is lost. ``accepted`` is emitted only once the change is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import FieldErrors

if TYPE_CHECKING:
    from jumelage.domain.rows import MissionDetail, PartnershipRow
    from jumelage.services import Services
    from jumelage.ui.editors.base import EditorContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def zone_city(zone: str) -> str:
    """The place an IANA zone is named after: ``Europe/Brussels`` → ``Brussels``."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def duration_text(delta: dt.timedelta) -> str:
    """ "7 h 15 min" (elapsed time between two instants)."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return QCoreApplication.translate("mission", "{minutes} min").format(minutes=rest)
    if rest == 0:
        return QCoreApplication.translate("mission", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("mission", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest
    )


def other_town(partnership: PartnershipRow, destination_town_id: int) -> tuple[str, str]:
    """``(town, zone)`` to show beside the destination's clocks: the home town, or the partner
    town when the partner's delegation visits us."""
    if destination_town_id == partnership.home_town_id:
        return partnership.partner_town, partnership.partner_zone
    return partnership.home_town, partnership.home_zone


def with_error(widget: QWidget, errors: FieldErrors, field: str) -> QWidget:
    """``widget`` with the error label of ``field`` under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.label_for(field))
    box.setFocusProxy(widget)
    return box


def wrapping_form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class ChildTab(QWidget):
    """A tab of the dossier that lists child rows and changes them one undoable edit at a
    time. Subclasses fill :attr:`table` and implement ``show_detail``, ``add``, ``edit`` and
    ``remove``."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MissionDetail | None = None
        self.partnership: PartnershipRow | None = None
        self.dialog: ChildDialog | None = None
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.table: QTableView | None = None

    @property
    def services(self) -> Services:
        return self.context.services

    @property
    def mission_id(self) -> int:
        assert self.detail is not None, "the mission is not saved yet"
        return self.detail.mission.id

    def make_table(self, table: QTableView, name: str) -> QTableView:
        """Set up ``table``: whole rows, keyboard first (Enter edits, Delete removes)."""
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(lambda *_: self.edit())
        delete = QShortcut(QKeySequence.StandardKey.Delete, table, self.remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table = table
        return table

    def add_button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        """A text button with a spelled-out accessible name and tooltip."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(lambda *_: slot())
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def show_detail(self, detail: MissionDetail, partnership: PartnershipRow) -> None:
        self.detail = detail
        self.partnership = partnership

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError

    def run(self, change: Callable[[], object]) -> bool:
        """Run an immediate edit; a refused one is reported, never half-applied."""
        try:
            change()
        except Exception as error:
            self.context.show_error(error)
            return False
        return True

    def open_dialog(self, dialog: ChildDialog) -> ChildDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: ChildDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


class ChildDialog(Dialog):
    """Edits one child row; ``submit(spec)`` saves it (and raises the service's errors)."""

    def __init__(
        self,
        context: EditorContext,
        name: str,
        title: str,
        submit: Callable[[Any], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context.settings, name, parent)
        self.context = context
        self._submit = submit
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.form = wrapping_form()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.errors.label_for("general", fallback=True))
        layout.addWidget(self.buttons)

    def row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A form row whose label is the buddy of ``widget``; errors of ``field`` under it."""
        field_widget = widget if field is None else with_error(widget, self.errors, field)
        self.form.addRow(buddy(label, widget), field_widget)

    def spec(self) -> Any:
        raise NotImplementedError

    def submit(self) -> bool:
        self.errors.clear()
        try:
            self._submit(self.spec())
        except Exception as error:
            if not self.errors.show(error):
                self.context.show_error(error)
            return False
        self.accept()
        return True
