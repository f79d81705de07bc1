"""Retractions kept for review (`/wrong`), the item text they need, and one message per item and trigger

* `retractions`: an alert an admin withdrew, with the item, its facts and the admin's note.
* `entries.summary`: the item's text, kept for entries with facts, so a retraction (and the explain
  view) has the text the facts were read from.
* `outbox.with_alerts`: other alerts of the same item and trigger shown in this row's message as lines.
* `ix_outbox_message_id`: finding the row of a posted message (the alert a `/wrong` answers).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retractions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("alert_id", sa.String(length=64), nullable=False),
        sa.Column("rule_id", sa.Text(), nullable=False),
        sa.Column("trigger", sa.String(length=32), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("destination_id", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("retracted_by", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("item", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("withdrawn", sa.JSON(), nullable=False),
        sa.Column("cancelled", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retractions")),
        sa.UniqueConstraint("alert_id", name=op.f("uq_retractions_alert_id")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=True))
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("with_alerts", sa.JSON(), nullable=True))
        batch_op.create_index("ix_outbox_message_id", ["message_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_message_id")
        batch_op.drop_column("with_alerts")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_column("summary")
    op.drop_table("retractions")
