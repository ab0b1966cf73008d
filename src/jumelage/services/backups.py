"""Copies of the open database, for the app's "Back Up Now"."""

from __future__ import annotations

from pathlib import Path

from jumelage.services.base import Service


class BackupService(Service):
    def back_up_to(self, target: Path) -> Path:
        """Copy the open database to ``target`` with SQLite's backup API (a consistent copy
        while others write; ``target`` appears whole or not at all). Returns where it went;
        a failure raises :class:`~jumelage.domain.errors.BackupFailed` or
        :class:`~jumelage.domain.errors.StorageFull`."""
        return self.db.backup_to(Path(target))


__all__ = ["BackupService"]
