"""Property: whatever staff do to a proforma, in any order, and wherever the program stops dead, every
charge the gateway made is accounted for exactly once (a card payment of that amount with its invoice,
or money received and not applied, or refunded once), nothing is charged or refunded twice, and no
service is renewed twice. Checked against the sandbox gateway's own ledger after every step."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from desktop.app.errors import UseCaseError
from desktop.app.payments import (
    PaymentRequest,
    cancel_proforma,
    record_payment,
    settle_card_payment,
)
from desktop.app.payments_not_applied import refund_key, refund_not_applied
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import AttemptStatus, PaymentMethod
from desktop.store.models import Invoice, InvoiceLine, Payment, PaymentAttempt, Proforma, Service
from tests.app.helpers import FINANCE, SALES, card_id, customer_id, service_id
from tests.jobs.helpers import card, customer, document, domain, hosting, load
from tests.support.gateway_crash import Crash, crash, dead_after

_customers = itertools.count(1)
EXPIRES = {"a": date(2027, 6, 1), "b": date(2027, 2, 1)}


class _Proforma:
    """One customer's proforma for two services, and what a person (or a crash) does to it."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ref = f"m{next(_customers)}"
        self.names = {"a": f"{ref}-site", "b": f"{ref}.co.il"}
        services = [
            hosting(f"{ref}a", self.names["a"], EXPIRES["a"], period=12, installments=1),
            domain(f"{ref}b", self.names["b"], EXPIRES["b"], enabled=False),
        ]
        load(ctx, document([customer(ref, services, cards=[card("v1")])]))
        ids = [service_id(ctx, name) for name in self.names.values()]
        [issued] = issue_proformas(ctx, SALES, customer_id(ctx, ref), ids)
        self.number = issued.number
        self.card = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, ref, "v1"))

    def do(self, step: str) -> None:
        ctx = self.ctx
        try:
            if step == "pay":
                record_payment(ctx, SALES, self.number, self.card)
            elif step == "pay, dead before the gateway is asked":
                record_payment(ctx, SALES, self.number, self.card, on_sent=crash)
            elif step == "pay, dead after the gateway charged":
                with dead_after(ctx, surely=False):  # it may be settled instead of charged
                    record_payment(ctx, SALES, self.number, self.card)
            elif step == "transfer":
                record_payment(ctx, SALES, self.number, PaymentRequest(PaymentMethod.TRANSFER))
            elif step.startswith("remove "):
                with ctx.db.transaction() as session:
                    session.execute(delete(Service).where(Service.name == self.names[step[-1]]))
            elif step == "ask the gateway":
                settle_card_payment(ctx, FINANCE, self.number)
            elif step == "refund":
                refund_not_applied(ctx, FINANCE, self.number)
            elif step == "cancel":
                cancel_proforma(ctx, SALES, self.number)
        except (UseCaseError, Crash):
            pass  # a refusal, or the program stopped dead: what is kept is checked below

    def check(self) -> None:
        """The money and the renewals as the ledger and the database say them, compared."""
        prefix = f"proforma-{self.number}-"
        ledger = self.ctx.gateway.entries()
        charges = {
            row["key"]: row for row in ledger if row["kind"] == "charge" and row["key"].startswith(prefix)
        }
        refunds = [
            row for row in ledger if row["kind"] == "refund" and row["key"].startswith("refund-" + prefix)
        ]
        with self.ctx.db.reading() as session:
            proforma_id = session.scalar(select(Proforma.id).where(Proforma.number == self.number))
            attempts = {
                attempt.idempotency_key: attempt
                for attempt in session.scalars(
                    select(PaymentAttempt).where(PaymentAttempt.proforma_id == proforma_id)
                )
            }
            payment = session.scalar(select(Payment).where(Payment.proforma_id == proforma_id))
            invoiced = session.execute(
                select(InvoiceLine.service_id, InvoiceLine.amount_minor)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(Invoice.proforma_id == proforma_id)
            ).all()
            expiries = {
                name: session.scalar(select(Service.expires_on).where(Service.name == full))
                for name, full in self.names.items()
            }
        succeeded = {key: row for key, row in charges.items() if row["outcome"] == "succeeded"}
        for key in succeeded:
            status = attempts[key].status
            # Made: recorded as the payment, or money not applied (refunded or not), or not yet asked.
            assert status in (
                AttemptStatus.SUCCEEDED,
                AttemptStatus.UNAPPLIED,
                AttemptStatus.REFUNDED,
                AttemptStatus.UNKNOWN,
                AttemptStatus.PENDING,
            ), (key, status)
        for key, attempt in attempts.items():
            if attempt.status in (AttemptStatus.SUCCEEDED, AttemptStatus.UNAPPLIED, AttemptStatus.REFUNDED):
                assert key in succeeded, f"{key} {attempt.status} without a charge at the gateway"
                assert attempt.amount_minor == int(succeeded[key]["amount"].replace(".", ""))
            if attempt.status == AttemptStatus.NOT_SENT:
                assert key not in charges, f"{key} said not sent, but the gateway has it"
        card_paid = [key for key, attempt in attempts.items() if attempt.status == AttemptStatus.SUCCEEDED]
        assert len(card_paid) <= 1
        if card_paid:
            assert payment is not None and payment.method == PaymentMethod.CARD
            assert payment.amount_minor == attempts[card_paid[0]].amount_minor
        if payment is not None:
            assert payment.amount_minor == sum(amount for _, amount in invoiced), "invoiced what was paid"
        # Refunds: once each, only of money not applied.
        refunded = [key for key, attempt in attempts.items() if attempt.status == AttemptStatus.REFUNDED]
        assert sorted(row["key"] for row in refunds) == sorted(refund_key(key) for key in refunded)
        # Renewed once at most, and only what the invoice says.
        for name, expires in expiries.items():
            if expires is not None:
                assert expires in (EXPIRES[name], EXPIRES[name].replace(year=EXPIRES[name].year + 1))
        on_invoice = [service for service, _ in invoiced if service is not None]  # None: deleted since
        assert len(set(on_invoice)) == len(on_invoice)


STEPS = st.sampled_from(
    [
        "pay",
        "pay, dead before the gateway is asked",
        "pay, dead after the gateway charged",
        "transfer",
        "remove a",
        "remove b",
        "ask the gateway",
        "refund",
        "cancel",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEPS, min_size=1, max_size=7))
# The paths that matter most, always tried: a charge made and its answer lost, then the lines gone.
@example(steps=["pay, dead after the gateway charged", "remove b", "ask the gateway", "pay"])
@example(steps=["pay, dead after the gateway charged", "remove a", "remove b", "pay", "refund", "refund"])
@example(steps=["pay, dead before the gateway is asked", "transfer", "ask the gateway", "cancel"])
def test_every_charge_is_accounted_for_once_whatever_happens(ctx: AppContext, steps: list[str]) -> None:
    proforma = _Proforma(ctx)
    for step in steps:
        proforma.do(step)
        proforma.check()
    # In the end a person asks the gateway about what is unknown, and refunds what is not applied.
    proforma.do("ask the gateway")
    proforma.do("refund")
    proforma.check()
    with ctx.db.reading() as session:
        left = session.scalars(
            select(PaymentAttempt.status)
            .join(Proforma, Proforma.id == PaymentAttempt.proforma_id)
            .where(Proforma.number == proforma.number)
        ).all()
    assert not {AttemptStatus.UNKNOWN, AttemptStatus.PENDING, AttemptStatus.UNAPPLIED} & set(left), left
    for status in left:
        event(f"an attempt ended {status}")  # what the examples reached
