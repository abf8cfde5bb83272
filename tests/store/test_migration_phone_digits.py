"""Migration 0002 fills customers.phone_digits for customers that existed before it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from desktop.store.engine import make_engine
from desktop.store.migrate import _config, upgrade


def test_existing_phones_get_their_digits(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO customers (ref, name, email, phone, language, currency, search_name, "
                "created_at) VALUES ('c1', 'Dana', 'd@example.com', '+972 (54) 123-4567', 'he', 'ILS', "
                "'dana', '2026-01-01')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT phone_digits FROM customers")).scalar_one() == "972541234567"
