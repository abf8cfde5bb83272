"""Defects a hostile tester found in paying proformas (issue 12): two workstations paying one proforma
at once (the card's charge under way is waited for, and who comes second is told how it was paid), a
second open proforma for the same service (refused; and a period another proforma's payment renewed
is left out), and a paid proforma's total (the amount paid, and why less than printed)."""

from __future__ import annotations

import socket
import threading
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, update

from desktop.app.documents import list_proformas, proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.payments import (
    PaymentOutcome,
    PaymentRequest,
    cancel_proforma,
    preview_payment,
    record_payment,
)
from desktop.app.proformas import issue_proformas, preview_proformas
from desktop.bootstrap import AppContext
from desktop.cli.messages import describe
from desktop.core.clock import ManualClock
from desktop.core.codes import AttemptStatus, ErrorCode, LeftOut, PaymentMethod, ProformaStatus
from desktop.store.models import PaymentAttempt, Proforma
from tests.app.helpers import SALES, card_id, customer_id, service_id
from tests.jobs.helpers import (
    card,
    customer,
    document,
    domain,
    hosting,
    ledger_charges,
    load,
    run_with_a_mail_server,
    service,
)
from tests.support.gated_gateway import gate_charges

SOON = date(2026, 12, 2)  # levi.co.il's expiry: its due checks come before it
LATER = date(2027, 6, 1)


@pytest.fixture
def dana(ctx: AppContext) -> int:
    site = hosting("s2", "levi-site", LATER, period=24, installments=5)
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", SOON), site], cards=[card("v1")])]))
    return customer_id(ctx, "dana")


def _issue(ctx: AppContext, customer: int, *names: str) -> int:
    [proforma] = issue_proformas(ctx, SALES, customer, [service_id(ctx, name) for name in names])
    return proforma.number


def _refused(work: Any) -> UseCaseError:
    with pytest.raises(UseCaseError) as refused:
        work()
    return refused.value


def _proformas(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return session.scalar(select(func.count(Proforma.id))) or 0


# -- 2. two workstations paying one proforma -----------------------------------------------------


def test_a_card_charge_under_way_is_waited_for_and_who_comes_second_learns_how_it_was_paid(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    card_request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
    gated = gate_charges(ctx)
    done: dict[str, object] = {}

    def pay_by_card() -> None:
        try:
            done["card"] = record_payment(ctx, SALES, number, card_request)
        except BaseException as exc:  # the test asserts on it below
            done["card"] = exc

    paying = threading.Thread(target=pay_by_card)
    paying.start()
    try:
        assert gated.entered.wait(20), "the card charge reached the gateway"
        # The other workstation, while the gateway has not answered yet: a transfer, a cash payment,
        # the card again, a cancellation: each is told the charge is under way, not that its outcome
        # is unknown (the gateway is answering).
        for work in (
            lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER)),
            lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH)),
            lambda: record_payment(ctx, SALES, number, card_request),
            lambda: cancel_proforma(ctx, SALES, number),
        ):
            waiting = _refused(work)
            assert waiting.code is ErrorCode.PAYMENT_UNDER_WAY
            assert waiting.params == {"number": number, "last4": "4242"}
        preview = preview_payment(ctx, SALES, number).refusal
        assert preview is not None and preview.code is ErrorCode.PAYMENT_UNDER_WAY
        assert "under way (card ending 4242): wait a moment and look again" in describe(waiting)
    finally:
        gated.gate.set()
        paying.join(30)
    outcome = done["card"]
    assert isinstance(outcome, PaymentOutcome), outcome
    charges = [row for row in ledger_charges(ctx) if row["key"].startswith("proforma-")]
    assert len(charges) == 1, "one charge"

    second = _refused(lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER)))
    assert second.code is ErrorCode.PROFORMA_NOT_OPEN
    assert second.params["method"] == "card" and second.params["last4"] == "4242"
    assert second.params["invoice"] == outcome.invoice_title
    assert f"already paid by card ending 4242, invoice {outcome.invoice_title}" in describe(second)


class _CardPaidMeanwhile:
    """Given as the transfer's `cancel`: its first look (after the transfer's checks, before its
    transaction) is when another workstation's card payment of the same proforma finishes."""

    def __init__(self, pay: Any) -> None:
        self._pay: Any = pay

    def is_set(self) -> bool:
        pay, self._pay = self._pay, None
        if pay is not None:
            pay()
        return False


def test_a_transfer_refused_after_the_card_payment_finished_names_the_card_and_invoice(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    paid: list[PaymentOutcome] = []
    card_request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
    meanwhile = _CardPaidMeanwhile(lambda: paid.append(record_payment(ctx, SALES, number, card_request)))

    refused = _refused(
        lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER), meanwhile)  # type: ignore[arg-type]
    )

    assert refused.code is ErrorCode.PROFORMA_NOT_OPEN, "not 'the gateway did not say'"
    assert refused.params["invoice"] == paid[0].invoice_title and refused.params["method"] == "card"
    assert proforma_document(ctx, SALES, number).payment is not None
    assert service(ctx, "levi-site").expires_on == date(2029, 6, 1), "renewed once"


