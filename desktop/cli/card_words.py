"""A card as the commands print it: the words of every window, document and e-mail
(desktop.core.display.card_text) with the ref the commands take and the expiry."""

from __future__ import annotations

from desktop.app.views import CardView
from desktop.core.display import card_text


def card_line(card: CardView) -> str:
    """ "Visa •••• 4242 (v1, expires 12/2030)"."""
    return f"{card_text(card.brand, card.last4)} ({card.ref}, expires {card.exp_month:02}/{card.exp_year})"
