"""Exchange rates the team enters, and mission budgets in euros that use them.

Every expected amount is worked out by hand: an amount in a currency divided by its units per
euro, rounded to the cent line by line, then summed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import BudgetCategory, Currency
from jumelage.domain.errors import (
    InvalidChoice,
    InvalidNumber,
    NegativeAmount,
    NotFound,
    UnknownCurrency,
    ValidationError,
)
from jumelage.domain.rows import BudgetSummary, RateRow, SourceTotals
from jumelage.domain.specs import BudgetLineSpec, FundingSourceSpec
from jumelage.services import Services
from jumelage.services.changes import Entity

if TYPE_CHECKING:
    from tests.services.conftest import World

TODAY = dt.date(2026, 3, 20)
EPOCH = dt.date(1999, 1, 1)
FIXED = [
    RateRow(Currency.EUR, Decimal(1), EPOCH, fixed=True, version=0),
    RateRow(Currency.XOF, Decimal("655.957"), EPOCH, fixed=True, version=0),
]


def line(
    mission_id: int,
    planned: str,
    actual: str,
    currency: Currency,
    source: int | None = None,
    category: BudgetCategory = BudgetCategory.TRAVEL,
) -> BudgetLineSpec:
    return BudgetLineSpec(
        category,
        Decimal(planned),
        Decimal(actual),
        currency,
        funding_source_id=source,
        mission_id=mission_id,
    )


# --- the rates themselves ----------------------------------------------------------------------


def test_a_new_database_knows_only_the_fixed_rates(services: Services) -> None:
    assert services.rates.list() == FIXED


@pytest.mark.parametrize("code", ["XOF", "EUR", "xof", Currency.EUR])
def test_fixed_rates_cannot_be_edited(services: Services, code: str) -> None:
    with pytest.raises(InvalidChoice) as caught:
        services.rates.set(code, Decimal(656), TODAY)
    assert isinstance(caught.value, ValidationError)
    assert caught.value.field == "currency"
    assert caught.value.choices == ("MAD", "GBP", "ILS")
    assert services.rates.list() == FIXED


def test_set_a_rate_then_change_it(services: Services) -> None:
    outcome = services.rates.set("mad", Decimal("10.80"), TODAY)
    assert outcome.changes.touches(Entity.RATE)
    assert outcome.changes.touches(Entity.MISSION)  # budget totals move with the rate
    assert outcome.value == RateRow(Currency.MAD, Decimal("10.80"), TODAY, False, 1)
    services.rates.set(Currency.ILS, "4.05", TODAY)
    assert services.rates.list() == [
        *FIXED,
        RateRow(Currency.MAD, Decimal("10.80"), TODAY, False, 1),
        RateRow(Currency.ILS, Decimal("4.05"), TODAY, False, 1),
    ]
    later = TODAY + dt.timedelta(days=10)
    changed = services.rates.set(Currency.MAD, 12, later).value
    assert changed == RateRow(Currency.MAD, Decimal(12), later, False, 2)
    same = services.rates.set(Currency.MAD, Decimal("12.00"), later)
    assert (same.value.version, bool(same.changes)) == (2, False)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (Decimal(0), ValidationError),
        (Decimal("-10.8"), NegativeAmount),
        ("ten", InvalidNumber),
        (Decimal("NaN"), InvalidNumber),
        (Decimal("1e12"), ValidationError),
    ],
)
def test_a_rate_must_be_a_positive_number(
    services: Services, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        services.rates.set(Currency.GBP, value, TODAY)  # type: ignore[arg-type]
    assert services.rates.list() == FIXED


def test_rate_input_details(services: Services) -> None:
    assert services.rates.set(Currency.GBP, 0.85, TODAY).value.per_eur == Decimal("0.85")
    precise = services.rates.set(Currency.GBP, Decimal("0.852345678"), TODAY).value
    assert precise.per_eur == Decimal("0.852346")
    with pytest.raises(UnknownCurrency):
        services.rates.set("USD", Decimal(1), TODAY)
    with pytest.raises(ValidationError):
        services.rates.set(Currency.GBP, Decimal(1), dt.datetime(2026, 3, 20, tzinfo=dt.UTC))


# --- budgets in euros --------------------------------------------------------------------------


def test_mission_totals_follow_the_rates(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value.id
    services.missions.add_budget_line(line(mission, "1080", "540", Currency.MAD))
    services.missions.add_budget_line(line(mission, "50", "50", Currency.EUR))
    row = services.missions.get(mission).mission
    assert (row.budget_planned_eur, row.budget_actual_eur) == (None, None)  # no MAD rate yet

    services.rates.set(Currency.MAD, Decimal("10.80"), TODAY)
    # 1080 / 10.80 = 100.00 and 540 / 10.80 = 50.00, plus 50 EUR each.
    row = services.missions.get(mission).mission
    assert (row.budget_planned_eur, row.budget_actual_eur) == (Decimal("150.00"), Decimal("100.00"))
    [listed] = services.missions.list()
    assert (listed.budget_planned_eur, listed.budget_actual_eur) == (
        Decimal("150.00"),
        Decimal("100.00"),
    )

    services.rates.set(Currency.MAD, Decimal(12), TODAY)
    # 1080 / 12 = 90.00 and 540 / 12 = 45.00.
    row = services.missions.get(mission).mission
    assert (row.budget_planned_eur, row.budget_actual_eur) == (Decimal("140.00"), Decimal("95.00"))


def test_budget_summary_per_funding_source(services: Services, world: World) -> None:
    federal = services.funding.create(FundingSourceSpec("Federal programme", Decimal(1000))).value
    grant = services.funding.create(FundingSourceSpec("EU grant", Decimal(1000))).value
    mission = services.missions.create(world.mission_spec()).value.id
    for spec in [
        line(mission, "3300", "3100", Currency.EUR, federal.id),
        line(mission, "1200000", "655957", Currency.XOF, federal.id),
        line(mission, "405", "202.50", Currency.ILS, grant.id),
        line(mission, "120", "80", Currency.EUR, grant.id),
        line(mission, "25.50", "30", Currency.EUR),
    ]:
        services.missions.add_budget_line(spec)

    # No ILS rate: the ILS line counts nowhere and is reported.
    # Federal: 3300 + 1,200,000 / 655.957 (= 1829.39) planned, 3100 + 1000.00 actual.
    assert services.missions.budget_summary(mission) == BudgetSummary(
        mission_id=mission,
        sources=(
            SourceTotals(grant.id, "EU grant", Decimal("120.00"), Decimal("80.00")),
            SourceTotals(federal.id, "Federal programme", Decimal("5129.39"), Decimal("4100.00")),
            SourceTotals(None, None, Decimal("25.50"), Decimal("30.00")),
        ),
        planned_eur=Decimal("5274.89"),
        actual_eur=Decimal("4210.00"),
        missing_rates=(Currency.ILS,),
    )
    assert not services.missions.budget_summary(mission).complete

    # At 4.05 ILS per euro: 405 / 4.05 = 100.00 and 202.50 / 4.05 = 50.00.
    services.rates.set(Currency.ILS, Decimal("4.05"), TODAY)
    summary = services.missions.budget_summary(mission)
    assert summary.sources[0] == SourceTotals(
        grant.id, "EU grant", Decimal("220.00"), Decimal("130.00")
    )
    assert (summary.planned_eur, summary.actual_eur) == (Decimal("5374.89"), Decimal("4260.00"))
    assert summary.complete
    row = services.missions.get(mission).mission
    assert (row.budget_planned_eur, row.budget_actual_eur) == (
        summary.planned_eur,
        summary.actual_eur,
    )


def test_budget_summary_of_a_mission_without_lines(services: Services, world: World) -> None:
    mission = services.missions.create(world.mission_spec()).value
    assert services.missions.budget_summary(mission.id) == BudgetSummary(
        mission.id, (), Decimal(0), Decimal(0), ()
    )
    services.missions.delete(mission.id, mission.version)
    with pytest.raises(NotFound):
        services.missions.budget_summary(mission.id)


# --- the demo ----------------------------------------------------------------------------------


def test_the_demo_has_a_rate_for_every_currency(demo: Services) -> None:
    assert demo.rates.list() == [
        *FIXED,
        RateRow(Currency.MAD, Decimal("10.80"), TODAY, False, 1),
        RateRow(Currency.GBP, Decimal("0.85"), TODAY, False, 1),
        RateRow(Currency.ILS, Decimal("4.05"), TODAY, False, 1),
    ]


def test_demo_mission_totals_in_euros(demo: Services) -> None:
    totals = {x.title: (x.budget_planned_eur, x.budget_actual_eur) for x in demo.missions.list()}
    assert totals == {
        # 4200 + 1800 + 2500 + 590,000 XOF (899.45); 4385 + 1650 + 2730 + 575,000 XOF (876.58)
        "Local development office: field mission": (Decimal("9399.45"), Decimal("9641.58")),
        # 3300 + 6000 + 1,200,000 XOF (1829.39)
        "Local tax collection: training and IT tools": (Decimal("11129.39"), Decimal("0.00")),
        "Marsassoum delegation in Anderlecht": (Decimal(0), Decimal(0)),
        # 2500 EUR + 5400 MAD / 10.80 (500.00)
        "Exploratory mission to Zagora": (Decimal("3000.00"), Decimal("0.00")),
        # 680 GBP / 0.85 = 800.00; 697 GBP / 0.85 = 820.00
        "Twinning anniversary visit": (Decimal("800.00"), Decimal("820.00")),
    }


def test_demo_budget_summary_of_the_field_mission(demo: Services) -> None:
    [mission] = [x for x in demo.missions.list() if x.title.endswith("field mission")]
    eu = "EU grant – PLATFORMAwards communication"
    fed = "Federal municipal cooperation programme 2022–2026"
    funding = {f.name: f.id for f in demo.funding.list()}
    assert demo.missions.budget_summary(mission.id) == BudgetSummary(
        mission_id=mission.id,
        sources=(
            SourceTotals(funding[eu], eu, Decimal("2500.00"), Decimal("2730.00")),
            # 4200 + 1800 + 899.45; 4385 + 1650 + 876.58
            SourceTotals(funding[fed], fed, Decimal("6899.45"), Decimal("6911.58")),
        ),
        planned_eur=Decimal("9399.45"),
        actual_eur=Decimal("9641.58"),
    )
