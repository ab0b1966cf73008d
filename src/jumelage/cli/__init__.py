"""The command line: headless commands for scripts and automation (DESIGN.md section 7).

It imports services, domain, persistence and paths, never Qt; :mod:`jumelage.__main__` hands
:func:`main` a callback that starts the desktop app when no command is given.
"""

from __future__ import annotations

from jumelage.cli.main import KINDS, Launcher, UsageError, build_parser, execute, main, parse

__all__ = ["KINDS", "Launcher", "UsageError", "build_parser", "execute", "main", "parse"]
