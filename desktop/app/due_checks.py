"""Running the due checks by hand (admin, headless `due-run`) or from the background scheduler."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import select

from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.bootstrap import AppContext
from desktop.core.codes import MailState
from desktop.jobs.due_engine import DueResult, Progress, run_due
from desktop.jobs.events import DueEvent, in_date_order
from desktop.jobs.outbox_result import SendResult
from desktop.store import outbox_repo
from desktop.store.models import OutboxMessage


@dataclass(frozen=True)
class DueRunReport:
    due: DueResult
    mail: SendResult
    # Each notice the run queued (by outbox key) and where it is after the run sent the outbox:
    # "sent", or still "queued", "failing"... (R32: a queued notice is never said sent).
    notices: dict[str, str] = field(default_factory=dict)

    def notice_state(self, event: DueEvent) -> str | None:
        return self.notices.get(event.mail_key) if event.mail_key else None

    def held(self) -> list[str]:
        """The charges held until their notice is sent, in words, with each notice as it is now."""
        return [held.said(self.notices.get(held.notice_key)) for held in self.due.held]


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def run_due_checks(
    ctx: AppContext,
    actor: Actor,
    today: date | None = None,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DueRunReport:
    """The engine for `today`, then the outbox: what the run decided is e-mailed at once."""
    require(actor, Permission.RUN_DUE_CHECKS)
    # The label, as every audit entry names its actor: a linked login's run reads "dana (os:dana)".
    due = run_due(ctx, today, actor=actor.label, progress=progress, cancel=cancel)
    mail = _send_waiting_mail(ctx, actor.label, cancel)
    held_notices = _states(ctx, [held.notice_key for held in due.held])
    if not due.cancelled and MailState.SENT.value in held_notices.values():
        # Charges wait until their notice went out (desktop.jobs.notice_gate): a catch-up's notice,
        # or one updated on the charge day, was just sent, so a second pass charges them, after the
        # customer was told (R15, R18, R28). None sent (failing): no pass that would find nothing.
        again = run_due(ctx, due.today, actor=actor.label, cancel=cancel)
        due = _one_run(due, again)
        mail = _together(mail, _send_waiting_mail(ctx, actor.label, cancel))
    keys = [event.mail_key for event in due.events if event.mail_key]
    return DueRunReport(due=due, mail=mail, notices=_states(ctx, [*keys, *(h.notice_key for h in due.held)]))


def _states(ctx: AppContext, keys: list[str]) -> dict[str, str]:
    """Where each of these outbox rows is now (by key)."""
    states: dict[str, str] = {}
    if not keys:
        return states
    with ctx.db.reading() as session:
        for start in range(0, len(keys), 500):
            # Pairs, not the result itself: dict.update takes an object with keys() for a mapping.
            states.update(
                (key, status)
                for key, status in session.execute(
                    select(OutboxMessage.dedupe_key, OutboxMessage.status).where(
                        OutboxMessage.dedupe_key.in_(keys[start : start + 500])
                    )
                )
            )
    return states


def _one_run(first: DueResult, then: DueResult) -> DueResult:
    return DueResult(
        today=first.today,
        events=in_date_order([*first.events, *then.events]),
        problems=list(dict.fromkeys([*first.problems, *then.problems])),
        cancelled=then.cancelled,
        held=then.held,
    )


def _together(first: SendResult, then: SendResult) -> SendResult:
    return SendResult(
        **{part.name: getattr(first, part.name) + getattr(then, part.name) for part in fields(SendResult)}
    )


def _send_waiting_mail(ctx: AppContext, actor: str, cancel: threading.Event | None = None) -> SendResult:
    """The outbox sent; on a day that queued nothing and left nothing to retry, one query says so and
    the sender (SMTP, templates, signed links) is never loaded (issue 13). `cancel` (a window
    quitting) cuts the sending short within a fraction of a second, even with a silent server."""
    with ctx.db.reading() as session:
        if not outbox_repo.anything_waiting(session, ctx.clock.now()):
            return SendResult()
    from desktop.jobs.outbox_sender import send_outbox

    return send_outbox(ctx, actor=actor, cancel=cancel)
