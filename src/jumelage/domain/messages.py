"""English sentences for typed errors and warnings.

The command line prints these. The UI translates the same templates with Qt Linguist
(:mod:`jumelage.ui.messages` registers them with ``QT_TRANSLATE_NOOP``), so the two never say
different things.
"""

from __future__ import annotations

from typing import Any

from jumelage.domain import errors as e

#: One template per error class; ``{field}`` style placeholders name the error's attributes.
TEMPLATES: dict[type[e.JumelageError], str] = {
    e.JumelageError: "Jumelage could not do this.",
    e.UserError: "Jumelage could not do this with what it was given.",
    e.DatabaseError: "There is a problem with the database {path}.",
    e.ValidationError: "{field} is not valid.",
    e.MissingValue: "{field} is required.",
    e.TextTooLong: "{field} is longer than {limit} characters.",
    e.EndBeforeStart: "{field}: the end ({end}) is before the start ({start}).",
    e.UnknownTimeZone: "{field}: '{name}' is not a known time zone.",
    e.NaiveDateTime: "{field}: {value} has no time zone.",
    e.NonexistentLocalTime: (
        "{field}: {wall} does not exist in {zone} (the clocks skip it for summer time)."
    ),
    e.NegativeAmount: "{field}: the amount {amount} is negative.",
    e.InvalidNumber: "{field}: '{value}' is not a number.",
    e.UnknownCurrency: "{field}: '{code}' is not a supported currency.",
    e.UnknownCountry: "{field}: '{code}' is not an ISO 3166-1 country code.",
    e.InvalidChoice: "{field}: '{value}' is not one of {choices}.",
    e.InvalidWorkingHours: "{field}: working hours must start before they end.",
    e.InvalidEmail: "{field}: '{value}' is not an e-mail address.",
    e.InvalidColour: "{field}: '{value}' is not a colour like #1f77b4.",
    e.SameTown: "{field}: a town cannot be its own partner ({town}).",
    e.InvalidSdg: "{field}: {goal} is not a Sustainable Development Goal (1 to 17).",
    e.InvalidStatusTransition: (
        "{field}: a mission cannot go from {current} to {requested}; allowed: {allowed}."
    ),
    e.BudgetOwnerRequired: "{field}: a budget line belongs to one mission or one partnership.",
    e.NotFound: "No {kind} with the key {key}.",
    e.StaleEdit: (
        "This {kind} was changed elsewhere after you opened it "
        "(version {current_version}, yours {expected_version}); reload it and try again."
    ),
    e.ChangedElsewhere: (
        "This {kind} was changed elsewhere while you were saving; reload it and try again."
    ),
    e.StillReferenced: "This {kind} is still used by {count} {referenced_by}.",
    e.DuplicateName: "A {kind} named '{name}' already exists.",
    e.UnknownName: "No {kind} matches '{query}'. Known: {candidates}.",
    e.AmbiguousName: "'{query}' matches several {kind}s: {candidates}.",
    e.DatabaseMissing: "There is no database at {path}.",
    e.DatabaseExists: "{path} already exists; choose another file or pass --force.",
    e.DatabaseFolderMissing: "The folder of {path} does not exist.",
    e.NotADatabase: "{path} is not a Jumelage database ({detail}).",
    e.DatabaseDamaged: "The database {path} is damaged ({detail}).",
    e.DatabaseTooNew: (
        "{path} was written by a newer version of Jumelage (schema {revision}); "
        "update Jumelage to open it. The file was not changed."
    ),
    e.DatabaseNeedsUpgrade: (
        "{path} uses an older schema ({revision}); open it in the Jumelage app to upgrade "
        "it (a backup is made first). The file was not changed."
    ),
    e.NotAJumelageDatabase: "{path} is an SQLite file but not a Jumelage database.",
    e.MigrationFailed: (
        "Upgrading {path} failed ({detail}); the database was restored as it was before."
    ),
    e.DatabaseLocked: "{path} is already open in another Jumelage ({holder}).",
    e.DatabaseReadOnly: "{path} is read-only; Jumelage cannot save there.",
    e.StorageFull: "The disk holding {path} is full; nothing was saved.",
    e.StorageUnavailable: "{path} cannot be reached ({detail}).",
    e.BackupFailed: "The backup of {path} to {target} failed ({detail}).",
}


def _format_value(value: Any) -> str:
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(v) for v in value) if value else "none"
    if value is None:
        return "none"
    return str(value)


def describe(error: e.JumelageError) -> str:
    """The English sentence for ``error``."""
    for cls in type(error).__mro__:
        template = TEMPLATES.get(cls)
        if template is not None:
            params = {k: _format_value(v) for k, v in vars(error).items()}
            try:
                return template.format(**params)
            except (KeyError, IndexError):  # pragma: no cover - a template bug, say something
                return f"{type(error).__name__}: {params}"
    args = ", ".join(str(a) for a in error.args)
    return args or type(error).__name__
