"""Undo and redo for every edit: QUndoStack commands that call services.

Every change goes through :class:`Edits`. The first run happens at once, before the command is
pushed, so a refused edit (a validation error, a stale version) reaches the caller as an
exception it can show next to the field, and never lands on the stack. Undo and redo call the
services again; if one of them fails later (someone else changed the record meanwhile), the
command is made obsolete and the error reported, and nothing is half-applied.

The helpers :func:`update`, :func:`create` and :func:`remove` build the pairs of closures the
usual edits need.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from jumelage.services.changes import Changes, Outcome

log = logging.getLogger(__name__)

R = TypeVar("R")
S = TypeVar("S")


class ServiceCommand(QUndoCommand):
    def __init__(
        self, text: str, redo: Callable[[], Changes], undo: Callable[[], Changes], edits: Edits
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._edits = edits
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by Edits.perform
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], Changes]) -> None:
        try:
            changes = fn()
        except Exception as error:  # reported, and the command can no longer be replayed
            log.warning("undo/redo of %r failed: %r", self.text(), error)
            self.setObsolete(True)
            self._edits.failed.emit(error)
            return
        self._edits.changed.emit(changes)


class Edits(QObject):
    """The undo stack of one database, and the signal every view refreshes from."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # BaseException

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def perform(
        self, text: str, redo: Callable[[], Outcome[Any]], undo: Callable[[], Outcome[Any]]
    ) -> Outcome[Any]:
        """Apply ``redo`` now (its errors propagate), then push it with its ``undo``."""
        outcome = redo()
        command = ServiceCommand(text, lambda: redo().changes, lambda: undo().changes, self)
        self.stack.push(command)
        self.changed.emit(outcome.changes)
        return outcome

    def clear(self) -> None:
        self.stack.clear()


def update(
    edits: Edits,
    text: str,
    save: Callable[[int, int, S], Outcome[R]],
    key: int,
    version: int,
    before: S,
    after: S,
    current: Callable[[], int],
) -> Outcome[R]:
    """Edit record ``key`` from ``before`` to ``after`` (specs); undo saves ``before`` back.

    The first save uses ``version``, the one the editor loaded, so a record changed elsewhere
    since is refused (optimistic locking). Undo and redo replay the user's own steps in stack
    order, so they use the record's ``current()`` version: two edits of the same record undone
    one after the other must not trip over each other.
    """
    first = {"pending": True}

    def apply(spec: S) -> Outcome[R]:
        expected = version if first.pop("pending", False) else current()
        return save(key, expected, spec)

    return edits.perform(text, lambda: apply(after), lambda: apply(before))


def create(
    edits: Edits, text: str, make: Callable[[], Outcome[R]], unmake: Callable[[R], Outcome[Any]]
) -> Outcome[R]:
    """Create with ``make``; undo removes the row it made with ``unmake(row)``; redo makes it
    again."""
    state: dict[str, Any] = {}

    def redo() -> Outcome[R]:
        outcome = make()
        state["row"] = outcome.value
        return outcome

    return edits.perform(text, redo, lambda: unmake(state["row"]))


def remove(
    edits: Edits, text: str, delete: Callable[[], Outcome[Any]], restore: Callable[[], Outcome[Any]]
) -> Outcome[Any]:
    """Delete with ``delete``; undo calls ``restore`` (an undelete, or a re-creation)."""
    return edits.perform(text, delete, restore)
