"""A real SMTP server on loopback (aiosmtpd) that records what it receives, and the data the e-mail
tests share: customers imported through the renewdesk/1 import, the settings that point the program
at the server, and plain-value views of the outbox and of every table."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import select

from desktop.app.config import set_setting
from desktop.app.interchange.load import import_document
from desktop.app.signing_key import init_signing_key
from desktop.bootstrap import AppContext
from desktop.gateway.sandbox import ledger
from desktop.jobs import signing_key as keys
from desktop.jobs.due_engine import run_due
from desktop.store.models import AuditEntry, OutboxMessage, every_table
from tests.support.actors import TEST_ADMIN
from tests.support.workstation import FileSecretStore

HOST = "127.0.0.1"
# The clock of tests/conftest.py stands at 2026-11-24: a service expiring (and so charged) on
# 2026-12-09 has its card check and pre-charge notice today (check_days_before = 15).
CHECK_DAY = date(2026, 11, 24)
CHARGE_DAY = date(2026, 12, 9)

GOOD_CARD = "4242424242424242"
VERIFY_DECLINED_CARD = "4000000000000002"
CHARGE_DECLINED_CARD = "4000000000000341"


# -- the server ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    """Records every envelope; refuses the recipients in `refused` with a 550."""

    refused: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() in self.refused:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        with self._lock:
            self.received.append(
                Received(str(envelope.mail_from), tuple(str(r) for r in envelope.rcpt_tos), data)
            )
        return "250 Message accepted for delivery"

    def snapshot(self) -> list[Received]:
        with self._lock:
            return list(self.received)


@dataclass
class SmtpServer:
    controller: Controller
    handler: RecordingHandler

    @property
    def port(self) -> int:
        return int(self.controller.port)

    def received(self) -> list[Received]:
        return self.handler.snapshot()

    def messages(self) -> list[EmailMessage]:
        return [item.message for item in self.received()]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_smtp(credentials: tuple[str, str] | None = None) -> Iterator[SmtpServer]:
    """An aiosmtpd server on a free loopback port. With `credentials`, it offers AUTH (without TLS),
    records every login it is given and accepts only those credentials."""
    handler = RecordingHandler()
    extra: dict[str, Any] = {}
    if credentials is not None:

        def authenticator(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
        ) -> AuthResult:
            assert isinstance(auth_data, LoginPassword)
            login = (auth_data.login.decode("utf-8"), auth_data.password.decode("utf-8"))
            with handler._lock:
                handler.logins.append(login)
            # handled=False: aiosmtpd answers a refusal itself (535)
            return AuthResult(success=login == credentials, handled=False)

        extra = {"authenticator": authenticator, "auth_require_tls": False}
    last_error: OSError | None = None
    for _ in range(5):  # another process may take the free port between the probe and the bind
        controller = Controller(handler, hostname=HOST, port=_free_port(), ready_timeout=10, **extra)
        try:
            controller.start()  # returns once the server answers on its port
        except OSError as exc:
            last_error = exc
            continue
        try:
            yield SmtpServer(controller, handler)
        finally:
            controller.stop()
        return
    raise RuntimeError(f"no free port for the SMTP server: {last_error}")


@pytest.fixture(name="smtp")
def smtp_fixture() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


@pytest.fixture(name="dead_smtp_port")
def dead_smtp_port_fixture() -> Iterator[int]:
    """A loopback port that is bound but never listens: every connection to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind((HOST, 0))
        yield int(holder.getsockname()[1])


def point_smtp_at(ctx: AppContext, port: int, *, signing_key: bool = True, **settings: str) -> None:
    """The settings that send the outbox to the server on `port`; with `signing_key`, the database's
    link-signing key too (R33), made once, in this context's keyring."""
    actor = TEST_ADMIN
    if signing_key and keys.status(ctx) is keys.SigningKeyStatus.NOT_CREATED:
        init_signing_key(ctx, actor)
    set_setting(ctx, actor, "smtp.host", HOST)
    set_setting(ctx, actor, "smtp.port", str(port))
    set_setting(ctx, actor, "mail.from", "renewals@hosting.example")
    for key, value in settings.items():
        set_setting(ctx, actor, key, value)


# -- data -----------------------------------------------------------------------------------------

