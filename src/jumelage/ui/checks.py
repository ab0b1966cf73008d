"""The mission checks in words: one plain-text sentence per :class:`MissionProblem`.

The service (:mod:`jumelage.services.checks`) finds the problems; the mission editor, the
Overview, the Missions table and the Calendar say them with :func:`describe`. Holiday names
come from the ``holidays`` package or the town's own list, and titles from the records:
they are shown as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from jumelage.domain.checks import MissionProblem, ProblemKind
from jumelage.ui import format as fmt
from jumelage.ui import labels

#: A warning sign (with text: never colour alone).
SIGN = "⚠"


def describe(problem: MissionProblem) -> str:
    """ "8 May 2026 is a day off at the destination: Iris Day." and the like."""
    day = fmt.day_month(problem.day) if problem.day is not None else ""
    if problem.kind is ProblemKind.DOUBLE_BOOKED:
        return QCoreApplication.translate(
            "checks", "{person} is also on the mission “{other}” on {day}."
        ).format(person=problem.person, other=problem.other, day=day)
    if problem.kind is ProblemKind.HOLIDAY:
        return QCoreApplication.translate(
            "checks", "{day} is a holiday or day off at the destination: {name}."
        ).format(day=day, name=problem.other)
    if problem.kind is ProblemKind.AGENDA_OUTSIDE:
        return QCoreApplication.translate(
            "checks", "The agenda item “{title}” on {day} is outside the mission dates."
        ).format(title=problem.other, day=day)
    missing = ", ".join(
        labels.checklist_item(name.strip()) for name in problem.other.split(",") if name.strip()
    )
    return QCoreApplication.translate(
        "checks", "Departure {when}: the checklist of {person} still lacks {missing}."
    ).format(when=_when(problem), person=problem.person, missing=missing)


def describe_in(problem: MissionProblem) -> str:
    """The sentence after the mission's title, for lists that mix missions."""
    if not problem.mission_title:
        return describe(problem)
    return QCoreApplication.translate("checks", "{mission} — {problem}").format(
        mission=problem.mission_title, problem=describe(problem)
    )


def summary(problems: Sequence[MissionProblem], *, limit: int = 0) -> str:
    """One sentence a line (the mission's title first), at most ``limit`` lines when given,
    then "… and N more"."""
    shown = problems if limit <= 0 else problems[:limit]
    lines = [describe_in(p) for p in shown]
    if len(problems) > len(shown):
        lines.append(
            QCoreApplication.translate("checks", "… and {count} more").format(
                count=len(problems) - len(shown)
            )
        )
    return "\n".join(lines)


def _when(problem: MissionProblem) -> str:
    """ "in 20 days", "tomorrow" (from the days left before departure)."""
    if problem.days_left is None or problem.day is None:
        return ""
    today = problem.day - dt.timedelta(days=problem.days_left)
    return fmt.days_from(today, problem.day)
