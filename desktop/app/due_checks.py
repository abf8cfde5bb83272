"""Running the due checks by hand (admin, headless `due-run`) or from the background scheduler."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.bootstrap import AppContext
from desktop.jobs.due_engine import DueResult, Progress, run_due
from desktop.jobs.outbox_result import SendResult
from desktop.store import outbox_repo


@dataclass(frozen=True)
class DueRunReport:
    due: DueResult
    mail: SendResult


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
    due = run_due(ctx, today, actor=actor.name, progress=progress, cancel=cancel)
    return DueRunReport(due=due, mail=_send_waiting_mail(ctx, actor.name))


def _send_waiting_mail(ctx: AppContext, actor: str) -> SendResult:
    """The outbox sent; on a day that queued nothing and left nothing to retry, one query says so and
    the sender (SMTP, templates, signed links) is never loaded (issue 13)."""
    with ctx.db.reading() as session:
        if not outbox_repo.anything_waiting(session, ctx.clock.now()):
            return SendResult()
    from desktop.jobs.outbox_sender import send_outbox

    return send_outbox(ctx, actor=actor)
