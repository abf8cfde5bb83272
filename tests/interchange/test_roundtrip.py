"""Import and export: the SPEC example imports; export -> import into an empty database -> export gives
the same document, for the example, for a document that uses every field, and for demo data."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.export import export_document
from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused
from desktop.bootstrap import AppContext
from tests.interchange.helpers import (
    audit_count,
    encode,
    export_text,
    fresh_document,
    row_counts,
    snapshot,
    spec_bytes,
    spec_document,
)
from tests.support.actors import TEST_ADMIN

DATA_TABLES = ("customers", "contacts", "cards", "services", "auto_renew", "orders", "price_list")
SANDBOX_TOKEN = re.compile(r"^tok_sbx_ok_4242_[0-9a-f]{24}$")


def _expected_spec_export() -> dict[str, Any]:
    """The SPEC example as the export shows it: the number replaced by token, brand and last 4, the
    auto-renew period and installments filled in, and the order's kind."""
    document = spec_document()
    customer = document["customers"][0]
    card = customer["cards"][0]
    del card["number"]
    card.update(token="<token>", brand="visa", last4="4242")
    customer["cards"][0] = {
        key: card[key] for key in ("ref", "token", "brand", "last4", "exp_month", "exp_year", "holder")
    }
    customer["services"][0]["auto_renew"].update(period_months=12, installments=1)
    customer["services"][1]["auto_renew"] = {
        "enabled": True,
        "card": "v1",
        "period_months": 12,
        "installments": 3,
    }
    customer["orders"][0]["kind"] = "purchase"
    return document


def _roundtrip(ctx: AppContext, other_ctx: AppContext) -> str:
    first = export_text(ctx)
    assert row_counts(other_ctx)["customers"] == 0
    import_document(other_ctx, TEST_ADMIN, first.encode("utf-8"), "export")
    second = export_text(other_ctx)
    assert json.loads(second) == json.loads(first)
    assert second == first
    counts, other_counts = row_counts(ctx), row_counts(other_ctx)
    assert {t: counts[t] for t in DATA_TABLES} == {t: other_counts[t] for t in DATA_TABLES}
    return first


def test_spec_example_imports(ctx: AppContext) -> None:
    summary = import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")
    assert summary.__dict__ == {
        "customers": 1,
        "contacts": 1,
        "cards": 1,
        "services": 2,
        "orders": 1,
        "prices": 2,
    }
    counts = row_counts(ctx)
    assert {t: counts[t] for t in DATA_TABLES} == {
        "customers": 1,
        "contacts": 1,
        "cards": 1,
        "services": 2,
        "auto_renew": 2,
        "orders": 1,
        "price_list": 2,
    }
    assert audit_count(ctx) == 1
    exported = export_document(ctx, TEST_ADMIN)
    token = exported["customers"][0]["cards"][0]["token"]
    assert SANDBOX_TOKEN.match(token), token
    exported["customers"][0]["cards"][0]["token"] = "<token>"
    assert exported == _expected_spec_export()


def test_spec_example_round_trips(ctx: AppContext, other_ctx: AppContext) -> None:
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")
    text = _roundtrip(ctx, other_ctx)
    assert "4242424242424242" not in text


def test_demo_data_round_trips(ctx: AppContext, other_ctx: AppContext) -> None:
    summary = load_demo(ctx, TEST_ADMIN, customers=30, services_per_customer=4, seed=3)
    assert (summary.customers, summary.services) == (30, 120)
    text = _roundtrip(ctx, other_ctx)
    assert len(json.loads(text)["customers"]) == 30


def _every_field_document() -> dict[str, Any]:
    """A document that uses the optional fields and the state an export carries."""
    document = fresh_document()
    document["price_list"] += [
        {"kind": "domain", "item": ".com", "period_months": 24, "price": "30.50", "currency": "USD"},
        {"kind": "hosting", "item": "pro", "period_months": 36, "price": "12000", "currency": "JPY"},
        {"kind": "domain", "item": ".קום", "period_months": 12, "price": "0.00", "currency": "ILS"},
    ]
    customer = document["customers"][0]
    customer["phone"] = "+972-54-1234567"
    customer["contacts"].append({"ref": "k2", "name": "Avi Cohen"})
    customer["cards"] = [
        {
            "ref": "ext",
            "token": "tok_elsewhere_0001",
            "brand": "mastercard",
            "last4": "4444",
            "exp_month": 1,
            "exp_year": 2030,
            "holder": "Noa Cohen",
        },
        {
            "ref": "bad",
            "token": "tok_elsewhere_0002",
            "brand": "visa",
            "last4": "0002",
            "exp_month": 11,
            "exp_year": 2026,
            "holder": "Avi Cohen",
            "invalid_reason": "card_declined",
        },
    ]
    customer["services"] = [
        {
            "ref": "d1",
            "kind": "domain",
            "name": "קפה-כהן.co.il",
            "expires_on": "2027-03-01",
            "period_months": 24,
            "auto_renew": {
                "enabled": False,
                "card": "bad",
                "billing_contact": "k2",
                "period_months": 24,
                "installments": 1,
                "stop_reason": "card_verification_declined",
                "stopped_at": "2026-11-20T08:30:00+00:00",
            },
        },
        {
            "ref": "d2",
            "kind": "domain",
            "name": "niño-cohen.com",
            "expires_on": "2026-11-25",
            "period_months": 12,
            "auto_renew": {
                "enabled": False,
                "switched_off_explicitly": True,
                "stop_reason": "staff_switched_off",
            },
        },
        {
            "ref": "h1",
            "kind": "hosting",
            "name": "cohen-site",
            "plan": "pro",
            "expires_on": "2028-01-31",
            "period_months": 36,
            "auto_renew": {"enabled": True, "card": "ext", "installments": 5},
        },
        {
            "ref": "h2",
            "kind": "hosting",
            "name": "no-renew",
            "plan": "basic",
            "expires_on": "2027-01-01",
            "period_months": 3,
        },
    ]
    customer["orders"] = [
        {"service": "d1", "date": "2025-03-01", "period_months": 24, "installments": 1, "amount": "118.00"},
        {
            "service": "h1",
            "date": "2025-01-31",
            "period_months": 36,
            "installments": 7,
            "amount": "12000",
            "currency": "JPY",
            "kind": "renewal",
        },
        {
            "service": "h1",
            "date": "2026-01-31",
            "period_months": 12,
            "installments": 1,
            "amount": "480.00",
            "kind": "automatic",
        },
        {"service": "d2", "date": "2025-11-25", "period_months": 12, "installments": 1, "amount": "59.00"},
    ]
    return document


