"""Which actions are offered for an account (R1, R2)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.codes import Unavailable


@dataclass(frozen=True)
class Availability:
    offered: bool
    reasons: tuple[Unavailable, ...] = ()


def recurring_availability(has_valid_card: bool, has_order: bool) -> Availability:
    """R1: Recurring, Recurring All and the per-service control need a saved valid card and an order."""
    reasons = tuple(
        reason
        for reason, missing in (
            (Unavailable.NO_VALID_CARD, not has_valid_card),
            (Unavailable.NO_ORDER, not has_order),
        )
        if missing
    )
    return Availability(offered=not reasons, reasons=reasons)


def renew_availability(renewable_services: int) -> Availability:
    """R2: Renew and Renew All are always offered while a service can be renewed."""
    if renewable_services > 0:
        return Availability(offered=True)
    return Availability(offered=False, reasons=(Unavailable.NOTHING_RENEWABLE,))
