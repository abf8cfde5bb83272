"""An expired proforma whose every period was paid otherwise offers to cancel it, never a payment the
payment would refuse (R41: each row's action does what it says); paying one still open is offered."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from desktop.app.errors import UseCaseError
from desktop.app.followup import followup_list
from desktop.app.payments import PaymentRequest, cancel_proforma, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import ErrorCode, FollowUpAction, FollowUpKind, PaymentMethod
from tests.app.helpers import SALES, customer_id, service_id
from tests.jobs.helpers import at_nine, card, customer, document, domain, load, run_with_a_mail_server

SOON = date(2026, 12, 2)


def _proforma_rows(ctx: AppContext, today: date) -> list[tuple[int | None, tuple[FollowUpAction, ...]]]:
    rows = followup_list(ctx, SALES, today).rows
    return [(row.proforma_number, row.actions) for row in rows if row.kind is FollowUpKind.PROFORMA_EXPIRED]


def test_a_proforma_whose_periods_were_charged_automatically_offers_cancel(
    ctx: AppContext, clock: ManualClock
) -> None:
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", SOON)], cards=[card("v1")])]))
    dana = customer_id(ctx, "dana")
    [paid_otherwise] = issue_proformas(ctx, SALES, dana, [service_id(ctx, "levi.co.il")])
    run_with_a_mail_server(ctx, clock, SOON)  # the due checks charge the same period automatically
    later = SOON + timedelta(days=40)  # past the proforma's validity
    clock.set(at_nine(later))

    assert _proforma_rows(ctx, later) == [(paid_otherwise.number, (FollowUpAction.CANCEL_PROFORMA,))]
    with pytest.raises(UseCaseError) as refused:  # what Record payment would have met
        record_payment(ctx, SALES, paid_otherwise.number, PaymentRequest(PaymentMethod.TRANSFER))
    assert refused.value.code is ErrorCode.NOTHING_TO_RENEW

    cancel_proforma(ctx, SALES, paid_otherwise.number)
    assert _proforma_rows(ctx, later) == []


def test_an_expired_proforma_still_to_pay_offers_the_payment(ctx: AppContext, clock: ManualClock) -> None:
    load(
        ctx,
        document(
            [
                customer(
                    "dana", [domain("s1", "levi.co.il", date(2027, 2, 1), enabled=False)], cards=[card("v1")]
                )
            ]
        ),
    )
    [open_one] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), None)
    later = open_one.issued_at.date() + timedelta(days=32)  # past its 30 days of validity
    assert _proforma_rows(ctx, later) == [(open_one.number, (FollowUpAction.RECORD_PAYMENT,))]


def test_a_page_asks_what_is_paid_once_for_all_its_expired_proformas(ctx: AppContext) -> None:
    names = [f"levi-{number}.co.il" for number in range(6)]
    services = [domain(f"s{i}", name, date(2027, 2, 1), enabled=False) for i, name in enumerate(names)]
    load(ctx, document([customer("dana", services, cards=[card("v1")])]))
    dana = customer_id(ctx, "dana")
    issued = [issue_proformas(ctx, SALES, dana, [service_id(ctx, name)])[0] for name in names]
    later = issued[0].issued_at.date() + timedelta(days=32)  # past their 30 days of validity
    asked: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "invoice_lines" in statement:
            asked.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        rows = _proforma_rows(ctx, later)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert sorted(number or 0 for number, _ in rows) == sorted(proforma.number for proforma in issued)
    assert {actions for _, actions in rows} == {(FollowUpAction.RECORD_PAYMENT,)}
    assert len(asked) == 1, "one query for the page, not one per proforma"
