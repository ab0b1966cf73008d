"""Recurring follow-ups as a whole: edit or cancel this occurrence, this and the following,
or all of them (:mod:`jumelage.domain.series`), undo that, and warn about drift.

How the calendar file stays truthful (the export writes a series as one VEVENT with its
RRULE, an EXDATE per cancelled occurrence and a RECURRENCE-ID override per occurrence that
differs from the series, see :mod:`jumelage.services.exchange`):

* ``THIS`` changes one occurrence; its ``recurrence_local`` (the RECURRENCE-ID) stays, so the
  export writes an override.
* ``ALL`` changes the series and gives every occurrence its new slot (``recurrence_local``
  and, when the dates or times change, ``start_local``; an occurrence moved on its own is put
  back on its new slot). Occurrences are matched to the new slots in order, so cancelled
  ones stay cancelled (EXDATE). With a new rule, cancelled and deleted occurrences are left
  behind (detached and deleted) instead: they belong to dates the rule no longer has.
* ``FOLLOWING`` ends the old series before the occurrence (its rule gets ``UNTIL`` = the last
  slot before; ``COUNT`` is split between the two) and starts a new series, with a new UID,
  at it; the occurrences from there on move to the new series as for ``ALL``.
* A logged occurrence (see :mod:`jumelage.domain.series`) never moves and is never
  cancelled by a series edit: it keeps its start and fields and becomes an override of the
  new slot on the same date (the export then writes it at its own time); when the new rule
  has no slot on that date it is detached into a single follow-up (exported under its own
  UID, at the same time), so a partner who re-imports never sees it vanish.
* Cancelling is soft: the occurrences get status *cancelled* (the export writes EXDATEs).
  Cancelling the following or all occurrences of an open-ended series also ends its rule at
  the last materialised occurrence, or the partner's calendar would go on after it.

Every edit returns the state before and after it (:class:`SeriesState`, opaque):
:meth:`SeriesService.restore` brings either back exactly, UIDs and ids included, and rows the
edit created are removed. The one thing restore does not put back is SEQUENCE: a row that
changes gets ``max(now, then) + 1``, so calendar clients that saw the edit accept the undo
(as :func:`jumelage.services.tombstones.revive` does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jumelage.domain import recurrence
from jumelage.domain import time as tz
from jumelage.domain.drift import Drift, drift
from jumelage.domain.enums import AttendanceStatus, FollowUpStatus
from jumelage.domain.errors import DomainWarning, NonexistentLocalTime, ValidationError
from jumelage.domain.series import OccurrenceRow, Scope, SeriesChanges, SeriesRow
from jumelage.domain.slots import TownHours
from jumelage.domain.specs import SeriesSpec
from jumelage.persistence import models as m
from jumelage.services.base import Service, bump_if_shared, check_version, fetch
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.convert import zoned
from jumelage.services.followups import FOLLOWUP_SHARED, SERIES_HORIZON, FollowUpService
from jumelage.services.scheduling import public_holidays

CHANGED = Changes.of(Entity.FOLLOWUP)
SERIES_SHARED = frozenset(
    {"title", "rule", "first_local", "time_zone", "duration_min", "channel", "join_link"}
)
_SKIPPED = frozenset({"version", "updated_at"})
SERIES_COLUMNS = tuple(c.key for c in m.FollowUpSeries.__table__.columns if c.key not in _SKIPPED)
FOLLOWUP_COLUMNS = tuple(c.key for c in m.FollowUp.__table__.columns if c.key not in _SKIPPED)

#: Warning codes (``DomainWarning.code``); ``subject`` is the number of occurrences.
LOGGED_KEPT = "series_logged_kept"
LOGGED_DETACHED = "series_logged_detached"

Values = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class SeriesState:
    """Opaque: the rows of some series and follow-ups as they were (``None``: absent)."""

    series: tuple[tuple[int, Values | None], ...] = ()
    followups: tuple[tuple[int, Values | None], ...] = ()


@dataclass(frozen=True)
class SeriesEdit:
    """What :meth:`SeriesService.edit` or :meth:`~SeriesService.cancel` did."""

    #: The series the edited occurrence belongs to now (``None``: it was detached).
    series_id: int | None
    #: Every series the edit touched (the old one and, after a split, the new one).
    series_ids: tuple[int, ...]
    before: SeriesState
    after: SeriesState
    #: Logged occurrences left as they were.
    kept: tuple[int, ...] = ()
    #: Logged occurrences that became single follow-ups.
    detached: tuple[int, ...] = ()
    #: The occurrences created for new slots.
    created: tuple[int, ...] = field(default=())


# --- what counts as logged ---------------------------------------------------------------


def logged_ids(s: Session, followups: list[m.FollowUp]) -> set[int]:
    """The ids among ``followups`` that hold a record of a meeting that took place."""
    logged = {
        f.id
        for f in followups
        if f.status is FollowUpStatus.HELD or f.minutes.strip() or f.quality is not None
    }
    ids = [f.id for f in followups]
    if not ids:
        return logged
    logged.update(s.scalars(select(m.Decision.followup_id).where(m.Decision.followup_id.in_(ids))))
    logged.update(
        s.scalars(
            select(m.Attendance.followup_id).where(
                m.Attendance.followup_id.in_(ids),
                m.Attendance.status != AttendanceStatus.INVITED,
            )
        )
    )
    logged.update(
        i
        for i in s.scalars(
            select(m.ActionItem.origin_followup_id).where(
                m.ActionItem.origin_followup_id.in_(ids), m.ActionItem.deleted_at.is_(None)
            )
        )
        if i is not None
    )
    return logged


# --- rules -------------------------------------------------------------------------------


def _parts(rule: str) -> list[tuple[str, str]]:
    body = rule.strip().upper().removeprefix("RRULE:")
    return [(key, value) for key, _, value in (p.partition("=") for p in body.split(";") if p)]


def _join(parts: list[tuple[str, str]]) -> str:
    return ";".join(f"{k}={v}" for k, v in parts)


def _without_end(rule: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in _parts(rule) if k not in ("COUNT", "UNTIL")]


def until_rule(rule: str, last: dt.datetime) -> str:
    """``rule`` ending at the wall time ``last`` (inclusive) instead of its COUNT or UNTIL."""
    return _join([*_without_end(rule), ("UNTIL", f"{last:%Y%m%dT%H%M%S}")])


def count_rule(rule: str, count: int) -> str:
    return _join([*_without_end(rule), ("COUNT", str(count))])


def open_ended(rule: str) -> bool:
    return not any(k in ("COUNT", "UNTIL") for k, _ in _parts(rule))


def shift_rule(rule: str, days: int) -> str:
    """``rule`` for dates ``days`` later: weekdays turn, month days and UNTIL move."""
    if days == 0:
        return _join(_parts(rule))
    shifted: list[tuple[str, str]] = []
    for key, value in _parts(rule):
        if key == "BYDAY":
            tokens = []
            for token in value.split(","):
                prefix, code = token[:-2], token[-2:]
                index = recurrence.WEEKDAYS.index(code)
                tokens.append(prefix + recurrence.WEEKDAYS[(index + days) % 7])
            value = ",".join(tokens)
        elif key == "BYMONTHDAY":
            moved = [int(d) + days for d in value.split(",")]
            if any(d < 1 or d > 31 for d in moved):
                raise ValidationError(field="shift")
            value = ",".join(str(d) for d in moved)
        elif key == "UNTIL":
            raw = value.rstrip("Z")
            day = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) + dt.timedelta(days=days)
            value = f"{day:%Y%m%d}{raw[8:]}" + ("Z" if value.endswith("Z") else "")
        shifted.append((key, value))
    return _join(shifted)


def _start_of(wall: dt.datetime, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """``(start_local, start_utc)`` of a slot: a wall time skipped by a DST change moves one
    hour later (RFC 5545), as :meth:`FollowUpService.create_series` does."""
    try:
        return wall, tz.to_utc(wall, zone)
    except NonexistentLocalTime:
        later = wall + dt.timedelta(hours=1)
        return later, tz.to_utc(later, zone)


def _differs(f: m.FollowUp, x: m.FollowUpSeries) -> bool:
    """Mirror of the export's test for an override (partner profile)."""
    return (
        f.start_local != f.recurrence_local
        or f.time_zone != x.time_zone
        or (f.title, f.duration_min, f.channel, f.join_link)
        != (x.title, x.duration_min, x.channel, x.join_link)
    )


