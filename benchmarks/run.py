"""Every benchmark in one run: a Markdown table of figures against baselines, and how they grow.

Each figure is compared with a baseline measured in the same run, on the same machine, and
with its target (pass or miss):

- start-up on the large database (``generate.py`` at scale 1.0): first paint against a bare
  PySide6 window with a table (target <= 1.3x); the Overview showing real data, counted from
  the first paint (target <= 0.5 s: the cards remembered from the last load when they still
  hold, see ``jumelage.app.snapshot``; the database's own load is reported beside); peak
  memory once every page has its rows, against the bare window (target <= +50 MiB) --
  ``startup.py``;
- the app's Missions and Actions pages (5,000 missions, the same repeated up to 100,000 rows,
  100,000 action items): opening (the GUI thread's part, ``show_rows`` on a new page, against
  filling a bare ``QTableView``; target <= 100 ms), the load on the worker thread against a
  plain ``sqlite3`` SELECT (no target: the window stays responsive), the slowest sort and the
  slowest filter, search box or drop-down (target <= 100 ms) -- ``tables.py``;
- the calendar exchange: exporting 10,000 events against a straightforward icalendar 7 export
  (target >= 3x faster), importing them with merge against icalendar's parse alone (target
  <= 1.3x) -- ``ics.py``;
- the overlap finder over one year of a busy partnership (2,000 events; target <= 0.5 s),
  against loading the same events through the services -- ``slots.py``.

Then the key figures again at 1x, 3x and 10x of a base size (the large database is 10x;
``--quick`` uses smaller sizes): each one's 10x/1x ratio and its growth exponent k
(time ~ size^k: 1 is linear; "linear or better" allows k <= 1.15 for noise).

Every measurement runs in a child process (``QT_QPA_PLATFORM=offscreen`` for the GUI ones);
each child reads its own peak memory. Not part of the unit tests.

    python benchmarks/run.py [--quick] [--runs 5] [--keep FOLDER] [--no-scaling]

``--keep FOLDER`` keeps the generated databases there and reuses them on the next run.
The exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tables

HERE = Path(__file__).resolve().parent
#: Growth exponents up to this count as "linear or better" (timings move by a few percent).
LINEAR = 1.15
FACTORS = (1, 3, 10)


# --- children --------------------------------------------------------------------------------


def _child_startup(db: str, runs: int) -> dict[str, Any]:
    import dataclasses

    import startup

    result = startup.measure(Path(db), runs)
    figures = dataclasses.asdict(result)
    figures.update(extra_mib=result.extra_mib, overview_after_paint=result.overview_after_paint)
    return figures


def _child_tables(
    db: str, repeat: int, load_repeat: int, today: str, missions: int
) -> dict[str, Any]:
    figures, _ = tables.measure(
        Path(db), repeat, load_repeat, dt.date.fromisoformat(today), missions=missions
    )
    return {
        "figures": [
            {
                "page": f.page,
                "operation": f.operation,
                "target_ms": f.target_ms,
                "ours_ms": f.ours_ms,
                "base_ms": f.base_ms,
            }
            for f in figures
        ]
    }


def _child_ics(events: int, runs: int) -> dict[str, Any]:
    import ics

    return ics.measure(events, runs)


def _child_slots(scale: int, repeat: int) -> dict[str, Any]:
    import slots

    figures: dict[str, Any] = slots.measure(scale=scale, repeat=repeat)
    figures.pop("profile", None)
    return figures


def _child_generate(path: str, scale: float, anchor: str) -> dict[str, Any]:
    from generate import generate

    started = time.perf_counter()
    counts = generate(Path(path), scale=scale, anchor=dt.date.fromisoformat(anchor))
    return {"counts": counts, "seconds": time.perf_counter() - started}


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "startup": _child_startup,
    "tables": _child_tables,
    "ics": _child_ics,
    "slots": _child_slots,
    "generate": _child_generate,
}
RESULT = "RESULT "


def _peak_rss_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def child_main(kind: str, arguments: str) -> int:
    figures = CHILDREN[kind](**json.loads(arguments))
    figures["child_peak_mib"] = _peak_rss_mib()
    print(RESULT + json.dumps(figures), flush=True)
    sys.stderr.flush()
    os._exit(0)  # skip tearing down Qt models (see tables._SORTED_MODELS)


def in_child(kind: str, **arguments: Any) -> dict[str, Any]:
    """Run ``CHILDREN[kind](**arguments)`` in a fresh interpreter; its figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, json.dumps(arguments)],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE,
        check=False,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT):
            figures: dict[str, Any] = json.loads(line[len(RESULT) :])
            return figures
    raise RuntimeError(
        f"benchmark child {kind} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    )


# --- the table -------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the Markdown table."""

    what: str
    ours: str
    base: str
    ratio: str
    target: str
    passed: bool | None


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(
        self, what: str, ours: str, base: str, ratio: str, target: str, passed: bool | None
    ) -> None:
        self.rows.append(Row(what, ours, base, ratio, target, passed))

    @property
    def missed(self) -> list[Row]:
        return [r for r in self.rows if r.passed is False]

    def markdown(self) -> str:
        lines = [
            "| figure | Jumelage | baseline | ratio | target | |",
            "| --- | ---: | ---: | ---: | --- | --- |",
        ]
        for r in self.rows:
            verdict = "" if r.passed is None else "met" if r.passed else "**missed**"
            lines.append(f"| {r.what} | {r.ours} | {r.base} | {r.ratio} | {r.target} | {verdict} |")
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def times(ratio: float) -> str:
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.1f}×"


