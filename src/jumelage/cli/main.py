"""Argument parsing and the error contract of the command line (DESIGN.md section 7).

Exit codes: 0 success; 2 bad input or arguments, with one line ``jumelage: <sentence>`` on
stderr; 1 an unexpected failure, one line on stderr and the traceback in a log file; 130 when
interrupted with Ctrl-C; 141 (like a process killed by SIGPIPE) when the reader of stdout went
away (``jumelage list people | head -3``). Never a traceback on stderr.

Nothing here imports Qt: the desktop app is started through the ``launch`` callback that
:mod:`jumelage.__main__` passes in.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from jumelage import __version__, paths
from jumelage.domain.errors import UserError

#: What ``jumelage list`` can list (DESIGN.md section 7).
#: Handlers of ``export`` and ``import`` (jumelage.cli.exchange), filled by build_parser.
_EXCHANGE: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {}

KINDS: tuple[str, ...] = (
    "partnerships",
    "towns",
    "people",
    "missions",
    "followups",
    "actions",
    "events",
)

#: Starts the desktop app: ``launch(db, demo[, calendar files to import]) -> exit code``.
Launcher = Callable[..., int]
#: What a file manager passes when a partner's calendar is opened "with Jumelage".
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")

PROG = "jumelage"
LOG_NAME = "cli.log"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141


class UsageError(Exception):
    """Bad command-line arguments (argparse's complaint, in one line)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting, so the caller
    reports the problem in the same one-line form as every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Plan field missions, log video follow-ups and exchange calendars between "
            "partner towns. Without a command, opens the desktop app."
        ),
        epilog=(
            "Exit codes: 0 success, 2 bad input or arguments, 1 unexpected failure. "
            "Every command accepts --json. --db defaults to $JUMELAGE_DB or the database "
            "in your user data folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", dest="app_db", metavar="PATH", type=Path, help="open the app on this database"
    )
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo")

    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", type=Path, help="the database file")
    common.add_argument("--json", action="store_true", help="machine-readable output")

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="create the demo database without opening the app",
        description="Create the demo database (default: the one `jumelage --demo` uses).",
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.set_defaults(handler="demo")

    lister = sub.add_parser(
        "list",
        parents=[common],
        help="list partnerships, towns, people, missions, follow-ups, actions or events",
        description=(
            "List the items of one kind. --json gives every time as ISO 8601 with its "
            "offset plus its IANA zone."
        ),
    )
    lister.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    lister.add_argument(
        "--partnership",
        metavar="NAME",
        help="only this partnership (its name or the partner town's, any case)",
    )
    lister.set_defaults(handler="list")

    check = sub.add_parser(
        "check",
        parents=[common],
        help="check the database's integrity",
        description="Open the database and run SQLite's integrity and foreign-key checks.",
    )
    check.set_defaults(handler="check")

    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="copy the database safely to a file",
        description=(
            "Copy the database as it is with SQLite's backup API (safe while the app runs; "
            "a database of an older schema is copied without being upgraded)."
        ),
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True, help="the copy")
    backup.set_defaults(handler="backup")

    from jumelage.cli import exchange  # argparse only at import time: cheap

    _EXCHANGE.update(exchange.register(sub))
    from jumelage.cli import slots

    _EXCHANGE.update(slots.register(sub))
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv`` (default ``sys.argv[1:]``). Raises :class:`UsageError`; ``--help``
    and ``--version`` print and raise :class:`SystemExit` (code 0)."""
    args = list(sys.argv[1:] if argv is None else argv)
    # "jumelage partner.ics" (a desktop's "Open with"): open the app and preview the import.
    files = [a for a in args if a.lower().endswith(CALENDAR_SUFFIXES) and Path(a).is_file()]
    commands = {"demo", "list", "check", "backup", "export", "import", "slots"}
    if files and not commands.intersection(args):
        args = [a for a in args if a not in files]
    else:
        files = []
    ns = build_parser().parse_args(args)
    ns.open_files = tuple(Path(f) for f in files)
    if ns.command is not None and ns.demo:
        raise UsageError(f"--demo opens the app; it cannot be combined with '{ns.command}'")
    if ns.demo and ns.app_db is not None:
        raise UsageError(
            "--demo opens the app on a fresh demo database; it cannot be combined with --db "
            "(to make a demo database at a path: jumelage demo --db PATH)"
        )
    return ns


def execute(ns: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the command in ``ns`` (not the app). Raises on failure, like the commands."""
    if ns.command is None:
        raise UsageError("no command given (run 'jumelage --help')")
    handler: Callable[[argparse.Namespace, TextIO], int]
    if ns.handler in _EXCHANGE:
        handler = _EXCHANGE[ns.handler]
    else:
        from jumelage.cli import commands  # the database stack loads only when a command runs

        handler = getattr(commands, f"cmd_{ns.handler}")
    return handler(ns, out if out is not None else sys.stdout)


