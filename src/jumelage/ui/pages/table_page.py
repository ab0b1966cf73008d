"""A page that shows one kind of record as a sortable, filterable table."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jumelage.ui.models.rows import Column, RowTableModel

if TYPE_CHECKING:
    from jumelage.services import Services
    from jumelage.services.changes import Changes, Entity

R = TypeVar("R")
#: Rows measured to fit the columns (Qt's own default precision).
FIT_ROWS = 1000
MAX_FITTED_WIDTH = 230


def _paints_text(delegate: QAbstractItemDelegate) -> bool:
    """The delegate paints the model's text as a plain styled delegate would (it may still
    have its own editor)."""
    kind = type(delegate)
    return isinstance(delegate, QStyledItemDelegate) and all(
        getattr(kind, name) is getattr(QStyledItemDelegate, name)
        for name in ("paint", "sizeHint", "initStyleOption", "displayText")
    )


# This class's strings name their context ("TablePage") instead of using self.tr: that looks
# in a subclass's context first ("FollowUpsPage"), where the untranslated "%n item(s)" comes
# back with %n filled in ("14 item(s)"); different from its source, it looks translated and
# PySide6 stops there. lupdate reads a plural only from a tr() call: see ItemCount.


class ItemCount(QObject):
    """ "14 items", "14 éléments": the count of a table page, in its own context (no page
    derives from this class, so ``self.tr`` finds it at once)."""

    def text(self, total: int) -> str:
        return self.tr("%n item(s)", "", total)


def _text_width(metrics: QFontMetricsF, text: str) -> int:
    lines = text.split("\n") if "\n" in text else (text,)
    return math.ceil(max(metrics.horizontalAdvance(line) for line in lines))


class TablePage(QWidget, Generic[R]):
    """Title, filter box, count and table. ``load`` runs on a worker thread.

    ``R`` is the type of the rows the page shows and :attr:`activated` emits. The table model
    usually holds those rows; a page that keeps its rows column by column gives it their
    positions instead (``columns`` then read a position: the Actions page)."""

    activated = Signal(object)

    def __init__(
        self,
        title: str,
        columns: Sequence[Column[R]] | Sequence[Column[int]],
        load: Callable[[Services], list[R]],
        watches: Sequence[Entity],
        *,
        emphasis: Callable[[R], bool] | None = None,
        emphasis_colour: Any = None,
        stretch: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._watches = tuple(watches)
        self.model: RowTableModel[Any] = RowTableModel(
            columns, emphasis=emphasis, emphasis_colour=emphasis_colour, parent=self
        )

        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setAccessibleName(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("TablePage", "Filter (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(
            QCoreApplication.translate("TablePage", "Filter {title}").format(title=title)
        )
        self.filter.textChanged.connect(self._on_filter)
        # The searchable texts are made when the filter box gets the focus (a click, Ctrl+F,
        # Tab), before the first key: the first filter of 100,000 rows is then as quick as
        # the next ones (see RowTableModel.prepare_search).
        self.filter.installEventFilter(self)
        filter_label = QLabel(QCoreApplication.translate("TablePage", "&Filter:"))
        filter_label.setBuddy(self.filter)

        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._stretch = stretch
        self.table.activated.connect(self._on_activated)

        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.FocusIn:
            self.model.prepare_search()
        return super().eventFilter(watched, event)

    def watches(self, changes: Changes) -> bool:
        return changes.touches(*self._watches)

    def loader(self) -> Callable[[Services], list[R]]:
        return self._load

    def show_rows(self, rows: list[R]) -> None:
        self._show(rows)

    def _show(self, rows: Sequence[Any]) -> None:
        """Put ``rows`` in the table model (rows, or positions in the page's columns)."""
        first = self.model.total == 0
        self.model.set_rows(rows)
        if first and rows:
            # Fit the short columns to their contents once; the long text column (titles,
            # descriptions) takes the rest of the width and elides.
            self._fit_columns()
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        self._update_count()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text among the first rows (at most 230 px).

        What ``resizeColumnsToContents`` computes for text cells, measured here from the
        columns' texts: Qt asks the model for a dozen roles of every cell of 1,000 rows, which
        took 0.15 to 0.35 s on the large benchmark database (``benchmarks/tables.py``). A
        column whose delegate paints more than text is left to Qt."""
        table, header = self.table, self.table.horizontalHeader()
        rows = self.model.first_rows(FIT_ROWS)
        metrics = QFontMetricsF(table.font())
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        padding = 2 * (margin + 1) + (1 if table.showGrid() else 0)
        for column, spec in enumerate(self.model.columns):
            delegate = table.itemDelegateForColumn(column)
            if delegate is not None and not _paints_text(delegate):
                table.resizeColumnToContents(column)
                width = table.columnWidth(column)
            else:
                texts = {spec.display(row) for row in rows}
                widest = max((_text_width(metrics, text) for text in texts), default=0)
                width = max(widest + padding, header.sectionSizeHint(column))
            table.setColumnWidth(column, min(width, MAX_FITTED_WIDTH))

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(ItemCount().text(total))
        else:
            self.count.setText(
                QCoreApplication.translate("TablePage", "{shown} of {total}").format(
                    shown=shown, total=total
                )
            )

    def _on_activated(self, index: Any) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()))
