"""Workstations (issue 13, R43): the audit log says on which workstation each entry was written
(audit_log.workstation, the workstation's name; empty for the entries written before)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column without a default: SQLite and PostgreSQL add it without rewriting the table.
    op.add_column("audit_log", sa.Column("workstation", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("workstation")
