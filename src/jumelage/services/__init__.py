"""Use cases. Each public method of a service is one unit of work and returns plain rows (or
an :class:`~jumelage.services.changes.Outcome` saying what changed). Nothing here imports Qt.

``Services`` is loaded on first use: importing ``jumelage.services.changes`` (as the UI does
while its window paints) must not pull in SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jumelage.services.registry import Services


def __getattr__(name: str) -> Any:
    if name == "Services":
        from jumelage.services.registry import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Services"]
