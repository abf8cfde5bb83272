"""A service's history for its page: orders, cycles, charges, e-mails and audit entries, newest first.
Each e-mail comes with its delivery as it is (R32): queued, sent (when), failing (tries, last error,
next try) or given up, so that the page never says "sent" of a message still waiting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import select

from desktop.app.actor import Actor, Permission, require
from desktop.app.outbox import OutboxEntry, entries_where
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, ChargeAttempt, Cycle, Order, OutboxMessage


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str  # order | cycle | charge | email | audit
    # A code: the order's kind, the cycle's status, the attempt's status, the e-mail's kind, the action.
    what: str
    details: dict[str, Any] = field(default_factory=dict)
    mail: OutboxEntry | None = None  # the e-mail of an "email" entry, with its delivery state


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
        for mail in entries_where(session, OutboxMessage.service_id == service_id):
            entries.append(
                HistoryEntry(
                    at=mail.sent_at or mail.created_at,
                    kind="email",
                    what=mail.kind,
                    details={"to": mail.to},
                    mail=mail,
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
