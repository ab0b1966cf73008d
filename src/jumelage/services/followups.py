"""Video follow-ups (single or in a series), their attendance and decisions.

Action items live in :mod:`jumelage.services.actions`; ``ActionService`` is re-exported here
for the callers that import it from this module.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from jumelage.domain import agenda, recurrence
from jumelage.domain import time as tz
from jumelage.domain.enums import CallQuality, Channel, FollowUpStatus
from jumelage.domain.errors import NaiveDateTime, NonexistentLocalTime
from jumelage.domain.rows import (
    AttendanceRow,
    DecisionRow,
    FollowUpDetail,
    FollowUpRow,
)
from jumelage.domain.specs import AttendanceSpec, FollowUpSpec, SeriesSpec
from jumelage.persistence import models as m
from jumelage.services import bulk, convert
from jumelage.services.actions import ActionService as ActionService
from jumelage.services.actions import open_items, record_discussion
from jumelage.services.base import Service, apply, bump_if_shared, check_version, fetch, tombstone
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.tombstones import fetch_any, revive

FOLLOWUP_SHARED = frozenset(
    {
        "title",
        "start_local",
        "time_zone",
        "duration_min",
        "channel",
        "join_link",
        "status",
        "shared",
    }
)
CHANGED = Changes.of(Entity.FOLLOWUP)
_CHANNELS = bulk.members(Channel)
_STATUSES = bulk.members(FollowUpStatus)
_QUALITIES = bulk.members(CallQuality)
#: A series without an end is materialised this far ahead; later occurrences come when the
#: series is extended (the calendar exchange writes the RRULE itself, not the copies).
SERIES_HORIZON = dt.timedelta(days=2 * 366)


class FollowUpService(Service):
    def list(self, partnership_id: int | None = None) -> list[FollowUpRow]:
        # A column query on the connection (services/bulk.py), not ORM objects.
        f, partner = m.FollowUp, m.Town
        query = (
            select(
                f.id,
                f.version,
                f.uid,
                f.sequence,
                f.partnership_id,
                m.Partnership.name,
                f.series_id,
                f.title,
                f.start_local,
                f.time_zone,
                f.duration_min,
                bulk.raw(f.channel),
                f.join_link,
                bulk.raw(f.status),
                f.agenda,
                f.minutes,
                bulk.raw(f.quality),
                f.minutes_lost,
                f.shared,
                partner.time_zone,
            )
            .join(m.Partnership, m.Partnership.id == f.partnership_id)
            .join(partner, partner.id == m.Partnership.partner_town_id)
            .where(f.deleted_at.is_(None))
        )
        if partnership_id is not None:
            query = query.where(f.partnership_id == partnership_id)
        query = query.order_by(f.start_utc, f.id)
        names, texts, zones = bulk.Shared(), bulk.Shared(), bulk.Shared()
        with self.db.read() as s:
            return [
                FollowUpRow(
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    names(partnership_name),
                    series_id,
                    # Series repeat their title (and often their link) in every occurrence.
                    texts(title),
                    start.replace(tzinfo=zones.computed(zone, tz.zone), fold=0),
                    duration,
                    _CHANNELS[channel],
                    texts(link),
                    _STATUSES[status],
                    agenda_text,
                    minutes,
                    _QUALITIES[quality],
                    lost,
                    shared,
                    names(partner_zone),
                )
                for (
                    key,
                    version,
                    uid,
                    sequence,
                    partnership_id,
                    partnership_name,
                    series_id,
                    title,
                    start,
                    zone,
                    duration,
                    channel,
                    link,
                    status,
                    agenda_text,
                    minutes,
                    quality,
                    lost,
                    shared,
                    partner_zone,
                ) in s.connection().execute(query)
            ]

    def get(self, followup_id: int) -> FollowUpDetail:
        with self.db.read() as s:
            followup = fetch(s, m.FollowUp, followup_id, "follow-up")
            attendance = s.scalars(
                select(m.Attendance)
                .where(m.Attendance.followup_id == followup_id)
                .order_by(m.Attendance.id)
            )
            decisions = s.scalars(
                select(m.Decision)
                .where(m.Decision.followup_id == followup_id)
                .order_by(m.Decision.position, m.Decision.id)
            )
            actions = s.scalars(
                select(m.ActionItem)
                .where(
                    m.ActionItem.origin_followup_id == followup_id,
                    m.ActionItem.deleted_at.is_(None),
                )
                .order_by(m.ActionItem.id)
            )
            return FollowUpDetail(
                followup=convert.followup_row(followup),
                attendance=tuple(convert.attendance_row(a) for a in attendance),
                decisions=tuple(convert.decision_row(d) for d in decisions),
                actions=tuple(convert.action_row(a) for a in actions),
            )

    def create(self, spec: FollowUpSpec, discussed: Iterable[int] = ()) -> Outcome[FollowUpRow]:
        """Create a follow-up. ``discussed`` names the action items its agenda carries (the
        :meth:`preview_next` items): each is recorded as discussed at it, except those gone
        meanwhile or of another partnership."""
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            fetch(s, m.Partnership, spec.partnership_id, "partnership")
            followup = m.FollowUp()
            self._fill(followup, spec)
            s.add(followup)
            s.flush()
            recorded = _record_discussions(
                s, spec.partnership_id, followup.id, discussed, self.clock()
            )
            s.flush()
            s.refresh(followup)
            changes = CHANGED | Changes.of(Entity.ACTION) if recorded else CHANGED
            return Outcome(convert.followup_row(followup), changes)

    def update(
        self, followup_id: int, expected_version: int, spec: FollowUpSpec
    ) -> Outcome[FollowUpRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            followup = fetch(s, m.FollowUp, followup_id, "follow-up")
            check_version(followup, expected_version, "follow-up")
            fetch(s, m.Partnership, spec.partnership_id, "partnership")
            left_out = excluded(followup)
            bump_if_shared(followup, self._fill(followup, spec), FOLLOWUP_SHARED)
            if excluded(followup) != left_out:
                touch_series(s, followup)
            s.flush()
            s.refresh(followup)
            return Outcome(convert.followup_row(followup), CHANGED)

    def delete(self, followup_id: int, expected_version: int) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            followup = fetch(s, m.FollowUp, followup_id, "follow-up")
            check_version(followup, expected_version, "follow-up")
            left_out = excluded(followup)
            tombstone(followup, self.clock())
            if not left_out:
                touch_series(s, followup)
            return Outcome(None, CHANGED)

    def restore(self, followup_id: int) -> Outcome[FollowUpRow]:
        """Undo :meth:`delete` (nothing changes when the follow-up is not deleted)."""
        with self.db.transaction(self.clock) as s:
            followup = fetch_any(s, m.FollowUp, followup_id, "follow-up")
            changed = revive(followup)
            if changed and not excluded(followup):
                touch_series(s, followup)
            s.flush()
            s.refresh(followup)
            return Outcome(convert.followup_row(followup), CHANGED if changed else Changes())

    def preview_next(self, partnership_id: int, start: dt.datetime) -> agenda.Prefill:
        """What the agenda of the partnership's follow-up at ``start`` (aware, in an IANA
        zone) starts from: every open action item of the partnership, then the "Next steps"
        of the previous follow-up's minutes (the latest one starting before ``start`` that
        is neither deleted nor cancelled; see :func:`jumelage.domain.agenda.next_steps`).
        The interface writes it out in the user's language (:meth:`Prefill.text`)."""
        start_local, zone = tz.split_zoned(start, "start")
        start_utc = tz.to_utc(start_local, zone)
        with self.db.read() as s:
            fetch(s, m.Partnership, partnership_id, "partnership")
            return _prefill(s, partnership_id, _previous(s, partnership_id, start_utc))

    def create_next(
        self,
        partnership_id: int,
        start: dt.datetime,
        *,
        title: str | None = None,
        duration_min: int | None = None,
        channel: Channel | None = None,
        join_link: str | None = None,
        wording: agenda.Wording = agenda.ENGLISH,
    ) -> Outcome[FollowUpRow]:
        """Plan the partnership's next follow-up at ``start`` (aware, in an IANA zone).

        The agenda is :meth:`preview_next` written out with ``wording`` (the headings and
        dates in the user's language). Title, duration, channel, link and sharing default to
        the previous follow-up's. Each listed item is recorded as discussed at the new
        follow-up."""
        start_local, zone = tz.split_zoned(start, "start")
        start_utc = tz.to_utc(start_local, zone)
        with self.db.transaction(self.clock) as s:
            partnership = fetch(s, m.Partnership, partnership_id, "partnership")
            previous = _previous(s, partnership_id, start_utc)
            prefill = _prefill(s, partnership_id, previous)
            spec = FollowUpSpec(partnership_id, f"Follow-up {partnership.name}", start)
            if previous is not None:
                spec = replace(
                    spec,
                    title=previous.title,
                    duration_min=previous.duration_min,
                    channel=previous.channel,
                    join_link=previous.join_link,
                    shared=previous.shared,
                )
            spec = replace(
                spec,
                title=spec.title if title is None else title,
                duration_min=spec.duration_min if duration_min is None else duration_min,
                channel=spec.channel if channel is None else channel,
                join_link=spec.join_link if join_link is None else join_link,
                agenda=prefill.text(wording),
            ).validated()
            followup = m.FollowUp()
            self._fill(followup, spec)
            s.add(followup)
            s.flush()
            _record_discussions(s, partnership_id, followup.id, prefill.action_ids, self.clock())
            s.flush()
            s.refresh(followup)
            return Outcome(convert.followup_row(followup), CHANGED | Changes.of(Entity.ACTION))

    def create_series(
        self, spec: SeriesSpec, until: dt.datetime | None = None
    ) -> Outcome[builtins.list[FollowUpRow]]:
        """Create a series and its occurrences (up to the rule's end, ``until``, or two years
        ahead). Wall times are expanded in the anchor zone; a time skipped by a DST change
        moves one hour later, as RFC 5545 says."""
        spec = spec.validated()
        first_local, zone = tz.split_zoned(spec.first_start, "first_start")
        rule = recurrence.parse_rule(spec.rule)
        horizon = first_local + SERIES_HORIZON
        if until is not None and until.utcoffset() is None:
            raise NaiveDateTime(field="until", value=until)
        if until is not None:
            horizon = min(horizon, until.astimezone(tz.zone(zone)).replace(tzinfo=None))
        walls = recurrence.expand(rule, first_local, until=horizon, zone=zone)
        with self.db.transaction(self.clock) as s:
            fetch(s, m.Partnership, spec.partnership_id, "partnership")
            series = m.FollowUpSeries(
                partnership_id=spec.partnership_id,
                title=spec.title,
                rule=spec.rule.upper(),
                first_local=first_local,
                time_zone=zone,
                duration_min=spec.duration_min,
                channel=spec.channel,
                join_link=spec.join_link,
                shared=spec.shared,
            )
            s.add(series)
            s.flush()
            created = []
            for wall in walls:
                try:
                    start_utc = tz.to_utc(wall, zone)
                    start_local = wall
                except NonexistentLocalTime:
                    start_local = wall + dt.timedelta(hours=1)
                    start_utc = tz.to_utc(start_local, zone)
                followup = m.FollowUp(
                    partnership_id=spec.partnership_id,
                    series_id=series.id,
                    recurrence_local=wall,
                    title=spec.title,
                    start_local=start_local,
                    time_zone=zone,
                    start_utc=start_utc,
                    duration_min=spec.duration_min,
                    channel=spec.channel,
                    join_link=spec.join_link,
                    status=FollowUpStatus.PLANNED,
                    shared=spec.shared,
                )
                s.add(followup)
                created.append(followup)
            s.flush()
            for f in created:
                s.refresh(f)
            return Outcome([convert.followup_row(f) for f in created], CHANGED)

    @staticmethod
    def _fill(followup: m.FollowUp, spec: FollowUpSpec) -> set[str]:
        start_local, zone = tz.split_zoned(spec.start, "start")
        return apply(
            followup,
            {
                "partnership_id": spec.partnership_id,
                "title": spec.title,
                "start_local": start_local,
                "time_zone": zone,
                "start_utc": tz.to_utc(start_local, zone),
                "duration_min": spec.duration_min,
                "channel": spec.channel,
                "join_link": spec.join_link,
                "status": spec.status,
                "agenda": spec.agenda,
                "minutes": spec.minutes,
                "quality": spec.quality,
                "minutes_lost": spec.minutes_lost,
                "shared": spec.shared,
            },
        )

    # --- attendance and decisions --------------------------------------------------------

    def set_attendance(self, followup_id: int, spec: AttendanceSpec) -> Outcome[AttendanceRow]:
        """Record (or change) one person's attendance."""
        with self.db.transaction(self.clock) as s:
            fetch(s, m.FollowUp, followup_id, "follow-up")
            person = fetch(s, m.Person, spec.person_id, "person")
            row = s.scalar(
                select(m.Attendance).where(
                    m.Attendance.followup_id == followup_id,
                    m.Attendance.person_id == spec.person_id,
                )
            )
            if row is None:
                row = m.Attendance(followup_id=followup_id, person=person)
                s.add(row)
            apply(row, {"status": spec.status, "connection_trouble": spec.connection_trouble})
            s.flush()
            return Outcome(convert.attendance_row(row), CHANGED)

    def remove_attendance(
        self, attendance_id: int, expected_version: int | None = None
    ) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            attendance = fetch(s, m.Attendance, attendance_id, "attendance")
            check_version(attendance, expected_version, "attendance")
            s.delete(attendance)
            return Outcome(None, CHANGED)

    def add_decision(self, followup_id: int, text: str) -> Outcome[DecisionRow]:
        from jumelage.domain import rules

        cleaned = rules.text(text, "decision", required=True, limit=10_000)
        with self.db.transaction(self.clock) as s:
            fetch(s, m.FollowUp, followup_id, "follow-up")
            position = len(
                s.scalars(select(m.Decision.id).where(m.Decision.followup_id == followup_id)).all()
            )
            decision = m.Decision(followup_id=followup_id, text=cleaned, position=position)
            s.add(decision)
            s.flush()
            return Outcome(convert.decision_row(decision), CHANGED)

    def update_decision(
        self, decision_id: int, expected_version: int, text: str
    ) -> Outcome[DecisionRow]:
        from jumelage.domain import rules

        cleaned = rules.text(text, "decision", required=True, limit=10_000)
        with self.db.transaction(self.clock) as s:
            decision = fetch(s, m.Decision, decision_id, "decision")
            check_version(decision, expected_version, "decision")
            decision.text = cleaned
            s.flush()
            return Outcome(convert.decision_row(decision), CHANGED)

    def remove_decision(
        self, decision_id: int, expected_version: int | None = None
    ) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            decision = fetch(s, m.Decision, decision_id, "decision")
            check_version(decision, expected_version, "decision")
            s.delete(decision)
            return Outcome(None, CHANGED)


