"""What each outcome of a due check does to the database, in the caller's transaction: the cycle's
state, auto-renew, invoices and orders, the outbox and the audit log, and the event it reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, case, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.core.codes import AttemptStatus, CycleStatus, StopReason
from desktop.core.periods import ServiceKind, add_months, align_to_transaction
from desktop.gateway.protocol import ChargeResult, ChargeStatus
from desktop.jobs import cycle_terms
from desktop.jobs.cycle_terms import Terms
from desktop.jobs.events import DueEvent, EventType, Step
from desktop.jobs.invoicing import Addressee, Issuer, Line, take_invoice_numbers, write_invoice
from desktop.jobs.live_cycles import new_cycle
from desktop.store import audit_repo
from desktop.store.models import (
    AutoRenew,
    Card,
    ChargeAttempt,
    Contact,
    Customer,
    Cycle,
    Order,
    Service,
)
from desktop.store.named_rows import columns
from desktop.store.outbox_repo import QueuedMail, enqueue
from desktop.store.upserts import insert_ignore

_CYCLES: Table = Cycle.__table__  # type: ignore[assignment]


def gateway_key(cycle: Cycle, call: str) -> str:
    """The idempotency key of a card check or charge of a cycle; a reopened cycle's are new (R29)."""
    key = f"rd-cycle-{cycle.id}-{call}"
    return f"{key}-{cycle.reopened}" if cycle.reopened else key


class CycleState(NamedTuple):
    """A cycle with what it is worked on with. `card` and `contact` are those of the step that loaded
    it: the service's settings for a card check, the cycle's own terms for a charge (R28)."""

    cycle: Cycle
    service: Service
    renew: AutoRenew
    customer: Customer
    card: Card | None
    contact: Contact | None


def load_states(session: Session, cycle_ids: list[int], *, paying: bool = False) -> dict[int, CycleState]:
    """`paying`: the card and contact are the cycle's terms once a notice fixed them (R28) or a charge
    began on them, the service's settings before that."""
    card, contact = aliased(Card), aliased(Contact)
    card_id: Any = AutoRenew.card_id
    contact_id: Any = AutoRenew.billing_contact_id
    if paying:
        fixed = or_(Cycle.notice_version > 0, Cycle.status == CycleStatus.CHARGING)
        card_id = case((fixed, Cycle.card_id), else_=AutoRenew.card_id)
        contact_id = case((fixed, Cycle.billing_contact_id), else_=AutoRenew.billing_contact_id)
    rows = session.execute(
        select(
            *columns(
                CycleState._fields,
                cycle=Cycle,
                service=Service,
                renew=AutoRenew,
                customer=Customer,
                card=card,
                contact=contact,
            )
        )
        .join(Service, Service.id == Cycle.service_id)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .join(Customer, Customer.id == Service.customer_id)
        .outerjoin(card, card.id == card_id)
        .outerjoin(contact, contact.id == contact_id)
        .where(Cycle.id.in_(cycle_ids))
        .order_by(Cycle.charge_on, Cycle.id)  # R18: what fell due is done and reported in date order
        # Every caller changes these cycles: PostgreSQL locks their rows so that two workers never
        # apply one outcome twice (SQLite's write lock, taken at BEGIN, already does).
        .with_for_update(of=Cycle)
    )
    return {state.cycle.id: state for state in map(CycleState._make, rows)}


