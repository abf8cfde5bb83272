"""Audit entries made by the real use cases, for the tests of the audit log in people's words: a card
changed on a domain, a billing contact chosen, a service deleted since."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete

from desktop.app.recurring import disable_recurring, enable_recurring
from desktop.bootstrap import AppContext
from desktop.store.models import Service
from tests.app.helpers import SALES, account, card_id, contact, contact_id, customer_id, order, service_id
from tests.jobs.helpers import card, document, domain, load

MASTERCARD = "5555555555554444"
DOMAIN = "levi.co.il"
GONE_DOMAIN = "gone.co.il"


def card_change(ctx: AppContext) -> None:
    """Dana's levi.co.il renews on her Visa ending 4242; sales moves it to her Mastercard ending 4444
    billed to Acme, then switches gone.co.il off."""
    soon = ctx.today() + timedelta(days=40)
    load(
        ctx,
        document(
            [
                account(
                    "C-LEVI-1",
                    [domain("d1", DOMAIN, soon), domain("d2", GONE_DOMAIN, soon)],
                    cards=[card("v1"), card("m1", MASTERCARD)],
                    contacts=[contact("acme", "Ruth Acme", "Acme Ltd")],
                    orders=[order("d1"), order("d2")],
                )
            ]
        ),
    )
    levi = customer_id(ctx, "C-LEVI-1")
    enable_recurring(
        ctx,
        SALES,
        levi,
        [service_id(ctx, DOMAIN)],
        card_id=card_id(ctx, "C-LEVI-1", "m1"),
        contact_id=contact_id(ctx, "C-LEVI-1", "acme"),
        mismatch_acknowledged=True,  # the card is Dana's, the bill goes to Acme
    )
    disable_recurring(ctx, SALES, levi, [service_id(ctx, GONE_DOMAIN)])


def delete_service(ctx: AppContext, name: str) -> int:
    """The service goes from the database (its cycles and auto-renew with it); its entries stay."""
    number = service_id(ctx, name)
    with ctx.db.transaction() as session:
        session.execute(delete(Service).where(Service.id == number))
    return number
