"""Promises kept (R28-R35): announced terms of a cycle, outbox delivery states, run heartbeats, staff
linked to operating-system logins, and facts about the database itself (the signing key's fingerprint)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.cards import looks_like_card_number

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cycles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notice_version", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("reopened", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE cycles SET notice_version = 1 WHERE notice_queued")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("resend_of", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_resend_of_outbox"), "outbox", ["resend_of"], ["id"], ondelete="SET NULL"
        )
    # Messages that failed before are failing now, counted from when they were queued.
    failing = "status = 'failing', failing_since = created_at"
    op.execute(f"UPDATE outbox SET {failing} WHERE status = 'pending' AND attempts > 0")
    op.execute("UPDATE outbox SET status = 'queued' WHERE status = 'pending'")
    op.execute("UPDATE outbox SET status = 'given_up' WHERE status = 'failed'")

    with op.batch_alter_table("due_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))
        # Each run looks for runs still marked running, to mark those whose process is gone abandoned.
        batch_op.create_index(batch_op.f("ix_due_runs_outcome"), ["outcome"], unique=False)

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("os_user", sa.String(length=120), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_staff_os_user"), ["os_user"])

    _redact_card_numbers_kept_as_tokens()

    op.create_table(
        "database_facts",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_facts")),
    )


def _redact_card_numbers_kept_as_tokens() -> None:
    """R20: an import before this revision could keep a card number as a card's token. It is wiped
    and the card marked invalid (staff see it and ask for the card again); it is never charged."""
    cards = sa.table("cards", sa.column("id"), sa.column("token"), sa.column("invalid_reason"))
    connection = op.get_bind()
    for card_id, token in connection.execute(sa.select(cards.c.id, cards.c.token)).all():
        if looks_like_card_number(token):
            connection.execute(
                cards.update()
                .where(cards.c.id == card_id)
                .values(token=f"redacted-{card_id}", invalid_reason="token_was_card_number")
            )


def downgrade() -> None:
    op.drop_table("database_facts")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_staff_os_user"), type_="unique")
        batch_op.drop_column("os_user")
    with op.batch_alter_table("due_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_runs_outcome"))
        batch_op.drop_column("heartbeat_at")
    op.execute("UPDATE outbox SET status = 'pending' WHERE status IN ('queued', 'failing')")
    op.execute("UPDATE outbox SET status = 'failed' WHERE status = 'given_up'")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_outbox_resend_of_outbox"), type_="foreignkey")
        batch_op.drop_column("resend_of")
        batch_op.drop_column("failing_since")
    with op.batch_alter_table("cycles", schema=None) as batch_op:
        batch_op.drop_column("reopened")
        batch_op.drop_column("notice_version")
