"""The real program the model-based test drives: a database (SQLite file or PostgreSQL), the sandbox
gateway with its own ledger, a real SMTP server on loopback, the program's clock a ManualClock; and
plain-value readers of what the database, the ledger and the server hold."""

from __future__ import annotations

import random
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import Engine, select

from desktop.app.actor import Actor, Role
from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.core.money import Money, parse_amount
from desktop.gateway.protocol import CallContext, ChargeResult
from desktop.gateway.sandbox import SandboxGateway
from desktop.secrets import KeyringSecretStore
from desktop.store.engine import make_engine
from desktop.store.models import AutoRenew, Cycle, OutboxMessage, Service
from tests.jobs.smtp_helpers import HOST, RecordingHandler, SmtpServer

ADMIN = Actor(name="model:admin", role=Role.ADMIN)
SALES = Actor(name="model:sales", role=Role.SALES)
SCHEDULER = Actor(name="system:scheduler", role=Role.SYSTEM)
NOTICE_KINDS = ("precharge_notice", "notice_updated")


class Crash(BaseException):
    """The process dies here: nothing after this point runs, nothing uncommitted is kept. A
    BaseException, so that no `except Exception` of the program can take it for an error it handles."""


class CrashingGateway(SandboxGateway):
    """The sandbox gateway, whose charge can be armed to kill the run right after the gateway
    answered (its ledger already committed) and before the program commits what it learned."""

    def __init__(self, engine: Engine, clock: ManualClock) -> None:
        super().__init__(engine, rng=random.Random(7), now=clock.now)
        self.engine = engine
        self.armed = False

    def charge(
        self, token: str, amount: Money, installments: int, *, key: str, context: CallContext
    ) -> ChargeResult:
        result = super().charge(token, amount, installments, key=key, context=context)
        if self.armed:
            self.armed = False
            raise Crash(f"killed after the gateway answered the charge {key}")
        return result


@dataclass
class LosingHandler(RecordingHandler):
    """Records every message; when told, drops the connection right after receiving one, before
    answering: the server has the message, the sender never learns it (a crash after acceptance)."""

    lose_next_ack: bool = False
    lost: list[str] = field(default_factory=list)  # the Message-IDs whose acknowledgement was lost

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        answer = await super().handle_DATA(server, session, envelope)
        if self.lose_next_ack:
            self.lose_next_ack = False
            self.lost.append(str(self.snapshot()[-1].message["Message-ID"]))
            assert server.transport is not None
            server.transport.close()
        return answer

    def reset(self) -> None:
        with self._lock:
            self.received.clear()
        self.lost.clear()
        self.lose_next_ack = False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextmanager
def losing_smtp() -> Iterator[tuple[SmtpServer, LosingHandler]]:
    handler = LosingHandler()
    for _ in range(5):  # another process may take the free port between the probe and the bind
        controller = Controller(handler, hostname=HOST, port=_free_port(), ready_timeout=10)
        try:
            controller.start()
        except OSError:
            continue
        try:
            yield SmtpServer(controller, handler), handler
        finally:
            controller.stop()
        return
    raise RuntimeError("no free port for the SMTP server")


@contextmanager
def closed_port() -> Iterator[int]:
    """A loopback port that is bound but never listens: SMTP there is down."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind((HOST, 0))
        yield int(holder.getsockname()[1])


def at_nine(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def open_context(url: str, clock: ManualClock) -> tuple[AppContext, CrashingGateway]:
    ctx = build_context(url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    gateway = CrashingGateway(make_engine(url), clock)
    ctx.gateway = gateway
    return ctx, gateway


# -- what the program holds, as plain values ---------------------------------------------------------


@dataclass(frozen=True)
class ServiceRow:
    id: int
    name: str
    customer_id: int
    expiry: date
    enabled: bool
    stop_reason: str | None


@dataclass(frozen=True)
class CycleRow:
    service: str
    charge_on: date
    status: str


@dataclass(frozen=True)
class MailRow:
    id: int
    kind: str
    service_id: int | None
    to_address: str
    status: str
    next_attempt_at: datetime
    lease_until: datetime | None
    message_id: str | None
    created_at: datetime
    context: dict[str, Any]


@dataclass(frozen=True)
class LedgerCharge:
    service: str
    due: date
    amount_minor: int
    currency: str
    installments: int
    last4: str
    at: datetime


def services(ctx: AppContext) -> dict[str, ServiceRow]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Service, AutoRenew).join(AutoRenew, AutoRenew.service_id == Service.id)
        ).tuples()
        return {
            service.name: ServiceRow(
                service.id,
                service.name,
                service.customer_id,
                service.expires_on,
                renew.enabled,
                renew.stop_reason,
            )
            for service, renew in rows
        }


def cycles(ctx: AppContext) -> list[CycleRow]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Service.name, Cycle.charge_on, Cycle.status).join(Service, Service.id == Cycle.service_id)
        ).tuples()
        return [CycleRow(name, charge_on, status) for name, charge_on, status in rows]


def mails(ctx: AppContext) -> list[MailRow]:
    with ctx.db.reading() as session:
        return [
            MailRow(
                row.id,
                row.kind,
                row.service_id,
                row.to_address,
                row.status,
                row.next_attempt_at,
                row.lease_until,
                row.message_id,
                row.created_at,
                dict(row.context),
            )
            for row in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        ]


def successful_charges(ctx: AppContext) -> list[LedgerCharge]:
    return [
        LedgerCharge(
            service=entry["service"],
            due=date.fromisoformat(entry["due"]),
            amount_minor=parse_amount(entry["amount"], entry["currency"]),
            currency=entry["currency"],
            installments=int(entry["installments"]),
            last4=entry["last4"],
            at=datetime.fromisoformat(entry["at"]),
        )
        for entry in ctx.gateway.entries()
        if entry["kind"] == "charge" and entry["outcome"] == "succeeded"
    ]


LEASE_WAIT = timedelta(minutes=10)  # longer than any lease the program takes
