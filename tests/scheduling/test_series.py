"""SeriesService: edit and cancel this / following / all occurrences of a recurring follow-up,
logged occurrences that survive every operation, undo, and the calendar file afterwards.

The world: Anderlecht (Europe/Brussels) and Marsassoum (Africa/Dakar); a weekly call on
Tuesdays at 10:00 Brussels time from 7 April 2026, eight times: 7, 14, 21, 28 April and 5,
12, 19, 26 May (all in Brussels summer time, UTC+2).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumelage.domain.enums import AttendanceStatus, Channel, FollowUpStatus
from jumelage.domain.errors import StaleEdit, ValidationError
from jumelage.domain.series import Scope, SeriesChanges
from jumelage.domain.specs import AttendanceSpec, FollowUpSpec, SeriesSpec
from jumelage.persistence import models as m
from jumelage.services import Services
from jumelage.services.exchange import ExportRequest, ExportService
from jumelage.services.series import LOGGED_DETACHED, LOGGED_KEPT
from tests.conftest import fixed_clock
from tests.ics.conftest import Checker, World, icscheck, world

__all__ = ["icscheck", "world"]  # fixtures used here

BRUSSELS = ZoneInfo("Europe/Brussels")
WEEKLY = "FREQ=WEEKLY;BYDAY=TU;COUNT=8"
LINK = "https://meet.example.org/am"
TUESDAYS = [
    dt.date(2026, 4, 7),
    dt.date(2026, 4, 14),
    dt.date(2026, 4, 21),
    dt.date(2026, 4, 28),
    dt.date(2026, 5, 5),
    dt.date(2026, 5, 12),
    dt.date(2026, 5, 19),
    dt.date(2026, 5, 26),
]


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), BRUSSELS)


def make_series(services: Services, world: World, rule: str = WEEKLY) -> list[int]:
    rows = services.followups.create_series(
        SeriesSpec(
            world.partnership, "Weekly call", at(TUESDAYS[0], 10), rule, 60, Channel.ZOOM, LINK
        )
    ).value
    return [r.id for r in rows]


def row(services: Services, key: int) -> Any:
    return services.followups.get(key).followup


def log_minutes(services: Services, key: int) -> None:
    """Mark the occurrence as held, with minutes: it is logged from now on."""
    f = row(services, key)
    services.followups.update(
        f.id,
        f.version,
        FollowUpSpec(
            f.partnership_id,
            f.title,
            f.start,
            f.duration_min,
            f.channel,
            f.join_link,
            FollowUpStatus.HELD,
            minutes="We agreed on the market hall.",
        ),
    )


def export_text(services: Services, world: World, path: Path | None = None) -> str:
    service = ExportService(services.db, fixed_clock)
    if path is None:
        data = service.preview(ExportRequest(world.partnership)).data
    else:
        data = service.export(ExportRequest(world.partnership), path).value.data
    icalendar.Calendar.from_ical(data)  # it parses
    return data.decode("utf-8").replace("\r\n ", "")


def everything(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every series and follow-up row as stored (versions, stamps and SEQUENCE aside)."""
    skip = {"version", "updated_at", "sequence"}
    with services.db.read() as s:
        tables: dict[str, list[tuple[Any, ...]]] = {}
        for model in (m.FollowUpSeries, m.FollowUp):
            columns = [c.key for c in model.__table__.columns if c.key not in skip]
            tables[model.__tablename__] = sorted(
                tuple(getattr(r, c) for c in columns) for r in s.query(model)
            )
        return tables


# --- this occurrence -----------------------------------------------------------------------------


def test_this_occurrence_becomes_an_override(services: Services, world: World) -> None:
    ids = make_series(services, world)
    second = row(services, ids[1])
    outcome = services.series.edit(
        second.id,
        Scope.THIS,
        SeriesChanges(start_time=dt.time(15, 0), title="Budget call"),
        second.version,
    )
    assert outcome.value.series_ids == (second.series_id,)
    moved = row(services, ids[1])
    assert moved.start == at(TUESDAYS[1], 15)
    assert moved.title == "Budget call"
    assert moved.sequence == second.sequence + 1
    assert row(services, ids[2]).start == at(TUESDAYS[2], 10)
    series = services.series.get(second.series_id)
    assert [o.exception for o in series.occurrences] == [False, True] + [False] * 6
    assert series.occurrences[1].recurrence == at(TUESDAYS[1], 10)  # RECURRENCE-ID kept

    text = export_text(services, world)
    assert text.count("BEGIN:VEVENT") == 2
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8" in text
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260414T100000" in text
    assert "DTSTART;TZID=Europe/Brussels:20260414T150000" in text
    assert "SUMMARY:Budget call" in text


