"""A card charge the gateway made that the program cannot record as the proforma's payment (its lines
renewed otherwise or removed while the card was charged) is money received and not applied: said
when it happens, never left "pending" with nothing to do, listed first in the follow-up list, and
given back to the card by one action. A crash at any step charges nothing twice, refunds nothing
twice and loses nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, cast

import pytest
from sqlalchemy import delete, func, select

from desktop.app.documents import proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.followup import followup_list
from desktop.app.payments import (
    EarlierCharge,
    PaymentOutcome,
    PaymentRequest,
    cancel_proforma,
    preview_payment,
    record_payment,
    settle_card_payment,
)
from desktop.app.payments_not_applied import AMOUNT_DUE_CHANGED, refund_not_applied
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.cli.messages import describe
from desktop.core.codes import AttemptStatus, ErrorCode, FollowUpAction, FollowUpKind, PaymentMethod
from desktop.core.money import Money
from desktop.gateway.errors import GatewayTimeout
from desktop.gateway.protocol import RefundResult
from desktop.gateway.sandbox import SandboxGateway
from desktop.store.models import Invoice, Payment, PaymentAttempt, Service
from tests.app.helpers import FINANCE, SALES, audit_rows, card_id, customer_id, service_id
from tests.jobs.helpers import card, customer, document, domain, hosting, ledger_charges, load, service
from tests.support.gated_gateway import gate_charges
from tests.support.gateway_crash import crash, dead, dead_after

SOON = date(2026, 12, 2)
LATER = date(2027, 6, 1)


@pytest.fixture
def dana(ctx: AppContext) -> int:
    site = hosting("s2", "levi-site", LATER, period=24, installments=5)
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", SOON), site], cards=[card("v1")])]))
    return customer_id(ctx, "dana")


def _issue(ctx: AppContext, customer: int, *names: str) -> int:
    [proforma] = issue_proformas(ctx, SALES, customer, [service_id(ctx, name) for name in names])
    return proforma.number


def _by_card(ctx: AppContext) -> PaymentRequest:
    return PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))


def _refused(work: Callable[[], Any]) -> UseCaseError:
    with pytest.raises(UseCaseError) as refused:
        work()
    return refused.value


def _remove(ctx: AppContext, name: str) -> None:
    """The service removed by another way (another workstation, an import) while the card is charged."""
    with ctx.db.transaction() as session:
        session.execute(delete(Service).where(Service.name == name))


def _attempts(ctx: AppContext) -> list[tuple[str, str, int]]:
    with ctx.db.reading() as session:
        return [
            (row.idempotency_key, row.status, row.amount_minor)
            for row in session.scalars(select(PaymentAttempt).order_by(PaymentAttempt.id))
        ]


def _payments_and_invoices(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.reading() as session:
        payments = session.scalar(select(func.count(Payment.id))) or 0
        invoices = session.scalar(select(func.count(Invoice.id)).where(Invoice.proforma_id.is_not(None))) or 0
        return payments, invoices


def _refunds(ctx: AppContext) -> list[dict[str, Any]]:
    return [entry for entry in ctx.gateway.entries() if entry["kind"] == "refund"]


def _charges(ctx: AppContext) -> list[dict[str, Any]]:
    return [entry for entry in ledger_charges(ctx) if entry["key"].startswith("proforma-")]


def _removed_while_charging(ctx: AppContext, number: int, *names: str) -> UseCaseError:
    """Pays the proforma by card; while the gateway charges, the services named are removed."""
    gated = gate_charges(ctx)
    done: dict[str, object] = {}

    def pay() -> None:
        try:
            done["paid"] = record_payment(ctx, SALES, number, _by_card(ctx))
        except BaseException as exc:  # asserted below
            done["paid"] = exc

    paying = threading.Thread(target=pay)
    paying.start()
    try:
        assert gated.entered.wait(20), "the charge reached the gateway"
        for name in names:
            _remove(ctx, name)
    finally:
        gated.gate.set()
        paying.join(30)
    ctx.gateway = gated._inner
    refused = done["paid"]
    assert isinstance(refused, UseCaseError), refused
    return refused


def test_a_charge_nothing_can_take_is_said_listed_first_and_refunded_once(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")

    refused = _removed_while_charging(ctx, number, "levi-site")

    assert refused.code is ErrorCode.PAYMENT_NOT_APPLIED
    assert refused.params["last4"] == "4242" and refused.params["number"] == number
    assert "money is listed in `followup` as received and not applied" in describe(refused)
    assert f"`proforma refund {number}`" in describe(refused)
    [(key, status, amount)] = _attempts(ctx)
    assert status == AttemptStatus.UNAPPLIED and key == f"proforma-{number}-1"
    assert len(_charges(ctx)) == 1 and _charges(ctx)[0]["outcome"] == "succeeded"
    assert _payments_and_invoices(ctx) == (0, 0), "no payment or invoice for services that are gone"
    [noted] = audit_rows(ctx, "payment.not_applied")
    assert (
        noted.after is not None
        and noted.after["amount"] == amount
        and noted.after["reason"] == ("nothing_to_renew")
    )

    # Listed for finance, before any other row, with its action.
    found = followup_list(ctx, FINANCE)
    first = found.rows[0]
    assert first.kind is FollowUpKind.MONEY_NOT_APPLIED and first.actions == (FollowUpAction.REFUND,)
    assert (first.proforma_number, first.amount_minor, first.card_last4) == (number, amount, "4242")
    assert found.counts[FollowUpKind.MONEY_NOT_APPLIED] == 1
    # The proforma is no longer held by a charge "pending": it can be cancelled.
    cancel_proforma(ctx, SALES, number)

    [refunded] = refund_not_applied(ctx, FINANCE, number)
    assert (refunded.amount_minor, refunded.card_last4) == (amount, "4242")
    [refund] = _refunds(ctx)
    assert refund["key"] == f"refund-proforma-{number}-1" and refund["outcome"] == "succeeded"
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.REFUNDED]
    [written] = audit_rows(ctx, "payment.refunded")
    assert written.after is not None and written.after["refund_reference"] == refunded.reference
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.MONEY_NOT_APPLIED] == 0
    again = _refused(lambda: refund_not_applied(ctx, FINANCE, number))
    assert again.code is ErrorCode.REFUND_NOTHING
    assert len(_refunds(ctx)) == 1, "refunded once"


def test_a_charge_for_more_than_is_now_due_is_not_applied_and_the_rest_is_paid_with_a_new_key(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site", "levi.co.il")
    total = proforma_document(ctx, SALES, number).total_minor

    refused = _removed_while_charging(ctx, number, "levi.co.il")

    assert refused.code is ErrorCode.PAYMENT_NOT_APPLIED
    assert _attempts(ctx) == [(f"proforma-{number}-1", AttemptStatus.UNAPPLIED, total)]
    with ctx.db.reading() as session:
        reason = session.scalar(select(PaymentAttempt.reason))
    assert reason == AMOUNT_DUE_CHANGED
    assert _payments_and_invoices(ctx) == (0, 0), "never an invoice for less than was charged"

    # What is still due is paid with a new key: the first charge is neither repeated nor recorded.
    outcome = record_payment(ctx, SALES, number, _by_card(ctx))
    assert outcome.amount_minor < total and [item.name for item in outcome.renewed] == ["levi-site"]
    keys = [(key, status) for key, status, _ in _attempts(ctx)]
    assert keys == [
        (f"proforma-{number}-1", AttemptStatus.UNAPPLIED),
        (f"proforma-{number}-2", AttemptStatus.SUCCEEDED),
    ]
    assert len(_charges(ctx)) == 2
    # The paid proforma's unapplied charge is still there to refund, and its payment dialog says so.
    assert followup_list(ctx, FINANCE).rows[0].kind is FollowUpKind.MONEY_NOT_APPLIED
    earlier = EarlierCharge(total, "ILS", "4242", refunded=False)
    assert preview_payment(ctx, SALES, number).earlier_charges == (earlier,)
    refund_not_applied(ctx, FINANCE, number)
    assert preview_payment(ctx, SALES, number).earlier_charges == (replace(earlier, refunded=True),)
    assert [entry["amount"] for entry in _refunds(ctx)] == [_charges(ctx)[0]["amount"]]


def test_a_crash_after_the_gateway_charged_is_settled_as_not_applied_never_charged_again(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    with dead_after(ctx):
        record_payment(ctx, SALES, number, _by_card(ctx))
    # The try ended: the database says so (no memory of this process does), so every window of every
    # process sees it unknown at once, not under way.
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.UNKNOWN]
    _remove(ctx, "levi-site")  # meanwhile, before anyone tries again

    # Cancelling is refused while the charge is unknown: the card may have been charged.
    assert _refused(lambda: cancel_proforma(ctx, SALES, number)).code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    # Paying again settles the charge by its key: made, and nothing left to take it.
    refused = _refused(lambda: record_payment(ctx, SALES, number, _by_card(ctx)))
    assert refused.code is ErrorCode.PAYMENT_NOT_APPLIED
    assert len(_charges(ctx)) == 1, "charged once"
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.UNAPPLIED]
    assert _payments_and_invoices(ctx) == (0, 0)


def test_a_crash_before_the_gateway_is_asked_charges_nothing(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")

    dead(lambda: record_payment(ctx, SALES, number, _by_card(ctx), on_sent=crash))
    _remove(ctx, "levi-site")

    refused = _refused(lambda: record_payment(ctx, SALES, number, _by_card(ctx)))
    assert refused.code is ErrorCode.NOTHING_TO_RENEW, "the gateway never had it: nothing to give back"
    assert _charges(ctx) == [] and _refunds(ctx) == []
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.NOT_SENT]
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.MONEY_NOT_APPLIED] == 0


class _RefundThenTimeout:
    """The gateway refunds, then its answer is lost."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner

    def refund(self, charge_key: str, amount: Money, *, key: str) -> RefundResult:
        self._inner.refund(charge_key, amount, key=key)
        raise GatewayTimeout("no answer")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@pytest.mark.parametrize("lost", ["crash", "timeout"])
