"""The window's first paint (issue 13): from the process's launch to the sign-in dialog's first frame,
and the memory (RSS) then, beside a bare PySide6 window with a QTableView painted in the same run.
Targets: at most 2x the bare window's time, at most 1.5x its memory.

Each side is a fresh process, launched several times in turn (the median is kept): the program as
`main.py --db FILE` (the sign-in dialog comes up while the database is opened on the worker), and the
bare window as the smallest script that paints a table. A child says "painted" on its standard output
at its first frame, with its RSS; the parent times the launch to that line.

    python bench/startup_window.py [--runs N]

Runs on the display of DISPLAY when there is one (Xvfb), offscreen otherwise."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup_figures import Figure  # noqa: E402

# Said by both children at their first painted frame: the event filter sees the Paint event, then
# a zero timer lets the frame finish before the figures are taken.
_PAINTED_HOOK = """
import os, sys, json
from PySide6.QtCore import QEvent, QObject, QTimer

def _rss_mib():
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10

class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            # What is loaded as the frame is painted (the worker starts right after it).
            _HEAVY.extend(n for n in ("sqlalchemy", "pydantic", "desktop.bootstrap") if n in sys.modules)
            QTimer.singleShot(0, _say)
        return False

_WAIT_FOR_READY = False
_HEAVY = []

def _say():
    sys.stdout.write(json.dumps({"rss": _rss_mib(), "loaded": _HEAVY}) + "\\n")
    sys.stdout.flush()
    if not _WAIT_FOR_READY:
        os._exit(0)

def _ready():
    sys.stdout.write("ready\\n")
    sys.stdout.flush()
    os._exit(0)
"""

BARE = (
    _PAINTED_HOOK
    + """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView(window)
model = QStandardItemModel(20, 6, table)
for row in range(20):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"{row}:{column}"))
table.setModel(model)
window.setCentralWidget(table)
watcher = _FirstPaint()
table.viewport().installEventFilter(watcher)
window.resize(640, 400)
window.show()
app.exec()
"""
)

# The program as `python main.py --db FILE`, with the hook on the sign-in dialog as it is shown.
PROGRAM = (
    _PAINTED_HOOK
    + """
sys.path.insert(0, @ROOT@)
sys.argv = ["main.py", "--db", @DB@]
import desktop.ui.start_up as start_up

_WAIT_FOR_READY = True
_show = start_up.StartUp.show_sign_in
_opened = start_up.StartUp._opened

def _desk_opened(self, opened):
    _opened(self, opened)
    QTimer.singleShot(0, _ready)

start_up.StartUp._opened = _desk_opened

def _shown(self):
    dialog = _show(self)
    self._bench_watcher = _FirstPaint()
    dialog.installEventFilter(self._bench_watcher)
    return dialog

start_up.StartUp.show_sign_in = _shown
import runpy
runpy.run_path(@MAIN@, run_name="__main__")
"""
)


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    return env


@dataclass(frozen=True)
class Launch:
    painted: float  # seconds from the launch to the first painted frame
    rss: float  # MiB then
    loaded: list[str]  # heavy modules already loaded then (none, for the program)
    ready: float | None  # seconds to Sign in offered (the database open), for the program


def _launch(script: str, env: dict[str, str]) -> Launch:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # Qt's offscreen notes; shown only when the child fails
        env=env,
        cwd=str(ROOT),
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    painted = time.perf_counter() - started
    ready_line = child.stdout.readline()
    ready = time.perf_counter() - started if ready_line.strip() == "ready" else None
    try:
        _, errors = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        raise
    if not line:
        raise RuntimeError(f"the child painted nothing (exit code {child.returncode}):\n{errors}")
    said = json.loads(line)
    return Launch(painted, float(said["rss"]), list(said["loaded"]), ready)


def measure(runs: int = 5, quick: bool = False) -> list[Figure]:
    """`quick`: 2 launches of each side instead of `runs` (bench/startup.py --quick)."""
    runs = 2 if quick else runs
    with tempfile.TemporaryDirectory(prefix="renewdesk-bench-window-") as temporary:
        folder = Path(temporary)
        env = _environment(folder)
        program = (
            PROGRAM.replace("@ROOT@", repr(str(ROOT)))
            .replace("@DB@", repr(str(folder / "bench.sqlite3")))
            .replace("@MAIN@", repr(str(ROOT / "main.py")))
        )
        _launch(program, env)  # the first run makes the database and warms the disk cache
        _launch(BARE, env)
        bare: list[Launch] = []
        launches: list[Launch] = []
        for _ in range(runs):  # in turn, so that both sides see the same load of the machine
            bare.append(_launch(BARE, env))
            launches.append(_launch(program, env))
    bare_times = [launch.painted for launch in bare]
    bare_memory = [launch.rss for launch in bare]
    times = [launch.painted for launch in launches]
    memory = [launch.rss for launch in launches]
    ready = [launch.ready for launch in launches if launch.ready is not None]
    loaded = sorted({name for launch in launches for name in launch.loaded})
    if loaded:
        print(f"note: loaded before the first paint: {', '.join(loaded)}", file=sys.stderr)
    return [
        Figure(
            "window: sign-in painted (vs bare window+table)",
            statistics.median(times),
            "s",
            floor=statistics.median(bare_times),
            ratio=2.0,
        ),
        Figure(
            "window: memory at first paint (vs bare)",
            statistics.median(memory),
            "MiB",
            floor=statistics.median(bare_memory),
            ratio=1.5,
        ),
        # No target: how long the person may type before Sign in is offered (the database opened
        # and the main window's modules loaded on the worker).
        Figure("window: Sign in offered (database open)", statistics.median(ready), "s"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="launches of each side (the median is kept)")
    args = parser.parse_args()
    figures = measure(args.runs)
    for figure in figures:
        print(figure.line())
    return 0 if all(figure.met for figure in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
