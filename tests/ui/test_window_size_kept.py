"""The window opens big enough for its toolbar (hostile test 14, defect 23): a size kept by a run on a
small or virtual screen (766x420) opened the window so small that Follow-up went into the toolbar's
overflow. A size the person chose that fits the toolbar is kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from tests.app.helpers import SALES
from tests.ui.conftest import WindowFactory


def _keep_size(qtbot: QtBot, width: int, height: int) -> None:
    other = QMainWindow()
    qtbot.addWidget(other)
    other.resize(width, height)
    QSettings().setValue("main/geometry", other.saveGeometry())


def test_a_size_too_small_for_the_toolbar_is_not_restored(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _keep_size(qtbot, 766, 420)
    window = make_window(sctx, SALES)
    screen = window.screen().availableGeometry()
    assert window.width() >= min(window.toolbar.sizeHint().width(), screen.width() * 9 // 10)
    assert window.height() >= min(600, screen.height() * 9 // 10)


def test_a_size_that_fits_is_kept(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    probe = make_window(sctx, SALES)
    screen = probe.screen().availableGeometry()
    width = min(probe.toolbar.sizeHint().width() + 10, screen.width() * 19 // 20)
    height = min(620, screen.height() * 19 // 20)
    _keep_size(qtbot, width, height)
    window = make_window(sctx, SALES)
    assert (window.width(), window.height()) == (width, height)
