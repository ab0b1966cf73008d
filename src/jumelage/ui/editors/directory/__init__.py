"""Editors of the directory: partnerships, towns and people (one module each)."""

from __future__ import annotations

from jumelage.ui.editors.directory.partnership import PartnershipEditor
from jumelage.ui.editors.directory.person import PersonEditor
from jumelage.ui.editors.directory.town import TownEditor

__all__ = ["PartnershipEditor", "PersonEditor", "TownEditor"]
