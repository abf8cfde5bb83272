"""A save that writes a whole form never silently undoes a colleague's change (issue 11, R34): the
window passes the service as it loaded it, and the use case, under its transaction's lock, refuses
(CHANGED_MEANWHILE, naming the service) when it no longer renews so. Nothing is written then: no
auto-renew row, no audit entry, no e-mail to the customer."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from desktop.app.customers import load_account
from desktop.app.errors import UseCaseError
from desktop.app.recurring import (
    ServiceStamp,
    change_service_settings,
    disable_recurring,
    enable_recurring,
    save_service,
)
from desktop.app.views import ServiceView
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
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
from tests.jobs.helpers import card, document, domain, hosting, load, renew_of
from tests.support.gated_gateway import gate_verifications

JUNE = date(2027, 6, 1)


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, int]:
    """Dana: levi.com off, levi.co.il on with v1, levi-site (hosting) on with v1; cards v1, v2."""
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
                        hosting("h1", "levi-site", JUNE, **on_v1),
                    ],
                    cards=[card("v1"), card("v2", number="5555555555554444")],
                    contacts=[contact("k1", "Dana Levi", "Levi Ltd")],
                    orders=[order("d1")],
                )
            ]
        ),
    )
    return {
        "dana": customer_id(ctx, "dana"),
        **{name: service_id(ctx, name) for name in ("levi.com", "levi.co.il", "levi-site")},
        **{ref: card_id(ctx, "dana", ref) for ref in ("v1", "v2")},
        "k1": contact_id(ctx, "dana", "k1"),
    }


def _as_loaded(ctx: AppContext, service: int) -> ServiceView:
    """The service as a window loaded it (the account table, the page)."""
    dana = load_account(ctx, SALES, customer_id(ctx, "dana"))
    return next(found for found in dana.services if found.id == service)


def _refused(call: Any) -> UseCaseError:
    with pytest.raises(UseCaseError) as refused:
        call()
    return refused.value


def test_a_page_loaded_before_a_colleague_switched_off_cannot_switch_it_on_again(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    """Workstation B opened levi-site's page; A switched it off (the customer was told); B presses Save
    without touching anything. The old save_service wrote B's whole form: on again, silently."""
    page = _as_loaded(ctx, ids["levi-site"])
    disable_recurring(ctx, SALES, ids["dana"], [ids["levi-site"]])  # workstation A
    states, audits, mails = renew_states(ctx), len(audit_rows(ctx)), len(outbox_rows(ctx))
    error = _refused(
        lambda: save_service(
            ctx,
            SALES,
            ids["levi-site"],
            on=True,
            card_id=ids["v1"],
            contact_id=None,
            period_months=page.renew_period_months,
            installments=page.installments,
            expected=ServiceStamp.of(page),
        )
    )
    assert error.code is ErrorCode.CHANGED_MEANWHILE
    assert error.params["services"] == ["levi-site"]
    assert not renew_of(ctx, "levi-site").enabled
    assert renew_states(ctx) == states
    assert (len(audit_rows(ctx)), len(outbox_rows(ctx))) == (audits, mails)

    # Shown anew, the same page saves.
    fresh = _as_loaded(ctx, ids["levi-site"])
    saved = save_service(
        ctx,
        SALES,
        ids["levi-site"],
        on=False,
        card_id=ids["v1"],
        contact_id=None,
        expected=ServiceStamp.of(fresh),
    )
    assert not saved.changed


def test_a_card_changed_meanwhile_is_not_put_back(ctx: AppContext, ids: dict[str, int]) -> None:
    page = _as_loaded(ctx, ids["levi.co.il"])
    change_service_settings(ctx, SALES, ids["levi.co.il"], card_id=ids["v2"], contact_id=None)
    for write in (
        lambda: save_service(
            ctx,
            SALES,
            ids["levi.co.il"],
            on=True,
            card_id=ids["v1"],
            contact_id=None,
            expected=ServiceStamp.of(page),
        ),
        lambda: change_service_settings(
            ctx, SALES, ids["levi.co.il"], card_id=ids["v1"], contact_id=None, expected=ServiceStamp.of(page)
        ),
    ):
        assert _refused(write).code is ErrorCode.CHANGED_MEANWHILE
        assert renew_of(ctx, "levi.co.il").card_id == ids["v2"]


def test_recurring_refuses_a_service_changed_since_its_preview(ctx: AppContext, ids: dict[str, int]) -> None:
    """The Recurring dialog showed levi.co.il on with v1 and Confirm replacing it with v2; meanwhile a
    colleague switched it off. Confirm switches nothing on, for any of the ticked services."""
    shown = {sid: ServiceStamp.of(_as_loaded(ctx, sid)) for sid in (ids["levi.com"], ids["levi.co.il"])}
    disable_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]])
    states = renew_states(ctx)
    error = _refused(
        lambda: enable_recurring(
            ctx, SALES, ids["dana"], list(shown), card_id=ids["v2"], contact_id=None, expected=shown
        )
    )
    assert error.code is ErrorCode.CHANGED_MEANWHILE and error.params["services"] == ["levi.co.il"]
    assert renew_states(ctx) == states
    assert audit_rows(ctx, "auto_renew.enabled") == []


def test_a_change_made_while_the_card_is_verified_is_not_overwritten(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    """Without a stamp from the window (the command line), the use case holds to what it loaded before
    the gateway's verification, which takes seconds."""
    gate = gate_verifications(ctx)
    failures: list[BaseException] = []

    def confirm() -> None:
        try:
            enable_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids["v2"])
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=confirm)
    worker.start()
    try:
        assert gate.entered.wait(10)
        disable_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]])  # another workstation
    finally:
        gate.gate.set()
        worker.join(30)
    assert len(failures) == 1 and isinstance(failures[0], UseCaseError)
    assert failures[0].code is ErrorCode.CHANGED_MEANWHILE
    assert not renew_of(ctx, "levi.co.il").enabled


def test_a_stamp_as_stored_saves(ctx: AppContext, ids: dict[str, int]) -> None:
    page = _as_loaded(ctx, ids["levi-site"])
    saved = save_service(
        ctx,
        SALES,
        ids["levi-site"],
        on=True,
        card_id=ids["v2"],
        contact_id=ids["k1"],
        period_months=24,
        expected=ServiceStamp.of(page),
    )
    assert saved.changed
    renew = renew_of(ctx, "levi-site")
    assert (renew.card_id, renew.billing_contact_id, renew.period_months) == (ids["v2"], ids["k1"], 24)
