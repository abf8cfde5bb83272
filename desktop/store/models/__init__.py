"""Every table of RenewDesk, so that metadata and Alembic see them all."""

from desktop.store.models.base import Base, UTCDateTime
from desktop.store.models.billing import Invoice, NumberSequence, Proforma, ProformaLine
from desktop.store.models.customers import Card, Contact, Customer
from desktop.store.models.cycles import ChargeAttempt, Cycle, DueRun, DueRunEvent
from desktop.store.models.outbox import OutboxMessage
from desktop.store.models.people import AuditEntry, DatabaseFact, SettingRow, Staff
from desktop.store.models.services import AutoRenew, Order, PriceItem, Service

__all__ = [
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
    "NumberSequence",
    "Order",
    "OutboxMessage",
    "PriceItem",
    "Proforma",
    "ProformaLine",
    "Service",
    "SettingRow",
    "Staff",
    "UTCDateTime",
]
