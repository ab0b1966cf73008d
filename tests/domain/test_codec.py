"""The row codec: every field type the Overview rows hold goes to JSON values and back
unchanged; data that does not fit is refused, never half-read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from jumelage.domain import codec
from jumelage.domain.rows import MissionRow, OverviewState
from jumelage.services import Services
from tests.conftest import FIXED_NOW


def test_the_demo_overview_round_trips(demo: Services) -> None:
    state = demo.overview.state()
    assert any(r.next_mission for r in state.rows)
    assert any(r.next_followup for r in state.rows)
    assert any(r.overdue_actions for r in state.rows)
    text = json.dumps(codec.encode(state))
    back = codec.decode(OverviewState, json.loads(text))
    assert back == state
    # Zones survive: the follow-up's datetime keeps its offset (same instant, same wall time).
    for mine, theirs in zip(back.rows, state.rows, strict=True):
        if theirs.next_followup is not None:
            assert mine.next_followup is not None
            assert mine.next_followup.start.utcoffset() == theirs.next_followup.start.utcoffset()


def test_decimals_enums_tuples_and_none(demo: Services) -> None:
    mission = next(r.next_mission for r in demo.overview.state().rows if r.next_mission)
    assert mission is not None
    rich = dataclasses.replace(
        mission, sdgs=(4, 11, 17), budget_planned_eur=Decimal("1234.50"), budget_actual_eur=None
    )
    data = codec.encode(rich)
    assert data["budget_planned_eur"] == "1234.50"
    assert data["sdgs"] == [4, 11, 17]
    assert codec.decode(MissionRow, data) == rich


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: d.pop("title"), "a missing field"),
        (lambda d: d.update(extra=1), "an unknown field"),
        (lambda d: d.update(id="7"), "a string for an int"),
        (lambda d: d.update(shared=1), "an int for a bool"),
        (lambda d: d.update(status="postponed-forever"), "an unknown enum value"),
        (lambda d: d.update(start_date="2026-02-30"), "an impossible date"),
        (lambda d: d.update(created_at="2026-03-20T11:00:00"), "a naive datetime"),
        (lambda d: d.update(sdgs=4), "a number for a tuple"),
        (lambda d: d.update(budget_planned_eur="lots"), "not a decimal"),
    ],
)
def test_data_that_does_not_fit_is_refused(demo: Services, change: object, why: str) -> None:
    mission = next(r.next_mission for r in demo.overview.state().rows if r.next_mission)
    data = codec.encode(mission)
    change(data)  # type: ignore[operator]
    with pytest.raises(codec.CodecError):
        codec.decode(MissionRow, data)


def test_naive_datetimes_are_not_written() -> None:
    state = OverviewState(rows=(), as_of=FIXED_NOW.replace(tzinfo=None))
    with pytest.raises(codec.CodecError):
        codec.encode(state)
    assert codec.decode(OverviewState, codec.encode(OverviewState((), FIXED_NOW))) == (
        OverviewState((), FIXED_NOW)
    )
    assert codec.encode(dt.date(2026, 5, 1)) == "2026-05-01"
