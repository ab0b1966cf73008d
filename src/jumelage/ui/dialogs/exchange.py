"""Calendar exchange from the desktop: export with a preview of exactly what leaves the laptop,
and import with a preview of what a partner's file would change, applied all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.dialogs import exchange_texts as texts
from jumelage.ui.dialogs.base import Dialog
from jumelage.ui.forms import DateField

if TYPE_CHECKING:
    from jumelage.ui.editors.base import EditorContext


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ExportDialog(Dialog):
    """One partnership (or all), a profile, a date range; the events that will be in the file
    (each one's details: status, repetition, place, description, join link) and the file's
    exact text are shown before anything is written, and Save writes those very bytes."""

    exported = Signal(object)  # Path

    def __init__(
        self,
        context: EditorContext,
        parent: QWidget | None = None,
        partnership_id: int | None = None,
    ) -> None:
        super().__init__(context.settings, "export_calendar", parent)
        self.context = context
        self.setWindowTitle(self.tr("Export a Calendar File"))
        services = context.services
        self.partnership = QComboBox()
        self.partnership.addItem(self.tr("All partnerships"), None)
        for row in services.partnerships.list():
            self.partnership.addItem(row.name, row.id)
        # A partner file is for one partner town: the given (or first) partnership, not all.
        chosen = self.partnership.findData(partnership_id) if partnership_id is not None else -1
        if chosen < 0 and self.partnership.count() > 1:
            chosen = 1
        self.partnership.setCurrentIndex(max(chosen, 0))
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
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the selected event carries"))
        self.events.currentRowChanged.connect(self.show_details)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.events)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.contents = QPlainTextEdit()
        self.contents.setReadOnly(True)
        self.contents.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.contents.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.contents.setAccessibleName(self.tr("The file's exact contents"))
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("&Events"))
        self.tabs.addTab(self.contents, self.tr("File &contents"))
        self.error = _plain()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
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
        from jumelage.domain.enums import EventStatus
        from jumelage.ui import messages

        self.events.clear()
        self.details.clear()
        self.contents.clear()
        self.error.clear()
        try:
            self.result = self.context.services.exports.preview(self.request())
        except Exception as error:
            self.result = None
            self.error.setText("⚠ " + messages.describe(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        for event in self.result.events:
            line = self.tr("{when} — {title} ({category})").format(
                when=texts.when(event.start), title=event.summary, category=event.category
            )
            if event.rrule:
                line += " · " + texts.repetition(event.rrule)
            if event.recurrence_id is not None:
                line += " · " + self.tr("one occurrence changed")
            item = QListWidgetItem(line)
            if event.status is EventStatus.CANCELLED:
                item.setText(self.tr("CANCELLED: {line}").format(line=line))
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.events.addItem(item)
        self.contents.setPlainText(self.result.data.decode("utf-8", "replace"))
        if self.result.events:
            self.events.setCurrentRow(0)
        self.summary.setText(
            self.tr(
                "%n event(s) will leave this computer in “{name}”.", "", len(self.result.events)
            ).format(name=self.result.name)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def show_details(self, row: int) -> None:
        if self.result is None or not 0 <= row < len(self.result.events):
            self.details.clear()
            return
        self.details.setPlainText(texts.export_details(self.result.events[row]))

    def save(self) -> None:
        """Write the previewed bytes (not a new export), atomically."""
        from jumelage.ics.writer import write_file

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
            path = write_file(path, self.result.data)
        except Exception as error:
            self.context.show_error(error)
            return
        self._settings.last_folder = str(path.parent)
        self.exported.emit(path)
        self.accept()


class ImportDialog(Dialog):
    """What a partner's file would change — new, changed (with the fields), cancelled,
    unchanged, older than ours (ignored), no longer in the file (kept), our own items, the
    conflicts (keep ours or take theirs, one by one), clashes with our plans, the notes —
    then Apply, all or nothing."""

    imported = Signal(object)  # ImportPreview

    def __init__(self, context: EditorContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(context.settings, "import_calendar", parent)
        self.context = context
        self.path = path
        self.setWindowTitle(self.tr("Import “{name}”").format(name=path.name))
        self.partnership = QComboBox()
        self.partnership.addItem(self.tr("Find it from the file"), None)
        self.zones: dict[int, tuple[str, str]] = {}
        for row in context.services.partnerships.list():
            self.partnership.addItem(row.name, row.id)
            self.zones[row.id] = (row.partner_zone, row.partner_town)
        label = QLabel(self.tr("&Partnership:"))
        label.setBuddy(self.partnership)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.partnership, 1)
        self.summary = _plain()
        self.details = QListWidget()
        self.details.setAccessibleName(self.tr("What the import would change"))
        self.conflicts = QGroupBox(self.tr("Our items the partner changed"))
        self.choices_form = QFormLayout(self.conflicts)
        self.choices_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.choices: dict[tuple[str, str], QComboBox] = {}
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
        layout.addWidget(self.conflicts)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.data = b""
        self.preview: Any = None
        self.partnership.currentIndexChanged.connect(self.refresh)
        self.resize(760, 600)
        self.load()

    def load(self) -> None:
        from jumelage.ui import messages

        try:
            self.data = self.context.services.imports.read_file(self.path)
        except Exception as error:
            self.error.setText("⚠ " + messages.describe(error))
            self.apply_button.setEnabled(False)
            self.conflicts.hide()
            return
        self.refresh()

    def lines(self) -> list[str]:
        """The preview, one sentence per line (what :attr:`details` shows)."""
        p = self.preview
        out: list[str] = []

        def items(template: str, rows: Any, with_fields: bool = False) -> None:
            for item in rows:
                line = template.format(when=texts.when(item.start), title=item.summary)
                if with_fields and item.fields:
                    line += " " + self.tr("(changed: {fields})").format(
                        fields=texts.fields(item.fields)
                    )
                out.append(line)

        items(self.tr("New: {when} — {title}"), p.new)
        items(self.tr("Changed: {when} — {title}"), p.changed, with_fields=True)
        items(self.tr("Cancelled by the partner (marked cancelled here): {when} — {title}"),
              p.cancelled)  # fmt: skip
        if p.unchanged:
            out.append(self.tr("%n event(s) unchanged: nothing to do.", "", len(p.unchanged)))
        items(self.tr("Older than ours (ignored): {when} — {title}"), p.older, with_fields=True)
        items(self.tr("No longer in the partner's file (kept here as it is): {when} — {title}"),
              p.missing)  # fmt: skip
        same = [o for o in p.ours if o.state == "same"]
        if same:
            out.append(
                self.tr("%n of our own item(s) came back unchanged (not stored twice).", "",
                        len(same))
            )  # fmt: skip
        for own in p.ours:
            if own.state == "older":
                out.append(
                    self.tr("Ours: “{title}” — the partner has an older copy (ours kept).").format(
                        title=own.summary
                    )
                )
            elif own.state == "unshared":
                out.append(
                    self.tr("Ours: “{title}” is no longer shared (their copy ignored).").format(
                        title=own.summary
                    )
                )
            elif own.state == "conflict":
                out.append(self.tr("Conflict: {text}").format(text=texts.own_item(own)))
            elif own.state == "theirs":
                out.append(self.tr("Changed by the partner: {text}").format(
                    text=texts.own_item(own)))  # fmt: skip
        zone, town = self.zones.get(p.partnership_id, ("UTC", "UTC"))
        for clash in p.clashes:
            out.append(self.tr("Clash: {text}").format(text=texts.clash(clash, zone, town)))
        for note in p.notes:
            out.append(self.tr("Note: {text}").format(text=texts.note(note)))
        return out

    def refresh(self, *_: object) -> None:
        from jumelage.ui import messages

        self.details.clear()
        self.error.clear()
        self._clear_choices()
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
                "cancelled, {unchanged} unchanged, {older} older than ours, {missing} no longer "
                "in the file, {ours} of ours, {conflicts} conflicts, {clashes} clashes."
            ).format(
                calendar=p.calendar,
                partnership=p.partnership,
                new=len(p.new),
                changed=len(p.changed),
                cancelled=len(p.cancelled),
                unchanged=len(p.unchanged),
                older=len(p.older),
                missing=len(p.missing),
                ours=len(p.ours),
                conflicts=len(p.conflicts),
                clashes=len(p.clashes),
            )
        )
        self.details.addItems(self.lines())
        for own in p.conflicts + p.partner_edits:
            choice = QComboBox()
            choice.addItem(self.tr("Keep ours"), "ours")
            choice.addItem(self.tr("Take theirs"), "theirs")
            choice.setEnabled(own.takeable)
            if not own.takeable:
                choice.setToolTip(self.tr("A series is kept as ours; change it in its editor."))
            choice.setAccessibleName(self.tr("Keep ours or take theirs: {title}").format(
                title=own.summary))  # fmt: skip
            choice.currentIndexChanged.connect(self._update_apply)
            caption = _plain(texts.own_item(own) + "\n" + texts.theirs(own))
            caption.setBuddy(choice)
            self.choices_form.addRow(caption, choice)
            self.choices[own.key] = choice
        self.conflicts.setVisible(bool(self.choices))
        self._update_apply()

    def _clear_choices(self) -> None:
        self.choices.clear()
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)

    def take_theirs(self) -> list[tuple[str, str]]:
        return [key for key, box in self.choices.items() if box.currentData() == "theirs"]

    def _update_apply(self, *_: object) -> None:
        p = self.preview
        self.apply_button.setEnabled(p is not None and (p.has_changes or bool(self.take_theirs())))

    def apply(self) -> None:
        if self.preview is None:
            return
        try:
            outcome = self.context.services.imports.apply(
                self.data,
                self.path.name,
                self.partnership.currentData(),
                take_theirs=self.take_theirs(),
            )
        except Exception as error:
            self.context.show_error(error)
            return
        self.context.edits.changed.emit(outcome.changes)
        self.imported.emit(outcome.value)
        self.accept()
