"""Every lookup by ref finds the ref case aside (desktop.core.refs), on SQLite and PostgreSQL alike, and
a ref that is the same case aside is refused when made: by the window, by an import file against the
database and within the file. Non-ASCII letters match only as written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import literal, select

from desktop.app.audit_log import AuditFilter, browse_audit
from desktop.app.cards import add_card
from desktop.app.contacts import ContactForm, add_contact
from desktop.app.customer_edit import CustomerForm, add_customer, edit_customer
from desktop.app.customers import account_by_ref, find_customers
from desktop.app.documents import list_invoices
from desktop.app.errors import UseCaseError
from desktop.app.interchange.problems import ImportRefused
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode, PaymentMethod
from desktop.core.refs import ref_key
from desktop.store.models import Customer
from desktop.store.ref_match import ascii_lower
from tests.app.helpers import ADMIN, FINANCE, SALES
from tests.jobs.helpers import card, customer, document, domain, load

FORM = CustomerForm(name="Noa Peretz", email="noa@example.co.il", language="he", currency="ILS")
EXPIRES = date(2027, 3, 1)


def _refs(ctx: AppContext) -> list[str]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(Customer.ref).order_by(Customer.id)))


@pytest.mark.parametrize("typed", ["cust-1", "CUST-1", "Cust-1", "cUsT-1", " cust-1\n"])
def test_an_account_is_found_by_its_ref_in_any_case(ctx: AppContext, typed: str) -> None:
    load(ctx, document([customer("Cust-1", [domain("s1", "levi.co.il", EXPIRES)])]))

    assert account_by_ref(ctx, SALES, typed).customer.ref == "Cust-1"


def test_non_ascii_letters_of_a_ref_match_only_as_written(ctx: AppContext) -> None:
    turkish = customer("İzmir-1", [domain("s1", "izmir.com.tr", EXPIRES)])
    german = customer("straße-1", [domain("s2", "strasse.de", EXPIRES)])
    turkish["email"], german["email"] = "izmir@example.com", "strasse@example.com"
    load(ctx, document([turkish, german]))

    assert account_by_ref(ctx, SALES, "İZMIR-1").customer.ref == "İzmir-1"
    assert account_by_ref(ctx, SALES, "STRAßE-1").customer.ref == "straße-1"
    for other in ("izmir-1", "strasse-1", "STRASSE-1"):
        with pytest.raises(UseCaseError) as refused:
            account_by_ref(ctx, SALES, other)
        assert refused.value.code is ErrorCode.CUSTOMER_REF_UNKNOWN


# Any text a ref may hold (no NUL, which PostgreSQL refuses; no lone surrogate, which UTF-8 cannot hold).
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_the_database_folds_a_ref_as_core_refs_does(ctx: AppContext, text: str) -> None:
    with ctx.db.reading() as session:
        assert session.scalar(select(ascii_lower(literal(text)))) == ref_key(text)


def test_the_search_box_finds_a_ref_typed_in_one_case(ctx: AppContext) -> None:
    load(ctx, document([customer("CUST-7", [domain("s1", "levi.co.il", EXPIRES)], name="Dana")]))

    assert [hit.ref for hit in find_customers(ctx, SALES, "cust-7")] == ["CUST-7"]
    assert [hit.ref for hit in find_customers(ctx, SALES, "CUST-7")] == ["CUST-7"]


def test_a_made_ref_skips_one_taken_in_another_case(ctx: AppContext) -> None:
    load(ctx, document([customer("c-2", [domain("s1", "levi.co.il", EXPIRES)])]))

    added = add_customer(ctx, SALES, FORM)

    assert added.ref == "C-3"  # C-2 is "c-2" case aside
    assert account_by_ref(ctx, SALES, "c-3").customer.id == added.id


def test_a_given_ref_taken_in_another_case_is_refused_and_nothing_is_added(ctx: AppContext) -> None:
    load(ctx, document([customer("Cust-1", [domain("s1", "levi.co.il", EXPIRES)])]))
    before = _refs(ctx)

    with pytest.raises(UseCaseError) as refused:
        add_customer(ctx, SALES, replace(FORM, ref="CUST-1"))

    assert (refused.value.code, refused.value.params) == (ErrorCode.CUSTOMER_REF_TAKEN, {"ref": "Cust-1"})
    assert _refs(ctx) == before


def test_an_import_refuses_a_customer_ref_held_in_another_case(ctx: AppContext) -> None:
    load(ctx, document([customer("Cust-1", [domain("s1", "levi.co.il", EXPIRES)])]))
    before = _refs(ctx)

    with pytest.raises(ImportRefused) as refused:
        load(ctx, document([customer("CUST-1", [domain("s1", "other.co.il", EXPIRES)])]))

    assert [(p.path, p.code, p.params) for p in refused.value.problems] == [
        ("customers[0].ref", "ref_exists", {"ref": "CUST-1"})
    ]
    assert _refs(ctx) == before


def test_an_import_refuses_refs_the_same_case_aside_within_the_file(ctx: AppContext) -> None:
    doc = document(
        [
            customer("a-1", [domain("s1", "one.co.il", EXPIRES), domain("S1", "two.co.il", EXPIRES)]),
            customer("A-1", [domain("s1", "three.co.il", EXPIRES)], cards=[card("v1"), card("V1")]),
        ]
    )

    with pytest.raises(ImportRefused) as refused:
        load(ctx, doc)

    assert sorted((p.path, p.code) for p in refused.value.problems) == [
        ("customers[0].services[1].ref", "duplicate_ref"),
        ("customers[1].cards[1].ref", "duplicate_ref"),
        ("customers[1].ref", "duplicate_ref"),
    ]
    assert _refs(ctx) == []


def test_an_import_file_names_its_own_cards_case_aside(ctx: AppContext) -> None:
    renewed_by_v1 = domain("s1", "levi.co.il", EXPIRES, card_ref="V1")
    load(ctx, document([customer("cust-1", [renewed_by_v1], cards=[card("v1")])]))

    account = account_by_ref(ctx, SALES, "cust-1")
    [service] = account.services
    assert service.auto_renew_on and service.card_id == account.cards[0].id


@pytest.mark.parametrize(("typed", "found"), [("cust-7", True), ("UST-", True), ("ÜST-7", False)])
def test_the_audit_log_finds_a_customer_by_part_of_its_ref_case_aside(
    ctx: AppContext, typed: str, found: bool
) -> None:
    load(ctx, document([customer("Cust-7", [domain("s1", "levi.co.il", EXPIRES)], name="Dana")]))
    edited = account_by_ref(ctx, SALES, "cust-7").customer
    form = replace(FORM, name="Dana Levi", email=edited.email, language="en", currency="ILS")
    edit_customer(ctx, SALES, edited.id, form)

    rows = browse_audit(ctx, ADMIN, AuditFilter(action="customer.", customer=typed)).rows

    assert [row.action for row in rows] == (["customer.changed"] if found else [])


def test_a_made_card_or_contact_ref_skips_one_an_import_wrote_in_lower_case(ctx: AppContext) -> None:
    contacts = [{"ref": "k-2", "name": "Levi Ltd", "email": "k2@billing.example"}]
    load(ctx, document([customer("cust-1", [], cards=[card("v-1")], contacts=contacts)]))
    customer_id = account_by_ref(ctx, SALES, "cust-1").customer.id

    made_card = add_card(ctx, SALES, customer_id, "5555555555554444", "Dana Levi", 12, 2030)
    made_contact = add_contact(ctx, SALES, customer_id, ContactForm(name="Moshe Cohen"))

    assert (made_card.ref, made_contact.ref) == ("V-2", "K-3")


def test_the_invoice_list_finds_a_customer_ref_case_aside(ctx: AppContext) -> None:
    load(ctx, document([customer("Cust-9", [domain("s1", "levi.co.il", EXPIRES)], name="Dana")]))
    customer_id = account_by_ref(ctx, SALES, "cust-9").customer.id
    [proforma] = issue_proformas(ctx, SALES, customer_id)
    record_payment(ctx, SALES, proforma.number, PaymentRequest(PaymentMethod.CASH))

    assert [list_invoices(ctx, FINANCE, text=typed).total for typed in ("cust-9", "UST-9", "cust-8")] == [
        1,
        1,
        0,
    ]


# Refs as an import file may write them: ASCII and other letters, digits, a hyphen; some differ only by case.
_REF = st.text(st.sampled_from("aAbBiIİıßẞzZ-1"), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_imports_and_lookups_keep_refs_one_ref_case_aside(ctx: AppContext, data: st.DataObject) -> None:
    """Against a reference model of the refs held: an import of a ref the same as a held one case aside
    is refused, any other is kept; a lookup finds the ref typed exactly, else the only one the same
    case aside, else none."""
    with ctx.db.reading() as session:
        held = set(session.scalars(select(Customer.ref)))
    new = data.draw(_REF, label="imported")
    made = customer(new, [], name="Dana")
    made["email"] = f"c{len(held)}@example.com"
    if any(ref_key(ref) == ref_key(new) for ref in held):
        with pytest.raises(ImportRefused):
            load(ctx, document([made]))
    else:
        load(ctx, document([made]))
        held.add(new)
    assert set(_refs(ctx)) == held

    # Drawn the same whatever the database holds (hypothesis replays draws): a held ref or any.
    pick_held, index, other = data.draw(st.tuples(st.booleans(), st.integers(0, 99), _REF), label="typed")
    typed = sorted(held)[index % len(held)] if pick_held and held else other
    same = [ref for ref in held if ref_key(ref) == ref_key(typed)]
    expected = typed if typed in held else same[0] if len(same) == 1 else None
    try:
        found: str | None = account_by_ref(ctx, SALES, typed).customer.ref
    except UseCaseError as refused:
        assert refused.code is ErrorCode.CUSTOMER_REF_UNKNOWN
        found = None
    assert found == expected
