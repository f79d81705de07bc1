"""outbox.folded_into: lower-severity rows folded into one digest row when a destination is flooded

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("folded_into", sa.Integer(), nullable=True))
        batch_op.create_index("ix_outbox_folded_into", ["folded_into"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_folded_into")
        batch_op.drop_column("folded_into")
