"""The due engine (R14-R18, SPEC 2b): `run_due(ctx, today)` does, in date order, all that is due up
to `today` and reports each thing it did once. Correctness lives in the database: cycles unique per
(service, charge date), leases taken by conditional UPDATEs, a charge attempt committed with its
idempotency key before the gateway is called, and unknown outcomes settled by that key first."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import groupby
from typing import NamedTuple

from sqlalchemy import Table, and_, exists, insert, or_, select
from sqlalchemy.orm import Session

from desktop.bootstrap import AppContext
from desktop.core.cards import expires_before
from desktop.core.codes import AttemptStatus, CycleStatus, RunOutcome, StopReason
from desktop.core.due_dates import (
    ChargeDecision,
    charge_date,
    charge_decision,
    check_is_due,
    latest_expiry_due,
)
from desktop.core.money import Money
from desktop.gateway.errors import GatewayError, GatewayTimeout, GatewayUnavailable
from desktop.gateway.protocol import CallContext, ChargeResult, ChargeStatus, Verification
from desktop.jobs import cycle_terms, leases, live_cycles, notice_gate, proforma_holds, runs
from desktop.jobs.cycle_terms import Terms
from desktop.jobs.due_steps import CycleState, Steps, gateway_key, load_states
from desktop.jobs.events import DueEvent, Step, in_date_order
from desktop.jobs.invoicing import Issuer
from desktop.jobs.pricing import PriceBook
from desktop.settings import Settings
from desktop.store.models import AutoRenew, ChargeAttempt, Customer, Cycle, DueRunEvent, Service
from desktop.store.named_rows import columns
from desktop.store.upserts import insert_ignore

CHUNK = 200
# Why the sweep that ends a run reports an enabled auto-renew (R29).
NO_LIVE_CYCLE = "no_live_cycle"
# A charge sent (or about to be) whose answer the engine does not have yet.
UNSETTLED = (AttemptStatus.PENDING, AttemptStatus.UNKNOWN)
BEFORE_CHARGE = (CycleStatus.OPEN, CycleStatus.CHECKED)
_CYCLES: Table = Cycle.__table__  # type: ignore[assignment]

Progress = Callable[[int, int], None]


@dataclass
class DueResult:
    today: date
    events: list[DueEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False
    # Charges not made because their notice was not sent yet (notice_gate), in words: a run after
    # the outbox is sent makes them.
    held: list[notice_gate.HeldCharge] = field(default_factory=list)


def _chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


class DueCycle(NamedTuple):
    """A cycle whose card check or charge may be due."""

    cycle_id: int
    charge_on: date


_DUE_CYCLE = columns(DueCycle._fields, cycle_id=Cycle.id, charge_on=Cycle.charge_on)


@dataclass(frozen=True, slots=True)
class PlannedChunk:
    """One step of a run over a chunk of cycles of one charge date."""

    step: Step
    cycle_ids: list[int]


class ExpiryRange(NamedTuple):
    """The expiry dates a run looks at; `low` None: every earlier one."""

    low: date | None
    high: date


@dataclass(frozen=True, slots=True)
class _CheckCall:
    """A card check to ask the gateway for."""

    cycle_id: int
    token: str
    key: str
    context: CallContext


@dataclass(frozen=True, slots=True)
class _ChargeCall:
    """A charge to ask the gateway for, its attempt already committed under `key`."""

    cycle_id: int
    key: str
    token: str
    amount: Money
    installments: int
    context: CallContext


class _Pending:
    """The gateway's answer to one call, or why there is none."""

    def __init__(
        self,
        result: ChargeResult | Verification | None = None,
        unknown: str | None = None,
        not_sent: str | None = None,
    ) -> None:
        self.result, self.unknown, self.not_sent = result, unknown, not_sent


