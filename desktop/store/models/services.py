"""Services (domains, hosting packages), their auto-renew settings, orders and the price list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UTCDateTime


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(253))
    # A domain's ASCII (IDNA) form, lower case: one domain belongs to one account. NULL for hosting.
    domain_key: Mapped[str | None] = mapped_column(String(253), unique=True)
    # The name as searched, and backwards (its end found through an index): desktop.core.search_text.
    search_name: Mapped[str] = mapped_column(String(254), index=True, server_default="")
    search_end: Mapped[str] = mapped_column(String(254), index=True, server_default="")
    plan: Mapped[str | None] = mapped_column(String(100))
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    period_months: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    auto_renew: Mapped[AutoRenew] = relationship(back_populates="service", uselist=False)

    __table_args__ = (
        UniqueConstraint("customer_id", "ref"),
        CheckConstraint("kind in ('domain', 'hosting')", name="kind"),
        CheckConstraint("period_months > 0", name="period"),
        Index("ix_services_name", "name"),
    )


class AutoRenew(Base):
    """The recurring-payment setting of one service (R10-R13, R27)."""

    __tablename__ = "auto_renew"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"), index=True)
    billing_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    period_months: Mapped[int]
    installments: Mapped[int]
    stop_reason: Mapped[str | None] = mapped_column(String(40))
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # R13: once switched off on purpose, a later purchase does not switch it back on by itself.
    switched_off_explicitly: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    service: Mapped[Service] = relationship(back_populates="auto_renew")

    __table_args__ = (
        CheckConstraint("installments >= 1", name="installments"),
        CheckConstraint("period_months > 0", name="period"),
        # The stopped ones, for the follow-up list (R41): a few among many, so only they are indexed
        # (and SQLite's statistics then see how few they are).
        # Partial: its WHERE (per dialect) is the migration's (0006), the one place it is written and
        # tests/store/test_partial_indexes.py holds; a dialect's option here would load that dialect's
        # whole SQLAlchemy package with the models, PostgreSQL's on every SQLite start (issue 13).
        Index("ix_auto_renew_stop_reason", "stop_reason"),
        # The active auto-renews of a card with the service of each, without reading their rows: the
        # follow-up list finds those whose card fails before the charge through it (R9, R41).
        Index("ix_auto_renew_card_on", "card_id", "service_id"),  # partial: enabled only (0006)
    )


class Order(Base):
    """A transaction of a service: a purchase, a manual renewal or an automatic charge."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    ordered_on: Mapped[date] = mapped_column(Date)
    period_months: Mapped[int]
    installments: Mapped[int]
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint("kind in ('purchase', 'renewal', 'automatic')", name="kind"),
        CheckConstraint("amount_minor >= 0", name="amount"),
        CheckConstraint("installments >= 1", name="installments"),
    )


class PriceItem(Base):
    """A domain's item is its TLD (".co.il"), a hosting package's its plan ("basic")."""

    __tablename__ = "price_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    item: Mapped[str] = mapped_column(String(100))
    period_months: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("kind", "item", "period_months", "currency"),
        CheckConstraint("amount_minor >= 0", name="amount"),
    )
