"""Shared pieces of the concurrency and crash tests of the due checks (R17, SPEC 2b): a database in
which N services fall due on one day, built through the import; `due-run` in child processes started
together; and the checks of what R17 asks of the database afterwards.

The checks read the database directly (SQLAlchemy), never through the program's own reports, and
their messages say what was found, so that a failure in a child process's run is readable without
assertion rewriting."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.app.identity import os_login
from desktop.app.interchange.load import import_document
from desktop.app.staff import create_first_admin_for_login
from desktop.bootstrap import build_context
from desktop.core.periods import add_months
from desktop.gateway.sandbox import ledger
from desktop.secrets import KeyringSecretStore
from desktop.store.database import Database
from desktop.store.engine import make_engine
from desktop.store.models import (
    AuditEntry,
    AutoRenew,
    ChargeAttempt,
    Cycle,
    DueRun,
    Invoice,
    Order,
    OutboxMessage,
    Service,
)
from tests.jobs.smtp_helpers import point_smtp_at, share_signing_key
from tests.support.actors import TEST_ADMIN
from tests.support.workstation import CLI_ADMIN, CLI_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
# The charge day D of every service; the import runs long before it (it refuses expired cards).
CHARGE_DAY = date(2027, 3, 15)
IMPORT_DAY = date(2026, 1, 5)
NEXT_EXPIRY = add_months(CHARGE_DAY, 12)
GOOD_CARD = "4242424242424242"
TIMEOUT_CARD = "4000000000000119"  # charges, but the first answer times out (settled by key)
PRICE = "15.00"
PRICE_MINOR = 1500
CURRENCY = "USD"
SERVICES_PER_CUSTOMER = 10
TIMEOUT_EVERY = 25  # every 25th customer's only card is the time-out card
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
# Children never touch a keyring: their e-mails stay queued in the outbox, which is fine here.
CHILD_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PYTHONPATH": str(ROOT)}


# -- the database ------------------------------------------------------------------------------


def database_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """A fresh SQLite file in `folder`, or a fresh database on the tests' PostgreSQL server."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'renewdesk.sqlite3'}"
    server = request.getfixturevalue("pg_server")
    return str(server.url(server.create_database()))


def due_document(services: int, day: date = CHARGE_DAY) -> tuple[dict[str, Any], int]:
    """A renewdesk/1 document: customers of 10 `.com` domains each (the last may have fewer), all
    expiring on `day` with auto-renew on and the customer's one card; every 25th customer's card is
    the time-out card. Returns the document and how many services use the time-out card."""
    customers: list[dict[str, Any]] = []
    slow = 0
    for c_index in range((services + SERVICES_PER_CUSTOMER - 1) // SERVICES_PER_CUSTOMER):
        count = min(SERVICES_PER_CUSTOMER, services - c_index * SERVICES_PER_CUSTOMER)
        timeout = c_index % TIMEOUT_EVERY == TIMEOUT_EVERY - 1
        slow += count if timeout else 0
        name = f"Customer {c_index}"
        customers.append(
            {
                "ref": f"cust-{c_index}",
                "name": name,
                "email": f"c{c_index}@example.com",
                "language": "en",
                "currency": CURRENCY,
                "cards": [
                    {
                        "ref": "v1",
                        "number": TIMEOUT_CARD if timeout else GOOD_CARD,
                        "exp_month": 12,
                        "exp_year": 2030,
                        "holder": name,
                    }
                ],
                "services": [
                    {
                        "ref": f"s{s_index}",
                        "kind": "domain",
                        "name": f"c{c_index}-s{s_index}.com",
                        "expires_on": day.isoformat(),
                        "period_months": 12,
                        "auto_renew": {"enabled": True, "card": "v1"},
                    }
                    for s_index in range(count)
                ],
            }
        )
    document = {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".com", "period_months": 12, "price": PRICE, "currency": CURRENCY}
        ],
        "customers": customers,
    }
    return document, slow


@dataclass(frozen=True)
class Population:
    url: str
    services: int
    timeout_services: int
    import_seconds: float


@dataclass(frozen=True)
class Mail:
    """A mail server the children's runs send their notices to, and the keyring file that gives them
    the database's link-signing key: a charge waits until its notice was sent (jobs.notice_gate)."""

    port: int
    keyring_file: Path


