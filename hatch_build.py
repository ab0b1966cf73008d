"""Build hook: compile the Qt Linguist sources (resources/translations/*.ts) into .qm files.

The .qm files are build outputs: they are written next to their sources (git ignores them, so
an editable install finds them too) and the wheel's force-include of resources/ packs them as
jumelage/resources/translations/. The compiler is the ``lrelease`` that PySide6 ships, which
is why PySide6 is a build requirement.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        compiler = _lrelease()
        if compiler is None:
            print(
                "warning: PySide6's lrelease not found; translations not compiled", file=sys.stderr
            )
            return
        for ts in sources:
            qm = ts.with_suffix(".qm")
            subprocess.run([str(compiler), "-silent", str(ts), "-qm", str(qm)], check=True)
