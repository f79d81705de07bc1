"""Entries, the resolver's state (series, events) and alerts, and the unit of work that writes them.

`EntryTransaction` is one entry's transaction: `with store.entries.transaction(locks) as uow:`
opens it (rolled back unless `commit()` is called); inside, the entry is marked seen, the resolver
reads `uow.state`, `uow.history` reads what the write plan depends on, and `uow.apply` writes the
plan that `bot.core.plan` decided. A crash before the commit loses nothing (the entry is still new
next poll); after it, the outbox has the work. The sequence itself is `bot/record.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, RootTransaction, delete, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from bot.core.model import Alert, Entry, Fact, RuleMatch
from bot.core.plan import (
    DeliveryHistory,
    OutboxAction,
    OutboxStatus,
    PostedRow,
    StoredAlert,
    WritePlan,
    alerts_needing_history,
)
from bot.core.resolution import EventState, Resolution, SeriesState
from bot.core.resolve import lock_names
from bot.store import schema as t
from bot.store.codec import alert_from_json, alert_to_json, fact_to_json
from bot.store.db import as_utc
from bot.store.locks import lock_key
from bot.store.tolls import series_in_group, write_series


class WriteConflict(Exception):
    """Another transaction (a poll, an instance) wrote the same entry, series or event first: this
    entry's transaction was rolled back and the entry is not new."""


def state_lock_keys(entry: Entry, matches: Sequence[RuleMatch]) -> list[int]:
    """Advisory lock keys for the series and event groups the resolver may read and write for these
    matches (PostgreSQL, `EntryTransaction`). Sorted, so two transactions never wait on each other
    in opposite orders."""
    return sorted({lock_key(f"resolve:{name}") for name in lock_names(entry, matches)})


