"""The follow-up editor: one video follow-up, in four tabs.

The main fields (Meeting tab, agenda and minutes) are saved together with Save / Ctrl+S as
one undoable edit. Attendance, decisions and action items are saved one change at a time,
each undoable; they need the follow-up to exist, so a new follow-up enables them once saved.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QTabWidget, QWidget

from jumelage.domain import agenda
from jumelage.domain import time as tz
from jumelage.domain.series import Scope
from jumelage.domain.specs import FollowUpSpec
from jumelage.ui import format as fmt
from jumelage.ui import undo
from jumelage.ui.editors.base import EditorContext, EditorWindow
from jumelage.ui.editors.followup.actions import ActionsTab
from jumelage.ui.editors.followup.attendance import AttendanceTab
from jumelage.ui.editors.followup.fields import people_first
from jumelage.ui.editors.followup.meeting import MeetingTab
from jumelage.ui.editors.followup.notes import NotesTab
from jumelage.ui.editors.followup.operations import create_restorable
from jumelage.ui.editors.followup.prefill import discussed, wording
from jumelage.ui.editors.followup.series import SeriesTab

if TYPE_CHECKING:
    from jumelage.domain.rows import FollowUpDetail, FollowUpRow, PartnershipRow, PersonRow
    from jumelage.services.changes import Changes


def followup_spec(row: FollowUpRow) -> FollowUpSpec:
    return FollowUpSpec(
        row.partnership_id,
        row.title,
        row.start,
        row.duration_min,
        row.channel,
        row.join_link,
        row.status,
        row.agenda,
        row.minutes,
        row.quality,
        row.minutes_lost,
        row.shared,
    )


class FollowUpEditor(EditorWindow):
    """Edits one follow-up. ``key=None`` plans a new one (options: ``partnership_id``,
    ``start`` as an aware datetime)."""

    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        *,
        partnership_id: int | None = None,
        start: dt.datetime | None = None,
        **_options: Any,
    ) -> None:
        super().__init__(context, "followup_editor", parent)
        services = context.services
        self.key = key
        self.row: FollowUpRow | None = None
        self.partnerships: list[PartnershipRow] = services.partnerships.list()
        self._people: list[PersonRow] = services.people.list()

        self.meeting = MeetingTab(self.errors, self.partnerships)
        self.notes = NotesTab(context, lambda: self.key, self.errors)
        self.attendance = AttendanceTab(context, lambda: self.key)
        self.action_items = ActionsTab(
            context,
            lambda: self.key,
            lambda: self.row.partnership_id if self.row else None,
            self._partnership_people,
            self._today,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meeting, self.tr("&Meeting"))
        self.tabs.addTab(self.notes, self.tr("&Agenda and minutes"))
        self.tabs.addTab(self.attendance, self.tr("Atte&ndance"))
        self.tabs.addTab(self.action_items, self.tr("Action &items"))
        self.series_tab = SeriesTab()
        self.tabs.addTab(self.series_tab, self.tr("Series and dri&ft"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.series_tab), False)
        self.body.addWidget(self.tabs)
        self.call_off = QPushButton(self.tr("Call &off…"))
        self.call_off.setToolTip(
            self.tr("Call off this occurrence, the following ones or the whole series")
        )
        self.call_off.clicked.connect(self.call_off_occurrences)
        self.buttons.addButton(self.call_off, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows the buttons it lays out: only a saved occurrence of a
        # series can be called off (_show_series).
        self.call_off.setVisible(False)
        self._scope: Scope | None = None

        self.meeting.changed.connect(self.mark_dirty)
        self.meeting.partnership.currentIndexChanged.connect(self._update_title)
        self.notes.agenda.textChanged.connect(self.mark_dirty)
        self.notes.minutes.textChanged.connect(self.mark_dirty)
        # A new follow-up's agenda starts from the partnership's open work (_update_prefill).
        self._prefill = agenda.Prefill()
        self._prefilled_text = ""
        self.meeting.partnership.currentIndexChanged.connect(self._update_prefill)
        self.meeting.start.changed.connect(self._update_prefill)
        # Its title too ("Follow-up {partnership}"), until typed in (_update_default_title).
        self._default_title = ""
        self.meeting.partnership.currentIndexChanged.connect(self._update_default_title)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        context.edits.changed.connect(self._schedule_refresh)

        if key is not None:
            self._show(services.followups.get(key), main_fields=True)
        else:
            with self.loading():
                index = self.meeting.partnership.findData(partnership_id)
                self.meeting.partnership.setCurrentIndex(max(index, 0))
                p = self.meeting.current_partnership()
                self._update_default_title()
                self.meeting.start.set_value(start or self._default_start(p))
                self.meeting.duration.setValue(60)
                self.meeting.shared.setChecked(True)
                self.meeting.both.set_partnership(p)
            self._update_prefill()
        self._enable_children()
        self._update_title()
        self.resize(max(self.sizeHint().width(), 760), max(self.sizeHint().height(), 620))

    # --- helpers ---------------------------------------------------------------------------

    def _today(self) -> dt.date:
        p = self.meeting.current_partnership()
        return tz.in_zone(self.context.now(), p.home_zone if p else "UTC").date()

    def _default_start(self, p: PartnershipRow | None) -> dt.datetime:
        from jumelage.ui.pages.followups import suggest_start

        return suggest_start(None, self.context.now(), p.home_zone if p else "UTC")

    def _town_ids(self) -> list[int]:
        p = self.meeting.current_partnership()
        return [p.home_town_id, p.partner_town_id] if p else []

    def _partnership_people(self) -> list[PersonRow]:
        return people_first(self._people, self._town_ids())

    def _enable_children(self) -> None:
        saved = self.key is not None
        for tab in (self.attendance, self.action_items):
            index = self.tabs.indexOf(tab)
            self.tabs.setTabEnabled(index, saved)
            self.tabs.setTabToolTip(index, "" if saved else self.tr("Save the follow-up first."))
        self.meeting.partnership.setEnabled(not saved)
        self.notes._update_buttons()
        self.action_items._update_buttons()

    def _update_title(self, *_args: object) -> None:
        if self.row is None:
            self.setWindowTitle(self.tr("New follow-up[*]"))
        else:
            self.setWindowTitle(
                self.tr("{title} – {date} – Follow-up[*]").format(
                    title=self.row.title, date=fmt.day_month(self.row.start.date())
                )
            )

    def _update_default_title(self, *_args: object) -> None:
        """Until it is saved or its title typed in, a new follow-up is called after the
        partnership chosen."""
        if self.key is not None or self.meeting.title.text() != self._default_title:
            return
        p = self.meeting.current_partnership()
        self._default_title = self.tr("Follow-up {name}").format(name=p.name) if p else ""
        with self.loading():
            self.meeting.title.setText(self._default_title)

    def _update_prefill(self, *_args: object) -> None:
        """Until it is saved or its agenda typed in, a new follow-up's agenda lists the
        partnership's open action items and the previous follow-up's next steps (in the
        user's language), following the partnership and the start chosen."""
        from jumelage.domain.errors import JumelageError

        if self.key is not None or self.notes.agenda.toPlainText() != self._prefilled_text:
            return
        p = self.meeting.current_partnership()
        prefill = agenda.Prefill()
        if p is not None:
            try:
                prefill = self.context.services.followups.preview_next(
                    p.id, self.meeting.start.value()
                )
            except JumelageError:
                return  # a start that does not exist (yet): the next valid one updates it
        self._prefill = prefill
        self._prefilled_text = prefill.text(wording())
        with self.loading():
            self.notes.agenda.setPlainText(self._prefilled_text)
        self.notes.show_prefill_note(bool(self._prefilled_text))

    # --- loading ---------------------------------------------------------------------------

    def _show(self, detail: FollowUpDetail, *, main_fields: bool) -> None:
        # With unsaved changes, the version loaded stays: saving over a change made
        # elsewhere meanwhile is then refused (optimistic locking), never silent.
        if main_fields:
            self.row = detail.followup
            with self.loading():
                self.meeting.fill(self.row)
                self.notes.agenda.setPlainText(self.row.agenda)
                self.notes.minutes.setPlainText(self.row.minutes)
        self.notes.show_decisions(detail.decisions)
        self.attendance.show_attendance(self._people, detail.attendance, self._town_ids())
        self.action_items.show_items(detail.actions)
        self._show_series()
        self._update_title()

    def _show_series(self) -> None:
        """The Series tab and the Call off button, for an occurrence of a series."""
        series_id = self.row.series_id if self.row is not None else None
        self.tabs.setTabVisible(self.tabs.indexOf(self.series_tab), series_id is not None)
        self.call_off.setVisible(series_id is not None)
        if series_id is None:
            return
        services = self.context.services
        try:
            series = services.series.get(series_id)
            drift = services.series.drift(series_id, fmt.language())
        except Exception as error:
            self.errors.show(error)
            return
        self.series_tab.show_series(series, drift, self.meeting.current_partnership())

    def _schedule_refresh(self, changes: Changes | None = None) -> None:
        from jumelage.services.changes import Entity

        if changes is None or changes.touches(
            Entity.FOLLOWUP, Entity.ACTION, Entity.PERSON, Entity.PARTNERSHIP
        ):
            self._refresh_timer.start()

    def _refresh(self) -> None:
        """After any edit (here, elsewhere, or undone): show the current state; the main
        fields only when they hold no unsaved change."""
        from jumelage.domain.errors import NotFound

        if self.key is None:
            return
        services = self.context.services
        try:
            detail = services.followups.get(self.key)
        except NotFound as error:
            self.errors.show(error)
            return
        self._people = services.people.list()
        self._show(detail, main_fields=not self.dirty)

    # --- saving ----------------------------------------------------------------------------

    def spec(self) -> FollowUpSpec:
        m = self.meeting
        return FollowUpSpec(
            int(m.partnership.currentData()),
            m.title.text(),
            m.start.value(),
            m.duration.value(),
            m.channel.value(),
            m.join_link.text(),
            m.status.value(),
            self.notes.agenda.toPlainText(),
            self.notes.minutes.toPlainText(),
            m.quality_value(),
            m.minutes_lost.value(),
            m.shared.isChecked(),
        )

    def save(self) -> bool:
        """For an occurrence of a series whose shared fields changed (title, start,
        duration, channel, link), ask first: this one, the following ones or all."""
        from jumelage.ui.editors.followup import series

        self._scope = None
        if self.dirty and self.row is not None and self.row.series_id is not None:
            try:
                changes = series.series_changes(self.row, self.spec().validated())
            except Exception:
                changes = None  # an invalid value: the save itself says what, unasked
            if changes is not None and not changes.empty:
                self._scope = series.ask_scope(self)
                if self._scope is None:
                    return False
        saved = super().save()
        if not saved:
            self._reveal_error()
        return saved

    def call_off_occurrences(self) -> None:
        """Call off (cancel) this, the following or all occurrences, as one undoable edit."""
        from jumelage.ui.editors.followup import series

        if self.row is None or self.row.series_id is None:
            return
        scope = series.ask_scope(self, cancelling=True)
        if scope is None:
            return
        self.errors.clear()
        try:
            outcome = series.cancel_series(self.context, self.row, scope)
        except Exception as error:
            if not self.errors.show(error):
                self.context.show_error(error)
            return
        self.series_tab.notice.setText(series.warning_text(outcome.warnings))

    def _reveal_error(self) -> None:
        """Bring the tab that shows the error to the front."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and any(
                not label.isHidden()
                for label in tab.findChildren(QLabel)
                if label.objectName().startswith("error_")
            ):
                self.tabs.setCurrentIndex(index)
                return

    def apply(self) -> None:
        followups = self.context.services.followups
        spec = self.spec()
        if self.key is None:
            carried = discussed(self._prefill, spec.agenda)
            outcome = create_restorable(
                self.context.edits,
                self.tr("New follow-up “{title}”").format(title=spec.title),
                make=lambda: followups.create(spec, discussed=carried),
                delete=lambda row: followups.delete(row.id, followups.get(row.id).followup.version),
                restore=lambda row: followups.restore(row.id),
            )
            self.key = outcome.value.id
            self.notes.show_prefill_note(False)
            self._enable_children()
        elif self._scope in (Scope.FOLLOWING, Scope.ALL):
            from jumelage.ui.editors.followup import series

            assert self.row is not None
            outcome = series.edit_series(
                self.context,
                self.row,
                self._scope,
                series.series_changes(self.row, spec),
                spec,
            )
            self.series_tab.notice.setText(series.warning_text(outcome.warnings))
        else:
            assert self.row is not None
            key = self.key
            undo.update(
                self.context.edits,
                self.tr("Edit follow-up “{title}”").format(title=spec.title),
                followups.update,
                key,
                self.row.version,
                followup_spec(self.row),
                spec,
                current=lambda: followups.get(key).followup.version,
            )
        self._show(followups.get(self.key), main_fields=True)
