"""Singleton roles across instances (a platform's deliverer with its rate budget, Telegram polling).

On PostgreSQL a role is a session-level advisory lock held on a dedicated connection: when the
holder dies, PostgreSQL drops its connection and the lock with it, and a standby's next
`try_acquire` (every scheduler tick) takes over within seconds. There is no home-made heartbeat.

On SQLite there is one instance per database file by construction (the file is local), so the role
is always granted.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Connection, Engine, text

log = logging.getLogger("conflict_alerts.locks")


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock from a readable role name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class SingletonRole:
    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name
        self._key = lock_key(name)
        self._conn: Connection | None = None
        self._postgres = engine.dialect.name == "postgresql"

    @property
    def held(self) -> bool:
        return not self._postgres or self._conn is not None

    def try_acquire(self) -> bool:
        """Non-blocking. True while this instance holds the role; checks the connection is alive."""
        if not self._postgres:
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
                self._conn.close()
            except Exception:
                log.debug("closing the role connection failed", exc_info=True)
            self._conn = None
