"""The feeds table: the config's feeds and those added at run time, their validators, schedule,
error streak and lease (`claim_due`), and the poll outcomes written back (`record_poll(s)`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, bindparam, case, func, insert, or_, select, text, update

from bot.core.schedule import RATE_WINDOWS, RecentEntries
from bot.store import schema as t
from bot.store.db import as_utc, lease_rows
from bot.store.locks import lock_key

SYNC_FEEDS_LOCK_KEY = lock_key("sync_config_feeds")


def feed_id_for(url: str) -> str:
    return hashlib.sha256(url.strip().encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class FeedRow:
    id: str
    url: str
    name: str
    tags: tuple[str, ...]
    enabled: bool
    etag: str | None
    last_modified: str | None
    body_sha256: str | None
    first_polled_at: datetime | None
    last_success_at: datetime | None
    last_error_at: datetime | None
    last_error: str | None
    error_streak: int
    interval_s: float | None
    next_poll_at: datetime | None
    origin: str


class FeedStore:
    """Queries and writes on the feeds table."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def sync_config(self, feeds: Iterable[tuple[str, str, Sequence[str], bool]], now: datetime) -> None:
        """Make the feeds table agree with the config: add new URLs, update names and tags, disable
        config feeds that were removed. Runtime-added feeds are left alone."""
        wanted = {feed_id_for(url): (url, name, list(tags), enabled) for url, name, tags, enabled in feeds}
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Instances starting together would all insert the same new feeds: one at a time.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SYNC_FEEDS_LOCK_KEY})
            existing = {r.id: r for r in conn.execute(select(t.feeds.c.id, t.feeds.c.origin))}
            for fid, (url, name, tags, enabled) in wanted.items():
                if fid in existing:
                    conn.execute(
                        update(t.feeds)
                        .where(t.feeds.c.id == fid)
                        .values(name=name, tags=tags, enabled=enabled)
                    )
                else:
                    conn.execute(
                        insert(t.feeds).values(
                            id=fid,
                            url=url,
                            name=name,
                            tags=tags,
                            enabled=enabled,
                            origin="config",
                            error_streak=0,
                            next_poll_at=now,
                        )
                    )
            gone = [fid for fid, row in existing.items() if row.origin == "config" and fid not in wanted]
            if gone:
                conn.execute(update(t.feeds).where(t.feeds.c.id.in_(gone)).values(enabled=False))

    def add(self, url: str, name: str, tags: Sequence[str], now: datetime) -> str:
        fid = feed_id_for(url)
        with self.engine.begin() as conn:
            if conn.execute(select(t.feeds.c.id).where(t.feeds.c.id == fid)).first():
                conn.execute(update(t.feeds).where(t.feeds.c.id == fid).values(enabled=True))
            else:
                conn.execute(
                    insert(t.feeds).values(
                        id=fid,
                        url=url,
                        name=name,
                        tags=list(tags),
                        enabled=True,
                        origin="runtime",
                        error_streak=0,
                        next_poll_at=now,
                    )
                )
        return fid

    def remove(self, url_or_id: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                update(t.feeds)
                .where(or_(t.feeds.c.id == url_or_id, t.feeds.c.url == url_or_id))
                .values(enabled=False)
            )
            return bool(result.rowcount)

    def all(self, *, enabled_only: bool = False) -> list[FeedRow]:
        query = select(t.feeds).order_by(t.feeds.c.name)
        if enabled_only:
            query = query.where(t.feeds.c.enabled.is_(True))
        with self.engine.connect() as conn:
            return [_feed_row(r) for r in conn.execute(query).mappings()]

    def claim_due(self, now: datetime, owner: str, lease: timedelta, limit: int) -> list[FeedRow]:
        """Take a lease on up to `limit` due feeds. On PostgreSQL `SKIP LOCKED` lets several instances
        claim disjoint sets; a lease left by a dead instance expires and the feed is due again."""
        with self.engine.begin() as conn:
            query = (
                select(t.feeds.c.id)
                .where(
                    t.feeds.c.enabled.is_(True),
                    or_(t.feeds.c.next_poll_at.is_(None), t.feeds.c.next_poll_at <= now),
                    or_(t.feeds.c.lease_until.is_(None), t.feeds.c.lease_until < now),
                )
                .order_by(t.feeds.c.next_poll_at)
                .limit(limit)
            )
            ids = lease_rows(conn, t.feeds, query, owner, now + lease)
            if not ids:
                return []
            rows = conn.execute(select(t.feeds).where(t.feeds.c.id.in_(ids))).mappings()
            return [_feed_row(r) for r in rows]

    def record_poll(self, feed_id: str, now: datetime, next_poll_at: datetime, **values: Any) -> None:
        """Store the outcome of one poll and release the lease. `values` are feeds columns."""
        with self.engine.begin() as conn:
            conn.execute(
                update(t.feeds)
                .where(t.feeds.c.id == feed_id)
                .values(
                    last_polled_at=now,
                    first_polled_at=func.coalesce(t.feeds.c.first_polled_at, now),
                    next_poll_at=next_poll_at,
                    lease_owner=None,
                    lease_until=None,
                    **values,
                )
            )

    def recent_entry_times(self, feed_id: str, since: datetime) -> list[datetime]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(func.coalesce(t.entries.c.published, t.entries.c.seen_at)).where(
                    t.entries.c.feed_id == feed_id, t.entries.c.seen_at >= since
                )
            )
            return [d for (value,) in rows if (d := as_utc(value)) is not None]

    def recent_entries_many(
        self, feed_ids: Sequence[str], since: datetime, now: datetime
    ) -> dict[str, RecentEntries]:
        """`recent_entry_times` of many feeds, summed up as the publishing rate reads them
        (`RecentEntries` at `now`), in one query with one row per feed; every id gets one."""
        empty = RecentEntries.of((), now)
        out: dict[str, RecentEntries] = {fid: empty for fid in feed_ids}
        ids = list(out)
        when = func.coalesce(t.entries.c.published, t.entries.c.seen_at)
        past = when <= now
        columns = [t.entries.c.feed_id, func.count(), func.count(case((past, 1)))]
        for window in RATE_WINDOWS:
            inside = and_(past, when >= now - window)
            columns += [func.count(case((inside, 1))), func.min(case((inside, when)))]
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    select(*columns)
                    .where(t.entries.c.feed_id.in_(ids[start : start + 500]), t.entries.c.seen_at >= since)
                    .group_by(t.entries.c.feed_id)
                )
                for fid, known, in_past, *windows in rows:
                    pairs = zip(windows[::2], windows[1::2], strict=True)
                    out[fid] = RecentEntries(known, in_past, tuple((n, as_utc(first)) for n, first in pairs))
        return out

    def record_polls(self, polls: Sequence[tuple[str, datetime, datetime, dict[str, Any]]]) -> None:
        """`record_poll` for many feeds, in one transaction: (feed_id, now, next_poll_at, values).
        SQLite has one writer at a time; one commit for a batch instead of one per feed is what lets a
        cycle of thousands of feeds finish in seconds."""
        if not polls:
            return
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for feed_id, now, next_poll_at, values in polls:
            params = {"b_id": feed_id, "b_now": now, "b_next": next_poll_at}
            params.update({f"v_{k}": v for k, v in values.items()})
            groups.setdefault(tuple(sorted(values)), []).append(params)
        with self.engine.begin() as conn:
            for columns, rows in groups.items():
                stmt = (
                    update(t.feeds)
                    .where(t.feeds.c.id == bindparam("b_id"))
                    .values(
                        last_polled_at=bindparam("b_now"),
                        first_polled_at=func.coalesce(t.feeds.c.first_polled_at, bindparam("b_now")),
                        next_poll_at=bindparam("b_next"),
                        lease_owner=None,
                        lease_until=None,
                        **{c: bindparam(f"v_{c}") for c in columns},
                    )
                )
                conn.execute(stmt, rows)


def _feed_row(r: Any) -> FeedRow:
    return FeedRow(
        id=r["id"],
        url=r["url"],
        name=r["name"],
        tags=tuple(r["tags"] or ()),
        enabled=r["enabled"],
        etag=r["etag"],
        last_modified=r["last_modified"],
        body_sha256=r["body_sha256"],
        first_polled_at=as_utc(r["first_polled_at"]),
        last_success_at=as_utc(r["last_success_at"]),
        last_error_at=as_utc(r["last_error_at"]),
        last_error=r["last_error"],
        error_streak=r["error_streak"],
        interval_s=r["interval_s"],
        next_poll_at=as_utc(r["next_poll_at"]),
        origin=r["origin"],
    )
