"""A card payment says, and keeps, what happened (hostile test 14, defects 11 and 18): a card typed to pay
and declined is kept marked not valid (it was saved, so it is said, and it offers no Recurring, R1);
a saved card declined stays as it was; a charge sent to the gateway is in the audit log at once (its
key, amount and card), before its answer is known; a linked login's due run is audited under its
label, login included."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

import pytest
from sqlalchemy import delete, select

from desktop.app.actor import Actor, Role
from desktop.app.customers import load_account
from desktop.app.due_checks import run_due_checks
from desktop.app.errors import UseCaseError
from desktop.app.payments import PaymentRequest, TypedCard, record_payment, settle_card_payment
from desktop.app.payments_not_applied import refund_not_applied
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import AttemptStatus, ErrorCode, PaymentMethod, ProformaStatus
from desktop.gateway.errors import GatewayUnavailable
from desktop.gateway.sandbox import SandboxGateway
from desktop.store.models import Card, Payment, PaymentAttempt, Proforma, Service
from tests.app.helpers import SALES, account, audit_rows, card_id, customer_id, order, service_id
from tests.jobs.helpers import (
    CHARGE_DECLINED,
    GOOD,
    TIMEOUT_ONCE,
    at_nine,
    card,
    document,
    domain,
    hosting,
    load,
)
from tests.support.gateway_crash import dead_after

LATER = date(2027, 6, 1)


@pytest.fixture
def chloe(ctx: AppContext) -> int:
    """Chloe: an order, a hosting package, no card at all: Recurring is not offered until a valid one."""
    site = hosting("s1", "green-site", LATER, period=24, installments=5, card_ref=None)
    load(
        ctx, document([account("chloe", [site], cards=[], orders=[order("s1", period=24, amount="900.00")])])
    )
    return customer_id(ctx, "chloe")


def _issue(ctx: AppContext, customer: int, name: str) -> int:
    [proforma] = issue_proformas(ctx, SALES, customer, [service_id(ctx, name)])
    return proforma.number


def _cards(ctx: AppContext, customer: int) -> list[tuple[str, str | None]]:
    with ctx.db.reading() as session:
        return [
            (row.last4, row.invalid_reason)
            for row in session.scalars(select(Card).where(Card.customer_id == customer).order_by(Card.id))
        ]


def test_a_typed_card_declined_is_kept_not_valid_and_said_so(ctx: AppContext, chloe: int) -> None:
    number = _issue(ctx, chloe, "green-site")
    typed = TypedCard(number=CHARGE_DECLINED, holder="Chloe Green", exp_month=12, exp_year=2029)

    with pytest.raises(UseCaseError) as declined:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card=typed))

    assert declined.value.code is ErrorCode.PAYMENT_DECLINED_CARD_KEPT
    assert declined.value.params["last4"] == "0341" and declined.value.params["ref"].startswith("V-")
    assert _cards(ctx, chloe) == [("0341", "charge_declined")]
    shown = load_account(ctx, SALES, chloe)
    assert [card.valid for card in shown.cards] == [False]
    assert not shown.recurring.offered, "a card whose charge was declined offers no Recurring (R1)"
    with ctx.db.reading() as session:
        assert session.scalars(select(Proforma.status).where(Proforma.number == number)).one() == (
            ProformaStatus.OPEN
        )
        assert session.scalars(select(Payment)).all() == []
    [invalidated] = audit_rows(ctx, "card.invalidated")
    assert invalidated.after is not None and invalidated.after["reason"] == "charge_declined"


class _ChargesUnreachable:
    """The sandbox gateway, unreachable for charges only (it tokenised and verified a moment ago)."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner

    def charge(self, *args: Any, **kwargs: Any) -> Any:
        raise GatewayUnavailable("connection refused")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_a_typed_card_saved_and_not_sent_says_it_was_kept(ctx: AppContext, chloe: int) -> None:
    number = _issue(ctx, chloe, "green-site")
    typed = TypedCard(number=GOOD, holder="Chloe Green", exp_month=12, exp_year=2029)
    inner, ctx.gateway = ctx.gateway, cast(SandboxGateway, _ChargesUnreachable(ctx.gateway))
    try:
        with pytest.raises(UseCaseError) as refused:
            record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card=typed))
    finally:
        ctx.gateway = inner

    assert refused.value.code is ErrorCode.PAYMENT_NOT_SENT_CARD_KEPT
    assert refused.value.params["last4"] == "4242" and refused.value.params["ref"].startswith("V-")
    assert _cards(ctx, chloe) == [("4242", None)], "saved and verified: valid, chargeable again"
    with ctx.db.reading() as session:
        assert session.scalars(select(PaymentAttempt.status)).all() == [AttemptStatus.NOT_SENT]


