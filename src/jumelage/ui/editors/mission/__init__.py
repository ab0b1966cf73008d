"""The mission dossier editor: overview, delegation, itinerary, agenda and budget.

One module per tab; :mod:`.dialogs` holds the small dialogs that edit one child row and
:mod:`.common` what they share.
"""

from __future__ import annotations

from jumelage.ui.editors.mission.editor import MissionEditor

__all__ = ["MissionEditor"]