def test_a_refund_whose_answer_was_lost_is_asked_again_and_made_once(
    ctx: AppContext, dana: int, lost: str
) -> None:
    number = _issue(ctx, dana, "levi-site")
    _removed_while_charging(ctx, number, "levi-site")
    if lost == "crash":
        with dead_after(ctx, "refund"):
            refund_not_applied(ctx, FINANCE, number)
    else:
        inner = ctx.gateway
        ctx.gateway = cast(SandboxGateway, _RefundThenTimeout(inner))
        unknown = _refused(lambda: refund_not_applied(ctx, FINANCE, number))
        ctx.gateway = inner
        assert unknown.code is ErrorCode.REFUND_OUTCOME_UNKNOWN
        assert "never made twice" in describe(unknown)
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.UNAPPLIED], "still listed"
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.MONEY_NOT_APPLIED] == 1

    [refunded] = refund_not_applied(ctx, FINANCE, number)

    [refund] = _refunds(ctx)
    assert refund["reference"] == refunded.reference, "the gateway answered with the refund it made"
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.REFUNDED]
    assert len(audit_rows(ctx, "payment.refunded")) == 1


def test_a_refund_needs_a_role_that_records_payments_and_a_proforma_that_exists(
    ctx: AppContext, dana: int
) -> None:
    from desktop.app.actor import Actor, Role

    number = _issue(ctx, dana, "levi-site")
    _removed_while_charging(ctx, number, "levi-site")
    forbidden = _refused(lambda: refund_not_applied(ctx, Actor("system:scheduler", Role.SYSTEM), number))
    assert forbidden.code is ErrorCode.FORBIDDEN
    assert _refused(lambda: refund_not_applied(ctx, FINANCE, 999_999)).code is ErrorCode.PROFORMA_UNKNOWN
    assert _refunds(ctx) == [] and [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.UNAPPLIED]


