"""A year of daily due runs over 1,000 services on SQLite: every cycle charged exactly once, every
notice sent once, each expiry moved by its period per charge, installments within R11."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.core.periods import MAX_INSTALLMENTS, add_months
from desktop.jobs.events import DueEvent
from desktop.secrets import KeyringSecretStore
from desktop.store.models import Invoice, OutboxMessage, Service
from tests.jobs.helpers import (
    at_nine,
    card,
    customer,
    document,
    domain,
    hosting,
    ledger_charges,
    load,
    run_on,
)

START = date(2026, 11, 24)
DAYS = 365
LAST = START + timedelta(days=DAYS - 1)
SERVICES = 1000
PER_CUSTOMER = 4


@pytest.fixture
def year_ctx(sqlite_url: str) -> Iterator[tuple[AppContext, ManualClock]]:
    clock = ManualClock(at_nine(START))
    context = build_context(sqlite_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=11)
    yield context, clock
    context.close()


def _services(rng: random.Random) -> dict[str, dict[str, Any]]:
    """name -> the service as imported: domains of 12/24 months, hosting of 3/12/24/36 months with
    installments from 1 up to the most allowed, expiring any day of the next 12 months."""
    made: dict[str, dict[str, Any]] = {}
    for index in range(SERVICES):
        expires_on = START + timedelta(days=rng.randint(1, 365))
        if index % 2 == 0:
            name = f"year{index}{rng.choice(['.com', '.co.il'])}"
            made[name] = domain(f"s{index}", name, expires_on, period=rng.choice([12, 24]))
        else:
            period = rng.choice([3, 12, 24, 36])
            installments = rng.randint(1, MAX_INSTALLMENTS[period])
            name = f"site-{index}"
            made[name] = hosting(f"s{index}", name, expires_on, period=period, installments=installments)
    return made


def _chain(expires_on: date, period: int, until: date) -> list[date]:
    """The charge dates (charge_lead_days 0) of a service from its expiry up to `until`."""
    dates = []
    while expires_on <= until:
        dates.append(expires_on)
        expires_on = add_months(expires_on, period)
    return dates


@pytest.mark.slow
def test_a_year_of_daily_runs(year_ctx: tuple[AppContext, ManualClock]) -> None:
    ctx, clock = year_ctx
    services = _services(random.Random(2026))
    names = list(services)
    customers = [
        customer(
            f"cust-{number}",
            [services[name] for name in names[number * PER_CUSTOMER : (number + 1) * PER_CUSTOMER]],
            cards=[card(exp=(12, 2031))],
        )
        for number in range(SERVICES // PER_CUSTOMER)
    ]
    load(ctx, document(customers))

    began = time.perf_counter()
    events: list[DueEvent] = []
    problems: list[str] = []
    for offset in range(DAYS):
        result = run_on(ctx, clock, START + timedelta(days=offset))
        events += result.events
        problems += result.problems
    elapsed = time.perf_counter() - began
    print(f"\n{DAYS} daily due runs over {SERVICES} services: {elapsed:.1f} s")

    assert problems == []
    counted = Counter(event.type.value for event in events)
    assert set(counted) <= {"card_check_passed", "precharge_notice_sent", "charged"}, counted

    expected_charges = {
        (name, due)
        for name, item in services.items()
        for due in _chain(date.fromisoformat(item["expires_on"]), item["period_months"], LAST)
    }
    expected_notices = {
        (name, due)
        for name, item in services.items()
        for due in _chain(
            date.fromisoformat(item["expires_on"]), item["period_months"], LAST + timedelta(days=15)
        )
    }
    assert len(expected_charges) > SERVICES  # the 3-month packages renew several times

    charges = ledger_charges(ctx)
    ledger_pairs = Counter((entry["service"], date.fromisoformat(entry["due"])) for entry in charges)
    assert [pair for pair, times in ledger_pairs.items() if times > 1] == []
    assert set(ledger_pairs) == expected_charges
    assert {entry["outcome"] for entry in charges} == {"succeeded"}
    assert max(due for _, due in ledger_pairs) <= LAST

    charged = Counter((event.service, event.due) for event in events if event.type.value == "charged")
    assert set(charged) == expected_charges and set(charged.values()) == {1}
    notices = Counter(
        (event.service, event.due) for event in events if event.type.value == "precharge_notice_sent"
    )
    assert set(notices) == expected_notices and set(notices.values()) == {1}

    with ctx.db.reading() as session:
        invoices = session.scalar(select(func.count()).select_from(Invoice))
        mails = Counter(session.scalars(select(OutboxMessage.kind)))
        expiries = dict(session.execute(select(Service.name, Service.expires_on)).tuples().all())
    assert invoices == len(charges) == sum(charged.values())
    assert mails == {"precharge_notice": len(expected_notices), "charge_receipt": len(expected_charges)}

    for name, item in services.items():
        start_expiry = date.fromisoformat(item["expires_on"])
        times = len(_chain(start_expiry, item["period_months"], LAST))
        moved = start_expiry
        for _ in range(times):
            moved = add_months(moved, item["period_months"])
        assert expiries[name] == moved, name

    for entry in charges:
        item = services[entry["service"]]
        if item["kind"] == "domain":
            assert entry["installments"] == 1
        else:
            assert 1 <= entry["installments"] <= MAX_INSTALLMENTS[item["period_months"]]
            assert entry["installments"] == item["auto_renew"]["installments"]
    assert elapsed < 120
