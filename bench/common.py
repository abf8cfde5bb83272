"""What the benchmark scripts share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.core.search_text import address_key, ending_key
from desktop.store.models import AutoRenew, Card, Customer, Order, PriceItem, Service


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


def add_domain_account(
    session: Session,
    *,
    now: datetime,
    start: date,
    ids: Iterable[int],
    customer_of: Callable[[int], int],
    holder: str,
) -> None:
    """The big account of bench/sales_window.py and bench/startup_account.py: customer 1's one good
    card, the .com domains `ids` (site-NNNNN.com of `customer_of(id)`, auto-renew off, expiring over
    the year from `start`) and one order for domain 1, so Recurring is offered."""
    ids = list(ids)
    session.execute(
        insert(Card),
        [
            {
                "id": 1,
                "customer_id": 1,
                "ref": "v1",
                "token": "tok_sbx_ok_4242_0",
                "brand": "visa",
                "last4": "4242",
                "exp_month": 12,
                "exp_year": 2030,
                "holder": holder,
                "created_at": now,
            }
        ],
    )
    session.execute(
        insert(Service),
        [
            {
                "id": i,
                "customer_id": customer_of(i),
                "ref": f"s{i}",
                "kind": "domain",
                "name": f"site-{i:05d}.com",
                "domain_key": f"site-{i:05d}.com",
                "search_name": address_key(f"site-{i:05d}.com"),
                "search_end": ending_key(f"site-{i:05d}.com"),
                "plan": None,
                "expires_on": start + timedelta(days=i % 365),
                "period_months": 12,
                "created_at": now,
            }
            for i in ids
        ],
    )
    session.execute(
        insert(AutoRenew),
        [
            {
                "service_id": i,
                "enabled": False,
                "card_id": None,
                "billing_contact_id": None,
                "period_months": 12,
                "installments": 1,
                "stop_reason": None,
                "stopped_at": None,
                "switched_off_explicitly": False,
                "updated_at": now,
            }
            for i in ids
        ],
    )
    session.execute(
        insert(Order),
        [
            {
                "service_id": 1,
                "kind": "purchase",
                "ordered_on": start,
                "period_months": 12,
                "installments": 1,
                "amount_minor": 1500,
                "currency": "USD",
                "created_at": now,
            }
        ],
    )


def build_domains(
    url: str,
    services: int,
    expires_on: Callable[[int], date],
    *,
    per_customer: int = 10,
    card_expiry: Callable[[int], tuple[int, int]] = lambda i: (12, 2030),
    name_prefix: str = "Customer",
) -> None:
    """A large database in bulk inserts (an import of one document would need gigabytes): customers
    with one good card each, `per_customer` .com domains each with auto-renew on, service `i` expiring
    on `expires_on(i)` and the card of customer `i` at `card_expiry(i)`."""
    from desktop.bootstrap import build_context

    ctx = build_context(url, secrets=NoSecrets())
    now = datetime.now(UTC)
    customers = services // per_customer
    with ctx.db.transaction() as session:
        add_com_price(session)
        for start in range(0, customers, 10_000):
            ids = range(start + 1, min(start + 10_000, customers) + 1)
            session.execute(
                insert(Customer),
                [
                    {
                        "id": i,
                        "ref": f"c{i}",
                        "name": f"{name_prefix} {i}",
                        "email": f"c{i}@example.com",
                        "phone": None,
                        "language": "en",
                        "currency": "USD",
                        "search_name": f"customer {i}",
                        "created_at": now,
                    }
                    for i in ids
                ],
            )
            session.execute(
                insert(Card),
                [
                    {
                        "id": i,
                        "customer_id": i,
                        "ref": "v1",
                        "token": f"tok_sbx_ok_4242_{i:024x}",
                        "brand": "visa",
                        "last4": "4242",
                        "exp_month": card_expiry(i)[0],
                        "exp_year": card_expiry(i)[1],
                        "holder": f"Customer {i}",
                        "created_at": now,
                    }
                    for i in ids
                ],
            )
        for start in range(0, services, 50_000):
            ids = range(start + 1, min(start + 50_000, services) + 1)
            session.execute(
                insert(Service),
                [
                    {
                        "id": i,
                        "customer_id": (i - 1) // per_customer + 1,
                        "ref": f"s{i}",
                        "kind": "domain",
                        "name": f"site-{i}.com",
                        "domain_key": f"site-{i}.com",
                        "plan": None,
                        "expires_on": expires_on(i),
                        "period_months": 12,
                        "created_at": now,
                    }
                    for i in ids
                ],
            )
            session.execute(
                insert(AutoRenew),
                [
                    {
                        "service_id": i,
                        "enabled": True,
                        "card_id": (i - 1) // per_customer + 1,
                        "billing_contact_id": None,
                        "period_months": 12,
                        "installments": 1,
                        "stop_reason": None,
                        "stopped_at": None,
                        "switched_off_explicitly": False,
                        "updated_at": now,
                    }
                    for i in ids
                ],
            )
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    ctx.close()
