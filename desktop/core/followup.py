"""The rules of the follow-up list (R41): which services are still worth a call, what each row offers
to do, and which row comes first. The use case, the command and the window all ask this module."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core.cards import valid_through
from desktop.core.codes import FollowUpAction, FollowUpKind, StopReason

# A service that expired this many days ago or longer has lapsed: nothing is left to save, and it
# leaves the list (otherwise the oldest lapsed services would stay on top of it for ever).
LAPSED_AFTER_DAYS = 30

# The list is read one page at a time, most urgent first (a million services give some 100,000 rows:
# nobody reads them all, and building them would take seconds). The window asks for the next page.
PAGE = 200
MAX_PAGE = 5_000

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


def card_fails_from(exp_month: int, exp_year: int, charge_lead_days: int) -> date:
    """R9 as a bound on the service's expiry: a card with this expiry is not valid on the charge day of
    a service expiring on or after the day returned (core.risk.card_expires_first says the same)."""
    return valid_through(exp_month, exp_year) + timedelta(days=charge_lead_days + 1)


# Rows about a customer's money taken (or maybe taken) by a card and not on any invoice: first of all.
MONEY_FIRST = frozenset({FollowUpKind.MONEY_NOT_APPLIED, FollowUpKind.PAYMENT_UNKNOWN})

# The reason of an expired proforma's row whose every line's period was renewed otherwise.
NOTHING_TO_PAY = "nothing_to_pay"


def stopped_by_card(reason: str | None) -> bool:
    """An auto-renew stopped because of its card (none, expiring first, declined, removed): a new card
    mends it, and Replace card offers to switch it on again."""
    return reason in _CARD_STOPS


# Stops for want of a card: any good card named since mends them.
_NO_CARD_STOPS = frozenset({StopReason.NO_CARD, StopReason.CARD_REMOVED})


def card_mended(
    reason: str | None,
    stopped_at: datetime | None,
    card_verified_at: datetime | None,
    card_refused: bool,
    card_expires_first: bool,
) -> bool:
    """The card a stopped auto-renew names now is not refused, lasts to the charge (R9), and either
    passed the gateway's verification after the stop or was named after a stop for want of a card:
    the card was replaced (or the same one checked again), and what is left is switching auto-renew
    on again, not replacing the card once more."""
    if card_refused or card_expires_first:
        return False
    if reason in _NO_CARD_STOPS:
        return True
    return stopped_at is not None and card_verified_at is not None and card_verified_at > stopped_at


def actions_for(
    kind: FollowUpKind, reason: str | None = None, *, mended: bool = False
) -> tuple[FollowUpAction, ...]:
    """What a row offers, its main action first. A stop caused by the card offers a new card first,
    unless the card it names now is mended (core.followup.card_mended): then switching on again."""
    if kind is FollowUpKind.AUTO_RENEW_STOPPED:
        if stopped_by_card(reason) and not mended:
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
    if kind is FollowUpKind.MONEY_NOT_APPLIED:
        return (FollowUpAction.REFUND,)
    if kind is FollowUpKind.PAYMENT_UNKNOWN:
        return (FollowUpAction.SETTLE,)
    if reason == NOTHING_TO_PAY:
        # Every period on it was paid otherwise (charged automatically, another proforma): paying it
        # would be refused; what is left to do is to cancel it.
        return (FollowUpAction.CANCEL_PROFORMA,)
    return (FollowUpAction.RECORD_PAYMENT,)


def urgency(days_left: int | None, amount_minor: int | None) -> tuple[int, int, int]:
    """The order of the list: the service that expires first, then the larger amount at stake; rows
    without a service (an e-mail about the account) after those with one. Amounts of different
    currencies are compared by their minor units: the order within one day only."""
    if days_left is None:
        return (1, 0, -(amount_minor or 0))
    return (0, days_left, -(amount_minor or 0))


def list_order(
    expires_on: date | None, amount_minor: int | None, customer_name: str, key: str
) -> tuple[bool, date, int, str, str]:
    """The whole order of the list, one row after another with no two alike: urgency (the service that
    expires first, then the larger amount; rows without a service last), then the customer's name and
    the row's key. Pages follow it, so that one page starts where the last ended."""
    return (expires_on is None, expires_on or date.min, -(amount_minor or 0), customer_name.casefold(), key)
