"""Adding and editing customers (R36): every field by its rule, refused whole, the reference given or
made, the search keys kept, the currency locked once there are services, stale saves refused, roles
(R23) and the audit log (R22)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from desktop.app.customer_edit import CustomerForm, add_customer, edit_customer
from desktop.app.customers import find_customers, load_account
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.store.models import Customer
from tests.app.helpers import ADMIN, FINANCE, SALES, account, audit_rows, customer_id
from tests.jobs.helpers import document, domain, load

FORM = CustomerForm(
    name="Noa Peretz",
    email="Noa@Example.co.il",
    language="he",
    currency="ils",
    phone="+972 54-765 4321",
    address="Herzl 1\n\n  Tel Aviv  ",
    tax_id="514000000",
)


def _customers(ctx: AppContext) -> list[tuple[object, ...]]:
    with ctx.db.reading() as session:
        return [
            (c.ref, c.name, c.email, c.phone, c.language, c.currency, c.address, c.tax_id)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        ]


def test_a_customer_added_is_stored_as_cleaned_found_by_search_and_audited(ctx: AppContext) -> None:
    added = add_customer(ctx, SALES, FORM)

    assert added.ref == "C-1"
    assert (added.name, added.currency, added.address) == ("Noa Peretz", "ILS", "Herzl 1\nTel Aviv")
    with ctx.db.reading() as session:
        row = session.get(Customer, added.id)
        assert row is not None
        assert (row.phone_digits, row.search_name, row.search_email) == (
            "972547654321",
            "noa peretz",
            "noa@example.co.il",
        )
    assert [hit.ref for hit in find_customers(ctx, SALES, "peretz")] == ["C-1"]
    assert [hit.ref for hit in find_customers(ctx, SALES, "0547654321"[1:])] == ["C-1"]
    [entry] = audit_rows(ctx, "customer.added")
    assert (entry.actor, entry.entity, entry.customer_id) == ("sara", "customer", added.id)
    assert entry.after is not None and entry.after["tax_id"] == "514000000"


def test_made_references_skip_the_taken_ones_and_a_given_one_is_kept(ctx: AppContext) -> None:
    add_customer(ctx, SALES, replace(FORM, ref="C-2"))
    assert add_customer(ctx, SALES, FORM).ref == "C-3"
    assert add_customer(ctx, ADMIN, replace(FORM, ref=" acme-7 ")).ref == "acme-7"


def test_a_reference_taken_is_refused_and_nothing_is_added(ctx: AppContext) -> None:
    add_customer(ctx, SALES, replace(FORM, ref="noa"))
    before = _customers(ctx)
    with pytest.raises(UseCaseError) as refused:
        add_customer(ctx, SALES, replace(FORM, ref="noa", name="Another"))
    assert refused.value.code is ErrorCode.CUSTOMER_REF_TAKEN
    assert refused.value.params == {"ref": "noa"}
    assert _customers(ctx) == before


def test_a_reference_differing_only_by_case_is_taken_too(ctx: AppContext) -> None:
    add_customer(ctx, SALES, replace(FORM, ref="demo-000001"))
    before = _customers(ctx)
    with pytest.raises(UseCaseError) as refused:
        add_customer(ctx, SALES, replace(FORM, ref="DEMO-000001", name="Another"))
    assert refused.value.code is ErrorCode.CUSTOMER_REF_TAKEN
    assert refused.value.params == {"ref": "demo-000001"}  # the one that has it
    assert _customers(ctx) == before


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"name": "  "}, "name", "empty"),
        ({"email": "noa@example.com\r\nBcc: x@evil.example"}, "email", "form"),
        ({"email": "noa@localhost"}, "email", "form"),
        ({"email": ""}, "email", "empty"),
        ({"phone": "call me"}, "phone", "form"),
        ({"language": "fr"}, "language", "unknown"),
        ({"currency": "XYZ"}, "currency", "unknown"),
        ({"tax_id": "x" * 41}, "tax_id", "too_long"),
        ({"name": "Noa\u202ePeretz"}, "name", "character"),
        ({"ref": "no spaces"}, "ref", "form"),
    ],
)
def test_a_wrong_field_is_refused_by_name_and_nothing_is_added(
    ctx: AppContext, change: dict[str, str], field: str, problem: str
) -> None:
    with pytest.raises(UseCaseError) as refused:
        add_customer(ctx, SALES, replace(FORM, **change))
    assert refused.value.code is ErrorCode.FIELD_INVALID
    assert (refused.value.params["field"], refused.value.params["problem"]) == (field, problem)
    assert _customers(ctx) == []
    assert audit_rows(ctx, "customer.added") == []


def test_finance_may_not_add_or_edit_a_customer(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        add_customer(ctx, FINANCE, FORM)
    assert refused.value.code is ErrorCode.FORBIDDEN
    added = add_customer(ctx, SALES, FORM)
    with pytest.raises(UseCaseError):
        edit_customer(ctx, FINANCE, added.id, replace(FORM, name="Changed"))
    assert _customers(ctx)[0][1] == "Noa Peretz"


def test_an_edit_writes_the_fields_keeps_the_search_keys_and_audits_only_what_changed(
    ctx: AppContext,
) -> None:
    added = add_customer(ctx, SALES, FORM)
    edited = edit_customer(
        ctx, SALES, added.id, replace(FORM, name="Noa Ben-Ami", email="noa@ben-ami.example"), expected=added
    )

    assert (edited.ref, edited.name, edited.email) == ("C-1", "Noa Ben-Ami", "noa@ben-ami.example")
    assert [hit.ref for hit in find_customers(ctx, SALES, "ben ami")] == ["C-1"]
    assert find_customers(ctx, SALES, "peretz") == []
    [entry] = audit_rows(ctx, "customer.changed")
    assert entry.before == {"name": "Noa Peretz", "email": "Noa@example.co.il"}
    assert entry.after == {"name": "Noa Ben-Ami", "email": "noa@ben-ami.example"}


def test_an_edit_that_changes_nothing_is_not_audited(ctx: AppContext) -> None:
    added = add_customer(ctx, SALES, FORM)
    edit_customer(ctx, SALES, added.id, FORM, expected=added)
    assert audit_rows(ctx, "customer.changed") == []


def test_an_edit_over_a_change_made_meanwhile_is_refused(ctx: AppContext) -> None:
    loaded = add_customer(ctx, SALES, FORM)
    edit_customer(ctx, ADMIN, loaded.id, replace(FORM, phone="03-555-1234"))  # another workstation
    with pytest.raises(UseCaseError) as refused:
        edit_customer(ctx, SALES, loaded.id, replace(FORM, name="Noa P."), expected=loaded)
    assert refused.value.code is ErrorCode.CHANGED_MEANWHILE
    assert _customers(ctx)[0][1:4] == ("Noa Peretz", "Noa@example.co.il", "03-555-1234")


def test_the_currency_is_locked_once_the_customer_has_services(ctx: AppContext) -> None:
    load(ctx, document([account("dana", [domain("s1", "dana.co.il", date(2027, 3, 1))])]))
    dana = load_account(ctx, SALES, customer_id(ctx, "dana")).customer
    form = CustomerForm(
        name=dana.name, email=dana.email, language=dana.language, currency="EUR", phone=dana.phone
    )
    with pytest.raises(UseCaseError) as refused:
        edit_customer(ctx, SALES, dana.id, replace(form, name="Dana L."), expected=dana)
    assert refused.value.code is ErrorCode.CURRENCY_LOCKED
    assert load_account(ctx, SALES, dana.id).customer == dana
    # Without services it may still change.
    added = add_customer(ctx, SALES, FORM)
    assert edit_customer(ctx, SALES, added.id, replace(FORM, currency="EUR")).currency == "EUR"


def test_an_unknown_customer_is_refused(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        edit_customer(ctx, SALES, 999, FORM)
    assert refused.value.code is ErrorCode.CUSTOMER_NOT_FOUND
