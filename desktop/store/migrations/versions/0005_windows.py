"""Windows a person can trust (issue 11): customers.search_name folded for accent- and case-insensitive
search (desktop.core.search_text), the same on every backend

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.search_text import name_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    _fold_search_names()


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
    # The earlier key: the name case-folded (what 0001-0004 stored).
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM customers")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE customers SET search_name = :key WHERE id = :id"),
            [{"id": id_, "key": name.casefold()[:200]} for id_, name in rows],
        )
