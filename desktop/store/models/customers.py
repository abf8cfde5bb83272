"""Customers (accounts), their billing contacts and saved cards. A card is a gateway token with
brand, last 4 digits, expiry and holder: never the number, never the CVV (R20)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UTCDateTime


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    # The phone's digits only: what staff type is compared with this, whatever the separators.
    phone_digits: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    # Printed on documents (R36, R40); several lines allowed.
    address: Mapped[str | None] = mapped_column(String(500))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    # The name folded for search by prefix through an index (desktop.core.search_text).
    search_name: Mapped[str] = mapped_column(String(200), index=True)
    # The e-mail address as searched: case and accents aside (desktop.core.search_text.address_key).
    search_email: Mapped[str] = mapped_column(String(254), index=True, server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    contacts: Mapped[list[Contact]] = relationship(back_populates="customer", order_by="Contact.id")
    cards: Mapped[list[Card]] = relationship(back_populates="customer", order_by="Card.id")

    __table_args__ = (
        CheckConstraint("language in ('he', 'es', 'en')", name="language"),
        Index("ix_customers_email", "email"),
    )


class Contact(Base):
    """A billing sub-contact; the account holder is not a row here (no contact = the holder)."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(500))
    tax_id: Mapped[str | None] = mapped_column(String(40))

    customer: Mapped[Customer] = relationship(back_populates="contacts")

    __table_args__ = (UniqueConstraint("customer_id", "ref"),)


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    token: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(30))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]
    holder: Mapped[str] = mapped_column(String(200))
    # Set when the gateway refused the card (R8, R14); a refused card is not a valid card (R1).
    invalid_reason: Mapped[str | None] = mapped_column(String(60))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    customer: Mapped[Customer] = relationship(back_populates="cards")

    __table_args__ = (
        UniqueConstraint("customer_id", "ref"),
        CheckConstraint("exp_month between 1 and 12", name="exp_month"),
        CheckConstraint("length(last4) = 4", name="last4"),
        # The cards of one expiry, for the follow-up list (R41): those that fail before a charge.
        Index("ix_cards_expiry", "exp_year", "exp_month"),
    )