# --- the service -------------------------------------------------------------------------


class SeriesService(Service):
    def get(self, series_id: int) -> SeriesRow:
        with self.db.read() as s:
            x = fetch(s, m.FollowUpSeries, series_id, "follow-up series")
            members = [f for f in self._members(s, x.id) if f.deleted_at is None]
            logged = logged_ids(s, members)
            occurrences = tuple(
                OccurrenceRow(
                    followup_id=f.id,
                    version=f.version,
                    recurrence=zoned(f.recurrence_local, x.time_zone),
                    start=zoned(f.start_local, f.time_zone),
                    title=f.title,
                    status=f.status,
                    logged=f.id in logged,
                    exception=_differs(f, x),
                )
                for f in members
                if f.recurrence_local is not None
            )
            return SeriesRow(
                id=x.id,
                version=x.version,
                uid=x.uid,
                sequence=x.sequence,
                partnership_id=x.partnership_id,
                title=x.title,
                rule=x.rule,
                first_start=zoned(x.first_local, x.time_zone),
                time_zone=x.time_zone,
                duration_min=x.duration_min,
                channel=x.channel,
                join_link=x.join_link,
                shared=x.shared,
                occurrences=occurrences,
            )

    def create(self, spec: SeriesSpec, until: dt.datetime | None = None) -> Outcome[SeriesEdit]:
        """:meth:`FollowUpService.create_series`, undoable: ``before`` has the new rows absent
        (restoring it removes them), ``after`` brings them back with their UIDs."""
        outcome = FollowUpService(self.db, self.clock).create_series(spec, until)
        rows = outcome.value
        series_id = rows[0].series_id if rows else None
        with self.db.read() as s:
            if series_id is None:  # a rule without any occurrence: find the series
                series_id = s.scalar(select(func.max(m.FollowUpSeries.id)))
            assert series_id is not None
            after = self._capture(s, [series_id], [r.id for r in rows])
        before = SeriesState(
            tuple((key, None) for key, _ in after.series),
            tuple((key, None) for key, _ in after.followups),
        )
        edit = SeriesEdit(series_id, (series_id,), before, after, created=tuple(r.id for r in rows))
        return Outcome(edit, outcome.changes)

    # --- edit ------------------------------------------------------------------------------

    def edit(
        self, followup_id: int, scope: Scope, changes: SeriesChanges, expected_version: int
    ) -> Outcome[SeriesEdit]:
        """Change this occurrence, this and the following ones, or the whole series."""
        scope = Scope(scope)
        changes = changes.validated(scope)
        with self.db.transaction(self.clock) as s:
            f, x, members = self._load(s, followup_id, expected_version)
            before = self._capture(s, [x.id], [g.id for g in members])
            logged = logged_ids(s, members)
            earlier = [g for g in members if self._slot(g) < self._slot(f)]
            if scope is Scope.FOLLOWING and not earlier:
                scope = Scope.ALL  # nothing before it: the whole series changes
            kept: list[int] = []
            detached: list[int] = []
            created: list[int] = []
            touched = [x.id]
            if scope is Scope.THIS:
                self._edit_one(f, changes)
            elif scope is Scope.ALL:
                first = min(self._slot(g) for g in members)
                rule = changes.rule or shift_rule(x.rule, changes.shift_days)
                start = self._new_first(first, changes)
                values = self._series_values(x, changes)
                changed = _set(x, {"rule": rule, **values})
                walls = self._walls(x, rule, start, changes)
                if walls:
                    changed |= _set(x, {"first_local": walls[0]})
                if not SERIES_SHARED.isdisjoint(changed):
                    x.sequence += 1
                kept, detached, created = self._reslot(s, x, members, walls, changes, logged, first)
            else:
                first = min(self._slot(g) for g in members)
                split = self._slot(f)
                old_rule = recurrence.parse_rule(x.rule)
                slots_before = recurrence.expand(
                    old_rule,
                    first,
                    until=split - dt.timedelta(seconds=1),
                    zone=x.time_zone,
                )
                last_before = slots_before[-1] if slots_before else max(map(self._slot, earlier))
                new_rule = changes.rule
                if new_rule is None:
                    new_rule = x.rule
                    if old_rule.count is not None:
                        new_rule = count_rule(new_rule, max(old_rule.count - len(slots_before), 1))
                    new_rule = shift_rule(new_rule, changes.shift_days)
                x.rule = until_rule(x.rule, last_before)
                x.sequence += 1
                start = self._new_first(split, changes)
                new = m.FollowUpSeries(
                    partnership_id=x.partnership_id,
                    title=x.title,
                    rule=new_rule,
                    first_local=start,
                    time_zone=x.time_zone,
                    duration_min=x.duration_min,
                    channel=x.channel,
                    join_link=x.join_link,
                    shared=x.shared,
                )
                _set(new, self._series_values(x, changes))
                s.add(new)
                s.flush()
                touched.append(new.id)
                walls = self._walls(x, new_rule, start, changes)
                if walls:
                    new.first_local = walls[0]
                later = [g for g in members if self._slot(g) >= split]
                kept, detached, created = self._reslot(s, new, later, walls, changes, logged, split)
            s.flush()
            after_members = {g.id for g in members} | set(created)
            after = self._capture(s, touched, sorted(after_members))
            before = _with_absent(before, after)
            warnings = _warnings(kept, detached)
            edit = SeriesEdit(
                f.series_id,
                tuple(touched),
                before,
                after,
                tuple(kept),
                tuple(detached),
                tuple(created),
            )
            return Outcome(edit, CHANGED, warnings)

    # --- cancel ----------------------------------------------------------------------------

    def cancel(self, followup_id: int, scope: Scope, expected_version: int) -> Outcome[SeriesEdit]:
        """Cancel (softly: status *cancelled*) this occurrence, this and the following ones,
        or all of them; logged occurrences are left as they are."""
        scope = Scope(scope)
        with self.db.transaction(self.clock) as s:
            f, x, members = self._load(s, followup_id, expected_version)
            before = self._capture(s, [x.id], [g.id for g in members])
            logged = logged_ids(s, members)
            if scope is Scope.THIS:
                targets = [f]
            elif scope is Scope.FOLLOWING:
                targets = [g for g in members if self._slot(g) >= self._slot(f)]
            else:
                targets = list(members)
            kept = []
            exdates = False  # the series' VEVENT changes with its EXDATEs
            for g in targets:
                if g.deleted_at is not None:
                    continue
                if g.id in logged:
                    kept.append(g.id)
                elif g.status is not FollowUpStatus.CANCELLED:
                    g.status = FollowUpStatus.CANCELLED
                    g.sequence += 1
                    exdates = True
            if scope is not Scope.THIS and open_ended(x.rule) and members:
                x.rule = until_rule(x.rule, max(self._slot(g) for g in members))
                x.sequence += 1
            elif exdates:
                x.sequence += 1
            s.flush()
            after = self._capture(s, [x.id], [g.id for g in members])
            edit = SeriesEdit(x.id, (x.id,), before, after, tuple(kept))
            return Outcome(edit, CHANGED, _warnings(kept, []))

    # --- undo ------------------------------------------------------------------------------

    def snapshot(self, like: SeriesState) -> SeriesState:
        """The current state of the rows ``like`` names (absent ones stay absent)."""
        with self.db.read() as s:
            return self._capture(s, [k for k, _ in like.series], [k for k, _ in like.followups])

    def restore(self, state: SeriesState) -> Outcome[None]:
        """Make the rows ``state`` names exactly as they were (see the module's notes)."""
        with self.db.transaction(self.clock) as s:
            present_series = [(k, dict(v)) for k, v in state.series if v is not None]
            present_followups = [(k, dict(v)) for k, v in state.followups if v is not None]
            rows: dict[int, m.FollowUp] = {}
            for key, _ in state.followups:
                row = s.get(m.FollowUp, key)
                if row is not None:
                    rows[key] = row
            series_rows = {k: s.get(m.FollowUpSeries, k) for k, _ in state.series}
            # Which rows will change, before touching any (for SEQUENCE, see the module).
            differs = {("s", k) for k, v in present_series if _differs_from(series_rows[k], v)} | {
                ("f", k) for k, v in present_followups if _differs_from(rows.get(k), v)
            }
            # A series whose occurrences change slot, series or EXDATE changes with them.
            touched = {
                key
                for k, v in present_followups
                if (row := rows.get(k)) is not None and _place(row) != _place(v)
                for key in (row.series_id, v["series_id"])
            }
            # Free every slot first: rows swap RECURRENCE-IDs (unique per series).
            for row in rows.values():
                row.recurrence_local = None
            s.flush()
            inserted: list[tuple[m.FollowUpSeries | m.FollowUp, dict[str, Any]]] = []
            for key, values in present_series:
                series = series_rows[key]
                if series is None:
                    series = m.FollowUpSeries(**values)
                    s.add(series)
                    inserted.append((series, values))
                else:
                    changed = ("s", key) in differs or key in touched
                    _restore_row(series, values, changed)
            s.flush()
            for key, values in present_followups:
                followup = rows.get(key)
                if followup is None:
                    followup = m.FollowUp(**values)
                    s.add(followup)
                    inserted.append((followup, values))
                else:
                    _restore_row(followup, values, ("f", key) in differs)
            s.flush()
            for row_or_series, values in inserted:
                row_or_series.created_at = values["created_at"]
            for key, value in state.followups:
                if value is None and key in rows:
                    s.delete(rows[key])
            s.flush()
            for key, value in state.series:
                gone = series_rows[key]
                if value is None and gone is not None:
                    s.delete(gone)
            s.flush()
            return Outcome(None, CHANGED)

    # --- drift -----------------------------------------------------------------------------

    def drift(self, subject: int | SeriesSpec, language: str | None = None) -> Drift:
        """Drift warnings for series ``subject`` (its occurrences from now on, cancelled ones
        left out; the last one before now is the baseline of the first change) or for a
        series not created yet (a :class:`SeriesSpec`, expanded as
        :meth:`FollowUpService.create_series` would). The other town's holidays are named in
        the interface language ``language`` (``None``: the process locale's)."""
        with self.db.read() as s:
            if isinstance(subject, SeriesSpec):
                spec = subject.validated()
                first, zone = tz.split_zoned(spec.first_start, "first_start")
                walls = recurrence.expand(
                    recurrence.parse_rule(spec.rule), first, until=first + SERIES_HORIZON, zone=zone
                )
                starts = [zoned(_start_of(w, zone)[0], zone) for w in walls]
                duration, partnership_id = spec.duration_min, spec.partnership_id
            else:
                x = fetch(s, m.FollowUpSeries, subject, "follow-up series")
                now = self.clock()
                active = [
                    zoned(f.start_local, f.time_zone)
                    for f in self._members(s, x.id)
                    if f.deleted_at is None and f.status is not FollowUpStatus.CANCELLED
                ]
                active.sort(key=lambda start: start.astimezone(dt.UTC))
                coming = [start for start in active if start >= now]
                past = [start for start in active if start < now]
                # The last one before now is the baseline: a change since then is news.
                starts = past[-1:] + coming
                zone, duration, partnership_id = x.time_zone, x.duration_min, x.partnership_id
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            home, partner = partnership.home_town, partnership.partner_town
            other = home if zone == partner.time_zone and zone != home.time_zone else partner
            years = {start.year for start in starts} or {self.today_in(zone).year}
            holidays, note = public_holidays(
                other.country,
                other.subdivision,
                range(min(years) - 1, max(years) + 2),
                language,
            )
            for day_off in other.days_off:
                holidays[day_off.date] = day_off.name
            hours = TownHours(
                other.name,
                other.time_zone,
                other.work_start,
                other.work_end,
                frozenset(int(d) for d in other.weekend.split(",") if d.strip()),
                holidays,
            )
        result = drift(starts, duration, zone, hours)
        if not isinstance(subject, SeriesSpec):
            now = self.clock()
            result = replace(result, flags=tuple(f for f in result.flags if f.start >= now))
        return replace(result, notes=(f"{other.name}: {note}",) if note else ())

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _members(s: Session, series_id: int) -> list[m.FollowUp]:
        """Every occurrence of the series, deleted ones included, in slot order."""
        return list(
            s.scalars(
                select(m.FollowUp)
                .where(m.FollowUp.series_id == series_id)
                .order_by(m.FollowUp.recurrence_local, m.FollowUp.id)
            )
        )

    def _load(
        self, s: Session, followup_id: int, expected_version: int
    ) -> tuple[m.FollowUp, m.FollowUpSeries, list[m.FollowUp]]:
        f = fetch(s, m.FollowUp, followup_id, "follow-up")
        check_version(f, expected_version, "follow-up")
        if f.series_id is None or f.recurrence_local is None:
            raise ValidationError(field="series")
        x = fetch(s, m.FollowUpSeries, f.series_id, "follow-up series")
        members = [g for g in self._members(s, x.id) if g.recurrence_local is not None]
        return f, x, members

    @staticmethod
    def _slot(f: m.FollowUp) -> dt.datetime:
        assert f.recurrence_local is not None
        return f.recurrence_local

    @staticmethod
    def _new_first(slot: dt.datetime, changes: SeriesChanges) -> dt.datetime:
        day = slot.date() + dt.timedelta(days=changes.shift_days)
        return dt.datetime.combine(day, changes.start_time or slot.time())

    @staticmethod
    def _series_values(x: m.FollowUpSeries, changes: SeriesChanges) -> dict[str, Any]:
        return {
            "title": x.title if changes.title is None else changes.title,
            "duration_min": x.duration_min
            if changes.duration_min is None
            else changes.duration_min,
            "channel": x.channel if changes.channel is None else changes.channel,
            "join_link": x.join_link if changes.join_link is None else changes.join_link,
        }

    @staticmethod
    def _walls(
        x: m.FollowUpSeries, rule: str, start: dt.datetime, changes: SeriesChanges
    ) -> list[dt.datetime]:
        """The slots of ``rule`` from ``start``, materialised as far as the series was (to
        the end of the day two years after its first slot, later by a forward shift)."""
        horizon = dt.datetime.combine(
            (x.first_local + SERIES_HORIZON).date() + dt.timedelta(days=max(changes.shift_days, 0)),
            dt.time.max,
        )
        return recurrence.expand(
            recurrence.parse_rule(rule), start, until=horizon, zone=x.time_zone
        )

    @staticmethod
    def _edit_one(f: m.FollowUp, changes: SeriesChanges) -> None:
        values: dict[str, Any] = {}
        if changes.start_time is not None or changes.shift_days:
            wall = dt.datetime.combine(
                f.start_local.date() + dt.timedelta(days=changes.shift_days),
                changes.start_time or f.start_local.time(),
            )
            values["start_local"] = wall
            values["start_utc"] = tz.to_utc(wall, f.time_zone)
        for name in ("title", "duration_min", "channel", "join_link"):
            value = getattr(changes, name)
            if value is not None:
                values[name] = value
        bump_if_shared(f, _set(f, values), FOLLOWUP_SHARED)

    def _reslot(
        self,
        s: Session,
        x: m.FollowUpSeries,
        members: list[m.FollowUp],
        walls: list[dt.datetime],
        changes: SeriesChanges,
        logged: set[int],
        first: dt.datetime,
    ) -> tuple[list[int], list[int], list[int]]:
        """Give ``members`` (in slot order) the slots ``walls`` of series ``x``; returns the
        logged ones kept, the logged ones detached, and the rows created."""
        old = {f.id: self._slot(f) for f in members}
        for f in members:  # free the slots first: the unique (series, slot) index
            f.recurrence_local = None
        s.flush()
        now = self.clock()
        kept: list[int] = []
        detached: list[int] = []
        taken: set[dt.datetime] = set()
        by_date: dict[dt.date, dt.datetime] = {}
        for wall in walls:
            by_date.setdefault(wall.date(), wall)
        for f in members:
            if f.id not in logged:
                continue
            slot = by_date.get(old[f.id].date() + dt.timedelta(days=changes.shift_days))
            if f.deleted_at is None and slot is not None and slot not in taken:
                f.series_id, f.recurrence_local = x.id, slot
                taken.add(slot)
                kept.append(f.id)
            else:
                f.series_id = None
                detached.append(f.id)
        rest = [f for f in members if f.id not in logged]
        if changes.rule is not None:
            for f in rest:
                if f.deleted_at is not None or f.status is FollowUpStatus.CANCELLED:
                    _drop(f, now)
            rest = [f for f in rest if f.series_id is not None]
        free = [w for w in walls if w not in taken]
        values = self._series_values(x, changes)
        for f, wall in zip(rest, free, strict=False):
            f.series_id, f.recurrence_local = x.id, wall
            update: dict[str, Any] = {
                name: values[name]
                for name in ("title", "duration_min", "channel", "join_link")
                if getattr(changes, name) is not None
            }
            if changes.moves:
                start_local, start_utc = _start_of(wall, x.time_zone)
                update |= {"start_local": start_local, "start_utc": start_utc}
                update["time_zone"] = x.time_zone
            bump_if_shared(f, _set(f, update), FOLLOWUP_SHARED)
        for f in rest[len(free) :]:
            _drop(f, now)
        created = []
        for wall in free[len(rest) :]:
            start_local, start_utc = _start_of(wall, x.time_zone)
            row = m.FollowUp(
                partnership_id=x.partnership_id,
                series_id=x.id,
                recurrence_local=wall,
                title=x.title,
                start_local=start_local,
                time_zone=x.time_zone,
                start_utc=start_utc,
                duration_min=x.duration_min,
                channel=x.channel,
                join_link=x.join_link,
                status=FollowUpStatus.PLANNED,
                shared=x.shared,
            )
            s.add(row)
            s.flush()
            created.append(row.id)
        return kept, detached, created

    @staticmethod
    def _capture(s: Session, series_ids: list[int], followup_ids: list[int]) -> SeriesState:
        def values(row: Any, columns: tuple[str, ...]) -> Values | None:
            return None if row is None else tuple((c, getattr(row, c)) for c in columns)

        return SeriesState(
            tuple((k, values(s.get(m.FollowUpSeries, k), SERIES_COLUMNS)) for k in series_ids),
            tuple((k, values(s.get(m.FollowUp, k), FOLLOWUP_COLUMNS)) for k in followup_ids),
        )


