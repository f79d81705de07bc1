"""Named queries over the tables in `schema.py`. Every write that must be atomic is one method here.

The central one is `record_entry`: the entry is marked seen, the resolver's state changes applied,
and each alert written with one outbox row per destination, all in one transaction. A crash before
the commit loses nothing (the entry is still new next poll); after it, the outbox has the work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError

from bot.core.model import Alert, CasualtyFigure, Destination, Entry, Fact, RuleMatch, UpdateMode
from bot.core.resolve import EventState, Resolution, SeriesState, event_keys, series_key
from bot.store import schema as t
from bot.store.codec import alert_from_json, alert_to_json
from bot.store.db import as_utc
from bot.store.locks import lock_key

SYNC_FEEDS_LOCK_KEY = lock_key("sync_config_feeds")


def state_lock_keys(matches: Sequence[RuleMatch]) -> list[int]:
    """Advisory lock keys for the series and event groups the resolver may read and write for these
    matches (PostgreSQL, `Store.record_entry`). Sorted, so two transactions never wait on each other
    in opposite orders."""
    names: set[str] = set()
    for match in matches:
        for fact in match.facts:
            if isinstance(fact, CasualtyFigure) and (skey := series_key(fact)) is not None:
                names.add(skey)
            else:
                names.add(event_keys(fact)[1])
    return sorted({lock_key(f"resolve:{name}") for name in names})


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


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    alert_id: str
    destination_id: str
    platform: str
    address: str
    action: str
    revision: int
    severity_rank: int
    attempts: int
    message_id: str | None
    reply_to: str | None = None  # a send answering this earlier message (`update: reply`)


@dataclass(frozen=True, slots=True)
class EntryOutcome:
    new: bool
    alerts: tuple[Alert, ...] = ()


class _ConnectionState:
    """The resolver's read-only view of the store, inside the entry's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def series(self, key: str) -> SeriesState | None:
        row = self._conn.execute(select(t.series).where(t.series.c.key == key)).mappings().first()
        if row is None:
            return None
        return SeriesState(
            row["count"], as_utc(row["published"]), row["source"], row["link"], row["alert_id"]
        )

    def events(self, group_key: str) -> Sequence[EventState]:
        rows = self._conn.execute(select(t.events).where(t.events.c.group_key == group_key)).mappings()
        return [
            EventState(
                key=r["key"],
                group_key=r["group_key"],
                alert_id=r["alert_id"],
                actors=tuple(r["actors"]),
                sources=tuple(r["sources"]),
                first_seen=as_utc(r["first_seen"]) or r["first_seen"],
                last_seen=as_utc(r["last_seen"]) or r["last_seen"],
            )
            for r in rows
        ]


