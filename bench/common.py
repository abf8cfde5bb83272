"""What the benchmark scripts share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.store.models import PriceItem


class NoSecrets:
    """The benchmarks keep no secrets and need no keyring."""

    def get(self, key: str) -> str | None:
        return None

    def set(self, key: str, value: str) -> None:
        raise RuntimeError("the benchmark keeps no secrets")


def add_com_price(session: Session, amount_minor: int = 1500) -> None:
    row: dict[str, Any] = {
        "kind": "domain",
        "item": ".com",
        "period_months": 12,
        "currency": "USD",
        "amount_minor": amount_minor,
    }
    session.execute(insert(PriceItem), [row])
