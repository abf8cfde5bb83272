"""The upcoming charges tab (R21): the table is the forecast row for row; the filters narrow the rows,
the totals and the chart together; amounts sort as numbers and dates as dates; risks are marked and
explained; the chart draws exactly the totals, day by day, one currency at a time, right to left in
Hebrew."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QBrush, QHelpEvent, QIcon
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app.finance import ForecastFilter, narrow, upcoming_charges
from desktop.bootstrap import AppContext
from desktop.core.codes import Risk
from desktop.ui.application import install_language
from desktop.ui.colours import risk_color
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.finance.upcoming_model import Column, UpcomingModel, prepare_upcoming
from desktop.ui.table_model import SortingProxy
from tests.app.helpers import ADMIN, FINANCE
from tests.ui.driving import cell_text
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import HEBREW_NAME, day_sums, load_finance, totals_as_sums


def services(window: FinanceWindow) -> list[str]:
    return [row.service for row in window.upcoming.charges()]


def cell(
    window: FinanceWindow, service: str, column: Column, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    proxy = window.upcoming.proxy
    return proxy.index(services(window).index(service), column).data(role)


def set_filter(
    qtbot: QtBot,
    window: FinanceWindow,
    *,
    risk: str | None = None,
    currency: str | None = "",
    customer: str | None = None,
) -> None:
    panel = window.upcoming
    if risk is not None:
        panel.risk.setCurrentIndex(panel.risk.findData(risk))
    if currency != "":
        panel.currency.setCurrentIndex(panel.currency.findData(currency))
    if customer is not None:
        panel.customer.setText(customer)
    qtbot.waitUntil(lambda: window.settled)


def test_the_table_is_the_forecast_row_for_row(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    forecast = upcoming_charges(sctx, FINANCE)
    assert len(forecast.rows) == 10
    assert window.upcoming.charges() == list(forecast.rows)
    assert "far.co.il" not in services(window)
    assert cell(window, "levi.co.il", Column.AMOUNT) == "₪59.00"
    assert cell(window, "levi.co.il", Column.CHARGE_ON) == "Dec 1, 2026"
    assert cell(window, "levi.co.il", Column.CARD) == "Visa •••• 4242  12/2030"
    assert cell(window, "levi-site", Column.INSTALLMENTS) == "3"
    assert cell(window, "emma.com", Column.AMOUNT) == "$15.00"
    assert cell(window, "levi-gold", Column.AMOUNT) == "no price"
    assert cell(window, "noa.co.il", Column.CARD) == "no card"
    assert cell(window, "avi.com", Column.CONTACT) == "Moshe Cohen"
    # A name keeps its own direction in text of the other (desktop.ui.formatting.name).
    assert cell(window, "moshe.co.il", Column.CUSTOMER) == f"\u2068{HEBREW_NAME}\u2069"
    assert cell(window, "yossi.co.il", Column.RISKS) == "Card expires first"
    alignment = cell(window, "levi.co.il", Column.AMOUNT, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
    # At-risk rows are marked: a red amount and risk, a warning icon, the long words in the tooltip.
    assert isinstance(cell(window, "yossi.co.il", Column.RISKS, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert isinstance(cell(window, "yossi.co.il", Column.RISKS, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(window, "levi.co.il", Column.RISKS, Qt.ItemDataRole.ForegroundRole) is None
    tooltip = str(cell(window, "yossi.co.il", Column.RISKS, Qt.ItemDataRole.ToolTipRole))
    assert "expires before the charge date" in tooltip
    assert window.upcoming.summary.text().startswith("10 charges from Nov 17, 2026 to Dec 24, 2026")
    # The totals per currency: never added across currencies.
    totals = {t.currency: (t.amount_minor, t.at_risk_minor, t.charges) for t in window.upcoming.totals.totals}
    assert totals == {
        "ILS": (5900 + 48000 + 0 + 5900 + 5900 + 4550 + 5900, 0 + 5900 + 5900 + 4550, 7),
        "USD": (1500 * 3, 1500, 3),
    }
    assert cell_text(window.upcoming.totals, 0, 0) == "ILS"
    assert cell_text(window.upcoming.totals, 0, 2) == "₪163.50"
    assert cell_text(window.upcoming.totals, 1, 4) == "3 charges"
    # What is at risk in the risk colour, the rest in the palette's own.
    totals_model = window.upcoming.totals.model()
    at_risk = totals_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(at_risk, QBrush) and at_risk.color() == risk_color()
    assert totals_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    alignment = totals_model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def test_a_longer_range_reaches_further(qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    assert "far.co.il" not in services(window)
    window.upcoming.days.setValue(120)
    window.upcoming.refresh_button.click()
    qtbot.waitUntil(lambda: window.settled)
    assert window.upcoming.charges() == list(upcoming_charges(sctx, FINANCE, days=120).rows)
    assert "far.co.il" in services(window)


def test_filters_narrow_the_rows_the_totals_and_the_chart(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, ADMIN)
    forecast = upcoming_charges(sctx, ADMIN)
    panel = window.upcoming
    assert [panel.currency.itemData(i) for i in range(panel.currency.count())] == [None, "ILS", "USD"]

    set_filter(qtbot, window, risk="at_risk")
    assert sorted(services(window)) == ["avi.com", "emma-shop.com", "levi-gold", "noa.co.il", "yossi.co.il"]
    assert all(row.risks for row in panel.charges())
    shown = panel.shown()
    assert shown is not None
    assert shown == narrow(forecast, ForecastFilter(risk="at_risk"))
    assert {t.currency: t.amount_minor for t in panel.totals.totals} == {
        "ILS": 5900 + 5900 + 4550,
        "USD": 1500,
    }
    assert {t.currency: t.safe_minor for t in panel.totals.totals} == {"ILS": 0, "USD": 0}

    set_filter(qtbot, window, risk=Risk.NO_CARD.value)
    assert services(window) == ["noa.co.il"]

    set_filter(qtbot, window, risk="safe", currency="USD")
    assert sorted(services(window)) == ["emma.com", "evil.com"]
    assert [(t.currency, t.amount_minor, t.charges) for t in panel.totals.totals] == [("USD", 3000, 2)]
    assert [panel.chart_currency.itemData(i) for i in range(panel.chart_currency.count())] == ["USD"]

    set_filter(qtbot, window, risk="any", currency=None, customer="כהן")
    assert services(window) == ["moshe.co.il"]
    set_filter(qtbot, window, customer="EMMA")  # the customer's name or number, in any case
    assert sorted(services(window)) == ["emma-shop.com", "emma.com"]
    set_filter(qtbot, window, customer="")
    assert panel.charges() == list(forecast.rows)


def test_the_chart_draws_exactly_the_filtered_totals(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    panel = window.upcoming

    def chart_sums() -> dict[tuple[date, str], tuple[int, int, int]]:
        sums = {}
        for index in range(panel.chart_currency.count()):
            panel.chart_currency.setCurrentIndex(index)
            assert panel.chart.currency() == panel.chart_currency.itemData(index)
            for bar in panel.chart.bars():
                assert bar.currency == panel.chart.currency()
                sums[(bar.day, bar.currency)] = (bar.safe_minor, bar.at_risk_minor, bar.charges)
        return sums

    for only in (
        {},
        {"risk": "at_risk"},
        {"currency": "USD"},
        {"risk": "any", "currency": None, "customer": "levi"},
    ):
        set_filter(qtbot, window, **only)
        shown = panel.shown()
        assert shown is not None
        assert chart_sums() == day_sums(panel.charges()) == totals_as_sums(shown.totals)
    # Emma's two charges of 2026-12-03 stack in one bar: one safe, one at risk, in dollars only.
    set_filter(qtbot, window, risk="any", currency=None, customer="")
    panel.chart_currency.setCurrentIndex(panel.chart_currency.findData("USD"))
    bars = {bar.day: bar for bar in panel.chart.bars()}
    assert (bars[date(2026, 12, 3)].safe_minor, bars[date(2026, 12, 3)].at_risk_minor) == (1500, 1500)
    assert date(2026, 12, 5) not in bars  # levi-site is in shekels


def test_the_chart_explains_a_day_on_hover(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    chart = window.upcoming.chart
    chart.resize(800, 260)
    window.upcoming.chart_currency.setCurrentIndex(window.upcoming.chart_currency.findData("USD"))
    bar = next(bar for bar in chart.bars() if bar.day == date(2026, 12, 3))
    where = chart.bar_rect(bar).center().toPoint()
    assert chart.bar_at(where) == bar
    assert chart.bar_at(QPoint(2, 2)) is None
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where)))
    text = QToolTip.text()
    assert "Dec 3, 2026" in text and "Total: $30.00" in text
    assert "At risk: $15.00" in text and "Safe: $15.00" in text and "2 charges" in text
    QToolTip.hideText()


def test_hebrew_runs_right_to_left_and_so_does_the_chart(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    install_language(qapp, "he")
    window = open_finance(sctx, FINANCE)
    chart = window.upcoming.chart
    chart.resize(800, 260)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert chart.layoutDirection() == Qt.LayoutDirection.RightToLeft
    bars = chart.bars()
    assert len(bars) > 1
    first, last = chart.bar_rect(bars[0]), chart.bar_rect(bars[-1])
    assert bars[0].day < bars[-1].day
    assert first.left() > last.right()  # the earlier day is drawn further right
    assert "₪" in str(cell(window, "levi.co.il", Column.AMOUNT))


def test_amounts_sort_as_numbers_and_dates_as_dates(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    set_filter(qtbot, window, currency="ILS")
    table = window.upcoming.table
    table.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [row.amount_minor for row in window.upcoming.charges()]
    assert amounts == [None, 4550, 5900, 5900, 5900, 5900, 48000]  # ₪480.00 after ₪59.00
    table.sortByColumn(Column.CHARGE_ON, Qt.SortOrder.DescendingOrder)
    days = [row.charge_on for row in window.upcoming.charges()]
    assert days == sorted(days, reverse=True) and days[0] == date(2026, 12, 15)
    # The sort holds when the filters change.
    set_filter(qtbot, window, currency=None)
    days = [row.charge_on for row in window.upcoming.charges()]
    assert days == sorted(days, reverse=True) and days[0] == date(2026, 12, 20)


def test_the_model_keeps_qt_rules(qtmodeltester: ModelTester, sctx: AppContext) -> None:
    load_finance(sctx)
    prepared = prepare_upcoming(upcoming_charges(sctx, FINANCE))
    model = UpcomingModel()
    proxy = SortingProxy()
    proxy.setSourceModel(model)
    model.set_rows(prepared.table)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]
    model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    # Grouped by currency (amounts of two currencies are not one scale), numeric within each.
    assert [row.currency for row in model.charges()] == ["USD"] * 3 + ["ILS"] * 7
    shekels = [row.amount_minor or -1 for row in model.charges() if row.currency == "ILS"]
    assert shekels == sorted(shekels, reverse=True) and shekels[0] == 48000
