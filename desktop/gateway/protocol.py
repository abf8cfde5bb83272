"""What the program needs of a payment gateway. The sandbox implements it; a real adapter will too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from desktop.core.money import Money


@dataclass(frozen=True)
class Tokenized:
    token: str
    brand: str
    last4: str


@dataclass(frozen=True)
class CallContext:
    """What the program tells the gateway about a call (its description / metadata)."""

    card_last4: str
    service: str | None = None
    due: date | None = None


@dataclass(frozen=True)
class Verification:
    ok: bool
    reason: str | None = None


class ChargeStatus(StrEnum):
    SUCCEEDED = "succeeded"
    DECLINED = "declined"


@dataclass(frozen=True)
class ChargeResult:
    key: str
    status: ChargeStatus
    amount: Money
    installments: int
    reference: str
    reason: str | None = None


@dataclass(frozen=True)
class RefundResult:
    key: str  # the refund's own idempotency key
    charge_key: str  # the charge it gives back
    amount: Money
    reference: str


class Gateway(Protocol):
    def tokenize(self, number: str, exp_month: int, exp_year: int, holder: str) -> Tokenized:
        """Hands a typed or imported number to the gateway at once (R20); raises CardRejected."""
        ...

    def verify(self, token: str, *, key: str, context: CallContext) -> Verification: ...

    def charge(
        self, token: str, amount: Money, installments: int, *, key: str, context: CallContext
    ) -> ChargeResult:
        """Charges once per key: asked again with the same key it returns the first charge.
        Raises GatewayTimeout when the outcome is unknown, GatewayUnavailable when nothing happened."""
        ...

    def lookup(self, key: str) -> ChargeResult | None:
        """The charge made with this idempotency key, or None when there was none."""
        ...

    def refund(self, charge_key: str, amount: Money, *, key: str) -> RefundResult:
        """Gives back (part of) the charge made with `charge_key`, once per `key`: asked again with the
        same key it returns the first refund. Raises GatewayTimeout when the outcome is unknown,
        GatewayUnavailable when nothing happened, GatewayError when the gateway refuses it."""
        ...
