"""The built-in sandbox gateway (SPEC: "The sandbox gateway"): behaves by test card number, keeps
its own ledger committed on its own connection, apart from the program's transactions, as a real
gateway's records would be.

The number itself is never kept: the token says how the card behaves and carries its last 4 digits,
so a database exported and imported elsewhere keeps its cards' behaviour.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    func,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError

from desktop.core.cards import brand_of, luhn_valid, normalize_number
from desktop.core.money import Money, format_amount
from desktop.gateway.errors import CardRejected, GatewayError, GatewayTimeout
from desktop.gateway.protocol import (
    CallContext,
    ChargeResult,
    ChargeStatus,
    RefundResult,
    Tokenized,
    Verification,
)

TOKEN_PREFIX = "tok_sbx_"

metadata = MetaData()
ledger = Table(
    "sandbox_ledger",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(100), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("outcome", String(12), nullable=False),
    Column("answer", String(10), nullable=False),
    Column("reason", String(60)),
    Column("reference", String(60), nullable=False),
    Column("amount_minor", BigInteger),
    Column("currency", String(3)),
    Column("installments", Integer),
    Column("last4", String(4), nullable=False),
    Column("token", String(200), nullable=False),
    Column("service", String(253)),
    Column("due", Date),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "key", name="uq_sandbox_ledger_kind"),
)


class Behaviour(StrEnum):
    OK = "ok"
    VERIFY_DECLINED = "vdec"
    CHARGE_DECLINED = "cdec"
    TIMEOUT_ONCE = "tmo"


TEST_CARDS: dict[str, Behaviour] = {
    "4242424242424242": Behaviour.OK,
    "5555555555554444": Behaviour.OK,
    "4000000000000002": Behaviour.VERIFY_DECLINED,
    "4000000000000341": Behaviour.CHARGE_DECLINED,
    "4000000000000119": Behaviour.TIMEOUT_ONCE,
}


def _behaviour_of(token: str) -> tuple[Behaviour, str | None]:
    """A token from elsewhere (not one of ours) behaves as a good card, as any valid number does."""
    if token.startswith(TOKEN_PREFIX):
        parts = token[len(TOKEN_PREFIX) :].split("_")
        if len(parts) == 3:
            try:
                return Behaviour(parts[0]), parts[1]
            except ValueError:
                pass
    return Behaviour.OK, None


class SandboxGateway:
    def __init__(
        self,
        engine: Engine,
        *,
        latency_ms: int = 0,
        rng: random.Random | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._engine = engine
        self._latency = latency_ms / 1000
        self._rng = rng or random.Random()
        self._now = now or (lambda: datetime.now(UTC))

    def tokenize(self, number: str, exp_month: int, exp_year: int, holder: str) -> Tokenized:
        digits = normalize_number(number)
        if not luhn_valid(digits):
            raise CardRejected("the card number is not valid (it fails the Luhn check)")
        behaviour = TEST_CARDS.get(digits, Behaviour.OK)
        last4 = digits[-4:]
        token = f"{TOKEN_PREFIX}{behaviour.value}_{last4}_{self._rng.getrandbits(96):024x}"
        return Tokenized(token=token, brand=brand_of(digits), last4=last4)

    def verify(self, token: str, *, key: str, context: CallContext) -> Verification:
        self._wait()
        behaviour, last4 = _behaviour_of(token)
        ok = behaviour is not Behaviour.VERIFY_DECLINED
        reason = None if ok else "card_declined"
        row = self._record(
            key=key,
            kind="verify",
            outcome="succeeded" if ok else "declined",
            answer="ok",
            reason=reason,
            token=token,
            last4=last4 or context.card_last4,
            context=context,
            amount=None,
            installments=None,
        )
        return Verification(ok=row["outcome"] == "succeeded", reason=row["reason"])

    def charge(
        self, token: str, amount: Money, installments: int, *, key: str, context: CallContext
    ) -> ChargeResult:
        self._wait()
        existing = self._find("charge", key)
        if existing is not None:
            return _result(existing)
        behaviour, last4 = _behaviour_of(token)
        declined = behaviour in (Behaviour.VERIFY_DECLINED, Behaviour.CHARGE_DECLINED)
        row = self._record(
            key=key,
            kind="charge",
            outcome="declined" if declined else "succeeded",
            answer="timeout" if behaviour is Behaviour.TIMEOUT_ONCE else "ok",
            reason="card_declined" if declined else None,
            token=token,
            last4=last4 or context.card_last4,
            context=context,
            amount=amount,
            installments=installments,
        )
        if row["answer"] == "timeout" and row["_new"]:
            raise GatewayTimeout("the sandbox gateway charged the card but its answer timed out")
        return _result(row)

    def lookup(self, key: str) -> ChargeResult | None:
        self._wait()
        row = self._find("charge", key)
        return _result(row) if row is not None else None

    def refund(self, charge_key: str, amount: Money, *, key: str) -> RefundResult:
        self._wait()
        existing = self._find("refund", key)
        if existing is None:
            charge = self._find("charge", charge_key)
            if charge is None or charge["outcome"] != ChargeStatus.SUCCEEDED.value:
                raise GatewayError(f"no charge to refund with the key {charge_key}")
            if amount.currency != charge["currency"] or not 0 < amount.minor <= int(charge["amount_minor"]):
                raise GatewayError("a refund gives back at most what was charged, in its currency")
            existing = self._record(
                key=key,
                kind="refund",
                outcome="succeeded",
                answer="ok",
                reason=None,
                token=charge["token"],
                last4=charge["last4"],
                context=CallContext(card_last4=charge["last4"], service=charge_key),
                amount=amount,
                installments=None,
            )
        return RefundResult(
            key=key,
            charge_key=existing["service"] or charge_key,
            amount=Money(int(existing["amount_minor"]), existing["currency"]),
            reference=existing["reference"],
        )

    def entries(self) -> list[dict[str, Any]]:
        """The ledger, one object per gateway call, oldest first."""
        with self._engine.connect().execution_options(renewdesk_readonly=True) as connection:
            rows = connection.execute(select(ledger).order_by(ledger.c.id)).mappings().all()
        return [_public(dict(row)) for row in rows]

    def ledger_size(self) -> int:
        """How many calls the ledger holds: reading it is the sandbox's health check (`doctor`), as
        a real gateway's would be its status endpoint. Raises SQLAlchemyError when it cannot be read."""
        with self._engine.connect().execution_options(renewdesk_readonly=True) as connection:
            return int(connection.scalar(select(func.count()).select_from(ledger)) or 0)

    def _wait(self) -> None:
        if self._latency:
            time.sleep(self._latency)  # the configured network delay of a remote gateway

    def _find(self, kind: str, key: str) -> dict[str, Any] | None:
        with self._engine.connect().execution_options(renewdesk_readonly=True) as connection:
            found = (
                connection.execute(select(ledger).where(ledger.c.kind == kind, ledger.c.key == key))
                .mappings()
                .first()
            )
        return {**found, "_new": False} if found is not None else None

    def _record(
        self,
        *,
        key: str,
        kind: str,
        outcome: str,
        answer: str,
        reason: str | None,
        token: str,
        last4: str,
        context: CallContext,
        amount: Money | None,
        installments: int | None,
    ) -> dict[str, Any]:
        values: dict[str, Any] = {
            "key": key,
            "kind": kind,
            "outcome": outcome,
            "answer": answer,
            "reason": reason,
            "reference": f"sbx_{self._rng.getrandbits(64):016x}",
            "amount_minor": amount.minor if amount else None,
            "currency": amount.currency if amount else None,
            "installments": installments,
            "last4": last4,
            "token": token,
            "service": context.service,
            "due": context.due,
            "created_at": self._now(),
        }
        try:
            with self._engine.begin() as connection:
                connection.execute(insert(ledger).values(**values))
        except IntegrityError:
            # Another caller recorded this key first: the gateway answers with that call's result.
            existing = self._find(kind, key)
            assert existing is not None
            return existing
        return {**values, "_new": True}


def _result(row: dict[str, Any]) -> ChargeResult:
    return ChargeResult(
        key=row["key"],
        status=ChargeStatus(row["outcome"]),
        amount=Money(int(row["amount_minor"]), row["currency"]),
        installments=int(row["installments"]),
        reference=row["reference"],
        reason=row["reason"],
    )


def _public(row: dict[str, Any]) -> dict[str, Any]:
    amount = row["amount_minor"]
    due: date | None = row["due"]
    created: datetime = row["created_at"]
    if created.tzinfo is None:  # SQLite keeps the UTC time without its zone
        created = created.replace(tzinfo=UTC)
    return {
        "key": row["key"],
        "kind": row["kind"],
        "outcome": row["outcome"],
        "answer": row["answer"],
        "reason": row["reason"],
        "reference": row["reference"],
        "amount": format_amount(amount, row["currency"]) if amount is not None else None,
        "currency": row["currency"],
        "installments": row["installments"],
        "last4": row["last4"],
        "service": row["service"],
        "due": due.isoformat() if due else None,
        "at": created.isoformat(),
    }
