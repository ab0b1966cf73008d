"""Logging to a rotating file in the user's log folder (and to stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from jumelage import paths


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to ``jumelage.log``; returns its path (``None`` if the folder is not writable)."""
    root = logging.getLogger()
    if any(getattr(h, "_jumelage", False) for h in root.handlers):
        return None
    root.setLevel(level)
    folder = paths.log_dir()
    target: Path | None = folder / "jumelage.log"
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "jumelage.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler, target = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, "_jumelage", True)  # noqa: B010 - a marker only we read
    root.addHandler(handler)
    return target