@dataclass
class Growth:
    """One figure at each size, for the scaling table."""

    what: str
    unit: str  # "ms", "s" or "MiB"
    values: dict[int, float] = field(default_factory=dict)
    #: The size measured at each factor when it is not the factor itself.
    sizes: dict[int, float] = field(default_factory=dict)

    def show(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:,.0f} ms"
        if self.unit == "MiB":
            return f"{value:,.0f} MiB"
        return secs(value)

    def exponent(self) -> float:
        low, high = min(self.values), max(self.values)
        a, b = self.values[low], self.values[high]
        grew = self.sizes.get(high, high) / self.sizes.get(low, low)
        if a <= 0 or b <= 0 or grew <= 1:
            return math.nan
        return math.log(b / a) / math.log(grew)


def growth_markdown(growths: Sequence[Growth], sizes: dict[int, str]) -> str:
    factors = sorted(sizes)
    head = " | ".join(f"{f}× ({sizes[f]})" for f in factors)
    lines = [
        f"| figure | {head} | {factors[-1]}×/{factors[0]}× | exponent k | |",
        "| --- | " + "---: | " * len(factors) + "---: | ---: | --- |",
    ]
    for g in growths:
        if not all(f in g.values for f in factors):
            continue
        cells = " | ".join(g.show(g.values[f]) for f in factors)
        ratio = g.values[factors[-1]] / g.values[factors[0]] if g.values[factors[0]] else math.nan
        k = g.exponent()
        verdict = "linear or better" if k <= LINEAR else "**faster than linear**"
        lines.append(f"| {g.what} | {cells} | {ratio:.1f}× | {k:.2f} | {verdict} |")
    return "\n".join(lines)


# --- the run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    base_scale: float  # of generate.py: 1.0 is 100,000 action items
    runs: int  # start-up runs (medians)
    repeat: int  # sorts and filters
    load_repeat: int
    ics_events: int  # at 10x
    ics_runs: int
    slots_repeat: int


FULL = Plan(0.1, 5, 5, 3, 10_000, 3, 5)
QUICK = Plan(0.02, 3, 3, 1, 2_000, 1, 3)


