"""The upcoming charges' columns are sized to what they hold (hostile test 14, defect 20): at 1280x800
in Spanish the risks were cut while the installments' column, holding a digit, was 80 px wide. Every
column but the risks shows its texts whole; the risks take the rest; a charge left to staff because its
date passed says so once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.ui.application import install_language
from desktop.ui.finance.reasons import attention_text
from desktop.ui.finance.upcoming_model import Column
from tests.app.helpers import ADMIN, FINANCE, account
from tests.jobs.helpers import domain
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import load_finance


def _room(view: QTableView, width: int) -> int:
    return width - 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_every_column_but_the_risks_is_whole_at_1280(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory, language: str
) -> None:
    late = sctx.today() - timedelta(days=20)  # past the grace days: left to staff
    load_finance(sctx, [account("late", [domain("l1", "late-one.co.il", late)], name="Lucía Tardía")])
    run_due_checks(sctx, ADMIN)
    install_language(qapp, language)
    window = open_finance(sctx, FINANCE)
    window.resize(1280, 800)
    panel = window.upcoming
    panel.refresh()
    qtbot.waitUntil(lambda: panel.settled, timeout=20_000)
    table, proxy = panel.table, panel.proxy
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in Column) <= table.viewport().width())
    assert proxy.rowCount() > 1
    titles = header.fontMetrics()
    for column in Column:
        if column == Column.RISKS:
            continue
        room = _room(table, header.sectionSize(column))
        texts = [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]
        for text in texts:
            assert metrics.horizontalAdvance(text) <= room, (column.name, text)
        # No wider than its texts or its title need (with the sort arrow): the rest is the risks'.
        title = titles.horizontalAdvance(str(proxy.headerData(column, Qt.Orientation.Horizontal)))
        needed = max([metrics.horizontalAdvance(text) for text in texts] + [title])
        assert header.sectionSize(column) <= needed + 40, column.name
    assert header.sectionSize(Column.RISKS) >= 240
    assert table.horizontalScrollBar().maximum() == 0
    late_row = next(
        row for row in range(proxy.rowCount()) if "late-one" in str(proxy.index(row, Column.SERVICE).data())
    )
    # Its reason says the date passed; "Charge date passed" beside it said it twice.
    assert str(proxy.index(late_row, Column.RISKS).data()) == attention_text("charge_date_missed")
