"""The small dialog that asks when the partnership's next follow-up starts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.editors.base import heading
from jumelage.ui.editors.followup.fields import with_error, wrapping_form
from jumelage.ui.forms import FieldErrors, ZonedDateTimeField

if TYPE_CHECKING:
    from jumelage.domain.rows import PartnershipRow
    from jumelage.ui.settings import Settings


def plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BothTownsLabel(QLabel):
    """ "10:00 Anderlecht · 08:00 Marsassoum" for the value of a :class:`ZonedDateTimeField`,
    updated as it changes (or why the time is impossible)."""

    def __init__(self, field: ZonedDateTimeField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Time in both towns"))
        self._field = field
        self.partnership: PartnershipRow | None = None
        field.changed.connect(self.update_text)

    def set_partnership(self, partnership: PartnershipRow | None) -> None:
        self.partnership = partnership
        self.update_text()

    def update_text(self) -> None:
        from jumelage.ui import messages
        from jumelage.ui.pages.followups import both_towns

        try:
            value = self._field.value()
        except Exception as error:
            self.setText("⚠ " + messages.describe(error))
            return
        self.setText(both_towns(value, self.partnership))


class NextFollowUpDialog(Dialog):
    """Asks for the start (pre-filled with a suggestion); OK hands it to ``submit``, whose
    errors appear in the dialog, which then stays open."""

    def __init__(
        self,
        settings: Settings,
        partnership: PartnershipRow,
        start: dt.datetime,
        submit: Callable[[dt.datetime], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "next_followup", parent)
        self._submit = submit
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Next Follow-up"))
        self.start = ZonedDateTimeField(start)
        self.both = BothTownsLabel(self.start)
        self.both.set_partnership(partnership)
        form = wrapping_form()
        label = QLabel(self.tr("&Starts:"))
        label.setBuddy(self.start.edit)
        form.addRow(label, with_error(self.start, self.errors.label_for("start")))
        form.addRow(self.tr("In both towns:"), self.both)
        general = self.errors.label_for("general", fallback=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Next follow-up of {name}").format(name=partnership.name)))
        layout.addWidget(
            plain(
                self.tr(
                    "Its agenda lists the partnership's open action items and the next steps "
                    "from the minutes of the previous follow-up."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.start.setFocus()

    def value(self) -> dt.datetime:
        return self.start.value()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.value())
        except Exception as error:
            self.errors.show(error)
            return
        super().accept()
