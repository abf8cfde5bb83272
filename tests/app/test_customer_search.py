"""Customer search (issue 11): accents, case and punctuation do not count, on SQLite and PostgreSQL
alike; every word of a Hebrew or Latin name is found, in any order; no hidden cap: the search says how
many match in all, and pages on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop.app.customer_search import PAGE, search_customers
from desktop.bootstrap import AppContext
from desktop.core.search_text import fold, name_key
from desktop.store.engine import make_engine
from desktop.store.migrate import _config, upgrade
from tests.app.helpers import SALES, account
from tests.jobs.helpers import document, domain, load

LATER = date(2027, 3, 1)


@pytest.fixture
def people(ctx: AppContext) -> None:
    names = {
        "c-ibanez": "Lucía Ibáñez",
        "c-avi": "Avi Ben-David",
        "c-obrien": "Seán O'Brien",
        "c-moshe": "משה כהן",
        "c-niqqud": "שָׁלוֹם לֵוִי",
        "c-orsted": "Søren Ørsted",
        "c-strasse": "Grete Straße",
    }
    load(
        ctx,
        document(
            [
                account(ref, [domain("s1", f"{ref}.example.com", LATER)], name=name)
                for ref, name in names.items()
            ]
        ),
    )


def _refs(ctx: AppContext, query: str) -> list[str]:
    return sorted(hit.ref for hit in search_customers(ctx, SALES, query).hits)


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ibanez", ["c-ibanez"]),
        ("IBANEZ", ["c-ibanez"]),
        ("Ibáñez", ["c-ibanez"]),
        ("lucia iba", ["c-ibanez"]),
        ("ibanez lucia", ["c-ibanez"]),  # every word, in any order
        ("ben david", ["c-avi"]),
        ("Ben-Dav", ["c-avi"]),
        ("david", ["c-avi"]),
        ("obrien", ["c-obrien"]),
        ("o'brien", ["c-obrien"]),
        ("sean", ["c-obrien"]),
        ("כהן", ["c-moshe"]),  # a Hebrew name by its second word
        ("משה", ["c-moshe"]),
        ("לוי", ["c-niqqud"]),  # the points of a pointed name do not count
        ("שלום", ["c-niqqud"]),
        ("orsted", ["c-orsted"]),
        ("soren", ["c-orsted"]),
        ("strasse", ["c-strasse"]),
        ("avid", []),  # inside a word is not the start of one
        ("ibanez garcia", []),
    ],
)
def test_names_are_found_whatever_their_accents_case_and_punctuation(
    ctx: AppContext, query: str, expected: list[str]
) -> None:
    assert _refs(ctx, query) == expected


def test_the_search_says_how_many_match_and_pages_on(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    f"c-{i:02d}", [domain("s1", f"shop{i:02d}.example.com", LATER)], name=f"Núñez {i:02d}"
                )
                for i in range(PAGE + 2)
            ]
            + [account("c-other", [domain("s1", "other.example.com", LATER)], name="Dana Levi")]
        ),
    )

    first = search_customers(ctx, SALES, "nunez")
    assert (len(first.hits), first.total, first.more) == (PAGE, PAGE + 2, 2)
    rest = search_customers(ctx, SALES, "nunez", offset=len(first.hits))
    assert (len(rest.hits), rest.total, rest.more) == (2, PAGE + 2, 0)
    assert {hit.ref for hit in first.hits + rest.hits} == {f"c-{i:02d}" for i in range(PAGE + 2)}
    everyone = search_customers(ctx, SALES, "")
    assert (len(everyone.hits), everyone.total, everyone.more) == (PAGE, PAGE + 3, 3)


def test_fold_is_the_one_key() -> None:
    assert fold("  José   Núñez-García ") == "jose nunez garcia"
    assert fold("כהן שיווק בע״מ") == fold('כהן שיווק בע"מ') == "כהן שיווק בעמ"
    assert name_key("ß" * 150) == "ss" * 100  # the column holds 200 characters


def test_migration_0005_folds_the_names_already_stored(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO customers (ref, name, email, language, currency, search_name, created_at) "
                "VALUES ('c1', 'Lucía Ibáñez', 'l@example.com', 'es', 'EUR', 'lucía ibáñez', '2026-01-01')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT search_name FROM customers")).scalar_one() == "lucia ibanez"


@pytest.fixture
def addresses(ctx: AppContext) -> None:
    """E-mail addresses and domains in several cases and with accents, Hebrew domains among them."""
    load(
        ctx,
        document(
            [
                account(
                    "c-jose",
                    [domain("s1", "josé-shop.com", LATER)],
                    name="Pedro Ruiz",
                    email="Jose.Ruiz@Example.COM",
                ),
                account(
                    "c-studio",
                    [domain("s1", "סטודיו-7-2.co.il", LATER), domain("s2", "www.studio-sheva.co.il", LATER)],
                    name="סטודיו שבע",
                    email="office@studio.co.il",
                ),
                account(
                    "c-levi", [domain("s1", "levi-shop.com", LATER)], name="Dana Levi", email="d@levi.com"
                ),
                account(
                    "c-cohen", [domain("s1", "cohen.co.il", LATER)], name="Ari Cohen", email="a@cohen.net"
                ),
            ]
        ),
    )


@pytest.mark.usefixtures("addresses")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # An e-mail address by its start, case and accents aside.
        ("jose.ruiz@", ["c-jose"]),
        ("JOSÉ.RUIZ@EXAMPLE.COM", ["c-jose"]),
        ("jóse", ["c-jose"]),  # the address and the domain josé-shop.com, as "jose" finds them
        ("jose", ["c-jose"]),
        # A domain by its end, whatever label it starts in.
        ("7-2.co.il", ["c-studio"]),
        ("shop.com", ["c-jose", "c-levi"]),
        ("SHOP.COM", ["c-jose", "c-levi"]),
        ("e-shop.com", ["c-jose"]),  # josé-shop.com, its accent aside
        ("cohen.co.il", ["c-cohen"]),
        # By any of its labels (or a part between hyphens).
        ("studio-sheva", ["c-studio"]),
        ("studio-sheva.co", ["c-studio"]),
        ("shop", ["c-jose", "c-levi"]),
        ("סטודיו-7", ["c-studio"]),
        ("7-2", ["c-studio"]),
        # Broad, and fine: every .co.il domain.
        ("co.il", ["c-cohen", "c-studio"]),
        (".co.il", ["c-cohen", "c-studio"]),
        ("il", ["c-cohen", "c-studio"]),
        # Not inside a label.
        ("hop.co", []),
        ("tudio", []),
    ],
)
def test_addresses_and_domains_are_found_by_start_end_or_label_case_and_accents_aside(
    ctx: AppContext, query: str, expected: list[str]
) -> None:
    assert _refs(ctx, query) == expected


@pytest.mark.usefixtures("addresses", "people")
def test_an_accent_or_a_capital_typed_or_not_finds_the_same(ctx: AppContext) -> None:
    for plain_query, typed in (("jose", "jóse"), ("jose", "JÓSE"), ("ibanez", "ÍBÁÑEZ"), ("sean", "séan")):
        assert _refs(ctx, typed) == _refs(ctx, plain_query) != [], typed


def test_a_search_as_broad_as_a_top_level_domain_counts_and_pages(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(f"c-{i:02d}", [domain("s1", f"shop{i:02d}.co.il", LATER)], name=f"Customer {i:02d}")
                for i in range(PAGE + 5)
            ]
        ),
    )
    for query in ("co.il", ".il", "il", "c"):
        found = search_customers(ctx, SALES, query)
        assert (len(found.hits), found.total) == (PAGE, PAGE + 5), query


def test_migration_0005_keys_the_addresses_and_domains_already_stored(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO customers (id, ref, name, email, language, currency, search_name, created_at) "
                "VALUES (1, 'c1', 'José', 'José@Example.com', 'es', 'EUR', 'josé', '2026-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO services (customer_id, ref, kind, name, domain_key, expires_on, period_months, "
                "created_at) VALUES (1, 's1', 'domain', 'סטודיו-7-2.co.il', 'xn--7-2-xyz.co.il', "
                "'2027-01-01', 12, '2026-01-01')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT search_email FROM customers")).scalar_one() == "jose@example.com"
        )
        keys = connection.execute(text("SELECT search_name, search_end FROM services")).one()
        assert tuple(keys) == ("סטודיו-7-2.co.il", "סטודיו-7-2.co.il"[::-1])
