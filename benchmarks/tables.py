"""The app's Missions and Actions pages on a large database: open, sort and filter, against
plain Qt.

The database comes from ``benchmarks/generate.py`` at scale 1.0 (100,000 action items, 5,000
missions), generated into a temporary folder unless ``--db`` names one (it is only read). The
pages are the app's own, built as the main window builds them: ``MissionsPage`` (with its
Checks column and its drop-downs) and ``ActionsPage`` (its items column by column, showing
the open ones at first). Each loads what the app loads (``page.loader()``, on a worker thread
in the app: the missions with their checks, the action items' table). The Missions page is
measured twice: on the generated missions (5,000), and on them repeated with new ids up to
``--missions`` rows (100,000 by default: ``--missions 0`` skips it). Every operation is
timed until ``app.processEvents()`` returns, so the repaint of the table is included. Each
figure is the median of several repetitions; the first sort of a column and the first filter
(which may compute the keys and the searchable texts) are reported apart, as "first".

Operations, and the baseline measured in the same run:

- load, worker: the page's loader, against a plain ``sqlite3`` SELECT of the shown columns
  with the same joins and order;
- open: ``page.show_rows(rows)`` on a new page (which also fits the columns) and again on the
  same page (the refresh after an edit); this runs on the GUI thread. Baseline: the rows the
  page shows, turned into strings by the page's own columns, put in a ``QStandardItemModel``
  and set on a bare ``QTableView``;
- sort: ``page.model.sort(column, order)`` (what a header click calls) on every column, both
  orders, every row shown, against ``QStandardItemModel.sort``;
- filter: ``page.filter.setText(...)`` (which filters the model and updates the count) with a
  common word, its first letter, a word matching nothing, and clearing it, with the table
  sorted by date, against a ``QSortFilterProxyModel`` with ``setFilterFixedString`` over the
  same ``QStandardItemModel`` (all columns, case-insensitive). The first filter after the page
  opened is reported apart, twice: typed 0.3 s after the filter box got the focus (a click or
  Ctrl+F comes first: a page may make its searchable texts then, see
  ``RowTableModel.prepare_search``), with the target; and set with no focus beforehand, the
  worst case, without a target;
- drop-downs: choosing in the page's filter combos (Status "All statuses", a partnership, a
  year, an owner, "Overdue"...), against the same proxy filtering the matching column with a
  regular expression that keeps the same rows (or about: "Overdue" looks for the word).

The baseline runs over C++ models, the best case for Qt. The targets are absolute: a sort or a
filter takes at most 100 ms. The exit status is 1 when a target is missed.

    QT_QPA_PLATFORM=offscreen python benchmarks/tables.py [--db FILE] [--repeat 5]
        [--load-repeat 3] [--missions 100000] [--profile]

``--profile`` also prints a cProfile of the loads and of every operation that missed its
target. From Python (``benchmarks/run.py``): ``measure(db, ...)`` returns the figures.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import io
import os
import pstats
import re
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
#: The pages' names in the figures.
MISSIONS_PAGE = "Missions page (the generated missions)"
ACTIONS_PAGE = "Actions page"
#: Seconds between the filter box getting the focus and the first key (a quick typist).
TYPING_DELAY = 0.3
MISSIONS_ROWS = 100_000
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
class Choice:
    """A choice in one of the page's drop-downs, timed from the choice ``before``.

    ``data(page)`` gives the item data to choose (and ``before(page)`` the one to come back
    to); the baseline filters ``column`` of the bare model with ``pattern(page)``, a regular
    expression ("" keeps every row)."""

    label: str
    combo: str
    data: Callable[[Any], Any]
    before: Callable[[Any], Any]
    column: int
    pattern: Callable[[Any], str]
    #: The baseline's filter for the choice ``before``.
    before_pattern: Callable[[Any], str] = lambda _page: ""


@dataclass(frozen=True)
class PageCase:
    """What to measure on one page."""

    name: str
    make_page: Callable[[], Any]
    #: What the page's loader gives, from the services (run on a worker thread in the app).
    load: Callable[[Any, Any], Any]
    sql: str
    date_column: int
    word: str
    #: Before the sorts and filters: show every row (the drop-downs' "all" choices).
    show_all: Callable[[Any], None]
    choices: Sequence[Choice] = ()
    nothing: str = "xylophone"


def choose(page: Any, combo: str, data: Any) -> None:
    """Choose the item whose data is ``data`` in the page's drop-down ``combo``."""
    box = getattr(page, combo)
    index = box.findData(data)
    assert index >= 0, (combo, data)
    box.setCurrentIndex(index)


