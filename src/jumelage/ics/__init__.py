"""Calendar exchange (.ics): export for partner towns and import of what they send back.

Plain values in, bytes out, and the other way round; this layer imports only the domain
(import-linter holds it there). The services choose what leaves and store what comes in.

Export: :mod:`~jumelage.ics.model` (an event, the calendar), :mod:`~jumelage.ics.profiles`
(what each profile writes), :mod:`~jumelage.ics.writer` (RFC 5545 text, atomic files),
:mod:`~jumelage.ics.vtimezone` (rule-based VTIMEZONEs from tzdata), :mod:`~jumelage.ics.text`.

Import: :mod:`~jumelage.ics.lexer` (bytes → components, defensively),
:mod:`~jumelage.ics.reader` (components → events), :mod:`~jumelage.ics.zones`,
:mod:`~jumelage.ics.windows_zones` and :mod:`~jumelage.ics.filezones` (TZIDs → zones),
:mod:`~jumelage.ics.recur` and :mod:`~jumelage.ics.occurrences` (bounded expansion),
:mod:`~jumelage.ics.merge` (UID + RECURRENCE-ID, SEQUENCE, LAST-MODIFIED),
:mod:`~jumelage.ics.preview`, :mod:`~jumelage.ics.notes`, :mod:`~jumelage.ics.errors` and
:mod:`~jumelage.ics.limits` (what a partner's file may cost us).

icalendar 7 is used by the tests and the benchmark to read our files back, never on the path
of an export or an import: writing and reading the text ourselves is several times faster,
and avoids the traps DESIGN.md section 5 lists.
"""
