"""The outbox: rows claimed under a lease by a platform's deliverer and settled with their outcome
(sent, retried, parked, released, rescheduled), burst rows folded into digest rows, and the paused
state of destinations (`destination_state`), which decides whether their rows are claimed at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, or_, select, update

from bot.core.model import Alert
from bot.core.plan import OutboxAction, OutboxStatus
from bot.core.review import OutboxRef
from bot.store import schema as t
from bot.store.codec import alert_from_json
from bot.store.db import as_utc, lease_rows


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    alert_id: str
    destination_id: str
    platform: str
    address: str
    action: OutboxAction
    revision: int
    severity_rank: int
    attempts: int
    message_id: str | None
    reply_to: str | None = None  # a send answering this earlier message (`update: reply`)
    with_alerts: tuple[str, ...] = ()  # other alerts of the entry and trigger shown as lines


class OutboxStore:
    """Claims, outcomes and digests of outbox rows; pausing and resuming destinations."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def claim(
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
                    t.outbox.c.status == OutboxStatus.PENDING.value,
                    t.outbox.c.platform.in_(list(platforms)),
                    t.outbox.c.next_attempt_at <= now,
                    or_(t.outbox.c.lease_until.is_(None), t.outbox.c.lease_until < now),
                    t.outbox.c.destination_id.not_in(paused),
                )
                .order_by(t.outbox.c.severity_rank.desc(), t.outbox.c.id)
                .limit(limit)
            )
            ids = lease_rows(conn, t.outbox, query, owner, now + lease)
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
                    OutboxAction(r["action"]),
                    r["revision"],
                    r["severity_rank"],
                    r["attempts"],
                    r["message_id"],
                    r["reply_to"],
                    tuple(r["with_alerts"] or ()),
                )
                for r in rows
            ]

    def mark_sent(self, row_id: int, message_id: str, now: datetime) -> bool:
        """Record the platform's message id. True when the row had been cancelled while its send was
        in flight (its alert was withdrawn meanwhile): the message is out and must be corrected."""
        with self.engine.begin() as conn:
            before = conn.execute(select(t.outbox.c.status).where(t.outbox.c.id == row_id)).scalar()
            settle_outbox_row(
                conn,
                row_id,
                status=OutboxStatus.SENT.value,
                message_id=message_id,
                sent_at=now,
                attempts=t.outbox.c.attempts + 1,
            )
        return before == OutboxStatus.CANCELLED.value

    def withdraw_posted(self, row: OutboxRow, message_id: str, now: datetime) -> None:
        """Queue the edit that says a message was withdrawn, for a message that went out after its alert
        was withdrawn (the retraction could not know its id): the alert's current, withdrawn form."""
        with self.engine.begin() as conn:
            revision = conn.execute(select(t.alerts.c.revision).where(t.alerts.c.id == row.alert_id)).scalar()
            if revision is None:
                return
            exists = conn.execute(
                select(t.outbox.c.id).where(
                    t.outbox.c.alert_id == row.alert_id,
                    t.outbox.c.destination_id == row.destination_id,
                    t.outbox.c.action == OutboxAction.EDIT.value,
                    t.outbox.c.revision == revision,
                )
            ).first()
            if exists is not None:
                return
            queue_withdrawal_edit(conn, row, revision=revision, message_id=message_id, now=now)

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
                    .where(
                        t.outbox.c.destination_id == destination_id,
                        t.outbox.c.status == OutboxStatus.PARKED.value,
                    )
                    .values(status=OutboxStatus.PENDING.value, next_attempt_at=now)
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

    def pending_count(self, platforms: Sequence[str]) -> int:
        with self.engine.connect() as conn:
            paused = select(t.destination_state.c.destination_id).where(
                t.destination_state.c.paused.is_(True)
            )
            return int(
                conn.execute(
                    select(func.count()).where(
                        t.outbox.c.status == OutboxStatus.PENDING.value,
                        t.outbox.c.platform.in_(list(platforms)),
                        t.outbox.c.destination_id.not_in(paused),
                    )
                ).scalar_one()
            )

    def next_due(self, platforms: Sequence[str]) -> datetime | None:
        with self.engine.connect() as conn:
            return as_utc(
                conn.execute(
                    select(func.min(t.outbox.c.next_attempt_at)).where(
                        t.outbox.c.status == OutboxStatus.PENDING.value,
                        t.outbox.c.platform.in_(list(platforms)),
                    )
                ).scalar()
            )

    def park_message(self, row_id: int, reason: str, now: datetime) -> None:
        """This one message cannot be delivered (too long, markup rejected, retries exhausted): park the
        row with its reason. Unlike `park`, the destination stays active; resuming it re-queues the row."""
        with self.engine.begin() as conn:
            _park_row(conn, row_id, reason)

    def cancel(self, row_id: int, reason: str) -> None:
        """A claimed row that must not go out (its alert was withdrawn meanwhile)."""
        with self.engine.begin() as conn:
            settle_outbox_row(conn, row_id, status=OutboxStatus.CANCELLED.value, last_error=reason)

    def reschedule(self, row_ids: Sequence[int], next_attempt_at: datetime) -> None:
        """Hand claimed rows back unsent, due at `next_attempt_at` (not an attempt, not an error): the
        rows queued behind one that must wait keep their place behind it."""
        if not row_ids:
            return
        with self.engine.begin() as conn:
            reschedule_outbox_rows(conn, row_ids, next_attempt_at)

    def release_leases(self, platforms: Sequence[str]) -> int:
        """Clear every lease on pending rows of these platforms. Called by a platform's deliverer when it
        takes the platform's singleton role: any lease left then was its dead predecessor's (a crash
        mid-send), and waiting for it to expire would hold those alerts back for minutes."""
        with self.engine.begin() as conn:
            result = conn.execute(
                update(t.outbox)
                .where(
                    t.outbox.c.status == OutboxStatus.PENDING.value,
                    t.outbox.c.platform.in_(list(platforms)),
                    t.outbox.c.lease_owner.is_not(None),
                )
                .values(lease_owner=None, lease_until=None)
            )
            return int(result.rowcount or 0)

    def fold_into_digest(
        self,
        row_ids: Sequence[int],
        owner: str,
        due: datetime,
        now: datetime,
        max_items: int,
        from_status: OutboxStatus = OutboxStatus.PENDING,
    ) -> list[int]:
        """Fold `send` rows of one destination into digest rows, in one transaction: each row becomes
        `folded` and points (`folded_into`) at a pending `digest` row, which is delivered in their
        place. The rows are pending ones a burst folds, or (`from_status` DIGEST) the ones a chat's
        own digest held. An open digest of the destination (pending, not leased by another owner,
        fewer than `max_items` members) is filled first; new ones are due at `due`. Rows no longer in
        `from_status` (sent or leased elsewhere meanwhile) are skipped. Returns the digest rows used."""
        if not row_ids:
            return []
        free = or_(
            t.outbox.c.lease_owner.is_(None),
            t.outbox.c.lease_owner == owner,
            t.outbox.c.lease_until < now,
        )
        with self.engine.begin() as conn:
            rows = (
                conn.execute(
                    select(t.outbox)
                    .where(
                        t.outbox.c.id.in_(list(row_ids)),
                        t.outbox.c.status == from_status.value,
                        t.outbox.c.action == OutboxAction.SEND.value,
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
            for members in by_destination.values():
                used += _fold(
                    conn, members, _open_digests(conn, members[0], free, max_items), due, now, max_items
                )
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


def queue_withdrawal_edit(
    conn: Connection, row: OutboxRow | OutboxRef, *, revision: int, message_id: str | None, now: datetime
) -> None:
    """Queue the edit that shows a posted message's alert withdrawn (its `revision`, to the same
    destination and message, with the same lines)."""
    conn.execute(
        insert(t.outbox).values(
            alert_id=row.alert_id,
            destination_id=row.destination_id,
            platform=row.platform,
            address=row.address,
            action=OutboxAction.EDIT.value,
            revision=revision,
            severity_rank=row.severity_rank,
            status=OutboxStatus.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            message_id=message_id,
            with_alerts=list(row.with_alerts) or None,
        )
    )


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
        .where(t.outbox.c.id.in_(list(row_ids)), t.outbox.c.status == OutboxStatus.PENDING.value)
        .values(next_attempt_at=at, lease_owner=None, lease_until=None)
    )


def _park_row(conn: Connection, row_id: int, reason: str) -> None:
    settle_outbox_row(
        conn, row_id, status=OutboxStatus.PARKED.value, last_error=reason, attempts=t.outbox.c.attempts + 1
    )


def _open_digests(conn: Connection, first: Any, free: Any, max_items: int) -> list[tuple[int, int]]:
    """(digest row id, free places) of the destination's digest rows still open for members."""
    open_digests = conn.execute(
        select(t.outbox.c.id)
        .where(
            t.outbox.c.destination_id == first["destination_id"],
            t.outbox.c.action == OutboxAction.DIGEST.value,
            t.outbox.c.status == OutboxStatus.PENDING.value,
            free,
        )
        .order_by(t.outbox.c.id)
    ).scalars()
    slots = []
    for digest_id in open_digests:
        count = conn.execute(select(func.count()).where(t.outbox.c.folded_into == digest_id)).scalar_one()
        if count < max_items:
            slots.append((digest_id, max_items - int(count)))
    return slots


def _fold(
    conn: Connection,
    members: list[Any],
    slots: list[tuple[int, int]],
    due: datetime,
    now: datetime,
    max_items: int,
) -> list[int]:
    used = []
    while members:
        if slots:
            digest_id, room = slots.pop(0)
        else:
            first = members[0]
            inserted = conn.execute(
                insert(t.outbox).values(
                    alert_id=first["alert_id"],
                    destination_id=first["destination_id"],
                    platform=first["platform"],
                    address=first["address"],
                    action=OutboxAction.DIGEST.value,
                    revision=1,
                    severity_rank=first["severity_rank"],
                    status=OutboxStatus.PENDING.value,
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
            .values(
                status=OutboxStatus.FOLDED.value, folded_into=digest_id, lease_owner=None, lease_until=None
            )
        )
        top = max(m["severity_rank"] for m in chunk)
        conn.execute(
            update(t.outbox)
            .where(t.outbox.c.id == digest_id, t.outbox.c.severity_rank < top)
            .values(severity_rank=top)
        )
        used.append(digest_id)
    return used
