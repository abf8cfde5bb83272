"""The outbox as staff see it (R32): every e-mail is queued, sent (when), failing (tries, last error,
next try) or given up. Admins may retry a failing or given-up message now; sales may send a message
again, as a new outbox row that points at the one it repeats. Every change is audited (R22)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import ErrorCode, MailState
from desktop.core.command_bounds import MAX_OUTBOX_LIST
from desktop.core.plain_text import shown
from desktop.jobs.outbox_sender import send_outbox
from desktop.mail.smtp import TEST_TIMEOUT_SECONDS
from desktop.store.models import Customer, OutboxAttachment, OutboxMessage, Service

MAX_LIST = MAX_OUTBOX_LIST
# Only these can be sent again: a queued or failing message is still on its way.
RESENDABLE = frozenset({MailState.SENT, MailState.GIVEN_UP})
RETRYABLE = frozenset({MailState.FAILING, MailState.GIVEN_UP})


@dataclass(frozen=True)
class OutboxEntry:
    """One e-mail of the outbox. `next_attempt_at` is set only while it waits (queued, failing)."""

    id: int
    kind: str
    state: MailState
    to: str
    customer_ref: str
    customer_name: str
    service_name: str | None
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    failing_since: datetime | None
    message_id: str | None
    resend_of: int | None
    created_at: datetime

    @property
    def retryable(self) -> bool:
        """An admin may try it again now (R32)."""
        return self.state in RETRYABLE

    @property
    def resendable(self) -> bool:
        """Sales may send it again, as a new message (R32)."""
        return self.state in RESENDABLE


def _state(status: str) -> MailState:
    # Rows of a database older than 0004 said "pending" for a message not sent yet.
    return MailState.QUEUED if status == "pending" else MailState(status)


def _query() -> Select[Any]:
    return (
        select(OutboxMessage, Customer.ref, Customer.name, Service.name)
        .join(Customer, Customer.id == OutboxMessage.customer_id)
        .outerjoin(Service, Service.id == OutboxMessage.service_id)
        .order_by(OutboxMessage.id.desc())
    )


def _entries(session: Session, query: Select[Any]) -> list[OutboxEntry]:
    entries = []
    for row, customer_ref, customer_name, service_name in session.execute(query):
        current = _state(row.status)
        waiting = current in (MailState.QUEUED, MailState.FAILING)
        entries.append(
            OutboxEntry(
                id=row.id,
                kind=row.kind,
                state=current,
                to=row.to_address,
                customer_ref=customer_ref,
                customer_name=customer_name,
                service_name=service_name,
                attempts=row.attempts,
                last_error=row.last_error,
                next_attempt_at=row.next_attempt_at if waiting else None,
                sent_at=row.sent_at,
                failing_since=row.failing_since,
                message_id=row.message_id,
                resend_of=row.resend_of,
                created_at=row.created_at,
            )
        )
    return entries


def list_outbox(
    ctx: AppContext, actor: Actor, state: MailState | None = None, limit: int = 500
) -> list[OutboxEntry]:
    """The newest `limit` messages first, of one state or of all."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if not 1 <= limit <= MAX_LIST:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=limit, most=MAX_LIST)
    query = _query().limit(limit)
    if state is not None:
        query = query.where(OutboxMessage.status == MailState(state).value)
    with ctx.db.reading() as session:
        return _entries(session, query)


