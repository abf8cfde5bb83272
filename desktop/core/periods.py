"""Renewal periods and installments (R11, R12, R13) and month arithmetic."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum
from functools import lru_cache


class ServiceKind(StrEnum):
    DOMAIN = "domain"
    HOSTING = "hosting"


# R11: allowed hosting periods and the most installments each allows.
MAX_INSTALLMENTS: dict[int, int] = {3: 1, 12: 3, 24: 5, 36: 7}
HOSTING_PERIODS: tuple[int, ...] = tuple(sorted(MAX_INSTALLMENTS))
# Domains are registered in whole years, up to ten.
DOMAIN_PERIODS: tuple[int, ...] = tuple(range(12, 121, 12))


@lru_cache(maxsize=65536)  # a forecast asks for the same few hundred expiry dates again and again
def add_months(day: date, months: int) -> date:
    """Calendar months on, clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def nearest_hosting_period(months: int) -> int:
    """The allowed period nearest a transaction's period; a tie goes to the shorter one, so that
    initialisation never commits the customer to more than they bought."""
    if months < 1:
        raise ValueError("a period is at least one month")
    return min(HOSTING_PERIODS, key=lambda allowed: (abs(allowed - months), allowed))


def max_installments(kind: ServiceKind, period_months: int) -> int:
    if kind is ServiceKind.DOMAIN:
        return 1  # R12: a domain renews in one payment
    if period_months not in MAX_INSTALLMENTS:
        raise ValueError(f"{period_months} is not an allowed hosting period")
    return MAX_INSTALLMENTS[period_months]


def nearest_installments(kind: ServiceKind, period_months: int, installments: int) -> int:
    """The allowed number of installments (1 up to the period's most) nearest the one asked for."""
    return max(1, min(installments, max_installments(kind, period_months)))


def is_allowed_period(kind: ServiceKind, months: int) -> bool:
    return months in (HOSTING_PERIODS if kind is ServiceKind.HOSTING else DOMAIN_PERIODS)


def aligned_period(kind: ServiceKind, transaction_months: int) -> int:
    """R13: the auto-renew period a transaction leads to (R12: a domain keeps its purchase period)."""
    if kind is ServiceKind.HOSTING:
        return nearest_hosting_period(transaction_months)
    return transaction_months


def default_installments(kind: ServiceKind, period_months: int) -> int:
    """R11: the default is the most the period allows."""
    return max_installments(kind, period_months)


def align_to_transaction(kind: ServiceKind, period_months: int, installments: int) -> tuple[int, int]:
    """R13: after a transaction, auto-renew takes its period (hosting: the nearest allowed one) and
    the allowed number of installments nearest the transaction's."""
    period = aligned_period(kind, period_months)
    if kind is ServiceKind.DOMAIN:
        return period, 1
    return period, nearest_installments(kind, period, installments)


def charged_installments(kind: ServiceKind, period_months: int, installments: int) -> int:
    """The installments an automatic charge uses: R11/R12 hold even for a hand-edited setting. The due
    engine and the finance forecast both ask this, so that forecast and charge agree."""
    if kind is ServiceKind.HOSTING and period_months not in MAX_INSTALLMENTS:
        return max(1, installments)
    return nearest_installments(kind, period_months, installments)
