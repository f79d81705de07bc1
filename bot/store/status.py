"""Read-only queries for /readyz, /metrics, the status page (bot/web.py, bot/metrics.py) and
`conflict-alerts status`: outbox counts and ages, feed activity, explained entries, queues per
destination. Nothing here writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select

from bot.core.plan import OutboxStatus
from bot.store import schema as t
from bot.store.db import as_utc


class StatusQueries:
    """What the operator sees: health, counts and the status page's tables."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def outbox_summary(self, now: datetime) -> dict[str, Any]:
        with self.engine.connect() as conn:
            counts: dict[str, int] = dict(
                (status, int(n))
                for status, n in conn.execute(
                    select(t.outbox.c.status, func.count()).group_by(t.outbox.c.status)
                )
            )
            oldest = as_utc(
                conn.execute(
                    select(func.min(t.outbox.c.created_at)).where(
                        t.outbox.c.status == OutboxStatus.PENDING.value
                    )
                ).scalar()
            )
        return {
            "pending": counts.get("pending", 0),
            "sent": counts.get("sent", 0),
            "parked": counts.get("parked", 0),
            "oldest_pending_age_s": (now - oldest).total_seconds() if oldest else None,
        }

    def ping(self) -> None:
        """Raises when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(select(1)).scalar_one()

    def outbox_by_platform(self, now: datetime) -> dict[str, OutboxStats]:
        """Pending, parked and digest-held rows per platform, with the age of the oldest pending one."""
        out: dict[str, OutboxStats] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.outbox.c.platform, t.outbox.c.status, func.count(), func.min(t.outbox.c.created_at))
                .where(
                    t.outbox.c.status.in_(
                        [OutboxStatus.PENDING.value, OutboxStatus.PARKED.value, OutboxStatus.DIGEST.value]
                    )
                )
                .group_by(t.outbox.c.platform, t.outbox.c.status)
            )
            for platform, status, count, oldest in rows:
                stats = out.setdefault(platform, OutboxStats())
                if status == OutboxStatus.PENDING:
                    stats.pending = int(count)
                    created = as_utc(oldest)
                    stats.oldest_pending_age_s = (now - created).total_seconds() if created else None
                elif status == OutboxStatus.DIGEST:
                    stats.digest = int(count)
                else:
                    stats.parked = int(count)
        return out

    def feed_activity(self, entries_since: datetime | None = None) -> list[FeedActivity]:
        """Every feed with its poll health, when it last brought a new entry and, with
        `entries_since`, how many new entries it brought since then."""
        with self.engine.connect() as conn:
            newest = select(t.entries.c.feed_id, func.max(t.entries.c.seen_at)).group_by(t.entries.c.feed_id)
            last = {fid: seen for fid, seen in conn.execute(newest)}
            recent: dict[str, int] = {}
            if entries_since is not None:
                recent = {
                    fid: int(n)
                    for fid, n in conn.execute(
                        select(t.entries.c.feed_id, func.count())
                        .where(t.entries.c.seen_at >= entries_since)
                        .group_by(t.entries.c.feed_id)
                    )
                }
            rows = conn.execute(select(t.feeds).order_by(t.feeds.c.name)).mappings().all()
        return [
            FeedActivity(
                id=r["id"],
                name=r["name"],
                url=r["url"],
                tags=tuple(r["tags"] or ()),
                enabled=r["enabled"],
                error_streak=r["error_streak"],
                last_polled_at=as_utc(r["last_polled_at"]),
                last_success_at=as_utc(r["last_success_at"]),
                last_error_at=as_utc(r["last_error_at"]),
                last_error=r["last_error"],
                next_poll_at=as_utc(r["next_poll_at"]),
                interval_s=r["interval_s"],
                last_entry_at=as_utc(last.get(r["id"])),
                recent_entries=recent.get(r["id"], 0),
            )
            for r in rows
        ]

    def recent_titles(self, per_feed: int = 5, scanned: int = 5000) -> dict[str, list[str]]:
        """The newest `per_feed` entry titles of each feed (among the newest `scanned` entries): enough
        text for the status page to tell which language a feed is written in."""
        out: dict[str, list[str]] = {}
        with self.engine.connect() as conn:
            newest = select(t.entries.c.feed_id, t.entries.c.title).order_by(t.entries.c.seen_at.desc())
            rows = conn.execute(newest.limit(scanned))
            for feed_id, title in rows:
                titles = out.setdefault(feed_id, [])
                if len(titles) < per_feed and title:
                    titles.append(title)
        return out

    def explained_entries(self, limit: int = 50) -> list[ExplainedEntry]:
        """The newest entries that had facts or matched phrases but raised no alert, with the reason."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.entries, t.feeds.c.name.label("feed_name"))
                .join(t.feeds, t.feeds.c.id == t.entries.c.feed_id)
                .where(t.entries.c.explain.is_not(None))
                .order_by(t.entries.c.seen_at.desc(), t.entries.c.id.desc())
                .limit(limit)
            ).mappings()
            return [
                ExplainedEntry(
                    title=r["title"],
                    link=r["link"],
                    source=r["source"],
                    feed_name=r["feed_name"],
                    published=as_utc(r["published"]),
                    seen_at=as_utc(r["seen_at"]) or r["seen_at"],
                    baseline=r["baseline"],
                    facts=list(r["facts"] or []),
                    matched_rules=list(r["matched_rules"] or []),
                    explain=r["explain"],
                )
                for r in rows
            ]

    def destination_queues(self, now: datetime) -> list[DestinationQueue]:
        """Per destination: pending and parked rows, the oldest pending age, the latest error, paused."""
        queues: dict[str, DestinationQueue] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    t.outbox.c.destination_id,
                    t.outbox.c.platform,
                    t.outbox.c.status,
                    func.count(),
                    func.min(t.outbox.c.created_at),
                    func.max(t.outbox.c.sent_at),
                ).group_by(t.outbox.c.destination_id, t.outbox.c.platform, t.outbox.c.status)
            )
            for dest, platform, status, count, oldest, last_sent in rows:
                q = queues.setdefault(dest, DestinationQueue(dest, platform))
                if status == OutboxStatus.PENDING:
                    q.pending = int(count)
                    created = as_utc(oldest)
                    q.oldest_pending_age_s = (now - created).total_seconds() if created else None
                elif status == OutboxStatus.PARKED:
                    q.parked = int(count)
                elif status == OutboxStatus.DIGEST:
                    q.digest = int(count)
                elif status == OutboxStatus.SENT:
                    q.sent = int(count)
                    q.last_sent_at = as_utc(last_sent)
            errors = conn.execute(
                select(t.outbox.c.destination_id, t.outbox.c.last_error)
                .where(t.outbox.c.status != OutboxStatus.SENT.value, t.outbox.c.last_error.is_not(None))
                .order_by(t.outbox.c.id.desc())
                .limit(500)
            )
            for dest, error in errors:
                if dest in queues and queues[dest].last_error is None:
                    queues[dest].last_error = error
            for r in conn.execute(select(t.destination_state)):
                q = queues.setdefault(r.destination_id, DestinationQueue(r.destination_id, "?"))
                q.paused = bool(r.paused)
                q.paused_reason = r.reason if r.paused else None
        return sorted(queues.values(), key=lambda q: q.destination_id)

    def alert_deliveries(self, alert_ids: Sequence[str]) -> dict[str, list[tuple[str, str, str]]]:
        """For each alert: (destination, action, status) of its outbox rows, in order."""
        out: dict[str, list[tuple[str, str, str]]] = {}
        if not alert_ids:
            return out
        wanted = set(alert_ids)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    t.outbox.c.alert_id,
                    t.outbox.c.destination_id,
                    t.outbox.c.action,
                    t.outbox.c.status,
                    t.outbox.c.with_alerts,
                )
                .where(t.outbox.c.alert_id.in_(list(alert_ids)))
                .order_by(t.outbox.c.id)
            )
            for alert_id, dest, action, status, with_alerts in rows:
                out.setdefault(alert_id, []).append((dest, action, status))
                # alerts shown as lines in this row's message (one message per entry and trigger)
                for attached in with_alerts or ():
                    if attached in wanted:
                        out.setdefault(attached, []).append((dest, "lines", status))
        return out

    def oldest_undelivered(self) -> UndeliveredRow | None:
        """The pending outbox row waiting longest, with its alert, for `status`."""
        with self.engine.connect() as conn:
            r = (
                conn.execute(
                    select(
                        t.outbox,
                        t.alerts.c.rule_id,
                        t.alerts.c.payload,
                    )
                    .join(t.alerts, t.alerts.c.id == t.outbox.c.alert_id)
                    .where(t.outbox.c.status == OutboxStatus.PENDING.value)
                    .order_by(t.outbox.c.created_at, t.outbox.c.id)
                    .limit(1)
                )
                .mappings()
                .first()
            )
        if r is None:
            return None
        return UndeliveredRow(
            alert_id=r["alert_id"],
            rule_id=r["rule_id"],
            title=str((r["payload"] or {}).get("entry_title", "")),
            destination_id=r["destination_id"],
            action=r["action"],
            created_at=as_utc(r["created_at"]) or r["created_at"],
            attempts=r["attempts"],
            next_attempt_at=as_utc(r["next_attempt_at"]),
            lease_owner=r["lease_owner"],
            last_error=r["last_error"],
        )


