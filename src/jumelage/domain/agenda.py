"""The agenda of the next follow-up, pre-filled from the partnership's open work.

Open action items carry into the next follow-up's agenda (DESIGN.md section 3), followed by
the "Next steps" the previous call's minutes wrote down. The result is plain text the officer
then edits; its headings are data (English), not interface strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

OPEN_ITEMS_HEADING = "Open action items"
NEXT_STEPS_HEADING = "Next steps"


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One open action item as the agenda lists it."""

    description: str
    owner: str | None = None
    due_date: dt.date | None = None

    def line(self) -> str:
        """``- Share the spreadsheet (Ibrahima Coly; due 2026-03-13)``."""
        details = [part for part in (self.owner, self._due()) if part]
        suffix = f" ({'; '.join(details)})" if details else ""
        return f"- {self.description}{suffix}"

    def _due(self) -> str:
        return f"due {self.due_date.isoformat()}" if self.due_date is not None else ""


def _heading_rest(line: str, heading: str) -> str | None:
    """What follows ``heading`` on ``line`` ("" for the heading alone), or ``None`` when the
    line is not that heading. Case-insensitive; a colon after the heading is allowed."""
    stripped = line.strip()
    if stripped[: len(heading)].casefold() != heading.casefold():
        return None
    rest = stripped[len(heading) :]
    if rest.startswith(":"):
        return rest[1:].strip()
    return "" if not rest.strip() else None


def next_steps(minutes: str) -> list[str]:
    """The lines of the "Next steps" section of ``minutes``: from the first line that reads
    "Next steps" (any case, optionally "Next steps:" followed by text) up to the next blank
    line. Empty when the minutes have no such section."""
    lines = minutes.splitlines()
    for index, line in enumerate(lines):
        rest = _heading_rest(line, NEXT_STEPS_HEADING)
        if rest is None:
            continue
        steps = [rest] if rest else []
        for following in lines[index + 1 :]:
            if not following.strip():
                break
            steps.append(following.rstrip())
        return steps
    return []


def compose(items: Iterable[OpenItem], steps: Sequence[str] = ()) -> str:
    """The pre-filled agenda: an "Open action items" section (one line per item) and a "Next
    steps" section, separated by a blank line; a section with nothing in it is left out."""
    sections = []
    item_lines = [item.line() for item in items]
    if item_lines:
        sections.append("\n".join([OPEN_ITEMS_HEADING, *item_lines]))
    if steps:
        sections.append("\n".join([NEXT_STEPS_HEADING, *steps]))
    return "\n\n".join(sections)
