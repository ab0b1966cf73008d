"""Cold start to first paint: Jumelage on the demo database against a bare PySide6 window.

Each run is a new process (a cold interpreter, warm disk cache), timed from just before the
process starts to the moment the window receives its first paint event. The baseline is a bare
PySide6 ``QMainWindow`` holding a ``QTableView`` with a few rows, measured in the same run and
interleaved with Jumelage's runs so both see the same machine. The figure to watch is the
ratio of medians (target: at most 1.3x). It also prints when the Overview shows real data.

    python benchmarks/startup.py [--runs 7] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_COMMON = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.window = None
        self.seen = False
    def eventFilter(self, obj, event):
        if (not self.seen and event.type() == QEvent.Type.Paint and self.window is not None
                and hasattr(obj, "window") and obj.window() is self.window):
            self.seen = True
            print("paint", time.perf_counter(), flush=True)
            if os.environ.get("BENCH_WAIT_DATA") != "1":
                os._exit(0)
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
def data():
    print("data", time.perf_counter(), flush=True)
    os._exit(0)
state.window.refreshed.connect(data)
app.exec()
"""
)


def run_child(code: str, args: list[str], env: dict[str, str], wait_data: bool) -> dict[str, float]:
    """Seconds from launching the process to each event it reports."""
    env = dict(env, BENCH_WAIT_DATA="1" if wait_data else "0")
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
        name, _, _ = line.partition(" ")
        marks[name] = time.perf_counter() - start
    proc.wait(timeout=60)
    if "paint" not in marks:
        raise RuntimeError(f"child never painted (exit code {proc.returncode})")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=options.platform, JUMELAGE_HOME=folder)
        # An installed Jumelage has its bytecode compiled (pip does it); let the warm-up run
        # write it, or every timed run would compile the modules again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "jumelage", "demo", "--db", str(db)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # One untimed run each warms the disk cache and Python's bytecode cache.
        run_child(BARE, [], env, False)
        run_child(JUMELAGE, [str(db)], env, True)
        bare, ours, data = [], [], []
        for _ in range(options.runs):
            bare.append(run_child(BARE, [], env, False)["paint"])
            marks = run_child(JUMELAGE, [str(db)], env, True)
            ours.append(marks["paint"])
            data.append(marks.get("data", float("nan")))

    b, o, d = (statistics.median(x) for x in (bare, ours, data))
    print(
        f"Start-up on the demo database ({options.runs} runs, medians, "
        f"QT_QPA_PLATFORM={options.platform})"
    )
    print(f"  bare PySide6 window, first paint : {b * 1000:7.0f} ms   1.00x")
    print(
        f"  Jumelage, first paint            : {o * 1000:7.0f} ms   {o / b:.2f}x  (target <= 1.30x)"
    )
    print(
        f"  Jumelage, Overview shows data    : {d * 1000:7.0f} ms   {d / b:.2f}x  "
        f"(+{(d - o) * 1000:.0f} ms after first paint)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
