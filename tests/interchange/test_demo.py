"""Demo data: deterministic for a seed; customers in Hebrew, Spanish and English with their own names
and currencies; several contacts and cards, expiring and declining test cards; domains of many TLDs,
hosting packages of several plans; an order for every service."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.app.interchange.demo import demo_document, load_demo
from desktop.app.interchange.export import export_document
from desktop.bootstrap import AppContext
from desktop.core.cards import valid_through
from desktop.core.periods import HOSTING_PERIODS, MAX_INSTALLMENTS
from tests.conftest import TODAY, Cli
from tests.interchange.helpers import export_text
from tests.support import workstation
from tests.support.actors import TEST_ADMIN

HEBREW = re.compile(r"[\u05d0-\u05ea]")
SPANISH_MARKS = set("áéíóúñÁÉÍÓÚÑ")
CURRENCY = {"he": "ILS", "es": "EUR", "en": "USD"}


@pytest.fixture
def demo(ctx: AppContext) -> dict[str, Any]:
    summary = load_demo(ctx, TEST_ADMIN, customers=40, services_per_customer=4, seed=1)
    assert (summary.customers, summary.services, summary.orders) == (40, 160, 160)
    return export_document(ctx, TEST_ADMIN)


def test_same_seed_same_export_in_two_fresh_databases(ctx: AppContext, other_ctx: AppContext) -> None:
    load_demo(ctx, TEST_ADMIN, customers=25, services_per_customer=3, seed=9)
    load_demo(other_ctx, TEST_ADMIN, customers=25, services_per_customer=3, seed=9)
    first = export_text(ctx)
    assert len(json.loads(first)["customers"]) == 25
    assert export_text(other_ctx) == first


def test_different_seed_different_export(ctx: AppContext, other_ctx: AppContext) -> None:
    load_demo(ctx, TEST_ADMIN, customers=25, services_per_customer=3, seed=9)
    load_demo(other_ctx, TEST_ADMIN, customers=25, services_per_customer=3, seed=10)
    first, second = export_document(ctx, TEST_ADMIN), export_document(other_ctx, TEST_ADMIN)
    assert first["price_list"] == second["price_list"]
    assert [c["name"] for c in first["customers"]] != [c["name"] for c in second["customers"]]
    assert first != second


def test_the_document_is_a_function_of_seed_and_day() -> None:
    day = date(2026, 11, 24)
    assert demo_document(4, day, 10, 2) == demo_document(4, day, 10, 2)
    assert demo_document(4, day, 10, 2) != demo_document(5, day, 10, 2)
    later = demo_document(4, date(2027, 3, 1), 10, 2)
    assert (
        later["customers"][0]["services"][0]["expires_on"]
        != demo_document(4, day, 10, 2)["customers"][0]["services"][0]["expires_on"]
    )


def test_languages_names_and_currencies(demo: dict[str, Any]) -> None:
    customers = demo["customers"]
    by_language: dict[str, list[dict[str, Any]]] = {}
    for customer in customers:
        by_language.setdefault(customer["language"], []).append(customer)
        assert customer["currency"] == CURRENCY[customer["language"]]
    assert set(by_language) == {"he", "es", "en"}
    assert all(HEBREW.search(c["name"]) for c in by_language["he"])
    assert not any(HEBREW.search(c["name"]) for c in by_language["es"] + by_language["en"])
    assert any(SPANISH_MARKS & set(c["name"]) for c in by_language["es"])
    assert all(c["name"].isascii() for c in by_language["en"])


def test_contacts_and_cards(demo: dict[str, Any]) -> None:
    customers = demo["customers"]
    assert max(len(c["contacts"]) for c in customers) >= 2
    assert max(len(c["cards"]) for c in customers) >= 2
    assert any(not c["cards"] for c in customers)  # R1: some customers cannot have recurring payment
    cards = [card for c in customers for card in c["cards"]]
    assert all("number" not in card for card in cards)
    tokens = [card["token"] for card in cards]
    assert any("_vdec_0002_" in token for token in tokens), "no card that the gateway declines"
    assert any("_cdec_0341_" in token for token in tokens), "no card whose charge is declined"
    soon = date(2027, 2, 28)
    assert any(valid_through(card["exp_month"], card["exp_year"]) <= soon for card in cards), "none expiring"
    assert all(valid_through(card["exp_month"], card["exp_year"]) >= TODAY for card in cards)
    assert any(card["holder"] != c["name"] for c in customers for card in c["cards"])  # R7 mismatch


def test_services_and_orders(demo: dict[str, Any]) -> None:
    services = [(c, s) for c in demo["customers"] for s in c["services"]]
    domains = [s for _, s in services if s["kind"] == "domain"]
    hosting = [s for _, s in services if s["kind"] == "hosting"]
    endings = {s["name"].split(".", 1)[1] for s in domains}
    assert len(endings) >= 6, endings
    assert {"co.il", "com"} & endings
    assert len({s["plan"] for s in hosting}) >= 3
    assert len({s["period_months"] for s in hosting}) >= 3
    assert {s["period_months"] for s in hosting} <= set(HOSTING_PERIODS)
    for service in hosting:
        assert 1 <= service["auto_renew"]["installments"] <= MAX_INSTALLMENTS[service["period_months"]]
    for service in domains:
        assert service["auto_renew"]["installments"] == 1
    assert any(s["auto_renew"]["enabled"] for _, s in services)
    assert any(not s["auto_renew"]["enabled"] for _, s in services)
    for customer in demo["customers"]:
        refs = {s["ref"] for s in customer["services"]}
        ordered = [order["service"] for order in customer["orders"]]
        assert sorted(ordered) == sorted(refs)
        assert all(order["amount"] and float(order["amount"]) > 0 for order in customer["orders"])
    prices = {(p["kind"], p["item"]) for p in demo["price_list"]}
    assert all(("domain", "." + ending) in prices for ending in endings)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5, 6, 7])
def test_every_seed_shows_the_declining_and_expiring_cards(seed: int) -> None:
    document = demo_document(seed, TODAY, 20, 3)
    cards = [card for c in document["customers"] for card in c["cards"]]
    numbers = {card["number"] for card in cards}
    assert {"4000000000000002", "4000000000000341"} <= numbers
    assert any(valid_through(card["exp_month"], card["exp_year"]) <= date(2027, 2, 28) for card in cards)
    assert {c["language"] for c in document["customers"]} == {"he", "es", "en"}


def _cli_at(tmp_path: Path, name: str) -> Cli:
    url, keyring_file = f"sqlite:///{tmp_path / f'{name}.sqlite3'}", tmp_path / f"{name}-keyring.json"
    workstation.prepare(url, keyring_file)
    return Cli(db=url, keyring_file=keyring_file)


def test_demo_command(sqlite_cli: Cli, tmp_path: Path) -> None:
    done = sqlite_cli("demo", "--customers", "20", "--services-per-customer", "3", "--seed", "5")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("demo data: 20 customers, ")
    assert "60 services, 60 orders" in done.stdout
    exported = sqlite_cli("export")
    assert exported.returncode == 0
    document = json.loads(exported.stdout)
    assert len(document["customers"]) == 20
    assert sum(len(c["services"]) for c in document["customers"]) == 60
    tokens = [card["token"] for c in document["customers"] for card in c["cards"]]
    assert any("_vdec_" in token for token in tokens) and any("_cdec_" in token for token in tokens)

    again = _cli_at(tmp_path, "again")
    assert again("demo", "--customers", "20", "--services-per-customer", "3", "--seed", "5").returncode == 0
    assert again("export").stdout == exported.stdout
    other = _cli_at(tmp_path, "other")
    assert other("demo", "--customers", "20", "--services-per-customer", "3", "--seed", "6").returncode == 0
    assert other("export").stdout != exported.stdout
