"""Named queries for chat commands: subscriptions, per-chat settings (mute, digest, quiet hours), and
the outbox operations the delivery gate and the digest job need (statuses `skipped` and `digest`).

Kept apart from `repo.Store` so the command feature does not edit the delivery engine's queries;
it works on the same engine and tables (schema.py, migration 0003).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import Engine, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.chat_prefs import ChatPrefs, DigestMode, QuietHours
from bot.core.plan import OutboxStatus
from bot.core.route import ALL, Subscription
from bot.store import schema as t
from bot.store.db import as_utc
from bot.store.outbox import reschedule_outbox_rows, settle_outbox_row


@dataclass(frozen=True, slots=True)
class DigestBatch:
    """Outbox rows of one chat waiting for its digest."""

    platform: str
    address: str
    destination_id: str
    row_ids: tuple[int, ...]
    alert_ids: tuple[str, ...]


# Every subscription, and the (platform, chat id) of every chat muted: what routing an alert reads.
RoutingSnapshot = tuple[list[Subscription], set[tuple[str, str]]]


class SubscriptionStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- subscriptions ---------------------------------------------------------------------------------

    def subscribe(self, sub: Subscription, created_by: str, now: datetime) -> bool:
        """Add a subscription; False when the chat had it already."""
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(t.subscriptions).values(
                        platform=sub.platform,
                        chat_id=sub.chat_id,
                        trigger=sub.trigger,
                        region=sub.region,
                        created_by=created_by,
                        created_at=now,
                    )
                )
        except IntegrityError:
            return False
        return True

    def unsubscribe(self, platform: str, chat_id: str, trigger: str | None, region: str | None) -> int:
        """Remove one subscription, or all of the chat's when trigger and region are None. Returns how
        many were removed."""
        where = [t.subscriptions.c.platform == platform, t.subscriptions.c.chat_id == chat_id]
        if trigger is not None:
            where.append(t.subscriptions.c.trigger == trigger)
        if region is not None:
            where.append(t.subscriptions.c.region == region)
        with self.engine.begin() as conn:
            return int(conn.execute(delete(t.subscriptions).where(*where)).rowcount)

    def chat_subscriptions(self, platform: str, chat_id: str) -> list[Subscription]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.subscriptions)
                .where(t.subscriptions.c.platform == platform, t.subscriptions.c.chat_id == chat_id)
                .order_by(t.subscriptions.c.id)
            ).mappings()
            return [_subscription(r) for r in rows]

    def all_subscriptions(self, platform: str | None = None) -> list[Subscription]:
        query = select(t.subscriptions).order_by(t.subscriptions.c.id)
        if platform is not None:
            query = query.where(t.subscriptions.c.platform == platform)
        with self.engine.connect() as conn:
            return [_subscription(r) for r in conn.execute(query).mappings()]

    def routing_snapshot(self, now: datetime) -> RoutingSnapshot:
        """Every subscription and the (platform, chat id) of every chat muted at `now`: what the router
        needs for one entry, read in one connection before the entry's transaction opens."""
        with self.engine.connect() as conn:
            subs = [
                _subscription(r)
                for r in conn.execute(select(t.subscriptions).order_by(t.subscriptions.c.id)).mappings()
            ]
            muted = {
                (r.platform, r.chat_id)
                for r in conn.execute(
                    select(t.chat_settings.c.platform, t.chat_settings.c.chat_id).where(
                        t.chat_settings.c.mute_until > now
                    )
                )
            }
        return subs, muted

    # --- chat settings ------------------------------------------------------------------------------------

    def prefs(self, platform: str, chat_id: str) -> ChatPrefs:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    select(t.chat_settings).where(
                        t.chat_settings.c.platform == platform, t.chat_settings.c.chat_id == chat_id
                    )
                )
                .mappings()
                .first()
            )
        return _prefs(row) if row is not None else ChatPrefs()

    def all_prefs(self) -> dict[tuple[str, str], ChatPrefs]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.chat_settings)).mappings().all()
        return {(r["platform"], r["chat_id"]): _prefs(r) for r in rows}

    def update_prefs(self, platform: str, chat_id: str, by: str, now: datetime, **values: Any) -> None:
        """Set chat_settings columns (mute_until, digest, quiet_start, quiet_end, timezone)."""
        values = {**values, "updated_by": by, "updated_at": now}
        key = and_(t.chat_settings.c.platform == platform, t.chat_settings.c.chat_id == chat_id)
        with self.engine.begin() as conn:
            if conn.execute(update(t.chat_settings).where(key).values(**values)).rowcount == 0:
                conn.execute(
                    insert(t.chat_settings).values(
                        platform=platform, chat_id=chat_id, **{"digest": "off", **values}
                    )
                )

    # --- outbox: the delivery gate and the digest job ----------------------------------------------

    def skip_row(self, row_id: int, reason: str) -> None:
        """Close a row without sending it (the chat is muted); kept with the reason."""
        with self.engine.begin() as conn:
            settle_outbox_row(conn, row_id, status=OutboxStatus.SKIPPED.value, last_error=reason)

    def reschedule_row(self, row_id: int, at: datetime) -> None:
        """Hold a row in the outbox until `at` (the end of quiet hours): not an attempt, not an error."""
        with self.engine.begin() as conn:
            reschedule_outbox_rows(conn, [row_id], at)

    def hold_for_digest(self, row_id: int, at: datetime) -> None:
        """Move a row out of the deliverer's way until the chat's digest is due at `at`."""
        with self.engine.begin() as conn:
            settle_outbox_row(conn, row_id, status=OutboxStatus.DIGEST.value, next_attempt_at=at)

    def due_digests(self, now: datetime, platforms: list[str]) -> list[DigestBatch]:
        """Chats with at least one digest row due, each with all of its digest rows (due or not: a
        digest takes everything waiting), oldest first."""
        with self.engine.connect() as conn:
            due = (
                select(t.outbox.c.platform, t.outbox.c.address)
                .where(
                    t.outbox.c.status == OutboxStatus.DIGEST.value,
                    t.outbox.c.next_attempt_at <= now,
                    t.outbox.c.platform.in_(platforms),
                )
                .distinct()
            )
            chats = {(r.platform, r.address) for r in conn.execute(due)}
            if not chats:
                return []
            rows = conn.execute(
                select(
                    t.outbox.c.id,
                    t.outbox.c.platform,
                    t.outbox.c.address,
                    t.outbox.c.destination_id,
                    t.outbox.c.alert_id,
                )
                .where(t.outbox.c.status == OutboxStatus.DIGEST.value, t.outbox.c.platform.in_(platforms))
                .order_by(t.outbox.c.id)
            ).all()
        grouped: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for r in rows:
            if (r.platform, r.address) in chats:
                grouped[(r.platform, r.address)].append(r)
        return [
            DigestBatch(
                platform,
                address,
                items[0].destination_id,
                tuple(r.id for r in items),
                tuple(r.alert_id for r in items),
            )
            for (platform, address), items in grouped.items()
        ]


def _subscription(r: Any) -> Subscription:
    return Subscription(r["platform"], r["chat_id"], r["trigger"] or ALL, r["region"] or ALL)


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _prefs(r: Any) -> ChatPrefs:
    quiet = None
    if r["quiet_start"] and r["quiet_end"]:
        quiet = QuietHours(_hhmm(r["quiet_start"]), _hhmm(r["quiet_end"]), r["timezone"] or "UTC")
    try:
        digest = DigestMode(r["digest"] or "off")
    except ValueError:
        digest = DigestMode.OFF
    return ChatPrefs(
        mute_until=as_utc(r["mute_until"]), digest=digest, quiet=quiet, timezone=r["timezone"] or "UTC"
    )
