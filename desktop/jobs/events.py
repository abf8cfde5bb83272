"""What a due run did, one event per thing that happened (SPEC: `due-run --json`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.core.due_dates import WorkKind
from desktop.core.money import format_amount

# The step of a run that reported an event: within one charge date, settling comes first, then the
# card check, then the charge (R18).
Step = WorkKind


class EventType(StrEnum):
    CARD_CHECK_PASSED = "card_check_passed"
    CARD_CHECK_FAILED = "card_check_failed"
    PRECHARGE_NOTICE_SENT = "precharge_notice_sent"
    CHARGED = "charged"
    CHARGE_FAILED = "charge_failed"
    AUTO_RENEW_STOPPED = "auto_renew_stopped"
    NEEDS_ATTENTION = "needs_attention"


@dataclass(frozen=True)
class DueEvent:
    type: EventType
    customer: str
    service: str
    due: date
    amount_minor: int | None = None
    currency: str | None = None
    installments: int | None = None
    reason: str | None = None
    step: Step = Step.CHARGE
    # A notice's outbox key (PRECHARGE_NOTICE_SENT): the report says whether it was sent or only
    # queued (R32). Not part of the event's JSON.
    mail_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "type": self.type.value,
            "customer": self.customer,
            "service": self.service,
            "due": self.due.isoformat(),
        }
        if self.amount_minor is not None and self.currency is not None:
            result["amount"] = format_amount(self.amount_minor, self.currency)
            result["currency"] = self.currency
        if self.installments is not None:
            result["installments"] = self.installments
        if self.reason is not None:
            result["reason"] = self.reason
        return result


def in_date_order(events: list[DueEvent]) -> list[DueEvent]:
    """R18: what a run did, by charge date, then settle, check and charge within a date, and in the
    order it was done within one step (the sort is stable)."""
    return sorted(events, key=lambda event: (event.due, event.step))
