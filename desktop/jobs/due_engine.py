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
from datetime import date, timedelta

from sqlalchemy import Table, exists, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.bootstrap import AppContext
from desktop.core.cards import expires_before
from desktop.core.codes import StopReason
from desktop.core.due_dates import (
    ChargeDecision,
    charge_date,
    charge_decision,
    check_is_due,
    latest_expiry_due,
)
from desktop.core.money import Money
from desktop.core.periods import ServiceKind, charged_installments
from desktop.gateway.errors import GatewayError, GatewayTimeout, GatewayUnavailable
from desktop.gateway.protocol import CallContext, ChargeResult, ChargeStatus, Verification
from desktop.jobs import leases
from desktop.jobs.due_steps import CycleState, Steps, load_states
from desktop.jobs.events import DueEvent
from desktop.jobs.pricing import PriceBook
from desktop.settings import Settings
from desktop.store.models import AutoRenew, ChargeAttempt, Cycle, DueRun, DueRunEvent, Service
from desktop.store.upserts import insert_ignore

CHUNK = 200
# With no earlier completed run, missed charge dates are looked for this far back (R18).
FIRST_RUN_LOOKBACK_DAYS = 400
_CYCLES: Table = Cycle.__table__  # type: ignore[assignment]

Progress = Callable[[int, int], None]


