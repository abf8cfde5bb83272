"""The rules of the follow-up list (R41): which services are still worth a call, what each row offers
to do, and which row comes first. The use case, the command and the window all ask this module."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.codes import FollowUpAction, FollowUpKind, StopReason

# A service that expired this many days ago or longer has lapsed: nothing is left to save, and it
# leaves the list (otherwise the oldest lapsed services would stay on top of it for ever).
LAPSED_AFTER_DAYS = 30

# Stops whose cause is the card: a new card comes first, then auto-renew goes on again.
_CARD_STOPS = frozenset(
    {
        StopReason.NO_CARD,
        StopReason.CARD_EXPIRES_BEFORE_CHARGE,
        StopReason.CARD_VERIFICATION_DECLINED,
        StopReason.CHARGE_DECLINED,
        StopReason.CARD_REMOVED,
    }
)


def oldest_expiry(today: date) -> date:
    """The earliest expiry of a service still on the list: it lapsed less than LAPSED_AFTER_DAYS ago."""
    return today - timedelta(days=LAPSED_AFTER_DAYS - 1)


def actions_for(kind: FollowUpKind, reason: str | None = None) -> tuple[FollowUpAction, ...]:
    """What a row offers, its main action first."""
    if kind is FollowUpKind.AUTO_RENEW_STOPPED:
        if reason in _CARD_STOPS:
            return (
                FollowUpAction.REPLACE_CARD,
                FollowUpAction.SWITCH_ON_AGAIN,
                FollowUpAction.SEND_RENEW_LINK,
            )
        return (FollowUpAction.SWITCH_ON_AGAIN, FollowUpAction.SEND_RENEW_LINK)
    if kind is FollowUpKind.CARD_EXPIRES_FIRST:
        return (FollowUpAction.REPLACE_CARD, FollowUpAction.SEND_RENEW_LINK)
    if kind is FollowUpKind.NEEDS_ATTENTION:
        # The due checks left the charge uncharged (too late to charge): the customer renews.
        return (FollowUpAction.SEND_RENEW_LINK,)
    if kind is FollowUpKind.EMAIL_GIVEN_UP:
        return (FollowUpAction.RESEND,)
    return (FollowUpAction.RECORD_PAYMENT,)


def urgency(days_left: int | None, amount_minor: int | None) -> tuple[int, int, int]:
    """The order of the list: the service that expires first, then the larger amount at stake; rows
    without a service (an e-mail about the account) after those with one. Amounts of different
    currencies are compared by their minor units: the order within one day only."""
    if days_left is None:
        return (1, 0, -(amount_minor or 0))
    return (0, days_left, -(amount_minor or 0))
