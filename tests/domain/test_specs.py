"""jumelage.domain.specs: validation and normalisation of what callers hand to services."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest

from jumelage.domain.enums import BudgetCategory, Currency, MissionStatus
from jumelage.domain.errors import (
    BudgetOwnerRequired,
    EndBeforeStart,
    InvalidChoice,
    InvalidColour,
    InvalidEmail,
    InvalidSdg,
    InvalidWorkingHours,
    MissingValue,
    NaiveDateTime,
    NegativeAmount,
    NonexistentLocalTime,
    SameTown,
    UnknownCountry,
    UnknownCurrency,
    UnknownTimeZone,
    ValidationError,
)
from jumelage.domain.rows import DayOff
from jumelage.domain.specs import (
    AgendaItemSpec,
    BudgetLineSpec,
    FollowUpSpec,
    FundingSourceSpec,
    LegSpec,
    MissionSpec,
    PartnershipSpec,
    PersonSpec,
    SeriesSpec,
    TownSpec,
)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
DAKAR = zoneinfo.ZoneInfo("Africa/Dakar")


def mission(**changes: object) -> MissionSpec:
    values: dict[str, object] = {
        "partnership_id": 1,
        "title": "Training",
        "destination_town_id": 2,
        "start_date": dt.date(2026, 4, 27),
        "end_date": dt.date(2026, 5, 6),
    }
    values.update(changes)
    return MissionSpec(**values)  # type: ignore[arg-type]


# --- towns -----------------------------------------------------------------------------------


def test_town_weekend_defaults_from_the_country() -> None:
    town = TownSpec("Village near Nablus", "ps", "Asia/Hebron").validated()
    assert town.country == "PS"
    assert town.weekend == frozenset({4, 5})
    assert TownSpec("Anderlecht", "BE", "Europe/Brussels").validated().weekend == frozenset({5, 6})


def test_town_explicit_weekend_wins() -> None:
    town = TownSpec("Somewhere", "PS", "Asia/Hebron", weekend=frozenset({6})).validated()
    assert town.weekend == frozenset({6})


def test_town_days_off_are_sorted_and_named() -> None:
    town = TownSpec(
        "Anderlecht",
        "BE",
        "Europe/Brussels",
        days_off=(DayOff(dt.date(2027, 5, 8), " Iris Day "), DayOff(dt.date(2026, 5, 8), "Iris")),
    ).validated()
    assert town.days_off == (
        DayOff(dt.date(2026, 5, 8), "Iris"),
        DayOff(dt.date(2027, 5, 8), "Iris Day"),
    )
    with pytest.raises(MissingValue):
        TownSpec(
            "A", "BE", "Europe/Brussels", days_off=(DayOff(dt.date(2026, 5, 8), " "),)
        ).validated()


def test_town_unknown_country() -> None:
    with pytest.raises(UnknownCountry) as caught:
        TownSpec("Nowhere", "XX", "Europe/Brussels").validated()
    assert caught.value.field == "country"


def test_town_unknown_zone() -> None:
    with pytest.raises(UnknownTimeZone):
        TownSpec("Olympus", "BE", "Mars/Olympus").validated()


def test_town_working_hours_end_before_start() -> None:
    with pytest.raises(InvalidWorkingHours):
        TownSpec(
            "A", "BE", "Europe/Brussels", work_start=dt.time(17), work_end=dt.time(9)
        ).validated()


def test_town_weekend_day_out_of_range() -> None:
    with pytest.raises(ValidationError) as caught:
        TownSpec("A", "BE", "Europe/Brussels", weekend=frozenset({7})).validated()
    assert caught.value.field == "weekend"


def test_town_name_is_required() -> None:
    with pytest.raises(MissingValue):
        TownSpec("  ", "BE", "Europe/Brussels").validated()


# --- partnerships, people, funding -------------------------------------------------------


def test_partnership_with_itself_is_refused() -> None:
    with pytest.raises(SameTown):
        PartnershipSpec(3, 3).validated()


def test_partnership_bad_colour() -> None:
    with pytest.raises(InvalidColour):
        PartnershipSpec(1, 2, colour="green").validated()


def test_partnership_bad_status() -> None:
    with pytest.raises(InvalidChoice):
        PartnershipSpec(1, 2, status="sleeping").validated()  # type: ignore[arg-type]


def test_person_bad_email() -> None:
    with pytest.raises(InvalidEmail) as caught:
        PersonSpec("Aminata Diatta", email="aminata at example.sn").validated()
    assert caught.value.field == "email"


def test_person_languages_are_normalised() -> None:
    person = PersonSpec("Aminata Diatta", languages=(" FR", "wo", "fr", "")).validated()
    assert person.languages == ("fr", "wo")


def test_funding_unknown_currency() -> None:
    with pytest.raises(UnknownCurrency) as caught:
        FundingSourceSpec("Grant", Decimal(100), "USD").validated()
    assert caught.value.code == "USD"


def test_funding_negative_amount() -> None:
    with pytest.raises(NegativeAmount):
        FundingSourceSpec("Grant", Decimal(-100)).validated()


def test_funding_period_end_before_start() -> None:
    with pytest.raises(EndBeforeStart):
        FundingSourceSpec(
            "Grant",
            Decimal(100),
            period_start=dt.date(2026, 1, 1),
            period_end=dt.date(2025, 12, 31),
        ).validated()


# --- missions ------------------------------------------------------------------------------


def test_mission_end_before_start() -> None:
    with pytest.raises(EndBeforeStart) as caught:
        mission(end_date=dt.date(2026, 4, 26)).validated()
    assert caught.value.field == "dates"
    assert caught.value.start == dt.date(2026, 4, 27)
    assert caught.value.end == dt.date(2026, 4, 26)


def test_mission_sdg_18_is_refused() -> None:
    with pytest.raises(InvalidSdg) as caught:
        mission(sdgs=(17, 18)).validated()
    assert caught.value.goal == 18


def test_mission_sdgs_sorted_and_unique() -> None:
    assert mission(sdgs=(17, 1, 17, 5)).validated().sdgs == (1, 5, 17)


def test_mission_status_from_text() -> None:
    assert mission(status="planned").validated().status is MissionStatus.PLANNED


def test_mission_title_required() -> None:
    with pytest.raises(MissingValue):
        mission(title=" ").validated()


# --- legs, agenda, follow-ups ----------------------------------------------------------------


def test_leg_arrival_is_compared_as_an_instant() -> None:
    # 11:05 in Brussels in June is 09:05Z. 09:00 in Dakar (09:00Z) is before it; 10:00 in
    # Dakar (10:00Z) is after it, although 10:00 is earlier than 11:05 on the clocks.
    depart = dt.datetime(2026, 6, 11, 11, 5, tzinfo=BRUSSELS)
    with pytest.raises(EndBeforeStart):
        LegSpec("BRU", "DSS", depart, dt.datetime(2026, 6, 11, 9, 0, tzinfo=DAKAR)).validated()
    leg = LegSpec("BRU", "DSS", depart, dt.datetime(2026, 6, 11, 10, 0, tzinfo=DAKAR)).validated()
    assert leg.arrive.tzinfo is DAKAR


def test_leg_naive_times_are_refused() -> None:
    with pytest.raises(NaiveDateTime):
        LegSpec(
            "BRU",
            "DSS",
            dt.datetime(2026, 6, 11, 11, 5),
            dt.datetime(2026, 6, 11, 16, 20, tzinfo=DAKAR),
        ).validated()


def test_agenda_end_is_put_on_the_start_clocks() -> None:
    start = dt.datetime(2026, 4, 29, 9, 0, tzinfo=DAKAR)
    end = dt.datetime(2026, 4, 29, 14, 0, tzinfo=BRUSSELS)  # 12:00Z, 12:00 in Dakar
    item = AgendaItemSpec("Training", start, end).validated()
    assert item.end.tzinfo == DAKAR
    assert item.end.replace(tzinfo=None) == dt.datetime(2026, 4, 29, 12, 0)


def test_agenda_fixed_offset_is_refused() -> None:
    fixed = dt.timezone(dt.timedelta(hours=1))
    with pytest.raises(UnknownTimeZone):
        AgendaItemSpec(
            "Training",
            dt.datetime(2026, 4, 29, 9, tzinfo=fixed),
            dt.datetime(2026, 4, 29, 10, tzinfo=fixed),
        ).validated()


def test_followup_skipped_wall_time_is_refused() -> None:
    with pytest.raises(NonexistentLocalTime):
        FollowUpSpec(1, "Call", dt.datetime(2026, 3, 29, 2, 30, tzinfo=BRUSSELS)).validated()


def test_followup_duration_and_minutes_lost() -> None:
    start = dt.datetime(2026, 4, 7, 10, tzinfo=BRUSSELS)
    with pytest.raises(ValidationError) as caught:
        FollowUpSpec(1, "Call", start, duration_min=0).validated()
    assert caught.value.field == "duration"
    with pytest.raises(ValidationError) as lost:
        FollowUpSpec(1, "Call", start, duration_min=30, minutes_lost=31).validated()
    assert lost.value.field == "minutes_lost"


def test_series_rule_is_checked() -> None:
    start = dt.datetime(2026, 1, 6, 10, tzinfo=BRUSSELS)
    with pytest.raises(ValidationError):
        SeriesSpec(1, "Monthly", start, "FREQ=SECONDLY").validated()
    SeriesSpec(1, "Monthly", start, "FREQ=MONTHLY;BYDAY=1TU;COUNT=6").validated()


# --- budget ----------------------------------------------------------------------------------


def test_budget_line_needs_exactly_one_owner() -> None:
    with pytest.raises(BudgetOwnerRequired):
        BudgetLineSpec(BudgetCategory.TRAVEL, Decimal(1)).validated()
    with pytest.raises(BudgetOwnerRequired):
        BudgetLineSpec(
            BudgetCategory.TRAVEL, Decimal(1), mission_id=1, partnership_id=1
        ).validated()


def test_budget_line_amounts_and_currency() -> None:
    line = BudgetLineSpec(
        BudgetCategory.TRAINING, Decimal(1200000), Decimal("0.005"), "xof", mission_id=1
    ).validated()
    assert line.currency is Currency.XOF
    assert str(line.planned) == "1200000.00"
    assert str(line.actual) == "0.00"
