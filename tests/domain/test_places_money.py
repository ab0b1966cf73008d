"""jumelage.domain.places (countries, weekends, working hours) and jumelage.domain.money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jumelage.domain import money, places
from jumelage.domain.enums import Currency
from jumelage.domain.errors import (
    InvalidNumber,
    InvalidWorkingHours,
    NegativeAmount,
    UnknownCountry,
    UnknownCurrency,
)

# --- places --------------------------------------------------------------------------------


def test_palestine_rests_on_friday_and_saturday() -> None:
    assert places.default_weekend("PS") == frozenset({4, 5})
    assert places.default_weekend("ps") == frozenset({4, 5})


def test_belgium_senegal_morocco_and_britain_rest_on_saturday_and_sunday() -> None:
    for country in ("BE", "SN", "MA", "GB"):
        assert places.default_weekend(country) == frozenset({5, 6}), country


def test_iran_rests_on_friday_only() -> None:
    assert places.default_weekend("IR") == frozenset({4})


def test_normalise_country() -> None:
    assert places.normalise_country(" be ") == "BE"
    assert places.normalise_country("xk") == "XK"
    assert len(places.COUNTRY_CODES) == 250


@pytest.mark.parametrize("code", ["XX", "", "BEL", "UK", "EU", "B"])
def test_unknown_country(code: str) -> None:
    with pytest.raises(UnknownCountry) as caught:
        places.normalise_country(code)
    assert caught.value.code == code


def test_working_hours_must_start_before_they_end() -> None:
    places.check_working_hours(dt.time(8), dt.time(16))
    with pytest.raises(InvalidWorkingHours):
        places.check_working_hours(dt.time(16), dt.time(8))
    with pytest.raises(InvalidWorkingHours):
        places.check_working_hours(dt.time(9), dt.time(9))


def test_weekday_storage_form_round_trips() -> None:
    assert places.format_weekdays({5, 4}) == "4,5"
    assert places.parse_weekdays("4,5") == frozenset({4, 5})
    assert places.parse_weekdays("") == frozenset()


# --- money ---------------------------------------------------------------------------------


def test_xof_is_pegged_at_655_957_per_euro() -> None:
    peg = money.XOF_PER_EUR
    assert peg == Decimal("655.957")
    assert money.to_eur(Decimal(655957), Currency.XOF) == Decimal("1000.00")
    assert money.to_eur(Decimal(1000000), Currency.XOF) == Decimal("1524.49")


def test_euro_converts_to_itself() -> None:
    assert money.to_eur(Decimal("123.45"), Currency.EUR) == Decimal("123.45")


def test_floating_currencies_need_a_rate() -> None:
    assert money.to_eur(Decimal(108), Currency.MAD) is None
    assert money.to_eur(Decimal(108), Currency.MAD, {Currency.MAD: Decimal("10.8")}) == Decimal(
        "10.00"
    )
    assert money.to_eur(Decimal(108), Currency.MAD, {Currency.MAD: Decimal(0)}) is None


def test_amount_rounds_to_cents_exactly() -> None:
    assert str(money.amount("655957")) == "655957.00"
    assert str(money.amount(Decimal("0.125"))) == "0.12"  # banker's rounding
    assert str(money.amount("0.135")) == "0.14"
    assert str(money.amount(7)) == "7.00"


@pytest.mark.parametrize("value", ["-1", Decimal("-0.01"), -5])
def test_negative_amounts_are_refused(value: object) -> None:
    with pytest.raises(NegativeAmount):
        money.amount(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["abc", "", "1,50", "NaN", "Infinity", "1e", None])
def test_junk_amounts_are_refused(value: object) -> None:
    with pytest.raises(InvalidNumber):
        money.amount(value)  # type: ignore[arg-type]


def test_currency_codes() -> None:
    assert money.currency(" xof ") is Currency.XOF
    for code in ("USD", "", "€", "EURO"):
        with pytest.raises(UnknownCurrency):
            money.currency(code)