def test_a_saved_card_declined_stays_as_it_was(ctx: AppContext) -> None:
    """Decision: a saved card whose charge now is declined is treated as the due checks treat one (the
    charge declined, the card kept as it is): only a card typed for this payment is marked."""
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [domain("s1", "levi.co.il", LATER, card_ref="v2")],
                    cards=[card("v2", CHARGE_DECLINED)],
                )
            ]
        ),
    )
    dana = customer_id(ctx, "dana")
    number = _issue(ctx, dana, "levi.co.il")
    request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v2"))

    with pytest.raises(UseCaseError) as declined:
        record_payment(ctx, SALES, number, request)

    assert declined.value.code is ErrorCode.PAYMENT_DECLINED
    assert _cards(ctx, dana) == [("0341", None)]
    assert audit_rows(ctx, "card.invalidated") == []


def test_a_charge_sent_is_audited_before_its_answer_is_known(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [domain("s1", "levi.co.il", LATER, card_ref="v3")],
                    cards=[card("v3", TIMEOUT_ONCE)],
                )
            ]
        ),
    )
    dana = customer_id(ctx, "dana")
    number = _issue(ctx, dana, "levi.co.il")
    request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v3"))

    with pytest.raises(UseCaseError) as unknown:
        record_payment(ctx, SALES, number, request)

    assert unknown.value.code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    with ctx.db.reading() as session:
        [attempt] = session.scalars(select(PaymentAttempt)).all()
        assert attempt.status == AttemptStatus.UNKNOWN
    [sent] = audit_rows(ctx, "payment.charge_sent")
    assert (sent.actor, sent.entity, sent.entity_id) == ("sara", "proforma", str(number))
    assert sent.after == {"key": f"proforma-{number}-1", "amount": 5900, "currency": "ILS", "card": "0119"}


def test_a_linked_logins_due_run_is_audited_with_its_login(ctx: AppContext, clock: ManualClock) -> None:
    """`due-run --today` by a login linked to "admin": what the run writes reads "admin (os:root)", as
    every other command's entries do (it read "admin", the login lost)."""
    load(ctx, document([account("dana", [domain("s1", "levi.co.il", date(2026, 12, 9))])]))
    clock.set(at_nine(date(2026, 11, 24)))
    run_due_checks(ctx, Actor("admin", Role.ADMIN, login="root"), date(2026, 11, 24))
    by_the_run = [row for row in audit_rows(ctx) if row.action != "data.imported"]
    assert "card.check_passed" in {row.action for row in by_the_run}
    assert {row.actor for row in by_the_run} == {"admin (os:root)"}


def test_a_refund_sent_is_audited_before_its_answer_is_known(ctx: AppContext) -> None:
    """A charge nothing can take (the program stopped after the gateway charged, the service removed
    meanwhile) is refunded; the program stops dead again after the gateway refunded: the log shows the
    refund asked for (its key, amount, card), though its answer was never written."""
    load(ctx, document([account("dana", [domain("s1", "levi.co.il", LATER)])]))
    number = _issue(ctx, customer_id(ctx, "dana"), "levi.co.il")
    with dead_after(ctx):
        record_payment(
            ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
        )
    with ctx.db.transaction() as session:
        session.execute(delete(Service).where(Service.name == "levi.co.il"))
    with pytest.raises(UseCaseError) as not_applied:
        settle_card_payment(ctx, SALES, number)
    assert not_applied.value.code is ErrorCode.PAYMENT_NOT_APPLIED

    with dead_after(ctx, "refund"):
        refund_not_applied(ctx, SALES, number)

    [sent] = audit_rows(ctx, "payment.refund_sent")
    key = f"refund-proforma-{number}-1"
    assert sent.after == {"key": key, "amount": 5900, "currency": "ILS", "card": "4242"}
    assert audit_rows(ctx, "payment.refunded") == []
