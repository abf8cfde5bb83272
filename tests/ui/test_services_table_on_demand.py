"""The services table makes a row's texts when the view first shows it and a column's sort keys when
the table is first sorted by it (an account of 50,000 domains opens in a fraction of a second). What
it shows must be exactly what texts and keys made up front would show: checked here against a
reference written out in full, for any rows, any sort, and a language changed after preparing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app.views import AccountView, CardView, ContactView, CustomerHit, ServiceView
from desktop.core.codes import Risk, StopReason
from desktop.core.eligibility import Availability
from desktop.ui import formatting, messages
from desktop.ui.application import install_language
from desktop.ui.customers.services_model import SORT_ROLE, Column, ServicesModel, prepare_table

CUSTOMER = CustomerHit(1, "c1", "Dana Levi", "dana@example.com", None, "en", "USD")
CARDS = (
    CardView(1, "k1", "visa", "4242", 12, 2027, "Dana Levi", True, None),
    CardView(2, "k2", "mastercard", "5555", 1, 2026, "Someone Else", False, "declined"),
)
CONTACTS = (ContactView(10, "p10", "Avi Cohen", "Cohen Ltd", None),)
FIRST_DAY = date(2026, 1, 1)

_names = st.builds(
    lambda label, suffix: f"{label}{suffix}",
    st.text(alphabet="abz-7אבג", min_size=1, max_size=8),
    st.sampled_from([".com", ".co.il", ".org", ""]),
)


@st.composite
def _service(draw: st.DrawFn, service_id: int) -> ServiceView:
    domain = draw(st.booleans())
    on = draw(st.booleans())
    return ServiceView(
        id=service_id,
        ref=f"s{service_id}",
        kind="domain" if domain else "hosting",
        name=draw(_names),
        plan=None if domain else draw(st.sampled_from(["basic", "pro", None])),
        expires_on=FIRST_DAY + timedelta(days=draw(st.integers(0, 400))),
        period_months=12,
        auto_renew_on=on,
        stop_reason=None if on else draw(st.sampled_from([None, *StopReason])),
        stopped_at=None,
        card_id=draw(st.sampled_from([None, 1, 2, 3])),  # 3: a card no longer on the account
        billing_contact_id=draw(st.sampled_from([None, 10])),
        renew_period_months=12,
        installments=1,
        max_installments=1,
        next_charge_on=FIRST_DAY + timedelta(days=draw(st.integers(0, 400))) if on else None,
        price_minor=1000,
        currency="USD",
        risks=tuple(draw(st.lists(st.sampled_from(list(Risk)), max_size=3, unique=True))),
    )


@st.composite
def _accounts(draw: st.DrawFn) -> AccountView:
    count = draw(st.integers(0, 25))
    services = tuple(draw(_service(i + 1)) for i in range(count))
    return AccountView(CUSTOMER, CONTACTS, CARDS, services, True, Availability(True), Availability(True))


def _left_to_staff(row: ServiceView) -> bool:
    return row.auto_renew_on and Risk.NEEDS_ATTENTION in row.risks


def _auto_renew_text(row: ServiceView) -> str:
    """Active, or why not: stopped (its reason), or on with its charge left to staff."""
    if not row.auto_renew_on:
        return messages.stop_reason(row.stop_reason)
    if _left_to_staff(row):
        return messages.risk_short(Risk.NEEDS_ATTENTION)
    return QApplication.translate("ServicesModel", "Active")


def _reference_texts(row: ServiceView) -> tuple[str, ...]:
    """What a row shows, written out the long way."""
    cards = {c.id: formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year) for c in CARDS}
    contacts = {k.id: formatting.name(k.name) for k in CONTACTS}
    tr = QApplication.translate
    risk = ""
    if row.risks:
        risk = messages.risk_short(row.risks[0]) + (f" +{len(row.risks) - 1}" if len(row.risks) > 1 else "")
    return (
        "",
        formatting.domain(row.name),
        tr("ServicesModel", "Domain")
        if row.kind == "domain"
        else tr("ServicesModel", "Hosting ({plan})").format(plan=row.plan or ""),
        formatting.day(row.expires_on),
        _auto_renew_text(row),
        cards.get(row.card_id, "") if row.card_id else "",
        contacts[row.billing_contact_id] if row.billing_contact_id else formatting.name(CUSTOMER.name),
        formatting.day(row.next_charge_on),
        risk,
    )


def _reference_key(column: Column) -> Callable[[ServiceView], Any]:
    texts = {c: lambda row, c=c: _reference_texts(row)[c] for c in (Column.CARD, Column.CONTACT)}
    keys: dict[Column, Callable[[ServiceView], Any]] = {
        Column.TICK: lambda row: len(row.risks),
        Column.NAME: lambda row: row.name,
        Column.KIND: lambda row: row.kind,
        Column.EXPIRES: lambda row: row.expires_on,
        Column.AUTO_RENEW: lambda row: (not row.auto_renew_on or _left_to_staff(row), row.stop_reason or ""),
        Column.NEXT_CHARGE: lambda row: row.next_charge_on or date.max,
        Column.RISK: lambda row: len(row.risks),
        **texts,
    }
    return keys[column]


def _shown(model: ServicesModel) -> list[ServiceView]:
    return model.shown_rows()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    account=_accounts(),
    first=st.sampled_from(list(Column)),
    then=st.sampled_from(list(Column)),
    descending=st.booleans(),
)
def test_rows_show_and_sort_as_texts_and_keys_made_up_front_would(
    qapp: QApplication, account: AccountView, first: Column, then: Column, descending: bool
) -> None:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model = ServicesModel()
    model.sort(first, order)
    model.set_prepared(prepare_table(account, first, order))
    expected = sorted(account.services, key=_reference_key(first), reverse=descending)
    assert [row.id for row in _shown(model)] == [row.id for row in expected]

    model.sort(then, Qt.SortOrder.AscendingOrder)  # a column whose keys were not made yet
    expected = sorted(expected, key=_reference_key(then))
    assert [row.id for row in _shown(model)] == [row.id for row in expected]
    for at, row in enumerate(expected):
        shown = tuple(str(model.index(at, column).data() or "") for column in Column)
        assert shown == _reference_texts(row)
        assert model.index(at, Column.NAME).data(SORT_ROLE) == row.name
        assert model.index(at, Column.EXPIRES).data(SORT_ROLE) == row.expires_on.toordinal()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(account=_accounts())
def test_a_table_prepared_before_a_change_of_language_stays_in_its_language(
    qapp: QApplication, account: AccountView
) -> None:
    """Rows first shown after the language changed are made in the language the table was prepared
    in: one table never mixes two languages (the panel prepares it again in the new one)."""
    model = ServicesModel()
    model.set_account(account)
    english = [_reference_texts(row) for row in _shown(model)]
    try:
        install_language(qapp, "he")
        assert [model.prepared.table.texts[at] for at in range(len(english))] == english
        model.set_account(account)  # prepared again, as the panel does: now in Hebrew
        hebrew = [_reference_texts(row) for row in _shown(model)]
        assert [
            tuple(str(model.index(at, c).data() or "") for c in Column) for at in range(len(hebrew))
        ] == hebrew
    finally:
        install_language(qapp, "en")