class _ConnectionState:
    """The resolver's read-only view of the store, inside the entry's transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def series_group(self, group: str) -> Sequence[SeriesState]:
        return series_in_group(self._conn, group)

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


class EntryTransaction:
    """The unit of work of one entry (or, for `match --state` and admin notices, of one resolution
    without an entry row)."""

    def __init__(self, engine: Engine, lock_keys: Iterable[int] = ()) -> None:
        self._engine = engine
        self._lock_keys = list(lock_keys)
        self._entry_id: int | None = None

    def __enter__(self) -> EntryTransaction:
        self._conn = self._engine.connect()
        self._tx: RootTransaction = self._conn.begin()
        if self._conn.dialect.name == "postgresql":
            # The resolver reads series and events and writes them back: two instances judging
            # reports of one event at once would both see it as new, and the second insert would
            # fail, rolling its entry back. Entries touching the same series or event group take
            # turns (locks released at commit); all others go on in parallel.
            for key in self._lock_keys:
                self._conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
        self.state = _ConnectionState(self._conn)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._tx.is_active:
                self._tx.rollback()
        finally:
            self._conn.close()
        if isinstance(error, IntegrityError):
            raise WriteConflict(str(error.orig)) from error

    def commit(self) -> None:
        self._tx.commit()

    def mark_seen(
        self,
        entry: Entry,
        facts: Sequence[Fact],
        matches: Sequence[RuleMatch],
        now: datetime,
        *,
        baseline: bool,
    ) -> bool:
        """Record the entry; False when it was recorded before (by key or by canonical link)."""
        dup = self._conn.execute(
            select(t.entries.c.id).where(
                t.entries.c.feed_id == entry.feed_id,
                or_(t.entries.c.key == entry.key, t.entries.c.link == (entry.link or None)),
            )
        ).first()
        if dup is not None:
            return False
        inserted = self._conn.execute(
            insert(t.entries).values(**_entry_row(entry, facts, matches, now, baseline=baseline))
        )
        self._entry_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
        return True

    def explain(self, why: str | None) -> None:
        """Why the entry raised no alert (`entries.explain`, the status page's explain view)."""
        if why is not None and self._entry_id is not None:
            self._conn.execute(update(t.entries).where(t.entries.c.id == self._entry_id).values(explain=why))

    def history(self, resolution: Resolution) -> DeliveryHistory:
        """What `plan_writes` needs to know about the alerts this resolution names."""
        conn = self._conn
        proposed = [a.id for a in resolution.alerts]
        stored = {
            alert_id for (alert_id,) in conn.execute(select(t.alerts.c.id).where(t.alerts.c.id.in_(proposed)))
        } if proposed else set()
        looked_up, enriched_ids = alerts_needing_history(resolution)
        enriched = {
            r["id"]: StoredAlert(alert_from_json(r["payload"]), r["revision"])
            for r in conn.execute(
                select(t.alerts.c.id, t.alerts.c.payload, t.alerts.c.revision).where(
                    t.alerts.c.id.in_(sorted(enriched_ids))
                )
            ).mappings()
        } if enriched_ids else {}
        return DeliveryHistory(frozenset(stored), enriched, self._posted(looked_up))

    def _posted(self, alert_ids: set[str]) -> list[PostedRow]:
        if not alert_ids:
            return []
        with_message = t.outbox.c.message_id.is_not(None)
        own = select(t.outbox).where(t.outbox.c.alert_id.in_(sorted(alert_ids)), with_message)
        rows = {r["id"]: r for r in self._conn.execute(own).mappings()}
        messages = sorted({r["message_id"] for r in rows.values()})
        if messages:
            edits = select(t.outbox).where(
                t.outbox.c.message_id.in_(messages), t.outbox.c.action == OutboxAction.EDIT.value
            )
            rows.update((r["id"], r) for r in self._conn.execute(edits).mappings())
        return [_posted_row(r) for r in rows.values()]

    def apply(self, plan: WritePlan, now: datetime) -> None:
        self._write_state(plan.resolution, now)
        for alert in plan.new_alerts:
            self._conn.execute(
                insert(t.alerts).values(
                    id=alert.id,
                    rule_id=alert.rule_id,
                    trigger=alert.trigger.value,
                    severity=alert.severity.value,
                    payload=alert_to_json(alert),
                    entry_id=self._entry_id,
                    created_at=now,
                    revision=1,
                )
            )
        for revised in plan.revised_alerts:
            self._conn.execute(
                update(t.alerts)
                .where(t.alerts.c.id == revised.alert.id)
                .values(payload=alert_to_json(revised.alert), revision=revised.revision)
            )
        for write in plan.outbox:
            self._conn.execute(
                insert(t.outbox).values(
                    alert_id=write.alert_id,
                    destination_id=write.destination_id,
                    platform=write.platform,
                    address=write.address,
                    action=write.action.value,
                    revision=write.revision,
                    severity_rank=write.severity_rank,
                    status=OutboxStatus.PENDING.value,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    message_id=write.message_id,
                    reply_to=write.reply_to,
                    with_alerts=list(write.with_alerts) or None,
                )
            )

    def _write_state(self, res: Resolution, now: datetime) -> None:
        values: dict[str, Any]
        write_series(self._conn, res.series_updates, res.series_points, now)
        for key, e in res.event_upserts.items():
            values = dict(
                group_key=e.group_key,
                alert_id=e.alert_id,
                actors=list(e.actors),
                sources=list(e.sources),
                first_seen=e.first_seen,
                last_seen=e.last_seen,
            )
            self._upsert(t.events, key, values)

    def _upsert(self, table: Any, key: str, values: dict[str, Any]) -> None:
        if self._conn.execute(update(table).where(table.c.key == key).values(**values)).rowcount == 0:
            self._conn.execute(insert(table).values(key=key, **values))


@dataclass(frozen=True, slots=True)
class UnmatchedEntry:
    """A new entry no rule matched, judged and ready to be marked seen (`EntryStore.mark_seen_many`)."""

    entry: Entry
    facts: Sequence[Fact]
    baseline: bool
    why: str | None  # entries.explain (bot/core/explain.py)


def _entry_row(
    entry: Entry, facts: Sequence[Fact], matches: Sequence[RuleMatch], now: datetime, *, baseline: bool
) -> dict[str, Any]:
    return dict(
        feed_id=entry.feed_id,
        key=entry.key,
        link=entry.link,
        title=entry.title[:1000],
        source=entry.source,
        published=entry.published,
        seen_at=now,
        baseline=baseline,
        facts=[fact_to_json(f) for f in facts],  # with evidence and why (the explain view)
        matched_rules=[m.rule_id for m in matches],
        summary=entry.summary if facts else None,  # what a retraction is reviewed against
    )


def _known(conn: Connection, feed_id: str, entries: Sequence[Entry]) -> set[tuple[str, str]]:
    keys = [e.key for e in entries]
    links = [e.link for e in entries if e.link]
    rows = conn.execute(
        select(t.entries.c.key, t.entries.c.link).where(
            t.entries.c.feed_id == feed_id,
            or_(t.entries.c.key.in_(keys), t.entries.c.link.in_(links)),
        )
    )
    return {(r.key, r.link) for r in rows}


def _insert_ignoring_duplicates(conn: Connection, table: Any, unique: list[str]) -> Any:
    """INSERT ... ON CONFLICT (unique) DO NOTHING, in the dialect of the connection."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=unique)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing(index_elements=unique)


def _posted_row(r: Any) -> PostedRow:
    return PostedRow(
        id=r["id"],
        alert_id=r["alert_id"],
        destination_id=r["destination_id"],
        platform=r["platform"],
        address=r["address"],
        action=OutboxAction(r["action"]),
        status=OutboxStatus(r["status"]),
        severity_rank=r["severity_rank"],
        message_id=r["message_id"],
        reply_to=r["reply_to"],
        with_alerts=tuple(r["with_alerts"] or ()),
    )


class EntryStore:
    """Entries and alerts outside the entry's transaction: the seen-filter, lookups and pruning."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def transaction(self, lock_keys: Iterable[int] = ()) -> EntryTransaction:
        return EntryTransaction(self.engine, lock_keys)

    def known_keys(self, feed_id: str, entries: Sequence[Entry]) -> set[tuple[str, str]]:
        """Which of these entries were seen before, by key or by canonical link (a guid that changes
        while the link stays is the same story)."""
        if not entries:
            return set()
        with self.engine.connect() as conn:
            return _known(conn, feed_id, entries)

    def mark_seen_many(self, judged: Sequence[UnmatchedEntry], now: datetime) -> set[str]:
        """Record entries of one feed that matched no rule, in one transaction; returns the keys
        recorded (the others were recorded before, by key or by canonical link).

        Such an entry changes no series, event or alert: its unit of work is its row alone, so the
        rows of a slice share one commit instead of a transaction each (the cold cycle's largest
        cost, benchmarks/RESULTS.md). A crash before the commit leaves them all new for the next poll.
        """
        if not judged:
            return set()
        feed_id = judged[0].entry.feed_id
        assert all(j.entry.feed_id == feed_id for j in judged), "one feed per call"
        with self.engine.begin() as conn:
            known = _known(conn, feed_id, [j.entry for j in judged])
            keys = {k for k, _ in known}
            links = {link for _, link in known if link}
            rows = []
            for item in judged:
                entry = item.entry
                if entry.key in keys or (entry.link and entry.link in links):
                    continue
                keys.add(entry.key)
                if entry.link:
                    links.add(entry.link)
                row = _entry_row(entry, item.facts, (), now, baseline=item.baseline)
                rows.append(row | {"explain": item.why})
            if not rows:
                return set()
            # Another instance that took over the feed's lease may have written some of them since.
            insert_new = _insert_ignoring_duplicates(conn, t.entries, ["feed_id", "key"])
            return {r.key for r in conn.execute(insert_new.returning(t.entries.c.key), rows)}

    def load_alert(self, alert_id: str) -> Alert | None:
        with self.engine.connect() as conn:
            payload = conn.execute(select(t.alerts.c.payload).where(t.alerts.c.id == alert_id)).scalar()
        return alert_from_json(payload) if payload is not None else None

    def load_alerts(self, alert_ids: Sequence[str]) -> list[Alert]:
        """The stored alerts among these ids, in the order given."""
        with self.engine.connect() as conn:
            query = select(t.alerts.c.id, t.alerts.c.payload).where(t.alerts.c.id.in_(list(alert_ids)))
            payloads = {r.id: r.payload for r in conn.execute(query)}
        return [alert_from_json(payloads[i]) for i in alert_ids if i in payloads]

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
