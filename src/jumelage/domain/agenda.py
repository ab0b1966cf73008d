"""The agenda of the next follow-up, pre-filled from the partnership's open work.

Open action items carry into the next follow-up's agenda (DESIGN.md section 3), followed by
the "Next steps" the previous call's minutes wrote down. The service hands the pieces over as
a :class:`Prefill`; the interface writes them out with headings and dates in the user's
language (:class:`Wording`), English being the default (the command line, the tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

OPEN_ITEMS_HEADING = "Open action items"
NEXT_STEPS_HEADING = "Next steps"
#: The "Next steps" heading as minutes write it in Jumelage's languages (any case).
NEXT_STEPS_HEADINGS = (NEXT_STEPS_HEADING, "Prochaines étapes", "Volgende stappen")


@dataclass(frozen=True, slots=True)
class Wording:
    """How a pre-filled agenda reads: its two headings, the due-date phrase (with a
    ``{date}`` placeholder) and how a date is written."""

    open_items: str = OPEN_ITEMS_HEADING
    next_steps: str = NEXT_STEPS_HEADING
    due: str = "due {date}"
    date: Callable[[dt.date], str] = field(default=dt.date.isoformat)


ENGLISH = Wording()


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One open action item as the agenda lists it (``action_id`` names the item, for the
    record that it was discussed)."""

    description: str
    owner: str | None = None
    due_date: dt.date | None = None
    action_id: int | None = None

    def line(self, wording: Wording = ENGLISH) -> str:
        """``- Share the spreadsheet (Ibrahima Coly; due 2026-03-13)``."""
        due = (
            wording.due.format(date=wording.date(self.due_date))
            if self.due_date is not None
            else ""
        )
        details = [part for part in (self.owner, due) if part]
        suffix = f" ({'; '.join(details)})" if details else ""
        return f"- {self.description}{suffix}"


@dataclass(frozen=True, slots=True)
class Prefill:
    """What the next follow-up's agenda starts from: the partnership's open items and the
    "Next steps" lines of the previous follow-up's minutes."""

    items: tuple[OpenItem, ...] = ()
    steps: tuple[str, ...] = ()

    @property
    def action_ids(self) -> tuple[int, ...]:
        return tuple(i.action_id for i in self.items if i.action_id is not None)

    def text(self, wording: Wording = ENGLISH) -> str:
        return compose(self.items, self.steps, wording)


def _heading_rest(line: str, heading: str) -> str | None:
    """What follows ``heading`` on ``line`` ("" for the heading alone), or ``None`` when the
    line is not that heading. Case-insensitive; a colon after the heading (with or without a
    space before it) is allowed."""
    stripped = line.strip()
    if stripped[: len(heading)].casefold() != heading.casefold():
        return None
    rest = stripped[len(heading) :].lstrip()  # French puts a space before the colon
    if rest.startswith(":"):
        return rest[1:].strip()
    return "" if not rest else None


def next_steps(minutes: str, headings: Iterable[str] = NEXT_STEPS_HEADINGS) -> list[str]:
    """The lines of the "Next steps" section of ``minutes``: from the first line that reads
    one of ``headings`` (English, French or Dutch by default; any case, optionally followed
    by a colon and text) up to the next blank line. Empty when there is no such section."""
    known = [h for h in dict.fromkeys(h.strip() for h in headings) if h]
    lines = minutes.splitlines()
    for index, line in enumerate(lines):
        rest = next((r for h in known if (r := _heading_rest(line, h)) is not None), None)
        if rest is None:
            continue
        steps = [rest] if rest else []
        for following in lines[index + 1 :]:
            if not following.strip():
                break
            steps.append(following.rstrip())
        return steps
    return []


def compose(
    items: Iterable[OpenItem], steps: Sequence[str] = (), wording: Wording = ENGLISH
) -> str:
    """The pre-filled agenda: an "Open action items" section (one line per item) and a "Next
    steps" section, separated by a blank line; a section with nothing in it is left out."""
    sections = []
    item_lines = [item.line(wording) for item in items]
    if item_lines:
        sections.append("\n".join([wording.open_items, *item_lines]))
    if steps:
        sections.append("\n".join([wording.next_steps, *steps]))
    return "\n\n".join(sections)