def outbox_entries(ctx: AppContext, actor: Actor, ids: list[int]) -> list[OutboxEntry]:
    """These messages as they stand now, newest first: a window following the e-mails it queued."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if len(ids) > MAX_LIST:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=len(ids), most=MAX_LIST)
    with ctx.db.reading() as session:
        return entries_where(session, OutboxMessage.id.in_(ids))


def entries_where(session: Session, *where: ColumnElement[bool]) -> list[OutboxEntry]:
    """The messages that match, newest first: for the use cases that show e-mails among other things
    (a service's history, a run's events)."""
    return _entries(session, _query().where(*where))


def _entry(session: Session, outbox_id: int) -> OutboxEntry:
    found = _entries(session, _query().where(OutboxMessage.id == outbox_id))
    if not found:
        raise UseCaseError(ErrorCode.OUTBOX_NOT_FOUND, id=outbox_id)
    return found[0]


def _row(session: Session, outbox_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, outbox_id, with_for_update=True)
    if row is None:
        raise UseCaseError(ErrorCode.OUTBOX_NOT_FOUND, id=outbox_id)
    return row


@announces(Change.MAIL)
def retry_now(ctx: AppContext, actor: Actor, outbox_id: int) -> OutboxEntry:
    """A failing message is tried at the next send; a given-up one is failing again, counting its
    days anew from now (R31), and tried at the next send."""
    require(actor, Permission.MANAGE_OUTBOX)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        row = _row(session, outbox_id)
        state = _state(row.status)
        if state not in RETRYABLE:
            raise UseCaseError(ErrorCode.OUTBOX_NOT_RETRYABLE, id=outbox_id, state=state.value)
        before = {"state": state.value, "next_attempt_at": row.next_attempt_at.isoformat()}
        if state is MailState.GIVEN_UP:
            row.failing_since = now
        row.status = MailState.FAILING.value
        row.next_attempt_at = now
        audit.record(
            session,
            actor,
            now,
            "email.retry_now",
            "outbox",
            row.id,
            customer_id=row.customer_id,
            before=before,
            after={"state": MailState.FAILING.value, "next_attempt_at": now.isoformat()},
        )
        session.flush()
        return _entry(session, outbox_id)


@dataclass(frozen=True)
class RetryOutcome:
    """The message after "Retry now"; `tried` is False when the background checks held it (they are
    sending it right now), so its state is theirs to tell, not an answer to this retry."""

    entry: OutboxEntry
    tried: bool


@announces(Change.MAIL)
def retry_and_send(ctx: AppContext, actor: Actor, outbox_id: int) -> RetryOutcome:
    """ "Retry now" as it says: the message is made due and sent at once, that one message only, the
    server given the short time-out of a test e-mail; the lease keeps a background run from sending
    it twice. Returns the message as it stands afterwards: sent, or failing with the server's new
    answer."""
    retry_now(ctx, actor, outbox_id)
    result = send_outbox(ctx, actor=actor.label, only=outbox_id, timeout=TEST_TIMEOUT_SECONDS)
    with ctx.db.transaction() as session:
        return RetryOutcome(_entry(session, outbox_id), tried=result.sent + result.failed > 0)


@announces(Change.MAIL)
def resend(ctx: AppContext, actor: Actor, outbox_id: int, to_address: str | None = None) -> OutboxEntry:
    """Queues a sent (or given-up) message again as a new message, to the same address or to
    `to_address`; the new row points at the one it repeats. Returns the new message."""
    require(actor, Permission.RESEND_EMAIL)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        original = _row(session, outbox_id)
        state = _state(original.status)
        if state not in RESENDABLE:
            raise UseCaseError(ErrorCode.OUTBOX_NOT_RESENDABLE, id=outbox_id, state=state.value)
        try:
            address = mail_address(original.to_address if to_address is None else to_address)
        except AddressError as exc:
            raise UseCaseError(ErrorCode.EMAIL_INVALID, address=shown(exc.text), detail=exc.reason) from None
        copy = OutboxMessage(
            dedupe_key=f"resend:{original.id}:{uuid.uuid4().hex}",
            kind=original.kind,
            customer_id=original.customer_id,
            service_id=original.service_id,
            cycle_id=original.cycle_id,
            language=original.language,
            to_address=address,
            context=dict(original.context or {}),
            status=MailState.QUEUED.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            resend_of=original.id,
        )
        session.add(copy)
        session.flush()
        new_id = copy.id
        # A document's PDF goes again with it (R40): the same file the customer was first sent.
        for attached in session.scalars(
            select(OutboxAttachment)
            .where(OutboxAttachment.message_id == original.id)
            .order_by(OutboxAttachment.id)
        ):
            session.add(
                OutboxAttachment(
                    message_id=new_id,
                    filename=attached.filename,
                    content_type=attached.content_type,
                    content=attached.content,
                )
            )
        audit.record(
            session,
            actor,
            now,
            "email.resend",
            "outbox",
            new_id,
            customer_id=original.customer_id,
            after={"resend_of": original.id, "kind": original.kind, "to": address},
        )
        session.flush()
        return _entry(session, new_id)
