"""The account's Proformas tab (R39): each proforma with its state in words and colour (open, paid,
cancelled, expired), Record payment and Cancel proforma offered only where they apply and only to the
roles that may (with a tooltip saying why not), a cancellation asked first and audited, a payment made
through the dialog shown at once in this tab and in the Invoices tab."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import DocumentKind, PaymentMethod
from desktop.ui import colours
from desktop.ui.customers.invoices_model import Column as InvoiceColumn
from desktop.ui.customers.invoices_tab import InvoicesTab
from desktop.ui.customers.proformas_model import Column
from desktop.ui.customers.proformas_tab import ProformasTab
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.main_window import MainWindow
from tests.app.helpers import FINANCE, SALES, audit_rows, customer_id, service_id
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, while_modal


def _issue(ctx: AppContext, *names: str) -> int:
    ids = [service_id(ctx, name) for name in names]
    [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), ids)
    return proforma.number


def _tab(qtbot: QtBot, window: MainWindow) -> ProformasTab:
    tab = window.account_panel.findChild(ProformasTab)
    assert isinstance(tab, ProformasTab)
    window.account_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.settled and tab.model.rowCount() > 0, timeout=20_000)
    return tab


def _row(tab: ProformasTab, number: int) -> int:
    numbers = [cell_text(tab.table, r, Column.NUMBER) for r in range(row_count(tab.table))]
    return numbers.index(str(number))


def _states(tab: ProformasTab) -> dict[str, str]:
    return {
        cell_text(tab.table, r, Column.NUMBER): cell_text(tab.table, r, Column.STATE)
        for r in range(row_count(tab.table))
    }


def test_each_proforma_shows_its_state_and_the_actions_that_apply(
    qtbot: QtBot, sctx: AppContext, clock: ManualClock, make_window: WindowFactory
) -> None:
    load_all(sctx)
    old = _issue(sctx, "levi.com")
    clock.advance(timedelta(days=31))  # past its 30 days: expired, still payable
    fresh = _issue(sctx, "levi.co.il", "dana.co.il")
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)

    assert window.account_panel.tabs.tabText(window.account_panel.tabs.indexOf(tab)) == "Proformas"
    assert _states(tab) == {str(old): "expired", str(fresh): "open"}
    assert [cell_text(tab.table, r, Column.NUMBER) for r in range(2)] == [str(fresh), str(old)], (
        "newest first"
    )
    row = _row(tab, fresh)
    assert cell_text(tab.table, row, Column.SERVICES) == "dana.co.il, levi.co.il"
    assert cell_text(tab.table, row, Column.TOTAL) == "₪118.00"
    assert cell_text(tab.table, row, Column.ADDRESSEE) == "Dana Levi"
    expired = tab.proxy.index(_row(tab, old), Column.STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(expired, QBrush) and expired.color() == colours.risk_color()
    assert tab.summary.text() == "2 proformas, 2 open"

    assert not tab.pay_button.isEnabled() and tab.pay_button.toolTip() == "Choose a proforma first"
    tab.table.selectRow(_row(tab, old))
    assert tab.pay_button.isEnabled() and tab.cancel_button.isEnabled()


def test_cancel_asks_first_then_the_proforma_reads_cancelled_and_cannot_be_paid(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    message_boxes: list[tuple[str, str]],
) -> None:
    load_all(sctx)
    number = _issue(sctx, "levi.com")
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    tab.table.selectRow(_row(tab, number))
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]

    assert message_boxes[-1] == (
        "Cancel proforma",
        f"Cancel proforma {number}? It can no longer be paid; the services stay as they are.",
    )
    qtbot.waitUntil(lambda: _states(tab).get(str(number)) == "cancelled", timeout=20_000)
    assert tab.note.text() == f"Proforma {number} was cancelled."
    tab.table.selectRow(_row(tab, number))
    assert not tab.pay_button.isEnabled() and tab.pay_button.toolTip() == "This proforma was cancelled"
    assert not tab.cancel_button.isEnabled()
    assert [row.entity_id for row in audit_rows(sctx, "proforma.cancelled")] == [str(number)]


def test_finance_may_record_a_payment_but_not_cancel(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    number = _issue(sctx, "levi.com")
    window = make_window(sctx, FINANCE)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    tab.table.selectRow(_row(tab, number))
    assert tab.pay_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    assert tab.cancel_button.toolTip() == "Your role may not do this."


def test_a_payment_recorded_from_the_tab_shows_as_paid_with_its_invoice_in_both_tabs(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    number = _issue(sctx, "levi.com")
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    tab.table.selectRow(_row(tab, number))

    def steps(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: dialog.settled, timeout=20_000)
        dialog.method_buttons[PaymentMethod.CASH].setChecked(True)
        dialog.record()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
        dialog.reject()  # Close

    dialog = while_modal(tab.pay_button.click, PaymentDialog, steps)
    assert dialog.outcome is not None
    invoice = dialog.outcome.invoice_number
    assert tab.note.text() == dialog.outcome_text() and "is paid: invoice INV-" in tab.note.text()
    qtbot.waitUntil(lambda: _states(tab).get(str(number)) == "paid", timeout=20_000)
    row = _row(tab, number)
    assert cell_text(tab.table, row, Column.INVOICE) == str(invoice)
    paid = tab.proxy.index(row, Column.STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(paid, QBrush) and paid.color() == colours.success_color()
    tab.table.selectRow(row)
    assert not tab.pay_button.isEnabled()
    assert tab.pay_button.toolTip() == f"This proforma is paid (invoice {invoice})"

    invoices = window.account_panel.findChild(InvoicesTab)
    assert isinstance(invoices, InvoicesTab)
    window.account_panel.tabs.setCurrentWidget(invoices)
    qtbot.waitUntil(lambda: invoices.settled and invoices.model.rowCount() == 1, timeout=20_000)
    assert cell_text(invoices.table, 0, InvoiceColumn.NUMBER) == f"INV-{invoice}"
    assert cell_text(invoices.table, 0, InvoiceColumn.SOURCE) == f"Proforma {number}"
    assert cell_text(invoices.table, 0, InvoiceColumn.TOTAL) == "₪45.50"
    assert invoices.table.isColumnHidden(InvoiceColumn.CUSTOMER)
    assert invoices.summary.text() == "1 invoice"


def test_view_opens_the_chosen_proforma_and_invoice_as_they_print(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    number = _issue(sctx, "levi.com")
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    assert not tab.view_button.isEnabled()
    tab.table.selectRow(_row(tab, number))
    seen: dict[str, object] = {}

    def look(dialog: DocumentDialog) -> None:
        qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)
        assert dialog.document is not None
        seen["kind"], seen["number"] = dialog.document.kind, dialog.document.number
        dialog.reject()

    while_modal(tab.view_button.click, DocumentDialog, look)
    assert seen == {"kind": DocumentKind.PROFORMA, "number": number}