def main(argv: Sequence[str] | None = None, launch: Launcher | None = None) -> int:
    """Run the command line and return the exit code; every failure is turned into one line
    on stderr. Without a command, ``launch`` opens the desktop app."""
    _safe_streams()
    try:
        try:
            ns = parse(argv)
        except SystemExit as done:  # --help, --version
            _flush_stdout()
            return _exit_code(done.code)
        if ns.command is None:
            if launch is None:
                raise UsageError("no command given (run 'jumelage --help')")
            db = None if ns.app_db is None else Path(ns.app_db).expanduser()
            if ns.open_files:
                return launch(db, bool(ns.demo), ns.open_files)
            return launch(db, bool(ns.demo))
        with _logging_to_file():
            code = execute(ns)
        _flush_stdout()
        return code
    except (UsageError, UserError) as error:
        _say(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as error:
        log_file = _log_crash(error, argv)
        where = f"details in {log_file}" if log_file else "no log file could be written"
        detail = " ".join(str(error).split()) or "(no message)"
        _say(f"unexpected error: {type(error).__name__}: {detail} ({where})")
        return EXIT_FAILURE


# --- plumbing ------------------------------------------------------------------------------


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    _say(str(code))
    return EXIT_USAGE


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    line = " ".join(message.splitlines())
    try:
        sys.stderr.write(f"{PROG}: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _safe_streams() -> None:
    """Names hold "é", "–" and "&": never fail on a console that cannot show them."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            errors = "replace" if stream is sys.stdout else "backslashreplace"
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=errors)


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at the null device so that the interpreter's final
    flush does not fail again (the Python documentation's recipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class _QuietFileHandler(logging.FileHandler):
    """A log file that never complains on stderr when it cannot be written."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


@contextlib.contextmanager
def _logging_to_file() -> Iterator[None]:
    """While a command runs, the core's log records go to the log file, never to stderr (the
    last-resort handler would print warnings there, tracebacks included). Restored after, so
    that calling :func:`main` in process leaves logging as it found it."""
    handler: logging.Handler
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(folder / LOG_NAME, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    ours = logging.getLogger("jumelage")
    level = ours.level
    root.addHandler(handler)
    ours.setLevel(logging.INFO)
    try:
        yield
    finally:
        ours.setLevel(level)
        root.removeHandler(handler)
        handler.close()


def _log_crash(error: BaseException, argv: Sequence[str] | None) -> Path | None:
    """Append the traceback to the log file; its path, or ``None`` if it cannot be written."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / LOG_NAME
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        args = list(sys.argv[1:] if argv is None else argv)
        with open(log_file, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"{stamp} {PROG} {__version__} (Python {sys.version.split()[0]}) ")
            handle.write(f"arguments {args!r}\n")
            handle.write("".join(traceback.format_exception(error)))
            handle.write("\n")
        return log_file
    except OSError:
        return None
