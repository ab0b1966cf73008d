"""Editing a recurring follow-up: which occurrences an edit reaches, what it changes, and the
rows that describe a series.

The three scopes are the ones every calendar client asks about (RFC 5545 terms in brackets):

* ``THIS``: one occurrence becomes an exception (an override with the same RECURRENCE-ID);
* ``FOLLOWING``: the series is split: the old one ends before this occurrence (its rule gets
  an UNTIL), a new one (a new UID) starts at it with the changes;
* ``ALL``: the series itself changes and its occurrences follow.

A **logged** occurrence is one that holds a record of a meeting that took place. Precisely,
any of: status *held*; minutes that are not blank; a call quality recorded; a decision; an
attendance entry other than *invited* (present, excused, absent); an action item raised at it.
A series edit or cancellation never moves, changes or cancels a logged occurrence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jumelage.domain import rules
from jumelage.domain.enums import Channel, FollowUpStatus
from jumelage.domain.errors import ValidationError


class Scope(StrEnum):
    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


#: A date shift is at most this many days either way (further is a new series).
MAX_SHIFT_DAYS = 27


@dataclass(frozen=True)
class SeriesChanges:
    """What an edit changes; ``None`` (or a zero shift) leaves a field as it is.

    ``start_time`` is the new wall-clock time in the series' zone, ``shift_days`` moves the
    date(s) by whole days, ``rule`` replaces the recurrence rule (``FOLLOWING`` and ``ALL``
    only)."""

    start_time: dt.time | None = None
    shift_days: int = 0
    duration_min: int | None = None
    title: str | None = None
    channel: Channel | None = None
    join_link: str | None = None
    rule: str | None = None

    def validated(self, scope: Scope) -> SeriesChanges:
        from jumelage.domain.recurrence import parse_rule

        if self.rule is not None:
            if scope is Scope.THIS:
                raise ValidationError(field="rule")
            parse_rule(self.rule)
        if self.duration_min is not None and not 1 <= self.duration_min <= 24 * 60:
            raise ValidationError(field="duration")
        if abs(self.shift_days) > MAX_SHIFT_DAYS:
            raise ValidationError(field="shift")
        return replace(
            self,
            start_time=None
            if self.start_time is None
            else self.start_time.replace(second=0, microsecond=0, tzinfo=None),
            title=None if self.title is None else rules.text(self.title, "title", required=True),
            channel=None
            if self.channel is None
            else rules.choice(Channel, self.channel, "channel"),
            join_link=None
            if self.join_link is None
            else rules.text(self.join_link, "join_link", limit=2000),
            rule=None if self.rule is None else self.rule.strip().upper().removeprefix("RRULE:"),
        )

    @property
    def moves(self) -> bool:
        """The occurrences' dates or times change."""
        return self.start_time is not None or self.shift_days != 0 or self.rule is not None

    @property
    def empty(self) -> bool:
        return self == SeriesChanges()


@dataclass(frozen=True, slots=True)
class OccurrenceRow:
    """One occurrence of a series. ``recurrence`` is its original slot (the RECURRENCE-ID),
    ``start`` when it actually is; both aware in the series' zone."""

    followup_id: int
    version: int
    recurrence: dt.datetime
    start: dt.datetime
    title: str
    status: FollowUpStatus
    logged: bool
    #: Differs from the series (moved, renamed, another link...): an exception.
    exception: bool


@dataclass(frozen=True, slots=True)
class SeriesRow:
    id: int
    version: int
    uid: str
    sequence: int
    partnership_id: int
    title: str
    rule: str
    #: The anchor: the first slot's wall time in the series' zone.
    first_start: dt.datetime
    time_zone: str
    duration_min: int
    channel: Channel
    join_link: str
    shared: bool
    occurrences: tuple[OccurrenceRow, ...]