def test_a_proforma_paid_whole_leaves_nothing_unapplied(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    outcome = record_payment(ctx, SALES, number, _by_card(ctx))
    assert isinstance(outcome, PaymentOutcome)
    assert service(ctx, "levi-site").expires_on == date(2029, 6, 1)
    assert _refused(lambda: refund_not_applied(ctx, FINANCE, number)).code is ErrorCode.REFUND_NOTHING
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.MONEY_NOT_APPLIED] == 0


# -- a charge whose answer was never written: asked of the gateway, never charged again ------------


def _crashed_after_charge(ctx: AppContext, number: int) -> None:
    with dead_after(ctx):
        record_payment(ctx, SALES, number, _by_card(ctx))


def test_a_charge_whose_answer_was_never_written_is_listed_and_settled_without_charging(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    _crashed_after_charge(ctx, number)

    first = followup_list(ctx, FINANCE).rows[0]
    assert first.kind is FollowUpKind.PAYMENT_UNKNOWN and first.actions == (FollowUpAction.SETTLE,)
    assert (first.proforma_number, first.card_last4) == (number, "4242")

    outcome = settle_card_payment(ctx, FINANCE, number)

    assert outcome is not None and outcome.card_last4 == "4242"
    assert proforma_document(ctx, SALES, number).payment is not None
    assert service(ctx, "levi-site").expires_on == date(2029, 6, 1), "renewed once"
    assert len(_charges(ctx)) == 1, "asking charges nothing"
    counts = followup_list(ctx, FINANCE).counts
    assert counts[FollowUpKind.PAYMENT_UNKNOWN] == counts[FollowUpKind.MONEY_NOT_APPLIED] == 0
    assert _refused(lambda: settle_card_payment(ctx, FINANCE, number)).code is ErrorCode.NOTHING_TO_SETTLE


def test_a_charge_the_gateway_never_received_frees_the_proforma(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")

    dead(lambda: record_payment(ctx, SALES, number, _by_card(ctx), on_sent=crash))
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.PAYMENT_UNKNOWN] == 1
    assert _refused(lambda: cancel_proforma(ctx, SALES, number)).code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN

    assert settle_card_payment(ctx, FINANCE, number) is None

    assert _charges(ctx) == [] and [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.NOT_SENT]
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.PAYMENT_UNKNOWN] == 0
    cancel_proforma(ctx, SALES, number)  # free again


