"""Proformas (early renewal, charge nothing: R4), their payments (R39), paid invoices (R16, R39) and
their number sequences (R40). A document keeps a snapshot of its addressee and of the issuer as they
were when it was issued; it is never edited or deleted."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.codes import InvoiceStatus, ProformaStatus
from desktop.core.command_bounds import INVOICE_SERIES as INVOICE_SERIES
from desktop.store.models.base import Base, UTCDateTime


class NumberSequence(Base):
    """Gap-free document numbers: the row is incremented inside the transaction that uses it."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger)


class Proforma(Base):
    __tablename__ = "proformas"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    billing_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    # The addressee as it was when issued: a document does not change when a contact is edited later.
    bill_to_name: Mapped[str] = mapped_column(String(200))
    bill_to_company: Mapped[str | None] = mapped_column(String(200))
    bill_to_address: Mapped[str | None] = mapped_column(String(500))
    bill_to_tax_id: Mapped[str | None] = mapped_column(String(40))
    bill_to_email: Mapped[str | None] = mapped_column(String(254))
    # The issuer as it was when issued (settings company.name, company.address, company.tax_id).
    issuer_name: Mapped[str] = mapped_column(String(200), server_default="")
    issuer_address: Mapped[str | None] = mapped_column(String(500))
    issuer_tax_id: Mapped[str | None] = mapped_column(String(40))
    payment_text: Mapped[str | None] = mapped_column(String(2000))
    # The customer's language when issued: the document is printed in it.
    language: Mapped[str] = mapped_column(String(2), server_default="en")
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    # desktop.core.codes.ProformaStatus: open | paid | cancelled (expired is read from valid_until)
    status: Mapped[str] = mapped_column(String(10), default=ProformaStatus.OPEN, index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(120))
    # The last day the proforma is valid (issue day + proforma.valid_days).
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(120))

    lines: Mapped[list[ProformaLine]] = relationship(order_by="ProformaLine.id")


class ProformaLine(Base):
    __tablename__ = "proforma_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    proforma_id: Mapped[int] = mapped_column(ForeignKey("proformas.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    # The service's kind when issued ("domain" prints its name whole, left to right).
    kind: Mapped[str | None] = mapped_column(String(10))
    period_months: Mapped[int]
    # The period the line covers, from the service's expiry when issued (R40).
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    # desktop.core.codes.LeftOut: set when the proforma was paid and this line was not renewed (R39).
    left_out: Mapped[str | None] = mapped_column(String(40))


class Payment(Base):
    """A proforma's payment (R39): by transfer, cash, cheque (date, reference) or a card charged now."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    proforma_id: Mapped[int] = mapped_column(ForeignKey("proformas.id", ondelete="CASCADE"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    # desktop.core.codes.PaymentMethod
    method: Mapped[str] = mapped_column(String(10))
    paid_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(100))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"))
    card_last4: Mapped[str | None] = mapped_column(String(4))
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PaymentAttempt(Base):
    """A card charged now for a proforma: committed with its idempotency key (one per proforma)
    before the gateway is called, so an unknown outcome is settled by the key (as in SPEC 2b)."""

    __tablename__ = "payment_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    proforma_id: Mapped[int] = mapped_column(ForeignKey("proformas.id", ondelete="CASCADE"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    # desktop.core.codes.AttemptStatus
    status: Mapped[str] = mapped_column(String(12), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"))
    card_last4: Mapped[str] = mapped_column(String(4))
    gateway_reference: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(String(100))
    # The process that sends it (desktop.jobs.leases owner): while it lives, the charge is under way.
    sent_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Invoice(Base):
    """A paid tax invoice: after a successful automatic charge (R16, one line, `cycle_id` set) or the
    payment of a proforma (R39, `proforma_id` set, a line per renewed service)."""

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(10), server_default=INVOICE_SERIES)
    number: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    billing_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    bill_to_name: Mapped[str] = mapped_column(String(200))
    bill_to_company: Mapped[str | None] = mapped_column(String(200))
    bill_to_address: Mapped[str | None] = mapped_column(String(500))
    bill_to_tax_id: Mapped[str | None] = mapped_column(String(40))
    bill_to_email: Mapped[str | None] = mapped_column(String(254))
    issuer_name: Mapped[str] = mapped_column(String(200), server_default="")
    issuer_address: Mapped[str | None] = mapped_column(String(500))
    issuer_tax_id: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2), server_default="en")
    # The first line's service, for an automatic charge's invoice (kept for its history).
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"), index=True)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"), unique=True)
    proforma_id: Mapped[int | None] = mapped_column(
        ForeignKey("proformas.id", ondelete="SET NULL"), unique=True
    )
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(String(300))
    period_months: Mapped[int]
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    installments: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10), default=InvoiceStatus.PAID)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.id")

    __table_args__ = (UniqueConstraint("series", "number"),)


class InvoiceLine(Base):
    """One renewed service of an invoice, with the period it covers (R40)."""

    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(10))
    period_months: Mapped[int]
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    installments: Mapped[int] = mapped_column(default=1)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class OutboxAttachment(Base):
    """A document attached to an e-mail of the outbox (R40): the PDF as it was sent."""

    __tablename__ = "outbox_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
