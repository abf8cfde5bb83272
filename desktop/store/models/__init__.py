"""Every table of RenewDesk. The billing documents' models (proformas, invoices, payments: a third of
what the models cost a start to load and configure) are loaded when one of them is first named, so
that a run that never touches them (a quiet due run) does not pay for them (issue 13); whatever needs
every table (Alembic, a test's schema) asks `every_table()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData

from desktop.store.models.base import Base, UTCDateTime
from desktop.store.models.customers import Card, Contact, Customer
from desktop.store.models.cycles import ChargeAttempt, Cycle, DueRun, DueRunEvent
from desktop.store.models.outbox import OutboxMessage
from desktop.store.models.people import AuditEntry, DatabaseFact, SettingRow, Staff
from desktop.store.models.services import AutoRenew, Order, PriceItem, Service

if TYPE_CHECKING:
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

_BILLING = frozenset(
    {
        "INVOICE_SERIES",
        "Invoice",
        "InvoiceLine",
        "NumberSequence",
        "OutboxAttachment",
        "Payment",
        "PaymentAttempt",
        "Proforma",
        "ProformaLine",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _BILLING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop.store.models import billing

    return getattr(billing, name)


def every_table() -> MetaData:
    """The metadata of every table of the program, each model loaded."""
    from desktop.store.models import billing  # noqa: F401  (its tables join the metadata)

    return Base.metadata


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
    "every_table",
]