def test_settling_a_charge_nothing_can_take_any_more_lists_it_for_a_refund(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    _crashed_after_charge(ctx, number)
    _remove(ctx, "levi-site")

    refused = _refused(lambda: settle_card_payment(ctx, FINANCE, number))

    assert refused.code is ErrorCode.PAYMENT_NOT_APPLIED
    kinds = [row.kind for row in followup_list(ctx, FINANCE).rows]
    assert kinds == [FollowUpKind.MONEY_NOT_APPLIED], "the same charge, now to refund"
    assert len(_charges(ctx)) == 1


def test_a_charge_being_sent_now_is_not_listed_nor_settled_meanwhile(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    gated = gate_charges(ctx)
    paying = threading.Thread(target=lambda: record_payment(ctx, SALES, number, _by_card(ctx)))
    paying.start()
    try:
        assert gated.entered.wait(20)
        # Another window of this same process: the database says it is under way.
        assert followup_list(ctx, FINANCE).counts[FollowUpKind.PAYMENT_UNKNOWN] == 0
        waiting = _refused(lambda: settle_card_payment(ctx, FINANCE, number))
        assert waiting.code is ErrorCode.PAYMENT_UNDER_WAY
    finally:
        gated.gate.set()
        paying.join(30)
    assert proforma_document(ctx, SALES, number).payment is not None
    assert len(_charges(ctx)) == 1


def test_a_card_payment_of_a_proforma_paid_by_card_says_it_is_paid_never_not_applied(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    record_payment(ctx, SALES, number, _by_card(ctx))
    again = _refused(lambda: record_payment(ctx, SALES, number, _by_card(ctx)))
    assert again.code is ErrorCode.PROFORMA_NOT_OPEN
    assert _refused(lambda: settle_card_payment(ctx, FINANCE, number)).code is ErrorCode.NOTHING_TO_SETTLE
    assert len(_charges(ctx)) == 1 and audit_rows(ctx, "payment.not_applied") == []


class _FirstLookupHeld:
    """The sandbox gateway whose first lookup waits at a gate: one window asks the gateway about a
    charge and waits for the answer while another window asks too, and records it first."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner
        self.entered, self.gate = threading.Event(), threading.Event()
        self._first = True

    def lookup(self, key: str) -> Any:
        if self._first:
            self._first = False
            self.entered.set()
            assert self.gate.wait(30), "the test never opened the gate"
        return self._inner.lookup(key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_two_windows_asking_the_gateway_at_once_record_the_charge_once_and_say_so(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    with dead_after(ctx):
        record_payment(ctx, SALES, number, _by_card(ctx))
    inner = ctx.gateway
    held = _FirstLookupHeld(inner)
    ctx.gateway = cast(SandboxGateway, held)
    done: dict[str, object] = {}

    def first() -> None:
        try:
            done["first"] = settle_card_payment(ctx, FINANCE, number)
        except BaseException as exc:  # asserted below
            done["first"] = exc

    asking = threading.Thread(target=first)
    asking.start()
    try:
        assert held.entered.wait(20)
        second = settle_card_payment(ctx, FINANCE, number)  # the other window, answered at once
    finally:
        held.gate.set()
        asking.join(30)
    ctx.gateway = inner

    assert second is not None and second.card_last4 == "4242"
    late = done["first"]
    # The window that asked first learns the proforma is paid (by whom, which invoice), never that
    # the money was "not applied": it was.
    assert isinstance(late, UseCaseError) and late.code is ErrorCode.PROFORMA_NOT_OPEN, late
    assert late.params["invoice"] == second.invoice_title
    assert audit_rows(ctx, "payment.not_applied") == [] and len(_charges(ctx)) == 1
    assert followup_list(ctx, FINANCE).counts[FollowUpKind.MONEY_NOT_APPLIED] == 0


class _FirstRefundHeld:
    """The sandbox gateway whose first refund waits at a gate (the first window waits for its answer)."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner
        self.entered, self.gate = threading.Event(), threading.Event()
        self._first = True

    def refund(self, charge_key: str, amount: Money, *, key: str) -> RefundResult:
        if self._first:
            self._first = False
            self.entered.set()
            assert self.gate.wait(30), "the test never opened the gate"
        return self._inner.refund(charge_key, amount, key=key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_two_windows_refunding_at_once_give_the_money_back_once(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    _removed_while_charging(ctx, number, "levi-site")
    inner = ctx.gateway
    held = _FirstRefundHeld(inner)
    ctx.gateway = cast(SandboxGateway, held)
    done: dict[str, object] = {}

    def first() -> None:
        try:
            done["first"] = refund_not_applied(ctx, FINANCE, number)
        except BaseException as exc:  # asserted below
            done["first"] = exc

    refunding = threading.Thread(target=first)
    refunding.start()
    try:
        assert held.entered.wait(20)
        [second] = refund_not_applied(ctx, FINANCE, number)
    finally:
        held.gate.set()
        refunding.join(30)
    ctx.gateway = inner

    late = done["first"]
    assert isinstance(late, tuple) and [item.reference for item in late] == [second.reference], late
    assert len(_refunds(ctx)) == 1 and len(audit_rows(ctx, "payment.refunded")) == 1
    assert [status for _, status, _ in _attempts(ctx)] == [AttemptStatus.REFUNDED]
