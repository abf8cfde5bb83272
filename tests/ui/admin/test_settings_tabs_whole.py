"""Every settings page's title is read whole (hostile test 14, defect 20): in Spanish the last tab read
"Segundo p…" behind the tab bar's scroll arrows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.application import install_language
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_every_tab_title_fits(qapp: QApplication, qtbot: QtBot, sctx: AppContext, language: str) -> None:
    install_language(qapp, language)
    tasks = TaskRunner()
    dialog = SettingsDialog(Desk(sctx, ADMIN), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    bar = dialog.pages.tabBar()
    assert bar.count() >= 6
    qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width())
    for index in range(bar.count()):
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), bar.tabText(index)
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    tasks.wait(30_000)
