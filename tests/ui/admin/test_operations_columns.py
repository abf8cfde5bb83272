"""The background checks' runs fit the dialog (hostile test 14, defect 20): in Spanish what a run did
("3 × tarjeta verificada, 2 × cobrado, ...") pushed the table wider than the dialog, behind a scroll
bar, and the last titles ("Estado de los correos") were cut. What a run did takes what the other
columns leave; the others and their titles are whole."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.ui.admin.operations_dialog import RUN_DID, OperationsDialog
from desktop.ui.application import install_language
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, account
from tests.jobs.helpers import domain
from tests.ui.finance.helpers import load_finance


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_a_long_run_fits_the_dialog(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, language: str
) -> None:
    late = sctx.today() - timedelta(days=20)
    load_finance(sctx, [account("late", [domain("l1", "late-one.co.il", late)], name="Lucía Tardía")])
    run_due_checks(sctx, ADMIN)
    install_language(qapp, language)
    tasks = TaskRunner()
    dialog = OperationsDialog(Desk(sctx, ADMIN), tasks, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.runs_model.rowCount() == 1, timeout=20_000)
    table = dialog.runs
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    titles = header.fontMetrics()
    for column in range(dialog.runs_model.columnCount()):
        if column != RUN_DID:
            title = str(dialog.runs_model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= titles.horizontalAdvance(title), title
    assert header.sectionSize(RUN_DID) > 100
    tasks.wait(20_000)
