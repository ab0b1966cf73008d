"""Mission checks: conflicts a project officer must see before a mission (issue: Scheduling).

Plain values (stdlib only). The rules are computed by :mod:`jumelage.services.checks`; the
user interface turns each :class:`MissionProblem` into a sentence in the user's language.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class ProblemKind(enum.StrEnum):
    #: A participant is in two places at once (another mission overlapping these dates).
    DOUBLE_BOOKED = "double_booked"
    #: A mission day is a public holiday (or custom day off) at the destination.
    HOLIDAY = "holiday"
    #: An agenda item falls outside the mission's dates.
    AGENDA_OUTSIDE = "agenda_outside"
    #: A participant's checklist is incomplete less than 30 days before departure.
    CHECKLIST = "checklist"


@dataclass(frozen=True)
class MissionProblem:
    kind: ProblemKind
    mission_id: int
    #: The day concerned (holiday, agenda item's day, first overlapping day), if any.
    day: dt.date | None = None
    #: The person concerned (double booking, checklist), if any.
    person: str = ""
    #: The other thing involved: the other mission's title, the holiday's name, the agenda
    #: item's title, or the missing checklist entries joined by ", ".
    other: str = ""
    #: Days until departure (checklist).
    days_left: int | None = None
    #: The title of the mission the problem belongs to (for lists that mix missions).
    mission_title: str = ""
