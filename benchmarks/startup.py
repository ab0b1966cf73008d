"""Cold start to first paint: Jumelage on a database against a bare PySide6 window.

Each run is a new process (a cold interpreter, warm disk cache), timed from just before the
process starts to the moment the window receives its first paint event. The baseline is a bare
PySide6 ``QMainWindow`` holding a ``QTableView`` with a few rows, measured in the same run and
interleaved with Jumelage's runs so both see the same machine. The figure to watch is the
ratio of medians (target: at most 1.3x). It also prints when the Overview paints its first
card (real data from the database), when the start-up load is done (the pages load when first
shown: the Overview) and when every page has its rows (each page shown in turn).

Peak memory is measured in separate processes: each reads its own peak resident set size
(``VmHWM`` in ``/proc/self/status``, Linux) when it is done, the bare window after its first
paint, Jumelage once the start-up load is done and once every page has shown its rows.

    python benchmarks/startup.py [--runs 7] [--db FILE] [--platform offscreen]

Without ``--db`` it runs on the demo database (``jumelage demo``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CHILD_COMMON = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

WAIT = os.environ.get("BENCH_WAIT", "paint")  # paint, overview or all

def peak_rss_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1

def done(mark):
    print(mark, time.perf_counter(), flush=True)
    if mark == WAIT:
        print("hwm", peak_rss_kib(), flush=True)
        os._exit(0)

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.window = None
        self.seen = False
        self.cards = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.window is not None:
            if not self.seen and hasattr(obj, "window") and obj.window() is self.window:
                self.seen = True
                done("paint")
            elif self.cards is True and obj.objectName() == "card":
                self.cards = None
                done("overview")
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
"""

BARE = (
    CHILD_COMMON
    + r"""
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView
window = QMainWindow()
spy.window = window
model = QStandardItemModel(20, 5)
for r in range(20):
    for c in range(5):
        model.setItem(r, c, QStandardItem(f"cell {r}:{c}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1100, 720)
window.show()
app.exec()
"""
)

JUMELAGE = (
    CHILD_COMMON
    + r"""
from pathlib import Path
from jumelage.app.main import launch
state = launch(db=Path(sys.argv[1]))
spy.window = state.window
overview = state.window.overview
show_rows = overview.show_rows
def shown(rows):
    show_rows(rows)
    if rows and spy.cards is False:
        spy.cards = True  # the next paint of a card is the Overview showing real data
    if state.backend is not None and not hasattr(spy, "fresh"):
        spy.fresh = True  # the database's own load (it confirms the remembered cards)
        done("fresh")
overview.show_rows = shown
# Pages load when first shown: once the start-up load is done ("ready": the Overview has its
# rows), show every page in turn as a user would, each after the previous one has its rows.
from PySide6.QtCore import QTimer
window = state.window
pending = list(range(1, len(window.pages)))
def next_page():
    while pending:
        window.go_to(pending.pop(0))
        if window._loading:
            return  # refreshed comes when it has its rows
    done("all")
def refreshed():
    if not hasattr(spy, "ready"):
        spy.ready = True
        done("ready")
    if WAIT == "all":  # (leaving the Overview earlier could hide its first card's paint)
        QTimer.singleShot(0, next_page)
window.refreshed.connect(refreshed)
app.exec()
"""
)


@dataclass(frozen=True)
class Startup:
    """Medians in seconds from the process start; peak memory in MiB."""

    runs: int
    bare_paint: float
    paint: float
    overview: float
    #: Every page has shown its rows (one run, the memory run).
    all_pages: float
    bare_peak_mib: float
    peak_mib: float
    #: The start-up load is done: the Overview has its rows (one run).
    ready: float = 0.0
    #: Peak memory then (another run).
    ready_peak_mib: float = 0.0
    #: The Overview's rows came from the database itself (one run): the cards shown before
    #: (``overview``) are the remembered ones when they still hold (jumelage.app.snapshot).
    fresh: float = 0.0
    #: The Overview showing data when nothing is remembered (the first start of a day, or
    #: after any write): medians of the same runs with the cache folder emptied before each.
    cold_paint: float = 0.0
    cold_overview: float = 0.0

    @property
    def paint_ratio(self) -> float:
        return self.paint / self.bare_paint

    @property
    def overview_after_paint(self) -> float:
        return self.overview - self.paint

    @property
    def cold_overview_after_paint(self) -> float:
        return self.cold_overview - self.cold_paint

    @property
    def extra_mib(self) -> float:
        return self.peak_mib - self.bare_peak_mib


