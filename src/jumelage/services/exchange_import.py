"""Calendar import (DESIGN.md section 5): a partner's .ics file, previewed, then merged.

:meth:`ImportService.preview` reads the file and says what importing it would do, without
writing anything: new events, changed ones (with the fields that changed), cancelled ones,
unchanged ones, older copies than ours, events of ours that came back in the partner's file,
and clashes with our own missions and follow-ups. :meth:`ImportService.apply` computes the
same preview inside one transaction and applies it, all or nothing.

Merging follows RFC 5546's rules for PUBLISH (:mod:`jumelage.ics.merge`): the key is UID +
RECURRENCE-ID; an incoming version wins when its SEQUENCE is higher, or equal with a newer
LAST-MODIFIED, then DTSTAMP. A cancelled event stays, with ``status`` cancelled, never
deleted; an event missing from the file is reported, not touched (the partner may have
exported a date range); an older copy than ours is reported and ignored.
Re-importing the same file changes nothing, not even the calendar's import time.

Events are kept per partner calendar (:class:`ExternalCalendar`: one partnership and the
calendar's name, or the file's). Our own items (UIDs ``...@jumelage`` still in our tables)
coming back inside a partner's file are never stored twice: they are reported as ours.
When the partner's copy says something else than ours, :func:`own_state` says who changed it
since the last import of that calendar (``ExternalCalendar.imported_at``): only we (their copy
is older), only the partner, or both — a conflict. Ours is kept unless the user chooses to
take theirs (``take_theirs`` of :meth:`ImportService.apply`), in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from jumelage.domain import time as tz
from jumelage.domain.enums import EventStatus, FollowUpStatus, MissionStatus
from jumelage.domain.errors import DomainWarning
from jumelage.ics import errors, limits
from jumelage.ics.lexer import lex
from jumelage.ics.merge import columns, differences, preview_item, wins
from jumelage.ics.occurrences import Budget, occurrences
from jumelage.ics.preview import Clash, ImportPreview, OwnItem, PreviewItem
from jumelage.ics.reader import ParsedCalendar, ParsedEvent, hints, interpret, read_file
from jumelage.persistence import models as m
from jumelage.services.base import Service, fetch
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.exchange import ExportService
from jumelage.services.missions import touch_children

Moment = dt.date | dt.datetime
OWN_TABLES = (m.Mission, m.TravelLeg, m.AgendaItem, m.FollowUp, m.FollowUpSeries, m.ActionItem)
#: Our items whose partner copy can be taken back (summary, start, end, status).
TAKEABLE = (m.Mission, m.TravelLeg, m.AgendaItem, m.FollowUp)
Key = tuple[str, str]
_CHUNK = 500


@dataclass
class _Plan:
    preview: ImportPreview
    calendar_id: int | None
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: The partner's copies of our items, by key, and the table each of our UIDs is in.
    own_copies: dict[Key, ParsedEvent] = field(default_factory=dict)
    own_tables: dict[str, type[Any]] = field(default_factory=dict)


class ImportService(Service):
    def read_file(self, path: Path) -> bytes:
        """:func:`read_file` (kept here for callers that hold the service)."""
        return read_file(path)

    def preview(self, data: bytes, source: str, partnership_id: int | None = None) -> ImportPreview:
        """What importing ``data`` would do; nothing is written."""
        with self.db.read() as s:
            return self._plan(s, data, source, partnership_id).preview

    def apply(
        self,
        data: bytes,
        source: str,
        partnership_id: int | None = None,
        take_theirs: Collection[Key] = (),
    ) -> Outcome[ImportPreview]:
        """Import ``data`` in one transaction: the returned preview is what was done.

        ``take_theirs``: keys (UID, RECURRENCE-ID) of our items, in conflict or changed by
        the partner, whose partner copy replaces ours; every other item of ours is kept."""
        wanted = set(take_theirs)
        with self.db.transaction(self.clock) as s:
            plan = self._plan(s, data, source, partnership_id)
            preview = plan.preview
            taken = tuple(
                o for o in preview.ours
                if o.key in wanted and o.takeable and o.state in ("conflict", "theirs")
            )  # fmt: skip
            if not preview.has_changes and not taken:
                return Outcome(preview, Changes(), preview.notes)
            now = self.clock()
            changes = Changes.of(Entity.EXTERNAL)
            for own in taken:
                model = plan.own_tables[own.uid]
                _take(s, model, plan.own_copies[own.key])
                changes = changes | Changes.of(_ENTITY[model])
            calendar = self._calendar(s, plan, now)
            if plan.inserts:
                s.execute(
                    insert(m.ExternalEvent),
                    [
                        {**row, "calendar_id": calendar.id, "version": 1}
                        | {"created_at": now, "updated_at": now}
                        for row in plan.inserts
                    ],
                )
            if plan.updates:
                for row in s.scalars(
                    select(m.ExternalEvent).where(m.ExternalEvent.id.in_(list(plan.updates)))
                ):
                    for name, value in plan.updates[row.id].items():
                        setattr(row, name, value)
            s.flush()
            done = replace(preview, calendar_id=calendar.id, taken=taken)
            return Outcome(done, changes, done.notes)

    def import_file(
        self, path: Path, partnership_id: int | None = None, *, dry_run: bool = False
    ) -> Outcome[ImportPreview]:
        """:meth:`preview` (``dry_run``) or :meth:`apply` of a file."""
        data = self.read_file(path)
        source = Path(path).name
        if dry_run:
            preview = self.preview(data, source, partnership_id)
            return Outcome(preview, Changes(), preview.notes)
        return self.apply(data, source, partnership_id)

    # --- planning -------------------------------------------------------------------------

    def _calendar(self, s: Session, plan: _Plan, now: dt.datetime) -> m.ExternalCalendar:
        preview = plan.preview
        if plan.calendar_id is not None:
            calendar = fetch(s, m.ExternalCalendar, plan.calendar_id, "calendar")
        else:
            calendar = m.ExternalCalendar(
                partnership_id=preview.partnership_id, name=preview.calendar, source=""
            )
            s.add(calendar)
        calendar.source = calendar.source or _source_key(preview.calendar, preview.source)
        calendar.imported_at = now
        s.flush()
        return calendar

    def _plan(self, s: Session, data: bytes, source: str, partnership_id: int | None) -> _Plan:
        lexed = lex(data, source)
        name, uids = hints(lexed)
        notes: list[DomainWarning] = []
        partnership = self._partnership(s, partnership_id, name, uids, source, notes)
        zone = partnership.partner_town.time_zone
        today = self.clock().astimezone(tz.zone(zone)).date()
        parsed = interpret(lexed, source, fallback_zone=zone, today=today)
        notes += parsed.notes
        ours = self._ours(s, [e.uid for e in parsed.events if e.uid.endswith("@jumelage")])
        theirs = [e for e in parsed.events if e.uid not in ours]
        calendar_id = self._find_calendar(s, partnership.id, parsed, source, theirs)
        since = None
        if calendar_id is not None:
            since = s.get_one(m.ExternalCalendar, calendar_id).imported_at
        stored: dict[tuple[str, str], m.ExternalEvent] = {}
        if calendar_id is not None:
            for known in s.scalars(
                select(m.ExternalEvent).where(m.ExternalEvent.calendar_id == calendar_id)
            ):
                stored[(known.uid, known.recurrence_id)] = known
        plan = _Plan(
            ImportPreview(source, name or Path(source).stem, calendar_id, partnership.id,
                          partnership.name),
            calendar_id,
            own_copies={e.key: e for e in parsed.events if e.uid in ours},
            own_tables=ours,
        )  # fmt: skip
        lists: dict[str, list[PreviewItem]] = {
            k: [] for k in ("new", "changed", "cancelled", "unchanged", "older")
        }
        for e in theirs:
            incoming = columns(e)
            row = stored.pop(e.key) if e.key in stored else None
            if row is None:
                plan.inserts.append(incoming)
                lists["new"].append(preview_item(e))
                continue
            fields = differences(row, incoming)
            if not fields:
                lists["unchanged"].append(preview_item(e))
            elif wins(e, row) is True:
                plan.updates[row.id] = incoming
                cancelled = e.status is EventStatus.CANCELLED
                kind = (
                    "cancelled" if cancelled and row.status != EventStatus.CANCELLED else "changed"
                )
                lists[kind].append(preview_item(e, fields))
            else:
                lists["older"].append(preview_item(e, fields))
        missing = tuple(
            PreviewItem(r.uid, r.recurrence_id, r.summary, _stored_start(r),
                        r.end_utc or r.start_utc, r.all_day, r.status)
            for r in stored.values()
        )  # fmt: skip
        own = self._own_items(parsed, ours, since)
        clashes = self._clashes(s, partnership, theirs, notes)
        plan.preview = replace(
            plan.preview,
            new=tuple(lists["new"]),
            changed=tuple(lists["changed"]),
            cancelled=tuple(lists["cancelled"]),
            unchanged=tuple(lists["unchanged"]),
            older=tuple(lists["older"]),
            missing=missing,
            ours=own,
            clashes=clashes,
            notes=tuple(dict.fromkeys(notes)),
        )
        return plan

    def _partnership(
        self,
        s: Session,
        partnership_id: int | None,
        name: str,
        uids: frozenset[str],
        source: str,
        notes: list[DomainWarning],
    ) -> m.Partnership:
        """The given partnership, or the only one the file can belong to: the only one there
        is, the one whose calendars or items hold its UIDs, the one its name mentions."""
        if partnership_id is not None:
            return fetch(s, m.Partnership, partnership_id, "partnership")
        every = list(s.scalars(select(m.Partnership).order_by(m.Partnership.name)))
        if len(every) == 1:
            return every[0]
        sample = sorted(uids)[:_CHUNK]
        found = set(
            s.scalars(
                select(m.ExternalCalendar.partnership_id)
                .join(m.ExternalEvent, m.ExternalEvent.calendar_id == m.ExternalCalendar.id)
                .where(m.ExternalEvent.uid.in_(sample))
            )
        )
        for model in (m.Mission, m.FollowUp, m.FollowUpSeries, m.ActionItem):
            found |= set(s.scalars(select(model.partnership_id).where(model.uid.in_(sample))))
        candidates = [p for p in every if p.id in found]
        if len(candidates) != 1 and name:
            text = name.casefold()
            candidates = [
                p for p in every
                if p.partner_town.name.casefold() in text or p.name.casefold() == text
            ]  # fmt: skip
        if len(candidates) != 1:
            raise errors.PartnershipNeeded(source=source, candidates=tuple(p.name for p in every))
        notes.append(DomainWarning("ics.partnership-guessed", source, candidates[0].name))
        return candidates[0]

    @staticmethod
    def _ours(s: Session, uids: list[str]) -> dict[str, type[Any]]:
        """Which of these UIDs are items of ours (tombstoned ones too), and their tables."""
        found: dict[str, type[Any]] = {}
        for i in range(0, len(uids), _CHUNK):
            chunk = uids[i : i + _CHUNK]
            for model in OWN_TABLES:
                found |= dict.fromkeys(
                    s.scalars(select(model.uid).where(model.uid.in_(chunk))), model
                )
        return found

    @staticmethod
    def _find_calendar(
        s: Session, partnership_id: int, parsed: ParsedCalendar, source: str,
        events: list[ParsedEvent],
    ) -> int | None:  # fmt: skip
        """This partnership's calendar for the file: same name (or file name), else the one
        already holding its events."""
        key = _source_key(parsed.name, source)
        calendars = list(
            s.scalars(
                select(m.ExternalCalendar).where(
                    m.ExternalCalendar.partnership_id == partnership_id
                )
            )
        )
        for calendar in calendars:
            if calendar.source == key:
                return calendar.id
        sample = sorted({e.uid for e in events})[:_CHUNK]
        ids = [c.id for c in calendars]
        holders = list(
            s.scalars(
                select(m.ExternalEvent.calendar_id)
                .where(m.ExternalEvent.calendar_id.in_(ids), m.ExternalEvent.uid.in_(sample))
                .distinct()
            )
        )
        return min(holders) if holders else None

    def _own_items(
        self, parsed: ParsedCalendar, ours: dict[str, type[Any]], since: dt.datetime | None
    ) -> tuple[OwnItem, ...]:
        if not ours:
            return ()
        mine = ExportService(self.db, self.clock).own_events(ours)
        found = []
        for e in parsed.events:
            if e.uid not in ours:
                continue
            own = mine.get(e.key)
            if own is None:
                found.append(OwnItem(e.uid, e.recurrence_id, e.summary, "unshared"))
                continue
            fields = tuple(
                label
                for label, a, b in (
                    ("summary", own.summary, e.summary),
                    ("start", _instant(own.start), _instant(e.start)),
                    ("end", _instant(own.end), _instant(e.end)),
                    ("status", own.status, e.status),
                )
                if a != b
            )
            state = own_state(own, e, since) if fields else "same"
            takeable = ours[e.uid] in TAKEABLE and not e.recurrence_id
            found.append(
                OwnItem(
                    e.uid,
                    e.recurrence_id,
                    own.summary,
                    state,
                    fields,
                    takeable,
                    e.start,
                    e.summary,
                )
            )
        return tuple(found)

    def _clashes(
        self,
        s: Session,
        partnership: m.Partnership,
        events: list[ParsedEvent],
        notes: list[DomainWarning],
    ) -> tuple[Clash, ...]:
        """Partner events from now to the end of the expansion window that overlap our
        missions (their days in the destination's zone) or follow-ups of the partnership."""
        now = self.clock()
        window = (now, now + limits.EXPANSION_WINDOW)
        plans = _our_plans(s, partnership.id, window)
        if not plans:
            return ()
        starts = [p[0] for p in plans]
        longest = max(p[1] - p[0] for p in plans)
        fallback = tz.zone(partnership.partner_town.time_zone)
        budget = Budget()
        found: list[Clash] = []
        for e in events:
            if e.status is EventStatus.CANCELLED:
                continue
            spans, note = occurrences(e, window, budget, fallback)
            if note is not None:
                notes.append(note)
            for begin, end in spans:
                index = bisect_left(starts, end)
                while index > 0:
                    index -= 1
                    our_start, our_end, kind, title = plans[index]
                    if our_start < begin - longest:
                        break
                    if our_end > begin:
                        found.append(Clash(e.summary, begin, end, kind, title, our_start, our_end))
        if len(found) > limits.MAX_CLASHES:
            notes.append(DomainWarning("ics.clashes-cut", "", str(limits.MAX_CLASHES)))
        found.sort(key=lambda c: (c.start, c.our_start, c.summary))
        return tuple(found[: limits.MAX_CLASHES])


def own_state(own: Any, e: ParsedEvent, since: dt.datetime | None) -> str:
    """Who changed one of our items whose partner copy differs from ours, since ``since``
    (the last import of that partner calendar; ``None`` before the first one).

    We changed it when our row was modified after the last import (before any import: when
    our SEQUENCE is past theirs). The partner changed it when their SEQUENCE is not behind ours
    (ours rises with every shared change, so a different copy at the same SEQUENCE was edited
    there) or their LAST-MODIFIED is after the last import (before any: after ours).
    ``older``: only we did; ``theirs``: only the partner did; ``conflict``: both."""
    mine_at: dt.datetime | None = own.last_modified
    if since is not None:
        ours_changed = mine_at is not None and mine_at > since
    else:
        ours_changed = own.sequence > e.sequence
    reference = since if since is not None else mine_at
    theirs_changed = e.sequence >= own.sequence or (
        e.last_modified is not None and reference is not None and e.last_modified > reference
    )
    if ours_changed and theirs_changed:
        return "conflict"
    return "theirs" if theirs_changed else "older"


_ENTITY: dict[type[Any], Entity] = {
    m.Mission: Entity.MISSION,
    m.TravelLeg: Entity.MISSION,
    m.AgendaItem: Entity.MISSION,
    m.FollowUp: Entity.FOLLOWUP,
}


def _take(s: Session, model: type[Any], e: ParsedEvent) -> None:
    """Replace the shared fields of our item ``e.uid`` by the partner's copy ``e``: title,
    start, end (legs: only times; missions: days) and a cancellation; SEQUENCE rises. A
    mission whose status or days change raises its legs' and agenda items' SEQUENCE too (they
    show its status), as :class:`MissionService` does (``touch_children``)."""
    row = s.scalars(select(model).where(model.uid == e.uid)).one()
    cancelled = e.status is EventStatus.CANCELLED
    if isinstance(row, m.Mission):
        was = (row.status, row.start_date, row.end_date)
        zone = tz.zone(row.destination_town.time_zone)
        first, end = (
            v.astimezone(zone).date() if isinstance(v, dt.datetime) else v for v in (e.start, e.end)
        )
        row.title = e.summary or row.title
        row.start_date = first
        row.end_date = max(first, end - dt.timedelta(days=1) if e.all_day else end)
        if cancelled:
            row.status = MissionStatus.CANCELLED
        if (row.status, row.start_date, row.end_date) != was:
            touch_children(s, row)
    elif isinstance(row, m.TravelLeg):
        if isinstance(e.start, dt.datetime) and isinstance(e.end, dt.datetime):
            row.depart_local = _wall(e.start, row.depart_zone)
            row.depart_utc = e.start.astimezone(dt.UTC)
            row.arrive_local = _wall(e.end, row.arrive_zone)
            row.arrive_utc = e.end.astimezone(dt.UTC)
    elif isinstance(row, m.AgendaItem):
        row.title = e.summary or row.title
        timed = _take_start(row, e)
        if timed is not None:
            row.end_local = _wall(timed[1], row.time_zone)
            row.end_utc = timed[1].astimezone(dt.UTC)
    elif isinstance(row, m.FollowUp):
        row.title = e.summary or row.title
        timed = _take_start(row, e)
        if timed is not None:
            minutes = int((timed[1] - timed[0]).total_seconds() // 60)
            row.duration_min = min(max(minutes, 1), 24 * 60)
        if cancelled:
            row.status = FollowUpStatus.CANCELLED
    row.sequence += 1


def _wall(value: dt.datetime, zone_name: str) -> dt.datetime:
    return value.astimezone(tz.zone(zone_name)).replace(tzinfo=None)


def _take_start(
    row: m.AgendaItem | m.FollowUp, e: ParsedEvent
) -> tuple[dt.datetime, dt.datetime] | None:
    """Give ``row`` the timed start of the partner's event ``e`` (in its zone, else the row's)
    and return the event's start and end; ``None`` when it is not timed at both ends (then
    nothing changed)."""
    start, end = e.start, e.end
    if not (isinstance(start, dt.datetime) and isinstance(end, dt.datetime)):
        return None
    row.time_zone = e.zone or row.time_zone
    row.start_local = _wall(start, row.time_zone)
    row.start_utc = start.astimezone(dt.UTC)
    return start, end


def _our_plans(
    s: Session, partnership_id: int, window: tuple[dt.datetime, dt.datetime]
) -> list[tuple[dt.datetime, dt.datetime, str, str]]:
    """Our missions and follow-ups in the window, as UTC intervals sorted by start."""
    low, high = window
    plans = []
    for mission in s.scalars(
        select(m.Mission).where(
            m.Mission.partnership_id == partnership_id,
            m.Mission.deleted_at.is_(None),
            m.Mission.status != MissionStatus.CANCELLED,
        )
    ):
        zone = tz.zone(mission.destination_town.time_zone)
        begin = dt.datetime.combine(mission.start_date, dt.time(), tzinfo=zone)
        end = dt.datetime.combine(mission.end_date + dt.timedelta(days=1), dt.time(), tzinfo=zone)
        plans.append((begin.astimezone(dt.UTC), end.astimezone(dt.UTC), "mission", mission.title))
    for followup in s.scalars(
        select(m.FollowUp).where(
            m.FollowUp.partnership_id == partnership_id,
            m.FollowUp.deleted_at.is_(None),
            m.FollowUp.status != FollowUpStatus.CANCELLED,
            m.FollowUp.start_utc < high,
        )
    ):
        begin = followup.start_utc
        end = begin + dt.timedelta(minutes=followup.duration_min)
        plans.append((begin, end, "follow-up", followup.title))
    return sorted(p for p in plans if p[1] > low and p[0] < high)


def _stored_start(row: m.ExternalEvent) -> Moment:
    """A stored event's start as the file had it: a day, or a time in its zone."""
    if row.all_day:
        return row.start_local.date()
    if row.time_zone:
        return row.start_utc.astimezone(tz.zone(row.time_zone))
    return row.start_utc


def _instant(value: Moment | None) -> Moment | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    return value


def _source_key(name: str, source: str) -> str:
    """What identifies a partner calendar: its own name, else the file's name."""
    return name or Path(source).name
