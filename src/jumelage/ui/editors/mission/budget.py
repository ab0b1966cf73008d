"""The Budget tab: budget lines in their own currencies, and totals in euros.

The totals and the planned-vs-actual bars come from ``MissionService.budget_summary`` (XOF at
its fixed 655.957 per euro, the floating currencies at the rates the team entered). A line in a
currency without a rate is counted nowhere, and the tab says so. Every bar repeats its amounts
in words: the colours are never the only message.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QSizePolicy, QTableView, QWidget

from jumelage.domain.specs import BudgetLineSpec
from jumelage.ui import format as fmt
from jumelage.ui import labels, theme, undo
from jumelage.ui.editors.mission.common import RIGHT, ChildTab, plain_label
from jumelage.ui.editors.mission.dialogs import BudgetLineDialog
from jumelage.ui.models.rows import Column, RowTableModel

if TYPE_CHECKING:
    from jumelage.domain.rows import (
        BudgetLineRow,
        BudgetSummary,
        MissionDetail,
        PartnershipRow,
        SourceTotals,
    )
    from jumelage.ui.editors.base import EditorContext


def eur(amount: Decimal) -> str:
    return fmt.money(amount, "EUR")


def line_spec(row: BudgetLineRow) -> BudgetLineSpec:
    return BudgetLineSpec(
        category=row.category,
        planned=row.planned,
        actual=row.actual,
        currency=row.currency,
        funding_source_id=row.funding_source_id,
        mission_id=row.mission_id,
        partnership_id=row.partnership_id,
        note=row.note,
    )


def usage_text(planned: Decimal, actual: Decimal) -> str:
    """ "Planned €4,200.00 · spent €4,385.00 (104 %): over budget"."""
    if planned > 0:
        percent = int((actual * 100 / planned).to_integral_value())
        text = QCoreApplication.translate(
            "mission", "Planned {planned} · spent {actual} ({percent} %)"
        ).format(planned=eur(planned), actual=eur(actual), percent=percent)
    else:
        text = QCoreApplication.translate("mission", "Planned {planned} · spent {actual}").format(
            planned=eur(planned), actual=eur(actual)
        )
    if actual > planned:
        return QCoreApplication.translate("mission", "{usage}: over budget by {excess}").format(
            usage=text, excess=eur(actual - planned)
        )
    return text


class PlanBar(QWidget):
    """Two horizontal bars, planned above actual, on one scale; over budget in the warning
    colour. The numbers are in :attr:`text` (and the accessible name) as well."""

    def __init__(self, planned: Decimal, actual: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planned, self.actual = planned, actual
        self.text = usage_text(planned, actual)
        self.setAccessibleName(self.text)
        self.setToolTip(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 28)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        scale = max(self.planned, self.actual, Decimal(1))
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, half = float(self.width()), (self.height() - 4) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(QRectF(0, 0, width * float(self.planned / scale), half))
        over = self.actual > self.planned
        colour = theme.warning_colour() if over else palette.color(QPalette.ColorRole.Highlight)
        painter.setBrush(colour)
        painter.drawRect(QRectF(0, half + 4, width * float(self.actual / scale), half))
        painter.end()


class BudgetTab(ChildTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[BudgetLineRow] = RowTableModel(self._columns(), parent=self)
        self.make_table(QTableView(), self.tr("Budget lines"))
        assert self.table is not None
        self.table.setModel(self.model)
        self.add_button(self.tr("&Add Line…"), self.tr("Add a budget line"), self.add)
        self.add_button(self.tr("&Edit Line…"), self.tr("Edit the selected budget line"), self.edit)
        self.add_button(
            self.tr("&Remove Line"), self.tr("Remove the selected budget line"), self.remove
        )
        self.finish_buttons()
        self.totals = plain_label()
        self.missing_rates = plain_label()
        theme.set_warning(self.missing_rates)
        self.sources = QGroupBox(self.tr("Planned and spent per funding source, in euros"))
        self.bars = QGridLayout(self.sources)
        self.bars.setColumnStretch(0, 1)
        self.bars.setColumnStretch(1, 2)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.totals)
        self.layout_.addWidget(self.missing_rates)
        self.layout_.addWidget(self.sources)
        self.setFocusProxy(self.table)

    def _columns(self) -> list[Column[BudgetLineRow]]:
        return [
            Column(
                QCoreApplication.translate("mission", "Category"),
                lambda r: labels.budget_category(r.category),
            ),
            Column(
                QCoreApplication.translate("mission", "Funding source"),
                lambda r: r.funding_source or QCoreApplication.translate("mission", "None"),
            ),
            Column(
                QCoreApplication.translate("mission", "Planned"),
                lambda r: fmt.money(r.planned, r.currency),
                sort_key=lambda r: r.planned,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("mission", "Actual"),
                lambda r: fmt.money(r.actual, r.currency),
                sort_key=lambda r: r.actual,
                alignment=RIGHT,
            ),
            Column(QCoreApplication.translate("mission", "Currency"), lambda r: str(r.currency)),
            Column(
                QCoreApplication.translate("mission", "Note"),
                lambda r: r.note,
                tooltip=lambda r: r.note,
            ),
        ]

    def show_detail(self, detail: MissionDetail, partnership: PartnershipRow) -> None:
        super().show_detail(detail, partnership)
        first = self.model.total == 0
        self.model.set_rows(detail.budget)
        if first and detail.budget and self.table is not None:
            self.table.resizeColumnsToContents()
        summary = self._summary(detail.mission.id)
        self.show_summary(summary)

    def _summary(self, mission_id: int) -> BudgetSummary | None:
        summarise = getattr(self.services.missions, "budget_summary", None)
        if summarise is None:  # an older core: no totals rather than wrong ones
            return None
        result: BudgetSummary = summarise(mission_id)
        return result

    def show_summary(self, summary: BudgetSummary | None) -> None:
        while self.bars.count():
            item = self.bars.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if summary is None:
            self.totals.setText(self.tr("Total in euros: —"))
            self.missing_rates.hide()
            self.sources.hide()
            return
        self.totals.setText(
            self.tr("Total in euros: planned {planned}, spent {actual}.").format(
                planned=eur(summary.planned_eur), actual=eur(summary.actual_eur)
            )
        )
        if summary.missing_rates:
            self.missing_rates.setText(
                self.tr(
                    "⚠ No exchange rate for {currencies}: those lines are left out of the totals."
                ).format(currencies=", ".join(str(c) for c in summary.missing_rates))
            )
        self.missing_rates.setVisible(bool(summary.missing_rates))
        self.sources.setVisible(bool(summary.sources))
        for row, source in enumerate(summary.sources):
            self._add_bar(row, source)

    def _add_bar(self, row: int, source: SourceTotals) -> None:
        name = plain_label(source.funding_source or self.tr("No funding source"), wrap=True)
        bar = PlanBar(source.planned_eur, source.actual_eur)
        words = plain_label(bar.text)
        self.bars.addWidget(name, 2 * row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.bars.addWidget(bar, 2 * row, 1)
        self.bars.addWidget(words, 2 * row + 1, 1)

    def current(self) -> BudgetLineRow | None:
        assert self.table is not None
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- edits ---------------------------------------------------------------------------

    def add(self) -> None:
        if self.detail is None:
            return
        self.open_dialog(
            BudgetLineDialog(
                self.context,
                self.services.funding.list(),
                self._add,
                mission_id=self.mission_id,
                parent=self,
            )
        )

    def _add(self, spec: BudgetLineSpec) -> None:
        missions = self.services.missions
        undo.create(
            self.context.edits,
            self.tr("Add a budget line ({category})").format(
                category=labels.budget_category(spec.category)
            ),
            make=lambda: missions.add_budget_line(spec),
            unmake=lambda row: missions.remove_budget_line(row.id),
        )

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        self.open_dialog(
            BudgetLineDialog(
                self.context,
                self.services.funding.list(),
                lambda spec: self._update(row, spec),
                mission_id=self.mission_id,
                row=row,
                parent=self,
            )
        )

    def _update(self, row: BudgetLineRow, spec: BudgetLineSpec) -> None:
        missions, mission_id = self.services.missions, self.mission_id

        def current() -> int:
            return next(x.version for x in missions.get(mission_id).budget if x.id == row.id)

        undo.update(
            self.context.edits,
            self.tr("Edit a budget line ({category})").format(
                category=labels.budget_category(spec.category)
            ),
            missions.update_budget_line,
            row.id,
            row.version,
            line_spec(row),
            spec,
            current,
        )

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        missions, spec = self.services.missions, line_spec(row)
        # A budget line is deleted outright: undo adds it again (a new row) and redo removes
        # that new row, whose id the closure follows.
        # The first removal checks the version this editor showed; redo goes by the current row.
        state, loaded = {"id": row.id}, {"version": row.version}

        def delete() -> Any:
            return missions.remove_budget_line(state["id"], loaded.pop("version", None))

        def restore() -> Any:
            outcome = missions.add_budget_line(spec)
            state["id"] = outcome.value.id
            return outcome

        self.run(
            lambda: undo.remove(
                self.context.edits,
                self.tr("Remove a budget line ({category})").format(
                    category=labels.budget_category(row.category)
                ),
                delete,
                restore,
            )
        )