@dataclass
class DueResult:
    today: date
    events: list[DueEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False


def _chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


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
        run_id = self.run_id = self._start()
        outcome, error = "failed", None
        try:
            self._settle_unknown()
            self._ensure_cycles()
            work = self._work_list()
            for done, chunk in enumerate(_chunks(work), start=1):
                if cancel is not None and cancel.is_set():
                    self.result.cancelled = True
                    break
                self._process(chunk)
                if progress is not None:
                    progress(min(done * CHUNK, len(work)), len(work))
            outcome = "cancelled" if self.result.cancelled else "completed"
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self.pool.shutdown(wait=True)
            self._finish(run_id, outcome, error)
        return self.result

    def _start(self) -> int:
        with self.ctx.db.transaction() as session:
            run = DueRun(
                owner=self.owner, run_for=self.today, started_at=self.ctx.clock.now(), outcome="running"
            )
            session.add(run)
            session.flush()
            return run.id

    def _finish(self, run_id: int, outcome: str, error: str | None) -> None:
        counts: dict[str, int] = {}
        for event in self.result.events:
            counts[event.type.value] = counts.get(event.type.value, 0) + 1
        with self.ctx.db.transaction() as session:
            session.execute(
                update(DueRun)
                .where(DueRun.id == run_id)
                .values(
                    finished_at=self.ctx.clock.now(),
                    outcome=outcome,
                    counts=counts,
                    error=(error or "; ".join(self.result.problems[:20]) or None),
                )
            )

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

    def _steps(self) -> Steps:
        return Steps(self.actor, self.ctx.clock.now(), self.today, self.settings.charge_lead_days)

    def _keep(self, steps: Steps) -> None:
        self.result.events.extend(steps.events)

    # -- finding work --------------------------------------------------------------------------

    def _lookback_start(self) -> date:
        with self.ctx.db.reading() as session:
            last = session.scalar(select(func.max(DueRun.run_for)).where(DueRun.outcome == "completed"))
        start = min(last, self.today) if last else self.today - timedelta(days=FIRST_RUN_LOOKBACK_DAYS)
        return start - timedelta(days=self.settings.late_charge_grace_days + 1)

    def _ensure_cycles(self) -> None:
        """One cycle row per service whose check or charge falls due by today (an index range on the
        expiry date, never a scan of every service)."""
        lead = self.settings.charge_lead_days
        low = self._lookback_start() + timedelta(days=lead)
        high = latest_expiry_due(self.today, lead, self.settings.check_days_before)
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            due = session.execute(
                select(Service.id, Service.expires_on)
                .join(AutoRenew, AutoRenew.service_id == Service.id)
                .where(
                    AutoRenew.enabled.is_(True),
                    Service.expires_on >= low,
                    Service.expires_on <= high,
                    ~exists().where(Cycle.service_id == Service.id, Cycle.expires_on == Service.expires_on),
                )
            ).all()
            rows = [
                {
                    "service_id": service_id,
                    "charge_on": charge_date(expires_on, lead),
                    "expires_on": expires_on,
                    "status": "open",
                    "notice_queued": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for service_id, expires_on in due
            ]
            for start in range(0, len(rows), 1000):
                insert_ignore(session, _CYCLES, rows[start : start + 1000], ["service_id", "charge_on"])

    def _work_list(self) -> list[int]:
        horizon = self.today + timedelta(days=self.settings.check_days_before)
        with self.ctx.db.reading() as session:
            return list(
                session.scalars(
                    select(Cycle.id)
                    .where(Cycle.status.in_(("open", "checked")), Cycle.charge_on <= horizon)
                    .order_by(Cycle.charge_on, Cycle.id)
                )
            )

    # -- settling unknown outcomes (R17) -------------------------------------------------------

    def _settle_unknown(self) -> None:
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            self.dead = leases.dead_owners(session, Cycle, now)
            waiting = sorted(
                set(
                    session.scalars(
                        select(ChargeAttempt.cycle_id).where(ChargeAttempt.status.in_(("pending", "unknown")))
                    )
                )
            )
        for chunk in _chunks(waiting):
            mine = self._claim(chunk, ("charging",))
            if not mine:
                continue
            try:
                with self.ctx.db.reading() as session:
                    keys = list(
                        session.scalars(
                            select(ChargeAttempt.idempotency_key).where(
                                ChargeAttempt.cycle_id.in_(mine),
                                ChargeAttempt.status.in_(("pending", "unknown")),
                            )
                        )
                    )
                answers = dict(zip(keys, self.pool.map(self._lookup, keys), strict=True))
                self._apply_charges(mine, answers)
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

    def _claim(self, ids: list[int], statuses: Sequence[str]) -> list[int]:
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

    def _process(self, ids: list[int]) -> None:
        mine = self._claim(ids, ("open", "checked"))
        if not mine:
            return
        try:
            self._check(mine)
            self._charge(mine)
        finally:
            self._release(mine)

    def _stale(self, state: CycleState) -> bool:
        return not state.renew.enabled or state.service.expires_on != state.cycle.expires_on

    def _price(self, state: CycleState) -> int | None:
        service = state.service
        return self.prices.price(
            service.kind, service.name, service.plan, state.renew.period_months, state.customer.currency
        )

    def _installments(self, state: CycleState) -> int:
        return charged_installments(
            ServiceKind(state.service.kind), state.renew.period_months, state.renew.installments
        )

    def _card_problem(self, state: CycleState) -> StopReason | None:
        card = state.card
        if card is None:
            return StopReason.NO_CARD
        if expires_before(card.exp_month, card.exp_year, state.cycle.charge_on):
            return StopReason.CARD_EXPIRES_BEFORE_CHARGE
        return None

    def _context(self, state: CycleState) -> CallContext:
        assert state.card is not None
        return CallContext(card_last4=state.card.last4, service=state.service.name, due=state.cycle.charge_on)

    def _check(self, mine: list[int]) -> None:
        """R14/R15: the card check and pre-charge notice, from `check_days_before` days before the
        charge date until the charge date (R18: a missed check is done late)."""
        steps = self._steps()
        calls: list[tuple[int, str, str, CallContext]] = []
        with self._writing(steps) as session:
            for cycle_id, state in load_states(session, mine).items():
                if state.cycle.status != "open" or not check_is_due(
                    state.cycle.charge_on, self.today, self.settings.check_days_before
                ):
                    continue
                if self._stale(state):
                    steps.cancel(state)
                    continue
                if self._price(state) is None:
                    steps.needs_attention(session, state, StopReason.NO_PRICE.value)
                    continue
                problem = self._card_problem(state)
                if problem is not None:
                    steps.check_failed(session, state, problem)
                    continue
                assert state.card is not None
                calls.append(
                    (cycle_id, state.card.token, f"rd-cycle-{cycle_id}-verify", self._context(state))
                )
        self._keep(steps)
        if not calls:
            return
        answers = list(self.pool.map(self._verify, calls))
        steps = self._steps()
        with self._writing(steps) as session:
            states = load_states(session, [call[0] for call in calls])
            for (cycle_id, *_), answer in zip(calls, answers, strict=True):
                state = states[cycle_id]
                if answer.unknown or state.cycle.status != "open":
                    if answer.unknown:
                        self.result.problems.append(f"{state.service.name}: {answer.unknown}")
                    continue
                assert isinstance(answer.result, Verification)
                if answer.result.ok:
                    price = self._price(state)
                    assert price is not None
                    steps.check_passed(session, state, price, self._installments(state))
                else:
                    steps.check_failed(session, state, StopReason.CARD_VERIFICATION_DECLINED)
        self._keep(steps)

    def _verify(self, call: tuple[int, str, str, CallContext]) -> _Pending:
        _, token, key, context = call
        try:
            return _Pending(result=self.ctx.gateway.verify(token, key=key, context=context))
        except GatewayError as exc:
            return _Pending(unknown=f"card check not done, the gateway did not answer: {exc}")

    def _charge(self, mine: list[int]) -> None:
        """R16/R18: on the charge date, or up to the grace days late, the card is charged once."""
        steps = self._steps()
        calls: list[tuple[int, str, str, Money, int, CallContext]] = []
        with self._writing(steps) as session:
            steps.prepare(session, mine)
            for cycle_id, state in load_states(session, mine).items():
                cycle = state.cycle
                if cycle.status not in ("open", "checked") or cycle.charge_on > self.today:
                    continue
                if self._stale(state):
                    steps.cancel(state)
                    continue
                decision = charge_decision(cycle.charge_on, self.today, self.settings.late_charge_grace_days)
                if decision is ChargeDecision.NEEDS_ATTENTION:
                    steps.needs_attention(session, state, "charge_date_missed")
                    continue
                price = self._price(state)
                if price is None:
                    steps.needs_attention(session, state, StopReason.NO_PRICE.value)
                    continue
                problem = self._card_problem(state)
                if problem is not None:
                    steps.charge_refused(session, state, problem, price)
                    continue
                installments = self._installments(state)
                attempt = steps.begin_charge(session, state, price, installments, state.renew.period_months)
                assert state.card is not None
                calls.append(
                    (
                        cycle_id,
                        attempt.idempotency_key,
                        state.card.token,
                        Money(price, state.customer.currency),
                        installments,
                        self._context(state),
                    )
                )
        self._keep(steps)
        # The attempts are committed: whatever happens from here on, they can be settled by key.
        if calls:
            answers = dict(
                zip((call[1] for call in calls), self.pool.map(self._charge_call, calls), strict=True)
            )
            self._apply_charges([call[0] for call in calls], answers)

    def _charge_call(self, call: tuple[int, str, str, Money, int, CallContext]) -> _Pending:
        _, key, token, amount, installments, context = call
        try:
            return _Pending(
                result=self.ctx.gateway.charge(token, amount, installments, key=key, context=context)
            )
        except GatewayTimeout:
            # R17: an unknown outcome is settled by its key before anything else is done.
            return self._lookup(key)
        except GatewayUnavailable as exc:
            return _Pending(not_sent=f"the gateway could not be reached: {exc}")
        except GatewayError as exc:
            return _Pending(unknown=f"the gateway's answer was unclear: {exc}")

    def _apply_charges(self, cycle_ids: list[int], answers: dict[str, _Pending]) -> None:
        steps = self._steps()
        with self._writing(steps) as session:
            successes = sum(
                1
                for answer in answers.values()
                if isinstance(answer.result, ChargeResult) and answer.result.status is ChargeStatus.SUCCEEDED
            )
            steps.prepare(session, cycle_ids, successes)
            states = load_states(session, cycle_ids)
            attempts = session.scalars(
                select(ChargeAttempt)
                .join(Cycle, Cycle.id == ChargeAttempt.cycle_id)
                .where(ChargeAttempt.idempotency_key.in_(list(answers)))
                .order_by(Cycle.charge_on, Cycle.id)
            ).all()
            for attempt in attempts:
                answer, state = answers[attempt.idempotency_key], states[attempt.cycle_id]
                if attempt.status not in ("pending", "unknown") or state.cycle.status != "charging":
                    continue  # settled already by another worker whose lease this one outlived
                if answer.result is not None:
                    assert isinstance(answer.result, ChargeResult)
                    steps.charge_settled(session, state, attempt, answer.result)
                elif answer.not_sent is not None:
                    steps.not_sent(state, attempt, answer.not_sent)
                else:
                    attempt.status = "unknown"
                    self.result.problems.append(f"{state.service.name}: {answer.unknown}")
        self._keep(steps)


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
    return _Run(ctx, today or ctx.today(), actor, owner or leases.new_owner()).execute(progress, cancel)
