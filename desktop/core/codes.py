"""Stable codes for reasons, risks and errors. Code and tests name these; only the UI turns them into
words, in the user's language."""

from __future__ import annotations

from enum import StrEnum


class StopReason(StrEnum):
    """Why auto-renew of a service stopped (R27), kept on the service."""

    STAFF_SWITCHED_OFF = "staff_switched_off"
    NO_CARD = "no_card"
    CARD_EXPIRES_BEFORE_CHARGE = "card_expires_before_charge"
    CARD_VERIFICATION_DECLINED = "card_verification_declined"
    CHARGE_DECLINED = "charge_declined"
    CHARGE_FAILED = "charge_failed"
    NO_PRICE = "no_price"


class Risk(StrEnum):
    """What may make an automatic charge fail (R9, R21)."""

    CARD_EXPIRES_FIRST = "card_expires_first"
    CARD_INVALID = "card_invalid"
    NO_CARD = "no_card"
    HOLDER_MISMATCH = "holder_mismatch"
    CHARGE_DATE_PASSED = "charge_date_passed"
    NO_PRICE = "no_price"


class Unavailable(StrEnum):
    """Why an action is not offered (R1)."""

    NO_VALID_CARD = "no_valid_card"
    NO_ORDER = "no_order"
    NOTHING_RENEWABLE = "nothing_renewable"
    ROLE = "role"


class MailState(StrEnum):
    """Where an e-mail of the outbox is (R32): a queued message is never shown as sent."""

    QUEUED = "queued"
    SENT = "sent"
    FAILING = "failing"
    GIVEN_UP = "given_up"
