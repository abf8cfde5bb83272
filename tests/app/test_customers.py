"""Finding customers as staff type, and one account as the windows show it (R1, R3, R9, R21, R27)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from desktop.app.actor import SCHEDULER, Actor, Role
from desktop.app.config import set_setting
from desktop.app.customers import find_customers, load_account
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import Risk, Unavailable
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    account,
    card_id,
    contact,
    contact_id,
    customer_id,
    order,
)
from tests.jobs.helpers import GOOD, card, document, domain, hosting, load
from tests.support.actors import TEST_ADMIN

# -- finding ---------------------------------------------------------------------------------------


@pytest.fixture
def people(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "c-dana",
                    [domain("s1", "dana-site.co.il", date(2027, 3, 1))],
                    name="Dana Levi",
                    email="dana@example.com",
                    phone="+972-54-1234567",
                ),
                account(
                    "c-moshe",
                    [domain("s1", "cohen-shop.com", date(2027, 3, 1))],
                    name="Moshe Cohen",
                    email="billing@cohen.example",
                    phone="035551234",
                ),
                account(
                    "c-he",
                    [domain("s1", "he-site.co.il", date(2027, 3, 1))],
                    name="דנה לוי",
                    email="he-customer@example.co.il",
                ),
                account(
                    "c-jose",
                    [domain("s1", "jose-site.com", date(2027, 3, 1))],
                    name="José Núñez",
                    email="jose@example.es",
                ),
                account(
                    "c-ana",
                    [domain("s1", "ana-site.com", date(2027, 3, 1))],
                    name="Ana Núñez García",
                    email="ana@example.es",
                ),
            ]
        ),
    )


def _refs(ctx: AppContext, text: str, actor: Actor = SALES) -> list[str]:
    return sorted(hit.ref for hit in find_customers(ctx, actor, text))


ALL = ["c-ana", "c-dana", "c-he", "c-jose", "c-moshe"]


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dan", ["c-dana"]),
        ("dana levi", ["c-dana"]),
        ("MOSHE", ["c-moshe"]),
        ("Levi", ["c-dana"]),
        ("cohen", ["c-moshe"]),
        ("billing@coh", ["c-moshe"]),
        ("Jose@", ["c-jose"]),
        ("cohen-sh", ["c-moshe"]),
        ("he-site.co", ["c-he"]),
        ("5551234", ["c-moshe"]),
        ("1234567", ["c-dana"]),
        ("דנה", ["c-he"]),
        ("לוי", ["c-he"]),
        ("núñez", ["c-ana", "c-jose"]),
        ("NÚÑEZ", ["c-ana", "c-jose"]),
        ("JOSÉ", ["c-jose"]),
        ("garcía", ["c-ana"]),
        ("c-moshe", ["c-moshe"]),
        ("zz-nobody", []),
        ("evi", []),
    ],
)
def test_find_customers(ctx: AppContext, text: str, expected: list[str]) -> None:
    assert _refs(ctx, text) == expected


@pytest.mark.usefixtures("people")
def test_a_customer_found_carries_its_details(ctx: AppContext) -> None:
    [hit] = find_customers(ctx, SALES, "Moshe")

    assert (hit.name, hit.email, hit.phone, hit.language, hit.currency) == (
        "Moshe Cohen",
        "billing@cohen.example",
        "035551234",
        "en",
        "ILS",
    )
    assert hit.id == customer_id(ctx, "c-moshe")


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize("text", ["54-1234567", "54 123 4567", "+972-54-1234567", "(54) 1234567"])
def test_phone_digits_are_found_however_the_phone_is_written(ctx: AppContext, text: str) -> None:
    # Stored as "+972-54-1234567": staff type the digits with or without separators.
    assert _refs(ctx, text) == ["c-dana"]


def test_an_email_is_found_whatever_its_case(ctx: AppContext) -> None:
    load(
        ctx,
        document([account("c-1", [domain("s1", "levi.co.il", LATER)], email="Dana.Levi@Example.com")]),
    )

    for text in ("dana.levi@", "Dana.Levi@Ex", "DANA.LEVI@EXAMPLE.COM"):
        assert _refs(ctx, text) == ["c-1"], text


@pytest.mark.usefixtures("people")
def test_an_empty_query_lists_customers(ctx: AppContext) -> None:
    assert _refs(ctx, "") == ALL
    assert _refs(ctx, "   ") == ALL


@pytest.mark.usefixtures("people")
def test_paging(ctx: AppContext) -> None:
    pages = [find_customers(ctx, SALES, "", page=page, size=2) for page in range(4)]

    assert [len(hits) for hits in pages] == [2, 2, 1, 0]
    assert sorted(hit.ref for hits in pages for hit in hits) == ALL
    # The order is stable: the same page twice is the same page.
    assert find_customers(ctx, SALES, "", page=1, size=2) == pages[1]
    assert [hit.ref for hit in find_customers(ctx, SALES, "núñez", page=1, size=1)] != [
        hit.ref for hit in find_customers(ctx, SALES, "núñez", page=0, size=1)
    ]


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize("actor", [SALES, FINANCE, ADMIN, SCHEDULER], ids=lambda actor: actor.role.value)
def test_every_role_may_search(ctx: AppContext, actor: Actor) -> None:
    assert _refs(ctx, "Levi", actor) == ["c-dana"]


@pytest.mark.usefixtures("people")
def test_finance_and_sales_may_load_an_account(ctx: AppContext) -> None:
    the_id = customer_id(ctx, "c-dana")
    assert load_account(ctx, FINANCE, the_id).customer.ref == "c-dana"
    assert load_account(ctx, SALES, the_id).customer.name == "Dana Levi"


def test_an_unknown_customer_is_refused(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as caught:
        load_account(ctx, SALES, 424242)
    assert caught.value.code == "customer_not_found"


# -- one account -----------------------------------------------------------------------------------

SOON = date(2026, 12, 20)
LATER = date(2027, 3, 1)


@pytest.fixture
def dana(ctx: AppContext) -> int:
    """An account with two contacts, three cards (one ending before March 2027, one refused) and
    services that show each risk."""
    cards = [
        card("v1"),
        card("v2", exp=(1, 2027)),
        {**card("v3", number="5555555555554444"), "invalid_reason": "card_verification_declined"},
    ]
    cards[1]["holder"] = "Moshe Cohen"
    services = [
        domain("s1", "levi.co.il", SOON, card_ref="v1"),
        domain("s2", "levi.com", LATER, card_ref="v2", contact="k2"),
        domain("s3", "levi.org", SOON, card_ref="v1"),
        domain("s4", "levi-off.co.il", SOON, card_ref=None),
        hosting("s5", "levi-site", SOON, period=24, card_ref="v1", contact="k2"),
        domain("s6", "levi-stopped.co.il", SOON, card_ref="v1", enabled=False),
    ]
    services[5]["auto_renew"]["stop_reason"] = "charge_declined"
    services[5]["auto_renew"]["stopped_at"] = "2026-11-20T09:00:00+00:00"
    load(
        ctx,
        document(
            [
                account(
                    "c-dana",
                    services,
                    cards=cards,
                    contacts=[contact("k1", "Levi Ltd", "Levi Ltd"), contact("k2", "Avi Ben", "Ben Ltd")],
                    orders=[order("s1")],
                )
            ]
        ),
    )
    return customer_id(ctx, "c-dana")


def test_the_account_lists_contacts_and_cards(ctx: AppContext, dana: int) -> None:
    view = load_account(ctx, SALES, dana)

    assert view.customer.ref == "c-dana"
    assert [(k.ref, k.name, k.company, k.email) for k in view.contacts] == [
        ("k1", "Levi Ltd", "Levi Ltd", "k1@billing.example"),
        ("k2", "Avi Ben", "Ben Ltd", "k2@billing.example"),
    ]
    assert [(k.ref, k.brand, k.last4, k.exp_month, k.exp_year, k.holder) for k in view.cards] == [
        ("v1", "visa", "4242", 12, 2030, "Dana Levi"),
        ("v2", "visa", "4242", 1, 2027, "Moshe Cohen"),
        ("v3", "mastercard", "4444", 12, 2030, "Dana Levi"),
    ]
    assert [(k.ref, k.valid, k.invalid_reason) for k in view.cards] == [
        ("v1", True, None),
        ("v2", True, None),
        ("v3", False, "card_verification_declined"),
    ]
    assert view.has_order


def test_a_card_past_its_month_is_not_valid(ctx: AppContext, clock: ManualClock, dana: int) -> None:
    clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))

    cards = {k.ref: k.valid for k in load_account(ctx, SALES, dana).cards}

    assert cards == {"v1": True, "v2": False, "v3": False}
    # Up to and including the last day of the month (R19).
    assert {k.ref: k.valid for k in load_account(ctx, SALES, dana, today=date(2027, 1, 31)).cards}["v2"]


def test_services_show_auto_renew_state_next_charge_and_price(ctx: AppContext, dana: int) -> None:
    services = {s.name: s for s in load_account(ctx, SALES, dana).services}

    levi = services["levi.co.il"]
    assert (levi.kind, levi.auto_renew_on, levi.stop_reason, levi.next_charge_on) == (
        "domain",
        True,
        None,
        SOON,
    )
    assert (levi.price_minor, levi.currency, levi.installments, levi.max_installments) == (5900, "ILS", 1, 1)
    assert levi.card_id == card_id(ctx, "c-dana", "v1")
    assert levi.billing_contact_id is None

    site = services["levi-site"]
    assert (site.kind, site.plan, site.renew_period_months) == ("hosting", "basic", 24)
    assert (site.price_minor, site.installments, site.max_installments) == (90000, 5, 5)
    assert site.billing_contact_id == contact_id(ctx, "c-dana", "k2")

    stopped = services["levi-stopped.co.il"]
    assert (stopped.auto_renew_on, stopped.stop_reason) == (False, "charge_declined")
    assert stopped.stopped_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert stopped.next_charge_on is None
    assert stopped.risks == ()


def test_the_next_charge_date_is_the_expiry_minus_the_lead_days(ctx: AppContext, dana: int) -> None:
    set_setting(ctx, TEST_ADMIN, "charge_lead_days", "3")

    services = {s.name: s for s in load_account(ctx, SALES, dana).services}

    assert services["levi.co.il"].next_charge_on == date(2026, 12, 17)
    assert services["levi.com"].next_charge_on == date(2027, 2, 26)


def test_the_risks_of_each_service(ctx: AppContext, dana: int) -> None:
    risks = {s.name: s.risks for s in load_account(ctx, SALES, dana).services}

    assert risks["levi.co.il"] == ()
    # The card ends in January; the charge falls in March (R9). The billing contact is not the holder.
    assert risks["levi.com"] == (Risk.CARD_EXPIRES_FIRST, Risk.HOLDER_MISMATCH)
    # No price for .org in the price list.
    assert risks["levi.org"] == (Risk.NO_PRICE,)
    # On, but with several cards and none chosen.
    assert risks["levi-off.co.il"] == (Risk.NO_CARD,)
    assert risks["levi-site"] == (Risk.HOLDER_MISMATCH,)


def test_a_service_without_a_price_has_none(ctx: AppContext, dana: int) -> None:
    services = {s.name: s for s in load_account(ctx, SALES, dana).services}
    assert services["levi.org"].price_minor is None
    assert services["levi.co.il"].price_minor == 5900


def test_a_holder_matching_the_contact_company_is_no_mismatch(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "c-1",
                    [domain("s1", "levi.co.il", SOON, contact="k1")],
                    cards=[{**card("v1"), "holder": "LEVI LTD."}],
                    contacts=[contact("k1", "Dana Levi", "Levi Ltd")],
                    orders=[order("s1")],
                )
            ]
        ),
    )

    [service] = load_account(ctx, SALES, customer_id(ctx, "c-1")).services

    assert service.risks == ()


# -- R1: when Recurring is offered -----------------------------------------------------------------


def _availability(
    ctx: AppContext, cards: list[dict[str, Any]], with_order: bool
) -> tuple[bool, tuple[Unavailable, ...]]:
    load(
        ctx,
        document(
            [
                account(
                    "c-r1",
                    [domain("s1", "levi.co.il", SOON, card_ref=None, enabled=False)],
                    cards=cards,
                    orders=[order("s1")] if with_order else [],
                )
            ]
        ),
    )
    view = load_account(ctx, SALES, customer_id(ctx, "c-r1"))
    assert view.renew.offered  # R2: renewing is offered whatever the cards
    return view.recurring.offered, view.recurring.reasons


def test_recurring_is_offered_with_a_valid_card_and_an_order(ctx: AppContext) -> None:
    assert _availability(ctx, [card("v1")], with_order=True) == (True, ())


def test_recurring_needs_a_valid_card(ctx: AppContext) -> None:
    assert _availability(ctx, [], with_order=True) == (False, (Unavailable.NO_VALID_CARD,))


def test_a_refused_card_is_not_a_valid_card(ctx: AppContext) -> None:
    refused = {**card("v1", number=GOOD), "invalid_reason": "card_verification_declined"}
    assert _availability(ctx, [refused], with_order=True) == (False, (Unavailable.NO_VALID_CARD,))


def test_recurring_needs_an_order(ctx: AppContext) -> None:
    assert _availability(ctx, [card("v1")], with_order=False) == (False, (Unavailable.NO_ORDER,))


def test_recurring_without_card_and_order_gives_both_reasons(ctx: AppContext) -> None:
    assert _availability(ctx, [], with_order=False) == (
        False,
        (Unavailable.NO_VALID_CARD, Unavailable.NO_ORDER),
    )


def test_an_expired_card_makes_recurring_unavailable(ctx: AppContext, clock: ManualClock) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "c-r1",
                    [domain("s1", "levi.co.il", SOON)],
                    cards=[card("v1", exp=(11, 2026))],
                    orders=[order("s1")],
                )
            ]
        ),
    )
    the_id = customer_id(ctx, "c-r1")
    assert load_account(ctx, SALES, the_id).recurring.offered

    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    recurring = load_account(ctx, SALES, the_id).recurring

    assert (recurring.offered, recurring.reasons) == (False, (Unavailable.NO_VALID_CARD,))


def test_an_actor_of_any_staff_role_reads_accounts(ctx: AppContext, dana: int) -> None:
    for role in (Role.SALES, Role.FINANCE, Role.ADMIN):
        assert load_account(ctx, Actor("someone", role), dana).customer.ref == "c-dana"