def database(folder: Path, scale: float, today: dt.date, log: Callable[[str], None]) -> Path:
    path = folder / f"jumelage-{scale:g}-{today.isoformat()}.sqlite"
    if not path.exists():
        made = in_child("generate", path=str(path), scale=scale, anchor=today.isoformat())
        rows = sum(made["counts"].values())
        log(f"generated {path.name}: {rows:,} rows in {made['seconds']:.1f} s")
    return path


def table_figures(figures: list[dict[str, Any]], page: str) -> dict[str, Any]:
    """The figures of one page: open, load, slowest sort and filter (dicts from tables.py)."""
    mine = [f for f in figures if f["page"] == page]

    def pick(prefix: str) -> dict[str, Any]:
        found = [f for f in mine if f["operation"].startswith(prefix)]
        return max(found, key=lambda f: float(f["ours_ms"]))

    return {
        "open": pick("open: show_rows, new page"),
        "load": pick("load:"),
        "sort": pick("sort:"),
        # The drop-downs' choices too; not the first filter set with no focus beforehand
        # (its texts are made when the filter box gets the focus, before the first key).
        "filter": pick_filter(mine),
    }


def pick_filter(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The slowest filter of a page that has a target (the worst cases have none)."""
    found = [
        f
        for f in figures
        if f["operation"].startswith(("filter:", "drop-down:")) and f["target_ms"] is not None
    ]
    return max(found, key=lambda f: float(f["ours_ms"]))


def add_tables(
    report: Report, figures: list[dict[str, Any]], page: str, name: str, rows: str
) -> None:
    """The figures of ``page`` (its name in tables.py) as ``name`` in the report."""
    picked = table_figures(figures, page)
    for key, label, target in (
        ("open", f"{name} ({rows} rows): open, GUI thread / fill a bare `QTableView`", 100.0),
        ("load", f"{name}: load on the worker thread / plain `sqlite3` SELECT", None),
        ("sort", f"{name}: slowest sort ({{op}}) / `QStandardItemModel.sort`", 100.0),
        ("filter", f"{name}: slowest filter ({{op}}) / `QSortFilterProxyModel`", 100.0),
    ):  # fmt: skip
        f = picked[key]
        op = f["operation"].split(":", 1)[-1].split("(")[0].strip()
        ours, base = f["ours_ms"], f["base_ms"]
        report.add(
            label.format(op=op),
            f"{ours:,.0f} ms",
            f"{base:,.0f} ms",
            times(ours / base) if base else "",
            "≤ 100 ms" if target else "",
            None if target is None else ours <= target,
        )


def run(options: argparse.Namespace) -> int:
    plan = QUICK if options.quick else FULL
    if options.runs:
        plan = Plan(**{**plan.__dict__, "runs": options.runs})
    today = dt.date.today()
    started = time.perf_counter()

    def log(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", file=sys.stderr, flush=True)

    factors = (FACTORS[-1],) if options.no_scaling else FACTORS
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(options.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        dbs = {f: database(folder, plan.base_scale * f, today, log) for f in factors}
        large = dbs[FACTORS[-1]]
        startup_at: dict[int, dict[str, Any]] = {}
        tables_at: dict[int, list[dict[str, Any]]] = {}
        ics_at: dict[int, dict[str, Any]] = {}
        slots_at: dict[int, dict[str, Any]] = {}
        for f in sorted(factors, reverse=True):  # the large database first: the main table
            runs = plan.runs if f == FACTORS[-1] else max(3, plan.runs // 2)
            log(f"{f}×: start-up ({runs} runs each)")
            startup_at[f] = in_child("startup", db=str(dbs[f]), runs=runs)
            log(f"{f}×: tables")
            repeat = plan.repeat if f == FACTORS[-1] else max(3, plan.repeat // 2)
            load_repeat = plan.load_repeat if f == FACTORS[-1] else 1
            tables_at[f] = in_child(
                "tables",
                db=str(dbs[f]),
                repeat=repeat,
                load_repeat=load_repeat,
                today=today.isoformat(),
                missions=missions_rows(plan, f),
            )["figures"]
            events = plan.ics_events * f // FACTORS[-1]
            log(f"{f}×: calendar exchange ({events:,} events)")
            ics_runs = plan.ics_runs if f == FACTORS[-1] else 1
            ics_at[f] = in_child("ics", events=events, runs=ics_runs)
            # 2,000 events a year at 1x; the main table shows the 1x figure.
            slots_scale = 1 if options.no_scaling else max(1, f // 3) if options.quick else f
            log(f"{f}×: overlap finder (scale {slots_scale})")
            try:
                slots_at[f] = in_child("slots", scale=slots_scale, repeat=plan.slots_repeat)
            except RuntimeError as error:  # slots.py is newer than the rest: say, go on
                log(f"overlap finder failed: {error}")
            if options.no_scaling:
                break

    report = Report()
    s = startup_at[FACTORS[-1]]
    report.add(
        "Start-up, first paint / bare PySide6 window with a table",
        ms(s["paint"]),
        ms(s["bare_paint"]),
        times(s["paint"] / s["bare_paint"]),
        "≤ 1.3×",
        s["paint"] / s["bare_paint"] <= 1.3,
    )
    report.add(
        "Start-up, the Overview shows real data (after the first paint; remembered cards)",
        ms(s["overview_after_paint"]),
        "",
        "",
        "≤ 0.5 s",
        s["overview_after_paint"] <= 0.5,
    )
    cold = s.get("cold_overview", 0.0) - s.get("cold_paint", 0.0)
    report.add(
        "… nothing remembered (the first start of a day, or after another program wrote)",
        ms(cold),
        "",
        "",
        "≤ 0.5 s",
        cold <= 0.5,
    )
    report.add(
        "Start-up, the Overview's rows from the database itself (after the first paint; one run)",
        ms(s["fresh"] - s["paint"]),
        "",
        "",
        "",
        None,
    )
    report.add(
        "Start-up, every page has its rows (one run)",
        ms(s["all_pages"]),
        ms(s["bare_paint"]),
        times(s["all_pages"] / s["bare_paint"]),
        "",
        None,
    )
    report.add(
        "Peak memory, every page loaded / bare window",
        f"{s['peak_mib']:,.0f} MiB",
        f"{s['bare_peak_mib']:,.0f} MiB",
        f"+{s['extra_mib']:,.0f} MiB",
        "≤ +50 MiB",
        s["extra_mib"] <= 50,
    )
    report.add(
        "Peak memory after the start-up load (the Overview; pages load when shown)",
        f"{s['ready_peak_mib']:,.0f} MiB",
        f"{s['bare_peak_mib']:,.0f} MiB",
        f"+{s['ready_peak_mib'] - s['bare_peak_mib']:,.0f} MiB",
        "",
        None,
    )
    large_figures = tables_at[FACTORS[-1]]
    counts = _row_counts(large)
    many = missions_rows(plan, FACTORS[-1])
    for page, name, rows in (
        (tables.MISSIONS_PAGE, "Missions", counts["missions"]),
        (tables.repeated_missions_page(many), "Missions, generated ones repeated", many),
        (tables.ACTIONS_PAGE, "Actions", counts["action_items"]),
    ):
        add_tables(report, large_figures, page, name, f"{rows:,}")
    x = ics_at[FACTORS[-1]]
    n = f"{x['events']:,}"
    report.add(
        f"Export {n} events / icalendar 7 export",
        secs(x["export_s"]),
        secs(x["icalendar_export_s"]),
        f"{x['icalendar_export_s'] / x['export_s']:.1f}× faster",
        "≥ 3× faster",
        x["icalendar_export_s"] / x["export_s"] >= 3 and x["same"],
    )
    report.add(
        f"Import {n} new events / icalendar's parse alone",
        secs(x["import_s"]),
        secs(x["icalendar_parse_s"]),
        times(x["import_s"] / x["icalendar_parse_s"]),
        "≤ 1.3×",
        x["import_s"] / x["icalendar_parse_s"] <= 1.3,
    )
    report.add(
        f"Re-import {n} events with merge (1% changed) / icalendar's parse alone",
        secs(x["reimport_s"]),
        secs(x["icalendar_parse_s"]),
        times(x["reimport_s"] / x["icalendar_parse_s"]),
        "≤ 1.3×",
        x["reimport_s"] / x["icalendar_parse_s"] <= 1.3,
    )
    if FACTORS[0] in slots_at or FACTORS[-1] in slots_at:
        y = slots_at.get(FACTORS[0]) or slots_at[FACTORS[-1]]
        report.add(
            f"Overlap finder, one year, {y['events']:,} events / loading them via the services",
            ms(y["finder_s"]),
            ms(y["load_s"]),
            times(y["finder_vs_load"]),
            f"≤ {y['target_s']:g} s",
            y["finder_s"] <= y["target_s"] and y["same_as_naive"],
        )

    print(
        f"\nJumelage benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}, QT_QPA_PLATFORM=offscreen"
        f"{', --quick' if options.quick else ''}; whole run "
        f"{time.perf_counter() - started:.0f} s\n"
    )
    print(report.markdown())
    if len(startup_at) > 1:
        print()
        print(growth_table(plan, startup_at, tables_at, ics_at, slots_at))
    return 1 if report.missed else 0


def missions_rows(plan: Plan, factor: int) -> int:
    """Rows of the Missions page measured with the generated missions repeated: 100,000 on
    the large database (as many as its action items), in proportion on the others."""
    return round(tables.MISSIONS_ROWS * plan.base_scale * factor)


def _row_counts(path: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("missions", "action_items")
        }


def growth_table(
    plan: Plan,
    startup_at: dict[int, dict[str, Any]],
    tables_at: dict[int, list[dict[str, Any]]],
    ics_at: dict[int, dict[str, Any]],
    slots_at: dict[int, dict[str, Any]],
) -> str:
    growths = [
        Growth("Start-up, the Overview shows real data (after the first paint)", "ms"),
        Growth("Start-up, every page has its rows", "s"),
        Growth("Peak memory over the bare window", "MiB"),
        Growth("Actions: load on the worker thread", "ms"),
        Growth("Actions: open, GUI thread", "ms"),
        Growth("Actions: slowest sort", "ms"),
        Growth("Actions: slowest filter", "ms"),
        Growth("Export of the events", "s"),
        Growth("Import of the events, with merge", "s"),
        Growth("Overlap finder, one year", "ms"),
    ]
    for f, s in startup_at.items():
        growths[0].values[f] = s["overview_after_paint"]
        growths[1].values[f] = s["all_pages"]
        growths[2].values[f] = s["extra_mib"]
        picked = table_figures(tables_at[f], tables.ACTIONS_PAGE)
        for g, key in zip(growths[3:7], ("load", "open", "sort", "filter"), strict=True):
            g.values[f] = picked[key]["ours_ms"] / 1000
        growths[7].values[f] = ics_at[f]["export_s"]
        growths[8].values[f] = ics_at[f]["import_s"]
        if f in slots_at:
            growths[9].values[f] = slots_at[f]["finder_s"]
            growths[9].sizes[f] = slots_at[f]["events"]
    action_items = {f: round(100_000 * plan.base_scale * f) for f in startup_at}
    events = {f: ics_at[f]["events"] for f in startup_at}
    sizes = {f: f"{action_items[f]:,} items, {events[f]:,} events" for f in startup_at}
    note = (
        "Sizes: the generated database (action items; every table scales alike), the events "
        "exchanged, and the overlap finder's events (2,000 per 1×). k is the growth exponent "
        "(time ∝ size^k)."
    )
    return growth_markdown(growths, sizes) + "\n\n" + note


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--runs", type=int, default=0, help="start-up runs (default 5; 3 quick)")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the databases in FOLDER")
    parser.add_argument("--no-scaling", action="store_true", help="only the large database")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "JSON"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        return child_main(*options.child)
    return run(options)


if __name__ == "__main__":
    sys.exit(main())
