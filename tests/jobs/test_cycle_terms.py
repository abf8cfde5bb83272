"""R28's one rule (desktop/jobs/cycle_terms.py), explored with hypothesis over any sequence of changes to
a cycle's terms: the first announcement is the pre-charge notice; afterwards a notice goes out exactly
when what the customer is told changes (amount, currency, installments, period, card), one version
more each time, under its own outbox key; the cycle always holds the latest terms; the price list
reprices an announced cycle only for a new period."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.jobs.cycle_terms import NOTICE_UPDATED, PRECHARGE_NOTICE, Terms, announce, announced, proposed
from desktop.store.models import AutoRenew, Card, Customer, Cycle, Service

DUE = date(2026, 12, 20)

terms_strategy = st.builds(
    Terms,
    amount_minor=st.sampled_from([5900, 59000, 11000]),
    currency=st.just("ILS"),
    installments=st.integers(1, 3),
    period_months=st.sampled_from([12, 24]),
    card_id=st.sampled_from([1, 2, None]),
    billing_contact_id=st.sampled_from([None, 7]),
)


def _parts() -> tuple[Cycle, Service, Customer]:
    now = datetime(2026, 12, 5, 9, tzinfo=UTC)
    service = Service(id=3, customer_id=1, ref="s1", kind="domain", name="levi.co.il", expires_on=DUE)
    service.period_months = 12
    customer = Customer(id=1, ref="dana", name="Dana Levi", email="dana@example.com", language="he")
    customer.currency = "ILS"
    cycle = Cycle(id=9, service_id=3, charge_on=DUE, expires_on=DUE, status="open", created_at=now)
    cycle.notice_version = 0
    return cycle, service, customer


def _card(card_id: int | None) -> Card | None:
    if card_id is None:
        return None
    return Card(id=card_id, brand="visa", last4=f"{card_id:04}", exp_month=12, exp_year=2030)


@settings(max_examples=150, deadline=None)
@given(st.lists(terms_strategy, min_size=1, max_size=8))
def test_a_notice_goes_out_exactly_when_what_was_told_changes(sequence: list[Terms]) -> None:
    cycle, service, customer = _parts()
    keys: list[str] = []
    told = None
    for terms in sequence:
        mail = announce(cycle, service, customer, _card(terms.card_id), terms)
        changed = told is None or told != terms.told()
        assert (mail is not None) == changed
        if mail is not None:
            keys.append(mail.dedupe_key)
            assert mail.kind == (PRECHARGE_NOTICE if told is None else NOTICE_UPDATED)
            assert mail.context["notice_version"] == cycle.notice_version == len(keys)
            assert (mail.context["amount_minor"], mail.context["installments"]) == (
                terms.amount_minor,
                terms.installments,
            )
            assert mail.context["card_last4"] == (f"{terms.card_id:04}" if terms.card_id else "")
        told = terms.told()
        assert announced(cycle) == terms  # a new billing contact is kept too, told or not
    assert len(set(keys)) == len(keys)
    assert keys[0] == f"3:{DUE.isoformat()}:precharge_notice"
    assert all(key == f"3:{DUE.isoformat()}:notice_updated:{n}" for n, key in enumerate(keys[1:], start=2))


class _Prices:
    def __init__(self, table: dict[int, int | None]) -> None:
        self.table = table

    def price(self, kind: str, name: str, plan: str | None, period: int, currency: str) -> int | None:
        return self.table.get(period)


@settings(max_examples=100, deadline=None)
@given(
    first=st.sampled_from([12, 24]),
    then=st.sampled_from([12, 24]),
    new_price=st.sampled_from([5900, 59000]),
    installments=st.integers(1, 5),
)
def test_the_price_list_reprices_only_a_new_period(
    first: int, then: int, new_price: int, installments: int
) -> None:
    cycle, service, customer = _parts()
    renew = AutoRenew(service_id=3, card_id=1, billing_contact_id=None, period_months=first, installments=1)
    fixed = proposed(cycle, service, renew, customer, _Prices({first: 5900, then: 5900}))
    assert fixed is not None
    announce(cycle, service, customer, _card(1), fixed)
    renew.period_months, renew.installments = then, installments

    again = proposed(cycle, service, renew, customer, _Prices({first: new_price, then: new_price}))

    assert again is not None
    assert again.amount_minor == (5900 if then == first else new_price)
    assert again.installments == 1  # a domain is charged in one payment (R12)
    unpriced = proposed(cycle, service, renew, customer, _Prices({}))
    assert (unpriced is None) == (then != first)
