"""Missions and Actions pages on a large database: load, sort and filter, against plain Qt.

The database comes from ``benchmarks/generate.py`` at scale 1.0 (100,000 action items, 5,000
missions), generated into a temporary folder unless ``--db`` names one. The pages
(``missions_page`` and ``actions_page`` of ``records.py``, generic table pages over lists of
rows, and the app's own Actions page, ``ActionsPage``, which keeps its items column by column,
with every status shown) are shown in a ``QApplication`` and every operation is timed until
``app.processEvents()`` returns, so the repaint of the table is included. Each figure is the
median of several repetitions; the first sort of a column and the first filter (which compute
the keys and the searchable texts) are reported apart, as "first".

Operations, and the baseline measured in the same run:

- load, service: what the page loads (``Services.over(db).actions.list()``, on a worker thread
  in the app), against a plain ``sqlite3`` SELECT of the shown columns with the same joins and
  order;
- load, show rows: ``page.show_rows(rows)`` on a new page (which also fits the columns) and
  again on the same page (the refresh after an edit); this runs on the GUI thread. Baseline:
  the same rows turned into strings by the page's own columns, put in a
  ``QStandardItemModel`` and set on a bare ``QTableView``;
- sort: ``page.model.sort(column, order)`` (what a header click calls) on a text column and a
  date column, both orders, against ``QStandardItemModel.sort``;
- filter: ``page.filter.setText(...)`` (which calls ``page.model.set_filter`` and updates the
  count) with a common word, a word matching nothing, and clearing it, while the table is
  sorted by date, against a ``QSortFilterProxyModel`` with ``setFilterFixedString`` over the
  same ``QStandardItemModel`` (all columns, case-insensitive).

The baseline runs over C++ models, the best case for Qt. The targets are absolute: a sort or a
filter takes at most 100 ms. The exit status is 1 when a target is missed.

    QT_QPA_PLATFORM=offscreen python benchmarks/tables.py [--db FILE] [--repeat 5]
        [--load-repeat 3] [--profile]

``--profile`` also prints a cProfile of the loads and of every operation that missed its
target. From Python (``benchmarks/run.py``): ``measure(db, ...)`` returns the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from generate import ANCHOR, generate

TARGET_MS = 100.0
Action = Callable[[], object]

MISSIONS_SQL = """
SELECT p.name, m.title, t.name, m.start_date, m.end_date, m.status,
       (SELECT count(*) FROM mission_participants x WHERE x.mission_id = m.id), m.shared