def test_a_charge_whose_process_died_is_still_unknown_not_under_way(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    gated = gate_charges(ctx)
    gated.gate.set()
    record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1")))
    # Made up: a pending charge sent by a process of this machine that no longer runs.
    other = _issue(ctx, dana, "levi.co.il")
    with ctx.db.transaction() as session:
        proforma_id = session.scalars(select(Proforma.id).where(Proforma.number == other)).one()
        session.add(
            PaymentAttempt(
                proforma_id=proforma_id,
                idempotency_key=f"proforma-{other}-1",
                status=AttemptStatus.PENDING.value,
                amount_minor=5900,
                currency="ILS",
                card_last4="4242",
                sent_by="nowhere-host-that-is-not-this:1:dead",
                created_at=ctx.clock.now(),
            )
        )
    assert (
        _refused(lambda: record_payment(ctx, SALES, other, PaymentRequest(PaymentMethod.CASH))).code
        is ErrorCode.PAYMENT_UNDER_WAY
    ), "another machine's process: its lease's end tells"
    with ctx.db.transaction() as session:
        session.execute(
            update(PaymentAttempt)
            .where(PaymentAttempt.proforma_id == proforma_id)
            .values(sent_by=f"{socket.gethostname()}:999999999:dead")
        )
    assert (
        _refused(lambda: record_payment(ctx, SALES, other, PaymentRequest(PaymentMethod.CASH))).code
        is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    )


# -- 3. one open proforma per service --------------------------------------------------------------


def test_a_service_on_an_open_proforma_is_not_proposed_again(ctx: AppContext, dana: int) -> None:
    first = _issue(ctx, dana, "levi.co.il")
    domain_id = service_id(ctx, "levi.co.il")

    refusal = preview_proformas(ctx, SALES, dana, [domain_id]).refusal
    assert refusal is not None and refusal.code is ErrorCode.ALREADY_ON_OPEN_PROFORMA
    assert refusal.params == {"numbers": [first], "services": ["levi.co.il"]}
    assert f"levi.co.il already on open proforma {first}: cancel it first" in describe(refusal)
    before = _proformas(ctx)
    for chosen in ([domain_id], None):  # Renew and Renew All
        refused = _refused(lambda chosen=chosen: issue_proformas(ctx, SALES, dana, chosen))
        assert refused.code is ErrorCode.ALREADY_ON_OPEN_PROFORMA and refused.params["numbers"] == [first]
    assert _proformas(ctx) == before, "nothing issued"
    assert preview_proformas(ctx, SALES, dana, [service_id(ctx, "levi-site")]).refusal is None

    cancel_proforma(ctx, SALES, first)
    assert preview_proformas(ctx, SALES, dana, [domain_id]).refusal is None
    _issue(ctx, dana, "levi.co.il")


def test_a_period_another_proforma_paid_is_left_out_and_never_renewed_twice(
    ctx: AppContext, dana: int
) -> None:
    # Two open proformas for the same period, as issued before the rule (or on two workstations
    # at once before it): the first set aside while the second is issued.
    first = _issue(ctx, dana, "levi.co.il")
    with ctx.db.transaction() as session:
        session.execute(update(Proforma).where(Proforma.number == first).values(status="cancelled"))
    second = _issue(ctx, dana, "levi.co.il", "levi-site")
    with ctx.db.transaction() as session:
        session.execute(update(Proforma).where(Proforma.number == first).values(status="open"))

    record_payment(ctx, SALES, first, PaymentRequest(PaymentMethod.TRANSFER))
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2)

    preview = preview_payment(ctx, SALES, second)
    assert {line.description: line.left_out for line in preview.lines} == {
        "levi.co.il": LeftOut.PAID_ON_ANOTHER_PROFORMA,
        "levi-site": None,
    }
    outcome = record_payment(ctx, SALES, second, PaymentRequest(PaymentMethod.TRANSFER))
    assert [item.name for item in outcome.renewed] == ["levi-site"]
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2), "not renewed twice (to 2028)"
    lines = {line.description: line.left_out for line in proforma_document(ctx, SALES, second).lines}
    assert lines["levi.co.il"] is LeftOut.PAID_ON_ANOTHER_PROFORMA
    # The first proforma's own lines are not 'left out' by its own invoice once it is paid.
    assert all(line.left_out is None for line in preview_payment(ctx, SALES, first).lines)


# -- 1. a paid proforma's total --------------------------------------------------------------------


def test_a_paid_proforma_shows_the_amount_paid_and_the_printed_total_is_refused_saying_why(
    ctx: AppContext, dana: int, clock: ManualClock
) -> None:
    number = _issue(ctx, dana, "levi.co.il", "levi-site")
    run_with_a_mail_server(ctx, clock, SOON)  # the due checks charge levi.co.il's period automatically

    printed = _refused(
        lambda: record_payment(
            ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER, amount_minor=5900 + 90000)
        )
    )
    assert printed.code is ErrorCode.FIELD_INVALID and printed.params["problem"] == "differs"
    said = describe(printed)
    assert "is not the amount due (900.00 ILS)" in said
    assert "the printed total 959.00 ILS less the line(s) left out: levi.co.il 59.00 ILS" in said
    assert "(already charged automatically)" in said

    outcome = record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER, amount_minor=90000))
    assert outcome.amount_minor == 90000
    [row] = list_proformas(ctx, SALES, dana)
    assert row.status is ProformaStatus.PAID
    assert (row.total_minor, row.paid_minor, row.shown_total_minor) == (95900, 90000, 90000)
    assert row.left_out == ("levi.co.il",)
    paid = proforma_document(ctx, SALES, number)
    assert paid.payment is not None and paid.payment.amount_minor == 90000
