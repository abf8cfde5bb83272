"""Windows a person can trust (issue 11): customers.search_name folded for accent- and case-insensitive
search (desktop.core.search_text), the same on every backend; customers.search_email and
services.search_name / search_end (the address folded, and backwards for a domain's end) likewise

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from desktop.core.search_text import address_key, ending_key, name_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    _fold_search_names()
    _add_address_keys()


def _add_address_keys() -> None:
    """E-mail addresses and service names searched case and accents aside, a domain also by its end:
    keys computed in Python (desktop.core.search_text), filled for the rows already there."""
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(_key_column("search_email"))
        batch_op.create_index(batch_op.f("ix_customers_search_email"), ["search_email"], unique=False)
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(_key_column("search_name"))
        batch_op.add_column(_key_column("search_end"))
        batch_op.create_index(batch_op.f("ix_services_search_name"), ["search_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_services_search_end"), ["search_end"], unique=False)
    connection = op.get_bind()
    _backfill(
        connection,
        "customers",
        "email",
        sa.text("UPDATE customers SET search_email = :email_key WHERE id = :id"),
        lambda email: {"email_key": address_key(email)},
    )
    _backfill(
        connection,
        "services",
        "name",
        sa.text("UPDATE services SET search_name = :name_key, search_end = :end_key WHERE id = :id"),
        lambda name: {"name_key": address_key(name), "end_key": ending_key(name)},
    )


def _key_column(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=254), nullable=False, server_default="")


def _backfill(
    connection: sa.Connection,
    table: str,
    column: str,
    update: sa.TextClause,
    keys: Callable[[str], dict[str, str]],
) -> None:
    rows_of = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.String))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(rows_of.c.id, rows_of.c[column])
            .where(rows_of.c.id > last)
            .order_by(rows_of.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        connection.execute(update, [{"id": id_, **keys(value)} for id_, value in rows])
        last = rows[-1][0]


def _fold_search_names() -> None:
    """search_name held the name case-folded; it now holds it folded without accents or punctuation.
    Computed in Python (no backend folds accents the same way), a batch at a time."""
    connection = op.get_bind()
    customers = sa.table("customers", sa.column("id", sa.Integer), sa.column("name", sa.String))
    update = sa.text("UPDATE customers SET search_name = :key WHERE id = :id")
    last = 0
    while True:
        rows = connection.execute(
            sa.select(customers.c.id, customers.c.name)
            .where(customers.c.id > last)
            .order_by(customers.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        connection.execute(update, [{"id": id_, "key": name_key(name)} for id_, name in rows])
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_services_search_end"))
        batch_op.drop_index(batch_op.f("ix_services_search_name"))
        batch_op.drop_column("search_end")
        batch_op.drop_column("search_name")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_search_email"))
        batch_op.drop_column("search_email")
    # The earlier key: the name case-folded (what 0001-0004 stored).
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM customers")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE customers SET search_name = :key WHERE id = :id"),
            [{"id": id_, "key": name.casefold()[:200]} for id_, name in rows],
        )
