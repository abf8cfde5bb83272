"""The views of stored rows that several use cases hand out: made in one place, so that a card is valid,
or a contact reads, the same in the account, the Cards tab and the Record payment dialog."""

from __future__ import annotations

from datetime import date

from desktop.app.views import CardView, ContactView
from desktop.core.cards import is_expired
from desktop.store.models import Card, Contact


def card_view(card: Card, today: date) -> CardView:
    """A saved card: valid unless the gateway refused it or it is past its expiry on `today`."""
    return CardView(
        id=card.id,
        ref=card.ref,
        brand=card.brand,
        last4=card.last4,
        exp_month=card.exp_month,
        exp_year=card.exp_year,
        holder=card.holder,
        valid=card.invalid_reason is None and not is_expired(card.exp_month, card.exp_year, today),
        invalid_reason=card.invalid_reason,
    )


def contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id,
        ref=contact.ref,
        name=contact.name,
        company=contact.company,
        email=contact.email,
        phone=contact.phone,
        address=contact.address,
        tax_id=contact.tax_id,
    )
