"""Casualty series rows <-> `SeriesState` / `SeriesPoint`, and the read side of running tolls
(`conflict-alerts tolls`, `/toll`, the status page's series view)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.engine import RowMapping

from bot.core.resolution import SeriesPoint, SeriesState
from bot.core.series import SeriesIdentity
from bot.core.tolls import TollView
from bot.core.tolls import select as select_views
from bot.store import schema as t
from bot.store.db import as_utc


def series_from_row(row: RowMapping) -> SeriesState:
    identity = SeriesIdentity(bool(row["incident"]), row["area"], row["kind"], row["victims"], row["town"])
    return SeriesState(
        key=row["key"],
        identity=identity,
        count=row["count"],
        qualifier=row["qualifier"],
        published=as_utc(row["published"]),
        source=row["source"],
        link=row["link"],
        alert_id=row["alert_id"],
        last_seen=as_utc(row["last_seen"]),
        sources=tuple(row["sources"] or (row["source"],)),
    )


def series_in_group(conn: Connection, group: str) -> list[SeriesState]:
    rows = conn.execute(select(t.series).where(t.series.c.group_key == group)).mappings()
    return [series_from_row(r) for r in rows]


def write_series(
    conn: Connection, updates: dict[str, SeriesState], points: Sequence[SeriesPoint], now: datetime
) -> None:
    """Upsert the series a resolution moved and append its history points (in the entry's transaction)."""
    for key, s in updates.items():
        values: dict[str, Any] = dict(
            count=s.count,
            published=s.published,
            source=s.source,
            link=s.link,
            alert_id=s.alert_id,
            updated_at=now,
            group_key=s.identity.group,
            incident=s.identity.incident,
            area=s.identity.area,
            kind=s.identity.kind,
            victims=s.identity.victims,
            town=s.identity.town,
            qualifier=s.qualifier,
            last_seen=s.last_seen,
            sources=list(s.sources),
        )
        if conn.execute(update(t.series).where(t.series.c.key == key).values(**values)).rowcount == 0:
            conn.execute(insert(t.series).values(key=key, **values))
    for p in points:
        conn.execute(
            insert(t.series_points).values(
                series_key=p.series_key, count=p.count, qualifier=p.qualifier, published=p.published,
                source=p.source, link=p.link, recorded_at=p.recorded_at,
            )
        )  # fmt: skip


class TollStore:
    """Read-only: running tolls and their history."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def views(self, query: str | None = None) -> list[TollView]:
        """Every series (or those whose place matches `query`), the most recently moved first."""
        with self.engine.connect() as conn:
            states = [series_from_row(r) for r in conn.execute(select(t.series)).mappings()]
            wanted = select_views([TollView(s, ()) for s in states], query)
            return [TollView(v.series, self._points(conn, v.series.key)) for v in wanted]

    def view(self, key: str) -> TollView | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.series).where(t.series.c.key == key)).mappings().first()
            return None if row is None else TollView(series_from_row(row), self._points(conn, key))

    @staticmethod
    def _points(conn: Connection, key: str) -> tuple[SeriesPoint, ...]:
        rows = conn.execute(
            select(t.series_points)
            .where(t.series_points.c.series_key == key)
            .order_by(t.series_points.c.recorded_at, t.series_points.c.id)
        ).mappings()
        return tuple(
            SeriesPoint(
                r["series_key"],
                r["count"],
                r["qualifier"],
                as_utc(r["published"]),
                r["source"],
                r["link"],
                as_utc(r["recorded_at"]) or r["recorded_at"],
            )
            for r in rows
        )
