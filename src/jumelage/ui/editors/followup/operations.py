"""Undoable operations on action items, shared by the Actions page and both editors.

Every change goes through the undo stack (:mod:`jumelage.ui.undo`); the first run happens at
once and raises the service's errors, so callers can show them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication

from jumelage.domain.enums import ActionStatus
from jumelage.domain.specs import ActionItemSpec
from jumelage.ui import labels, undo

if TYPE_CHECKING:
    from jumelage.domain.rows import ActionItemRow
    from jumelage.services import Services
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext
    from jumelage.ui.undo import Edits

R = TypeVar("R")
SHORT = 60


def create_restorable(
    edits: Edits,
    text: str,
    make: Callable[[], Outcome[R]],
    delete: Callable[[R], Outcome[Any]],
    restore: Callable[[R], Outcome[Any]],
) -> Outcome[R]:
    """Create with ``make``; undo deletes the row (a tombstone); redo restores that very row,
    so its id (and any editor open on it) stays valid."""
    state: dict[str, Any] = {}

    def redo() -> Outcome[Any]:
        if "row" in state:
            return restore(state["row"])
        outcome = make()
        state["row"] = outcome.value
        return outcome

    return edits.perform(text, redo, lambda: delete(state["row"]))


def action_spec(row: ActionItemRow) -> ActionItemSpec:
    return ActionItemSpec(
        row.partnership_id,
        row.description,
        row.owner_person_id,
        row.due_date,
        row.status,
        row.origin_followup_id,
        row.origin_mission_id,
        row.shared,
    )


def find_action(
    services: Services, action_id: int, partnership_id: int | None = None
) -> ActionItemRow:
    """The current row of action item ``action_id`` (``NotFound`` if it is gone)."""
    return services.actions.get(action_id)


def short(text: str, limit: int = SHORT) -> str:
    """The first line of ``text``, cut at ``limit`` characters (for undo texts)."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def change_status(
    context: EditorContext, row: ActionItemRow, status: ActionStatus
) -> Outcome[ActionItemRow]:
    """Set the item's status as one undoable edit (errors propagate, nothing is pushed)."""
    services = context.services
    text = QCoreApplication.translate("ActionsPage", "Mark “{item}” as {status}").format(
        item=short(row.description), status=labels.action_status(status)
    )
    return undo.update(
        context.edits,
        text,
        services.actions.set_status,
        row.id,
        row.version,
        row.status,
        status,
        current=lambda: find_action(services, row.id, row.partnership_id).version,
    )


def remove_action(context: EditorContext, row: ActionItemRow) -> Outcome[Any]:
    """Delete the item (a tombstone) as one undoable edit; undo restores it."""
    services = context.services
    text = QCoreApplication.translate("ActionsPage", "Delete “{item}”").format(
        item=short(row.description)
    )
    return undo.remove(
        context.edits,
        text,
        delete=lambda: services.actions.delete(
            row.id, find_action(services, row.id, row.partnership_id).version
        ),
        restore=lambda: services.actions.restore(row.id),
    )