def run_child(code: str, args: list[str], env: dict[str, str], wait: str) -> dict[str, float]:
    """Seconds from launching the process to each event it reports (``hwm``: peak RSS, KiB)."""
    env = dict(env, BENCH_WAIT=wait)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        name, _, value = line.partition(" ")
        marks[name] = float(value) if name == "hwm" else time.perf_counter() - start
    proc.wait(timeout=120)
    if wait not in marks:
        raise RuntimeError(f"child never reached {wait!r} (exit code {proc.returncode})")
    return marks


def child_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, JUMELAGE_HOME=str(home))
    # An installed Jumelage has its bytecode compiled (pip does it); let the warm-up run
    # write it, or every timed run would compile the modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(db: Path, runs: int = 7, platform: str = "offscreen") -> Startup:
    """Start the bare window and Jumelage on ``db`` ``runs`` times each, interleaved.

    The first start on ``db`` takes its daily backup and is not timed (one warm-up run each
    warms the disk cache and Python's bytecode cache too)."""
    with tempfile.TemporaryDirectory() as home:
        env = child_env(Path(home), platform)
        run_child(BARE, [], env, "paint")
        run_child(JUMELAGE, [str(db)], env, "overview")
        bare, ours, data, cold_paint, cold_data = [], [], [], [], []
        cache = Path(home) / "cache"
        for _ in range(runs):
            bare.append(run_child(BARE, [], env, "paint")["paint"])
            marks = run_child(JUMELAGE, [str(db)], env, "overview")
            ours.append(marks["paint"])
            data.append(marks["overview"])
            shutil.rmtree(cache, ignore_errors=True)  # nothing remembered: a cold day
            marks = run_child(JUMELAGE, [str(db)], env, "overview")
            cold_paint.append(marks["paint"])
            cold_data.append(marks["overview"])
        bare_memory = run_child(BARE, [], env, "paint")
        memory = run_child(JUMELAGE, [str(db)], env, "all")
        ready = run_child(JUMELAGE, [str(db)], env, "ready")
    return Startup(
        runs=runs,
        bare_paint=statistics.median(bare),
        paint=statistics.median(ours),
        overview=statistics.median(data),
        all_pages=memory["all"],
        bare_peak_mib=bare_memory["hwm"] / 1024,
        peak_mib=memory["hwm"] / 1024,
        ready=ready["ready"],
        ready_peak_mib=ready["hwm"] / 1024,
        fresh=ready.get("fresh", 0.0),
        cold_paint=statistics.median(cold_paint),
        cold_overview=statistics.median(cold_data),
    )


def demo_database(folder: Path) -> Path:
    db = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "jumelage", "demo", "--db", str(db)],
        env=child_env(folder),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="a database (default: a fresh demo)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = options.db or demo_database(Path(folder))
        s = measure(db, options.runs, options.platform)

    print(
        f"Start-up on {db.name} ({options.runs} runs, medians, QT_QPA_PLATFORM={options.platform})"
    )
    print(f"  bare PySide6 window, first paint : {s.bare_paint * 1000:7.0f} ms   1.00x")
    print(
        f"  Jumelage, first paint            : {s.paint * 1000:7.0f} ms   {s.paint_ratio:.2f}x"
        "  (target <= 1.30x)"
    )
    print(
        f"  Jumelage, Overview shows data    : {s.overview * 1000:7.0f} ms   "
        f"{s.overview / s.bare_paint:.2f}x  (+{s.overview_after_paint * 1000:.0f} ms after "
        "first paint; target <= 500 ms)"
    )
    print(
        f"  Jumelage, nothing remembered     : {s.cold_overview * 1000:7.0f} ms   "
        f"(+{s.cold_overview_after_paint * 1000:.0f} ms after first paint: a cold day)"
    )
    print(f"  Jumelage, Overview from database : {s.fresh * 1000:7.0f} ms   (one run)")
    print(f"  Jumelage, start-up load done     : {s.ready * 1000:7.0f} ms   (one run)")
    print(f"  Jumelage, every page loaded      : {s.all_pages * 1000:7.0f} ms   (one run)")
    print(
        f"  peak memory: bare window {s.bare_peak_mib:.0f} MiB, Jumelage {s.peak_mib:.0f} MiB "
        f"(+{s.extra_mib:.0f} MiB; target <= +50 MiB); after the start-up load "
        f"{s.ready_peak_mib:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
