"""What an editor needs from the window that opens it, in a module of its own: the main
window needs it before its first paint, the editors' machinery only when one opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jumelage.services import Services
    from jumelage.ui.settings import Settings
    from jumelage.ui.undo import Edits


@dataclass(frozen=True)
class EditorContext:
    """What an editor needs from the window that opens it."""

    services: Services
    edits: Edits
    settings: Settings
    now: Callable[[], dt.datetime]
    show_error: Callable[[BaseException], None]
