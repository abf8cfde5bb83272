"""Renewal cycles and charge attempts: the database, not the timer, decides what is due (SPEC 2b).

A cycle is one renewal of one service, unique by (service, charge date). Work on it is claimed with
a lease (owner, until) by a conditional UPDATE. A charge attempt is committed with its idempotency
key before the gateway is called, so an unknown outcome can always be settled by that key.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.codes import CycleStatus
from desktop.store.models.base import Base, UTCDateTime


class Cycle(Base):
    __tablename__ = "cycles"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"))
    charge_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    # desktop.core.codes.CycleStatus: open -> checked -> charging -> charged | failed | stopped |
    # needs_attention | cancelled
    status: Mapped[str] = mapped_column(String(20), default=CycleStatus.OPEN)
    check_outcome: Mapped[str | None] = mapped_column(String(40))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notice_queued: Mapped[bool] = mapped_column(Boolean, default=False)
    # How many notices fixed this cycle's terms (R28): 0 none yet, 1 the pre-charge notice, and one more
    # for each updated notice. The amount, currency, installments, period and card below are then the
    # announced terms, and the charge is made on them.
    notice_version: Mapped[int] = mapped_column(default=0, server_default="0")
    # How many times the cycle was opened again after it stopped (R29): part of its gateway keys, so that
    # a new card check or charge is not answered with the earlier one's result.
    reopened: Mapped[int] = mapped_column(default=0, server_default="0")
    period_months: Mapped[int | None]
    installments: Mapped[int | None]
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"))
    billing_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(String(60))
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("service_id", "charge_on"),
        Index("ix_cycles_status_charge_on", "status", "charge_on"),
    )


class ChargeAttempt(Base):
    __tablename__ = "charge_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    # desktop.core.codes.AttemptStatus: pending (committed, gateway not yet answered) | unknown (time-out)
    # | succeeded | declined | not_sent
    status: Mapped[str] = mapped_column(String(12), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    installments: Mapped[int]
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"))
    gateway_reference: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DueRun(Base):
    """One run of the due checks by one workstation: what the windows show as last run."""

    __tablename__ = "due_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(120))
    run_for: Mapped[date] = mapped_column(Date, index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # running | completed | cancelled | failed | abandoned (its process is gone or its heartbeat stopped)
    outcome: Mapped[str] = mapped_column(String(20), default="running", index=True)
    counts: Mapped[dict[str, int] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(String(2000))
    # Renewed while the run works: a run whose heartbeat stopped is abandoned, not running forever.
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DueRunEvent(Base):
    """One thing a run did (what `due-run --json` prints), kept with the change it reports in the same
    transaction, for the operations panel."""

    __tablename__ = "due_run_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("due_runs.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    customer: Mapped[str] = mapped_column(String(100))
    service: Mapped[str] = mapped_column(String(253))
    due: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    installments: Mapped[int | None]
    reason: Mapped[str | None] = mapped_column(String(100))
