"""The bounds of the calendar exchange: what an imported file may cost us at most.

A partner's file is untrusted input. Each limit below turns a hostile or broken file into a
clear sentence (or a note in the preview) instead of minutes of work and gigabytes of memory:
a ``FREQ=SECONDLY`` rule expanded naively over a year took 130 s and 1.7 GB here.
"""

from __future__ import annotations

import datetime as dt

#: Largest file we read (a year of a busy office's calendar is well under 1 MB).
MAX_BYTES = 20 * 1024 * 1024
#: Components (VEVENT, VTIMEZONE, VALARM...) in one file.
MAX_COMPONENTS = 100_000
#: Components nested inside each other (VCALENDAR > VEVENT > VALARM is 3).
MAX_DEPTH = 8
#: Stored text of one event, in characters; longer values are cut (with a note).
MAX_SUMMARY = 500
MAX_LOCATION = 500
MAX_DESCRIPTION = 10_000
#: The raw component kept beside each imported event (its RRULE, EXDATEs, ...).
MAX_RAW = 32_000
#: A single line of the raw component longer than this is left out of ``raw`` (inline
#: attachments, HTML descriptions).
MAX_RAW_LINE = 4_000

#: Recurrences are expanded only this far around "now" ...
EXPANSION_WINDOW = dt.timedelta(days=2 * 366)
#: ... and to at most this many occurrences per event.
MAX_OCCURRENCES = 2_000
#: Periods (days, weeks, months, years) one expansion may walk through before it gives up.
MAX_RECURRENCE_STEPS = 200_000

#: Dates outside these years are read as unreadable values (date arithmetic near year 1 or
#: 9999 overflows, and no partnership plans that far).
EARLIEST_YEAR = 1000
LATEST_YEAR = 9000
#: The longest event whose occurrences are computed (longer ones are cut to this).
MAX_EVENT_LENGTH = dt.timedelta(days=3660)

#: Clashes listed in an import preview.
MAX_CLASHES = 200
