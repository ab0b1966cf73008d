"""The "Meeting" tab: when, how, and how the call went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jumelage.domain.enums import CallQuality, Channel, FollowUpStatus
from jumelage.ui import labels
from jumelage.ui.editors.followup.fields import with_error, wrapping_form
from jumelage.ui.editors.followup.schedule import BothTownsLabel
from jumelage.ui.forms import EnumCombo, FieldErrors, ZonedDateTimeField, line_edit

if TYPE_CHECKING:
    from jumelage.domain.rows import FollowUpRow, PartnershipRow


class MeetingTab(QWidget):
    """Title, start and duration, channel and link, status, call quality, sharing."""

    changed = Signal()

    def __init__(
        self,
        errors: FieldErrors,
        partnerships: list[PartnershipRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._partnerships = {p.id: p for p in partnerships}
        self.partnership = QComboBox()
        for p in partnerships:
            self.partnership.addItem(p.name, p.id)
        self.title = line_edit(max_length=200)
        self.title.setMinimumWidth(320)
        self.start = ZonedDateTimeField()
        self.both = BothTownsLabel(self.start)
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(15)
        self.channel = EnumCombo(Channel, labels.channel)
        self.join_link = line_edit(max_length=2000, placeholder="https://…")
        self.copy_link = QPushButton(self.tr("Cop&y link"))
        self.copy_link.setAccessibleName(self.tr("Copy the join link"))
        self.copy_link.setToolTip(self.tr("Copy the join link to the clipboard"))
        self.copy_link.clicked.connect(self.copy_join_link)
        self.status = EnumCombo(FollowUpStatus, labels.followup_status)
        self.quality = QComboBox()
        self.quality.addItem(self.tr("Not recorded"), None)
        for member in CallQuality:
            self.quality.addItem(labels.call_quality(member), member.value)
        self.minutes_lost = QSpinBox()
        self.minutes_lost.setRange(0, 24 * 60)
        self.shared = QCheckBox(self.tr("S&hared with the partner town"))
        self.shared.setToolTip(
            self.tr("Shared follow-ups appear in the calendar files sent to the partner town.")
        )

        link_row = QWidget()
        link_layout = QHBoxLayout(link_row)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.join_link, 1)
        link_layout.addWidget(self.copy_link)
        link_row.setFocusProxy(self.join_link)

        form = wrapping_form(self)
        rows: list[tuple[str, QWidget, QWidget, str]] = [
            (self.tr("&Partnership:"), self.partnership, self.partnership, "partnership"),
            (self.tr("&Title:"), self.title, self.title, "title"),
            (self.tr("&Starts:"), self.start, self.start.edit, "start"),
        ]
        for caption, field, buddy, name in rows:
            label = QLabel(caption)
            label.setBuddy(buddy)
            form.addRow(label, with_error(field, errors.label_for(name)))
        form.addRow(self.tr("In both towns:"), self.both)
        for caption, field, buddy, name in [
            (self.tr("&Duration (minutes):"), self.duration, self.duration, "duration"),
            (self.tr("&Channel:"), self.channel, self.channel, "channel"),
            (self.tr("&Join link:"), link_row, self.join_link, "join_link"),
            (self.tr("Stat&us:"), self.status, self.status, "status"),
            (self.tr("Call &quality:"), self.quality, self.quality, "quality"),
            (
                self.tr("Minutes &lost to connection trouble:"),
                self.minutes_lost,
                self.minutes_lost,
                "minutes_lost",
            ),
        ]:
            label = QLabel(caption)
            label.setBuddy(buddy)
            form.addRow(label, with_error(field, errors.label_for(name)))
        form.addRow("", self.shared)

        for signal in (
            self.partnership.currentIndexChanged,
            self.title.textChanged,
            self.start.changed,
            self.duration.valueChanged,
            self.channel.currentIndexChanged,
            self.join_link.textChanged,
            self.status.currentIndexChanged,
            self.quality.currentIndexChanged,
            self.minutes_lost.valueChanged,
            self.shared.toggled,
        ):
            signal.connect(self.changed)
        self.partnership.currentIndexChanged.connect(self._partnership_changed)
        self.join_link.textChanged.connect(self._update_copy)
        self._update_copy()

    def current_partnership(self) -> PartnershipRow | None:
        return self._partnerships.get(self.partnership.currentData())

    def _partnership_changed(self, *_args: object) -> None:
        self.both.set_partnership(self.current_partnership())

    def _update_copy(self, *_args: object) -> None:
        self.copy_link.setEnabled(bool(self.join_link.text().strip()))

    def copy_join_link(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.join_link.text().strip())

    def fill(self, row: FollowUpRow) -> None:
        self.partnership.setCurrentIndex(max(self.partnership.findData(row.partnership_id), 0))
        self.title.setText(row.title)
        self.start.set_value(row.start)
        self.duration.setValue(row.duration_min)
        self.channel.set_value(row.channel)
        self.join_link.setText(row.join_link)
        self.status.set_value(row.status)
        self.quality.setCurrentIndex(
            max(self.quality.findData(row.quality.value if row.quality else None), 0)
        )
        self.minutes_lost.setValue(row.minutes_lost)
        self.shared.setChecked(row.shared)
        self._partnership_changed()

    def quality_value(self) -> CallQuality | None:
        data = self.quality.currentData()
        return CallQuality(data) if data else None
