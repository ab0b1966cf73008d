"""Amounts and currencies.

Amounts are :class:`~decimal.Decimal` with two places (XOF has none in practice, but budgets
mix currencies and round at the end). The CFA franc is pegged to the euro at 655.957 XOF per
EUR; the other currencies float, so their rates are data that the team enters.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from jumelage.domain.enums import Currency
from jumelage.domain.errors import InvalidNumber, NegativeAmount, UnknownCurrency

XOF_PER_EUR = Decimal("655.957")
FIXED_RATES: dict[Currency, Decimal] = {Currency.EUR: Decimal(1), Currency.XOF: XOF_PER_EUR}
CENT = Decimal("0.01")


def currency(code: str, field: str = "currency") -> Currency:
    try:
        return Currency((code or "").strip().upper())
    except ValueError:
        raise UnknownCurrency(field=field, code=code) from None


def amount(value: Decimal | int | str, field: str = "amount") -> Decimal:
    """A non-negative amount rounded to cents."""
    try:
        number = Decimal(value).quantize(CENT, rounding=ROUND_HALF_EVEN)
    except (InvalidOperation, ValueError, TypeError):
        raise InvalidNumber(field=field, value=str(value)) from None
    if not number.is_finite():
        raise InvalidNumber(field=field, value=str(value))
    if number < 0:
        raise NegativeAmount(field=field, amount=number)
    return number


def to_eur(
    value: Decimal, cur: Currency, rates: Mapping[Currency, Decimal] | None = None
) -> Decimal | None:
    """``value`` converted to euros, or ``None`` when no rate is known for ``cur``.

    ``rates`` maps a currency to its units per euro and adds to the fixed XOF peg.
    """
    per_eur = FIXED_RATES.get(cur) or (rates or {}).get(cur)
    if per_eur is None or per_eur <= 0:
        return None
    return (value / per_eur).quantize(CENT, rounding=ROUND_HALF_EVEN)
