"""Exchange rates: the units of MAD, GBP and ILS one euro buys, as the team enters them.

EUR and the CFA franc's peg (655.957 XOF per EUR) are fixed in :mod:`jumelage.domain.money`:
they are listed but cannot be edited. Budget totals in euros read the rates once per service
call (:func:`load_rates`).
"""

from __future__ import annotations

import builtins
import datetime as dt
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from jumelage.domain import money
from jumelage.domain.enums import Currency
from jumelage.domain.errors import InvalidChoice, InvalidNumber, NegativeAmount, ValidationError
from jumelage.domain.rows import RateRow
from jumelage.persistence import models as m
from jumelage.services.base import Service
from jumelage.services.changes import Changes, Entity, Outcome

#: The date shown for the fixed rates: the euro's birth, when the CFA franc's peg moved to it.
FIXED_AS_OF = dt.date(1999, 1, 1)
#: Currencies whose rate the team enters.
FLOATING = tuple(c for c in Currency if c not in money.FIXED_RATES)
#: Rates keep at most this many decimal places (655.957 needs three; 0.8523 four).
RATE_PLACES = Decimal("0.000001")
RATE_LIMIT = Decimal(10) ** 9

CHANGED = Changes.of(Entity.RATE, Entity.MISSION)


def load_rates(session: Session) -> dict[Currency, Decimal]:
    """Units per euro for every currency that has a rate: the fixed ones and those entered."""
    rates = dict(money.FIXED_RATES)
    for rate in session.scalars(select(m.ExchangeRate)):
        rates[rate.currency] = rate.per_eur
    return rates


def floating_currency(value: Currency | str) -> Currency:
    """The currency ``value`` names, refused (:class:`InvalidChoice`) when its rate is fixed."""
    cur = money.currency(str(value))
    if cur in money.FIXED_RATES:
        raise InvalidChoice(
            field="currency", value=cur.value, choices=tuple(c.value for c in FLOATING)
        )
    return cur


def rate_value(value: Decimal | int | float | str, field: str = "per_eur") -> Decimal:
    """A positive rate with at most six decimal places (a float, as a spin box gives it, is
    read through its shortest text: 10.8, not 10.800000000000000710...)."""
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        raise InvalidNumber(field=field, value=str(value)) from None
    if not number.is_finite():
        raise InvalidNumber(field=field, value=str(value))
    if number < 0:
        raise NegativeAmount(field=field, amount=number)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        number = number.quantize(RATE_PLACES)
    if number == 0 or number >= RATE_LIMIT:
        raise ValidationError(field=field)
    return number


def _row(rate: m.ExchangeRate) -> RateRow:
    return RateRow(rate.currency, rate.per_eur, rate.as_of, fixed=False, version=rate.version)


class RateService(Service):
    def list(self) -> builtins.list[RateRow]:
        """The fixed rates (EUR, XOF) first, then the entered ones in currency order."""
        fixed = [
            RateRow(cur, per_eur, FIXED_AS_OF, fixed=True, version=0)
            for cur, per_eur in money.FIXED_RATES.items()
        ]
        with self.db.read() as s:
            stored = {r.currency: r for r in s.scalars(select(m.ExchangeRate))}
            return fixed + [_row(stored[cur]) for cur in FLOATING if cur in stored]

    def set(
        self, currency: Currency | str, per_eur: Decimal | int | float | str, as_of: dt.date
    ) -> Outcome[RateRow]:
        """Enter (or replace) the rate of a floating currency: ``per_eur`` units buy one
        euro, as of ``as_of``. EUR and XOF are refused; the rate must be positive."""
        cur = floating_currency(currency)
        value = rate_value(per_eur)
        if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
            raise ValidationError(field="as_of")
        with self.db.transaction(self.clock) as s:
            now = self.clock()
            rate = s.get(m.ExchangeRate, cur)
            if rate is None:
                rate = m.ExchangeRate(currency=cur, created_at=now)
                s.add(rate)
            elif rate.per_eur == value and rate.as_of == as_of:
                return Outcome(_row(rate), Changes())
            rate.per_eur = value
            rate.as_of = as_of
            rate.updated_at = now
            s.flush()
            return Outcome(_row(rate), CHANGED)
