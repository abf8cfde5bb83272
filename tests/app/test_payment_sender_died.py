"""Whether a card charge is under way is read from the database alone, for every process and every
workstation: while another process sends it, every other one waits for it (no follow-up row, no
payment, no settling); once that process is dead (killed, no code of it runs again), the charge is
at once one to ask the gateway about, listed first, and asking charges nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from desktop.app.errors import UseCaseError
from desktop.app.followup import followup_list
from desktop.app.payments import PaymentRequest, record_payment, settle_card_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import AttemptStatus, ErrorCode, FollowUpKind, PaymentMethod
from desktop.store.models import PaymentAttempt
from tests.app.helpers import FINANCE, SALES, card_id, customer_id, service_id
from tests.conftest import ROOT
from tests.jobs.helpers import card, customer, document, hosting, load

# Another process: it pays the proforma by card and is held at the gateway until it is killed.
SENDER = textwrap.dedent(
    """
    import sys, threading
    from datetime import datetime
    from desktop.app.actor import Actor, Role
    from desktop.app.payments import PaymentRequest, record_payment
    from desktop.bootstrap import build_context
    from desktop.core.clock import ManualClock
    from desktop.core.codes import PaymentMethod

    url, now, number, card = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ctx = build_context(url, clock=ManualClock(datetime.fromisoformat(now)), sandbox_seed=11)

    class Held:
        def __init__(self, inner):
            self._inner = inner

        def charge(self, *args, **kwargs):
            print("sending", flush=True)
            threading.Event().wait()

        def __getattr__(self, name):
            return getattr(self._inner, name)

    ctx.gateway = Held(ctx.gateway)
    record_payment(ctx, Actor("sara", Role.SALES), number, PaymentRequest(PaymentMethod.CARD, card_id=card))
    """
)


def test_a_charge_another_process_sends_is_waited_for_until_that_process_dies(
    ctx: AppContext, db_url: str, clock: ManualClock
) -> None:
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    load(ctx, document([customer("dana", [site], cards=[card("v1")])]))
    [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi-site")])
    number, chosen = proforma.number, card_id(ctx, "dana", "v1")
    sender = subprocess.Popen(
        [sys.executable, "-c", SENDER, db_url, clock.now().isoformat(), str(number), str(chosen)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert sender.stdout is not None
        assert sender.stdout.readline().strip() == "sending", "the other process reached the gateway"
        # Under way in the other process: waited for, by every kind of asking.
        assert followup_list(ctx, FINANCE).counts[FollowUpKind.PAYMENT_UNKNOWN] == 0
        works: list[Callable[[], object]] = [
            lambda: settle_card_payment(ctx, FINANCE, number),
            lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=chosen)),
            lambda: record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.TRANSFER)),
        ]
        for work in works:
            with pytest.raises(UseCaseError) as waiting:
                work()
            assert waiting.value.code is ErrorCode.PAYMENT_UNDER_WAY
    finally:
        sender.send_signal(signal.SIGKILL)  # dead: no line of it runs again
        sender.wait(30)

    # Dead: at once a charge to ask the gateway about (no lease to wait out), listed first.
    first = followup_list(ctx, FINANCE).rows[0]
    assert (first.kind, first.proforma_number) == (FollowUpKind.PAYMENT_UNKNOWN, number)
    assert settle_card_payment(ctx, FINANCE, number) is None, "the gateway never had it"
    with ctx.db.reading() as session:
        assert list(session.scalars(select(PaymentAttempt.status))) == [AttemptStatus.NOT_SENT]
    assert [entry for entry in ctx.gateway.entries() if entry["kind"] == "charge"] == []
    outcome = record_payment(ctx, SALES, number, PaymentRequest(PaymentMethod.CARD, card_id=chosen))
    assert outcome.amount_minor > 0 and len(ctx.gateway.entries()) >= 1
