"""The follow-up editor (one module per tab), the dialog that plans the next follow-up, and
the fields and undoable operations the action item editor and the pages share with it.

``FollowUpEditor`` is imported on first use, so the pages can use ``fields`` and
``operations`` without loading every editor module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jumelage.ui.editors.followup.editor import FollowUpEditor

__all__ = ["FollowUpEditor"]


def __getattr__(name: str) -> Any:
    if name == "FollowUpEditor":
        from jumelage.ui.editors.followup.editor import FollowUpEditor

        return FollowUpEditor
    raise AttributeError(name)
