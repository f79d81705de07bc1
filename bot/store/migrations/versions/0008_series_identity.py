"""Casualty series as running tolls: identity columns on `series`, and `series_points` (history)

* `series.group_key`, `incident`, `area`, `kind`, `victims`, `town`: the series' identity
  (bot.core.series), so incidents of one area, kind and victim class can be found together.
* `series.qualifier`, `last_seen`, `sources`: the best figure's qualifier, the latest report of the
  series (an incident's window runs from it), the outlets that reported the best figure.
* `series_points`: every move of the best figure.

Rows written before this migration were keyed by the raw location and victims words
("casualty|gaza strip|palestinians|killed"); they are re-keyed to their canonical identity
("toll|gaza|killed|people"), keeping the highest figure where several fold into one, and each
becomes the first point of its history.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_key", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("incident", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("area", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("kind", sa.String(32), nullable=False, server_default="killed"))
        batch_op.add_column(sa.Column("victims", sa.Text(), nullable=False, server_default="people"))
        batch_op.add_column(sa.Column("town", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("qualifier", sa.String(16), nullable=False, server_default="exact"))
        batch_op.add_column(sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("sources", sa.JSON(), nullable=True))
        batch_op.create_index("ix_series_group_key", ["group_key"], unique=False)
    op.create_table(
        "series_points",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("series_key", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("published", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_points")),
    )
    op.create_index("ix_series_points_series_key", "series_points", ["series_key"], unique=False)
    _rekey_old_rows()


def _rekey_old_rows() -> None:
    from bot.core.series import canonical_area, victim_class

    bind = op.get_bind()
    old_columns = ("key", "count", "published", "source", "link", "alert_id", "updated_at")
    series = sa.table("series", *(sa.column(name) for name in old_columns))
    rows = list(bind.execute(sa.select(series)).mappings())
    best: dict[str, dict[str, Any]] = {}
    for row in rows:
        parts = str(row["key"]).split("|")
        if len(parts) != 4 or parts[0] != "casualty":
            continue
        _, location, victims, kind = parts
        area = canonical_area(location) or ""
        cls = victim_class(victims or None)
        group = f"toll|{area.casefold()}|{kind}|{cls.casefold()}"
        if group not in best or int(row["count"]) > int(best[group]["count"]):
            best[group] = {**row, "key": group, "area": area, "kind": kind, "victims": cls}
    bind.execute(sa.delete(series))
    points = sa.table("series_points", *(sa.column(n) for n in (
        "series_key", "count", "qualifier", "published", "source", "link", "recorded_at")))  # fmt: skip
    full = sa.table("series", *(sa.column(n) for n in (
        "key", "count", "published", "source", "link", "alert_id", "updated_at", "group_key", "incident",
        "area", "kind", "victims", "qualifier", "last_seen")), sa.column("sources", sa.JSON()))  # fmt: skip
    for group, kept in best.items():
        bind.execute(sa.insert(full).values(
            key=group, count=kept["count"], published=kept["published"], source=kept["source"],
            link=kept["link"], alert_id=kept["alert_id"], updated_at=kept["updated_at"], group_key=group,
            incident=False, area=kept["area"], kind=kept["kind"], victims=kept["victims"], qualifier="exact",
            last_seen=kept["updated_at"], sources=[kept["source"]],
        ))  # fmt: skip
        bind.execute(sa.insert(points).values(
            series_key=group, count=kept["count"], qualifier="exact", published=kept["published"],
            source=kept["source"], link=kept["link"], recorded_at=kept["updated_at"],
        ))  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_series_points_series_key", table_name="series_points")
    op.drop_table("series_points")
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.drop_index("ix_series_group_key")
        for name in ("sources", "last_seen", "qualifier", "town", "victims", "kind", "area", "incident",
                     "group_key"):  # fmt: skip
            batch_op.drop_column(name)
