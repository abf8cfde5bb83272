"""Recurring and Recurring All (R5-R9), switching off (R27) and a service's own settings (R10-R12),
with the roles that may do them (R23) and the audit rows they leave (R22)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from desktop.app.actor import Actor, Role
from desktop.app.config import set_setting
from desktop.app.customers import load_account
from desktop.app.errors import UseCaseError
from desktop.app.recurring import (
    change_service_settings,
    disable_recurring,
    enable_recurring,
    preview_recurring,
)
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    account,
    audit_rows,
    card_id,
    contact,
    contact_id,
    customer_id,
    order,
    outbox_rows,
    renew_states,
    service_id,
)
from tests.jobs.helpers import BOTH_DECLINED, card, document, domain, hosting, load, renew_of
from tests.support.actors import TEST_ADMIN

MARCH = date(2027, 3, 1)
DECEMBER = date(2026, 12, 20)
JUNE = date(2027, 6, 1)
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _off(service: dict[str, Any]) -> dict[str, Any]:
    service["auto_renew"]["enabled"] = False
    return service


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, int]:
    """Dana Levi: two contacts, four cards (v2's holder is a company, v3 declines verification, v4 ends
    in January 2027), two domains and two hosting packages, all off; Ana: one card; Noa: no order."""
    dana_cards = [
        card("v1"),
        {**card("v2", number="5555555555554444"), "holder": "Cohen Ltd"},
        card("v3", number=BOTH_DECLINED),
        card("v4", exp=(1, 2027)),
    ]
    dana_services = [
        domain("d1", "levi.co.il", MARCH, card_ref=None, enabled=False),
        domain("d2", "levi.com", DECEMBER, card_ref=None, enabled=False),
        _off(hosting("h1", "levi-site", JUNE, period=12, card_ref=None)),
        _off(hosting("h2", "levi-big", JUNE, period=36, card_ref=None)),
    ]
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    dana_services,
                    cards=dana_cards,
                    contacts=[
                        contact("k1", "Dana Levi", "Levi Ltd"),
                        contact("k2", "Moshe Cohen", "Cohen Ltd"),
                    ],
                    orders=[order("d1")],
                ),
                account(
                    "ana",
                    [domain("a1", "ana.co.il", MARCH, card_ref=None, enabled=False)],
                    name="Ana Gil",
                    contacts=[contact("k1", "Moshe Cohen", "Cohen Ltd")],
                    orders=[order("a1")],
                ),
                account(
                    "noa",
                    [domain("n1", "noa.co.il", MARCH, card_ref=None, enabled=False)],
                    name="Noa Bar",
                ),
            ]
        ),
    )
    found = {
        "dana": customer_id(ctx, "dana"),
        "ana": customer_id(ctx, "ana"),
        "noa": customer_id(ctx, "noa"),
        "k1": contact_id(ctx, "dana", "k1"),
        "k2": contact_id(ctx, "dana", "k2"),
        "ana.k1": contact_id(ctx, "ana", "k1"),
        "ana.v1": card_id(ctx, "ana", "v1"),
    }
    for ref in ("v1", "v2", "v3", "v4"):
        found[ref] = card_id(ctx, "dana", ref)
    for name in ("levi.co.il", "levi.com", "levi-site", "levi-big", "ana.co.il", "noa.co.il"):
        found[name] = service_id(ctx, name)
    return found


def _all_dana(ids: dict[str, int]) -> list[int]:
    return [ids["levi.co.il"], ids["levi.com"], ids["levi-site"], ids["levi-big"]]


def _refused(action: Callable[[], object]) -> UseCaseError:
    with pytest.raises(UseCaseError) as caught:
        action()
    return caught.value


def _verifications(ctx: AppContext) -> list[dict[str, Any]]:
    return [entry for entry in ctx.gateway.entries() if entry["kind"] == "verify"]


def _refused_changing_nothing(ctx: AppContext, action: Callable[[], object]) -> UseCaseError:
    before, audited, mails = renew_states(ctx), len(audit_rows(ctx)), len(outbox_rows(ctx))
    error = _refused(action)
    assert renew_states(ctx) == before
    assert len(audit_rows(ctx)) == audited
    assert len(outbox_rows(ctx)) == mails
    return error


# -- preview (R6, R7, R9) --------------------------------------------------------------------------


def test_no_mismatch_without_a_contact_other_than_the_holder(ctx: AppContext, ids: dict[str, int]) -> None:
    preview = preview_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids["v2"])

    assert not preview.holder_mismatch
    assert preview.card is not None and preview.card.id == ids["v2"]
    assert preview.contact is None


def test_mismatch_when_the_holder_is_neither_the_contacts_name_nor_its_company(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    preview = preview_recurring(
        ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids["v1"], contact_id=ids["k2"]
    )

    assert preview.holder_mismatch
    assert preview.contact is not None and preview.contact.name == "Moshe Cohen"


@pytest.mark.parametrize(
    ("card_ref", "contact_ref"),
    [("v1", "k1"), ("v2", "k2")],
    ids=["holder-is-contact-name", "holder-is-contact-company"],
)
def test_no_mismatch_when_the_holder_matches_the_contact(
    ctx: AppContext, ids: dict[str, int], card_ref: str, contact_ref: str
) -> None:
    preview = preview_recurring(
        ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids[card_ref], contact_id=ids[contact_ref]
    )
    assert not preview.holder_mismatch


def test_no_mismatch_warning_with_a_single_card(ctx: AppContext, ids: dict[str, int]) -> None:
    preview = preview_recurring(ctx, SALES, ids["ana"], [ids["ana.co.il"]], contact_id=ids["ana.k1"])

    # The only card is taken without asking (R6); its holder "Dana Levi" is not "Moshe Cohen".
    assert preview.card is not None and preview.card.id == ids["ana.v1"]
    assert not preview.card_choice_needed
    assert not preview.holder_mismatch


def test_a_card_must_be_chosen_when_there_are_several(ctx: AppContext, ids: dict[str, int]) -> None:
    preview = preview_recurring(ctx, SALES, ids["dana"], _all_dana(ids))

    assert preview.card is None
    assert preview.card_choice_needed
    assert [service.name for service in preview.services] == [
        "levi.co.il",
        "levi.com",
        "levi-site",
        "levi-big",
    ]


def test_services_charged_after_the_card_ends_are_listed(ctx: AppContext, ids: dict[str, int]) -> None:
    preview = preview_recurring(ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v4"])

    # v4 is valid to 31 January 2027: the December charge passes, March and June ones would fail.
    assert preview.expiring_before_charge == (ids["levi.co.il"], ids["levi-site"], ids["levi-big"])
    assert (
        preview_recurring(ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v1"]).expiring_before_charge
        == ()
    )


def test_the_expiry_warning_uses_the_charge_date(ctx: AppContext, ids: dict[str, int]) -> None:
    set_setting(ctx, TEST_ADMIN, "charge_lead_days", "40")  # levi.co.il is charged on 20 January 2027

    preview = preview_recurring(ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v4"])

    assert preview.expiring_before_charge == (ids["levi-site"], ids["levi-big"])


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"service_ids": []}, "no_service_chosen"),
        ({"service_ids": ["ana.co.il"]}, "service_not_in_account"),
        ({"card_id": "ana.v1"}, "card_not_in_account"),
        ({"contact_id": "ana.k1"}, "contact_not_in_account"),
    ],
)
def test_preview_refuses_what_is_not_in_the_account(
    ctx: AppContext, ids: dict[str, int], arguments: dict[str, Any], code: str
) -> None:
    services = [ids[name] for name in arguments.get("service_ids", ["levi.co.il"])]
    card = ids[arguments["card_id"]] if "card_id" in arguments else ids["v1"]
    chosen_contact = ids[arguments["contact_id"]] if "contact_id" in arguments else None

    error = _refused(lambda: preview_recurring(ctx, SALES, ids["dana"], services, card, chosen_contact))

    assert error.code == code


def test_finance_may_not_preview(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused(lambda: preview_recurring(ctx, FINANCE, ids["dana"], [ids["levi.co.il"]], ids["v1"]))
    assert error.code == "forbidden"


# -- enable (R5-R8, R11, R12, R22) -----------------------------------------------------------------


def test_several_cards_and_none_chosen_is_refused(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(ctx, lambda: enable_recurring(ctx, SALES, ids["dana"], _all_dana(ids)))

    assert error.code == "card_required"
    assert _verifications(ctx) == []


def test_a_mismatch_needs_an_acknowledgement(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx,
        lambda: enable_recurring(
            ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v1"], contact_id=ids["k2"]
        ),
    )

    assert error.code == "holder_mismatch_unacknowledged"
    assert error.params["holder"] == "Dana Levi"
    assert _verifications(ctx) == []


def test_an_acknowledged_confirmation_switches_every_chosen_service_on(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    preview = enable_recurring(
        ctx,
        SALES,
        ids["dana"],
        _all_dana(ids),
        card_id=ids["v1"],
        contact_id=ids["k2"],
        mismatch_acknowledged=True,
    )

    assert preview.holder_mismatch
    expected = {"levi.co.il": (12, 1), "levi.com": (12, 1), "levi-site": (12, 3), "levi-big": (36, 7)}
    for name, (period, installments) in expected.items():
        renew = renew_of(ctx, name)
        assert renew.enabled, name
        assert (renew.card_id, renew.billing_contact_id) == (ids["v1"], ids["k2"]), name
        assert (renew.period_months, renew.installments) == (period, installments), name
        assert (renew.stop_reason, renew.stopped_at, renew.switched_off_explicitly) == (None, None, False)
        assert renew.updated_at == NOW
    # The card was verified once with the gateway, for the whole confirmation.
    [verification] = _verifications(ctx)
    assert (verification["outcome"], verification["last4"]) == ("succeeded", "4242")
    # Ana's service is not touched.
    assert not renew_of(ctx, "ana.co.il").enabled


def test_enabling_is_audited_with_before_and_after(ctx: AppContext, ids: dict[str, int]) -> None:
    enable_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"], ids["levi-site"]], card_id=ids["v2"])

    rows = audit_rows(ctx, "auto_renew.enabled")
    assert sorted(int(row.entity_id or 0) for row in rows) == sorted([ids["levi.co.il"], ids["levi-site"]])
    for row in rows:
        assert (row.actor, row.entity, row.customer_id, row.at) == ("sara", "service", ids["dana"], NOW)
        assert row.before is not None and row.after is not None
        assert (row.before["enabled"], row.before["card_id"]) == (False, None)
        assert (row.after["enabled"], row.after["card_id"], row.after["billing_contact_id"]) == (
            True,
            ids["v2"],
            None,
        )
    site = next(row for row in rows if row.entity_id == str(ids["levi-site"]))
    assert site.after is not None and (site.after["period_months"], site.after["installments"]) == (12, 3)


def test_enabling_clears_an_earlier_stop(ctx: AppContext) -> None:
    stopped = domain("d1", "levi.co.il", MARCH, card_ref="v1", enabled=False)
    stopped["auto_renew"].update(
        stop_reason="charge_declined", stopped_at="2026-11-01T09:00:00+00:00", switched_off_explicitly=True
    )
    load(ctx, document([account("dana", [stopped], orders=[order("d1")])]))
    assert renew_of(ctx, "levi.co.il").stop_reason == "charge_declined"

    # One card: nothing to choose.
    enable_recurring(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "levi.co.il")])

    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason, renew.stopped_at, renew.switched_off_explicitly) == (
        True,
        None,
        None,
        False,
    )
    [row] = audit_rows(ctx, "auto_renew.enabled")
    assert row.before is not None and row.before["stop_reason"] == "charge_declined"
    assert row.after is not None and row.after["stop_reason"] is None


def test_a_card_the_gateway_declines_is_refused_and_nothing_changes(
    ctx: AppContext, ids: dict[str, int]
) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: enable_recurring(ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v3"])
    )

    assert (error.code, error.params["reason"], error.params["last4"]) == (
        "card_refused",
        "card_declined",
        "0002",
    )
    [verification] = _verifications(ctx)
    assert verification["outcome"] == "declined"
    assert not any(
        renew_of(ctx, name).enabled for name in ("levi.co.il", "levi.com", "levi-site", "levi-big")
    )


def test_an_expired_card_is_refused_without_asking_the_gateway(
    ctx: AppContext, clock: ManualClock, ids: dict[str, int]
) -> None:
    clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))

    error = _refused_changing_nothing(
        ctx, lambda: enable_recurring(ctx, SALES, ids["dana"], [ids["levi-site"]], card_id=ids["v4"])
    )

    assert (error.code, error.params["reason"]) == ("card_refused", "card_expired")
    assert _verifications(ctx) == []


def test_recurring_is_refused_where_it_is_not_offered(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: enable_recurring(ctx, SALES, ids["noa"], [ids["noa.co.il"]])
    )

    assert error.code == "recurring_unavailable"
    assert error.params["reasons"] == ["no_order"]
    assert _verifications(ctx) == []


def test_a_card_of_another_customer_is_refused(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: enable_recurring(ctx, SALES, ids["dana"], [ids["levi.co.il"]], card_id=ids["ana.v1"])
    )
    assert error.code == "card_not_in_account"


def test_a_service_of_another_customer_is_refused(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx,
        lambda: enable_recurring(
            ctx, SALES, ids["dana"], [ids["levi.co.il"], ids["ana.co.il"]], card_id=ids["v1"]
        ),
    )
    assert error.code == "service_not_in_account"


@pytest.mark.parametrize("actor", [SALES, ADMIN], ids=["sales", "admin"])
def test_sales_and_admin_may_enable(ctx: AppContext, ids: dict[str, int], actor: Actor) -> None:
    enable_recurring(ctx, actor, ids["dana"], [ids["levi.com"]], card_id=ids["v1"])

    assert renew_of(ctx, "levi.com").enabled
    [row] = audit_rows(ctx, "auto_renew.enabled")
    assert row.actor == actor.name


def test_finance_may_not_enable(ctx: AppContext, ids: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: enable_recurring(ctx, FINANCE, ids["dana"], [ids["levi.com"]], card_id=ids["v1"])
    )

    assert (error.code, error.params["permission"]) == ("forbidden", "manage_recurring")
    assert _verifications(ctx) == []


# -- disable (R27) ---------------------------------------------------------------------------------


@pytest.fixture
def on(ctx: AppContext, ids: dict[str, int]) -> dict[str, int]:
    enable_recurring(ctx, SALES, ids["dana"], _all_dana(ids), card_id=ids["v1"])
    return ids


def test_switching_off_keeps_the_reason_and_mails_once_per_service(
    ctx: AppContext, clock: ManualClock, on: dict[str, int]
) -> None:
    clock.set(datetime(2026, 11, 25, 10, 30, tzinfo=UTC))
    chosen = [on["levi.co.il"], on["levi-site"]]

    assert disable_recurring(ctx, SALES, on["dana"], chosen) == 2

    for name in ("levi.co.il", "levi-site"):
        renew = renew_of(ctx, name)
        assert (renew.enabled, renew.stop_reason, renew.switched_off_explicitly) == (
            False,
            "staff_switched_off",
            True,
        )
        assert renew.stopped_at == datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
        # The card and contact stay, so that switching on again is one click.
        assert renew.card_id == on["v1"]
    assert renew_of(ctx, "levi.com").enabled
    mails = outbox_rows(ctx, "stopped_by_staff")
    assert sorted(mail.service_id or 0 for mail in mails) == sorted(chosen)
    assert {(mail.customer_id, mail.to_address, mail.language, mail.status) for mail in mails} == {
        (on["dana"], "dana@example.com", "en", "queued")  # R32: the outbox's first state since 0004
    }
    assert {mail.context["reason"] for mail in mails} == {"staff_switched_off"}
    assert [mail.id for mail in outbox_rows(ctx)] == [mail.id for mail in mails]


def test_the_stop_reason_shows_on_the_account(ctx: AppContext, on: dict[str, int]) -> None:
    disable_recurring(ctx, SALES, on["dana"], [on["levi.com"]])

    services = {service.name: service for service in load_account(ctx, FINANCE, on["dana"]).services}

    assert (services["levi.com"].auto_renew_on, services["levi.com"].stop_reason) == (
        False,
        "staff_switched_off",
    )
    assert services["levi.com"].next_charge_on is None
    assert (services["levi.co.il"].auto_renew_on, services["levi.co.il"].stop_reason) == (True, None)


def test_switching_off_twice_mails_once(ctx: AppContext, clock: ManualClock, on: dict[str, int]) -> None:
    assert disable_recurring(ctx, SALES, on["dana"], [on["levi.com"]]) == 1
    clock.advance(datetime(2026, 11, 24, 10, 0, tzinfo=UTC) - NOW)

    assert disable_recurring(ctx, SALES, on["dana"], [on["levi.com"]]) == 0

    assert len(outbox_rows(ctx, "stopped_by_staff")) == 1
    assert len(audit_rows(ctx, "auto_renew.disabled")) == 1
    assert renew_of(ctx, "levi.com").stopped_at == NOW


def test_switching_off_is_audited(ctx: AppContext, on: dict[str, int]) -> None:
    disable_recurring(ctx, ADMIN, on["dana"], [on["levi-big"]])

    [row] = audit_rows(ctx, "auto_renew.disabled")
    assert (row.actor, row.entity, row.entity_id, row.customer_id) == (
        "adam",
        "service",
        str(on["levi-big"]),
        on["dana"],
    )
    assert row.before is not None and row.after is not None
    assert (row.before["enabled"], row.before["stop_reason"]) == (True, None)
    assert (row.after["enabled"], row.after["stop_reason"]) == (False, "staff_switched_off")


def test_switching_on_again_after_switching_off(ctx: AppContext, on: dict[str, int]) -> None:
    disable_recurring(ctx, SALES, on["dana"], [on["levi.com"]])
    enable_recurring(ctx, SALES, on["dana"], [on["levi.com"]], card_id=on["v2"])

    renew = renew_of(ctx, "levi.com")
    assert (renew.enabled, renew.card_id, renew.stop_reason, renew.switched_off_explicitly) == (
        True,
        on["v2"],
        None,
        False,
    )


def test_finance_may_not_switch_off(ctx: AppContext, on: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: disable_recurring(ctx, FINANCE, on["dana"], [on["levi.com"]])
    )
    assert error.code == "forbidden"


def test_switching_off_a_service_of_another_customer_changes_nothing(
    ctx: AppContext, on: dict[str, int]
) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: disable_recurring(ctx, SALES, on["dana"], [on["levi.com"], on["ana.co.il"]])
    )
    assert error.code == "service_not_in_account"


def test_switching_off_for_an_unknown_customer_is_refused(ctx: AppContext, on: dict[str, int]) -> None:
    error = _refused_changing_nothing(ctx, lambda: disable_recurring(ctx, SALES, 999_999, [on["levi.com"]]))
    assert error.code == "customer_not_found"


# -- a service's own settings (R10-R12) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "changes", "code"),
    [
        ("levi-site", {"period_months": 6}, "period_not_allowed"),
        ("levi-site", {"period_months": 1}, "period_not_allowed"),
        ("levi-site", {"installments": 4}, "installments_not_allowed"),
        ("levi-site", {"installments": 0}, "installments_not_allowed"),
        ("levi-site", {"period_months": 3, "installments": 2}, "installments_not_allowed"),
        ("levi-big", {"installments": 8}, "installments_not_allowed"),
        ("levi.co.il", {"period_months": 24}, "domain_no_choice"),
        ("levi.co.il", {"installments": 2}, "domain_no_choice"),
    ],
)
def test_settings_outside_the_rules_are_refused(
    ctx: AppContext, on: dict[str, int], name: str, changes: dict[str, int], code: str
) -> None:
    error = _refused_changing_nothing(
        ctx,
        lambda: change_service_settings(
            ctx,
            SALES,
            on[name],
            card_id=on["v1"],
            contact_id=None,
            period_months=changes.get("period_months"),
            installments=changes.get("installments"),
        ),
    )
    assert error.code == code


@pytest.mark.parametrize(
    ("period", "installments", "stored"),
    [(24, None, (24, 5)), (36, 2, (36, 2)), (3, None, (3, 1)), (12, 3, (12, 3))],
)
def test_a_hosting_package_takes_an_allowed_period_and_installments(
    ctx: AppContext,
    on: dict[str, int],
    period: int,
    installments: int | None,
    stored: tuple[int, int],
) -> None:
    change_service_settings(
        ctx,
        SALES,
        on["levi-site"],
        card_id=on["v2"],
        contact_id=on["k2"],
        period_months=period,
        installments=installments,
    )

    renew = renew_of(ctx, "levi-site")
    assert (renew.period_months, renew.installments) == stored
    assert (renew.card_id, renew.billing_contact_id, renew.enabled) == (on["v2"], on["k2"], True)


@pytest.mark.parametrize(
    "change",
    [{"card_id": "v2"}, {"contact_id": "k1"}, {"card_id": "v1"}, {"period_months": 12}],
    ids=["card", "contact", "same card", "same period"],
)
def test_installments_not_asked_for_stay_as_they_are(
    ctx: AppContext, on: dict[str, int], change: dict[str, Any]
) -> None:
    """`service set ... --card v1` alone printed 'installments: 2 -> 3' (hostile test 14, defect 6): a
    change that names no installments reset them to the most, terms nobody chose."""
    change_service_settings(
        ctx, SALES, on["levi-site"], card_id=on["v1"], contact_id=None, period_months=12, installments=2
    )
    asked = {key: on[value] if isinstance(value, str) else value for key, value in change.items()}
    change_service_settings(
        ctx,
        SALES,
        on["levi-site"],
        card_id=asked.get("card_id", on["v1"]),
        contact_id=asked.get("contact_id"),
        period_months=asked.get("period_months"),
    )

    renew = renew_of(ctx, "levi-site")
    assert (renew.period_months, renew.installments) == (12, 2)
    assert [row.after["installments"] for row in audit_rows(ctx, "auto_renew.changed") if row.after] == [2, 2]


def test_a_change_is_audited(ctx: AppContext, clock: ManualClock, on: dict[str, int]) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))

    change_service_settings(
        ctx, SALES, on["levi-site"], card_id=on["v2"], contact_id=on["k1"], period_months=24, installments=4
    )

    [row] = audit_rows(ctx, "auto_renew.changed")
    assert (row.actor, row.entity_id, row.customer_id, row.at) == (
        "sara",
        str(on["levi-site"]),
        on["dana"],
        datetime(2026, 11, 26, 8, 0, tzinfo=UTC),
    )
    assert row.before is not None and row.after is not None
    assert {
        key: row.before[key] for key in ("card_id", "billing_contact_id", "period_months", "installments")
    } == {
        "card_id": on["v1"],
        "billing_contact_id": None,
        "period_months": 12,
        "installments": 3,
    }
    assert {
        key: row.after[key] for key in ("card_id", "billing_contact_id", "period_months", "installments")
    } == {
        "card_id": on["v2"],
        "billing_contact_id": on["k1"],
        "period_months": 24,
        "installments": 4,
    }
    assert renew_of(ctx, "levi-site").updated_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_a_domain_changes_card_and_contact_only(ctx: AppContext, on: dict[str, int]) -> None:
    change_service_settings(
        ctx, SALES, on["levi.co.il"], card_id=on["v2"], contact_id=on["k2"], period_months=12, installments=1
    )

    renew = renew_of(ctx, "levi.co.il")
    assert (renew.card_id, renew.billing_contact_id, renew.period_months, renew.installments) == (
        on["v2"],
        on["k2"],
        12,
        1,
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"card_id": "ana.v1", "contact_id": None}, "card_not_in_account"),
        ({"card_id": "v1", "contact_id": "ana.k1"}, "contact_not_in_account"),
    ],
)
def test_a_card_or_contact_of_another_customer_is_refused(
    ctx: AppContext, on: dict[str, int], changes: dict[str, str | None], code: str
) -> None:
    chosen = {key: None if value is None else on[value] for key, value in changes.items()}
    error = _refused_changing_nothing(
        ctx,
        lambda: change_service_settings(
            ctx, SALES, on["levi-site"], card_id=chosen["card_id"], contact_id=chosen["contact_id"]
        ),
    )
    assert error.code == code


def test_an_unknown_service_is_refused(ctx: AppContext, on: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx, lambda: change_service_settings(ctx, SALES, 999_999, card_id=None, contact_id=None)
    )
    assert error.code == "service_not_found"


def test_finance_may_not_change_settings(ctx: AppContext, on: dict[str, int]) -> None:
    error = _refused_changing_nothing(
        ctx,
        lambda: change_service_settings(
            ctx, Actor("fina", Role.FINANCE), on["levi-site"], card_id=on["v2"], contact_id=None
        ),
    )
    assert error.code == "forbidden"


def test_a_card_that_passes_verification_on_enable_is_valid_again(ctx: AppContext) -> None:
    """R8: the gateway's success now overrides an earlier refusal kept on the card."""
    refused_before = {**card("v1"), "invalid_reason": "card_verification_declined"}
    off = domain("d1", "levi.co.il", MARCH, card_ref="v1", enabled=False)
    # R1 needs one valid card on the account for Recurring to be offered at all.
    cards = [refused_before, card("v2")]
    load(ctx, document([account("dana", [off], cards=cards, orders=[order("d1")])]))
    dana = customer_id(ctx, "dana")
    assert not load_account(ctx, SALES, dana).cards[0].valid

    enable_recurring(ctx, SALES, dana, [service_id(ctx, "levi.co.il")], card_id=card_id(ctx, "dana", "v1"))

    assert load_account(ctx, SALES, dana).cards[0].valid
    assert renew_of(ctx, "levi.co.il").enabled
