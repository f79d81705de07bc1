"""Running instances: who is up, what each holds, and what happens to the leases of one that died.

Every `conflict-alerts run` has a row in `instances`, keyed by its lease-owner name
(`CONFLICT_ALERTS_INSTANCE`, default `host:pid`), and on PostgreSQL a session advisory lock named
after it (`instance:<name>`), held for its whole life on a connection of its own.

* **Liveness is the lock, not the clock.** On PostgreSQL an instance is alive while its lock is held:
  a SIGKILLed process's kernel closes its sockets, the server ends the session and the lock goes with
  it; a vanished host is dropped by TCP keepalives (`bot.store.db.PG_KEEPALIVES`). On SQLite (one
  instance per file) an instance is dead when its heartbeat is older than `STALE_AFTER_S`.
* **A dead instance's leases are released by the living**, on their heartbeat, instead of waiting
  for the leases to expire. So leases can stay long (a slow send or fetch never loses its lease while
  its owner is alive, which would risk a second post) and a standby still picks up a killed
  instance's feeds and in-flight outbox rows within seconds. On PostgreSQL an instance must be seen
  without its lock on two heartbeats `HEARTBEAT_S` apart before it is declared dead: after a
  database restart every session is gone at once, and each live instance takes its lock again on
  its next heartbeat.
* **A name is one process.** Starting a second instance under a name whose lock is held fails with
  `DuplicateInstance`; a restart under the same name (a container restarting) first releases what its
  dead predecessor held.

The heartbeat also records which singleton roles the instance holds and how many leases, for
`conflict-alerts status`. A clean stop deletes the row; a dead one's row stays, shown as stale, and is
forgotten after a day.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update

from bot.core.plan import OutboxStatus
from bot.store import schema as t
from bot.store.db import as_utc, utcnow
from bot.store.locks import SingletonRole, held_roles, lock_key

log = logging.getLogger("conflict_alerts.instances")

HEARTBEAT_S = 5.0
STALE_AFTER_S = 3 * HEARTBEAT_S
FORGET_AFTER = timedelta(days=1)


class DuplicateInstance(Exception):
    """Another live process already runs under this instance name."""


@dataclass(frozen=True, slots=True)
class InstanceInfo:
    id: str
    host: str
    pid: int
    started_at: datetime
    last_seen: datetime
    roles: tuple[str, ...]  # as reported at its last heartbeat
    feeds_leased: int  # unexpired leases it holds now
    outbox_leased: int
    alive: bool
    released_at: datetime | None


def instance_lock_name(instance_id: str) -> str:
    return f"instance:{instance_id}"


class Presence:
    """This process's row in `instances`: register at start, heartbeat, unregister on a clean stop."""

    def __init__(
        self,
        engine: Engine,
        instance_id: str,
        *,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.id = instance_id
        self.clock = clock
        self.monotonic = monotonic
        self._lock = SingletonRole(engine, instance_lock_name(instance_id))
        self._suspects: dict[str, float] = {}  # instance id -> when first seen without its lock

    def register(self) -> None:
        if not self._lock.try_acquire():
            raise DuplicateInstance(
                f"another running instance is named {self.id!r}: give each instance its own "
                "CONFLICT_ALERTS_INSTANCE (the default, host:pid, is unique per process)"
            )
        now = self.clock()
        with self.engine.begin() as conn:
            # A row under our name is a dead predecessor (we hold the name's lock): free what it held.
            _release_leases(conn, self.id)
            conn.execute(delete(t.instances).where(t.instances.c.id == self.id))
            conn.execute(
                insert(t.instances).values(
                    id=self.id,
                    host=socket.gethostname(),
                    pid=os.getpid(),
                    started_at=now,
                    last_seen=now,
                    roles=[],
                    feeds_leased=0,
                    outbox_leased=0,
                )
            )
        log.info("registered as instance %s", self.id, extra={"event": "instance_registered"})

    def heartbeat(self) -> list[str]:
        """Refresh this instance's row and release the leases of dead ones. Returns their ids."""
        if not self._lock.try_acquire():
            log.error("instance name %s is held by another process; two instances share a name", self.id)
        now = self.clock()
        roles = held_roles(self.engine)
        with self.engine.begin() as conn:
            feeds_leased, outbox_leased = _lease_counts(conn, now).get(self.id, (0, 0))
            values = dict(
                last_seen=now,
                roles=roles,
                feeds_leased=feeds_leased,
                outbox_leased=outbox_leased,
                released_at=None,
            )
            mine = update(t.instances).where(t.instances.c.id == self.id).values(**values)
            if conn.execute(mine).rowcount == 0:  # reaped while we were stalled: come back
                conn.execute(
                    insert(t.instances).values(
                        id=self.id, host=socket.gethostname(), pid=os.getpid(), started_at=now, **values
                    )
                )
        return self.reap_dead()

    def reap_dead(self) -> list[str]:
        """Release the leases held by instances that died; forget rows dead for a day."""
        now = self.clock()
        reaped: list[str] = []
        with self.engine.begin() as conn:
            conn.execute(delete(t.instances).where(t.instances.c.last_seen < now - FORGET_AFTER))
            rows = conn.execute(
                select(t.instances.c.id, t.instances.c.last_seen).where(
                    t.instances.c.id != self.id, t.instances.c.released_at.is_(None)
                )
            ).all()
            if not rows:
                self._suspects.clear()
                return []
            alive = _alive(conn, [r.id for r in rows], now, {r.id: as_utc(r.last_seen) for r in rows})
            mono = self.monotonic()
            for row in rows:
                if alive[row.id]:
                    self._suspects.pop(row.id, None)
                    continue
                if conn.dialect.name == "postgresql":
                    first = self._suspects.setdefault(row.id, mono)
                    if mono - first < HEARTBEAT_S:
                        continue  # seen lockless once: give it one heartbeat to take its lock again
                feeds, outbox = _release_leases(conn, row.id)
                conn.execute(update(t.instances).where(t.instances.c.id == row.id).values(released_at=now))
                self._suspects.pop(row.id, None)
                reaped.append(row.id)
                log.warning(
                    "instance %s is gone (last seen %s); released its leases on %d feeds and %d outbox rows",
                    row.id,
                    as_utc(row.last_seen),
                    feeds,
                    outbox,
                    extra={"event": "instance_reaped", "fields": {"instance": row.id}},
                )
        return reaped

    def unregister(self) -> None:
        """A clean stop: hand back what this instance still holds and remove its row."""
        try:
            with self.engine.begin() as conn:
                _release_leases(conn, self.id)
                conn.execute(delete(t.instances).where(t.instances.c.id == self.id))
        finally:
            self._lock.release()


def list_instances(engine: Engine, now: datetime | None = None) -> list[InstanceInfo]:
    """Every registered instance with its live lease counts, oldest first."""
    now = now or utcnow()
    with engine.connect() as conn:
        rows = (
            conn.execute(select(t.instances).order_by(t.instances.c.started_at, t.instances.c.id))
            .mappings()
            .all()
        )
        counts = _lease_counts(conn, now)
        alive = _alive(conn, [r["id"] for r in rows], now, {r["id"]: as_utc(r["last_seen"]) for r in rows})
    return [
        InstanceInfo(
            id=r["id"],
            host=r["host"],
            pid=r["pid"],
            started_at=as_utc(r["started_at"]) or now,
            last_seen=as_utc(r["last_seen"]) or now,
            roles=tuple(r["roles"] or ()),
            feeds_leased=counts.get(r["id"], (0, 0))[0],
            outbox_leased=counts.get(r["id"], (0, 0))[1],
            alive=alive[r["id"]],
            released_at=as_utc(r["released_at"]),
        )
        for r in rows
    ]


def lease_holders(engine: Engine, now: datetime | None = None) -> dict[str, tuple[int, int]]:
    """owner -> (feeds, outbox rows) under an unexpired lease, registered or not."""
    with engine.connect() as conn:
        return _lease_counts(conn, now or utcnow())


def _lease_counts(conn: Connection, now: datetime) -> dict[str, tuple[int, int]]:
    feeds: dict[str, int] = {
        owner: int(n)
        for owner, n in conn.execute(
            select(t.feeds.c.lease_owner, func.count())
            .where(t.feeds.c.lease_owner.is_not(None), t.feeds.c.lease_until > now)
            .group_by(t.feeds.c.lease_owner)
        )
    }
    # Only pending rows are ever leased; the status filter lets the (status, next_attempt_at) index work.
    outbox: dict[str, int] = {
        owner: int(n)
        for owner, n in conn.execute(
            select(t.outbox.c.lease_owner, func.count())
            .where(
                t.outbox.c.status == OutboxStatus.PENDING.value,
                t.outbox.c.lease_owner.is_not(None),
                t.outbox.c.lease_until > now,
            )
            .group_by(t.outbox.c.lease_owner)
        )
    }
    return {o: (int(feeds.get(o, 0)), int(outbox.get(o, 0))) for o in {*feeds, *outbox}}


def _release_leases(conn: Connection, owner: str) -> tuple[int, int]:
    feeds = conn.execute(
        update(t.feeds).where(t.feeds.c.lease_owner == owner).values(lease_owner=None, lease_until=None)
    ).rowcount
    outbox = conn.execute(
        update(t.outbox).where(t.outbox.c.lease_owner == owner).values(lease_owner=None, lease_until=None)
    ).rowcount
    return int(feeds), int(outbox)


def _alive(
    conn: Connection, ids: list[str], now: datetime, last_seen: dict[str, datetime | None]
) -> dict[str, bool]:
    if conn.dialect.name == "postgresql":
        held = held_advisory_keys(conn)
        return {i: lock_key(instance_lock_name(i)) in held for i in ids}
    cutoff = now - timedelta(seconds=STALE_AFTER_S)
    return {i: (seen := last_seen.get(i)) is not None and seen >= cutoff for i in ids}


def held_advisory_keys(conn: Connection) -> set[int]:
    """The 64-bit advisory lock keys held in this database (PostgreSQL), by any session."""
    rows = conn.execute(
        text(
            "SELECT classid::bigint, objid::bigint FROM pg_locks WHERE locktype = 'advisory'"
            " AND objsubid = 1 AND granted"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
    )
    keys = set()
    for high, low in rows:
        key = (int(high) << 32) | int(low)
        keys.add(key - (1 << 64) if key >= 1 << 63 else key)
    return keys
