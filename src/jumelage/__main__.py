"""``jumelage`` and ``python -m jumelage``: the command line, or the desktop app when no
command is given. Qt is imported only on the app's path, inside :func:`_launch_app`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _launch_app(db: Path | None, demo: bool, open_files: tuple[Path, ...] = ()) -> int:
    from jumelage.app import run

    if open_files:
        return run(db=db, demo=demo, open_files=open_files)
    return run(db=db, demo=demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Jumelage with ``argv`` (default: the process arguments); return the exit code."""
    from jumelage.cli import main as cli_main

    return cli_main(argv, launch=_launch_app)


if __name__ == "__main__":
    sys.exit(main())