@dataclass(frozen=True, slots=True)
class UndeliveredRow:
    alert_id: str
    rule_id: str
    title: str
    destination_id: str
    action: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime | None
    lease_owner: str | None
    last_error: str | None


@dataclass(slots=True)
class OutboxStats:
    pending: int = 0
    parked: int = 0
    digest: int = 0  # held for a chat's digest message
    oldest_pending_age_s: float | None = None


@dataclass(frozen=True, slots=True)
class FeedActivity:
    id: str
    name: str
    url: str
    tags: tuple[str, ...]
    enabled: bool
    error_streak: int
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_error_at: datetime | None
    last_error: str | None
    next_poll_at: datetime | None
    interval_s: float | None
    last_entry_at: datetime | None
    recent_entries: int


@dataclass(frozen=True, slots=True)
class ExplainedEntry:
    title: str
    link: str
    source: str
    feed_name: str
    published: datetime | None
    seen_at: datetime
    baseline: bool
    facts: list[dict[str, Any]]
    matched_rules: list[str]
    explain: str


@dataclass(slots=True)
class DestinationQueue:
    destination_id: str
    platform: str
    pending: int = 0
    parked: int = 0
    digest: int = 0
    sent: int = 0
    oldest_pending_age_s: float | None = None
    last_sent_at: datetime | None = None
    last_error: str | None = None
    paused: bool = False
    paused_reason: str | None = None
