"""The finance window as a whole (R21, R23): a sales user is refused and sees no data; a double click
opens the charge's service page; past results show what the due checks did; the window remembers
where it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import customers
from desktop.app.actor import SCHEDULER
from desktop.app.changes import DUE_RUN_CHANGES
from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.ui.colours import risk_color, success_color
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.finance.past_results_model import Column
from desktop.ui.finance.upcoming_model import Column as UpcomingColumn
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, FINANCE, SALES, customer_id, renew_states, service_id
from tests.jobs.helpers import customer, document, domain, load
from tests.jobs.smtp_helpers import point_smtp_at, running_smtp
from tests.ui.driving import cell_text, row_count
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import HEBREW_NAME, ModalSteps, load_finance, load_past


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
    index = window.upcoming.proxy.index(row, UpcomingColumn.SERVICE)
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
        qtbot.waitUntil(page.settled)
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
        "tooltip": "Your role may not do this.",
        "error": "Your role may not do this.",
        "result": QDialog.DialogCode.Rejected,
    }
    assert renew_states(sctx) == states
    qtbot.waitUntil(lambda: window.service_page is None)


def test_past_results_show_what_the_due_checks_did(
    qtbot: QtBot, sctx: AppContext, clock: ManualClock, open_finance: FinanceFactory
) -> None:
    load_past(sctx, clock)
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
        ("late.co.il", "needs_attention", "charge_date_missed"),
    }
    texts = {
        past.proxy.index(row, Column.SERVICE).data(): tuple(
            past.proxy.index(row, column).data() for column in range(6)
        )
        for row in range(past.proxy.rowCount())
    }
    # Issue 11: the customer's name (its number in a tooltip), and what a charge left to staff is worth.
    assert texts["good.co.il"] == ("Nov 26, 2026", "Gil Good", "good.co.il", "charged", "", "₪59.00")
    assert texts["bad.co.il"] == (
        "Nov 26, 2026",
        "Bea Bad",
        "bad.co.il",
        "charge failed",
        "Stopped: charge declined",
        "₪59.00",
    )
    assert texts["late.co.il"] == (
        "Nov 10, 2026",
        HEBREW_NAME,
        "late.co.il",
        "needs attention",
        "Charge date missed by more than the grace days",
        "₪59.00",
    )
    row = [r.service for r in past.results()].index("good.co.il")
    assert past.proxy.index(row, Column.CUSTOMER).data(Qt.ItemDataRole.ToolTipRole) == "c-101"
    totals = {
        tuple(cell_text(past.totals, row, column) for column in range(4))
        for row in range(row_count(past.totals))
    }
    assert totals == {
        ("charged", "ILS", "1", "₪59.00"),
        ("charge failed", "ILS", "1", "₪59.00"),
        ("needs attention", "ILS", "1", "₪59.00"),
    }
    # Charged in green, the rest in the risk colour, as the rows above them.
    colours = {
        cell_text(past.totals, row, 0): past.totals.model().index(row, 3).data(Qt.ItemDataRole.ForegroundRole)
        for row in range(row_count(past.totals))
    }
    assert all(isinstance(brush, QBrush) for brush in colours.values())
    assert {outcome: brush.color() for outcome, brush in colours.items()} == {
        "charged": success_color(),
        "charge failed": risk_color(),
        "needs attention": risk_color(),
    }
    # A range before the runs holds nothing.
    past.last.setDate(past.first.date().addDays(1))
    past.show_button.click()
    qtbot.waitUntil(lambda: window.settled)
    assert past.results() == [] and row_count(past.totals) == 0


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


def test_a_change_in_another_window_shows_here_at_once(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    """R34, issue 11: auto-renew switched off on a service page of the same desk; the finance window,
    open beside it, shows the new state without a refresh by hand."""
    load_finance(sctx)
    window = open_finance(sctx, ADMIN)
    assert "levi.co.il" in [charge.service for charge in window.upcoming.charges()]
    desk = window.workspace
    account = desk.call(customers.load_account, customer_id(sctx, "dana"))
    service = next(s for s in account.services if s.name == "levi.co.il")
    other_tasks = TaskRunner()
    page = ServicePage(desk, other_tasks, account, service)
    page.show()
    qtbot.waitUntil(page.settled)
    page.enabled.setChecked(False)
    qtbot.waitUntil(page.settled)
    page.save()
    qtbot.waitUntil(lambda: "levi.co.il" not in [charge.service for charge in window.upcoming.charges()])
    qtbot.waitUntil(lambda: window.settled)
    assert len(window.upcoming.charges()) == 9
    other_tasks.wait(10_000)
    page.close()


def test_the_background_checks_show_here_when_their_run_ends(
    qtbot: QtBot, sctx: AppContext, open_finance: FinanceFactory
) -> None:
    """R34, issue 11: a due run charges today's renewal; both tabs follow when the background checks
    announce the end of their run (as their owner does for every run)."""
    today = date(2026, 11, 24)
    load(sctx, document([customer("c-101", [domain("g1", "today.co.il", today)], name="Gil Good")]))
    window = open_finance(sctx, FINANCE)
    assert [(c.service, c.charge_on) for c in window.upcoming.charges()] == [("today.co.il", today)]
    assert window.past.results() == []
    with running_smtp() as server:  # the charge waits until its notice was sent (jobs.notice_gate)
        point_smtp_at(sctx, server.port)
        run_due_checks(sctx, SCHEDULER)
    window.workspace.announce(DUE_RUN_CHANGES)
    qtbot.waitUntil(lambda: [r.outcome for r in window.past.results()] == ["charged"])
    qtbot.waitUntil(lambda: window.settled)
    assert window.upcoming.charges() == []