def _set(row: Any, values: dict[str, Any]) -> set[str]:
    changed = set()
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.add(name)
    return changed


def _drop(f: m.FollowUp, now: dt.datetime) -> None:
    """Leave the series: no slot, no series, and deleted (a tombstone) if it was not."""
    f.series_id = None
    f.recurrence_local = None
    if f.deleted_at is None:
        f.deleted_at = now
        f.sequence += 1


def _differs_from(row: Any, values: dict[str, Any]) -> bool:
    return row is None or any(
        getattr(row, k) != v for k, v in values.items() if k not in ("sequence", "created_at")
    )


def _restore_row(row: Any, values: dict[str, Any], changed: bool) -> None:
    sequence = values["sequence"]
    kept = ("id", "sequence", "created_at", "shared_once")
    _set(row, {k: v for k, v in values.items() if k not in kept})
    row.sequence = max(row.sequence, sequence) + 1 if changed else max(row.sequence, sequence)
    # Once shared, always remembered (see ``persistence.models.SharedOnce``).
    row.shared_once = row.shared_once or values["shared_once"]


def _place(f: m.FollowUp | dict[str, Any]) -> tuple[Any, ...]:
    """What an occurrence gives its series' VEVENT: its series, its slot, and whether it is
    left out (an EXDATE, see :func:`jumelage.services.followups.excluded`)."""
    get = f.get if isinstance(f, dict) else lambda name: getattr(f, name)
    left_out = (
        get("deleted_at") is not None
        or get("status") is FollowUpStatus.CANCELLED
        or not get("shared")
    )
    return (get("series_id"), get("recurrence_local"), left_out)


def _with_absent(before: SeriesState, after: SeriesState) -> SeriesState:
    """``before`` plus, as absent, the rows that exist only ``after``."""
    series = dict(before.series)
    followups = dict(before.followups)
    for key, _ in after.series:
        series.setdefault(key, None)
    for key, _ in after.followups:
        followups.setdefault(key, None)
    return SeriesState(tuple(series.items()), tuple(followups.items()))


def _warnings(kept: list[int], detached: list[int]) -> tuple[DomainWarning, ...]:
    found = []
    if kept:
        found.append(DomainWarning(LOGGED_KEPT, str(len(kept))))
    if detached:
        found.append(DomainWarning(LOGGED_DETACHED, str(len(detached))))
    return tuple(found)
