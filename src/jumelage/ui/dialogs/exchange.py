"""Calendar exchange from the desktop: export with a preview of exactly what leaves the laptop,
and import with a preview of what a partner's file would change, applied all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui import format as fmt
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import DateField

if TYPE_CHECKING:
    from jumelage.ui.editors.base import EditorContext


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _when(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        zone = getattr(value.tzinfo, "key", "") or ""
        return f"{fmt.when(value)} {zone}".strip()
    return fmt.day_month(value)


class ExportDialog(Dialog):
    """One partnership (or all), a profile, a date range; the list of events that will be in
    the file is shown before anything is written."""

    exported = Signal(object)  # Path

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context.settings, "export_calendar", parent)
        self.context = context
        self.setWindowTitle(self.tr("Export a Calendar File"))
        services = context.services
        self.partnership = QComboBox()
        self.partnership.addItem(self.tr("All partnerships"), None)
        for row in services.partnerships.list():
            self.partnership.addItem(row.name, row.id)
        self.profile = QComboBox()
        self.profile.addItem(self.tr("For the partner town (shared items only)"), "partner")
        self.profile.addItem(self.tr("For our team (everything)"), "internal")
        today = context.now().date()
        self.limit = QCheckBox(self.tr("Only &between these dates"))
        self.first = DateField(today - dt.timedelta(days=30))
        self.last = DateField(today + dt.timedelta(days=365))
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(self.last)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, widget in (
            (self.tr("&Partnership:"), self.partnership),
            (self.tr("P&rofile:"), self.profile),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.limit, dates)
        self.summary = _plain()
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Events in the file"))
        self.error = _plain()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (
            self.partnership.currentIndexChanged,
            self.profile.currentIndexChanged,
            self.limit.toggled,
            self.first.dateChanged,
            self.last.dateChanged,
        ):
            signal.connect(self.refresh)
        self.first.setEnabled(False)
        self.last.setEnabled(False)
        self.limit.toggled.connect(self.first.setEnabled)
        self.limit.toggled.connect(self.last.setEnabled)
        self.result: Any = None
        self.resize(720, 560)
        self.refresh()

    def request(self) -> Any:
        from jumelage.ics.model import Profile
        from jumelage.ics.profiles import ExportRequest

        limited = self.limit.isChecked()
        return ExportRequest(
            partnership_id=self.partnership.currentData(),
            profile=Profile(self.profile.currentData()),
            start=self.first.value() if limited else None,
            end=self.last.value() if limited else None,
        )

    def refresh(self, *_: object) -> None:
        """Show exactly what the file would contain."""
        from jumelage.ui import messages

        self.events.clear()
        self.error.clear()
        try:
            self.result = self.context.services.exports.preview(self.request())
        except Exception as error:
            self.result = None
            self.error.setText("⚠ " + messages.describe(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        for event in self.result.events:
            self.events.addItem(
                self.tr("{when} — {title} ({category})").format(
                    when=_when(event.start), title=event.summary, category=event.category
                )
            )
        self.summary.setText(
            self.tr(
                "%n event(s) will leave this computer in “{name}”.", "", len(self.result.events)
            ).format(name=self.result.name)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def save(self) -> None:
        if self.result is None:
            return
        folder = self._settings.last_folder or str(Path.home())
        suggested = str(Path(folder) / (self.result.name.replace("/", "-") + ".ics"))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Calendar File"), suggested, self.tr("Calendars (*.ics)")
        )
        if not target:
            return
        path = Path(target)
        try:
            self.context.services.exports.export(self.request(), path)
        except Exception as error:
            self.context.show_error(error)
            return
        self._settings.last_folder = str(path.parent)
        self.exported.emit(path)
        self.accept()


class ImportDialog(Dialog):
    """What a partner's file would change — new, changed (with the fields), cancelled,
    unchanged, our own items, clashes with our plans — then Apply, all or nothing."""

    imported = Signal(object)  # ImportPreview

    def __init__(self, context: EditorContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(context.settings, "import_calendar", parent)
        self.context = context
        self.path = path
        self.setWindowTitle(self.tr("Import “{name}”").format(name=path.name))
        self.partnership = QComboBox()
        self.partnership.addItem(self.tr("Find it from the file"), None)
        for row in context.services.partnerships.list():
            self.partnership.addItem(row.name, row.id)
        label = QLabel(self.tr("&Partnership:"))
        label.setBuddy(self.partnership)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.partnership, 1)
        self.summary = _plain()
        self.details = QListWidget()
        self.details.setAccessibleName(self.tr("What the import would change"))
        self.error = _plain()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.data = b""
        self.preview: Any = None
        self.partnership.currentIndexChanged.connect(self.refresh)
        self.resize(720, 560)
        self.load()

    def load(self) -> None:
        from jumelage.ui import messages

        try:
            self.data = self.context.services.imports.read_file(self.path)
        except Exception as error:
            self.error.setText("⚠ " + messages.describe(error))
            self.apply_button.setEnabled(False)
            return
        self.refresh()

    def refresh(self, *_: object) -> None:
        from jumelage.ui import messages

        self.details.clear()
        self.error.clear()
        if not self.data:
            return
        try:
            self.preview = self.context.services.imports.preview(
                self.data, self.path.name, self.partnership.currentData()
            )
        except Exception as error:
            self.preview = None
            self.error.setText("⚠ " + messages.describe(error))
            self.apply_button.setEnabled(False)
            return
        p = self.preview
        self.summary.setText(
            self.tr(
                "Into “{calendar}” ({partnership}): {new} new, {changed} changed, {cancelled} "
                "cancelled, {unchanged} unchanged, {ours} of ours, {clashes} clashes."
            ).format(
                calendar=p.calendar,
                partnership=p.partnership,
                new=len(p.new),
                changed=len(p.changed),
                cancelled=len(p.cancelled),
                unchanged=len(p.unchanged),
                ours=len(p.ours),
                clashes=len(p.clashes),
            )
        )
        for caption, items in (
            (self.tr("New"), p.new),
            (self.tr("Changed"), p.changed),
            (self.tr("Cancelled"), p.cancelled),
        ):
            for item in items:
                fields = ", ".join(item.fields)
                text = self.tr("{kind}: {when} — {title}").format(
                    kind=caption, when=_when(item.start), title=item.summary
                )
                self.details.addItem(text + (f" ({fields})" if fields else ""))
        for own in p.conflicts:
            self.details.addItem(
                self.tr("Changed on both sides (ours kept): {title}").format(title=own.summary)
            )
        for clash in p.clashes:
            self.details.addItem(self.tr("Clash with our plans: {text}").format(text=str(clash)))
        for note in p.notes:
            self.details.addItem(
                self.tr("Note: {subject} {detail}").format(subject=note.subject, detail=note.detail)
            )
        self.apply_button.setEnabled(p.has_changes)

    def apply(self) -> None:
        if self.preview is None:
            return
        try:
            outcome = self.context.services.imports.apply(
                self.data, self.path.name, self.partnership.currentData()
            )
        except Exception as error:
            self.context.show_error(error)
            return
        self.context.edits.changed.emit(outcome.changes)
        self.imported.emit(outcome.value)
        self.accept()
