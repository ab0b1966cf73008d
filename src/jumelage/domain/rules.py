"""Small validation rules shared by the specs, and the mission rules that produce warnings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from jumelage.domain.enums import MissionStatus
from jumelage.domain.errors import (
    DomainWarning,
    EndBeforeStart,
    InvalidChoice,
    InvalidColour,
    InvalidEmail,
    InvalidStatusTransition,
    MissingValue,
    TextTooLong,
)

SHORT_TEXT = 200
LONG_TEXT = 100_000

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\".]{2,}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

E = TypeVar("E", bound=StrEnum)


def text(value: str | None, field: str, *, required: bool = False, limit: int = SHORT_TEXT) -> str:
    """Stripped text; refuses empty required values and over-long ones."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise MissingValue(field=field)
    if len(cleaned) > limit:
        raise TextTooLong(field=field, limit=limit)
    return cleaned


def long_text(value: str | None, field: str) -> str:
    """Free text (minutes, objectives): kept as typed apart from trailing space."""
    cleaned = (value or "").rstrip()
    if len(cleaned) > LONG_TEXT:
        raise TextTooLong(field=field, limit=LONG_TEXT)
    return cleaned


def choice(enum: type[E], value: str | E, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise InvalidChoice(
            field=field, value=str(value), choices=tuple(m.value for m in enum)
        ) from None


def email(value: str | None, field: str = "email") -> str:
    cleaned = text(value, field)
    if cleaned and not _EMAIL.match(cleaned):
        raise InvalidEmail(field=field, value=cleaned)
    return cleaned


def colour(value: str | None, field: str = "colour") -> str:
    cleaned = (value or "").strip()
    if not _COLOUR.match(cleaned):
        raise InvalidColour(field=field, value=cleaned)
    return cleaned.lower()


def date_range(start: dt.date, end: dt.date, field: str) -> None:
    if end < start:
        raise EndBeforeStart(field=field, start=start, end=end)


def interval(start: dt.datetime, end: dt.datetime, field: str) -> None:
    """Both aware; the end strictly after the start, compared as instants."""
    if end <= start:
        raise EndBeforeStart(field=field, start=start, end=end)


# --- mission workflow ---------------------------------------------------------------------

_FORWARD = [
    MissionStatus.IDEA,
    MissionStatus.PLANNED,
    MissionStatus.APPROVED,
    MissionStatus.CONFIRMED,
    MissionStatus.COMPLETED,
]


def allowed_transitions(current: MissionStatus) -> tuple[MissionStatus, ...]:
    """One step forward or back along idea → planned → approved → confirmed → completed;
    anything not completed can be cancelled, and a cancelled mission can be revived as an
    idea or a plan. A completed mission is final."""
    if current is MissionStatus.COMPLETED:
        return ()
    if current is MissionStatus.CANCELLED:
        return (MissionStatus.IDEA, MissionStatus.PLANNED)
    index = _FORWARD.index(current)
    allowed = [_FORWARD[index + 1]]
    if index > 0:
        allowed.insert(0, _FORWARD[index - 1])
    allowed.append(MissionStatus.CANCELLED)
    return tuple(allowed)


class Refusal(StrEnum):
    """Why the workflow refuses a status (:func:`transition_refusal`)."""

    #: A completed mission is final.
    FINAL = "final"
    #: A cancelled mission is revived as an idea or a plan, not further on.
    REVIVE_EARLY = "revive_early"
    #: A step forward was skipped: the mission must first be ``needed``.
    SKIPS_A_STEP = "skips_a_step"
    #: Going back is one step at a time: to ``needed`` only.
    ONE_STEP_BACK = "one_step_back"


@dataclass(frozen=True, slots=True)
class TransitionRefusal:
    reason: Refusal
    #: The status the mission needs first (a skipped step) or may go back to (one step back).
    needed: MissionStatus | None = None


def transition_refusal(
    current: MissionStatus, requested: MissionStatus
) -> TransitionRefusal | None:
    """Why a mission cannot go from ``current`` to ``requested``, or ``None`` when the
    workflow (:func:`allowed_transitions`) allows it."""
    if requested == current or requested in allowed_transitions(current):
        return None
    if current is MissionStatus.COMPLETED:
        return TransitionRefusal(Refusal.FINAL)
    if current is MissionStatus.CANCELLED:
        return TransitionRefusal(Refusal.REVIVE_EARLY)
    here, there = _FORWARD.index(current), _FORWARD.index(requested)
    if there > here:
        return TransitionRefusal(Refusal.SKIPS_A_STEP, _FORWARD[there - 1])
    return TransitionRefusal(Refusal.ONE_STEP_BACK, _FORWARD[here - 1])


def check_transition(current: MissionStatus, requested: MissionStatus) -> None:
    if requested == current:
        return
    allowed = allowed_transitions(current)
    if requested not in allowed:
        raise InvalidStatusTransition(
            field="status",
            current=current.value,
            requested=requested.value,
            allowed=tuple(s.value for s in allowed),
        )


# --- warnings -----------------------------------------------------------------------------


def agenda_day_outside(
    mission_start: dt.date, mission_end: dt.date, start: dt.datetime, end: dt.datetime
) -> dt.date | None:
    """The first day of an agenda item that falls outside the mission dates, or ``None``.

    ``start`` and ``end`` are on the destination's clocks. An item that ends at midnight
    ends on the day before (a dinner until 00:00 on the last day stays inside).
    """
    first = start.date()
    last = end.date()
    if end > start and end.time() == dt.time(0):
        last -= dt.timedelta(days=1)
    if first < mission_start:
        return first
    if max(first, last) > mission_end:
        return max(first, mission_end + dt.timedelta(days=1))
    return None


def agenda_warnings(
    mission_start: dt.date,
    mission_end: dt.date,
    items: Iterable[tuple[str, dt.datetime, dt.datetime]],
) -> list[DomainWarning]:
    """Agenda items outside the mission dates or overlapping each other.

    ``items`` are ``(title, start, end)`` with aware datetimes in the destination's zone; the
    dates compared are those on the destination's clocks.
    """
    warnings: list[DomainWarning] = []
    ordered = sorted(items, key=lambda item: item[1])
    for title, start, end in ordered:
        if agenda_day_outside(mission_start, mission_end, start, end) is not None:
            warnings.append(
                DomainWarning(
                    "agenda_outside_mission",
                    title,
                    f"{start.date().isoformat()} not within "
                    f"{mission_start.isoformat()}–{mission_end.isoformat()}",
                )
            )
    for index, (title, start, _) in enumerate(ordered):
        # Any earlier item still running overlaps, not only the previous one (a day-long
        # workshop overlaps both the coffee break and the lunch).
        clash = next((t for t, _, end in ordered[:index] if end > start), None)
        if clash is not None:
            warnings.append(DomainWarning("agenda_overlap", title, clash))
    return warnings
