"""customers.phone_digits: the phone without separators, for searching by the digits people type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_digits", sa.String(length=40), nullable=True))
    digits = "phone"
    for mark in (" ", "-", "+", "(", ")", ".", "/"):
        digits = f"replace({digits}, '{mark}', '')"
    op.execute(f"UPDATE customers SET phone_digits = {digits} WHERE phone IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("phone_digits")
