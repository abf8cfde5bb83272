"""The bundle's own run-time hook (.ci/rthook_qt_conf_when_imported.py): PyInstaller's PySide6 hook
asks for its qt.conf step at every start; the step waits until the program first imports
PySide6.QtCore and then runs once, right after it, with what PyInstaller gave it, the module loaded
by its own loader. A command without a window (`renewdesk --help`) so never loads Qt; .ci/bundle
checks that of the built bundle itself.

Each case runs in an interpreter of its own, with a stand-in for PyInstaller's `_pyi_rth_utils.qt`
that records each call of the step and whether Qt's core was loaded by then."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / ".ci" / "rthook_qt_conf_when_imported.py"

STAND_IN = """
import sys

calls = []


def create_embedded_qt_conf(bindings, prefix):
    core = sys.modules.get(bindings + ".QtCore")
    calls.append((bindings, prefix, core is not None and hasattr(core, "QFile")))
"""

START = """
import runpy, sys
sys.path.insert(0, {stand_in!r})
{before}
runpy.run_path({hook!r})
from _pyi_rth_utils import qt
qt.create_embedded_qt_conf("PySide6", "/bundle/PySide6/Qt")  # as PyInstaller's PySide6 hook does
"""


def _run(folder: Path, before: str, after: str) -> str:
    package = folder / "_pyi_rth_utils"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "qt.py").write_text(STAND_IN, encoding="utf-8")
    program = START.format(stand_in=str(folder), hook=str(HOOK), before=before) + after
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_qt_conf_step_waits_for_the_program_to_import_qt(tmp_path: Path) -> None:
    out = _run(
        tmp_path,
        before="",
        after=(
            "print('at start:', 'PySide6.QtCore' in sys.modules, qt.calls)\n"
            "import argparse, sqlite3  # a command without a window\n"
            "print('without a window:', 'PySide6' in sys.modules, qt.calls)\n"
            "from PySide6 import QtWidgets\n"
            "from PySide6 import QtCore\n"
            "print('with a window:', qt.calls)\n"
            "loader = QtCore.__loader__\n"
            "print('loaded by:', type(loader).__name__, loader is QtCore.__spec__.loader)\n"
            "print('finders left:', [type(f).__name__ for f in sys.meta_path if 'Qt' in type(f).__name__])\n"
        ),
    )
    assert out.splitlines() == [
        "at start: False []",
        "without a window: False []",
        "with a window: [('PySide6', '/bundle/PySide6/Qt', True)]",
        "loaded by: ExtensionFileLoader True",
        "finders left: []",
    ]


def test_the_step_runs_at_once_when_qt_is_already_loaded(tmp_path: Path) -> None:
    out = _run(tmp_path, before="import PySide6.QtCore", after="print(qt.calls)\n")
    assert out.strip() == "[('PySide6', '/bundle/PySide6/Qt', True)]"
