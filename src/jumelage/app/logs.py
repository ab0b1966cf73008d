"""Logging to a rotating file in the user's log folder (and to stderr for warnings)."""

from __future__ import annotations

import logging
import os
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
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _rotate(folder / "jumelage.log")
        _private(folder / "jumelage.log")
        handler = logging.FileHandler(folder / "jumelage.log", encoding="utf-8")
    except OSError:
        handler, target = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, "_jumelage", True)  # noqa: B010 - a marker only we read
    root.addHandler(handler)
    return target


def _private(path: Path) -> None:
    """Create the log readable by the user only (it can name people and places), and make an
    older log so too."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    if os.name == "posix":
        path.chmod(0o600)


def _rotate(path: Path, max_bytes: int = 1_000_000, keep: int = 3) -> None:
    """Roll ``jumelage.log`` over at start when it grew past ``max_bytes`` (``.1`` … ``.3``).

    Done once per start rather than with ``RotatingFileHandler``, whose module costs a
    noticeable share of the time to the first paint.
    """
    try:
        if path.stat().st_size < max_bytes:
            return
    except OSError:
        return
    for index in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