class Steps:
    """The transitions of one run, all written by one actor at the run's clock."""

    def __init__(
        self, actor: str, now: datetime, today: date, charge_lead_days: int, step: Step, issuer: Issuer
    ) -> None:
        self.actor, self.now, self.today, self.lead, self.step = actor, now, today, charge_lead_days, step
        self.issuer = issuer
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
                ChargeAttempt.cycle_id.in_(cycle_ids), ChargeAttempt.status == AttemptStatus.NOT_SENT
            )
        )
        self._unsent = {attempt.cycle_id: attempt for attempt in unsent}
        self._invoice_numbers = take_invoice_numbers(session, successes)

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
                step=self.step,
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

    def _touch(self, state: CycleState, status: CycleStatus, reason: str | None = None) -> None:
        state.cycle.status, state.cycle.updated_at = status, self.now
        if reason is not None:
            state.cycle.reason = reason

    def cancel(self, state: CycleState) -> None:
        """Auto-renew was switched off, or the period was renewed otherwise: nothing more to do."""
        self._touch(state, CycleStatus.CANCELLED, "no_longer_due")

    def needs_attention(self, session: Session, state: CycleState, reason: str) -> None:
        was = {"was": state.cycle.status, "was_reason": state.cycle.reason}
        self._touch(state, CycleStatus.NEEDS_ATTENTION, reason)
        self._audit(session, state, "cycle.needs_attention", reason=reason, **was)
        self._event(EventType.NEEDS_ATTENTION, state, reason=reason)

    def needs_attention_without_cycle(
        self, session: Session, service: Service, customer: Customer, due: date, reason: str
    ) -> None:
        """R29: an enabled auto-renew with no cycle row that could be marked: staff are told all the same."""
        audit_repo.add(
            session,
            self.actor,
            self.now,
            "cycle.needs_attention",
            "service",
            service.id,
            customer_id=customer.id,
            after={"service": service.name, "due": due.isoformat(), "reason": reason},
        )
        self.events.append(
            DueEvent(
                type=EventType.NEEDS_ATTENTION,
                customer=customer.ref,
                service=service.name,
                due=due,
                reason=reason,
                step=self.step,
            )
        )

    def check_passed(self, session: Session, state: CycleState, terms: Terms) -> None:
        """R14/R15 and R28: the notice fixes the terms; a cycle opened again after its notice is told
        again only what changed since (an updated notice), and nothing when nothing did."""
        cycle = state.cycle
        self._touch(state, CycleStatus.CHECKED)
        cycle.check_outcome, cycle.checked_at = "passed", self.now
        mail = cycle_terms.announce(cycle, state.service, state.customer, state.card, terms)
        self._audit(
            session,
            state,
            "card.check_passed",
            card=state.card.last4 if state.card else None,
            notice=mail.kind if mail else None,
            notice_version=cycle.notice_version,
        )
        self._event(EventType.CARD_CHECK_PASSED, state)
        if mail is None:
            return
        if cycle.charge_on < self.today:
            # A charge caught up within the grace days: the notice says it is made now (R18, R28).
            mail = replace(mail, context={**mail.context, "charge_now": True})
        self._mails.append(mail)
        self._event(
            EventType.PRECHARGE_NOTICE_SENT,
            state,
            amount_minor=terms.amount_minor,
            currency=terms.currency,
            installments=terms.installments,
            mail_key=mail.dedupe_key,
        )

    def check_failed(self, session: Session, state: CycleState, reason: StopReason) -> None:
        cycle = state.cycle
        self._touch(state, CycleStatus.STOPPED, reason.value)
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
        self._touch(state, CycleStatus.FAILED, reason.value)
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

    def begin_charge(self, session: Session, state: CycleState, terms: Terms) -> ChargeAttempt:
        """The attempt on `terms` (the announced ones, R28), committed before the gateway is called."""
        cycle = state.cycle
        # One idempotency key per try of a cycle, kept for every retry of that try: should a try the
        # gateway seemed never to get arrive after all, the gateway answers both with one charge (R17).
        # A cycle opened again after a declined charge tries anew, under a key of its own (R29).
        attempt = self._unsent.get(cycle.id) or ChargeAttempt(
            cycle_id=cycle.id, idempotency_key=gateway_key(cycle, "charge"), created_at=self.now
        )
        attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.PENDING, None, None
        attempt.amount_minor, attempt.currency, attempt.installments = (
            terms.amount_minor,
            terms.currency,
            terms.installments,
        )
        attempt.card_id = terms.card_id
        session.add(attempt)
        self._touch(state, CycleStatus.CHARGING)
        cycle_terms.fix(cycle, terms)
        return attempt

    def not_sent(self, state: CycleState, attempt: ChargeAttempt, why: str) -> None:
        """The gateway never received the charge: the cycle can be charged again."""
        attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.NOT_SENT, why[:100], self.now
        passed = state.cycle.check_outcome == "passed"
        self._touch(state, CycleStatus.CHECKED if passed else CycleStatus.OPEN)

    def charge_settled(
        self, session: Session, state: CycleState, attempt: ChargeAttempt, result: ChargeResult
    ) -> None:
        attempt.gateway_reference, attempt.settled_at, attempt.reason = (
            result.reference,
            self.now,
            result.reason,
        )
        if result.status is ChargeStatus.SUCCEEDED:
            attempt.status = AttemptStatus.SUCCEEDED
            self._charged(session, state, attempt)
            return
        attempt.status = AttemptStatus.DECLINED
        self._touch(state, CycleStatus.FAILED, StopReason.CHARGE_DECLINED.value)
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
        write_invoice(
            session,
            number=number,
            customer=state.customer,
            addressee=Addressee.of(state.customer, state.contact),
            issuer=self.issuer,
            lines=[
                Line(
                    service_id=service.id,
                    description=service.name,
                    kind=service.kind,
                    period_months=period,
                    period_from=old_expiry,
                    period_to=new_expiry,
                    amount_minor=attempt.amount_minor,
                    installments=attempt.installments,
                )
            ],
            currency=attempt.currency,
            issued_at=self.now,
            cycle_id=cycle.id,
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
        self._touch(state, CycleStatus.CHARGED)
        self._next_cycles.append(new_cycle(service.id, new_expiry, self.lead, self.now))
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
