"""The price of a renewal from the price list: a domain by its longest matching TLD, a hosting package
by its plan, for the auto-renew period in the customer's currency."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import PriceItem


class PriceBook:
    def __init__(self, session: Session) -> None:
        self._prices: dict[tuple[str, str, int, str], int] = {
            (kind, item.lower(), period, currency): amount
            for kind, item, period, currency, amount in session.execute(
                select(
                    PriceItem.kind,
                    PriceItem.item,
                    PriceItem.period_months,
                    PriceItem.currency,
                    PriceItem.amount_minor,
                )
            )
        }

    def price(self, kind: str, name: str, plan: str | None, period: int, currency: str) -> int | None:
        if kind == "hosting":
            return self._prices.get(("hosting", (plan or "").lower(), period, currency))
        labels = name.lower().split(".")
        for start in range(1, len(labels)):
            found = self._prices.get(("domain", "." + ".".join(labels[start:]), period, currency))
            if found is not None:
                return found
        return None
