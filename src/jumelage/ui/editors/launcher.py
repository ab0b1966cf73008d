"""Opens editor windows: one per record, brought to the front if already open."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from jumelage.ui.editors.base import EditorContext, EditorWindow

log = logging.getLogger(__name__)

#: kind -> (module, class). Editors load on first use, never at start-up.
EDITORS: dict[str, tuple[str, str]] = {
    "mission": ("jumelage.ui.editors.mission", "MissionEditor"),
    "followup": ("jumelage.ui.editors.followup", "FollowUpEditor"),
    "action": ("jumelage.ui.editors.action", "ActionEditor"),
    "partnership": ("jumelage.ui.editors.directory", "PartnershipEditor"),
    "town": ("jumelage.ui.editors.directory", "TownEditor"),
    "person": ("jumelage.ui.editors.directory", "PersonEditor"),
}


class EditorLauncher:
    def __init__(self, context: Callable[[], EditorContext | None], parent: QWidget) -> None:
        self._context = context
        self._parent = parent
        self.open_editors: dict[tuple[str, int | None], EditorWindow] = {}

    def open(self, kind: str, key: int | None = None, **options: Any) -> EditorWindow | None:
        """Show the editor of record ``key`` of ``kind`` (``None``: a new record)."""
        context = self._context()
        if context is None:
            return None
        existing = self.open_editors.get((kind, key)) if key is not None else None
        if existing is not None and existing.isVisible():
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        module_name, class_name = EDITORS[kind]
        editor_class = getattr(importlib.import_module(module_name), class_name)
        try:
            editor: EditorWindow = editor_class(context, key, parent=self._parent, **options)
        except Exception as error:
            context.show_error(error)
            return None
        slot = [(kind, key)]
        self.open_editors[slot[0]] = editor

        def rekey() -> None:
            # A new record has a key once saved: find its window under that key from now on.
            new_key = getattr(editor, "key", None)
            if new_key is not None and slot[0] != (kind, new_key):
                self.open_editors.pop(slot[0], None)
                slot[0] = (kind, new_key)
                self.open_editors[slot[0]] = editor

        editor.saved.connect(rekey)

        def forget(*_: object) -> None:
            if self.open_editors.get(slot[0]) is editor:
                del self.open_editors[slot[0]]

        editor.finished.connect(forget)
        editor.destroyed.connect(forget)
        editor.show()
        return editor

    def close_all(self) -> bool:
        """Close every editor (each may ask to save); ``False`` if one refused."""
        return all(editor.close() for editor in list(self.open_editors.values()))