FROM missions m
JOIN partnerships p ON p.id = m.partnership_id
JOIN towns t ON t.id = m.destination_town_id
WHERE m.deleted_at IS NULL
ORDER BY m.start_date, m.id
"""
ACTIONS_SQL = """
SELECT p.name, a.description, o.name, a.due_date, a.status
FROM action_items a
JOIN partnerships p ON p.id = a.partnership_id
LEFT JOIN people o ON o.id = a.owner_person_id
WHERE a.deleted_at IS NULL
ORDER BY a.due_date IS NULL, a.due_date, a.id
"""

#: Sorted QStandardItemModels are kept until the process ends: Qt 6 deletes the items of a
#: model that was sorted one by one in quadratic time (about 45 s for 500,000 items here).
_SORTED_MODELS: list[Any] = []


@dataclass
class Figure:
    page: str
    operation: str
    target_ms: float | None = None
    #: (put the page in the state before, run Jumelage's operation): for --profile.
    replay: tuple[Action, Action] | None = None
    ours: list[float] = field(default_factory=list)
    base: list[float] = field(default_factory=list)

    @property
    def ours_ms(self) -> float:
        return statistics.median(self.ours) * 1000

    @property
    def base_ms(self) -> float:
        return statistics.median(self.base) * 1000

    @property
    def missed(self) -> bool:
        return self.target_ms is not None and self.ours_ms > self.target_ms


@dataclass(frozen=True)
class PageCase:
    """What to measure on one page."""

    name: str
    make_page: Callable[[], Any]
    load: Callable[[Any], list[Any]]
    sql: str
    text_column: int
    date_column: int
    word: str
    nothing: str = "xylophone"


class Bench:
    def __init__(self, app: Any, repeat: int, load_repeat: int) -> None:
        self.app = app
        self.repeat = repeat
        self.load_repeat = load_repeat
        self.figures: list[Figure] = []

    def timed(self, action: Action) -> float:
        """Seconds to run ``action`` and process the events it caused (the repaint)."""
        self.app.processEvents()
        start = time.perf_counter()
        action()
        self.app.processEvents()
        return time.perf_counter() - start

    def figure(
        self, page: str, operation: str, target: float | None = None, replay: Any = None
    ) -> Figure:
        result = Figure(page, operation, target, replay)
        self.figures.append(result)
        return result

    def run(self, case: PageCase, services: Any, db_path: Path) -> None:
        from PySide6.QtCore import QSortFilterProxyModel, Qt
        from PySide6.QtWidgets import QTableView

        asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        baseline = QTableView()
        baseline.resize(1100, 720)
        baseline.show()
        loaded: list[Any] = [None]  # the rows (or what the page loads instead)
        fetched: list[Any] = []

        def call() -> None:
            loaded[0] = case.load(services)

        def select() -> None:
            with sqlite3.connect(db_path) as conn:
                fetched[:] = conn.execute(case.sql).fetchall()

        # --- load: a new page each time, then a refresh of the same page ----------------
        page: Any = None
        source: Any = None
        service = self.figure(case.name, "load: service call (worker thread)", None, (_nop, call))
        first = self.figure(case.name, "load: show_rows, new page")
        refresh = self.figure(
            case.name, "load: show_rows, refresh", None, (_nop, lambda: page.show_rows(loaded[0]))
        )
        for _ in range(self.load_repeat):
            if page is not None:
                page.close()  # and deleted when the name is rebound: it has no parent
            page = case.make_page()
            page.resize(1100, 720)
            page.show()
            service.ours.append(self.timed(call))
            first.ours.append(self.timed(partial(page.show_rows, loaded[0])))
            refresh.ours.append(self.timed(partial(page.show_rows, loaded[0])))
            service.base.append(self.timed(select))
            # What the columns read: the rows, or their positions in a page's columns.
            visible = page.model.visible_rows()
            seconds, source = self.fill_baseline(baseline, page.model.columns, visible)
            first.base.append(seconds)
            refresh.base.append(seconds)
        _SORTED_MODELS.append(source)
        columns = page.model.columns

        # --- sort: a header click on a text column and on a date column ------------------
        sorts = []
        for column in (case.text_column, case.date_column):
            # The first sort of a column computes its keys (then kept until the rows change).
            first_sort = self.figure(case.name, f"sort: {columns[column].title}, first", TARGET_MS)
            first_sort.ours.append(self.timed(partial(page.model.sort, column, asc)))
            first_sort.base.append(self.timed(partial(source.sort, column, asc)))
            for order, word in ((asc, "ascending"), (desc, "descending")):
                label = f"sort: {columns[column].title}, {word}"
                replay = (
                    partial(page.model.sort, -1, asc),
                    partial(page.model.sort, column, order),
                )
                sorts.append((self.figure(case.name, label, TARGET_MS, replay), column, order))
        for _ in range(self.repeat):
            for result, column, order in sorts:
                result.ours.append(self.timed(partial(page.model.sort, column, order)))
                result.base.append(self.timed(partial(source.sort, column, order)))

        # --- filter, with the table sorted by date (as a user would have left it) --------
        page.model.sort(case.date_column, asc)
        source.sort(case.date_column, asc)
        proxy = QSortFilterProxyModel()
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setSourceModel(source)
        baseline.setModel(proxy)
        # The first filter builds the searchable text of every row.
        first_filter = self.figure(case.name, f'filter: "{case.word}", first', TARGET_MS)
        first_filter.ours.append(self.timed(partial(page.filter.setText, case.word)))
        first_filter.base.append(self.timed(partial(proxy.setFilterFixedString, case.word)))
        page.filter.setText("")
        proxy.setFilterFixedString("")
        steps = []
        for before, text, label in (
            ("", case.word, f'filter: "{case.word}"'),
            (case.word, "", "filter: clear"),
            ("", case.nothing, f'filter: "{case.nothing}" (no match)'),
        ):
            replay = (partial(page.filter.setText, before), partial(page.filter.setText, text))
            steps.append((self.figure(case.name, label, TARGET_MS, replay), text))
        shown = (0, 0)
        for _ in range(self.repeat):
            for result, text in steps:
                result.ours.append(self.timed(partial(page.filter.setText, text)))
                result.base.append(self.timed(partial(proxy.setFilterFixedString, text)))
                if text == case.word:
                    shown = (page.model.rowCount(), proxy.rowCount())
            page.filter.setText("")
            proxy.setFilterFixedString("")
        steps[0][0].operation += f" ({shown[0]:,} rows; baseline {shown[1]:,})"
        self.app.processEvents()
        self.page, self.baseline = page, baseline  # kept alive for --profile

    def fill_baseline(
        self, view: Any, columns: Sequence[Any], rows: Sequence[Any]
    ) -> tuple[float, Any]:
        """Seconds to turn ``rows`` into strings, fill a ``QStandardItemModel`` and show it."""
        from PySide6.QtGui import QStandardItemModel

        model = QStandardItemModel(len(rows), len(columns))
        model.setHorizontalHeaderLabels([c.title for c in columns])
        displays = list(enumerate(c.display for c in columns))

        def fill() -> None:
            # setData rather than appendRow(QStandardItem(...)): an item made in Python keeps
            # a wrapper, and PySide then takes about 14 s to delete a model of 500,000 items.
            index, set_data = model.index, model.setData
            for i, row in enumerate(rows):
                for j, display in displays:
                    set_data(index(i, j), display(row))
            view.setModel(model)
            view.resizeColumnsToContents()

        return self.timed(fill), model

    def profile(self, figure: Figure) -> str:
        """A cProfile of Jumelage's side of ``figure``, run once more."""
        assert figure.replay is not None
        setup, action = figure.replay
        setup()
        self.app.processEvents()
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        action()
        self.app.processEvents()
        profiler.disable()
        elapsed = time.perf_counter() - start
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(14)
        text = "\n".join(line[:150] for line in out.getvalue().splitlines() if line.strip())
        return (
            f"\n{figure.page}, {figure.operation}: {elapsed * 1000:.0f} ms with the profiler on\n"
            f"{text}"
        )


