"""Cards typed by staff (R38, R20): added through the gateway and verified, replaced on every service
in one step, removed with its services moved or stopped; roles (R23), the audit log (R22) and the
updated notice of a cycle that named the old card (R28)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.app.cancellation import Stopped
from desktop.app.cards import add_card, card_uses, remove_card, replace_card
from desktop.app.customers import load_account
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import ErrorCode
from desktop.mail.render import render
from desktop.store.models import Card
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    account,
    audit_rows,
    card_id,
    customer_id,
    order,
    outbox_rows,
    renew_states,
)
from tests.conftest import TODAY
from tests.jobs.helpers import BOTH_DECLINED, GOOD, card, document, domain, hosting, load, renew_of, run_on

SOON = TODAY + timedelta(days=11)  # its card check and notice are due now (15 days before)
LATER = date(2027, 6, 1)
OTHER_GOOD = "5555555555554444"


@pytest.fixture
def dana(ctx: AppContext) -> int:
    """Dana: v1 used by two services renewing (one of them announced by its notice today) and one
    switched off; v2 good and unused; v3 expiring in January 2027."""
    off = domain("d3", "levi.net", LATER, enabled=False)
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [
                        domain("d1", "levi.co.il", SOON),
                        hosting("h1", "levi-site", LATER),
                        off,
                    ],
                    cards=[card("v1"), card("v2", number=OTHER_GOOD), card("v3", exp=(1, 2027))],
                    orders=[order("d1")],
                ),
                account("ana", [domain("a1", "ana.co.il", LATER)], name="Ana Gil", cards=[card("v1")]),
            ]
        ),
    )
    return customer_id(ctx, "dana")


def _cards(ctx: AppContext, customer: int) -> list[Card]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(Card).where(Card.customer_id == customer).order_by(Card.id)))


def _state(ctx: AppContext) -> tuple[Any, ...]:
    with ctx.db.reading() as session:
        cards = session.scalar(select(func.count()).select_from(Card))
    return cards, renew_states(ctx), len(audit_rows(ctx)), len(outbox_rows(ctx)), len(ctx.gateway.entries())


def _refused_changing_nothing(ctx: AppContext, action: Callable[[], object]) -> UseCaseError:
    before = _state(ctx)
    with pytest.raises(UseCaseError) as caught:
        action()
    after = _state(ctx)
    assert after[:4] == before[:4]
    return caught.value


# -- add ---------------------------------------------------------------------------------------------


def test_a_typed_card_is_tokenised_verified_and_kept_without_its_number(ctx: AppContext, dana: int) -> None:
    made = add_card(ctx, SALES, dana, "4242 4242 4242 4242", "  Dana Levi ", 9, 2029)

    assert (made.ref, made.brand, made.last4, made.exp_month, made.exp_year) == (
        "V-1",
        "visa",
        "4242",
        9,
        2029,
    )
    assert made.holder == "Dana Levi" and made.valid
    stored = _cards(ctx, dana)[-1]
    assert stored.token.startswith("tok_sbx_") and "4242424242424242" not in stored.token
    assert stored.verified_at is not None and stored.invalid_reason is None
    verifications = [entry for entry in ctx.gateway.entries() if entry["kind"] == "verify"]
    assert verifications[-1]["last4"] == "4242"
    [entry] = audit_rows(ctx, "card.added")
    assert entry.actor == "sara" and entry.customer_id == dana
    assert entry.after == {
        "ref": "V-1",
        "brand": "visa",
        "card": "4242",
        "expiry": "09/2029",
        "holder": "Dana Levi",
    }

    second = add_card(ctx, SALES, dana, OTHER_GOOD, "Dana Levi", 1, 2030)
    assert (second.ref, second.brand) == ("V-2", "mastercard")


@pytest.mark.parametrize(
    ("number", "holder", "month", "year", "field", "problem"),
    [
        ("4242424242424241", "Dana Levi", 9, 2029, "card_number", "luhn"),
        ("", "Dana Levi", 9, 2029, "card_number", "empty"),
        (GOOD, "  ", 9, 2029, "card_holder", "empty"),
        (GOOD, "4242 4242 4242 4242", 9, 2029, "card_holder", "card_number"),
        (GOOD, "Dana Levi", 10, 2026, "card_expiry", "expired"),
        (GOOD, "Dana Levi", 13, 2029, "card_expiry", "form"),
    ],
    ids=["luhn", "no-number", "no-holder", "number-as-holder", "past-expiry", "month-13"],
)
def test_bad_fields_are_refused_naming_the_field_before_the_gateway_sees_anything(
    ctx: AppContext, dana: int, number: str, holder: str, month: int, year: int, field: str, problem: str
) -> None:
    calls = len(ctx.gateway.entries())

    error = _refused_changing_nothing(ctx, lambda: add_card(ctx, SALES, dana, number, holder, month, year))

    assert error.code is ErrorCode.FIELD_INVALID
    assert (error.params["field"], error.params["problem"]) == (field, problem)
    assert "4242424242424242" not in str(error) and "4242424242424241" not in str(error)
    assert error.__context__ is None and error.__cause__ is None
    assert len(ctx.gateway.entries()) == calls


def test_a_card_the_gateway_declines_is_refused_and_not_kept(ctx: AppContext, dana: int) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: add_card(ctx, SALES, dana, BOTH_DECLINED, "Dana Levi", 9, 2029)
    )

    assert error.code is ErrorCode.CARD_REFUSED
    assert error.params == {"reason": "card_declined", "last4": "0002"}
    assert BOTH_DECLINED not in repr(error.params)


def test_finance_may_not_add_a_card_and_sales_and_admin_may(ctx: AppContext, dana: int) -> None:
    error = _refused_changing_nothing(ctx, lambda: add_card(ctx, FINANCE, dana, GOOD, "Dana Levi", 9, 2029))
    assert error.code is ErrorCode.FORBIDDEN

    assert add_card(ctx, ADMIN, dana, GOOD, "Dana Levi", 9, 2029).ref == "V-1"


def test_cancel_before_the_commit_keeps_nothing(ctx: AppContext, dana: int) -> None:
    cancel = threading.Event()
    cancel.set()
    before = len(_cards(ctx, dana))

    with pytest.raises(Stopped):
        add_card(ctx, SALES, dana, GOOD, "Dana Levi", 9, 2029, cancel=cancel)

    assert len(_cards(ctx, dana)) == before
    assert audit_rows(ctx, "card.added") == []


# -- replace -----------------------------------------------------------------------------------------


def test_replace_moves_every_service_of_the_old_card_in_one_step(
    ctx: AppContext, clock: ManualClock, dana: int
) -> None:
    run_on(ctx, clock, TODAY)  # levi.co.il's notice goes out, naming v1
    notices = len(outbox_rows(ctx, "notice_updated"))
    v1, v2 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2")

    done = replace_card(ctx, SALES, dana, v1, v2)

    assert sorted(done.moved) == ["levi-site", "levi.co.il", "levi.net"]
    for name in ("levi.co.il", "levi-site", "levi.net"):
        assert renew_of(ctx, name).card_id == v2
    assert renew_of(ctx, "ana.co.il").card_id == card_id(ctx, "ana", "v1")  # another account's v1
    entries = audit_rows(ctx, "card.replaced")
    assert len(entries) == 3
    assert all((entry.before or {}).get("card_id") == v1 for entry in entries)
    assert all((entry.after or {}).get("card_id") == v2 for entry in entries)
    assert done.followed.updated_notices == 1
    assert len(outbox_rows(ctx, "notice_updated")) == notices + 1
    assert [card.ref for card in _cards(ctx, dana)] == ["v1", "v2", "v3"]  # the old card stays


def test_replace_refuses_the_same_card_an_unknown_card_and_an_invalid_one(ctx: AppContext, dana: int) -> None:
    v1, v3 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v3")
    same = _refused_changing_nothing(ctx, lambda: replace_card(ctx, SALES, dana, v1, v1))
    assert same.code is ErrorCode.CARD_SAME
    foreign = card_id(ctx, "ana", "v1")
    elsewhere = _refused_changing_nothing(ctx, lambda: replace_card(ctx, SALES, dana, v1, foreign))
    assert elsewhere.code is ErrorCode.CARD_TARGET_GONE  # the new card is the one not on the account
    declined = add_card(ctx, SALES, dana, GOOD, "Dana Levi", 9, 2029)
    with ctx.db.transaction() as session:
        stored = session.get(Card, declined.id)
        assert stored is not None
        stored.invalid_reason = "card_declined"
    refused = _refused_changing_nothing(ctx, lambda: replace_card(ctx, SALES, dana, v1, declined.id))
    assert refused.code is ErrorCode.CARD_REFUSED and refused.params["reason"] == "card_declined"
    finance = _refused_changing_nothing(ctx, lambda: replace_card(ctx, FINANCE, dana, v1, v3))
    assert finance.code is ErrorCode.FORBIDDEN


def test_replace_by_an_expired_card_is_refused(ctx: AppContext, clock: ManualClock, dana: int) -> None:
    clock.set(clock.now().replace(year=2027, month=2, day=10))
    v1, v3 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v3")

    error = _refused_changing_nothing(ctx, lambda: replace_card(ctx, SALES, dana, v1, v3))

    assert error.code is ErrorCode.CARD_REFUSED and error.params["reason"] == "card_expired"


# -- remove ------------------------------------------------------------------------------------------


def test_a_card_in_use_is_not_removed_without_a_choice(ctx: AppContext, dana: int) -> None:
    v1 = card_id(ctx, "dana", "v1")

    error = _refused_changing_nothing(ctx, lambda: remove_card(ctx, SALES, dana, v1))

    assert error.code is ErrorCode.CARD_IN_USE
    assert error.params == {"last4": "4242", "services": ["levi-site", "levi.co.il"]}


def test_remove_moving_the_services_to_another_card(ctx: AppContext, dana: int) -> None:
    v1, v2 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2")

    done = remove_card(ctx, SALES, dana, v1, move_to=v2)

    assert sorted(done.moved) == ["levi-site", "levi.co.il", "levi.net"] and done.stopped == ()
    assert [card.ref for card in _cards(ctx, dana)] == ["v2", "v3"]
    assert renew_of(ctx, "levi.co.il").card_id == v2 and renew_of(ctx, "levi.co.il").enabled
    assert len(audit_rows(ctx, "card.replaced")) == 3
    [removed] = audit_rows(ctx, "card.removed")
    assert removed.before == {
        "ref": "v1",
        "brand": "visa",
        "card": "4242",
        "expiry": "12/2030",
        "holder": "Dana Levi",
    }


def test_remove_stopping_the_auto_renews_tells_the_customer(ctx: AppContext, dana: int) -> None:
    v1 = card_id(ctx, "dana", "v1")

    done = remove_card(ctx, SALES, dana, v1, stop=True)

    assert sorted(done.stopped) == ["levi-site", "levi.co.il"] and done.moved == ()
    for name in ("levi.co.il", "levi-site"):
        renew = renew_of(ctx, name)
        assert (renew.enabled, renew.stop_reason, renew.card_id) == (False, "card_removed", None)
        assert not renew.switched_off_explicitly
    assert renew_of(ctx, "levi.net").card_id is None
    mails = outbox_rows(ctx, "stopped_by_staff")
    assert sorted(mail.context["service_name"] for mail in mails) == ["levi-site", "levi.co.il"]
    assert {mail.context["reason"] for mail in mails} == {"card_removed"}
    told = render(
        mails[0].kind, "en", {**mails[0].context, "renew_url": "u", "settings_url": "s", "company_name": "c"}
    )
    assert "The card it renewed with was removed from your account." in told.text
    stops = audit_rows(ctx, "auto_renew.stopped")
    assert len(stops) == 2 and {(entry.after or {}).get("stop_reason") for entry in stops} == {"card_removed"}
    assert len(audit_rows(ctx, "card.removed")) == 1


def test_moving_to_a_card_removed_meanwhile_names_that_card_not_the_one_being_removed(
    ctx: AppContext, dana: int
) -> None:
    v1, v2 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2")
    remove_card(ctx, ADMIN, dana, v2)  # another workstation removes the card chosen to move to

    gone = _refused_changing_nothing(ctx, lambda: remove_card(ctx, SALES, dana, v1, move_to=v2))

    assert gone.code is ErrorCode.CARD_TARGET_GONE and gone.params == {"card_id": v2}
    assert [card.ref for card in _cards(ctx, dana)] == ["v1", "v3"]  # v1 is still there


def test_an_unused_card_is_removed_at_once_and_moving_to_itself_is_refused(
    ctx: AppContext, dana: int
) -> None:
    v2 = card_id(ctx, "dana", "v2")
    same = _refused_changing_nothing(ctx, lambda: remove_card(ctx, SALES, dana, v2, move_to=v2))
    assert same.code is ErrorCode.CARD_SAME

    done = remove_card(ctx, SALES, dana, v2)

    assert done.moved == () and done.stopped == ()
    assert [card.ref for card in _cards(ctx, dana)] == ["v1", "v3"]


# -- what the cards tab shows ----------------------------------------------------------------------------


def test_card_uses_counts_services_and_flags_a_card_expiring_before_a_charge(
    ctx: AppContext, dana: int
) -> None:
    v1, v3 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v3")
    replace_card(ctx, SALES, dana, v1, v3)  # v3 ends in January 2027: levi-site's June charge fails

    uses = card_uses(load_account(ctx, SALES, dana))

    assert [service.name for service in uses[v3].services] == ["levi-site", "levi.co.il", "levi.net"]
    assert [service.name for service in uses[v3].active] == ["levi-site", "levi.co.il"]
    assert [service.name for service in uses[v3].expires_first] == ["levi-site"]
    assert uses[v1].services == ()
