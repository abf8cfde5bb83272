"""The finance window as a whole (R21, R23): a sales user is refused and sees no data; a double click
opens the charge's service page; past results show what the due checks did; the window remembers
where it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.app.actor import SCHEDULER
from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.finance.upcoming_model import Column
from tests.app.helpers import FINANCE, SALES, renew_states, service_id
from tests.jobs.helpers import CHARGE_DECLINED, at_nine, card, customer, document, domain, load
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import ModalSteps, load_finance


def item_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_a_sales_user_is_refused_and_sees_nothing(
    sctx: AppContext, open_finance: FinanceFactory, message_boxes: list[tuple[str, str]]
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, SALES)
    assert message_boxes == [("RenewDesk", "Your role may not do this.")]  # once, not per tab
    assert window.upcoming.charges() == []
    assert window.upcoming.shown() is None
    assert window.upcoming.totals.totals == []
    assert window.upcoming.chart.bars() == ()
    assert window.past.results() == []
    assert window.upcoming.notice.text() == "Your role may not do this."
    assert window.past.notice.text() == "Your role may not do this."


def test_a_double_click_opens_the_charges_service_page(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    table = window.upcoming.table
    row = [charge.service for charge in window.upcoming.charges()].index("avi.com")
    index = window.upcoming.proxy.index(row, Column.SERVICE)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    states = renew_states(sctx)
    seen: dict[str, object] = {}

    def steps(page: ServicePage) -> None:
        seen["title"], seen["service"] = page.windowTitle(), page.service.id
        seen["customer"] = page.account.customer.ref
        # Finance may look but not change (R23): nothing on the page can be edited or saved, and
        # the use case refuses a save even if one got through.
        save = page.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["editable"] = [w.isEnabled() for w in (save, page.enabled, page.card, page.contact)]
        seen["tooltip"] = save.toolTip()
        page.save()
        qtbot.waitUntil(lambda: page.error.text() != "")
        seen["error"] = page.error.text()
        page.reject()
        seen["result"] = page.result()

    driver = ModalSteps(ServicePage, steps)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: driver.done, timeout=20_000)
    driver.stop()
    assert driver.errors == []
    assert seen == {
        "title": "avi.com",
        "service": service_id(sctx, "avi.com"),
        "customer": "avi",
        "editable": [False, False, False, False],
        "tooltip": "Your role may not do this",
        "error": "Your role may not do this.",
        "result": QDialog.DialogCode.Rejected,
    }
    assert renew_states(sctx) == states
    qtbot.waitUntil(lambda: window.service_page is None)


def test_past_results_show_what_the_due_checks_did(
    qtbot: QtBot, sctx: AppContext, clock: ManualClock, open_finance: FinanceFactory
) -> None:
    due = date(2026, 11, 26)
    load(
        sctx,
        document(
            [
                customer("good", [domain("g1", "good.co.il", due)]),
                customer("bad", [domain("b1", "bad.co.il", due)], cards=[card(number=CHARGE_DECLINED)]),
            ]
        ),
    )
    for day in (date(2026, 11, 24), due):
        clock.set(at_nine(day))
        run_due_checks(sctx, SCHEDULER)
    window = open_finance(sctx, FINANCE)
    past = window.past
    assert (
        past.first.date().toString(Qt.DateFormat.ISODate),
        past.last.date().toString(Qt.DateFormat.ISODate),
    ) == (
        "2026-10-27",
        "2026-11-26",
    )
    assert {(r.service, r.outcome, r.reason) for r in past.results()} == {
        ("good.co.il", "charged", None),
        ("bad.co.il", "failed", "charge_declined"),
    }
    texts = {
        past.proxy.index(row, 2).data(): tuple(past.proxy.index(row, column).data() for column in range(6))
        for row in range(past.proxy.rowCount())
    }
    assert texts["good.co.il"] == ("Nov 26, 2026", "good", "good.co.il", "charged", "", "₪59.00")
    assert texts["bad.co.il"] == (
        "Nov 26, 2026",
        "bad",
        "bad.co.il",
        "charge failed",
        "Stopped: charge declined",
        "₪59.00",
    )
    totals = {
        tuple(item_text(past.totals, row, column) for column in range(4))
        for row in range(past.totals.rowCount())
    }
    assert totals == {("charged", "ILS", "1", "₪59.00"), ("charge failed", "ILS", "1", "₪59.00")}
    # A range before the run holds nothing.
    past.last.setDate(past.first.date().addDays(1))
    past.show_button.click()
    qtbot.waitUntil(lambda: window.settled)
    assert past.results() == [] and past.totals.rowCount() == 0


def test_the_window_remembers_its_geometry(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    window = open_finance(sctx, FINANCE)
    window.resize(720, 520)
    window.close()
    assert isinstance(QSettings().value("finance/geometry"), QByteArray)
    again: FinanceWindow = open_finance(sctx, FINANCE)
    assert (again.width(), again.height()) == (720, 520)


def test_an_empty_forecast_offers_no_export(sctx: AppContext, open_finance: FinanceFactory) -> None:
    window = open_finance(sctx, FINANCE)
    assert window.upcoming.charges() == []
    assert window.upcoming.summary.text().startswith("0 charges")
    assert window.upcoming.chart.bars() == ()
    assert not window.export_csv_action.isEnabled()  # nothing to write
    assert window.windowTitle() == "RenewDesk finance — fina"