def test_every_field_round_trips(ctx: AppContext, other_ctx: AppContext) -> None:
    import_document(ctx, TEST_ADMIN, encode(_every_field_document()), "every")
    exported = export_document(ctx, TEST_ADMIN)
    customer = exported["customers"][0]
    assert customer["phone"] == "+972-54-1234567"
    assert customer["contacts"][1] == {"ref": "k2", "name": "Avi Cohen"}
    assert customer["cards"][1]["invalid_reason"] == "card_declined"
    by_ref = {service["ref"]: service for service in customer["services"]}
    assert by_ref["d1"]["name"] == "קפה-כהן.co.il"
    assert by_ref["d1"]["auto_renew"]["stop_reason"] == "card_verification_declined"
    assert by_ref["d1"]["auto_renew"]["billing_contact"] == "k2"
    assert by_ref["d1"]["auto_renew"]["stopped_at"].startswith("2026-11-20T08:30:00")
    assert by_ref["d2"]["auto_renew"]["switched_off_explicitly"] is True
    assert by_ref["h1"]["auto_renew"] == {
        "enabled": True,
        "card": "ext",
        "period_months": 36,
        "installments": 5,
    }
    assert by_ref["h2"]["auto_renew"]["enabled"] is False
    jpy = [order for order in customer["orders"] if order.get("currency") == "JPY"]
    assert jpy == [
        {
            "service": "h1",
            "date": "2025-01-31",
            "period_months": 36,
            "installments": 7,
            "amount": "12000",
            "currency": "JPY",
            "kind": "renewal",
        }
    ]
    assert {
        "kind": "hosting",
        "item": "pro",
        "period_months": 36,
        "price": "12000",
        "currency": "JPY",
    } in exported["price_list"]
    _roundtrip(ctx, other_ctx)


def test_a_card_given_by_token_round_trips(ctx: AppContext, other_ctx: AppContext) -> None:
    document = fresh_document()
    document["customers"][0]["cards"][0] = {
        "ref": "v1",
        "token": "tok_from_another_gateway_42",
        "brand": "amex",
        "last4": "0005",
        "exp_month": 6,
        "exp_year": 2029,
        "holder": "Noa Cohen",
    }
    summary = import_document(ctx, TEST_ADMIN, encode(document), "token")
    assert summary.cards == 1
    card = export_document(ctx, TEST_ADMIN)["customers"][0]["cards"][0]
    assert card == document["customers"][0]["cards"][0]
    _roundtrip(ctx, other_ctx)
    assert export_document(other_ctx, TEST_ADMIN)["customers"][0]["cards"][0] == card


def test_a_long_name_that_grows_when_case_folded_imports(ctx: AppContext, other_ctx: AppContext) -> None:
    """ "ß" case-folds to "ss": a 200-character name must still fit its search column (PostgreSQL)."""
    document = fresh_document()
    document["customers"][0]["name"] = "Straße " * 28 + "ßßßß"
    assert len(document["customers"][0]["name"]) == 200
    import_document(ctx, TEST_ADMIN, encode(document), "long")
    assert export_document(ctx, TEST_ADMIN)["customers"][0]["name"] == document["customers"][0]["name"]
    _roundtrip(ctx, other_ctx)


def test_reimporting_the_same_file_is_refused_and_changes_nothing(ctx: AppContext) -> None:
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")
    before = snapshot(ctx)
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, spec_bytes(), "spec again")
    found = {(p.path, p.code) for p in refused.value.problems}
    assert found == {("customers[0].ref", "ref_exists"), ("customers[0].services[0].name", "domain_exists")}
    assert snapshot(ctx) == before


def test_reimporting_an_export_is_refused_and_changes_nothing(ctx: AppContext) -> None:
    load_demo(ctx, TEST_ADMIN, customers=5, services_per_customer=2, seed=11)
    text = export_text(ctx)
    before = snapshot(ctx)
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, text.encode("utf-8"), "export")
    codes = {p.code for p in refused.value.problems}
    assert "ref_exists" in codes
    assert {p.path for p in refused.value.problems if p.code == "ref_exists"} == {
        f"customers[{i}].ref" for i in range(5)
    }
    assert snapshot(ctx) == before


def test_an_empty_database_exports_an_importable_empty_document(
    ctx: AppContext, other_ctx: AppContext
) -> None:
    assert json.loads(export_text(ctx)) == {"format": "renewdesk/1", "price_list": [], "customers": []}
    _roundtrip(ctx, other_ctx)
