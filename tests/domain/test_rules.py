"""jumelage.domain.rules: the mission workflow, text and format checks, agenda warnings."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from jumelage.domain import rules
from jumelage.domain.enums import MissionStatus as S
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

DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")

# --- mission workflow ----------------------------------------------------------------------


def test_idea_to_planned_is_allowed() -> None:
    rules.check_transition(S.IDEA, S.PLANNED)


def test_idea_to_confirmed_is_refused_with_the_allowed_list() -> None:
    with pytest.raises(InvalidStatusTransition) as caught:
        rules.check_transition(S.IDEA, S.CONFIRMED)
    error = caught.value
    assert error.field == "status"
    assert error.current == "idea"
    assert error.requested == "confirmed"
    assert error.allowed == ("planned", "cancelled")


def test_completed_is_final() -> None:
    assert rules.allowed_transitions(S.COMPLETED) == ()
    for target in (S.IDEA, S.PLANNED, S.APPROVED, S.CONFIRMED, S.CANCELLED):
        with pytest.raises(InvalidStatusTransition) as caught:
            rules.check_transition(S.COMPLETED, target)
        assert caught.value.allowed == ()


def test_each_refused_step_says_why() -> None:
    refusal, reason = rules.transition_refusal, rules.Refusal
    assert refusal(S.IDEA, S.PLANNED) is None
    assert refusal(S.IDEA, S.IDEA) is None
    assert refusal(S.PLANNED, S.CANCELLED) is None
    assert refusal(S.IDEA, S.CONFIRMED) == rules.TransitionRefusal(reason.SKIPS_A_STEP, S.APPROVED)
    assert refusal(S.PLANNED, S.COMPLETED) == rules.TransitionRefusal(
        reason.SKIPS_A_STEP, S.CONFIRMED
    )
    assert refusal(S.CONFIRMED, S.IDEA) == rules.TransitionRefusal(reason.ONE_STEP_BACK, S.APPROVED)
    assert refusal(S.COMPLETED, S.CANCELLED) == rules.TransitionRefusal(reason.FINAL)
    assert refusal(S.CANCELLED, S.APPROVED) == rules.TransitionRefusal(reason.REVIVE_EARLY)
    # Exactly the steps check_transition refuses.
    for current in S:
        for requested in S:
            allowed = requested == current or requested in rules.allowed_transitions(current)
            assert (refusal(current, requested) is None) == allowed


def test_cancelled_can_be_revived_as_an_idea_or_a_plan() -> None:
    rules.check_transition(S.CANCELLED, S.IDEA)
    rules.check_transition(S.CANCELLED, S.PLANNED)
    with pytest.raises(InvalidStatusTransition):
        rules.check_transition(S.CANCELLED, S.CONFIRMED)


def test_one_step_forward_or_back_or_cancel() -> None:
    assert rules.allowed_transitions(S.PLANNED) == (S.IDEA, S.APPROVED, S.CANCELLED)
    assert rules.allowed_transitions(S.APPROVED) == (S.PLANNED, S.CONFIRMED, S.CANCELLED)
    assert rules.allowed_transitions(S.CONFIRMED) == (S.APPROVED, S.COMPLETED, S.CANCELLED)


def test_staying_in_the_same_status_is_no_transition() -> None:
    for status in S:
        rules.check_transition(status, status)


# --- text and formats ------------------------------------------------------------------------


def test_text_is_stripped_and_limited() -> None:
    assert rules.text("  Marsassoum  ", "name") == "Marsassoum"
    assert rules.text(None, "name") == ""
    with pytest.raises(MissingValue) as caught:
        rules.text("   ", "name", required=True)
    assert caught.value.field == "name"
    with pytest.raises(TextTooLong) as too_long:
        rules.text("x" * 201, "name")
    assert too_long.value.limit == 200
    assert rules.text("x" * 200, "name") == "x" * 200


@pytest.mark.parametrize(
    "value", ["not-an-email", "a@b", "a b@example.org", "@example.org", "a@@example.org"]
)
def test_bad_email(value: str) -> None:
    with pytest.raises(InvalidEmail):
        rules.email(value)


def test_good_email_and_empty_email() -> None:
    assert rules.email(" a.diatta@example.sn ") == "a.diatta@example.sn"
    assert rules.email("") == ""


@pytest.mark.parametrize("value", ["blue", "#12345", "#1234567", "1f77b4", "#gggggg", ""])
def test_bad_colour(value: str) -> None:
    with pytest.raises(InvalidColour):
        rules.colour(value)


def test_colour_is_lower_cased() -> None:
    assert rules.colour("#2E7D32") == "#2e7d32"


def test_choice_lists_the_choices() -> None:
    with pytest.raises(InvalidChoice) as caught:
        rules.choice(S, "maybe", "status")
    assert caught.value.choices == (
        "idea",
        "planned",
        "approved",
        "confirmed",
        "completed",
        "cancelled",
    )


def test_date_range_and_interval() -> None:
    rules.date_range(dt.date(2026, 4, 27), dt.date(2026, 4, 27), "dates")
    with pytest.raises(EndBeforeStart):
        rules.date_range(dt.date(2026, 4, 27), dt.date(2026, 4, 26), "dates")
    start = dt.datetime(2026, 4, 27, 9, tzinfo=DAKAR)
    with pytest.raises(EndBeforeStart):
        rules.interval(start, start, "end")


# --- agenda warnings -------------------------------------------------------------------------


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 4, day, hour, minute, tzinfo=DAKAR)


def test_agenda_inside_the_mission_has_no_warning() -> None:
    items = [("Training", at(29, 9), at(29, 12)), ("Committee", at(29, 14), at(29, 16))]
    assert rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 5, 6), items) == []


def test_agenda_item_outside_the_mission_dates() -> None:
    items = [("Too early", at(26, 9), at(26, 10)), ("Inside", at(28, 9), at(28, 10))]
    warnings = rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 5, 6), items)
    assert warnings == [
        DomainWarning(
            "agenda_outside_mission", "Too early", "2026-04-26 not within 2026-04-27–2026-05-06"
        )
    ]


def test_agenda_item_ending_after_the_last_day() -> None:
    items = [("Late dinner", at(30, 22), dt.datetime(2026, 5, 1, 1, tzinfo=DAKAR))]
    warnings = rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 4, 30), items)
    assert [(w.code, w.subject) for w in warnings] == [("agenda_outside_mission", "Late dinner")]


def test_overlapping_agenda_items() -> None:
    items = [("Market visit", at(29, 10, 30), at(29, 12)), ("Training", at(29, 9), at(29, 11))]
    warnings = rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 5, 6), items)
    assert warnings == [DomainWarning("agenda_overlap", "Market visit", "Training")]


def test_touching_agenda_items_do_not_overlap() -> None:
    items = [("Training", at(29, 9), at(29, 11)), ("Market visit", at(29, 11), at(29, 12))]
    assert rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 5, 6), items) == []


def test_every_overlap_with_a_long_item_is_reported() -> None:
    items = [
        ("Workshop", at(29, 9), at(29, 17)),
        ("Coffee", at(29, 10), at(29, 10, 30)),
        ("Lunch", at(29, 12), at(29, 13)),
    ]
    warnings = rules.agenda_warnings(dt.date(2026, 4, 27), dt.date(2026, 5, 6), items)
    overlapping = {w.subject for w in warnings if w.code == "agenda_overlap"}
    assert overlapping == {"Coffee", "Lunch"}
