"""The mission dossier: one window, five tabs.

The Overview tab holds the mission's own fields; Save (Ctrl+S) stores them as one undoable
edit. The other tabs (delegation, itinerary, agenda, budget) change child rows one at a time,
each an undoable edit applied at once; they open once the mission exists. Whatever changes the
mission — this window, another one, or Undo/Redo in the main window — reaches every tab through
``edits.changed``, and the tabs then show what the services return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QWidget

from jumelage.domain import time as tz
from jumelage.domain.errors import NotFound
from jumelage.domain.specs import MissionSpec
from jumelage.ui import format as fmt
from jumelage.ui import undo
from jumelage.ui.editors.base import EditorContext, EditorWindow
from jumelage.ui.editors.mission.agenda import AgendaTab
from jumelage.ui.editors.mission.budget import BudgetTab
from jumelage.ui.editors.mission.common import ChildTab, plain_label
from jumelage.ui.editors.mission.delegation import DelegationTab
from jumelage.ui.editors.mission.itinerary import ItineraryTab
from jumelage.ui.editors.mission.overview import OverviewTab

if TYPE_CHECKING:
    from jumelage.domain.rows import MissionDetail, MissionRow
    from jumelage.services.changes import Changes, Outcome


def mission_spec(row: MissionRow) -> MissionSpec:
    return MissionSpec(
        partnership_id=row.partnership_id,
        title=row.title,
        destination_town_id=row.destination_town_id,
        start_date=row.start_date,
        end_date=row.end_date,
        direction=row.direction,
        status=row.status,
        objectives=row.objectives,
        internal_notes=row.internal_notes,
        outcomes=row.outcomes,
        sdgs=row.sdgs,
        shared=row.shared,
    )


class MissionEditor(EditorWindow):
    """``MissionEditor(context, key)`` edits mission ``key``; ``key=None`` makes a new one
    (``partnership_id=`` preselects its partnership)."""

    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        super().__init__(context, "mission_editor", parent)
        services = context.services
        self.key = key
        self.detail: MissionDetail | None = None
        self.loaded: MissionRow | None = None
        self.overview = OverviewTab(
            services.partnerships.list(), services.towns.list(), self.errors, self.mark_dirty
        )
        self.delegation = DelegationTab(context)
        self.itinerary = ItineraryTab(context)
        self.agenda = AgendaTab(context)
        self.budget = BudgetTab(context)
        self.children_tabs: list[ChildTab] = [
            self.delegation,
            self.itinerary,
            self.agenda,
            self.budget,
        ]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("O&verview"))
        self.tabs.addTab(self.delegation, self.tr("&Delegation"))
        self.tabs.addTab(self.itinerary, self.tr("&Itinerary"))
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.budget, self.tr("&Budget"))
        self.gone = plain_label(
            self.tr(
                "This mission no longer exists (it was deleted, or its creation undone). "
                "Redo brings it back."
            )
        )
        self.gone.hide()
        self.body.addWidget(self.gone)
        self.body.addWidget(self.tabs, 1)
        self.resize(1060, 740)
        context.edits.changed.connect(self._on_changed)

        if key is None:
            today = tz.in_zone(context.now(), "UTC").date()
            with self.loading():
                self.overview.new(options.get("partnership_id"), today)
            self._enable_children(False)
            self.setWindowTitle(self.tr("New mission[*]"))
        else:
            self.overview.notice.hide()
            self.reload(force=True)
        self.overview.title.setFocus()

    # --- loading -------------------------------------------------------------------------

    def reload(self, *, force: bool = False) -> None:
        """Show the mission as the services have it now. The Overview fields are refilled only
        when they hold no unsaved change (or ``force``, right after a save)."""
        if self.key is None:
            return
        services = self.context.services
        try:
            detail = services.missions.get(self.key)
        except NotFound:
            self._set_gone(True)
            return
        self._set_gone(False)
        partnership = services.partnerships.get(detail.mission.partnership_id)
        self.detail = detail
        for tab in self.children_tabs:
            tab.show_detail(detail, partnership)
        problems = services.checks.for_mission(self.key, language=fmt.language())
        self.overview.problems.show_problems(problems)
        if force or not self.dirty:
            with self.loading():
                self.overview.load(detail.mission)
            self.loaded = detail.mission
            self.setWindowTitle(self.tr("Mission — {title}[*]").format(title=detail.mission.title))

    def _on_changed(self, changes: Changes | None) -> None:
        from jumelage.services.changes import Entity

        if changes is None or changes.touches(
            Entity.MISSION,
            Entity.PARTNERSHIP,
            Entity.TOWN,
            Entity.PERSON,
            Entity.FUNDING,
            Entity.RATE,
        ):
            self.reload()

    def _enable_children(self, enabled: bool) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)
        self.overview.notice.setVisible(not enabled)

    def _set_gone(self, gone: bool) -> None:
        self.gone.setVisible(gone)
        self.tabs.setEnabled(not gone)
        if gone:
            self.save_button.setEnabled(False)

    # --- saving --------------------------------------------------------------------------

    def apply(self) -> None:
        spec = self.overview.spec()
        if self.key is None:
            outcome = self._create(spec)
            self.key = outcome.value.id
            self._enable_children(True)
        else:
            assert self.loaded is not None
            missions, key = self.context.services.missions, self.key
            outcome = undo.update(
                self.context.edits,
                self.tr("Edit the mission “{title}”").format(title=spec.title.strip()),
                missions.update,
                key,
                self.loaded.version,
                mission_spec(self.loaded),
                spec,
                lambda: missions.get(key).mission.version,
            )
        self.reload(force=True)
        self.overview.show_warnings(outcome.warnings)

    def _create(self, spec: MissionSpec) -> Outcome[Any]:
        missions = self.context.services.missions
        # Undo deletes the new mission (a tombstone); redo restores that same mission, so this
        # window, and anything added to the mission meanwhile, keep pointing at it.
        state: dict[str, int] = {}

        def redo() -> Outcome[Any]:
            if "id" in state:
                return missions.restore(state["id"])
            outcome = missions.create(spec)
            state["id"] = outcome.value.id
            return outcome

        def unmake() -> Outcome[Any]:
            mission_id = state["id"]
            return missions.delete(mission_id, missions.get(mission_id).mission.version)

        return self.context.edits.perform(
            self.tr("New mission “{title}”").format(title=spec.title.strip()), redo, unmake
        )
