"""A typed wrapper over QSettings: UI preferences only (records live in the database)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"geometry/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_page(self) -> int:
        try:
            return int(str(self._s.value("window/page", 0)))
        except (TypeError, ValueError):
            return 0

    @last_page.setter
    def last_page(self, index: int) -> None:
        self._s.setValue("window/page", index)

    @property
    def language(self) -> str:
        """``""`` follows the system; otherwise a code such as ``fr`` or ``nl``."""
        return str(self._s.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    @property
    def last_folder(self) -> str:
        return str(self._s.value("ui/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._s.setValue("ui/last_folder", folder)

    def sync(self) -> None:
        self._s.sync()