class _Run:
    def __init__(self, ctx: AppContext, today: date, actor: str, owner: str) -> None:
        self.ctx, self.today, self.actor, self.owner = ctx, today, actor, owner
        self.settings: Settings = ctx.reload_settings()
        # The company's today began (R14: days are counted in its time zone), for notice_gate.
        self.today_began = datetime.combine(today, time(0), tzinfo=self.settings.zone).astimezone(UTC)
        self.result = DueResult(today=today)
        self.dead: list[str] = []
        self.run_id = 0
        self.pool = ThreadPoolExecutor(
            max_workers=self.settings.gateway_concurrency, thread_name_prefix="renewdesk-gateway"
        )
        with ctx.db.reading() as session:
            self.prices = PriceBook(session)

    # -- the run -------------------------------------------------------------------------------

    def execute(self, progress: Progress | None, cancel: threading.Event | None) -> DueResult:
        with self.ctx.db.transaction() as session:
            self.last_completed = runs.last_completed(session)
            self.run_id = runs.start(session, self.owner, self.today, self.ctx.clock.now())
        outcome, error = RunOutcome.FAILED, None
        try:
            self._settle_unknown()
            self._ensure_cycles()
            plan = self._plan(self._work_list())
            total, done = sum(len(chunk.cycle_ids) for chunk in plan), 0
            for chunk in plan:
                if cancel is not None and cancel.is_set():
                    self.result.cancelled = True
                    break
                if chunk.step is Step.CHECK:
                    self._process_checks(chunk.cycle_ids)
                else:
                    self._process_charges(chunk.cycle_ids)
                done += len(chunk.cycle_ids)
                self._beat()
                if progress is not None:
                    progress(done, total)
            if not self.result.cancelled:
                self._sweep()
            outcome = RunOutcome.CANCELLED if self.result.cancelled else RunOutcome.COMPLETED
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self.pool.shutdown(wait=True)
            self.result.events = in_date_order(self.result.events)
            with self.ctx.db.transaction() as session:
                runs.finish(
                    session,
                    self.run_id,
                    self.ctx.clock.now(),
                    outcome,
                    error or "; ".join(self.result.problems[:20]) or None,
                    self.result.events,
                )
        return self.result

    def _beat(self) -> None:
        with self.ctx.db.transaction() as session:
            runs.beat(session, self.run_id, self.ctx.clock.now())

    def _plan(self, work: list[DueCycle]) -> list[PlannedChunk]:
        """R18: the work in date order, each charge date's card checks before its charges, so that
        what is reported comes in date order however many days a run catches up."""
        plan: list[PlannedChunk] = []
        for due, group in groupby(work, key=lambda item: item.charge_on):
            ids = [item.cycle_id for item in group]
            # A charge date already passed still gets its missed check first: within the grace days
            # it is charged only after its notice (check_is_due says when).
            steps = [Step.CHECK, Step.CHARGE] if due <= self.today else [Step.CHECK]
            plan.extend(PlannedChunk(step=step, cycle_ids=chunk) for step in steps for chunk in _chunks(ids))
        return plan

    @contextmanager
    def _writing(self, steps: Steps) -> Iterator[Session]:
        """A transaction whose steps' batched rows (e-mails, next cycles) are written before commit."""
        with self.ctx.db.transaction() as session:
            yield session
            steps.write_pending(session)
            if steps.events:
                session.execute(
                    insert(DueRunEvent),
                    [
                        {
                            "run_id": self.run_id,
                            "type": event.type.value,
                            "customer": event.customer,
                            "service": event.service,
                            "due": event.due,
                            "amount_minor": event.amount_minor,
                            "currency": event.currency,
                            "installments": event.installments,
                            "reason": event.reason,
                        }
                        for event in steps.events
                    ],
                )

    def _steps(self, step: Step) -> Steps:
        return Steps(
            self.actor,
            self.ctx.clock.now(),
            self.today,
            self.settings.charge_lead_days,
            step,
            Issuer.of(self.settings),
        )

    def _keep(self, steps: Steps) -> None:
        self.result.events.extend(steps.events)

    # -- finding work --------------------------------------------------------------------------

    def _expiry_range(self) -> ExpiryRange:
        """The expiry dates whose check or charge may have fallen due since the last completed run:
        an index range on the expiry date, never a scan of every service. Before the first completed
        run every earlier expiry counts. State that arrives later than that (an import, auto-renew
        switched on, an expiry moved back) gets its cycle from the use case that brings it
        (desktop.jobs.renew_changes), so nothing needs finding outside this range (R30)."""
        lead = self.settings.charge_lead_days
        high = latest_expiry_due(self.today, lead, self.settings.check_days_before)
        if self.last_completed is None:
            return ExpiryRange(low=None, high=high)
        start = min(self.last_completed, self.today)
        low = start - timedelta(days=self.settings.late_charge_grace_days + 1) + timedelta(days=lead)
        return ExpiryRange(low=low, high=high)

    def _ensure_cycles(self) -> None:
        """One cycle row per enabled service whose check or charge falls due by today."""
        lead = self.settings.charge_lead_days
        expiries = self._expiry_range()
        now = self.ctx.clock.now()
        query = (
            select(*live_cycles.SERVICE_EXPIRY)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(
                AutoRenew.enabled.is_(True),
                Service.expires_on <= expiries.high,
                ~exists().where(Cycle.service_id == Service.id, Cycle.expires_on == Service.expires_on),
            )
        )
        if expiries.low is not None:
            query = query.where(Service.expires_on >= expiries.low)
        with self.ctx.db.transaction() as session:
            missing = map(live_cycles.ServiceExpiry._make, session.execute(query))
            rows = live_cycles.new_cycles(missing, lead, now)
            for start in range(0, len(rows), 1000):
                insert_ignore(session, _CYCLES, rows[start : start + 1000], ["service_id", "charge_on"])

    def _work_list(self) -> list[DueCycle]:
        """Open cycles whose card check may be due, and cycles whose charge date has come, in date
        order: an index range on (status, charge date)."""
        horizon = self.today + timedelta(days=self.settings.check_days_before)
        with self.ctx.db.reading() as session:
            rows = session.execute(
                select(*_DUE_CYCLE)
                .where(
                    or_(
                        and_(Cycle.status == CycleStatus.OPEN, Cycle.charge_on <= horizon),
                        and_(Cycle.status == CycleStatus.CHECKED, Cycle.charge_on <= self.today),
                    )
                )
                .order_by(Cycle.charge_on, Cycle.id)
            )
            return list(map(DueCycle._make, rows))

    # -- the sweep (R29) -----------------------------------------------------------------------

    def _sweep(self) -> None:
        """Every enabled auto-renew whose check day has come has a cycle that accounts for it; any
        that has none is reported for staff (event, cycle row, audit), never left silent."""
        expiries = self._expiry_range()
        with self.ctx.db.reading() as session:
            if not live_cycles.unaccounted(session, expiries.low, expiries.high):
                return  # the usual case: no write transaction at all
        steps = self._steps(Step.CHARGE)
        with self._writing(steps) as session:
            # Asked again under the write lock: another run may have reported them meanwhile.
            found = live_cycles.unaccounted(session, expiries.low, expiries.high)
            with_cycle = [item.cycle_id for item in found if item.cycle_id is not None]
            states = load_states(session, with_cycle) if with_cycle else {}
            for item in found:
                if item.cycle_id is not None:
                    steps.needs_attention(session, states[item.cycle_id], NO_LIVE_CYCLE)
                    continue
                service = session.get(Service, item.service_id)
                assert service is not None
                customer = session.get(Customer, service.customer_id)
                assert customer is not None
                due = charge_date(item.expires_on, self.settings.charge_lead_days)
                steps.needs_attention_without_cycle(session, service, customer, due, NO_LIVE_CYCLE)
        self._keep(steps)

    # -- settling unknown outcomes (R17) -------------------------------------------------------

    def _settle_unknown(self) -> None:
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            self.dead = leases.dead_owners(session, Cycle, now)
            waiting = sorted(
                set(
                    session.scalars(select(ChargeAttempt.cycle_id).where(ChargeAttempt.status.in_(UNSETTLED)))
                )
            )
        for chunk in _chunks(waiting):
            mine = self._claim(chunk, (CycleStatus.CHARGING,))
            if not mine:
                continue
            try:
                with self.ctx.db.reading() as session:
                    keys = list(
                        session.scalars(
                            select(ChargeAttempt.idempotency_key).where(
                                ChargeAttempt.cycle_id.in_(mine),
                                ChargeAttempt.status.in_(UNSETTLED),
                            )
                        )
                    )
                answers = dict(zip(keys, self.pool.map(self._lookup, keys), strict=True))
                self._apply_charges(mine, answers, Step.SETTLE)
            finally:
                self._release(mine)

    def _lookup(self, key: str) -> _Pending:
        try:
            found = self.ctx.gateway.lookup(key)
        except GatewayError as exc:
            return _Pending(unknown=f"lookup failed: {exc}")
        if found is None:
            return _Pending(not_sent="the gateway has no charge with this key")
        return _Pending(result=found)

    # -- one chunk of cycles -------------------------------------------------------------------

    def _claim(self, ids: list[int], statuses: Sequence[CycleStatus]) -> list[int]:
        with self.ctx.db.transaction() as session:
            return leases.claim(
                session,
                Cycle,
                ids,
                self.owner,
                self.ctx.clock.now(),
                self.dead,
                Cycle.status.in_(list(statuses)),
            )

    def _release(self, ids: list[int]) -> None:
        with self.ctx.db.transaction() as session:
            leases.release(session, Cycle, ids, self.owner)

    def _process_checks(self, ids: list[int]) -> None:
        mine = self._claim(ids, (CycleStatus.OPEN,))
        if not mine:
            return
        try:
            self._check(mine)
        finally:
            self._release(mine)

    def _process_charges(self, ids: list[int]) -> None:
        mine = self._claim(ids, BEFORE_CHARGE)
        if not mine:
            return
        try:
            self._charge(mine)
        finally:
            self._release(mine)

    def _stale(self, state: CycleState) -> bool:
        return not state.renew.enabled or state.service.expires_on != state.cycle.expires_on

    def _proposed(self, state: CycleState) -> Terms | None:
        return cycle_terms.proposed(state.cycle, state.service, state.renew, state.customer, self.prices)

    def _card_problem(self, state: CycleState) -> StopReason | None:
        """R14/R19: the card must still be valid on the day the charge is made: the charge date, or
        today for a charge caught up late (R18)."""
        card = state.card
        if card is None:
            return StopReason.NO_CARD
        charged_on = max(state.cycle.charge_on, self.today)
        if expires_before(card.exp_month, card.exp_year, charged_on):
            return StopReason.CARD_EXPIRES_BEFORE_CHARGE
        return None

    def _context(self, state: CycleState) -> CallContext:
        assert state.card is not None
        return CallContext(card_last4=state.card.last4, service=state.service.name, due=state.cycle.charge_on)

    def _check(self, mine: list[int]) -> None:
        """R14/R15: the card check and pre-charge notice, from `check_days_before` days before the
        charge date until the charge date (R18: a missed check is done late)."""
        steps = self._steps(Step.CHECK)
        calls: list[_CheckCall] = []
        with self._writing(steps) as session:
            for cycle_id, state in load_states(session, mine).items():
                if state.cycle.status != CycleStatus.OPEN or not check_is_due(
                    state.cycle.charge_on,
                    self.today,
                    self.settings.check_days_before,
                    self.settings.late_charge_grace_days,
                ):
                    continue
                if self._stale(state):
                    steps.cancel(state)
                    continue
                if self._proposed(state) is None:
                    steps.needs_attention(session, state, StopReason.NO_PRICE.value)
                    continue
                problem = self._card_problem(state)
                if problem is not None:
                    steps.check_failed(session, state, problem)
                    continue
                assert state.card is not None
                calls.append(
                    _CheckCall(
                        cycle_id=cycle_id,
                        token=state.card.token,
                        key=gateway_key(state.cycle, "verify"),
                        context=self._context(state),
                    )
                )
        self._keep(steps)
        if not calls:
            return
        answers = list(self.pool.map(self._verify, calls))
        steps = self._steps(Step.CHECK)
        with self._writing(steps) as session:
            states = load_states(session, [call.cycle_id for call in calls])
            for call, answer in zip(calls, answers, strict=True):
                state = states[call.cycle_id]
                if answer.unknown or state.cycle.status != CycleStatus.OPEN:
                    if answer.unknown:
                        self.result.problems.append(f"{state.service.name}: {answer.unknown}")
                    continue
                assert isinstance(answer.result, Verification)
                if not answer.result.ok:
                    steps.check_failed(session, state, StopReason.CARD_VERIFICATION_DECLINED)
                    continue
                terms = self._proposed(state)
                if terms is None:  # the price list changed while the gateway answered
                    steps.needs_attention(session, state, StopReason.NO_PRICE.value)
                    continue
                steps.check_passed(session, state, terms)
        self._keep(steps)

    def _verify(self, call: _CheckCall) -> _Pending:
        try:
            return _Pending(result=self.ctx.gateway.verify(call.token, key=call.key, context=call.context))
        except GatewayError as exc:
            return _Pending(unknown=f"card check not done, the gateway did not answer: {exc}")

    def _charge(self, mine: list[int]) -> None:
        """R16/R18: on the charge date, or up to the grace days late, the card is charged once, on the
        terms its notice announced (R28); a cycle with no notice (its check was missed) is charged
        on the price list's terms."""
        steps = self._steps(Step.CHARGE)
        calls: list[_ChargeCall] = []
        with self._writing(steps) as session:
            steps.prepare(session, mine)
            states = load_states(session, mine, paying=True)
            held = proforma_holds.unsettled_card_payments(
                session, [state.service.id for state in states.values()]
            )
            unsent = notice_gate.unsent_notices(
                session, [(state.service.id, state.cycle) for state in states.values()], self.today_began
            )
            for cycle_id, state in states.items():
                cycle = state.cycle
                if cycle.status not in BEFORE_CHARGE or cycle.charge_on > self.today:
                    continue
                if self._stale(state):
                    steps.cancel(state)
                    continue
                if state.service.id in held:
                    # Left as it is, charged by a later run should the proforma's charge prove not made.
                    self.result.problems.append(_held_by_proforma(state.service.name, held[state.service.id]))
                    continue
                decision = charge_decision(cycle.charge_on, self.today, self.settings.late_charge_grace_days)
                if decision is ChargeDecision.NEEDS_ATTENTION:
                    steps.needs_attention(session, state, "charge_date_missed")
                    continue
                terms = cycle_terms.announced(cycle) or self._proposed(state)
                if terms is None:
                    steps.needs_attention(session, state, StopReason.NO_PRICE.value)
                    continue
                if cycle_id in unsent:
                    # R15/R28: never charged before the customer was told; R18 bounds the wait.
                    key, notice = unsent[cycle_id]
                    if notice in notice_gate.NEVER_SENT:
                        steps.needs_attention(session, state, notice_gate.NOTICE_NOT_SENT)
                    else:
                        self.result.held.append(notice_gate.HeldCharge(state.service.name, key, notice))
                    continue
                problem = self._card_problem(state)
                if problem is not None:
                    steps.charge_refused(session, state, problem, terms.amount_minor)
                    continue
                attempt = steps.begin_charge(session, state, terms)
                assert state.card is not None
                calls.append(
                    _ChargeCall(
                        cycle_id=cycle_id,
                        key=attempt.idempotency_key,
                        token=state.card.token,
                        amount=Money(terms.amount_minor, terms.currency),
                        installments=terms.installments,
                        context=self._context(state),
                    )
                )
        self._keep(steps)
        # The attempts are committed: whatever happens from here on, they can be settled by key.
        if calls:
            answers = dict(
                zip((call.key for call in calls), self.pool.map(self._charge_call, calls), strict=True)
            )
            self._apply_charges([call.cycle_id for call in calls], answers)

    def _charge_call(self, call: _ChargeCall) -> _Pending:
        try:
            return _Pending(
                result=self.ctx.gateway.charge(
                    call.token, call.amount, call.installments, key=call.key, context=call.context
                )
            )
        except GatewayTimeout:
            # R17: an unknown outcome is settled by its key before anything else is done.
            return self._lookup(call.key)
        except GatewayUnavailable as exc:
            return _Pending(not_sent=f"the gateway could not be reached: {exc}")
        except GatewayError as exc:
            return _Pending(unknown=f"the gateway's answer was unclear: {exc}")

    def _apply_charges(
        self, cycle_ids: list[int], answers: dict[str, _Pending], step: Step = Step.CHARGE
    ) -> None:
        steps = self._steps(step)
        with self._writing(steps) as session:
            successes = sum(
                1
                for answer in answers.values()
                if isinstance(answer.result, ChargeResult) and answer.result.status is ChargeStatus.SUCCEEDED
            )
            steps.prepare(session, cycle_ids, successes)
            states = load_states(session, cycle_ids, paying=True)
            attempts = session.scalars(
                select(ChargeAttempt)
                .join(Cycle, Cycle.id == ChargeAttempt.cycle_id)
                .where(ChargeAttempt.idempotency_key.in_(list(answers)))
                .order_by(Cycle.charge_on, Cycle.id)
            ).all()
            for attempt in attempts:
                answer, state = answers[attempt.idempotency_key], states[attempt.cycle_id]
                if attempt.status not in UNSETTLED or state.cycle.status != CycleStatus.CHARGING:
                    continue  # settled already by another worker whose lease this one outlived
                if answer.result is not None:
                    assert isinstance(answer.result, ChargeResult)
                    steps.charge_settled(session, state, attempt, answer.result)
                elif answer.not_sent is not None:
                    steps.not_sent(state, attempt, answer.not_sent)
                else:
                    attempt.status = AttemptStatus.UNKNOWN
                    self.result.problems.append(f"{state.service.name}: {answer.unknown}")
        self._keep(steps)


def _held_by_proforma(service: str, number: int) -> str:
    return (
        f"{service}: not charged: a card payment of proforma {number} that renews it has no known "
        f"outcome yet; ask the gateway first (proforma settle {number})"
    )


def run_due(
    ctx: AppContext,
    today: date | None = None,
    *,
    actor: str = "system:scheduler",
    owner: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DueResult:
    """Runs the due checks for `today` (the company's today by default). Safe to run at the same time
    on any number of processes and machines; a second run for the same day reports nothing new."""
    owner = owner or leases.new_owner(ctx.workstation)
    return _Run(ctx, today or ctx.today(), actor, owner).execute(progress, cancel)
