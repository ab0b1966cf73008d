"""Typed errors. They carry data, not prose.

The command line and the UI turn them into sentences in the user's language
(:func:`jumelage.domain.messages.describe` gives the English text, which the UI translates).
Every error a user can cause derives from :class:`UserError`: the CLI answers those with exit
code 2 and one line, never a traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path


class JumelageError(Exception):
    """Base of every error Jumelage raises on purpose."""

    def __str__(self) -> str:
        from jumelage.domain.messages import describe

        return describe(self)


class UserError(JumelageError):
    """Something the user (or their input) did; reported in one sentence."""


# --- validation -------------------------------------------------------------------------


@dataclass(eq=False)
class ValidationError(UserError):
    """A value that breaks a domain rule. ``field`` names the input field it belongs to."""

    field: str


@dataclass(eq=False)
class MissingValue(ValidationError):
    pass


@dataclass(eq=False)
class TextTooLong(ValidationError):
    limit: int


@dataclass(eq=False)
class EndBeforeStart(ValidationError):
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime


@dataclass(eq=False)
class UnknownTimeZone(ValidationError):
    name: str


@dataclass(eq=False)
class NaiveDateTime(ValidationError):
    """A datetime without a zone reached a boundary that requires one."""

    value: dt.datetime


@dataclass(eq=False)
class NonexistentLocalTime(ValidationError):
    """A wall-clock time skipped by a daylight-saving change (02:30 on 29 March in Brussels)."""

    wall: dt.datetime
    zone: str


@dataclass(eq=False)
class NegativeAmount(ValidationError):
    amount: Decimal


@dataclass(eq=False)
class InvalidNumber(ValidationError):
    value: str


@dataclass(eq=False)
class UnknownCurrency(ValidationError):
    code: str


@dataclass(eq=False)
class UnknownCountry(ValidationError):
    code: str


@dataclass(eq=False)
class InvalidChoice(ValidationError):
    value: str
    choices: tuple[str, ...]


@dataclass(eq=False)
class InvalidWorkingHours(ValidationError):
    start: dt.time
    end: dt.time


@dataclass(eq=False)
class InvalidEmail(ValidationError):
    value: str


@dataclass(eq=False)
class InvalidColour(ValidationError):
    value: str


@dataclass(eq=False)
class SameTown(ValidationError):
    town: str


@dataclass(eq=False)
class InvalidSdg(ValidationError):
    goal: int


@dataclass(eq=False)
class InvalidStatusTransition(ValidationError):
    current: str
    requested: str
    allowed: tuple[str, ...]


@dataclass(eq=False)
class BudgetOwnerRequired(ValidationError):
    """A budget line belongs to exactly one mission or one partnership."""


# --- records ----------------------------------------------------------------------------


@dataclass(eq=False)
class NotFound(UserError):
    kind: str
    key: int | str


@dataclass(eq=False)
class StaleEdit(UserError):
    """Someone saved the record after this editor loaded it (optimistic locking)."""

    kind: str
    key: int
    expected_version: int
    current_version: int | None


@dataclass(eq=False)
class ChangedElsewhere(UserError):
    """The row changed between reading and saving it (caught by the version counter)."""

    kind: str


@dataclass(eq=False)
class StillReferenced(UserError):
    """The record cannot be deleted while others point at it."""

    kind: str
    key: int
    referenced_by: str
    count: int


@dataclass(eq=False)
class DuplicateName(UserError):
    kind: str
    name: str


@dataclass(eq=False)
class UnknownName(UserError):
    kind: str
    query: str
    candidates: tuple[str, ...] = field(default=())


@dataclass(eq=False)
class AmbiguousName(UserError):
    kind: str
    query: str
    candidates: tuple[str, ...] = field(default=())


# --- the database file ------------------------------------------------------------------


@dataclass(eq=False)
class DatabaseError(UserError):
    path: Path


@dataclass(eq=False)
class DatabaseMissing(DatabaseError):
    pass


@dataclass(eq=False)
class DatabaseExists(DatabaseError):
    pass


@dataclass(eq=False)
class DatabaseFolderMissing(DatabaseError):
    pass


@dataclass(eq=False)
class NotADatabase(DatabaseError):
    """The file is not an SQLite database at all (or its header is destroyed)."""

    detail: str


@dataclass(eq=False)
class DatabaseDamaged(DatabaseError):
    detail: str
    latest_backup: Path | None = None


@dataclass(eq=False)
class DatabaseTooNew(DatabaseError):
    revision: str


@dataclass(eq=False)
class DatabaseNeedsUpgrade(DatabaseError):
    """An older schema, met where Jumelage must not upgrade it (a reading command)."""

    revision: str


@dataclass(eq=False)
class NotAJumelageDatabase(DatabaseError):
    pass


@dataclass(eq=False)
class MigrationFailed(DatabaseError):
    detail: str
    backup: Path | None


@dataclass(eq=False)
class DatabaseLocked(DatabaseError):
    """Another Jumelage process holds the instance lock of this database."""

    holder: str


@dataclass(eq=False)
class DatabaseReadOnly(DatabaseError):
    pass


@dataclass(eq=False)
class StorageFull(DatabaseError):
    pass


@dataclass(eq=False)
class StorageUnavailable(DatabaseError):
    detail: str


@dataclass(eq=False)
class BackupFailed(DatabaseError):
    target: Path
    detail: str


# --- warnings (not raised: returned next to a result) -------------------------------------


@dataclass(frozen=True)
class DomainWarning:
    """Something worth telling the user that does not stop the save."""

    code: str
    subject: str
    detail: str = ""
