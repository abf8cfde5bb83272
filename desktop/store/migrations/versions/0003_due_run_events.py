"""due_run_events: what each run of the due checks did, for the operations panel

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "due_run_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("customer", sa.String(length=100), nullable=False),
        sa.Column("service", sa.String(length=253), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("installments", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"], ["due_runs.id"], name=op.f("fk_due_run_events_run_id_due_runs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due_run_events")),
    )
    with op.batch_alter_table("due_run_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_due_run_events_run_id"), ["run_id"], unique=False)
    with op.batch_alter_table("due_runs", schema=None) as batch_op:
        batch_op.create_index("ix_due_runs_started_at", ["started_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("due_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_due_runs_started_at")
    with op.batch_alter_table("due_run_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_run_events_run_id"))
    op.drop_table("due_run_events")
