"""Gateway failures, by what they mean for the caller."""

from __future__ import annotations


class GatewayError(Exception):
    pass


class CardRejected(GatewayError, ValueError):
    """The number cannot be a card (it fails the Luhn check, say); nothing was stored."""


class GatewayTimeout(GatewayError):
    """No answer in time: the charge may or may not have happened; settle it by its key."""


class GatewayUnavailable(GatewayError):
    """The gateway could not be reached: nothing happened."""
