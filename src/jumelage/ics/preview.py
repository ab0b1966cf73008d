"""What an import would do, as plain values: the preview the dialog and ``--dry-run`` show.

:class:`ImportPreview` lists the incoming events by what happens to them, the partner's copies
of our own items, the clashes with our plans, and the notes the reader left (zones guessed,
texts cut, rules not expanded). The same object describes what :meth:`ImportService.apply
<jumelage.services.exchange_import.ImportService.apply>` did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jumelage.domain.enums import EventStatus
from jumelage.domain.errors import DomainWarning


@dataclass(frozen=True)
class PreviewItem:
    """One incoming event as the preview lists it; ``fields`` names what changed."""

    uid: str
    recurrence_id: str
    summary: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    all_day: bool
    status: EventStatus
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class OwnItem:
    """One of our own items found in the partner's file. ``state``: ``same``; ``older`` (the
    partner has an earlier version, only we changed it); ``theirs`` (only the partner changed
    its copy); ``conflict`` (changed both here and by the partner since the last import);
    ``unshared`` (we no longer share it). Ours is kept unless the user takes theirs
    (``takeable``: single items whose fields Jumelage can take back; not series).
    ``their_summary``/``their_start`` are the partner's copy."""

    uid: str
    recurrence_id: str
    summary: str
    state: str
    fields: tuple[str, ...] = ()
    takeable: bool = False
    their_start: dt.date | dt.datetime | None = None
    their_summary: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.uid, self.recurrence_id)


@dataclass(frozen=True)
class Clash:
    """A partner event (or one occurrence) overlapping one of our missions or follow-ups."""

    summary: str
    start: dt.datetime
    end: dt.datetime
    kind: str
    title: str
    our_start: dt.datetime
    our_end: dt.datetime


@dataclass(frozen=True)
class ImportPreview:
    source: str
    calendar: str
    calendar_id: int | None
    partnership_id: int
    partnership: str
    new: tuple[PreviewItem, ...] = ()
    changed: tuple[PreviewItem, ...] = ()
    cancelled: tuple[PreviewItem, ...] = ()
    unchanged: tuple[PreviewItem, ...] = ()
    older: tuple[PreviewItem, ...] = ()
    missing: tuple[PreviewItem, ...] = ()
    ours: tuple[OwnItem, ...] = ()
    clashes: tuple[Clash, ...] = ()
    #: Our items the partner's copy replaced (the user chose "take theirs"), once applied.
    taken: tuple[OwnItem, ...] = ()
    notes: tuple[DomainWarning, ...] = field(default=())

    @property
    def conflicts(self) -> tuple[OwnItem, ...]:
        return tuple(o for o in self.ours if o.state == "conflict")

    @property
    def partner_edits(self) -> tuple[OwnItem, ...]:
        """Our items only the partner changed (ours is kept unless the user takes theirs)."""
        return tuple(o for o in self.ours if o.state == "theirs")

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.changed or self.cancelled)
