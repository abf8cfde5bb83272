"""Where the e-mail of this database stands, for the status bar and the background-checks panel
(R32, R33): how many messages wait, fail or were given up, why the latest failing one failed and when
it is tried next, and what e-mail still needs before it can go out at all (a setup task, which is
not a failure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext
from desktop.core.codes import MailState
from desktop.core.mail_failure import FailureReason, failure_reason
from desktop.jobs import signing_key
from desktop.secrets import SecretsUnavailable
from desktop.store import settings_repo
from desktop.store.models import OutboxMessage

# Nobody has said where e-mail goes while neither of these is stored: the defaults (localhost, a
# sender at localhost.localdomain) are placeholders, not a choice.
_MAIL_KEYS = ("smtp.host", "mail.from")


class SetupTask(StrEnum):
    """What e-mail needs before it can go out: a task for an admin, not a failure."""

    MAIL_SERVER = "mail_server"  # no mail server or sender address chosen yet
    SIGNING_KEY = "signing_key"  # the database has no link-signing key yet (R33)
    SIGNING_KEY_HERE = "signing_key_here"  # the database has one; this workstation's keyring does not
    SIGNING_KEY_MISMATCH = "signing_key_mismatch"  # this workstation's key is not the database's
    KEYRING = "keyring"  # this workstation's keyring cannot be read


_KEY_TASKS = {
    signing_key.SigningKeyStatus.NOT_CREATED: SetupTask.SIGNING_KEY,
    signing_key.SigningKeyStatus.MISSING_HERE: SetupTask.SIGNING_KEY_HERE,
    signing_key.SigningKeyStatus.MISMATCH: SetupTask.SIGNING_KEY_MISMATCH,
}


@dataclass(frozen=True)
class MailSummary:
    queued: int = 0
    failing: int = 0
    given_up: int = 0
    # Why the most recently tried failing (or given-up) message failed, and its tries.
    failure: FailureReason | None = None
    failure_attempts: int = 0
    next_try_at: datetime | None = None  # the soonest try of a failing message
    setup: tuple[SetupTask, ...] = ()

    @property
    def needs_setup(self) -> bool:
        return bool(self.setup)

    @property
    def in_trouble(self) -> bool:
        """Messages fail although e-mail is set up: someone has to look."""
        return not self.setup and (self.failing > 0 or self.given_up > 0)


def mail_keys_unset(stored: Mapping[str, str]) -> tuple[str, ...]:
    """The settings e-mail still needs before it can go out (empty when it is set up), from the
    settings as stored: the one rule of the status bar's setup task and doctor's SMTP check."""
    return () if any(key in stored for key in _MAIL_KEYS) else _MAIL_KEYS


def setup_tasks(ctx: AppContext) -> tuple[SetupTask, ...]:
    with ctx.db.reading() as session:
        stored = settings_repo.load_all(session)
    tasks: list[SetupTask] = []
    if mail_keys_unset(stored):
        tasks.append(SetupTask.MAIL_SERVER)
    try:
        key_task = _KEY_TASKS.get(signing_key.status(ctx))
    except SecretsUnavailable:
        key_task = SetupTask.KEYRING
    if key_task is not None:
        tasks.append(key_task)
    return tuple(tasks)


def mail_summary(ctx: AppContext, actor: Actor) -> MailSummary:
    """Any member of staff may see where the e-mail stands."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        counts: dict[str, int] = {
            str(status): int(count)
            for status, count in session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            )
        }
        latest = session.execute(
            select(OutboxMessage.last_error, OutboxMessage.attempts)
            .where(
                OutboxMessage.status.in_((MailState.FAILING.value, MailState.GIVEN_UP.value)),
                OutboxMessage.last_error.is_not(None),
            )
            .order_by(OutboxMessage.status, OutboxMessage.next_attempt_at.desc(), OutboxMessage.id.desc())
            .limit(1)
        ).first()
        next_try = session.scalar(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                OutboxMessage.status == MailState.FAILING.value
            )
        )
    return MailSummary(
        # Rows of a database older than 0004 said "pending" for a message not sent yet.
        queued=counts.get(MailState.QUEUED.value, 0) + counts.get("pending", 0),
        failing=counts.get(MailState.FAILING.value, 0),
        given_up=counts.get(MailState.GIVEN_UP.value, 0),
        failure=failure_reason(latest[0]) if latest is not None else None,
        failure_attempts=int(latest[1]) if latest is not None else 0,
        next_try_at=next_try,
        setup=setup_tasks(ctx),
    )
