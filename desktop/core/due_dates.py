"""When the due checks fall (R14, R16) and in what order missed work is caught up (R18)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum


def charge_date(expires_on: date, charge_lead_days: int) -> date:
    """The day of the automatic charge: the expiry date minus `charge_lead_days`."""
    return expires_on - timedelta(days=charge_lead_days)


def check_date(charge_on: date, check_days_before: int) -> date:
    """R14: the card check and the pre-charge notice fall this many days before the charge."""
    return charge_on - timedelta(days=check_days_before)


def latest_expiry_due(today: date, charge_lead_days: int, check_days_before: int) -> date:
    """Every service expiring on or before this day has some due work (a check or a charge) by today.
    Finding due work is a range query on the expiry date, never a scan of every service."""
    return today + timedelta(days=charge_lead_days + check_days_before)


class WorkKind(IntEnum):
    """Within one day: settle unknown outcomes first, then checks, then charges."""

    SETTLE = 0
    CHECK = 1
    CHARGE = 2


@dataclass(frozen=True, order=True)
class DueWork:
    on: date
    kind: WorkKind
    service_id: int


def catch_up_order(work: list[DueWork]) -> list[DueWork]:
    """R18: when checks did not run for some days, all that fell due is done in date order."""
    return sorted(work)


class ChargeDecision(StrEnum):
    NOT_YET = "not_yet"
    CHARGE = "charge"
    NEEDS_ATTENTION = "needs_attention"


def charge_decision(charge_on: date, today: date, late_charge_grace_days: int) -> ChargeDecision:
    """R18: a charge date missed by at most the grace days is charged now; an older one is left to staff."""
    if today < charge_on:
        return ChargeDecision.NOT_YET
    if (today - charge_on).days <= late_charge_grace_days:
        return ChargeDecision.CHARGE
    return ChargeDecision.NEEDS_ATTENTION


def check_is_due(charge_on: date, today: date, check_days_before: int, late_charge_grace_days: int) -> bool:
    """R14/R18: the card check is due from its date on, and still done late while the cycle can be
    charged: a charge caught up within the grace days is checked and announced first (R28, R29), so
    that no card is charged without a notice stating what is charged."""
    if today < check_date(charge_on, check_days_before):
        return False
    return charge_decision(charge_on, today, late_charge_grace_days) is not ChargeDecision.NEEDS_ATTENTION
