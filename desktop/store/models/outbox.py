"""The e-mail outbox: written in the same transaction as the decision that causes the e-mail, at
most one row per (service, cycle, kind), sent later by a sender that claims its rows (SPEC 2b)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UTCDateTime


class OutboxMessage(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"), index=True)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"))
    language: Mapped[str] = mapped_column(String(2))
    to_address: Mapped[str] = mapped_column(String(254))
    context: Mapped[dict[str, Any]] = mapped_column(JSON)
    # desktop.core.codes.MailState: queued | sent | failing | given_up (R32)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(1000))
    # The first failed try of the current run of failures: given up `mail.give_up_days` after it (R31).
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A message sent again by staff is a new row pointing at the one it repeats (R32).
    resend_of: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    message_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        # Whether a message was sent again (the follow-up list, R41): the copies only.
        # Partial: its WHERE (per dialect) is the migration's (0006), the one place it is written and
        # tests/store/test_partial_indexes.py holds; a dialect's option here would load that dialect's
        # whole SQLAlchemy package with the models, PostgreSQL's on every SQLite start (issue 13).
        Index("ix_outbox_resend_of", "resend_of"),
    )
