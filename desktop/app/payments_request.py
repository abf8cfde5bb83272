"""What staff said of a proforma's payment (R39), and what the checks made of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.codes import PaymentMethod


@dataclass(frozen=True)
class TypedCard:
    """A card typed for this payment: saved first (desktop.app.cards.add_card), then charged. The
    number is never shown in a repr (a log line, a crash report)."""

    number: str = field(repr=False)
    holder: str
    exp_month: int
    exp_year: int


@dataclass(frozen=True)
class PaymentRequest:
    """What staff said of the payment. `paid_on` None: today (a card is always paid today).
    `amount_minor`: the amount the customer paid, when staff typed it; it must be the amount due.
    A card payment names a saved card (`card_id`) or a typed one (`card`)."""

    method: PaymentMethod
    paid_on: date | None = None
    reference: str | None = None
    amount_minor: int | None = None
    card_id: int | None = None
    card: TypedCard | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Checked:
    paid_on: date
    reference: str | None
