"""Budget lines of missions and partnerships, and their totals in euros.

:class:`BudgetOperations` is the budget half of
:class:`~jumelage.services.missions.MissionService` (kept apart to keep both files short).
Amounts are converted line by line, each rounded to the cent, with the rates read once per
service call (:func:`jumelage.services.rates.load_rates`).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jumelage.domain import money
from jumelage.domain.enums import Currency
from jumelage.domain.errors import NotFound
from jumelage.domain.rows import BudgetLineRow, BudgetSummary, SourceTotals
from jumelage.domain.specs import BudgetLineSpec
from jumelage.persistence import models as m
from jumelage.services import convert
from jumelage.services.base import Service, apply, check_version, fetch
from jumelage.services.changes import Changes, Entity, Outcome
from jumelage.services.rates import load_rates

CHANGED = Changes.of(Entity.MISSION, Entity.FUNDING)


def budget_in_eur(
    lines: Iterable[tuple[Decimal, Decimal, Currency]],
    rates: Mapping[Currency, Decimal],
) -> tuple[Decimal | None, Decimal | None]:
    """Planned and actual totals in euros; ``None`` when some line's currency has no rate.

    ``rates`` maps a currency to its units per euro (the fixed EUR and XOF rates apply even
    when it leaves them out)."""
    planned, actual = Decimal(0), Decimal(0)
    for line_planned, line_actual, currency in lines:
        p = money.to_eur(line_planned, currency, rates)
        a = money.to_eur(line_actual, currency, rates)
        if p is None or a is None:
            return None, None
        planned += p
        actual += a
    return planned, actual


def summarise(
    mission_id: int, lines: Iterable[m.BudgetLine], rates: Mapping[Currency, Decimal]
) -> BudgetSummary:
    """Per funding source (by name, the lines without a source last) and overall, in euros;
    lines whose currency has no rate are counted nowhere and reported in ``missing_rates``."""
    sums: dict[int | None, tuple[str | None, Decimal, Decimal]] = {}
    missing: set[Currency] = set()
    for line in lines:
        source = line.funding_source
        name, planned, actual = sums.get(
            line.funding_source_id, (source.name if source else None, Decimal(0), Decimal(0))
        )
        p = money.to_eur(line.planned, line.currency, rates)
        a = money.to_eur(line.actual, line.currency, rates)
        if p is None or a is None:
            missing.add(line.currency)
            p = a = Decimal(0)
        sums[line.funding_source_id] = (name, planned + p, actual + a)
    sources = sorted(
        (
            SourceTotals(source_id, name, planned, actual)
            for source_id, (name, planned, actual) in sums.items()
        ),
        key=lambda t: (t.funding_source is None, t.funding_source or "", t.funding_source_id or 0),
    )
    return BudgetSummary(
        mission_id=mission_id,
        sources=tuple(sources),
        planned_eur=sum((t.planned_eur for t in sources), Decimal(0)),
        actual_eur=sum((t.actual_eur for t in sources), Decimal(0)),
        missing_rates=tuple(c for c in Currency if c in missing),
    )


class BudgetOperations(Service):
    """Budget lines and totals (mixed into :class:`MissionService`)."""

    def add_budget_line(self, spec: BudgetLineSpec) -> Outcome[BudgetLineRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            line = m.BudgetLine()
            self._fill_budget(s, line, spec)
            s.add(line)
            s.flush()
            return Outcome(convert.budget_row(line), CHANGED)

    def update_budget_line(
        self, line_id: int, expected_version: int, spec: BudgetLineSpec
    ) -> Outcome[BudgetLineRow]:
        spec = spec.validated()
        with self.db.transaction(self.clock) as s:
            line = fetch(s, m.BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            self._fill_budget(s, line, spec)
            s.flush()
            return Outcome(convert.budget_row(line), CHANGED)

    def remove_budget_line(
        self, line_id: int, expected_version: int | None = None
    ) -> Outcome[None]:
        with self.db.transaction(self.clock) as s:
            line = fetch(s, m.BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            s.delete(line)
            return Outcome(None, CHANGED)

    def partnership_budget(self, partnership_id: int) -> builtins.list[BudgetLineRow]:
        with self.db.read() as s:
            lines = s.scalars(
                select(m.BudgetLine)
                .where(m.BudgetLine.partnership_id == partnership_id)
                .order_by(m.BudgetLine.id)
            )
            return [convert.budget_row(b) for b in lines]

    def budget_summary(self, mission_id: int) -> BudgetSummary:
        """The mission's planned and actual spending in euros per funding source (for the
        planned-vs-actual bars), with the currencies that still lack a rate."""
        with self.db.read() as s:
            fetch(s, m.Mission, mission_id, "mission")
            lines = s.scalars(
                select(m.BudgetLine)
                .where(m.BudgetLine.mission_id == mission_id)
                .order_by(m.BudgetLine.id)
            ).all()
            return summarise(mission_id, lines, load_rates(s))

    @staticmethod
    def _fill_budget(s: Session, line: m.BudgetLine, spec: BudgetLineSpec) -> None:
        if spec.mission_id is not None:
            fetch(s, m.Mission, spec.mission_id, "mission")
        if spec.partnership_id is not None:
            fetch(s, m.Partnership, spec.partnership_id, "partnership")
        source = None
        if spec.funding_source_id is not None:
            source = s.get(m.FundingSource, spec.funding_source_id)
            if source is None:
                raise NotFound(kind="funding source", key=spec.funding_source_id)
        apply(
            line,
            {
                "mission_id": spec.mission_id,
                "partnership_id": spec.partnership_id,
                "category": spec.category,
                "funding_source_id": spec.funding_source_id,
                "planned": spec.planned,
                "actual": spec.actual,
                "currency": spec.currency,
                "note": spec.note,
            },
        )
        line.funding_source = source
