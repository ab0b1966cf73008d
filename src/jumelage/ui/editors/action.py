"""The action item editor: what, for which partnership, who, by when, and where it was
discussed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from jumelage.domain.enums import ActionStatus
from jumelage.domain.specs import ActionItemSpec
from jumelage.ui import format as fmt
from jumelage.ui import labels, undo
from jumelage.ui.editors.base import EditorContext, EditorWindow
from jumelage.ui.editors.followup.fields import (
    DEFAULT_DUE_IN,
    OptionalDateField,
    OwnerCombo,
    people_first,
    with_error,
    wrapping_form,
)
from jumelage.ui.editors.followup.operations import (
    action_spec,
    create_restorable,
    find_action,
    short,
)
from jumelage.ui.forms import EnumCombo, line_edit
from jumelage.ui.models.rows import plain_tooltip

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow, PartnershipRow, PersonRow
    from jumelage.services.changes import Changes


class ActionEditor(EditorWindow):
    """Edits one action item. ``key=None`` makes a new one (options: ``partnership_id``,
    ``origin_followup_id``, ``origin_mission_id``)."""

    #: A follow-up of the history was chosen (its id); the main window opens it too.
    open_followup = Signal(int)

    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        *,
        partnership_id: int | None = None,
        origin_followup_id: int | None = None,
        origin_mission_id: int | None = None,
        **_options: Any,
    ) -> None:
        super().__init__(context, "action_editor", parent)
        services = context.services
        self.key = key
        self.row: ActionItemRow | None = find_action(services, key) if key is not None else None
        self._origin = (origin_followup_id, origin_mission_id)
        self.partnerships: list[PartnershipRow] = services.partnerships.list()
        self._people: list[PersonRow] = services.people.list()

        self.description = line_edit(max_length=2000)
        self.description.setMinimumWidth(360)
        self.partnership = QComboBox()
        for p in self.partnerships:
            self.partnership.addItem(p.name, p.id)
        self.owner = OwnerCombo()
        self.due = OptionalDateField(self.tr("&No due date"))
        self.status = EnumCombo(ActionStatus, labels.action_status)
        self.shared = QCheckBox(self.tr("S&hared with the partner town"))
        self.shared.setToolTip(
            self.tr("Shared items appear in the calendar files sent to the partner town.")
        )

        form = wrapping_form()
        for caption, field, name in (
            (self.tr("&Description:"), self.description, "description"),
            (self.tr("&Partnership:"), self.partnership, "partnership"),
            (self.tr("&Owner:"), self.owner, "owner"),
            (self.tr("D&ue date:"), self.due, "due_date"),
            (self.tr("&Status:"), self.status, "status"),
        ):
            label = QLabel(caption)
            label.setBuddy(field.focusProxy() or field)
            form.addRow(label, with_error(field, self.errors.label_for(name)))
        form.addRow("", self.shared)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Discussed in"))
        self.history.setToolTip(self.tr("Double-click or press Enter to open the follow-up."))
        self.history.itemActivated.connect(self._open_followup)
        history_label = QLabel(self.tr("Discussed &in:"))
        history_label.setBuddy(self.history)
        self.no_history = QLabel(self.tr("Not discussed at any follow-up yet."))
        self.no_history.setTextFormat(Qt.TextFormat.PlainText)

        self.body.addLayout(form)
        self.body.addWidget(history_label)
        self.body.addWidget(self.history, 1)
        self.body.addWidget(self.no_history)

        for signal in (
            self.description.textChanged,
            self.partnership.currentIndexChanged,
            self.owner.currentIndexChanged,
            self.due.changed,
            self.status.currentIndexChanged,
            self.shared.toggled,
        ):
            signal.connect(self.mark_dirty)
        self.partnership.currentIndexChanged.connect(self._refill_owners)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        context.edits.changed.connect(self._schedule_refresh)

        with self.loading():
            if self.row is not None:
                self._fill(self.row)
            else:
                index = self.partnership.findData(partnership_id)
                self.partnership.setCurrentIndex(max(index, 0))
                self._refill_owners()
                self.due.set_value(None, self._today() + DEFAULT_DUE_IN)
                self.due.none.setChecked(False)
        self._update_title()
        self._show_history()
        self.resize(max(self.sizeHint().width(), 560), max(self.sizeHint().height(), 460))

    # --- fields ----------------------------------------------------------------------------

    def _today(self) -> dt.date:
        from jumelage.domain import time as tz

        zone = self.partnerships[0].home_zone if self.partnerships else "UTC"
        return tz.in_zone(self.context.now(), zone).date()

    def _partnership(self) -> PartnershipRow | None:
        pid = self.partnership.currentData()
        return next((p for p in self.partnerships if p.id == pid), None)

    def _refill_owners(self, *_args: object) -> None:
        p = self._partnership()
        towns = [p.home_town_id, p.partner_town_id] if p else []
        self.owner.set_people(people_first(self._people, towns), self.owner.value())

    def _fill(self, row: ActionItemRow) -> None:
        self.description.setText(row.description)
        self.partnership.setCurrentIndex(max(self.partnership.findData(row.partnership_id), 0))
        self._refill_owners()
        self.owner.set_value(row.owner_person_id)
        self.due.set_value(row.due_date, self._today() + DEFAULT_DUE_IN)
        self.status.set_value(row.status)
        self.shared.setChecked(row.shared)

    def spec(self) -> ActionItemSpec:
        origin = (
            (self.row.origin_followup_id, self.row.origin_mission_id)
            if self.row is not None
            else self._origin
        )
        return ActionItemSpec(
            int(self.partnership.currentData()),
            self.description.text(),
            self.owner.value(),
            self.due.value(),
            self.status.value(),
            origin_followup_id=origin[0],
            origin_mission_id=origin[1],
            shared=self.shared.isChecked(),
        )

    def _update_title(self) -> None:
        if self.row is None:
            self.setWindowTitle(self.tr("New action item[*]"))
        else:
            self.setWindowTitle(
                self.tr("{item} – Action item[*]").format(item=self.row.description)
            )

    # --- saving ----------------------------------------------------------------------------

    def apply(self) -> None:
        services = self.context.services
        spec = self.spec()
        if self.row is None:
            outcome = create_restorable(
                self.context.edits,
                self.tr("New action item “{item}”").format(item=short(spec.description)),
                make=lambda: services.actions.create(spec),
                delete=lambda row: services.actions.delete(
                    row.id, find_action(services, row.id, row.partnership_id).version
                ),
                restore=lambda row: services.actions.restore(row.id),
            )
        else:
            key = self.row.id
            outcome = undo.update(
                self.context.edits,
                self.tr("Edit action item “{item}”").format(item=short(spec.description)),
                services.actions.update,
                key,
                self.row.version,
                action_spec(self.row),
                spec,
                current=lambda: find_action(services, key, spec.partnership_id).version,
            )
        self.row = outcome.value
        self.key = self.row.id
        self._update_title()

    # --- refresh ---------------------------------------------------------------------------

    def _schedule_refresh(self, changes: Changes | None = None) -> None:
        from jumelage.services.changes import Entity

        if changes is None or changes.touches(Entity.ACTION, Entity.FOLLOWUP, Entity.PERSON):
            self._refresh_timer.start()

    def _refresh(self) -> None:
        from jumelage.domain.errors import NotFound

        if self.key is None:
            return
        services = self.context.services
        try:
            row = find_action(services, self.key, self.row.partnership_id if self.row else None)
        except NotFound as error:
            self.errors.show(error)
            return
        self._people = services.people.list()
        if not self.dirty:
            self.row = row
            with self.loading():
                self._fill(row)
            self._update_title()
        self._show_history()

    def _show_history(self) -> None:
        self.history.clear()
        meetings = self.context.services.actions.discussions(self.key) if self.key else []
        for f in meetings:
            item = QListWidgetItem(
                self.tr("{date} · {title}").format(date=fmt.when(f.start), title=f.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(plain_tooltip(f.partnership))
            self.history.addItem(item)
        self.no_history.setVisible(not meetings)
        self.history.setVisible(bool(meetings))

    def history_ids(self) -> list[int]:
        return [
            int(self.history.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.history.count())
        ]

    def _open_followup(self, item: QListWidgetItem) -> None:
        followup_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.open_followup.emit(followup_id)
        editors = getattr(self.parent(), "editors", None)
        if editors is not None:
            editors.open("followup", followup_id)