Resolver = Callable[[_ConnectionState], Resolution]


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- feeds ------------------------------------------------------------------------------------

    def sync_config_feeds(self, feeds: Iterable[tuple[str, str, Sequence[str], bool]], now: datetime) -> None:
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

    def add_feed(self, url: str, name: str, tags: Sequence[str], now: datetime) -> str:
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

    def remove_feed(self, url_or_id: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                update(t.feeds)
                .where(or_(t.feeds.c.id == url_or_id, t.feeds.c.url == url_or_id))
                .values(enabled=False)
            )
            return bool(result.rowcount)

    def feeds(self, *, enabled_only: bool = False) -> list[FeedRow]:
        query = select(t.feeds).order_by(t.feeds.c.name)
        if enabled_only:
            query = query.where(t.feeds.c.enabled.is_(True))
        with self.engine.connect() as conn:
            return [_feed_row(r) for r in conn.execute(query).mappings()]

    def claim_due_feeds(self, now: datetime, owner: str, lease: timedelta, limit: int) -> list[FeedRow]:
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
            ids = _lease(conn, t.feeds, query, owner, now + lease)
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

    # --- entries, alerts, outbox --------------------------------------------------------------------

    def known_entry_keys(self, feed_id: str, entries: Sequence[Entry]) -> set[tuple[str, str]]:
        """Which of these entries were seen before, by key or by canonical link (a guid that changes
        while the link stays is the same story)."""
        if not entries:
            return set()
        keys = [e.key for e in entries]
        links = [e.link for e in entries if e.link]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.entries.c.key, t.entries.c.link).where(
                    t.entries.c.feed_id == feed_id,
                    or_(t.entries.c.key.in_(keys), t.entries.c.link.in_(links)),
                )
            )
            return {(r.key, r.link) for r in rows}

    def record_entry(
        self,
        entry: Entry,
        facts: Sequence[Fact],
        matches: Sequence[RuleMatch],
        resolver: Resolver,
        destinations: Callable[[Alert], Sequence[Destination]],
        now: datetime,
        *,
        baseline: bool,
        explain: Callable[[Resolution, Sequence[Alert]], str | None] | None = None,
    ) -> EntryOutcome:
        """Mark the entry seen and write its alerts and outbox rows, atomically. Returns new=False
        when another poll (or instance) recorded the entry first. `explain` says, from the resolution
        and the alerts written, why the entry raised no alert (stored in `entries.explain`)."""
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # The resolver reads series and events and writes them back: two instances judging
                    # reports of one event at once would both see it as new, and the second insert
                    # would fail, rolling its entry back. Entries touching the same series or event
                    # group take turns (locks released at commit); all others go on in parallel.
                    for key in state_lock_keys(matches):
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
                dup = conn.execute(
                    select(t.entries.c.id).where(
                        t.entries.c.feed_id == entry.feed_id,
                        or_(t.entries.c.key == entry.key, t.entries.c.link == (entry.link or None)),
                    )
                ).first()
                if dup is not None:
                    return EntryOutcome(new=False)
                inserted = conn.execute(
                    insert(t.entries).values(
                        feed_id=entry.feed_id,
                        key=entry.key,
                        link=entry.link,
                        title=entry.title[:1000],
                        source=entry.source,
                        published=entry.published,
                        seen_at=now,
                        baseline=baseline,
                        facts=[f.to_json() for f in facts],
                        matched_rules=[m.rule_id for m in matches],
                    )
                )
                entry_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
                resolution = resolver(_ConnectionState(conn))
                alerts = self._apply(conn, resolution, entry_id, destinations, now)
                if explain is not None and (why := explain(resolution, alerts)) is not None:
                    conn.execute(update(t.entries).where(t.entries.c.id == entry_id).values(explain=why))
                return EntryOutcome(new=True, alerts=tuple(alerts))
        except IntegrityError:
            return EntryOutcome(new=False)

    def apply_resolution(
        self,
        resolver: Resolver,
        destinations: Callable[[Alert], Sequence[Destination]],
        now: datetime,
    ) -> list[Alert]:
        """For `match --state`: resolve and record alerts without an entry row."""
        with self.engine.begin() as conn:
            return self._apply(conn, resolver(_ConnectionState(conn)), None, destinations, now)

    def _apply(
        self,
        conn: Connection,
        res: Resolution,
        entry_id: int | None,
        destinations: Callable[[Alert], Sequence[Destination]],
        now: datetime,
    ) -> list[Alert]:
        values: dict[str, Any]
        for key, s in res.series_updates.items():
            values = dict(
                count=s.count,
                published=s.published,
                source=s.source,
                link=s.link,
                alert_id=s.alert_id,
                updated_at=now,
            )
            if conn.execute(update(t.series).where(t.series.c.key == key).values(**values)).rowcount == 0:
                conn.execute(insert(t.series).values(key=key, **values))
        for key, e in res.event_upserts.items():
            values = dict(
                group_key=e.group_key,
                alert_id=e.alert_id,
                actors=list(e.actors),
                sources=list(e.sources),
                first_seen=e.first_seen,
                last_seen=e.last_seen,
            )
            if conn.execute(update(t.events).where(t.events.c.key == key).values(**values)).rowcount == 0:
                conn.execute(insert(t.events).values(key=key, **values))
        written: list[Alert] = []
        # One destination hears about one fact once per entry, from the most severe rule.
        covered: dict[str, set[Fact]] = {}
        for alert in sorted(res.alerts, key=lambda a: -a.severity.rank):
            if conn.execute(select(t.alerts.c.id).where(t.alerts.c.id == alert.id)).first():
                continue
            targets = []
            for dest in destinations(alert):
                seen = covered.setdefault(dest.id, set())
                if alert.facts and set(alert.facts) <= seen:
                    continue
                seen.update(alert.facts)
                targets.append(dest)
            conn.execute(
                insert(t.alerts).values(
                    id=alert.id,
                    rule_id=alert.rule_id,
                    trigger=alert.trigger.value,
                    severity=alert.severity.value,
                    payload=alert_to_json(alert),
                    entry_id=entry_id,
                    created_at=now,
                    revision=1,
                )
            )
            # A follow-up (`update: edit | reply`) goes to the message that shows the earlier alert in
            # each destination; where there is none (never sent there, still queued, folded into a
            # digest), it is an ordinary send.
            earlier = self._messages_showing(conn, alert.updates, queued_edits=True) if alert.updates else {}
            for dest in targets:
                action, message_id, reply_to = "send", None, None
                if (shown := earlier.get(dest.id)) is not None:
                    if alert.update is UpdateMode.EDIT:
                        action, message_id = "edit", shown["message_id"]
                    elif alert.update is UpdateMode.REPLY:
                        # Answer the thread's first message (Slack threads hang off their parent).
                        reply_to = shown["reply_to"] or shown["message_id"]
                conn.execute(
                    insert(t.outbox).values(
                        alert_id=alert.id,
                        destination_id=dest.id,
                        platform=dest.platform.value,
                        address=dest.address,
                        action=action,
                        revision=1,
                        severity_rank=alert.severity.rank,
                        status="pending",
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                        message_id=message_id,
                        reply_to=reply_to,
                    )
                )
            written.append(alert)
        for enrichment in res.enrichments:
            self._enrich(conn, enrichment.alert_id, enrichment.source, now)
        return written

    def _enrich(self, conn: Connection, alert_id: str, source: str, now: datetime) -> None:
        row = conn.execute(select(t.alerts).where(t.alerts.c.id == alert_id)).mappings().first()
        if row is None:
            return
        alert = alert_from_json(row["payload"])
        if source == alert.source or source in alert.also_reported_by:
            return
        alert = replace(alert, also_reported_by=(*alert.also_reported_by, source))
        revision = row["revision"] + 1
        conn.execute(
            update(t.alerts)
            .where(t.alerts.c.id == alert_id)
            .values(payload=alert_to_json(alert), revision=revision)
        )
        # Messages already posted are edited; ones still queued will render the new payload anyway.
        for s in self._messages_showing(conn, alert_id, queued_edits=False).values():
            conn.execute(
                insert(t.outbox).values(
                    alert_id=alert_id,
                    destination_id=s["destination_id"],
                    platform=s["platform"],
                    address=s["address"],
                    action="edit",
                    revision=revision,
                    severity_rank=s["severity_rank"],
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    message_id=s["message_id"],
                )
            )

    def _messages_showing(
        self, conn: Connection, alert_id: str, *, queued_edits: bool
    ) -> dict[str, RowMapping]:
        """Per destination, the outbox row of the message that shows this alert: its sent `send`, or
        the `edit` that put it into an earlier message (an `update: edit` follow-up; with
        `queued_edits`, also one still pending, whose message id is known already). A message that a
        later follow-up of another alert took over no longer shows this one."""
        edit_statuses = ["sent", "pending"] if queued_edits else ["sent"]
        rows = conn.execute(
            select(t.outbox)
            .where(
                t.outbox.c.alert_id == alert_id,
                t.outbox.c.message_id.is_not(None),
                or_(
                    and_(t.outbox.c.action == "send", t.outbox.c.status == "sent"),
                    and_(t.outbox.c.action == "edit", t.outbox.c.status.in_(edit_statuses)),
                ),
            )
            .order_by(t.outbox.c.id)
        ).mappings()
        shown: dict[str, RowMapping] = {}
        for r in rows:
            shown.setdefault(r["destination_id"], r)
        for dest, r in list(shown.items()):
            taken_over = conn.execute(
                select(t.outbox.c.id).where(
                    t.outbox.c.destination_id == dest,
                    t.outbox.c.message_id == r["message_id"],
                    t.outbox.c.action == "edit",
                    t.outbox.c.alert_id != alert_id,
                    t.outbox.c.status.in_(["sent", "pending"]),
                    t.outbox.c.id > r["id"],
                )
            ).first()
            if taken_over is not None:
                del shown[dest]
        return shown

    def load_alert(self, alert_id: str) -> Alert | None:
        with self.engine.connect() as conn:
            payload = conn.execute(select(t.alerts.c.payload).where(t.alerts.c.id == alert_id)).scalar()
        return alert_from_json(payload) if payload is not None else None

    def claim_outbox(
        self, now: datetime, owner: str, lease: timedelta, platforms: Sequence[str], limit: int = 100
    ) -> list[OutboxRow]:
        """Due rows for these platforms, most severe first, skipping paused destinations. The lease
        keeps another deliverer off a row while its send is in flight."""
        with self.engine.begin() as conn:
            paused = select(t.destination_state.c.destination_id).where(
                t.destination_state.c.paused.is_(True)
            )
            query = (
                select(t.outbox.c.id)
                .where(
                    t.outbox.c.status == "pending",
                    t.outbox.c.platform.in_(list(platforms)),
                    t.outbox.c.next_attempt_at <= now,
                    or_(t.outbox.c.lease_until.is_(None), t.outbox.c.lease_until < now),
                    t.outbox.c.destination_id.not_in(paused),
                )
                .order_by(t.outbox.c.severity_rank.desc(), t.outbox.c.id)
                .limit(limit)
            )
            ids = _lease(conn, t.outbox, query, owner, now + lease)
            if not ids:
                return []
            rows = conn.execute(
                select(t.outbox)
                .where(t.outbox.c.id.in_(ids))
                .order_by(t.outbox.c.severity_rank.desc(), t.outbox.c.id)
            ).mappings()
            return [
                OutboxRow(
                    r["id"],
                    r["alert_id"],
                    r["destination_id"],
                    r["platform"],
                    r["address"],
                    r["action"],
                    r["revision"],
                    r["severity_rank"],
                    r["attempts"],
                    r["message_id"],
                    r["reply_to"],
                )
                for r in rows
            ]

    def mark_sent(self, row_id: int, message_id: str, now: datetime) -> None:
        with self.engine.begin() as conn:
            settle_outbox_row(
                conn,
                row_id,
                status="sent",
                message_id=message_id,
                sent_at=now,
                attempts=t.outbox.c.attempts + 1,
            )

    def mark_retry(self, row_id: int, next_attempt_at: datetime, error: str) -> None:
        with self.engine.begin() as conn:
            settle_outbox_row(
                conn,
                row_id,
                next_attempt_at=next_attempt_at,
                last_error=error,
                attempts=t.outbox.c.attempts + 1,
            )

    def release(self, row_id: int) -> None:
        """Give a claimed row back untouched (its destination's budget is spent for now)."""
        with self.engine.begin() as conn:
            settle_outbox_row(conn, row_id)

    def park(self, row_id: int, destination_id: str, reason: str, now: datetime) -> None:
        """A permanent failure: keep the row with its reason and pause the destination until an admin
        resumes it, so nothing more is lost by sending into the void."""
        with self.engine.begin() as conn:
            _park_row(conn, row_id, reason)
            self._set_paused(conn, destination_id, True, reason, now)

    def set_paused(self, destination_id: str, paused: bool, reason: str | None, now: datetime) -> None:
        with self.engine.begin() as conn:
            self._set_paused(conn, destination_id, paused, reason, now)
            if not paused:
                # Resuming retries what was parked for this destination.
                conn.execute(
                    update(t.outbox)
                    .where(t.outbox.c.destination_id == destination_id, t.outbox.c.status == "parked")
                    .values(status="pending", next_attempt_at=now)
                )

    @staticmethod
    def _set_paused(
        conn: Connection, destination_id: str, paused: bool, reason: str | None, now: datetime
    ) -> None:
        values = dict(paused=paused, reason=reason, updated_at=now)
        updated = conn.execute(
            update(t.destination_state)
            .where(t.destination_state.c.destination_id == destination_id)
            .values(**values)
        )
        if updated.rowcount == 0:
            conn.execute(insert(t.destination_state).values(destination_id=destination_id, **values))

    def paused_destinations(self) -> dict[str, str | None]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.destination_state).where(t.destination_state.c.paused.is_(True)))
            return {r.destination_id: r.reason for r in rows}

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
                    select(func.min(t.outbox.c.created_at)).where(t.outbox.c.status == "pending")
                ).scalar()
            )
        return {
            "pending": counts.get("pending", 0),
            "sent": counts.get("sent", 0),
            "parked": counts.get("parked", 0),
            "oldest_pending_age_s": (now - oldest).total_seconds() if oldest else None,
        }

    def pending_count(self, platforms: Sequence[str]) -> int:
        with self.engine.connect() as conn:
            paused = select(t.destination_state.c.destination_id).where(
                t.destination_state.c.paused.is_(True)
            )
            return int(
                conn.execute(
                    select(func.count()).where(
                        t.outbox.c.status == "pending",
                        t.outbox.c.platform.in_(list(platforms)),
                        t.outbox.c.destination_id.not_in(paused),
                    )
                ).scalar_one()
            )

    def next_due_outbox(self, platforms: Sequence[str]) -> datetime | None:
        with self.engine.connect() as conn:
            return as_utc(
                conn.execute(
                    select(func.min(t.outbox.c.next_attempt_at)).where(
                        t.outbox.c.status == "pending", t.outbox.c.platform.in_(list(platforms))
                    )
                ).scalar()
            )

    def recent_alerts(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.alerts).order_by(t.alerts.c.created_at.desc()).limit(limit)
            ).mappings()
            return [dict(r) for r in rows]

    def prune(self, older_than: datetime) -> None:
        """Entries older than the retention are forgotten; feeds rarely keep items that long."""
        with self.engine.begin() as conn:
            conn.execute(delete(t.entries).where(t.entries.c.seen_at < older_than))

    # --- read queries for /readyz, /metrics and the status page (bot/web.py, bot/metrics.py) ----------

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
                .where(t.outbox.c.status.in_(["pending", "parked", "digest"]))
                .group_by(t.outbox.c.platform, t.outbox.c.status)
            )
            for platform, status, count, oldest in rows:
                stats = out.setdefault(platform, OutboxStats())
                if status == "pending":
                    stats.pending = int(count)
                    created = as_utc(oldest)
                    stats.oldest_pending_age_s = (now - created).total_seconds() if created else None
                elif status == "digest":
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
                if status == "pending":
                    q.pending = int(count)
                    created = as_utc(oldest)
                    q.oldest_pending_age_s = (now - created).total_seconds() if created else None
                elif status == "parked":
                    q.parked = int(count)
                elif status == "digest":
                    q.digest = int(count)
                elif status == "sent":
                    q.sent = int(count)
                    q.last_sent_at = as_utc(last_sent)
            errors = conn.execute(
                select(t.outbox.c.destination_id, t.outbox.c.last_error)
                .where(t.outbox.c.status != "sent", t.outbox.c.last_error.is_not(None))
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
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.outbox.c.alert_id, t.outbox.c.destination_id, t.outbox.c.action, t.outbox.c.status)
                .where(t.outbox.c.alert_id.in_(list(alert_ids)))
                .order_by(t.outbox.c.id)
            )
            for alert_id, dest, action, status in rows:
                out.setdefault(alert_id, []).append((dest, action, status))
        return out

    # --- scale-out: `conflict-alerts status` (bot/store/instances.py holds the instance queries) ------

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
                    .where(t.outbox.c.status == "pending")
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

    # --- delivery: rows parked alone, lease recovery, digests (bot/deliver.py) --------------------------

    def park_message(self, row_id: int, reason: str, now: datetime) -> None:
        """This one message cannot be delivered (too long, markup rejected, retries exhausted): park the
        row with its reason. Unlike `park`, the destination stays active; resuming it re-queues the row."""
        with self.engine.begin() as conn:
            _park_row(conn, row_id, reason)

    def reschedule(self, row_ids: Sequence[int], next_attempt_at: datetime) -> None:
        """Hand claimed rows back unsent, due at `next_attempt_at` (not an attempt, not an error): the
        rows queued behind one that must wait keep their place behind it."""
        if not row_ids:
            return
        with self.engine.begin() as conn:
            reschedule_outbox_rows(conn, row_ids, next_attempt_at)

    def release_outbox_leases(self, platforms: Sequence[str]) -> int:
        """Clear every lease on pending rows of these platforms. Called by a platform's deliverer when it
        takes the platform's singleton role: any lease left then was its dead predecessor's (a crash
        mid-send), and waiting for it to expire would hold those alerts back for minutes."""
        with self.engine.begin() as conn:
            result = conn.execute(
                update(t.outbox)
                .where(
                    t.outbox.c.status == "pending",
                    t.outbox.c.platform.in_(list(platforms)),
                    t.outbox.c.lease_owner.is_not(None),
                )
                .values(lease_owner=None, lease_until=None)
            )
            return int(result.rowcount or 0)

    def fold_into_digest(
        self, row_ids: Sequence[int], owner: str, due: datetime, now: datetime, max_items: int
    ) -> list[int]:
        """Fold pending `send` rows of one destination into digest rows, in one transaction: each row
        becomes `folded` and points (`folded_into`) at a pending `digest` row, which is delivered in
        their place. An open digest of the destination (pending, not leased by another owner, fewer
        than `max_items` members) is filled first; new ones are due at `due`. Rows no longer pending
        (sent or leased elsewhere meanwhile) are skipped. Returns the digest rows used."""
        if not row_ids:
            return []
        with self.engine.begin() as conn:
            free = or_(
                t.outbox.c.lease_owner.is_(None),
                t.outbox.c.lease_owner == owner,
                t.outbox.c.lease_until < now,
            )
            rows = (
                conn.execute(
                    select(t.outbox)
                    .where(
                        t.outbox.c.id.in_(list(row_ids)),
                        t.outbox.c.status == "pending",
                        t.outbox.c.action == "send",
                        free,
                    )
                    .order_by(t.outbox.c.severity_rank.desc(), t.outbox.c.id)
                )
                .mappings()
                .all()
            )
            by_destination: dict[str, list[Any]] = {}
            for r in rows:
                by_destination.setdefault(r["destination_id"], []).append(r)
            used: list[int] = []
            for destination_id, members in by_destination.items():
                open_digests = conn.execute(
                    select(t.outbox.c.id, t.outbox.c.severity_rank)
                    .where(
                        t.outbox.c.destination_id == destination_id,
                        t.outbox.c.action == "digest",
                        t.outbox.c.status == "pending",
                        free,
                    )
                    .order_by(t.outbox.c.id)
                ).all()
                slots: list[tuple[int, int]] = []  # (digest row id, free places)
                for digest_id, _rank in open_digests:
                    count = conn.execute(
                        select(func.count()).where(t.outbox.c.folded_into == digest_id)
                    ).scalar_one()
                    if count < max_items:
                        slots.append((digest_id, max_items - int(count)))
                while members:
                    if slots:
                        digest_id, room = slots.pop(0)
                    else:
                        first = members[0]
                        inserted = conn.execute(
                            insert(t.outbox).values(
                                alert_id=first["alert_id"],
                                destination_id=destination_id,
                                platform=first["platform"],
                                address=first["address"],
                                action="digest",
                                revision=1,
                                severity_rank=first["severity_rank"],
                                status="pending",
                                attempts=0,
                                next_attempt_at=due,
                                created_at=now,
                            )
                        )
                        digest_id, room = int(inserted.inserted_primary_key[0]), max_items  # type: ignore[index]
                    chunk, members = members[:room], members[room:]
                    conn.execute(
                        update(t.outbox)
                        .where(t.outbox.c.id.in_([m["id"] for m in chunk]))
                        .values(status="folded", folded_into=digest_id, lease_owner=None, lease_until=None)
                    )
                    top = max(m["severity_rank"] for m in chunk)
                    conn.execute(
                        update(t.outbox)
                        .where(t.outbox.c.id == digest_id, t.outbox.c.severity_rank < top)
                        .values(severity_rank=top)
                    )
                    used.append(digest_id)
            return used

    def digest_members(self, digest_row_id: int) -> list[Alert]:
        """The alerts folded into one digest row, most severe first, then oldest first."""
        with self.engine.connect() as conn:
            payloads = conn.execute(
                select(t.alerts.c.payload)
                .join(t.outbox, t.outbox.c.alert_id == t.alerts.c.id)
                .where(t.outbox.c.folded_into == digest_row_id)
                .order_by(t.outbox.c.severity_rank.desc(), t.outbox.c.id)
            ).scalars()
            return [alert_from_json(p) for p in payloads]

    # --- feeds, in bulk (issue 5: one poll cycle of thousands of feeds) ----------------------------------

    def recent_entry_times_many(self, feed_ids: Sequence[str], since: datetime) -> dict[str, list[datetime]]:
        """`recent_entry_times` for many feeds in one query (every id gets a list, maybe empty)."""
        out: dict[str, list[datetime]] = {fid: [] for fid in feed_ids}
        if not out:
            return out
        ids = list(out)
        when = func.coalesce(t.entries.c.published, t.entries.c.seen_at)
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    select(t.entries.c.feed_id, when).where(
                        t.entries.c.feed_id.in_(ids[start : start + 500]), t.entries.c.seen_at >= since
                    )
                )
                for fid, value in rows:
                    if (d := as_utc(value)) is not None:
                        out[fid].append(d)
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


