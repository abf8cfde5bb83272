"""Nothing important cut at 1280 px (issue 11): a long Hebrew domain shows whole, ".co.il" included,
in the account table and in the Recurring dialog, in English, Hebrew and Spanish; the service's kind
is never cut; a name too long for the room elides in the middle (its ending stays) and its tooltip
holds it whole."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.ui.application import install_language
from desktop.ui.customers.column_widths import NARROWEST, fit
from desktop.ui.customers.services_model import Column
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.recurring_rows import Column as Rows
from tests.app.helpers import SALES, account, order
from tests.jobs.helpers import card, document, domain, hosting, load
from tests.ui.accounts import HEBREW_DOMAIN, MARCH
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account, while_modal

LONG_DOMAIN = "סטודיו-לעיצוב-גרפי-ופיתוח-אתרים-מתקדמים-7-2.co.il"


def _studio(ctx: AppContext) -> None:
    """A Hebrew studio with a long Hebrew domain, a short one, a hosting package whose card expires
    first (its kind and its risk the longest texts of their columns) and a domain stopped after a
    declined card check (the longest auto-renew text)."""
    stopped = domain("d3", "studio-sheva-design.co.il", MARCH)
    stopped["auto_renew"] = {
        "enabled": False,
        "stop_reason": "card_verification_declined",
        "stopped_at": "2026-11-10T09:00:00+00:00",
    }
    off = domain("d2", LONG_DOMAIN, MARCH)
    off["auto_renew"] = {"enabled": False}
    load(
        ctx,
        document(
            [
                account(
                    "studio",
                    [
                        domain("d1", HEBREW_DOMAIN, MARCH),
                        off,
                        stopped,
                        hosting("h1", "studio-site", MARCH, card_ref="v2"),
                    ],
                    name="סטודיו שבע",
                    cards=[card("v1"), card("v2", exp=(1, 2027))],
                    orders=[order("d1")],
                )
            ]
        ),
    )


def _text_room(view: QTableView, width: int) -> int:
    """What a cell of this width leaves for its text (the style's margins)."""
    return width - 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_account_table_shows_a_long_hebrew_domain_whole_at_1280(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    _studio(sctx)
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "studio")
    table = window.account_panel.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in Column) <= table.viewport().width())
    proxy, metrics = window.account_panel.proxy, table.fontMetrics()
    names = [str(proxy.index(row, Column.NAME).data()) for row in range(proxy.rowCount())]
    assert LONG_DOMAIN in [plain(name) for name in names]
    room = _text_room(table, header.sectionSize(Column.NAME))
    for name in names:
        assert metrics.horizontalAdvance(name) <= room, plain(name)
        assert metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room) == name
    # The kind ("Hosting (basic)", "חבילת אחסון (basic)", "Alojamiento (basic)") is read whole too.
    for column in (Column.KIND, Column.EXPIRES, Column.CARD, Column.RISK):
        room = _text_room(table, header.sectionSize(column))
        for row in range(proxy.rowCount()):
            assert metrics.horizontalAdvance(str(proxy.index(row, column).data())) <= room, column.name
    assert table.horizontalScrollBar().maximum() == 0


def test_a_date_shorter_but_wider_than_the_longest_fits_the_expiry_column(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """The column is sized by the texts that may be its widest, not only the longest by characters:
    "1 בפבר׳ 2027" is wider than "10 בינו׳ 2027", one character longer."""
    first = date(2027, 1, 10)
    days = [first + timedelta(days=n) for n in range(31)]  # 10 January to 9 February
    load(
        sctx,
        document(
            [
                account(
                    "many",
                    [domain(f"d{n}", f"day-{n}.com", day) for n, day in enumerate(days)],
                    cards=[card("v1")],
                )
            ]
        ),
    )
    install_language(qapp, "he")
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "many")
    table, proxy = window.account_panel.table, window.account_panel.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == len(days))
    room = _text_room(table, table.horizontalHeader().sectionSize(Column.EXPIRES))
    metrics = table.fontMetrics()
    for row in range(proxy.rowCount()):
        text = str(proxy.index(row, Column.EXPIRES).data())
        assert metrics.horizontalAdvance(text) <= room, text


def test_a_name_too_long_for_the_room_elides_in_the_middle_and_shows_whole_in_its_tooltip(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _studio(sctx)
    window = make_window(sctx, SALES)
    window.resize(900, 700)  # narrower than anyone should work, still usable
    open_account(qtbot, window, sctx, "studio")
    table, proxy = window.account_panel.table, window.account_panel.proxy
    row = next(
        r for r in range(proxy.rowCount()) if plain(str(proxy.index(r, Column.NAME).data())) == LONG_DOMAIN
    )
    index = proxy.index(row, Column.NAME)
    assert plain(str(index.data(Qt.ItemDataRole.ToolTipRole))) == LONG_DOMAIN
    delegate = table.itemDelegateForColumn(Column.NAME)
    assert delegate is not None
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_recurring_dialog_sizes_the_service_column_to_the_longest_domain(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    _studio(sctx)
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "studio")
    seen: dict[str, list[str]] = {}

    def steps(dialog: RecurringDialog) -> None:
        qtbot.waitUntil(dialog.settled, timeout=20_000)
        view, model = dialog.services, dialog.model
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        assert sum(header.sectionSize(c) for c in Rows) <= view.viewport().width()
        tick = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        room = _text_room(view, header.sectionSize(Rows.SERVICE)) - tick
        names = [model.text_at(row, Rows.SERVICE) for row in range(model.rowCount())]
        seen["names"] = [plain(name) for name in names]
        for name in names:
            assert metrics.horizontalAdvance(name) <= room, plain(name)
        for column in (Rows.CHARGE, Rows.RISK):
            column_room = _text_room(view, header.sectionSize(column))
            for row in range(model.rowCount()):
                assert metrics.horizontalAdvance(model.text_at(row, column)) <= column_room, column.name
        dialog.reject()

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert LONG_DOMAIN in seen["names"]


def test_fit_gives_the_stretching_column_its_content_before_titles_and_long_statuses() -> None:
    content = {"name": 300, "kind": 120, "date": 90, "status": 270, "contact": 70}
    titles = {"name": 60, "kind": 40, "date": 80, "status": 150, "contact": 150}
    widths = fit(content, titles, 800, "name", {"status", "contact"})
    assert sum(widths.values()) == 800
    assert widths["name"] >= 300 and widths["kind"] == 120 and widths["date"] == 90
    assert widths["contact"] >= 70  # its title gave way, not its content
    assert NARROWEST <= widths["status"] < 270  # a long status gave way last, down to no less than this
    # Room for everything: each as it wants, the name takes the rest.
    roomy = fit(content, titles, 1400, "name", {"status", "contact"})
    assert roomy == {
        "name": 1400 - 120 - 90 - 270 - 150,
        "kind": 120,
        "date": 90,
        "status": 270,
        "contact": 150,
    }


def test_metrics_are_the_tables_own(qapp: QApplication) -> None:
    assert QFontMetrics(qapp.font()).horizontalAdvance(LONG_DOMAIN) > 200  # the case is a real one
