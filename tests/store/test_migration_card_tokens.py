"""Migration 0004 wipes card numbers that an older import kept as tokens (R20): the number is gone
from the database and the card is marked invalid, so it is never charged and staff ask again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from desktop.store.engine import make_engine
from desktop.store.migrate import _config, upgrade


def test_card_numbers_kept_as_tokens_are_wiped(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(
            text(
                "INSERT INTO customers (ref, name, email, language, currency, search_name, created_at) "
                "VALUES ('c1', 'Dana', 'd@example.com', 'he', 'ILS', 'dana', '2026-01-01')"
            )
        )
        for ref, token in (
            ("v1", "4242 4242 4242 4242"),
            ("v2", "tok_live_4242"),
            ("v3", "4000000000000002"),
        ):
            connection.execute(
                text(
                    "INSERT INTO cards (customer_id, ref, token, brand, last4, exp_month, exp_year, holder, "
                    "created_at) VALUES (1, :ref, :token, 'visa', '4242', 12, 2030, 'Dana', '2026-01-01')"
                ),
                {"ref": ref, "token": token},
            )
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT ref, token, invalid_reason FROM cards ORDER BY ref")).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [
        ("v1", "redacted-1", "token_was_card_number"),
        ("v2", "tok_live_4242", None),
        ("v3", "redacted-3", "token_was_card_number"),
    ]
