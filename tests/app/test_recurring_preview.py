"""R7 and R9 judged in one place, the use cases every window asks (issue 11): the Recurring preview,
the service page's preview and the services table agree with the due engine's own rule (the charge is
the expiry less `charge_lead_days`, desktop/core/due_dates.py) for any dates and lead days. The preview
shows each service's card and contact now beside the new ones. Cancel while the card is verified, and a
page saved whole or not at all (R34)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from desktop.app.cancellation import Stopped
from desktop.app.customers import load_account
from desktop.app.errors import UseCaseError
from desktop.app.recurring import (
    enable_recurring,
    preview_recurring,
    preview_service,
    save_service,
)
from desktop.bootstrap import AppContext
from desktop.core.cards import expires_before
from desktop.core.codes import ErrorCode, Risk
from desktop.core.due_dates import charge_date
from desktop.store.models import AutoRenew, Card, Service
from tests.app.helpers import (
    SALES,
    account,
    audit_rows,
    card_id,
    contact,
    contact_id,
    customer_id,
    order,
    outbox_rows,
    renew_states,
    service_id,
)
from tests.jobs.helpers import BOTH_DECLINED, card, document, domain, hosting, load, renew_of
from tests.support.gated_gateway import gate_verifications

JUNE = date(2027, 6, 1)


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, int]:
    """Dana: cards v1 (Dana Levi), v2 (Cohen Ltd), v3 (declines), two contacts; levi.com off, levi.co.il
    on with v1 for the account holder, levi-site (hosting) on with v1 for Moshe Cohen."""
    on_v1: dict[str, Any] = {"card_ref": "v1"}
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [
                        domain("d1", "levi.com", JUNE, card_ref=None, enabled=False),
                        domain("d2", "levi.co.il", JUNE, **on_v1),
                        hosting("h1", "levi-site", JUNE, contact="k2", **on_v1),
                    ],
                    cards=[
                        card("v1"),
                        {**card("v2", number="5555555555554444"), "holder": "Cohen Ltd"},
                        card("v3", number=BOTH_DECLINED),
                    ],
                    contacts=[
                        contact("k1", "Dana Levi", "Levi Ltd"),
                        contact("k2", "Moshe Cohen", "Cohen Ltd"),
                    ],
                    orders=[order("d1")],
                )
            ]
        ),
    )
    return {
        "dana": customer_id(ctx, "dana"),
        **{name: service_id(ctx, name) for name in ("levi.com", "levi.co.il", "levi-site")},
        **{ref: card_id(ctx, "dana", ref) for ref in ("v1", "v2", "v3")},
        **{ref: contact_id(ctx, "dana", ref) for ref in ("k1", "k2")},
    }


def test_the_preview_shows_what_each_service_has_now_and_what_changes(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    services = [ids["levi.com"], ids["levi.co.il"], ids["levi-site"]]
    preview = preview_recurring(ctx, SALES, ids["dana"], services, card_id=ids["v2"], contact_id=ids["k2"])
    rows = {row.service.name: row for row in preview.rows}
    assert [row.service.id for row in preview.rows] == services
    assert rows["levi.com"].switches_on and not rows["levi.com"].replaces
    on_v1 = rows["levi.co.il"]
    assert on_v1.on_now and on_v1.card_now is not None and on_v1.card_now.id == ids["v1"]
    assert on_v1.contact_now is None  # the account holder
    assert on_v1.card_changes and on_v1.contact_changes
    site = rows["levi-site"]
    assert site.contact_now is not None and site.contact_now.name == "Moshe Cohen"
    assert site.card_changes and not site.contact_changes
    assert [row.service.name for row in preview.replacing] == ["levi.co.il", "levi-site"]
    # The same card and contact as now: nothing is replaced.
    same = preview_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids["v1"])
    assert not same.replacing and not same.rows[0].replaces


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    expires_on=st.dates(date(2026, 6, 1), date(2029, 12, 31)),
    exp=st.tuples(st.integers(1, 12), st.integers(2026, 2029)),
    lead=st.integers(0, 60),
)
def test_r9_is_the_due_engines_rule_for_any_dates_and_lead_days(
    ctx: AppContext, ids: dict[str, int], expires_on: date, exp: tuple[int, int], lead: int
) -> None:
    """The Recurring preview (switching on levi.com, off), the service page's preview (levi.co.il, on)
    and the services table all say "card expires first" exactly when the due engine would find the
    card expired on its charge date."""
    exp_month, exp_year = exp
    with ctx.db.transaction() as session:
        session.execute(
            update(Card).where(Card.id == ids["v2"]).values(exp_month=exp_month, exp_year=exp_year)
        )
        session.execute(
            update(Service)
            .where(Service.id.in_([ids["levi.com"], ids["levi.co.il"]]))
            .values(expires_on=expires_on)
        )
        session.execute(
            update(AutoRenew).where(AutoRenew.service_id == ids["levi.co.il"]).values(card_id=ids["v2"])
        )
    ctx.settings = replace(ctx.settings, charge_lead_days=lead)
    engine_says = expires_before(exp_month, exp_year, charge_date(expires_on, lead))

    dialog = preview_recurring(ctx, SALES, ids["dana"], [ids["levi.com"]], card_id=ids["v2"])
    page = preview_service(ctx, SALES, ids["levi.co.il"], card_id=ids["v2"], contact_id=None)
    table = next(s for s in load_account(ctx, SALES, ids["dana"]).services if s.id == ids["levi.co.il"])
    assert dialog.rows[0].card_expires_first is engine_says
    assert dialog.expiring_before_charge == ((ids["levi.com"],) if engine_says else ())
    assert dialog.rows[0].charge_on == charge_date(expires_on, lead)
    assert page.rows[0].card_expires_first is engine_says
    assert (Risk.CARD_EXPIRES_FIRST in table.risks) is engine_says


def test_the_page_preview_keeps_no_card_as_no_card(ctx: AppContext, ids: dict[str, int]) -> None:
    page = preview_service(ctx, SALES, ids["levi-site"], card_id=None, contact_id=ids["k2"])
    assert page.card is None and not page.holder_mismatch and not page.expiring_before_charge
    # R7 as in Recurring: Dana Levi's card for Moshe Cohen, several cards on the account.
    assert preview_service(
        ctx, SALES, ids["levi-site"], card_id=ids["v1"], contact_id=ids["k2"]
    ).holder_mismatch
    assert not preview_service(
        ctx, SALES, ids["levi-site"], card_id=ids["v2"], contact_id=ids["k2"]
    ).holder_mismatch


def test_cancel_during_the_verification_commits_nothing(ctx: AppContext, ids: dict[str, int]) -> None:
    gate = gate_verifications(ctx)
    cancel = threading.Event()
    states = renew_states(ctx)
    failures: list[BaseException] = []

    def confirm() -> None:
        try:
            enable_recurring(
                ctx,
                SALES,
                ids["dana"],
                [ids["levi.com"], ids["levi.co.il"]],
                card_id=ids["v2"],
                cancel=cancel,
            )
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=confirm)
    worker.start()
    try:
        assert gate.entered.wait(10)
        cancel.set()  # Cancel pressed while the gateway verifies the card
    finally:
        gate.gate.set()
        worker.join(30)
    assert len(failures) == 1 and isinstance(failures[0], Stopped)
    assert renew_states(ctx) == states
    assert audit_rows(ctx, "auto_renew.enabled") == []


def test_the_page_is_saved_whole_or_not_at_all(ctx: AppContext, ids: dict[str, int]) -> None:
    """Switching levi.co.il off while picking the card that declines: the old page switched it off
    (and told the customer) before the card was refused. Now nothing changes."""
    states = renew_states(ctx)
    with pytest.raises(UseCaseError) as refused:
        save_service(ctx, SALES, ids["levi.co.il"], on=False, card_id=ids["v3"], contact_id=None)
    assert refused.value.code is ErrorCode.CARD_REFUSED
    assert renew_states(ctx) == states
    assert outbox_rows(ctx, "stopped_by_staff") == []

    saved = save_service(ctx, SALES, ids["levi.co.il"], on=False, card_id=ids["v1"], contact_id=None)
    assert saved.switched_off and saved.changed and not saved.switched_on
    assert not renew_of(ctx, "levi.co.il").enabled
    assert len(outbox_rows(ctx, "stopped_by_staff")) == 1
    assert len(audit_rows(ctx, "auto_renew.disabled")) == 1

    again = save_service(ctx, SALES, ids["levi.co.il"], on=True, card_id=ids["v2"], contact_id=ids["k2"])
    assert again.switched_on
    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.card_id, renew.billing_contact_id) == (True, ids["v2"], ids["k2"])
    assert len(audit_rows(ctx, "auto_renew.enabled")) == 1

    same = save_service(ctx, SALES, ids["levi.co.il"], on=True, card_id=ids["v2"], contact_id=ids["k2"])
    assert not same.changed


def test_the_page_refuses_an_unacknowledged_holder_mismatch(ctx: AppContext, ids: dict[str, int]) -> None:
    states = renew_states(ctx)
    with pytest.raises(UseCaseError) as refused:
        save_service(
            ctx, SALES, ids["levi-site"], on=True, card_id=ids["v1"], contact_id=ids["k2"], period_months=24
        )
    assert refused.value.code is ErrorCode.HOLDER_MISMATCH_UNACKNOWLEDGED
    assert renew_states(ctx) == states
    save_service(
        ctx,
        SALES,
        ids["levi-site"],
        on=True,
        card_id=ids["v1"],
        contact_id=ids["k2"],
        period_months=24,
        mismatch_acknowledged=True,
    )
    assert renew_of(ctx, "levi-site").period_months == 24
