"""Proformas (early renewal, charge nothing: R4), paid invoices (R16) and their number sequences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.codes import InvoiceStatus, ProformaStatus
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
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10), default=ProformaStatus.OPEN)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(120))

    lines: Mapped[list[ProformaLine]] = relationship(order_by="ProformaLine.id")


class ProformaLine(Base):
    __tablename__ = "proforma_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    proforma_id: Mapped[int] = mapped_column(ForeignKey("proformas.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(String(300))
    period_months: Mapped[int]
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class Invoice(Base):
    """A paid tax invoice, issued to the billing contact after a successful automatic charge."""

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    billing_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    bill_to_name: Mapped[str] = mapped_column(String(200))
    bill_to_company: Mapped[str | None] = mapped_column(String(200))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id", ondelete="SET NULL"), index=True)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"), unique=True)
    description: Mapped[str] = mapped_column(String(300))
    period_months: Mapped[int]
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    installments: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10), default=InvoiceStatus.PAID)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
