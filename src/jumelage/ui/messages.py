"""Typed errors as sentences in the user's language.

The English templates live in :mod:`jumelage.domain.messages` (the CLI prints them); here each
template is looked up in the "errors" translation context, so the .ts files translate the very
same sentences. The values an error carries are words of the domain: field names ("title",
"working_hours") become the field's label in the user's language (context "fields"), and a
mission's statuses their translated names ("idée → confirmée", not "idea to confirmed").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jumelage.domain import errors
from jumelage.domain.messages import TEMPLATES
from jumelage.domain.messages import describe as describe_english

#: The labels of the field names the domain's and the services' errors use.
_FIELDS: dict[str, object] = {
    "actual": QT_TRANSLATE_NOOP("fields", "Actual amount"),
    "agenda": QT_TRANSLATE_NOOP("fields", "Agenda"),
    "amount": QT_TRANSLATE_NOOP("fields", "Amount"),
    "arrive": QT_TRANSLATE_NOOP("fields", "Arrival"),
    "as_of": QT_TRANSLATE_NOOP("fields", "Date of the rate"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "channel": QT_TRANSLATE_NOOP("fields", "Channel"),
    "colour": QT_TRANSLATE_NOOP("fields", "Colour"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "dates": QT_TRANSLATE_NOOP("fields", "Dates"),
    "days_off": QT_TRANSLATE_NOOP("fields", "Days off"),
    "decision": QT_TRANSLATE_NOOP("fields", "Decision"),
    "depart": QT_TRANSLATE_NOOP("fields", "Departure"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "destination": QT_TRANSLATE_NOOP("fields", "Destination"),
    "direction": QT_TRANSLATE_NOOP("fields", "Direction"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Due date"),
    "duration": QT_TRANSLATE_NOOP("fields", "Duration"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "end": QT_TRANSLATE_NOOP("fields", "End"),
    "entry_kind": QT_TRANSLATE_NOOP("fields", "Kind of entry"),
    "first_start": QT_TRANSLATE_NOOP("fields", "First meeting"),
    "followup": QT_TRANSLATE_NOOP("fields", "Follow-up"),
    "general": QT_TRANSLATE_NOOP("fields", "Record"),
    "home_town": QT_TRANSLATE_NOOP("fields", "Home town"),
    "instant": QT_TRANSLATE_NOOP("fields", "Date and time"),
    "internal_notes": QT_TRANSLATE_NOOP("fields", "Internal notes"),
    "join_link": QT_TRANSLATE_NOOP("fields", "Join link"),
    "languages": QT_TRANSLATE_NOOP("fields", "Languages"),
    "location": QT_TRANSLATE_NOOP("fields", "Location"),
    "minutes": QT_TRANSLATE_NOOP("fields", "Minutes"),
    "minutes_lost": QT_TRANSLATE_NOOP("fields", "Minutes lost"),
    "mode": QT_TRANSLATE_NOOP("fields", "Mode of travel"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "objectives": QT_TRANSLATE_NOOP("fields", "Objectives"),
    "organisation": QT_TRANSLATE_NOOP("fields", "Organisation"),
    "origin": QT_TRANSLATE_NOOP("fields", "From"),
    "outcomes": QT_TRANSLATE_NOOP("fields", "Outcomes"),
    "owner": QT_TRANSLATE_NOOP("fields", "Mission or partnership"),
    "partner_town": QT_TRANSLATE_NOOP("fields", "Partner town"),
    "partnership": QT_TRANSLATE_NOOP("fields", "Partnership"),
    "per_eur": QT_TRANSLATE_NOOP("fields", "Rate per euro"),
    "period": QT_TRANSLATE_NOOP("fields", "Period"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "planned": QT_TRANSLATE_NOOP("fields", "Planned amount"),
    "quality": QT_TRANSLATE_NOOP("fields", "Call quality"),
    "reference": QT_TRANSLATE_NOOP("fields", "Reference"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "rule": QT_TRANSLATE_NOOP("fields", "Repeats"),
    "sdgs": QT_TRANSLATE_NOOP("fields", "Sustainable Development Goals"),
    "series": QT_TRANSLATE_NOOP("fields", "Series"),
    "shift": QT_TRANSLATE_NOOP("fields", "Shift"),
    "since": QT_TRANSLATE_NOOP("fields", "Since"),
    "start": QT_TRANSLATE_NOOP("fields", "Start"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "subdivision": QT_TRANSLATE_NOOP("fields", "Holiday subdivision"),
    "time_zone": QT_TRANSLATE_NOOP("fields", "Time zone"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "to": QT_TRANSLATE_NOOP("fields", "Last day"),
    "town": QT_TRANSLATE_NOOP("fields", "Town"),
    "until": QT_TRANSLATE_NOOP("fields", "Until"),
    "weekend": QT_TRANSLATE_NOOP("fields", "Weekend"),
    "working_hours": QT_TRANSLATE_NOOP("fields", "Working hours"),
}

#: Error attributes that hold a mission's status values.
_STATUSES = ("current", "requested", "allowed")


def is_expected(error: BaseException) -> bool:
    """An error the user can act on (as opposed to a bug)."""
    return isinstance(error, errors.UserError)


def field_label(field: str) -> str:
    """ "working_hours" -> "Working hours", "Heures de travail", "Werkuren". A field with a
    detail ("rule (FREQ=...)") keeps it; a name with no label reads as words."""
    name, _space, detail = field.partition(" ")
    english = _FIELDS.get(name)
    label = (
        QCoreApplication.translate("fields", str(english))
        if english is not None
        else name.replace("_", " ")
    )
    return f"{label} {detail}" if detail else label


def describe(error: BaseException) -> str:
    """The whole sentence, the field named by its label ("Titre est obligatoire"...)."""
    return _describe(error, at_field=False)


def describe_at_field(error: BaseException) -> str:
    """The sentence for a label next to the field it names: a leading "Field: " would only
    repeat the field's own label, so it is left out ("The end (…) is before the start")."""
    return _describe(error, at_field=True)


def _describe(error: BaseException, *, at_field: bool) -> str:
    if not isinstance(error, errors.JumelageError):
        return QCoreApplication.translate(
            "errors", "Something went wrong: {error}. Details are in the log file."
        ).format(error=f"{type(error).__name__}: {error}")
    for cls in type(error).__mro__:
        template = TEMPLATES.get(cls)
        if template is None:
            continue
        translated = QCoreApplication.translate("errors", template)
        if at_field and translated.startswith("{field}"):
            rest = translated[len("{field}") :].lstrip(":\u00a0\u202f ")
            if rest:
                translated = rest[:1].upper() + rest[1:]
        try:
            return translated.format(**_values(error))
        except (KeyError, IndexError, ValueError):
            break
    return describe_english(error)


def _values(error: errors.JumelageError) -> dict[str, str]:
    values = {k: _text(v) for k, v in vars(error).items()}
    if isinstance(error, errors.ValidationError):
        values["field"] = field_label(error.field)
    if isinstance(error, errors.InvalidStatusTransition):
        from jumelage.ui import labels

        def status(value: str) -> str:
            return labels.mission_status(value).lower()

        for name in _STATUSES:
            value = getattr(error, name)
            if isinstance(value, str):
                values[name] = status(value)
            else:
                values[name] = ", ".join(status(v) for v in value)
    return values


def _text(value: object) -> str:
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