def _nop() -> None:
    pass


def table(figures: Sequence[Figure]) -> str:
    lines = [f"{'operation':<58}{'Jumelage':>11}{'baseline':>11}{'ratio':>8}  target <= 100 ms"]
    page = ""
    for f in figures:
        if f.page != page:
            lines.append(f"{f.page}")
            page = f.page
        verdict = "-" if f.target_ms is None else "MISSED" if f.missed else "ok"
        lines.append(
            f"  {f.operation:<56}{f.ours_ms:>8.0f} ms{f.base_ms:>8.0f} ms"
            f"{f.ours_ms / f.base_ms:>7.2f}x  {verdict}"
        )
    return "\n".join(lines)


def _quiet_qt() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" warnings."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def measure(
    db: Path, repeat: int = 5, load_repeat: int = 3, today: dt.date = ANCHOR, profile: bool = False
) -> tuple[list[Figure], list[str]]:
    """Open, sort and filter the Missions and Actions pages on ``db`` (a database made by
    ``generate.py``, whose anchor is ``today``) in this process's ``QApplication`` (made if
    there is none); the figures, and with ``profile`` the cProfiles of the slow operations."""
    from PySide6.QtWidgets import QApplication

    from jumelage.persistence.database import open_database
    from jumelage.services import Services
    from jumelage.ui.pages.actions import ActionsPage
    from jumelage.ui.pages.actions import _load as load_actions
    from jumelage.ui.pages.records import actions_page, missions_page

    _quiet_qt()
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def day() -> dt.date:
        return today

    def all_actions() -> Any:
        """The app's Actions page, every status shown (it shows the open items at first)."""
        page = ActionsPage(day, lambda: None)
        page.status.setCurrentIndex(page.status.findData("any"))
        return page

    cases = [
        PageCase(
            "Missions",
            lambda: missions_page(day),
            lambda s: s.missions.list(),
            MISSIONS_SQL,
            text_column=1,
            date_column=3,
            word="water",
        ),
        PageCase(
            "Actions",
            lambda: actions_page(day),
            lambda s: s.actions.list(),
            ACTIONS_SQL,
            text_column=1,
            date_column=3,
            word="report",
        ),
        PageCase(
            "Actions page (the app's, column by column)",
            all_actions,
            load_actions,
            ACTIONS_SQL,
            text_column=1,
            date_column=3,
            word="report",
        ),
    ]
    profiles: list[str] = []
    database = open_database(db, daily_backup=False)
    try:
        services = Services.over(database)
        bench = Bench(app, repeat, load_repeat)
        for case in cases:
            bench.run(case, services, db)
            if profile:
                profiles += [
                    bench.profile(f)
                    for f in bench.figures
                    if f.page == case.name and f.replay and (f.missed or f.target_ms is None)
                ]
    finally:
        database.close()
    return bench.figures, profiles


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database made by generate.py (scale 1.0)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each sort and filter")
    parser.add_argument("--load-repeat", type=int, default=3, help="runs of each load")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=ANCHOR)
    parser.add_argument("--profile", action="store_true", help="profile the slow operations")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    options = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = options.platform

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = options.db
        if path is None:
            path = Path(folder) / "large.sqlite"
            counts = generate(path, scale=1.0, anchor=options.today)
            print(
                f"Generated {counts['action_items']:,} action items and {counts['missions']:,} "
                f"missions ({sum(counts.values()):,} rows) in "
                f"{time.perf_counter() - started:.1f} s",
                flush=True,
            )
        figures, profiles = measure(
            path, options.repeat, options.load_repeat, options.today, options.profile
        )

    print(
        f"\nTables on a large database: medians of {options.repeat} runs "
        f"({options.load_repeat} for loads), QT_QPA_PLATFORM={options.platform}, "
        f"whole run {time.perf_counter() - started:.0f} s\n"
    )
    print(table(figures))
    for text in profiles:
        print(text)
    return 1 if any(f.missed for f in figures) else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skip deleting the sorted models (see _SORTED_MODELS)
