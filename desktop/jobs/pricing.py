"""The price of a renewal from the price list: a domain by its longest matching TLD, a hosting package
by its plan, for the auto-renew period in the customer's currency."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import PriceItem
from desktop.store.named_rows import columns


class PriceKey(NamedTuple):
    """What a price is for: a domain's TLD (".co.il") or a hosting plan, lower case."""

    kind: str
    item: str
    period_months: int
    currency: str


class _PriceRow(NamedTuple):
    kind: str
    item: str
    period_months: int
    currency: str
    amount_minor: int


_PRICE_ROW = columns(
    _PriceRow._fields,
    kind=PriceItem.kind,
    item=PriceItem.item,
    period_months=PriceItem.period_months,
    currency=PriceItem.currency,
    amount_minor=PriceItem.amount_minor,
)


class PriceBook:
    def __init__(self, session: Session) -> None:
        self._prices: dict[PriceKey, int] = {
            PriceKey(row.kind, row.item.lower(), row.period_months, row.currency): row.amount_minor
            for row in map(_PriceRow._make, session.execute(select(*_PRICE_ROW)))
        }
        # Asked once per service, 50,000 times for a big account, with a few distinct answers: a
        # domain's price depends only on what follows its first label.
        self._asked: dict[tuple[str, str, int, str], int | None] = {}

    def price(self, kind: str, name: str, plan: str | None, period: int, currency: str) -> int | None:
        if kind == "hosting":
            return self._prices.get(PriceKey("hosting", (plan or "").lower(), period, currency))
        _, dot, rest = name.lower().partition(".")
        asked = (kind, dot + rest, period, currency)
        if asked not in self._asked:
            self._asked[asked] = self._domain_price(name, period, currency)
        return self._asked[asked]

    def _domain_price(self, name: str, period: int, currency: str) -> int | None:
        labels = name.lower().split(".")
        for start in range(1, len(labels)):
            found = self._prices.get(PriceKey("domain", "." + ".".join(labels[start:]), period, currency))
            if found is not None:
                return found
        return None
