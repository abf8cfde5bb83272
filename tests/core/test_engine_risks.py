"""The windows' rule and the engine's agree for any charge date, day and grace (hostile test 14, defect
12): a service shows NEEDS_ATTENTION exactly when the due checks will leave its charge to staff, and
otherwise the same risks as the upcoming charges (core.risk.charge_risks)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.codes import Risk
from desktop.core.due_dates import ChargeDecision, charge_decision
from desktop.core.risk import CardFacts, ContactFacts, charge_risks, engine_risks

HOLDER = ContactFacts("Dana Levi", None, True)
CARDS = st.one_of(
    st.none(),
    st.builds(
        CardFacts,
        exp_month=st.integers(1, 12),
        exp_year=st.integers(2025, 2030),
        holder=st.just("Dana Levi"),
        invalid=st.booleans(),
    ),
)


@given(
    card=CARDS,
    today=st.dates(date(2026, 1, 1), date(2028, 12, 31)),
    offset=st.integers(-60, 60),
    grace=st.integers(0, 30),
    priced=st.booleans(),
)
def test_needs_attention_is_shown_exactly_when_the_engine_leaves_the_charge_to_staff(
    card: CardFacts | None, today: date, offset: int, grace: int, priced: bool
) -> None:
    charge_on = today + timedelta(days=offset)
    shown = engine_risks(card, HOLDER, charge_on, today, grace, priced)
    left = charge_decision(charge_on, today, grace) is ChargeDecision.NEEDS_ATTENTION

    assert (Risk.NEEDS_ATTENTION in shown) is left
    assert tuple(risk for risk in shown if risk is not Risk.NEEDS_ATTENTION) == charge_risks(
        card, HOLDER, charge_on, today, priced
    )
    if left:
        assert shown[0] is Risk.NEEDS_ATTENTION and Risk.CHARGE_DATE_PASSED in shown
