"""Fixtures of the window tests: real widgets on a real database (SQLite by default, to keep time down),
settings kept in a temporary folder, message boxes recorded instead of shown (a modal box would hang
an offscreen run), and the interface language put back to English after every test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from desktop.ui.application import install_language
from desktop.ui.changes import settle
from desktop.ui.gui_gc import collect_on_gui_thread
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def collector(qapp: QApplication) -> Iterator[None]:
    """Garbage is collected on the GUI thread only while a window test runs, as in the program
    (desktop/ui/gui_gc.py): a collection started by a worker thread could delete Qt objects there and
    crash the run. The tests without windows collect as usual."""
    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings (window geometry, language, last user) go to this test's folder, not the user's."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox.warning/question record (title, text); question answers Yes."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: Any, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown


@pytest.fixture
def sctx(sqlite_url: str, clock: ManualClock, fresh_copy: Callable[[str], None]) -> Iterator[AppContext]:
    """A context on SQLite only, for the tests that need not run on both backends."""
    fresh_copy(sqlite_url)
    context = build_context(sqlite_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    yield context
    context.close()


WindowFactory = Callable[[AppContext, Actor], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Builds the sales window on a workspace and waits for its first search; closes it (its work
    under way finished) before the database context goes away."""
    windows: list[MainWindow] = []

    def make(context: AppContext, actor: Actor) -> MainWindow:
        window = MainWindow(Desk(context, actor))
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: not window.tasks.busy)
        return window

    yield make
    for window in windows:
        window.tasks.wait(30_000)
        settle(window.workspace)  # its poll of the change log (desktop/ui/changes.py)
        window.close()
        window.deleteLater()
