"""One registry of actions keyed by an enum; menus and toolbars only look actions up."""

from __future__ import annotations

import enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(enum.Enum):
    BACKUP_NOW = "backup_now"
    LOAD_DEMO = "load_demo"
    QUIT = "quit"
    REFRESH = "refresh"
    GO_OVERVIEW = "go_overview"
    GO_CALENDAR = "go_calendar"
    GO_MISSIONS = "go_missions"
    GO_FOLLOWUPS = "go_followups"
    GO_ACTIONS = "go_actions"
    GO_PARTNERSHIPS = "go_partnerships"
    ABOUT = "about"
    UNDO = "undo"
    REDO = "redo"
    NEW_MISSION = "new_mission"
    NEW_FOLLOWUP = "new_followup"
    NEW_SERIES = "new_series"
    NEW_ACTION = "new_action"
    NEW_PARTNERSHIP = "new_partnership"
    NEW_TOWN = "new_town"
    NEW_PERSON = "new_person"
    PREFERENCES = "preferences"
    EXPORT_CALENDAR = "export_calendar"
    IMPORT_CALENDAR = "import_calendar"
    FIND_TIME = "find_time"


GO_ACTIONS = (
    ActionId.GO_OVERVIEW,
    ActionId.GO_CALENDAR,
    ActionId.GO_MISSIONS,
    ActionId.GO_FOLLOWUPS,
    ActionId.GO_ACTIONS,
    ActionId.GO_PARTNERSHIPS,
)


class ActionRegistry:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[ActionId, QAction] = {}

    def add(
        self,
        action_id: ActionId,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self._parent)
        action.setObjectName(action_id.value)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self._parent.addAction(action)
        self._actions[action_id] = action
        return action

    def adopt(self, action_id: ActionId, action: QAction) -> QAction:
        """Register an action made elsewhere (QUndoStack makes its own)."""
        action.setObjectName(action_id.value)
        self._parent.addAction(action)
        self._actions[action_id] = action
        return action

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.items())
