"""Billing contacts (R37): add, edit, remove; a contact that active auto-renews bill is removed only with
its services moved, in one transaction, each move audited and the renewals following (R28)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from desktop.app.contacts import (
    ContactForm,
    MoveTo,
    add_contact,
    edit_contact,
    list_contacts,
    remove_contact,
)
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import ErrorCode
from desktop.store.models import Contact, Invoice
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    account,
    audit_rows,
    contact,
    contact_id,
    customer_id,
    order,
    renew_states,
    service_id,
)
from tests.jobs.helpers import cycles_of, document, domain, load, outbox, renew_of, run_on

EXPIRY = date(2026, 12, 20)
CHECK = EXPIRY - timedelta(days=15)
FORM = ContactForm(
    name="Levi Ltd billing",
    company="Levi Ltd",
    email="billing@levi.example",
    phone="03-5551234",
    address="Rothschild 5\nTel Aviv",
    tax_id="511111111",
)


def _dana(ctx: AppContext) -> int:
    services: list[dict[str, Any]] = [
        domain("s1", "levi-site.co.il", EXPIRY, contact="k1"),
        domain("s2", "levi-shop.com", date(2027, 5, 1), contact="k1"),
        domain("s3", "levi-old.com", date(2027, 6, 1), contact="k1", enabled=False),
        domain("s4", "other.com", date(2027, 6, 1), contact="k2"),
    ]
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    services,
                    contacts=[contact("k1", "Levi Ltd", "Levi Ltd"), contact("k2", "Moshe Levi")],
                    orders=[order("s1")],
                )
            ]
        ),
    )
    return customer_id(ctx, "dana")


def _contacts(ctx: AppContext) -> list[tuple[object, ...]]:
    with ctx.db.reading() as session:
        return [
            (k.ref, k.name, k.company, k.email, k.phone, k.address, k.tax_id)
            for k in session.scalars(select(Contact).order_by(Contact.id))
        ]


def test_a_contact_added_gets_the_next_ref_and_is_audited(ctx: AppContext) -> None:
    dana = _dana(ctx)
    added = add_contact(ctx, SALES, dana, FORM)

    assert (added.ref, added.name, added.address, added.tax_id) == (
        "K-3",
        "Levi Ltd billing",
        "Rothschild 5\nTel Aviv",
        "511111111",
    )
    assert add_contact(ctx, SALES, dana, replace(FORM, email=None, company=None)).ref == "K-4"
    [first, _] = audit_rows(ctx, "contact.added")
    assert (first.entity, first.entity_id, first.customer_id) == ("contact", str(added.id), dana)


def test_the_contacts_list_counts_the_services_that_use_each(ctx: AppContext) -> None:
    rows = list_contacts(ctx, FINANCE, _dana(ctx))
    assert [(row.contact.ref, len(row.services), len(row.active)) for row in rows] == [
        ("k1", 3, 2),
        ("k2", 1, 1),
    ]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"name": ""}, "name", "empty"),
        ({"email": "billing@levi.example\nBcc: all@evil.example"}, "email", "form"),
        ({"email": "no-domain"}, "email", "form"),
        ({"company": "c" * 201}, "company", "too_long"),
        ({"address": "a\u200bb"}, "address", "character"),
    ],
)
def test_a_wrong_field_is_refused_and_nothing_changes(
    ctx: AppContext, change: dict[str, str], field: str, problem: str
) -> None:
    dana = _dana(ctx)
    k1 = contact_id(ctx, "dana", "k1")
    before = _contacts(ctx)
    attempts: list[Callable[[], object]] = [
        lambda: add_contact(ctx, SALES, dana, replace(FORM, **change)),
        lambda: edit_contact(ctx, SALES, dana, k1, replace(FORM, **change)),
    ]
    for attempt in attempts:
        with pytest.raises(UseCaseError) as refused:
            attempt()
        assert refused.value.code is ErrorCode.FIELD_INVALID
        assert (refused.value.params["field"], refused.value.params["problem"]) == (field, problem)
    assert _contacts(ctx) == before


def test_an_edit_is_written_audited_and_refused_over_a_change_meanwhile(ctx: AppContext) -> None:
    dana = _dana(ctx)
    [loaded, _] = [row.contact for row in list_contacts(ctx, SALES, dana)]
    edited = edit_contact(ctx, SALES, dana, loaded.id, FORM, expected=loaded)
    assert (edited.ref, edited.name, edited.tax_id) == ("k1", "Levi Ltd billing", "511111111")
    [entry] = audit_rows(ctx, "contact.changed")
    assert entry.before is not None and entry.before["name"] == "Levi Ltd"

    with pytest.raises(UseCaseError) as refused:
        edit_contact(ctx, SALES, dana, loaded.id, replace(FORM, name="Stale"), expected=loaded)
    assert refused.value.code is ErrorCode.CHANGED_MEANWHILE
    assert _contacts(ctx)[0][1] == "Levi Ltd billing"


def test_a_contact_of_another_account_is_refused(ctx: AppContext) -> None:
    _dana(ctx)
    load(ctx, document([account("other", [], contacts=[contact("k9", "Someone")])]))
    k9 = contact_id(ctx, "other", "k9")
    dana = customer_id(ctx, "dana")
    for attempt, code in (
        (lambda: edit_contact(ctx, SALES, dana, k9, FORM), ErrorCode.CONTACT_NOT_IN_ACCOUNT),
        (lambda: remove_contact(ctx, SALES, dana, k9), ErrorCode.CONTACT_NOT_IN_ACCOUNT),
        # The contact to move to is the one not on the account, not the one being removed.
        (
            lambda: remove_contact(ctx, SALES, dana, contact_id(ctx, "dana", "k1"), MoveTo(k9)),
            ErrorCode.CONTACT_TARGET_GONE,
        ),
    ):
        with pytest.raises(UseCaseError) as refused:
            attempt()
        assert refused.value.code is code
    assert len(_contacts(ctx)) == 3


def test_removing_a_contact_in_use_without_a_move_is_refused_and_nothing_changes(ctx: AppContext) -> None:
    dana = _dana(ctx)
    before, renews = _contacts(ctx), renew_states(ctx)
    with pytest.raises(UseCaseError) as refused:
        remove_contact(ctx, SALES, dana, contact_id(ctx, "dana", "k1"))
    assert refused.value.code is ErrorCode.CONTACT_IN_USE
    assert refused.value.params["services"] == ["levi-shop.com", "levi-site.co.il"]
    assert (_contacts(ctx), renew_states(ctx)) == (before, renews)


def test_moving_to_a_contact_removed_meanwhile_names_that_contact_and_changes_nothing(
    ctx: AppContext,
) -> None:
    dana = _dana(ctx)
    k1, k2 = contact_id(ctx, "dana", "k1"), contact_id(ctx, "dana", "k2")
    remove_contact(ctx, ADMIN, dana, k2, MoveTo(None))  # another workstation removes the target
    before, renews = _contacts(ctx), renew_states(ctx)

    with pytest.raises(UseCaseError) as refused:
        remove_contact(ctx, SALES, dana, k1, MoveTo(k2))

    assert refused.value.code is ErrorCode.CONTACT_TARGET_GONE
    assert refused.value.params == {"contact_id": k2}
    assert (_contacts(ctx), renew_states(ctx)) == (before, renews)  # k1 is still there


def test_services_moved_to_the_holder_and_switched_off_ones_fall_to_it_too(
    ctx: AppContext,
) -> None:
    dana = _dana(ctx)
    k1 = contact_id(ctx, "dana", "k1")
    # s1 and s2 move to k2 first: k1 is then used only by the switched-off s3.
    remove_contact(ctx, SALES, dana, contact_id(ctx, "dana", "k2"), MoveTo(k1))
    removed = remove_contact(ctx, SALES, dana, contact_id(ctx, "dana", "k1"), MoveTo(None))
    assert [use.name for use in removed.moved] == ["levi-shop.com", "levi-site.co.il", "other.com"]
    assert _contacts(ctx) == []
    assert renew_of(ctx, "levi-old.com").billing_contact_id is None


def test_removing_with_a_move_moves_every_active_service_audits_each_and_the_notice_follows(
    ctx: AppContext, clock: ManualClock
) -> None:
    dana = _dana(ctx)
    run_on(ctx, clock, CHECK)  # levi-site.co.il's pre-charge notice goes out naming k1's terms
    [cycle] = cycles_of(ctx, "levi-site.co.il")
    k1, k2 = contact_id(ctx, "dana", "k1"), contact_id(ctx, "dana", "k2")
    assert (cycle.notice_version, cycle.billing_contact_id) == (1, k1)
    notices = len(outbox(ctx))

    removed = remove_contact(ctx, SALES, dana, k1, MoveTo(k2))

    assert removed.to is not None and removed.to.ref == "k2"
    assert [use.name for use in removed.moved] == ["levi-shop.com", "levi-site.co.il"]
    assert [k[0] for k in _contacts(ctx)] == ["k2"]
    assert renew_of(ctx, "levi-site.co.il").billing_contact_id == k2
    assert renew_of(ctx, "levi-shop.com").billing_contact_id == k2
    assert renew_of(ctx, "levi-old.com").billing_contact_id is None  # off: the schema's SET NULL
    moves = audit_rows(ctx, "auto_renew.changed")
    assert sorted(int(entry.entity_id or 0) for entry in moves) == sorted(
        [service_id(ctx, "levi-site.co.il"), service_id(ctx, "levi-shop.com")]
    )
    assert all(entry.after == {"billing_contact_id": k2} for entry in moves)
    [gone] = audit_rows(ctx, "contact.removed")
    assert gone.before is not None and gone.before["name"] == "Levi Ltd"
    # The announced cycle takes the new contact (a contact alone is no new notice, R28) and is
    # charged and invoiced for it.
    [cycle] = cycles_of(ctx, "levi-site.co.il")
    assert cycle.billing_contact_id == k2
    assert len(outbox(ctx)) == notices
    run_on(ctx, clock, EXPIRY)
    with ctx.db.reading() as session:
        [invoice] = session.scalars(select(Invoice)).all()
    assert invoice.billing_contact_id == k2


def test_finance_may_not_change_contacts(ctx: AppContext) -> None:
    dana = _dana(ctx)
    k2 = contact_id(ctx, "dana", "k2")
    for attempt in (
        lambda: add_contact(ctx, FINANCE, dana, FORM),
        lambda: edit_contact(ctx, FINANCE, dana, k2, FORM),
        lambda: remove_contact(ctx, FINANCE, dana, k2, MoveTo(None)),
    ):
        with pytest.raises(UseCaseError) as refused:
            attempt()
        assert refused.value.code is ErrorCode.FORBIDDEN
    assert len(_contacts(ctx)) == 2
