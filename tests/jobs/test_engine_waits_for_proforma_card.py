"""Hostile tester, issue 14 defect 1: a proforma paid by card whose answer timed out, then the due run
on the charge date charged the same period again on the auto-renew card. While a card payment of a
proforma that renews the service is unsettled, the due run leaves the cycle alone (uncharged, said);
once the payment is settled the period is paid once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.app.errors import UseCaseError
from desktop.app.payments import PaymentRequest, record_payment, settle_card_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import CycleStatus, ErrorCode, PaymentMethod
from tests.app.helpers import SALES, card_id, customer_id, service_id
from tests.jobs.helpers import (
    TIMEOUT_ONCE,
    at_nine,
    card,
    customer,
    cycles_of,
    document,
    domain,
    kinds,
    ledger_charges,
    load,
    run_on,
    service,
)

EXPIRY = date(2026, 12, 20)
CHECK = EXPIRY - timedelta(days=15)


def _unknown_card_payment(ctx: AppContext, clock: ManualClock, day: date, *names: str) -> int:
    """A proforma for `names` paid early on `day` with the card whose charge answers with a time-out:
    by the due run at nine, the payment's hold on the cycles (a lease, as if its process ended) ran out."""
    clock.set(at_nine(day) - timedelta(hours=2))
    dana = customer_id(ctx, "dana")
    [proforma] = issue_proformas(ctx, SALES, dana, [service_id(ctx, name) for name in names])
    with pytest.raises(UseCaseError) as refused:
        record_payment(
            ctx,
            SALES,
            proforma.number,
            PaymentRequest(PaymentMethod.CARD, card_id=card_id(ctx, "dana", "slow")),
        )
    assert refused.value.code is ErrorCode.PAYMENT_OUTCOME_UNKNOWN
    return proforma.number


@pytest.fixture
def dana(ctx: AppContext) -> None:
    services = [domain("s1", "levi.co.il", EXPIRY), domain("s2", "levi.com", EXPIRY)]
    cards = [card("v1"), card("slow", TIMEOUT_ONCE)]
    load(ctx, document([customer("dana", services, cards=cards)]))


@pytest.mark.usefixtures("dana")
def test_the_charge_date_waits_for_a_proforma_card_payment_of_the_same_period(
    ctx: AppContext, clock: ManualClock
) -> None:
    assert kinds(run_on(ctx, clock, CHECK)).count("card_check_passed") == 2
    number = _unknown_card_payment(ctx, clock, EXPIRY, "levi.co.il")
    assert [charge["key"] for charge in ledger_charges(ctx)] == [f"proforma-{number}-1"]

    waiting = run_on(ctx, clock, EXPIRY)

    assert [(event.type.value, event.service) for event in waiting.events] == [("charged", "levi.com")]
    assert [charge["key"] for charge in ledger_charges(ctx)][:1] == [f"proforma-{number}-1"]
    assert len(ledger_charges(ctx)) == 2, "levi.co.il was not charged a second time"
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == [CycleStatus.CHECKED]
    assert any("levi.co.il" in problem and str(number) in problem for problem in waiting.problems)
    assert service(ctx, "levi.co.il").expires_on == EXPIRY

    # Staff ask the gateway: the charge was made; the proforma is paid and the period renewed once.
    outcome = settle_card_payment(ctx, SALES, number)
    assert outcome is not None
    assert service(ctx, "levi.co.il").expires_on == date(2027, 12, 20)
    later = run_on(ctx, clock, EXPIRY + timedelta(days=1))
    assert "charged" not in kinds(later)
    assert len(ledger_charges(ctx)) == 2
    assert cycles_of(ctx, "levi.co.il")[0].status == CycleStatus.CANCELLED


@pytest.mark.usefixtures("dana")
def test_a_catch_up_run_also_waits_for_it_and_charges_once_the_proforma_is_free_again(
    ctx: AppContext, clock: ManualClock
) -> None:
    """No check ran before the charge date: the catch-up run checks and notifies, but still leaves the
    proforma's periods uncharged; settled, the proforma paid them once."""
    number = _unknown_card_payment(ctx, clock, EXPIRY + timedelta(days=1), "levi.co.il", "levi.com")

    caught_up = run_on(ctx, clock, EXPIRY + timedelta(days=1))

    assert "charged" not in kinds(caught_up)
    assert [charge["key"] for charge in ledger_charges(ctx)] == [f"proforma-{number}-1"]
    assert {cycle.status for name in ("levi.co.il", "levi.com") for cycle in cycles_of(ctx, name)} == {
        CycleStatus.CHECKED
    }

    assert settle_card_payment(ctx, SALES, number) is not None
    after = run_on(ctx, clock, EXPIRY + timedelta(days=2))
    assert "charged" not in kinds(after) and after.problems == []
    assert len(ledger_charges(ctx)) == 1
    assert service(ctx, "levi.com").expires_on == date(2027, 12, 20)
