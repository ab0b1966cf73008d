"""English sentences for the notes an import leaves (:class:`DomainWarning` values whose
``code`` starts with ``ics.``): what was guessed, cut or left out, so that nothing about a
partner's file is decided silently. The UI can translate the same templates.

``subject`` is usually the file (or the TZID, or the event's title) and ``detail`` a zone, a
line number or a count.
"""

from __future__ import annotations

from jumelage.domain.errors import DomainWarning

NOTES: dict[str, str] = {
    "ics.bad-utf8": (
        "{subject}: line {detail} is not valid UTF-8; the unreadable bytes were replaced."
    ),
    "ics.cp1252": "{subject} is not UTF-8 (line {detail}); it was read as Windows-1252.",
    "ics.stray-end": "{subject}: an END:{detail} without its BEGIN was ignored.",
    "ics.unclosed": "{subject}: a {detail} was not closed; it was left out.",
    "ics.truncated": (
        "{subject} ends before END:VCALENDAR (cut off?); the events complete before the end "
        "were read."
    ),
    "ics.bad-fold": "{subject}: {detail} line(s) had lost their fold and were joined back.",
    "ics.bad-line": "{subject}: {detail} broken line(s) of properties Jumelage does not use "
    "were left out.",
    "ics.several-calendars": "{subject} holds {detail} calendars; their events were merged.",
    "ics.x-wr-unknown": "{subject}: X-WR-TIMEZONE '{detail}' is not a known zone; ignored.",
    "ics.zone-no-vtimezone": (
        "Time zone '{subject}' has no definition in the file; read as the IANA zone {detail}."
    ),
    "ics.zone-renamed": "Time zone '{subject}' was read as the IANA zone {detail}.",
    "ics.zone-windows": "Windows time zone '{subject}' was read as {detail}.",
    "ics.zone-mismatch": (
        "Time zone '{subject}' is defined in the file with other offsets than {detail}; "
        "the file's definition was used."
    ),
    "ics.zone-file": (
        "Time zone '{subject}' is not a known zone; its times were read with the file's own "
        "definition."
    ),
    "ics.zone-unknown": (
        "Time zone '{subject}' is unknown and not defined in the file; its times were read "
        "in {detail}, the partner town's zone."
    ),
    "ics.floating": (
        "{subject} has times without a zone; they were read in {detail}, the partner town's zone."
    ),
    "ics.floating-x-wr": (
        "{subject} has times without a zone; they were read in {detail}, the calendar's zone "
        "(X-WR-TIMEZONE)."
    ),
    "ics.ignored": "{subject}: {detail} components were ignored (only events are imported).",
    "ics.duplicate": "{subject}: {detail} event(s) appeared twice; the later version was kept.",
    "ics.no-dtstart": "{subject}: {detail} event(s) without a start were left out.",
    "ics.no-uid": (
        "{subject}: {detail} event(s) without a UID were identified by their start and title."
    ),
    "ics.cut-summary": "{subject}: {detail} title(s) were cut to 500 characters.",
    "ics.cut-location": "{subject}: {detail} location(s) were cut to 500 characters.",
    "ics.cut-description": "{subject}: {detail} description(s) were cut to 10,000 characters.",
    "ics.range": (
        "{subject}: {detail} change(s) meant for 'this and future' occurrences were applied "
        "to one occurrence only."
    ),
    "ics.mixed-types": (
        "{subject}: {detail} event(s) mixed a date and a date-time; read as all-day events."
    ),
    "ics.end-before-start": "{subject}: {detail} event(s) ended before they started; the end "
    "was moved to the start.",
    "ics.recurrence-unsupported": (
        "'{subject}' repeats with a rule Jumelage does not expand ({detail}); only its first "
        "occurrence was checked for clashes."
    ),
    "ics.recurrence-truncated": (
        "'{subject}' repeats very often; only its first {detail} occurrences around today "
        "were checked for clashes."
    ),
    "ics.recurrence-invalid": (
        "'{subject}' has a repeat rule that cannot be read ({detail}); only its first "
        "occurrence was checked for clashes."
    ),
    "ics.partnership-guessed": "{subject} was taken to belong to the partnership {detail}.",
    "ics.clashes-cut": "Only the first {detail} clashes are listed.",
    "ics.phone-link": (
        "{subject}: the join link is not a web address and was left out of the partner file."
    ),
}


def describe_note(note: DomainWarning) -> str:
    """The English sentence for an import note (its code, if it has no template)."""
    template = NOTES.get(note.code)
    if template is None:
        return f"{note.code}: {note.subject} {note.detail}".strip()
    return template.format(subject=note.subject, detail=note.detail)