def populate(url: str, services: int, day: date = CHARGE_DAY, mail: Mail | None = None) -> Population:
    """Imports `services` services due on `day` into the database at `url`, in process, with the
    clock long before `day` (the conftest's in-memory keyring is in place); with `mail`, the settings
    and the signing key that send the notices there."""
    document, slow = due_document(services, day)
    started = time.perf_counter()
    ctx = build_context(url, today=IMPORT_DAY, secrets=KeyringSecretStore())
    try:
        summary = import_document(ctx, TEST_ADMIN, json.dumps(document).encode(), "concurrency-test")
        # The children run `due-run --today`, an admin's tool: this login is linked to an admin (R35).
        create_first_admin_for_login(ctx, os_login(), CLI_ADMIN, CLI_PASSWORD)
        if mail is not None:
            point_smtp_at(ctx, mail.port)
            share_signing_key(ctx, mail.keyring_file)
    finally:
        ctx.close()
    assert summary.services == services, f"imported {summary.services} services, not {services}"
    return Population(url, services, slow, time.perf_counter() - started)


@contextmanager
def open_database(url: str) -> Iterator[Database]:
    db = Database(make_engine(url))
    try:
        yield db
    finally:
        db.dispose()


# -- child processes ---------------------------------------------------------------------------


@dataclass
class Child:
    """One `python main.py due-run --json` child: its output goes to files, so that a large JSON
    answer never fills a pipe while the test is waiting on another child."""

    proc: subprocess.Popen[bytes]
    out: Path
    err: Path
    started: float
    ended: float | None = None
    killed: bool = False

    @property
    def seconds(self) -> float:
        return (self.ended or time.perf_counter()) - self.started

    def wait(self, timeout: float | None = None) -> int:
        code = self.proc.wait(timeout=timeout)
        if self.ended is None:
            self.ended = time.perf_counter()
        return code

    def kill(self) -> None:
        """SIGKILL, unless it already ended by itself."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.killed = True
        self.wait()

    def stdout(self) -> str:
        return self.out.read_text(encoding="utf-8")

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8")

    def events(self) -> list[dict[str, Any]]:
        """The events of a run that ended normally (SPEC `due-run --json`)."""
        code = self.proc.returncode
        assert code == 0, f"due-run ended with {code}: {self.stderr()[-3000:]}"
        answer = json.loads(self.stdout())
        events: list[dict[str, Any]] = answer["events"]
        return events


@dataclass
class Launcher:
    url: str
    folder: Path
    day: date = CHARGE_DAY
    started: int = 0
    children: list[Child] = field(default_factory=list)
    mail: Mail | None = None

    def start(self, count: int = 1) -> list[Child]:
        """Starts `count` children at once, before waiting on any of them."""
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            self.url,
            "--today",
            self.day.isoformat(),
            "due-run",
            "--json",
        ]
        environment = {**os.environ, **CHILD_ENV}
        if self.mail is not None:
            environment["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.TestFileKeyring"
            environment["RENEWDESK_TEST_KEYRING_FILE"] = str(self.mail.keyring_file)
        batch: list[Child] = []
        for _ in range(count):
            self.started += 1
            out = self.folder / f"due-run-{self.started}.out"
            err = self.folder / f"due-run-{self.started}.err"
            with out.open("wb") as stdout, err.open("wb") as stderr:
                proc = subprocess.Popen(
                    command, cwd=ROOT, env=environment, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL
                )
            batch.append(Child(proc, out, err, time.perf_counter()))
        self.children += batch
        return batch

    def run(self, count: int = 1, timeout: float = 900) -> list[Child]:
        """Starts `count` children at once and waits for all of them to end normally."""
        batch = self.start(count)
        try:
            for child in batch:
                child.wait(timeout=timeout)
        finally:
            for child in batch:
                if child.proc.poll() is None:
                    child.kill()
        for child in batch:
            assert child.proc.returncode == 0, (
                f"due-run ended with {child.proc.returncode}: {child.stderr()[-3000:]}"
            )
        return batch


def stop_all(children: Sequence[Child]) -> None:
    for child in children:
        if child.proc.poll() is None:
            child.kill()


# -- what the runs reported --------------------------------------------------------------------


def event_key(event: dict[str, Any]) -> tuple[str, str, str, str]:
    return (event["customer"], event["service"], event["due"], event["type"])


def check_events(children: Sequence[Child], services: int) -> Counter[str]:
    """Across every child: each (customer, service, due, type) reported once, and every cycle's
    card check, notice and charge reported exactly once in all."""
    seen: Counter[tuple[str, str, str, str]] = Counter()
    for child in children:
        seen.update(event_key(event) for event in child.events())
    twice = [key for key, count in seen.items() if count > 1]
    assert not twice, f"{len(twice)} events reported more than once across processes, e.g. {twice[:5]}"
    types = Counter(key[3] for key in seen)
    expected = {"card_check_passed": services, "precharge_notice_sent": services, "charged": services}
    assert dict(types) == expected, f"events reported: {dict(types)}, expected {expected}"
    return types


def assert_no_events(children: Sequence[Child]) -> None:
    for child in children:
        events = child.events()
        assert events == [], f"a repeated run reported {len(events)} events, e.g. {events[:3]}"


# -- what the database holds -------------------------------------------------------------------


def _count(session: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).where(*where)) or 0)


def check_settled(population: Population, day: date = CHARGE_DAY) -> dict[str, int]:
    """R17 on the database after the runs: every cycle of `day` charged exactly once (in the gateway's
    ledger and in the program), nothing charged twice, nothing left pending or unknown, every
    service extended once, one e-mail per (service, cycle, kind). Returns a few figures."""
    n = population.services
    next_day = add_months(day, 12)
    with open_database(population.url) as db, db.reading() as session:
        # The gateway's own ledger: one charge per cycle, whatever the processes went through.
        charges = session.execute(
            select(ledger.c.key, ledger.c.outcome, ledger.c.answer, ledger.c.service, ledger.c.due).where(
                ledger.c.kind == "charge"
            )
        ).all()
        keys = Counter(row.key for row in charges)
        assert len(keys) == len(charges), "the gateway holds a charge key twice"
        succeeded = [row for row in charges if row.outcome == "succeeded"]
        per_cycle = Counter((row.service, row.due) for row in succeeded)
        twice = [cycle for cycle, count in per_cycle.items() if count > 1]
        assert not twice, f"{len(twice)} cycles charged more than once by the gateway, e.g. {twice[:5]}"
        assert len(succeeded) == n, f"the gateway charged {len(succeeded)} cycles, not {n}"
        assert len(charges) == n, f"the gateway holds {len(charges)} charges, not {n}"
        assert {row.due for row in succeeded} == {day}, "a charge was made for another day"
        timeouts = sum(1 for row in charges if row.answer == "timeout")
        assert timeouts == population.timeout_services, (
            f"{timeouts} charges answered with a time-out, not {population.timeout_services}"
        )
        verifications = _count(session, ledger.c.kind == "verify")
        assert verifications == n, f"the gateway holds {verifications} card checks, not {n}"

        # The program's charge attempts: every one settled, and settled as the gateway has it.
        attempts = session.execute(
            select(ChargeAttempt.idempotency_key, ChargeAttempt.status, ChargeAttempt.cycle_id)
        ).all()
        statuses = Counter(row.status for row in attempts)
        open_attempts = statuses["pending"] + statuses["unknown"]
        assert open_attempts == 0, f"charge attempts left unsettled: {dict(statuses)}"
        assert set(statuses) <= {"succeeded", "not_sent"}, f"charge attempts: {dict(statuses)}"
        won = {row.idempotency_key: row.cycle_id for row in attempts if row.status == "succeeded"}
        assert len(set(won.values())) == len(won) == n, (
            f"{len(won)} succeeded attempts on {len(set(won.values()))} cycles, expected {n} on {n}"
        )
        gateway_keys = {row.key for row in succeeded}
        assert set(won) == gateway_keys, (
            f"charges the program does not know: {sorted(gateway_keys - set(won))[:5]}; "
            f"attempts the gateway does not know: {sorted(set(won) - gateway_keys)[:5]}"
        )
        not_sent = {row.idempotency_key for row in attempts if row.status == "not_sent"}
        assert not not_sent & set(keys), "an attempt marked not sent is in the gateway's ledger"

        # Cycles: every one of `day` charged, none left mid-charge or leased, the next ones opened.
        cycle_states = Counter(session.scalars(select(Cycle.status).where(Cycle.charge_on == day)).all())
        assert dict(cycle_states) == {"charged": n}, f"cycles of {day}: {dict(cycle_states)}"
        charging = _count(session, Cycle.status == "charging")
        assert charging == 0, f"{charging} cycles left in 'charging'"
        leased = _count(session, Cycle.lease_owner.is_not(None))
        assert leased == 0, f"{leased} cycles left with a lease"
        following = _count(session, Cycle.charge_on == next_day, Cycle.status == "open")
        assert following == n, f"{following} open cycles for {next_day}, not {n}"

        # Invoices and orders: one per cycle, for each succeeded attempt's cycle.
        invoices = session.execute(select(Invoice.cycle_id, Invoice.total_minor, Invoice.status)).all()
        invoiced = {row.cycle_id for row in invoices}
        assert len(invoices) == len(invoiced) == n, f"{len(invoices)} invoices for {len(invoiced)} cycles"
        assert invoiced == set(won.values()), "an invoice without its charge, or a charge without invoice"
        assert {(row.total_minor, row.status) for row in invoices} == {(PRICE_MINOR, "paid")}
        orders = _count(session, Order.kind == "automatic")
        assert orders == n, f"{orders} automatic orders, not {n}"

        # Services: each extended exactly one period, auto-renew still on.
        expiries = Counter(session.scalars(select(Service.expires_on)).all())
        assert dict(expiries) == {next_day: n}, f"service expiries: {dict(expiries)}"
        enabled = _count(session, AutoRenew.enabled.is_(True))
        assert enabled == n, f"auto-renew is on for {enabled} services, not {n}"

        # The outbox: one row per (service, cycle, kind), a notice and a receipt per cycle.
        mails = session.execute(
            select(
                OutboxMessage.dedupe_key, OutboxMessage.service_id, OutboxMessage.cycle_id, OutboxMessage.kind
            )
        ).all()
        triples = Counter((row.service_id, row.cycle_id, row.kind) for row in mails)
        assert len(triples) == len(mails), "two e-mails for one (service, cycle, kind)"
        assert len({row.dedupe_key for row in mails}) == len(mails), "an e-mail dedupe key twice"
        kinds = Counter(row.kind for row in mails)
        expected_kinds = {"precharge_notice": n, "charge_receipt": n}
        assert dict(kinds) == expected_kinds, f"e-mails queued: {dict(kinds)}, expected {expected_kinds}"

        # The audit log: one successful charge each.
        audited = _count(session, AuditEntry.action == "charge.succeeded")
        assert audited == n, f"{audited} charges in the audit log, not {n}"
    return {
        "gateway_charges": len(charges),
        "timeouts_settled": timeouts,
        "attempts": len(attempts),
        "attempts_not_sent": len(not_sent),
    }


def unsettled(url: str) -> dict[str, int]:
    """What killed runs left behind: attempts pending or unknown, cycles in 'charging' or leased."""
    with open_database(url) as db, db.reading() as session:
        return {
            "attempts_open": _count(session, ChargeAttempt.status.in_(("pending", "unknown"))),
            "cycles_charging": _count(session, Cycle.status == "charging"),
            "cycles_leased": _count(session, Cycle.lease_owner.is_not(None)),
            "cycles_charged": _count(session, Cycle.status == "charged"),
            "gateway_charges": _count(session, ledger.c.kind == "charge"),
        }


def ledger_rows(db: Database) -> int:
    """How many calls the gateway's ledger holds so far (card checks and charges)."""
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ledger)) or 0)


def engine_seconds(url: str) -> list[float]:
    """How long each completed run's engine took, by the runs' own records (process start-up and the
    outbox excluded)."""
    with open_database(url) as db, db.reading() as session:
        rows = session.execute(
            select(DueRun.started_at, DueRun.finished_at).where(DueRun.outcome == "completed")
        ).all()
    return [(row.finished_at - row.started_at).total_seconds() for row in rows if row.finished_at]
