"""A service's history for its page: orders, cycles, charges, e-mails and audit entries, newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import select

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, ChargeAttempt, Cycle, Order, OutboxMessage


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str  # order | cycle | charge | email | audit
    # A code: the order's kind, the cycle's status, the attempt's status, the e-mail's kind, the action.
    what: str
    details: dict[str, Any] = field(default_factory=dict)


def service_history(ctx: AppContext, actor: Actor, service_id: int) -> list[HistoryEntry]:
    require(actor, Permission.VIEW_CUSTOMERS)
    entries: list[HistoryEntry] = []
    with ctx.db.reading() as session:
        for order in session.scalars(select(Order).where(Order.service_id == service_id)):
            entries.append(
                HistoryEntry(
                    at=datetime.combine(order.ordered_on, time(), UTC),
                    kind="order",
                    what=order.kind,
                    details={
                        "amount_minor": order.amount_minor,
                        "currency": order.currency,
                        "period_months": order.period_months,
                        "installments": order.installments,
                    },
                )
            )
        cycles = list(session.scalars(select(Cycle).where(Cycle.service_id == service_id)))
        for cycle in cycles:
            entries.append(
                HistoryEntry(
                    at=cycle.updated_at,
                    kind="cycle",
                    what=cycle.status,
                    details={"charge_on": cycle.charge_on.isoformat(), "reason": cycle.reason},
                )
            )
        cycle_ids = [cycle.id for cycle in cycles]
        if cycle_ids:
            for attempt in session.scalars(
                select(ChargeAttempt).where(ChargeAttempt.cycle_id.in_(cycle_ids))
            ):
                entries.append(
                    HistoryEntry(
                        at=attempt.settled_at or attempt.created_at,
                        kind="charge",
                        what=attempt.status,
                        details={
                            "amount_minor": attempt.amount_minor,
                            "currency": attempt.currency,
                            "installments": attempt.installments,
                            "reason": attempt.reason,
                        },
                    )
                )
        for mail in session.scalars(select(OutboxMessage).where(OutboxMessage.service_id == service_id)):
            entries.append(
                HistoryEntry(
                    at=mail.sent_at or mail.created_at,
                    kind="email",
                    what=mail.kind,
                    details={"status": mail.status, "to": mail.to_address},
                )
            )
        for row in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "service", AuditEntry.entity_id == str(service_id))
        ):
            entries.append(
                HistoryEntry(
                    at=row.at,
                    kind="audit",
                    what=row.action,
                    details={"actor": row.actor, "after": row.after or {}},
                )
            )
    return sorted(entries, key=lambda entry: entry.at, reverse=True)