def settle_outbox_row(conn: Connection, row_id: int, **values: Any) -> None:
    """Give up this instance's lease on a claimed outbox row and record what became of it, in one
    statement, so no outcome can leave a row leased to nobody."""
    conn.execute(
        update(t.outbox).where(t.outbox.c.id == row_id).values(lease_owner=None, lease_until=None, **values)
    )


def reschedule_outbox_rows(conn: Connection, row_ids: Sequence[int], at: datetime) -> None:
    """Hand claimed rows back unsent, due at `at`: not an attempt, not an error."""
    conn.execute(
        update(t.outbox)
        .where(t.outbox.c.id.in_(list(row_ids)), t.outbox.c.status == "pending")
        .values(next_attempt_at=at, lease_owner=None, lease_until=None)
    )


def _park_row(conn: Connection, row_id: int, reason: str) -> None:
    settle_outbox_row(conn, row_id, status="parked", last_error=reason, attempts=t.outbox.c.attempts + 1)


def _lease(conn: Connection, table: Table, query: Select[Any], owner: str, until: datetime) -> list[Any]:
    """Lease the rows `query` selects. On PostgreSQL the selected rows are locked and rows another
    instance is claiming right now are skipped, so concurrent claims come out disjoint."""
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = [r.id for r in conn.execute(query)]
    if ids:
        conn.execute(update(table).where(table.c.id.in_(ids)).values(lease_owner=owner, lease_until=until))
    return ids


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