def test_a_rule_change_needs_a_series_scope(services: Services, world: World) -> None:
    ids = make_series(services, world)
    first = row(services, ids[0])
    with pytest.raises(ValidationError) as error:
        services.series.edit(first.id, Scope.THIS, SeriesChanges(rule="FREQ=DAILY"), 1)
    assert error.value.field == "rule"


def test_a_stale_editor_is_refused(services: Services, world: World) -> None:
    ids = make_series(services, world)
    first = row(services, ids[0])
    services.series.edit(first.id, Scope.THIS, SeriesChanges(title="Renamed"), first.version)
    with pytest.raises(StaleEdit):
        services.series.edit(first.id, Scope.ALL, SeriesChanges(title="Again"), first.version)


def test_a_single_followup_has_no_series(services: Services, world: World) -> None:
    single = services.followups.create(
        FollowUpSpec(world.partnership, "One call", at(TUESDAYS[0], 10))
    ).value
    with pytest.raises(ValidationError) as error:
        services.series.cancel(single.id, Scope.ALL, single.version)
    assert error.value.field == "series"


# --- this and the following ----------------------------------------------------------------------


def test_following_splits_the_series(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    ids = make_series(services, world)
    fourth = row(services, ids[3])  # 28 April
    old_series = services.series.get(fourth.series_id)
    outcome = services.series.edit(
        fourth.id,
        Scope.FOLLOWING,
        SeriesChanges(start_time=dt.time(14, 0), join_link="https://meet.example.org/new"),
        fourth.version,
    )
    edit = outcome.value
    assert edit.series_ids[0] == old_series.id
    assert edit.series_id == edit.series_ids[1] != old_series.id

    old = services.series.get(old_series.id)
    new = services.series.get(edit.series_ids[1])
    # The old series ends at the last slot before the split (21 April, 10:00 wall time).
    assert old.rule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260421T100000"
    assert old.uid == old_series.uid
    assert old.sequence == old_series.sequence + 1
    assert [o.start for o in old.occurrences] == [at(d, 10) for d in TUESDAYS[:3]]
    # The new one takes the five slots left (COUNT 8 - 3), from 28 April at 14:00.
    assert new.rule == "FREQ=WEEKLY;BYDAY=TU;COUNT=5"
    assert new.uid != old.uid
    assert new.first_start == at(TUESDAYS[3], 14)
    assert [o.start for o in new.occurrences] == [at(d, 14) for d in TUESDAYS[3:]]
    assert [o.followup_id for o in new.occurrences] == ids[3:]  # the same records
    assert {o.exception for o in new.occurrences} == {False}
    assert new.join_link == "https://meet.example.org/new"
    assert row(services, ids[4]).join_link == "https://meet.example.org/new"

    text = export_text(services, world, tmp_path / "split.ics")
    icscheck.agree(tmp_path / "split.ics")
    assert text.count("BEGIN:VEVENT") == 2
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260421T080000Z" in text  # 10:00 CEST
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5" in text
    assert "DTSTART;TZID=Europe/Brussels:20260428T140000" in text
    results = icscheck.report(tmp_path / "split.ics")[0]["results"]
    assert results["libical"]["occurrences"] == 8  # 3 + 5: nothing lost, nothing doubled


def test_following_keeps_a_logged_occurrence_in_place(services: Services, world: World) -> None:
    ids = make_series(services, world)
    log_minutes(services, ids[5])  # 12 May was held (a record made ahead, say)
    fourth = row(services, ids[3])
    outcome = services.series.edit(
        fourth.id, Scope.FOLLOWING, SeriesChanges(start_time=dt.time(14, 0)), fourth.version
    )
    assert outcome.value.kept == (ids[5],)
    assert [w.code for w in outcome.warnings] == [LOGGED_KEPT]
    held = row(services, ids[5])
    assert held.start == at(TUESDAYS[5], 10)  # did not move
    assert held.status is FollowUpStatus.HELD
    new = services.series.get(outcome.value.series_ids[1])
    kept = next(o for o in new.occurrences if o.followup_id == ids[5])
    assert kept.recurrence == at(TUESDAYS[5], 14)  # an override of the new slot that day
    assert kept.exception
    assert kept.logged
    text = export_text(services, world)
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260512T140000" in text
    assert "DTSTART;TZID=Europe/Brussels:20260512T100000" in text


# --- all -----------------------------------------------------------------------------------------


def test_all_moves_every_occurrence_but_the_logged_ones(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    ids = make_series(services, world)
    log_minutes(services, ids[0])
    services.followups.set_attendance(
        ids[1], AttendanceSpec(world.sophie, AttendanceStatus.PRESENT)
    )
    third = row(services, ids[2])
    services.series.edit(third.id, Scope.THIS, SeriesChanges(start_time=dt.time(16, 0)), 1)
    third = row(services, ids[2])
    before = services.series.get(third.series_id)
    outcome = services.series.edit(
        third.id,
        Scope.ALL,
        SeriesChanges(start_time=dt.time(9, 30), duration_min=45, title="Tuesday call"),
        third.version,
    )
    assert sorted(outcome.value.kept) == [ids[0], ids[1]]
    after = services.series.get(third.series_id)
    assert after.uid == before.uid
    assert after.title == "Tuesday call"
    assert after.duration_min == 45
    assert after.first_start == at(TUESDAYS[0], 9, 30)
    assert after.sequence == before.sequence + 1
    starts = [o.start for o in after.occurrences]
    # Logged: 7 April (minutes) and 14 April (attendance) stay at 10:00, as they were.
    assert starts == [at(TUESDAYS[0], 10), at(TUESDAYS[1], 10)] + [
        at(d, 9, 30) for d in TUESDAYS[2:]
    ]
    assert [o.recurrence for o in after.occurrences] == [at(d, 9, 30) for d in TUESDAYS]
    assert row(services, ids[0]).title == "Weekly call"  # untouched
    assert row(services, ids[0]).duration_min == 60
    assert row(services, ids[2]).start == at(TUESDAYS[2], 9, 30)  # its own move undone
    assert row(services, ids[7]).duration_min == 45

    text = export_text(services, world, tmp_path / "all.ics")
    icscheck.agree(tmp_path / "all.ics")
    assert "DTSTART;TZID=Europe/Brussels:20260407T093000" in text
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260407T093000" in text
    assert "DTSTART;TZID=Europe/Brussels:20260407T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Brussels:20260414T093000" in text
    assert text.count("BEGIN:VEVENT") == 3  # the series and the two logged meetings


def test_all_with_a_new_rule_regenerates_and_detaches_what_it_cannot_keep(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    ids = make_series(services, world)
    log_minutes(services, ids[1])  # 14 April: not a Thursday, cannot become an override
    services.series.cancel(ids[4], Scope.THIS, row(services, ids[4]).version)  # 5 May
    first = row(services, ids[0])
    outcome = services.series.edit(
        first.id,
        Scope.ALL,
        SeriesChanges(rule="FREQ=WEEKLY;BYDAY=TH;COUNT=4"),
        first.version,
    )
    edit = outcome.value
    assert edit.detached == (ids[1],)
    assert [w.code for w in outcome.warnings] == [LOGGED_DETACHED]
    series = services.series.get(first.series_id)
    thursdays = [
        dt.date(2026, 4, 9),
        dt.date(2026, 4, 16),
        dt.date(2026, 4, 23),
        dt.date(2026, 4, 30),
    ]
    assert [o.start for o in series.occurrences] == [at(d, 10) for d in thursdays]
    # The active occurrences were reused in order; the cancelled one and the surplus left.
    assert [o.followup_id for o in series.occurrences] == [ids[0], ids[2], ids[3], ids[5]]
    alive = {r.id for r in services.followups.list(world.partnership)}
    assert alive == {ids[0], ids[1], ids[2], ids[3], ids[5]}
    held = row(services, ids[1])
    assert held.series_id is None  # a single follow-up now, at the same time
    assert held.start == at(TUESDAYS[1], 10)

    text = export_text(services, world, tmp_path / "rule.ics")
    icscheck.agree(tmp_path / "rule.ics")
    assert "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4" in text
    assert f"UID:{held.uid}" in text  # still in the partner's calendar
    assert "DTSTART;TZID=Europe/Brussels:20260414T100000" in text


# --- cancel --------------------------------------------------------------------------------------


def test_cancel_this_following_and_all(services: Services, world: World) -> None:
    ids = make_series(services, world)
    log_minutes(services, ids[6])  # 19 May
    series_id = row(services, ids[0]).series_id
    services.series.cancel(ids[1], Scope.THIS, row(services, ids[1]).version)
    assert row(services, ids[1]).status is FollowUpStatus.CANCELLED
    assert row(services, ids[2]).status is FollowUpStatus.PLANNED

    outcome = services.series.cancel(ids[5], Scope.FOLLOWING, row(services, ids[5]).version)
    assert outcome.value.kept == (ids[6],)
    statuses = [o.status for o in services.series.get(series_id).occurrences]
    assert statuses == [
        FollowUpStatus.PLANNED,
        FollowUpStatus.CANCELLED,
        FollowUpStatus.PLANNED,
        FollowUpStatus.PLANNED,
        FollowUpStatus.PLANNED,
        FollowUpStatus.CANCELLED,
        FollowUpStatus.HELD,
        FollowUpStatus.CANCELLED,
    ]
    text = export_text(services, world)
    for day in ("20260414", "20260512", "20260526"):
        assert f"EXDATE;TZID=Europe/Brussels:{day}T100000" in text
    assert "20260519T100000" not in text  # the held one stays an ordinary occurrence

    services.series.cancel(ids[0], Scope.ALL, row(services, ids[0]).version)
    statuses = [o.status for o in services.series.get(series_id).occurrences]
    assert statuses.count(FollowUpStatus.HELD) == 1
    assert statuses.count(FollowUpStatus.CANCELLED) == 7


def test_cancelling_an_open_ended_series_ends_its_rule(
    services: Services, world: World, tmp_path: Path, icscheck: Checker
) -> None:
    ids = make_series(services, world, "FREQ=WEEKLY;BYDAY=TU")
    assert len(ids) == 105  # two years ahead, 7 April 2026 to 6 April 2028
    series_id = row(services, ids[0]).series_id
    services.series.cancel(ids[100], Scope.FOLLOWING, row(services, ids[100]).version)
    series = services.series.get(series_id)
    # The rule ends at the last materialised occurrence (4 April 2028), or the partner's
    # calendar would carry on after it.
    assert series.rule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20280404T100000"
    text = export_text(services, world, tmp_path / "ended.ics")
    icscheck.agree(tmp_path / "ended.ics")
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20280404T080000Z" in text
    assert text.count("EXDATE;") == 5
    report = icscheck.report(tmp_path / "ended.ics")[0]["results"]
    assert report["libical"]["occurrences"] == 100


# --- undo ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("scope", list(Scope))
def test_undo_and_redo_of_an_edit_restore_exactly(
    services: Services, world: World, scope: Scope
) -> None:
    ids = make_series(services, world)
    log_minutes(services, ids[4])
    services.series.cancel(ids[6], Scope.THIS, row(services, ids[6]).version)
    original = everything(services)
    export_before = export_text(services, world)
    third = row(services, ids[2])
    edit = services.series.edit(
        third.id,
        scope,
        SeriesChanges(start_time=dt.time(11, 0), shift_days=1, title="Wednesday call"),
        third.version,
    ).value
    changed = everything(services)
    assert changed != original

    services.series.restore(edit.before)
    assert everything(services) == original
    restored = export_text(services, world)
    # Only SEQUENCE moved on (so clients that saw the edit take the undo).
    assert _no_sequence(restored) == _no_sequence(export_before)

    services.series.restore(edit.after)
    assert everything(services) == changed


def test_undo_of_a_cancel_and_of_a_creation(services: Services, world: World) -> None:
    ids = make_series(services, world)
    original = everything(services)
    cancel = services.series.cancel(ids[0], Scope.ALL, row(services, ids[0]).version).value
    services.series.restore(cancel.before)
    assert everything(services) == original

    created = services.series.create(
        SeriesSpec(world.partnership, "Another", at(TUESDAYS[0], 16), "FREQ=DAILY;COUNT=3")
    ).value
    with_new = everything(services)
    assert len(created.created) == 3
    services.series.restore(created.before)  # undo: gone
    assert everything(services) == original
    services.series.restore(created.after)  # redo: back, with the same UIDs
    assert everything(services) == with_new


def test_shift_moves_weekday_rules(services: Services, world: World) -> None:
    ids = make_series(services, world)
    first = row(services, ids[0])
    services.series.edit(first.id, Scope.ALL, SeriesChanges(shift_days=2), first.version)
    series = services.series.get(first.series_id)
    assert series.rule == "FREQ=WEEKLY;BYDAY=TH;COUNT=8"
    assert [o.start for o in series.occurrences] == [
        at(d + dt.timedelta(days=2), 10) for d in TUESDAYS
    ]
    assert [o.followup_id for o in series.occurrences] == ids


def _no_sequence(text: str) -> str:
    return "\n".join(
        line
        for line in text.splitlines()
        if not line.startswith(("SEQUENCE:", "LAST-MODIFIED:", "DTSTAMP:"))
    )
