"""A Latin domain beside a Hebrew one is not cut (hostile test 14, defect 20): the service column was
sized by the Hebrew domain alone, whose invisible isolate marks (ten of them) made it count as the
longest by far, so "dental-7-3.com" and "design-7-0.info", wider in pixels, read "denta…3.com" and
"desig….info" at 1280x800 while other columns had room to spare."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.ui import formatting
from desktop.ui.application import install_language
from desktop.ui.customers.column_widths import widest_candidates
from desktop.ui.customers.services_model import Column
from tests.app.helpers import SALES, account, contact, order
from tests.jobs.helpers import card, document, domain, hosting, load
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account

LATIN = ("dental-7-3.com", "design-7-0.info", "pro-7-1")
HEBREW_DOMAIN = "סטודיו-7-2.co.il"


def test_invisible_marks_do_not_make_a_text_the_longest() -> None:
    shown = [formatting.domain(name) for name in (*LATIN, HEBREW_DOMAIN)]
    assert len(shown[3]) > len(shown[1]) + 3, "the Hebrew domain carries its marks"
    candidates = {plain(text) for text in widest_candidates(shown)}
    assert {"dental-7-3.com", "design-7-0.info", HEBREW_DOMAIN} <= candidates
    assert widest_candidates([]) == ()


def _text_room(view: QTableView, width: int) -> int:
    return width - 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_latin_domains_beside_a_hebrew_one_show_whole_at_1280(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    soon, later = date(2026, 12, 18), date(2027, 5, 14)
    services = [
        domain("d1", "dental-7-3.com", soon, contact="k1"),
        domain("d2", "design-7-0.info", later, card_ref="v2", contact="k2"),
        hosting("h1", "pro-7-1", date(2027, 4, 17), card_ref="v3", contact="k1"),
        domain("d3", HEBREW_DOMAIN, date(2027, 1, 1), contact="k1"),
    ]
    load(
        sctx,
        document(
            [
                account(
                    "dana",
                    services,
                    name="דנה לוי",
                    cards=[card("v1"), card("v2", exp=(10, 2028)), card("v3", exp=(1, 2027))],
                    contacts=[contact("k1", "דנה לוי"), contact("k2", "איתי לוי", "סטודיו שפירה")],
                    orders=[order("d1")],
                )
            ]
        ),
    )
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "dana")
    table, proxy = window.account_panel.table, window.account_panel.proxy
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in Column) <= table.viewport().width())
    room = _text_room(table, header.sectionSize(Column.NAME))
    names = [str(proxy.index(row, Column.NAME).data()) for row in range(proxy.rowCount())]
    assert sorted(plain(name) for name in names) == sorted((*LATIN, HEBREW_DOMAIN))
    for name in names:
        assert metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room) == name, plain(name)
    assert table.horizontalScrollBar().maximum() == 0
