"""Every table of RenewDesk, so that metadata and Alembic see them all."""

from desktop.store.models.base import Base, UTCDateTime
from desktop.store.models.billing import (
    INVOICE_SERIES,
    Invoice,
    InvoiceLine,
    NumberSequence,
    OutboxAttachment,
    Payment,
    PaymentAttempt,
    Proforma,
    ProformaLine,
)
from desktop.store.models.customers import Card, Contact, Customer
from desktop.store.models.cycles import ChargeAttempt, Cycle, DueRun, DueRunEvent
from desktop.store.models.outbox import OutboxMessage
from desktop.store.models.people import AuditEntry, DatabaseFact, SettingRow, Staff
from desktop.store.models.services import AutoRenew, Order, PriceItem, Service

__all__ = [
    "INVOICE_SERIES",
    "AuditEntry",
    "AutoRenew",
    "Base",
    "Card",
    "ChargeAttempt",
    "Contact",
    "Customer",
    "Cycle",
    "DatabaseFact",
    "DueRun",
    "DueRunEvent",
    "Invoice",
    "InvoiceLine",
    "NumberSequence",
    "Order",
    "OutboxAttachment",
    "OutboxMessage",
    "Payment",
    "PaymentAttempt",
    "PriceItem",
    "Proforma",
    "ProformaLine",
    "Service",
    "SettingRow",
    "Staff",
    "UTCDateTime",
]
