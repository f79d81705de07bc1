"""Singleton roles across instances (a platform's deliverer with its rate budget, Telegram polling).

On PostgreSQL a role is a session-level advisory lock held on a dedicated connection: when the
holder dies, PostgreSQL drops its connection and the lock with it, and a standby's next
`try_acquire` (every scheduler tick) takes over within seconds. Passing a role needs no heartbeat
(the `instances` heartbeat in `bot/store/instances.py` is for `status` and for releasing a dead
instance's leases). A killed process's sockets are closed by its kernel, so PostgreSQL sees the
connection end at once; a vanished host is found by the TCP keepalives `make_engine` asks for.

On SQLite there is one instance per database file by construction (the file is local), so the role
is always granted.
"""

from __future__ import annotations

import hashlib
import logging
import weakref

from sqlalchemy import Connection, Engine, text

log = logging.getLogger("conflict_alerts.locks")


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock from a readable role name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


# Every role object of this process, so the instance heartbeat can report what it holds.
_ROLES: weakref.WeakSet[SingletonRole] = weakref.WeakSet()


def held_roles(engine: Engine) -> list[str]:
    """Names of the roles this process holds on `engine` (the instance's own lock excluded)."""
    names = {r.name for r in list(_ROLES) if r.engine is engine and r.active}
    return sorted(n for n in names if not n.startswith("instance:"))


class SingletonRole:
    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name
        self._key = lock_key(name)
        self._conn: Connection | None = None
        self._postgres = engine.dialect.name == "postgresql"
        self._granted = False  # last try_acquire succeeded and no release since
        _ROLES.add(self)

    @property
    def active(self) -> bool:
        """Held after a successful try_acquire (on SQLite: granted and not released)."""
        return self._conn is not None if self._postgres else self._granted

    @property
    def held(self) -> bool:
        return not self._postgres or self._conn is not None

    def try_acquire(self) -> bool:
        """Non-blocking. True while this instance holds the role; checks the connection is alive."""
        if not self._postgres:
            self._granted = True
            return True
        if self._conn is not None:
            try:
                self._conn.exec_driver_sql("SELECT 1")
                return True
            except Exception:
                log.warning("lost the connection holding role %s; trying to take it again", self.name)
                self._drop()
        conn = self.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}).scalar())
            conn.commit()
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        log.info("took role %s", self.name, extra={"event": "role_acquired", "fields": {"role": self.name}})
        return True

    def release(self) -> None:
        self._granted = False
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
            self._conn.commit()
        finally:
            self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                # Never back into the pool: if the unlock failed, a pooled session would keep the
                # lock (and the role) for as long as the pool keeps the connection.
                self._conn.invalidate()
                self._conn.close()
            except Exception:
                log.debug("closing the role connection failed", exc_info=True)
            self._conn = None