PRICE_LIST: list[dict[str, Any]] = [
    {"kind": "domain", "item": tld, "period_months": 12, "price": price, "currency": currency}
    for tld, prices in {
        ".co.il": {"ILS": "59.00", "EUR": "15.00", "USD": "16.00"},
        ".es": {"ILS": "49.90", "EUR": "1234.56", "USD": "13.00"},
        ".com": {"ILS": "69.00", "EUR": "12.50", "USD": "1234.56"},
    }.items()
    for currency, price in prices.items()
] + [
    {"kind": "hosting", "item": "basic", "period_months": 12, "price": price, "currency": currency}
    for currency, price in {"ILS": "480.00", "EUR": "120.00", "USD": "130.00"}.items()
]


def card(ref: str, number: str, holder: str) -> dict[str, Any]:
    return {"ref": ref, "number": number, "exp_month": 12, "exp_year": 2030, "holder": holder}


def domain(ref: str, name: str, card_ref: str, expires_on: date = CHARGE_DAY) -> dict[str, Any]:
    return {
        "ref": ref,
        "kind": "domain",
        "name": name,
        "expires_on": expires_on.isoformat(),
        "period_months": 12,
        "auto_renew": {"enabled": True, "card": card_ref},
    }


def customer(
    ref: str,
    name: str,
    email_address: str,
    language: str,
    currency: str,
    cards: list[dict[str, Any]],
    services: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "ref": ref,
        "name": name,
        "email": email_address,
        "language": language,
        "currency": currency,
        "contacts": [],
        "cards": cards,
        "services": services,
        "orders": [
            {
                "service": service["ref"],
                "date": "2025-12-09",
                "period_months": 12,
                "installments": 1,
                "amount": "10.00",
            }
            for service in services
        ],
    }


def good_customer(index: int, domains: int = 2) -> dict[str, Any]:
    """An English-speaking customer with a good card and `domains` domains charged on CHARGE_DAY."""
    return customer(
        f"cust-{index}",
        f"Customer {index}",
        f"customer{index}@example.com",
        "en",
        "USD",
        [card("v1", GOOD_CARD, f"Customer {index}")],
        [domain(f"s{n}", f"site{index}-{n}.com", "v1") for n in range(1, domains + 1)],
    )


def import_customers(ctx: AppContext, customers: list[dict[str, Any]]) -> None:
    document = {"format": "renewdesk/1", "price_list": PRICE_LIST, "customers": customers}
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    import_document(ctx, TEST_ADMIN, raw, "tests/jobs")


def share_signing_key(ctx: AppContext, keyring_file: Path) -> None:
    """Gives the database's link-signing key, made by `point_smtp_at` in this context's keyring, to
    the keyring file of the `cli` fixture's child processes, as another workstation imports it."""
    key = ctx.secrets.get(keys.SECRET)
    assert key, "point_smtp_at makes the key first"
    FileSecretStore(keyring_file).set(keys.SECRET, key)


def queue_notices(ctx: AppContext, customers: int, domains: int = 1) -> list[int]:
    """Imports customers with good cards and runs the due checks on their check date: one pre-charge
    notice per domain is queued. Returns the outbox ids."""
    import_customers(ctx, [good_customer(index, domains) for index in range(1, customers + 1)])
    run_due(ctx, CHECK_DAY)
    rows = outbox_rows(ctx)
    assert [row.status for row in rows] == ["queued"] * (customers * domains)
    return [row.id for row in rows]


# -- what the database holds ----------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    service_id: int | None
    to_address: str
    language: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    message_id: str | None
    sent_at: datetime | None
    lease_owner: str | None
    context: dict[str, Any]


def outbox_rows(ctx: AppContext) -> list[OutboxRow]:
    with ctx.db.reading() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        return [
            OutboxRow(
                id=row.id,
                kind=row.kind,
                service_id=row.service_id,
                to_address=row.to_address,
                language=row.language,
                status=row.status,
                attempts=row.attempts,
                next_attempt_at=row.next_attempt_at,
                last_error=row.last_error,
                message_id=row.message_id,
                sent_at=row.sent_at,
                lease_owner=row.lease_owner,
                context=dict(row.context),
            )
            for row in rows
        ]


def audit_actions(ctx: AppContext, action: str) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def every_table_text(ctx: AppContext) -> dict[str, str]:
    """Every row of every table of the program and of the sandbox gateway's ledger, as text."""
    text: dict[str, str] = {}
    with ctx.db.reading() as session:
        for table in [*every_table().sorted_tables, ledger]:
            text[table.name] = "\n".join(repr(tuple(row)) for row in session.execute(select(table)))
    return text


def body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    content = part.get_content()
    assert isinstance(content, str)
    return content
