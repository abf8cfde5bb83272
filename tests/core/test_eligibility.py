"""Which actions are offered for an account (R1, R2)."""

from __future__ import annotations

import pytest

from desktop.core.codes import Unavailable
from desktop.core.eligibility import Availability, recurring_availability, renew_availability


@pytest.mark.parametrize(
    ("has_valid_card", "has_order", "expected"),
    [
        (True, True, Availability(offered=True, reasons=())),
        (False, True, Availability(offered=False, reasons=(Unavailable.NO_VALID_CARD,))),
        (True, False, Availability(offered=False, reasons=(Unavailable.NO_ORDER,))),
        (
            False,
            False,
            Availability(offered=False, reasons=(Unavailable.NO_VALID_CARD, Unavailable.NO_ORDER)),
        ),
    ],
)
def test_recurring_needs_a_valid_card_and_an_order(
    has_valid_card: bool, has_order: bool, expected: Availability
) -> None:
    assert recurring_availability(has_valid_card, has_order) == expected


def test_recurring_is_offered_exactly_when_no_reason_is_given() -> None:
    for card in (True, False):
        for order in (True, False):
            availability = recurring_availability(card, order)
            assert availability.offered is (availability.reasons == ())


@pytest.mark.parametrize("renewable", [1, 2, 50])
def test_renew_is_offered_while_something_can_be_renewed(renewable: int) -> None:
    assert renew_availability(renewable) == Availability(offered=True, reasons=())


@pytest.mark.parametrize("renewable", [0, -1])
def test_renew_is_not_offered_when_nothing_can_be_renewed(renewable: int) -> None:
    assert renew_availability(renewable) == Availability(
        offered=False, reasons=(Unavailable.NOTHING_RENEWABLE,)
    )


def test_reason_codes_are_stable_words() -> None:
    assert Unavailable.NO_VALID_CARD.value == "no_valid_card"
    assert Unavailable.NO_ORDER.value == "no_order"
    assert Unavailable.NOTHING_RENEWABLE.value == "nothing_renewable"