def _previous(s: Session, partnership_id: int, start_utc: dt.datetime) -> m.FollowUp | None:
    """The partnership's latest follow-up starting before ``start_utc``, neither deleted nor
    cancelled."""
    return s.scalar(
        select(m.FollowUp)
        .where(
            m.FollowUp.partnership_id == partnership_id,
            m.FollowUp.deleted_at.is_(None),
            m.FollowUp.status != FollowUpStatus.CANCELLED,
            m.FollowUp.start_utc < start_utc,
        )
        .order_by(m.FollowUp.start_utc.desc(), m.FollowUp.id.desc())
        .limit(1)
    )


def _prefill(s: Session, partnership_id: int, previous: m.FollowUp | None) -> agenda.Prefill:
    items = tuple(
        agenda.OpenItem(i.description, i.owner.name if i.owner else None, i.due_date, i.id)
        for i in open_items(s, partnership_id)
    )
    steps = tuple(agenda.next_steps(previous.minutes)) if previous is not None else ()
    return agenda.Prefill(items, steps)


def _record_discussions(
    s: Session, partnership_id: int, followup_id: int, ids: Iterable[int], now: dt.datetime
) -> bool:
    """Record the partnership's living items among ``ids`` as discussed at the follow-up."""
    wanted = set(ids)
    if not wanted:
        return False
    living = s.scalars(
        select(m.ActionItem.id).where(
            m.ActionItem.id.in_(wanted),
            m.ActionItem.partnership_id == partnership_id,
            m.ActionItem.deleted_at.is_(None),
        )
    ).all()
    recorded = False
    for action_id in sorted(living):
        recorded = record_discussion(s, action_id, followup_id, now) or recorded
    return recorded


def excluded(f: m.FollowUp) -> bool:
    """Whether the export leaves occurrence ``f`` out of its series (an EXDATE): deleted,
    cancelled, or (partner profile) not shared."""
    return f.deleted_at is not None or f.status is FollowUpStatus.CANCELLED or not f.shared


def touch_series(s: Session, f: m.FollowUp) -> None:
    """Occurrence ``f`` went into or out of its series' EXDATEs, which the series' VEVENT
    carries: raise the series' SEQUENCE in the same unit of work (and ``updated_at`` with
    it, see ``persistence.database``). Nothing for a single follow-up."""
    if f.series_id is None or f.recurrence_local is None:
        return
    series = s.get(m.FollowUpSeries, f.series_id)
    if series is not None:
        series.sequence += 1
