"""What each outcome of a due check does to the database, in the caller's transaction: the cycle's
state, auto-renew, invoices and orders, the outbox and the audit log, and the event it reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, aliased

from desktop.core.codes import StopReason
from desktop.core.due_dates import charge_date
from desktop.core.periods import ServiceKind, add_months, align_to_transaction
from desktop.gateway.protocol import ChargeResult, ChargeStatus
from desktop.jobs.events import DueEvent, EventType
from desktop.store import audit_repo
from desktop.store.models import (
    AutoRenew,
    Card,
    ChargeAttempt,
    Contact,
    Customer,
    Cycle,
    Invoice,
    Order,
    Service,
)
from desktop.store.outbox_repo import QueuedMail, enqueue
from desktop.store.upserts import insert_ignore, take_numbers

_CYCLES: Table = Cycle.__table__  # type: ignore[assignment]


@dataclass
class CycleState:
    cycle: Cycle
    service: Service
    renew: AutoRenew
    customer: Customer
    card: Card | None
    contact: Contact | None


def load_states(session: Session, cycle_ids: list[int]) -> dict[int, CycleState]:
    card, contact = aliased(Card), aliased(Contact)
    rows = session.execute(
        select(Cycle, Service, AutoRenew, Customer, card, contact)
        .join(Service, Service.id == Cycle.service_id)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .join(Customer, Customer.id == Service.customer_id)
        .outerjoin(card, card.id == AutoRenew.card_id)
        .outerjoin(contact, contact.id == AutoRenew.billing_contact_id)
        .where(Cycle.id.in_(cycle_ids))
        .order_by(Cycle.charge_on, Cycle.id)  # R18: what fell due is done and reported in date order
        # Every caller changes these cycles: PostgreSQL locks their rows so that two workers never
        # apply one outcome twice (SQLite's write lock, taken at BEGIN, already does).
        .with_for_update(of=Cycle)
    ).tuples()
    return {row[0].id: CycleState(*row) for row in rows}


class Steps:
    """The transitions of one run, all written by one actor at the run's clock."""

    def __init__(self, actor: str, now: datetime, today: date, charge_lead_days: int) -> None:
        self.actor, self.now, self.today, self.lead = actor, now, today, charge_lead_days
        self.events: list[DueEvent] = []
        # Written together at the end of the transaction: one statement each instead of one per row.
        self._mails: list[QueuedMail] = []
        self._next_cycles: list[dict[str, Any]] = []
        self._invoice_numbers: list[int] = []
        self._unsent: dict[int, ChargeAttempt] = {}

    def prepare(self, session: Session, cycle_ids: list[int], successes: int = 0) -> None:
        """Reads, for a batch of cycles, what each transition would otherwise ask one row at a time:
        attempts the gateway never received, and the invoice numbers the batch's successful charges
        will use."""
        unsent = session.scalars(
            select(ChargeAttempt).where(
                ChargeAttempt.cycle_id.in_(cycle_ids), ChargeAttempt.status == "not_sent"
            )
        )
        self._unsent = {attempt.cycle_id: attempt for attempt in unsent}
        self._invoice_numbers = take_numbers(session, "invoice", successes)

    def write_pending(self, session: Session) -> None:
        enqueue(session, self._mails, self.now)
        insert_ignore(session, _CYCLES, self._next_cycles, ["service_id", "charge_on"])
        self._mails, self._next_cycles = [], []

    def _event(self, kind: EventType, state: CycleState, **values: Any) -> None:
        self.events.append(
            DueEvent(
                type=kind,
                customer=state.customer.ref,
                service=state.service.name,
                due=state.cycle.charge_on,
                **values,
            )
        )

    def _mail(self, session: Session, state: CycleState, kind: str, **values: Any) -> None:
        context: dict[str, Any] = {
            "service_id": state.service.id,
            "customer_name": state.customer.name,
            "service_name": state.service.name,
            "service_kind": state.service.kind,
            "charge_date": state.cycle.charge_on.isoformat(),
            "expires_on": state.service.expires_on.isoformat(),
            "card_brand": state.card.brand if state.card else "",
            "card_last4": state.card.last4 if state.card else "",
            **values,
        }
        self._mails.append(
            QueuedMail(
                dedupe_key=f"{state.service.id}:{state.cycle.charge_on.isoformat()}:{kind}",
                kind=kind,
                customer_id=state.customer.id,
                service_id=state.service.id,
                cycle_id=state.cycle.id,
                language=state.customer.language,
                to_address=state.customer.email,
                context=context,
            )
        )

    def _audit(self, session: Session, state: CycleState, action: str, **after: Any) -> None:
        audit_repo.add(
            session,
            self.actor,
            self.now,
            action,
            "cycle",
            state.cycle.id,
            customer_id=state.customer.id,
            after={"service": state.service.name, "due": state.cycle.charge_on.isoformat(), **after},
        )

    def _stop(self, session: Session, state: CycleState, reason: StopReason) -> None:
        renew = state.renew
        before = {"enabled": renew.enabled, "stop_reason": renew.stop_reason}
        renew.enabled, renew.stop_reason, renew.stopped_at, renew.updated_at = (
            False,
            reason.value,
            self.now,
            self.now,
        )
        audit_repo.add(
            session,
            self.actor,
            self.now,
            "auto_renew.stopped",
            "service",
            state.service.id,
            customer_id=state.customer.id,
            before=before,
            after={"enabled": False, "stop_reason": reason.value},
        )
        self._event(EventType.AUTO_RENEW_STOPPED, state, reason=reason.value)

    def _touch(self, state: CycleState, status: str, reason: str | None = None) -> None:
        state.cycle.status, state.cycle.updated_at = status, self.now
        if reason is not None:
            state.cycle.reason = reason

    def cancel(self, state: CycleState) -> None:
        """Auto-renew was switched off, or the period was renewed otherwise: nothing more to do."""
        self._touch(state, "cancelled", "no_longer_due")

    def needs_attention(self, session: Session, state: CycleState, reason: str) -> None:
        self._touch(state, "needs_attention", reason)
        self._audit(session, state, "cycle.needs_attention", reason=reason)
        self._event(EventType.NEEDS_ATTENTION, state, reason=reason)

    def check_passed(self, session: Session, state: CycleState, amount: int, installments: int) -> None:
        cycle = state.cycle
        self._touch(state, "checked")
        cycle.check_outcome, cycle.checked_at, cycle.notice_queued = "passed", self.now, True
        cycle.amount_minor, cycle.currency, cycle.installments = amount, state.customer.currency, installments
        cycle.period_months, cycle.card_id = state.renew.period_months, state.renew.card_id
        cycle.billing_contact_id = state.renew.billing_contact_id
        self._audit(session, state, "card.check_passed", card=state.card.last4 if state.card else None)
        self._event(EventType.CARD_CHECK_PASSED, state)
        self._mail(
            session,
            state,
            "precharge_notice",
            amount_minor=amount,
            currency=state.customer.currency,
            installments=installments,
        )
        self._event(
            EventType.PRECHARGE_NOTICE_SENT,
            state,
            amount_minor=amount,
            currency=state.customer.currency,
            installments=installments,
        )

    def check_failed(self, session: Session, state: CycleState, reason: StopReason) -> None:
        cycle = state.cycle
        self._touch(state, "stopped", reason.value)
        cycle.check_outcome, cycle.checked_at = reason.value, self.now
        if reason is StopReason.CARD_VERIFICATION_DECLINED and state.card is not None:
            state.card.invalid_reason, state.card.verified_at = reason.value, self.now
        self._audit(session, state, "card.check_failed", reason=reason.value)
        self._event(EventType.CARD_CHECK_FAILED, state, reason=reason.value)
        self._stop(session, state, reason)
        self._mail(session, state, "card_check_failed", reason=reason.value)

    def charge_refused(
        self, session: Session, state: CycleState, reason: StopReason, amount: int | None
    ) -> None:
        """The charge cannot be attempted (no card, an expired card): a failed charge (R16)."""
        self._touch(state, "failed", reason.value)
        self._audit(session, state, "charge.failed", reason=reason.value)
        self._event(
            EventType.CHARGE_FAILED,
            state,
            reason=reason.value,
            amount_minor=amount,
            currency=state.customer.currency if amount is not None else None,
        )
        self._stop(session, state, reason)
        self._mail(
            session,
            state,
            "charge_failed",
            reason=reason.value,
            amount_minor=amount or 0,
            currency=state.customer.currency,
        )

    def begin_charge(
        self, session: Session, state: CycleState, amount: int, installments: int, period: int
    ) -> ChargeAttempt:
        cycle = state.cycle
        # One idempotency key per cycle, kept for every try: should a try the gateway seemed never to
        # get arrive after all, the gateway answers both with one charge (R17).
        attempt = self._unsent.get(cycle.id) or ChargeAttempt(
            cycle_id=cycle.id, idempotency_key=f"rd-cycle-{cycle.id}-charge", created_at=self.now
        )
        attempt.status, attempt.reason, attempt.settled_at = "pending", None, None
        attempt.amount_minor, attempt.currency, attempt.installments = (
            amount,
            state.customer.currency,
            installments,
        )
        attempt.card_id = state.renew.card_id
        session.add(attempt)
        self._touch(state, "charging")
        cycle.amount_minor, cycle.currency, cycle.installments, cycle.period_months = (
            amount,
            state.customer.currency,
            installments,
            period,
        )
        cycle.card_id, cycle.billing_contact_id = state.renew.card_id, state.renew.billing_contact_id
        return attempt

    def not_sent(self, state: CycleState, attempt: ChargeAttempt, why: str) -> None:
        """The gateway never received the charge: the cycle can be charged again."""
        attempt.status, attempt.reason, attempt.settled_at = "not_sent", why[:100], self.now
        self._touch(state, "checked" if state.cycle.check_outcome == "passed" else "open")

    def charge_settled(
        self, session: Session, state: CycleState, attempt: ChargeAttempt, result: ChargeResult
    ) -> None:
        attempt.gateway_reference, attempt.settled_at, attempt.reason = (
            result.reference,
            self.now,
            result.reason,
        )
        if result.status is ChargeStatus.SUCCEEDED:
            attempt.status = "succeeded"
            self._charged(session, state, attempt)
            return
        attempt.status = "declined"
        self._touch(state, "failed", StopReason.CHARGE_DECLINED.value)
        self._audit(
            session, state, "charge.declined", amount=attempt.amount_minor, key=attempt.idempotency_key
        )
        self._event(
            EventType.CHARGE_FAILED,
            state,
            amount_minor=attempt.amount_minor,
            currency=attempt.currency,
            installments=attempt.installments,
            reason=StopReason.CHARGE_DECLINED.value,
        )
        self._stop(session, state, StopReason.CHARGE_DECLINED)
        self._mail(
            session,
            state,
            "charge_failed",
            reason=StopReason.CHARGE_DECLINED.value,
            amount_minor=attempt.amount_minor,
            currency=attempt.currency,
        )

    def _charged(self, session: Session, state: CycleState, attempt: ChargeAttempt) -> None:
        service, renew, cycle = state.service, state.renew, state.cycle
        period = cycle.period_months or renew.period_months
        old_expiry = service.expires_on
        new_expiry = add_months(old_expiry, period)
        number = self._invoice_numbers.pop(0)
        contact = state.contact
        session.add(
            Invoice(
                number=number,
                customer_id=state.customer.id,
                billing_contact_id=contact.id if contact else None,
                bill_to_name=contact.name if contact else state.customer.name,
                bill_to_company=contact.company if contact else None,
                service_id=service.id,
                cycle_id=cycle.id,
                description=service.name,
                period_months=period,
                period_from=old_expiry,
                period_to=new_expiry,
                installments=attempt.installments,
                currency=attempt.currency,
                total_minor=attempt.amount_minor,
                status="paid",
                issued_at=self.now,
            )
        )
        session.add(
            Order(
                service_id=service.id,
                kind="automatic",
                ordered_on=self.today,
                period_months=period,
                installments=attempt.installments,
                amount_minor=attempt.amount_minor,
                currency=attempt.currency,
                created_at=self.now,
            )
        )
        service.expires_on = new_expiry
        renew.period_months, renew.installments = align_to_transaction(
            ServiceKind(service.kind), period, attempt.installments
        )
        renew.updated_at = self.now
        self._touch(state, "charged")
        self._next_cycles.append(
            {
                "service_id": service.id,
                "charge_on": charge_date(new_expiry, self.lead),
                "expires_on": new_expiry,
                "status": "open",
                "notice_queued": False,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self._audit(
            session,
            state,
            "charge.succeeded",
            amount=attempt.amount_minor,
            currency=attempt.currency,
            installments=attempt.installments,
            invoice=number,
            key=attempt.idempotency_key,
            expires_on=new_expiry.isoformat(),
        )
        self._event(
            EventType.CHARGED,
            state,
            amount_minor=attempt.amount_minor,
            currency=attempt.currency,
            installments=attempt.installments,
        )
        self._mail(
            session,
            state,
            "charge_receipt",
            amount_minor=attempt.amount_minor,
            currency=attempt.currency,
            installments=attempt.installments,
            invoice_number=number,
            new_expires_on=new_expiry.isoformat(),
        )
