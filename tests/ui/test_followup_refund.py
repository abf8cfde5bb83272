"""A card charge received and not applied, in the Follow-up window: the first row, in words, with its one
action; Refund asks first, gives the money back through the gateway and the row leaves by itself."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from desktop.app.actor import Actor, Role
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import FollowUpKind, PaymentMethod
from desktop.store.models import Service
from desktop.ui.followup.followup_model import Column
from desktop.ui.followup.followup_window import FollowUpWindow
from tests.app.helpers import card_id, customer_id, service_id
from tests.jobs.helpers import card, customer, document, hosting, load
from tests.support.gateway_crash import dead_after
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, row_count

SALES = Actor("sara", Role.SALES)
FINANCE = Actor("fina", Role.FINANCE)


def not_applied(ctx: AppContext) -> int:
    """A proforma whose card was charged while its only service was removed, settled: not applied."""
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    load(ctx, document([customer("dana", [site], cards=[card("v1")])]))
    [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi-site")])
    request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
    with dead_after(ctx):
        record_payment(ctx, SALES, proforma.number, request)
    with ctx.db.transaction() as session:
        session.execute(delete(Service).where(Service.name == "levi-site"))
    with pytest.raises(Exception, match="payment_not_applied"):
        record_payment(ctx, SALES, proforma.number, request)
    return proforma.number


def test_finance_refunds_a_charge_not_applied_from_the_follow_up_list(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    number = not_applied(sctx)
    window = make_window(sctx, FINANCE)
    window.followup.action.trigger()
    followup = window.followup.window
    assert isinstance(followup, FollowUpWindow)
    qtbot.waitUntil(lambda: row_count(followup.table) > 0)

    assert cell_text(followup.table, 0, Column.KIND) == "Money received, not applied"
    why = cell_text(followup.table, 0, Column.REASON)
    assert why.startswith(f"Proforma {number}: card ending 4242 charged")
    assert "Money received, not applied: 1" in followup.summary.text()
    followup.choose_row(0)
    qtbot.waitUntil(lambda: followup.chosen is not None)
    assert followup.chosen is not None and followup.chosen.kind is FollowUpKind.MONEY_NOT_APPLIED
    labels = [button.text() for button in followup.buttons if not button.isHidden()]
    assert labels == ["Refund to the card…"] and followup.buttons[0].isEnabled()

    followup.buttons[0].click()

    [(title, text)] = message_boxes
    assert title == "Refund to the card" and f"for proforma {number}" in text
    qtbot.waitUntil(lambda: "was refunded to the card ending" in followup.note.text(), timeout=10_000)
    assert [entry["kind"] for entry in sctx.gateway.entries()].count("refund") == 1
    # The row leaves by itself (the refund announced its change).
    qtbot.waitUntil(
        lambda: all(row.kind is not FollowUpKind.MONEY_NOT_APPLIED for row in followup.model.shown_rows()),
        timeout=10_000,
    )


def test_the_window_writes_the_amount_not_applied_as_it_writes_money(qtbot: QtBot) -> None:
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.ui import messages

    refused = UseCaseError(
        ErrorCode.PAYMENT_NOT_APPLIED,
        number=1002,
        last4="4242",
        amount="59.00 ILS",
        amount_minor=5900,
        currency="ILS",
        reason="nothing_to_renew",
    )
    text = messages.error(refused)
    assert "charged ₪59.00, but proforma 1002 can no longer take it" in text and "ILS" not in text


def test_asking_the_gateway_records_a_charge_whose_answer_was_lost(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    load(sctx, document([customer("dana", [site], cards=[card("v1")])]))
    [proforma] = issue_proformas(sctx, SALES, customer_id(sctx, "dana"), [service_id(sctx, "levi-site")])
    with dead_after(sctx):
        record_payment(
            sctx,
            SALES,
            proforma.number,
            PaymentRequest(PaymentMethod.CARD, card_id=card_id(sctx, "dana", "v1")),
        )
    window = make_window(sctx, FINANCE)
    window.followup.action.trigger()
    followup = window.followup.window
    assert isinstance(followup, FollowUpWindow)
    qtbot.waitUntil(lambda: row_count(followup.table) > 0)
    assert cell_text(followup.table, 0, Column.KIND) == "Card payment outcome unknown"
    followup.choose_row(0)
    qtbot.waitUntil(lambda: followup.chosen is not None)
    assert [button.text() for button in followup.buttons if not button.isHidden()] == ["Ask the gateway"]

    followup.buttons[0].click()

    qtbot.waitUntil(lambda: "The card was charged" in followup.note.text(), timeout=10_000)
    assert f"proforma {proforma.number} is paid, invoice INV-" in followup.note.text()
    assert [entry["kind"] for entry in sctx.gateway.entries()].count("charge") == 1
    qtbot.waitUntil(lambda: row_count(followup.table) == 0, timeout=10_000)


def test_the_payment_dialog_says_the_card_was_charged_before_and_where_the_money_is(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    from desktop.app.payments_not_applied import refund_not_applied
    from desktop.ui.dialogs.payment_dialog import PaymentDialog

    number = not_applied(sctx)
    window = make_window(sctx, FINANCE)
    dialog = PaymentDialog(window.workspace, window.tasks, number, parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.earlier.isVisibleTo(dialog)
    assert dialog.earlier.text() == (
        "The card ending 4242 was charged ₪900.00 for this proforma before; nothing could take it: it is to "
        "be refunded from Follow-up."
    )
    refund_not_applied(sctx, FINANCE, number)
    qtbot.waitUntil(lambda: "and it was refunded" in dialog.earlier.text(), timeout=10_000)
