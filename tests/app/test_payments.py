"""Payment of a proforma (R39): transfer, cash, cheque and a card charged now; the paid invoice from the
gap-free sequence (R40), each service one period on from its current expiry, R13, the old cycle ended,
lines already charged automatically left out, bad input refused whole, and the card's attempt settled
by its key after an unknown answer or a crash."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.app.cancellation import Stopped
from desktop.app.documents import invoice_document, list_invoices, list_proformas, proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.payments import (
    PaymentRequest,
    cancel_proforma,
    preview_payment,
    record_payment,
)
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import (
    AttemptStatus,
    CycleStatus,
    ErrorCode,
    LeftOut,
    PaymentMethod,
    ProformaStatus,
)
from desktop.store.models import Invoice, Order, Payment, PaymentAttempt, Proforma
from tests.app.helpers import ADMIN, FINANCE, SALES, audit_rows, card_id, customer_id, service_id
from tests.jobs.helpers import (
    CHARGE_DECLINED,
    TIMEOUT_ONCE,
    at_nine,
    card,
    customer,
    cycles_of,
    document,
    domain,
    hosting,
    ledger_charges,
    load,
    renew_of,
    run_on,
    run_with_a_mail_server,
    service,
)
from tests.support.gateway_crash import dead_after

TODAY = date(2026, 11, 24)
SOON = date(2026, 12, 2)  # the domain's check day (15 days before) has come: it has a cycle
LATER = date(2027, 6, 1)


@pytest.fixture
def dana(ctx: AppContext) -> int:
    """Dana: levi.co.il (auto-renew on, expires soon), levi-site (hosting, 24 months, 5 installments),
    cards v1 (good), v2 (charge declined), v3 (times out once)."""
    site = hosting("s2", "levi-site", LATER, period=24, installments=5)
    load(
        ctx,
        document(
            [
                customer(
                    "dana",
                    [domain("s1", "levi.co.il", SOON), site],
                    cards=[card("v1"), card("v2", number=CHARGE_DECLINED), card("v3", number=TIMEOUT_ONCE)],
                )
            ]
        ),
    )
    return customer_id(ctx, "dana")


def _issue(ctx: AppContext, customer: int, *names: str) -> int:
    ids = [service_id(ctx, name) for name in names] if names else None
    [proforma] = issue_proformas(ctx, SALES, customer, ids)
    return proforma.number


def _state(ctx: AppContext, number: int) -> str:
    with ctx.db.reading() as session:
        return session.scalars(select(Proforma.status).where(Proforma.number == number)).one()


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.db.reading() as session:
        return {
            "payments": session.scalar(select(func.count(Payment.id))) or 0,
            "invoices": session.scalar(select(func.count(Invoice.id))) or 0,
            "orders": session.scalar(select(func.count(Order.id))) or 0,
            "attempts": session.scalar(select(func.count(PaymentAttempt.id))) or 0,
        }


def test_a_transfer_pays_the_proforma_issues_its_invoice_and_renews_each_service(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana)
    preview = preview_payment(ctx, SALES, number)
    assert preview.refusal is None
    assert preview.amount_due_minor == 5900 + 90000
    assert {line.description: line.new_expires_on for line in preview.lines} == {
        "levi.co.il": date(2027, 12, 2),
        "levi-site": date(2029, 6, 1),
    }
    old_cycles = [cycle for cycle in cycles_of(ctx, "levi.co.il") if cycle.expires_on == SOON]
    assert old_cycles, "the domain's check day has come: it has a cycle to end"

    outcome = record_payment(
        ctx,
        SALES,
        number,
        PaymentRequest(PaymentMethod.TRANSFER, paid_on=TODAY - timedelta(days=0), reference="BANK-77"),
    )

    assert outcome.invoice_number >= 1001 and outcome.invoice_title == f"INV-{outcome.invoice_number}"
    assert {item.name: item.expires_on for item in outcome.renewed} == {
        "levi.co.il": date(2027, 12, 2),
        "levi-site": date(2029, 6, 1),
    }
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2)
    assert _state(ctx, number) == ProformaStatus.PAID
    # R13: a manual renewal aligns period and installments; auto-renew stays as it was.
    site = renew_of(ctx, "levi-site")
    assert (site.period_months, site.installments, site.enabled) == (24, 1, True)
    # The old expiry's cycle is ended: that period is paid and is never charged.
    ended = [cycle for cycle in cycles_of(ctx, "levi.co.il") if cycle.expires_on == SOON]
    assert [cycle.status for cycle in ended] == [CycleStatus.CANCELLED]
    invoice = invoice_document(ctx, FINANCE, outcome.invoice_number)
    assert invoice.total_minor == 95900 and invoice.proforma_number == number
    assert [(line.description, line.period_from, line.period_to) for line in invoice.lines] == [
        ("levi-site", LATER, date(2029, 6, 1)),
        ("levi.co.il", SOON, date(2027, 12, 2)),
    ]
    assert invoice.payment is not None and invoice.payment.reference == "BANK-77"
    paid = proforma_document(ctx, SALES, number)
    assert paid.status == "paid" and paid.invoice_number == outcome.invoice_number
    [row] = list_proformas(ctx, SALES, dana)
    assert row.status is ProformaStatus.PAID and row.invoice_number == outcome.invoice_number
    actions = [row.action for row in audit_rows(ctx)]
    assert "proforma.paid" in actions and "invoice.issued" in actions
    assert actions.count("service.renewed") == 2
    assert _counts(ctx)["orders"] == 2


@pytest.mark.parametrize(
    ("request_", "field", "problem"),
    [
        ({"paid_on": TODAY + timedelta(days=1)}, "payment_date", "future"),
        ({"paid_on": TODAY - timedelta(days=1)}, "payment_date", "before_issue"),
        ({"amount_minor": 5900}, "payment_amount", "differs"),
        ({"reference": "a\u202eb"}, "payment_reference", "character"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_changes_nothing(
    ctx: AppContext, dana: int, request_: dict[str, Any], field: str, problem: str
) -> None:
    number = _issue(ctx, dana)
    before = _counts(ctx)
    with pytest.raises(UseCaseError) as refused:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH, **request_))
    assert refused.value.code is ErrorCode.FIELD_INVALID
    assert (refused.value.params["field"], refused.value.params["problem"]) == (field, problem)
    assert _counts(ctx) == before and _state(ctx, number) == ProformaStatus.OPEN
    assert service(ctx, "levi.co.il").expires_on == SOON


def test_a_proforma_is_paid_once_and_a_cancelled_one_never(ctx: AppContext, dana: int) -> None:
    first, second = _issue(ctx, dana, "levi.co.il"), _issue(ctx, dana, "levi-site")
    record_payment(ctx, FINANCE, first, PaymentRequest(PaymentMethod.CHEQUE, reference="CH-1"))
    with pytest.raises(UseCaseError) as again:
        record_payment(ctx, FINANCE, first, PaymentRequest(PaymentMethod.CASH))
    assert again.value.code is ErrorCode.PROFORMA_NOT_OPEN
    cancel_proforma(ctx, SALES, second)
    assert _state(ctx, second) == ProformaStatus.CANCELLED
    with pytest.raises(UseCaseError) as cancelled:
        record_payment(ctx, FINANCE, second, PaymentRequest(PaymentMethod.CASH))
    assert cancelled.value.code is ErrorCode.PROFORMA_NOT_OPEN
    with pytest.raises(UseCaseError) as unknown:
        record_payment(ctx, FINANCE, 99999, PaymentRequest(PaymentMethod.CASH))
    assert unknown.value.code is ErrorCode.PROFORMA_UNKNOWN
    with pytest.raises(UseCaseError) as role:
        cancel_proforma(ctx, FINANCE, first)
    assert role.value.code is ErrorCode.FORBIDDEN
    assert "proforma.cancelled" in [row.action for row in audit_rows(ctx)]


def test_a_line_the_due_checks_already_charged_is_left_out(
    ctx: AppContext, dana: int, clock: ManualClock
) -> None:
    number = _issue(ctx, dana)
    run_with_a_mail_server(ctx, clock, SOON)  # charges levi.co.il automatically for the same period
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2)
    preview = preview_payment(ctx, SALES, number)
    left = {line.description: line.left_out for line in preview.lines}
    assert left == {"levi.co.il": LeftOut.CHARGED_AUTOMATICALLY, "levi-site": None}
    assert preview.amount_due_minor == 90000

    outcome = record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER, amount_minor=90000))

    assert [item.name for item in outcome.renewed] == ["levi-site"]
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2), "not renewed twice"
    doc = proforma_document(ctx, SALES, number)
    assert {line.description: line.left_out for line in doc.lines}[
        "levi.co.il"
    ] is LeftOut.CHARGED_AUTOMATICALLY
    assert invoice_document(ctx, SALES, outcome.invoice_number).total_minor == 90000


def test_nothing_left_to_renew_is_refused(ctx: AppContext, dana: int, clock: ManualClock) -> None:
    number = _issue(ctx, dana, "levi.co.il")
    run_with_a_mail_server(ctx, clock, SOON)
    assert preview_payment(ctx, SALES, number).refusal is not None
    with pytest.raises(UseCaseError) as refused:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH))
    assert refused.value.code is ErrorCode.NOTHING_TO_RENEW


def test_a_card_charged_now_pays_the_proforma(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    charging: list[bool] = []
    outcome = record_payment(
        ctx,
        SALES,
        number,
        PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1")),
        on_sent=lambda: charging.append(True),
    )
    assert charging == [True]
    assert outcome.method is PaymentMethod.CARD and outcome.card_last4 == "4242"
    [charge] = [row for row in ledger_charges(ctx) if row["key"].startswith("proforma-")]
    assert charge["key"] == f"proforma-{number}-1" and charge["amount"] == "900.00"
    with ctx.db.reading() as session:
        [attempt] = session.scalars(select(PaymentAttempt)).all()
        assert attempt.status == AttemptStatus.SUCCEEDED


def test_a_declined_card_records_nothing_and_the_next_try_uses_a_new_key(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    with pytest.raises(UseCaseError) as declined:
        record_payment(
            ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v2"))
        )
    assert declined.value.code is ErrorCode.PAYMENT_DECLINED
    assert _state(ctx, number) == ProformaStatus.OPEN and _counts(ctx)["payments"] == 0
    outcome = record_payment(
        ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
    )
    keys = sorted(row["key"] for row in ledger_charges(ctx) if row["key"].startswith("proforma-"))
    assert keys == [f"proforma-{number}-1", f"proforma-{number}-2"]
    assert outcome.card_last4 == "4242"


def test_an_unknown_answer_is_settled_by_its_key_on_the_next_try(ctx: AppContext, dana: int) -> None:
    number = _issue(ctx, dana, "levi-site")
    timeout_card = card_id(ctx, "dana", "v3")
    with pytest.raises(UseCaseError) as unknown:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=timeout_card))
    assert unknown.value.code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    with ctx.db.reading() as session:
        assert session.scalars(select(PaymentAttempt.status)).all() == [AttemptStatus.UNKNOWN]
    # Neither another method nor a cancellation while the card may have been charged.
    with pytest.raises(UseCaseError) as pending:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH))
    assert pending.value.code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    with pytest.raises(UseCaseError):
        cancel_proforma(ctx, SALES, number)

    outcome = record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=timeout_card))

    assert outcome.card_last4 == "0119"
    charges = [row for row in ledger_charges(ctx) if row["key"].startswith("proforma-")]
    assert len(charges) == 1, "the card was charged once"
    assert _state(ctx, number) == ProformaStatus.PAID


def test_cancel_before_the_gateway_call_changes_nothing(ctx: AppContext, dana: int) -> None:
    import threading

    number = _issue(ctx, dana, "levi-site")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Stopped):
        record_payment(
            ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1")), cancel
        )
    with pytest.raises(Stopped):
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH), cancel)
    assert not ledger_charges(ctx) or all(not r["key"].startswith("proforma-") for r in ledger_charges(ctx))
    assert _state(ctx, number) == ProformaStatus.OPEN and _counts(ctx)["payments"] == 0


def test_invoices_are_listed_newest_first_and_found_by_text(
    ctx: AppContext, dana: int, clock: ManualClock
) -> None:
    first = record_payment(ctx, SALES, _issue(ctx, dana, "levi-site"), PaymentRequest(PaymentMethod.CASH))
    clock.set(at_nine(TODAY + timedelta(days=1)))
    second = record_payment(ctx, SALES, _issue(ctx, dana, "levi.co.il"), PaymentRequest(PaymentMethod.CASH))
    listed = list_invoices(ctx, FINANCE)
    assert [row.number for row in listed.rows] == [second.invoice_number, first.invoice_number]
    assert listed.total == 2 and not listed.rows[0].automatic
    assert [row.number for row in list_invoices(ctx, FINANCE, text=f"INV-{first.invoice_number}").rows] == [
        first.invoice_number
    ]
    assert list_invoices(ctx, FINANCE, text="dana").total == 2
    assert list_invoices(ctx, FINANCE, text="nobody").total == 0
    only_first_day = list_invoices(ctx, FINANCE, first=TODAY, last=TODAY)
    assert [row.number for row in only_first_day.rows] == [first.invoice_number]
    assert list_invoices(ctx, ADMIN, customer_id=dana, limit=1).total == 2


def test_a_charge_made_but_never_recorded_is_settled_by_its_key_on_the_next_try(
    ctx: AppContext, dana: int
) -> None:
    number = _issue(ctx, dana, "levi-site")
    request = PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1"))
    with dead_after(ctx):
        record_payment(ctx, SALES, number, request)
    with ctx.db.reading() as session:
        # The try ended without its answer: written unknown (no longer being sent), not recorded.
        assert session.scalars(select(PaymentAttempt.status)).all() == [AttemptStatus.UNKNOWN]
    assert _state(ctx, number) == ProformaStatus.OPEN

    outcome = record_payment(ctx, SALES, number, request)

    assert [row["key"] for row in ledger_charges(ctx) if row["key"].startswith("proforma-")] == [
        f"proforma-{number}-1"
    ]
    assert outcome.amount_minor == 90000 and _state(ctx, number) == ProformaStatus.PAID
    assert service(ctx, "levi-site").expires_on == date(2029, 6, 1)


def test_a_typed_card_is_saved_then_charged(ctx: AppContext, dana: int) -> None:
    from desktop.app.payments import TypedCard

    number = _issue(ctx, dana, "levi-site")
    typed = TypedCard(number="5555 5555 5555 4444", holder="Dana Levi", exp_month=11, exp_year=2031)
    assert "5555" not in repr(typed) and "5555" not in repr(PaymentRequest(PaymentMethod.CARD, card=typed))
    outcome = record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card=typed))
    assert outcome.card_last4 == "4444" and outcome.card_id is not None
    assert outcome.card_id not in {card_id(ctx, "dana", ref) for ref in ("v1", "v2", "v3")}
    # Finance records payments but saves no card (R23): a typed card is refused, nothing changes.
    other = _issue(ctx, dana, "levi.co.il")
    with pytest.raises(UseCaseError) as refused:
        record_payment(ctx, FINANCE, other, PaymentRequest(PaymentMethod.CARD, card=typed))
    assert refused.value.code is ErrorCode.FORBIDDEN and _state(ctx, other) == ProformaStatus.OPEN


def test_an_automatic_charge_under_way_for_the_same_period_is_waited_for(ctx: AppContext, dana: int) -> None:
    from desktop.store.models import Cycle

    number = _issue(ctx, dana, "levi.co.il")
    with ctx.db.transaction() as session:
        cycle = session.scalars(
            select(Cycle).where(Cycle.service_id == service_id(ctx, "levi.co.il"), Cycle.expires_on == SOON)
        ).one()
        cycle.status = CycleStatus.CHARGING
    assert preview_payment(ctx, SALES, number).refusal is not None
    with pytest.raises(UseCaseError) as refused:
        record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CASH))
    assert refused.value.code is ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY
    assert refused.value.params["services"] == ["levi.co.il"]
    assert _counts(ctx)["payments"] == 0


def test_a_background_run_leaves_the_period_alone_while_its_card_payment_is_charged(
    ctx: AppContext, dana: int, clock: ManualClock
) -> None:
    """Between the attempt's commit and the gateway's answer, a due run on any workstation must not
    charge the same period automatically: the payment holds those cycles as a run would."""
    number = _issue(ctx, dana, "levi.co.il")
    clock.set(at_nine(SOON))  # the morning of the charge date: the payment, and a run meanwhile
    ran: list[bool] = []

    def meanwhile() -> None:
        run_on(ctx, clock, SOON)  # levi.co.il's charge date: a run would charge it now
        ran.append(True)

    outcome = record_payment(
        ctx,
        SALES,
        number,
        PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v1")),
        on_sent=meanwhile,
    )
    assert ran == [True]
    assert [item.name for item in outcome.renewed] == ["levi.co.il"] and outcome.left_out == ()
    charges = ledger_charges(ctx)
    assert [row["key"] for row in charges] == [f"proforma-{number}-1"], "charged once, for the proforma"
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2)
    statuses = {cycle.expires_on: cycle.status for cycle in cycles_of(ctx, "levi.co.il")}
    assert statuses[SOON] == CycleStatus.CANCELLED


def test_a_declined_card_payment_lets_the_due_checks_charge_the_period_again(
    ctx: AppContext, dana: int, clock: ManualClock
) -> None:
    number = _issue(ctx, dana, "levi.co.il")
    with pytest.raises(UseCaseError) as refused:
        record_payment(
            ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "v2"))
        )
    assert refused.value.code is ErrorCode.PAYMENT_DECLINED
    run_with_a_mail_server(ctx, clock, SOON)
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 2), "the run charged it automatically"
