"""The Recurring preview and the account say what the due checks will do (hostile test 14, defect 12):
a domain that expired 18 days ago, switched on in Recurring, showed its passed charge date with no
risk, then a green "Active", while the engine left it to staff and never charged it. The preview's
risks, the account's and the engine's decision now come from one rule (core.risk.engine_risks and
core.due_dates.charge_decision), for charge dates on either side of the grace days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.app.customers import load_account
from desktop.app.recurring import enable_recurring, preview_recurring
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import Risk
from tests.app.helpers import SALES, account, card_id, customer_id, order, service_id
from tests.jobs.helpers import at_nine, card, document, domain, kinds, ledger_charges, load, run_on

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("days_ago", [0, 3, 7, 8, 18])
def test_preview_account_and_engine_agree_on_a_passed_charge_date(
    ctx: AppContext, clock: ManualClock, days_ago: int
) -> None:
    clock.set(at_nine(TODAY))
    expired = TODAY - timedelta(days=days_ago)
    photo = domain("s1", "photo.co.il", expired, card_ref=None, enabled=False)
    load(ctx, document([account("dana", [photo], cards=[card("v1")], orders=[order("s1")])]))
    dana, sid, v1 = customer_id(ctx, "dana"), service_id(ctx, "photo.co.il"), card_id(ctx, "dana", "v1")
    left_to_staff = days_ago > ctx.settings.late_charge_grace_days

    [row] = preview_recurring(ctx, SALES, dana, [sid], card_id=v1).rows
    enable_recurring(ctx, SALES, dana, [sid], card_id=v1)
    [shown] = load_account(ctx, SALES, dana).services
    events = kinds(run_on(ctx, clock, TODAY))

    assert row.charge_on == expired
    assert (Risk.NEEDS_ATTENTION in row.risks) is left_to_staff
    assert (Risk.CHARGE_DATE_PASSED in row.risks) is (days_ago > 0)
    assert shown.auto_renew_on and shown.risks == row.risks, "the account says what the preview said"
    if left_to_staff:
        assert row.risks[0] is Risk.NEEDS_ATTENTION
        assert events == ["needs_attention"]
        assert ledger_charges(ctx) == []
    else:
        # Checked and announced, to be charged now (or once its notice went out): not left to staff.
        assert events[:2] == ["card_check_passed", "precharge_notice_sent"]
        assert "needs_attention" not in events
