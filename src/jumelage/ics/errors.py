"""Typed errors of the calendar exchange, and their English sentences.

They derive from :class:`~jumelage.domain.errors.UserError`, so the command line answers them
with exit code 2 and one line, and the UI shows the sentence. The templates are added to
:data:`jumelage.domain.messages.TEMPLATES` when this module is imported (the domain may not
import the ics layer, so the registration goes this way round).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jumelage.domain.errors import UserError
from jumelage.domain.messages import TEMPLATES


@dataclass(eq=False)
class CalendarError(UserError):
    """A calendar file we cannot read (or write). ``source`` names it for the user."""

    source: str


@dataclass(eq=False)
class CalendarFileMissing(CalendarError):
    pass


@dataclass(eq=False)
class CalendarFileUnreadable(CalendarError):
    detail: str


@dataclass(eq=False)
class CalendarTooLarge(CalendarError):
    size: int
    limit: int


@dataclass(eq=False)
class NotACalendar(CalendarError):
    """No ``BEGIN:VCALENDAR`` where a calendar must start."""


@dataclass(eq=False)
class BinaryData(CalendarError):
    """NUL bytes: an image, a zip or a UTF-16 file without its byte-order mark."""

    line: int


@dataclass(eq=False)
class UnreadableLine(CalendarError):
    line: int


@dataclass(eq=False)
class NestedTooDeep(CalendarError):
    line: int
    limit: int


@dataclass(eq=False)
class TooManyComponents(CalendarError):
    limit: int


@dataclass(eq=False)
class NoEvents(CalendarError):
    pass


@dataclass(eq=False)
class PartnershipNeeded(CalendarError):
    """The file could belong to several partnerships: the user must say which."""

    candidates: tuple[str, ...] = field(default=())


@dataclass(eq=False)
class ExportFolderMissing(CalendarError):
    pass


@dataclass(eq=False)
class ExportFailed(CalendarError):
    detail: str


TEMPLATES.update(
    {
        CalendarError: "The calendar file {source} cannot be used.",
        CalendarFileMissing: "There is no calendar file {source}.",
        CalendarFileUnreadable: "The calendar file {source} cannot be read ({detail}).",
        CalendarTooLarge: (
            "{source} is too large to be a calendar ({size} bytes; "
            "Jumelage reads files up to {limit} bytes). Nothing was imported."
        ),
        NotACalendar: (
            "{source} is not an iCalendar file (it does not start with BEGIN:VCALENDAR). "
            "Nothing was imported."
        ),
        BinaryData: (
            "{source} holds binary data (NUL bytes on line {line}), not calendar text. "
            "Nothing was imported."
        ),
        UnreadableLine: (
            "Line {line} of {source} is not an iCalendar line (NAME:value). Nothing was imported."
        ),
        NestedTooDeep: (
            "{source} nests components more than {limit} deep (line {line}). Nothing was imported."
        ),
        TooManyComponents: (
            "{source} holds more than {limit} components; Jumelage reads at most {limit}. "
            "Nothing was imported."
        ),
        NoEvents: "{source} holds no events. Nothing was imported.",
        PartnershipNeeded: (
            "Say which partnership {source} belongs to; it could be any of: {candidates}."
        ),
        ExportFolderMissing: "The folder for {source} does not exist; nothing was written.",
        ExportFailed: "{source} could not be written ({detail}); nothing was changed.",
    }
)