class Bench:
    def __init__(self, app: Any, repeat: int, load_repeat: int) -> None:
        self.app = app
        self.repeat = repeat
        self.load_repeat = load_repeat
        self.figures: list[Figure] = []
        self.kept: list[Any] = []  # pages and views kept alive for --profile

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
        loaded: list[Any] = [None]  # what the page's loader gave
        fetched: list[Any] = []

        def call() -> None:
            loaded[0] = case.load(services, page)

        def select() -> None:
            with sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True) as conn:
                fetched[:] = conn.execute(case.sql).fetchall()

        # --- open: a new page each time, then a refresh of the same page ----------------
        page: Any = None
        source: Any = None
        service = self.figure(case.name, "load: the page's loader (worker thread)", None)
        first = self.figure(case.name, "open: show_rows, new page", TARGET_MS)
        refresh = self.figure(
            case.name, "open: show_rows, refresh", None, (_nop, lambda: page.show_rows(loaded[0]))
        )
        # The first filter after opening: typed a moment after the filter box got the focus
        # (a click or Ctrl+F: what a user does first), and set with no focus beforehand.
        focused = self.figure(
            case.name,
            f'filter: "{case.word}", first, typed {TYPING_DELAY:g} s after focusing the box',
            TARGET_MS,
        )
        unfocused = self.figure(
            case.name, f'filter: "{case.word}", first, no focus beforehand (worst case)'
        )
        proxy = QSortFilterProxyModel()
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def reopen() -> None:
            page.filter.setText("")
            page.table.setFocus()
            page.show_rows(loaded[0])

        def focus_and_wait() -> None:
            page.table.setFocus()
            self.app.processEvents()
            page.activateWindow()
            page.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            until = time.perf_counter() + TYPING_DELAY
            while time.perf_counter() < until:
                self.app.processEvents()

        for _ in range(self.load_repeat):
            if page is not None:
                page.close()
                page.deleteLater()
            page = case.make_page()
            page.resize(1180, 760)
            page.show()
            service.ours.append(self.timed(call))
            first.ours.append(self.timed(partial(page.show_rows, loaded[0])))
            refresh.ours.append(self.timed(partial(page.show_rows, loaded[0])))
            service.base.append(self.timed(select))
            # What the columns read: the rows, or their positions in a page's columns.
            seconds, source = self.fill_baseline(
                baseline, page.model.columns, page.model.visible_rows()
            )
            first.base.append(seconds)
            refresh.base.append(seconds)
            proxy.setSourceModel(source)
            baseline.setModel(proxy)
            for result, before in ((focused, focus_and_wait), (unfocused, reopen)):
                before()
                result.ours.append(self.timed(partial(page.filter.setText, case.word)))
                result.base.append(self.timed(partial(proxy.setFilterFixedString, case.word)))
                page.filter.setText("")
                proxy.setFilterFixedString("")
        service.replay = (_nop, call)
        unfocused.replay = (reopen, partial(page.filter.setText, case.word))
        shown_at_open = page.model.rowCount()
        first.operation += f" ({shown_at_open:,} rows shown)"
        columns = page.model.columns
        page.table.setFocus()

        # --- every row shown (the drop-downs' "all" choices) ------------------------------
        case.show_all(page)
        if page.model.rowCount() != source.rowCount():
            _SORTED_MODELS.append(source)
            _, source = self.fill_baseline(baseline, columns, page.model.visible_rows())
            proxy.setSourceModel(source)
            baseline.setModel(proxy)
        _SORTED_MODELS.append(source)
        every = page.model.rowCount()

        # --- sort: a header click on every column -----------------------------------------
        sorts = []
        for column, spec in enumerate(columns):
            # The first sort of a column computes its keys (then kept until the rows change).
            first_sort = self.figure(
                case.name,
                f"sort: {spec.title}, first",
                TARGET_MS,
                (reopen, partial(page.model.sort, column, asc)),
            )
            first_sort.ours.append(self.timed(partial(page.model.sort, column, asc)))
            first_sort.base.append(self.timed(partial(source.sort, column, asc)))
            for order, word in ((asc, "ascending"), (desc, "descending")):
                label = f"sort: {spec.title}, {word}"
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
        steps = []
        letter = case.word[0]
        for before, text, label in (
            ("", case.word, f'filter: "{case.word}"'),
            ("", letter, f'filter: "{letter}" (a first letter typed)'),
            (case.word, "", "filter: clear"),
            ("", case.nothing, f'filter: "{case.nothing}" (no match)'),
        ):
            replay = (partial(page.filter.setText, before), partial(page.filter.setText, text))
            steps.append((self.figure(case.name, label, TARGET_MS, replay), before, text))
        shown = (0, 0)
        for _ in range(self.repeat):
            for result, before, text in steps:
                page.filter.setText(before)
                proxy.setFilterFixedString(before)
                result.ours.append(self.timed(partial(page.filter.setText, text)))
                result.base.append(self.timed(partial(proxy.setFilterFixedString, text)))
                if text == case.word:
                    shown = (page.model.rowCount(), proxy.rowCount())
            page.filter.setText("")
            proxy.setFilterFixedString("")
        steps[0][0].operation += f" ({shown[0]:,} of {every:,} rows; baseline {shown[1]:,})"

        # --- the drop-downs, every row shown before each ----------------------------------
        for choice in case.choices:
            self.run_choice(case, choice, page, proxy)
        self.app.processEvents()
        self.kept += [page, baseline, proxy]

    def run_choice(self, case: PageCase, choice: Choice, page: Any, proxy: Any) -> None:
        data, before = choice.data(page), choice.before(page)
        pattern, everything = choice.pattern(page), ""
        start = choice.before_pattern(page)
        proxy.setFilterKeyColumn(choice.column)
        result = self.figure(
            case.name,
            f"drop-down: {choice.label}",
            TARGET_MS,
            (
                partial(choose, page, choice.combo, before),
                partial(choose, page, choice.combo, data),
            ),
        )
        shown = (0, 0)
        for _ in range(self.repeat):
            choose(page, choice.combo, before)
            proxy.setFilterRegularExpression(start)
            result.ours.append(self.timed(partial(choose, page, choice.combo, data)))
            result.base.append(self.timed(partial(proxy.setFilterRegularExpression, pattern)))
            shown = (page.model.rowCount(), proxy.rowCount())
        result.operation += f" ({shown[0]:,} rows; baseline {shown[1]:,})"
        case.show_all(page)
        proxy.setFilterRegularExpression(everything)
        proxy.setFilterKeyColumn(-1)

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
    lines = [f"{'operation':<80}{'Jumelage':>11}{'baseline':>11}{'ratio':>8}  target <= 100 ms"]
    page = ""
    for f in figures:
        if f.page != page:
            lines.append(f"{f.page}")
            page = f.page
        verdict = "-" if f.target_ms is None else "MISSED" if f.missed else "ok"
        lines.append(
            f"  {f.operation:<78}{f.ours_ms:>8.0f} ms{f.base_ms:>8.0f} ms"
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


def repeated_missions_page(count: int) -> str:
    """The name of the Missions page with ``count`` rows in the figures."""
    return f"Missions page ({count:,} rows: the generated missions repeated)"


def _exactly(*texts: str) -> str:
    return "^(" + "|".join(re.escape(t) for t in texts) + ")$"


def _second(page: Any, combo: str) -> Any:
    """The data of the first real choice of a drop-down (after its "all" item)."""
    return getattr(page, combo).itemData(1)


def _repeated(rows: Any, count: int) -> Any:
    """The missions (and their checks) repeated with new ids up to ``count`` rows."""
    from jumelage.ui.pages.missions import CheckedRows

    more = CheckedRows()
    more.problems = {}
    step = max((r.id for r in rows), default=0)
    copy = 0
    while len(more) < count and rows:
        for row in rows[: count - len(more)]:
            key = row.id + copy * step
            more.append(dataclasses.replace(row, id=key) if copy else row)
            if row.id in rows.problems:
                more.problems[key] = rows.problems[row.id]
        copy += 1
    return more


def measure(
    db: Path,
    repeat: int = 5,
    load_repeat: int = 3,
    today: dt.date = ANCHOR,
    profile: bool = False,
    missions: int = MISSIONS_ROWS,
) -> tuple[list[Figure], list[str]]:
    """Open, sort and filter the app's Missions and Actions pages on ``db`` (a database made
    by ``generate.py``, whose anchor is ``today``) in this process's ``QApplication`` (made if
    there is none); the figures, and with ``profile`` the cProfiles of the slow operations.
    ``missions``: also the Missions page with that many rows (the generated ones repeated)."""
    from PySide6.QtWidgets import QApplication

    from jumelage.domain.enums import ActionStatus, MissionStatus
    from jumelage.persistence.database import open_database
    from jumelage.services import Services
    from jumelage.ui import labels
    from jumelage.ui.pages import actions as actions_module
    from jumelage.ui.pages.actions import ActionsPage
    from jumelage.ui.pages.missions import ALL, MissionsPage

    _quiet_qt()
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def day() -> dt.date:
        return today

    def load_missions(count: int | None) -> Callable[[Any, Any], Any]:
        def load(services: Any, page: Any) -> Any:
            rows = page.loader()(services)
            return rows if count is None else _repeated(rows, count)

        return load

    def all_missions(page: Any) -> None:
        for combo in ("partnership", "status", "year"):
            choose(page, combo, ALL)

    def all_actions(page: Any) -> None:
        for combo, data in (
            ("owner", None),
            ("status", actions_module.ANY),
            ("partnership", None),
            ("due", actions_module.ANY),
        ):
            choose(page, combo, data)

    mission_choices = [
        Choice(
            f'Status "{labels.mission_status(MissionStatus.CONFIRMED.value)}"',
            "status",
            lambda _page: MissionStatus.CONFIRMED.value,
            lambda _page: ALL,
            4,
            lambda _page: _exactly(labels.mission_status(MissionStatus.CONFIRMED.value)),
        ),
        Choice(
            'Status "All statuses" (from "Confirmed")',
            "status",
            lambda _page: ALL,
            lambda _page: MissionStatus.CONFIRMED.value,
            4,
            lambda _page: "",
            lambda _page: _exactly(labels.mission_status(MissionStatus.CONFIRMED.value)),
        ),
        Choice(
            "Partnership, the first one",
            "partnership",
            lambda page: _second(page, "partnership"),
            lambda _page: ALL,
            0,
            lambda page: _exactly(page.partnership.itemText(1)),
        ),
        Choice(
            f"Year {today.year}",
            "year",
            lambda _page: today.year,
            lambda _page: ALL,
            3,
            lambda _page: str(today.year),  # about: the dates' short format shows the year
        ),
    ]
    open_labels = [labels.action_status(s.value) for s in ActionStatus if s.is_open]
    action_choices = [
        Choice(
            'Status "All statuses" (from "Open only")',
            "status",
            lambda _page: actions_module.ANY,
            lambda _page: actions_module.OPEN_ONLY,
            4,
            lambda _page: "",
            lambda _page: _exactly(*open_labels),
        ),
        Choice(
            'Status "Open only"',
            "status",
            lambda _page: actions_module.OPEN_ONLY,
            lambda _page: actions_module.ANY,
            4,
            lambda _page: _exactly(*open_labels),
        ),
        Choice(
            f'Status "{labels.action_status(ActionStatus.DONE.value)}"',
            "status",
            lambda _page: ActionStatus.DONE.value,
            lambda _page: actions_module.ANY,
            4,
            lambda _page: _exactly(labels.action_status(ActionStatus.DONE.value)),
        ),
        Choice(
            "Partnership, the first one",
            "partnership",
            lambda page: _second(page, "partnership"),
            lambda _page: None,
            0,
            lambda page: _exactly(page.partnership.itemText(1)),
        ),
        Choice(
            "Owner, the first person",
            "owner",
            lambda page: page.owner.itemData(2),  # after "Anyone" and "Nobody"
            lambda _page: None,
            2,
            lambda page: _exactly(page.owner.itemText(2)),
        ),
        Choice(
            'Due "Overdue"',
            "due",
            lambda _page: actions_module.OVERDUE,
            lambda _page: actions_module.ANY,
            3,
            lambda _page: "overdue",  # about: the word in the Due cell (English)
        ),
    ]
    cases = [
        PageCase(
            MISSIONS_PAGE,
            lambda: MissionsPage(day),
            load_missions(None),
            MISSIONS_SQL,
            date_column=3,
            word="water",
            show_all=all_missions,
            choices=mission_choices,
        ),
    ]
    if missions:
        cases.append(
            PageCase(
                repeated_missions_page(missions),
                lambda: MissionsPage(day),
                load_missions(missions),
                MISSIONS_SQL,
                date_column=3,
                word="water",
                show_all=all_missions,
                choices=mission_choices,
            )
        )
    cases.append(
        PageCase(
            ACTIONS_PAGE,
            lambda: ActionsPage(day, lambda: None),
            lambda services, page: page.loader()(services),
            ACTIONS_SQL,
            date_column=3,
            word="report",
            show_all=all_actions,
            choices=action_choices,
        )
    )
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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database made by generate.py (scale 1.0)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each sort and filter")
    parser.add_argument("--load-repeat", type=int, default=3, help="runs of each load")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=ANCHOR)
    parser.add_argument(
        "--missions",
        type=int,
        default=MISSIONS_ROWS,
        help="also the Missions page with this many rows (0: not)",
    )
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
            path,
            options.repeat,
            options.load_repeat,
            options.today,
            options.profile,
            options.missions,
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
