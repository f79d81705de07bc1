"""One bot per SQLite file, and one migration at a time on it.

SQLite has no sessions to hold an advisory lock, so two `run` processes on one file would both take
every singleton role (Telegram polling, the deliverers) and post everything twice. `hold_sqlite_file`
takes an exclusive, non-blocking `flock` on ``<file>.lock`` for as long as the bot runs, and writes
who holds it there, so the second process can say which one to stop. The kernel drops the lock when
its process ends, however it ends (SIGKILL included): there is no stale lock to clean up.

`migration_lock` serialises schema migrations on one file (two processes starting together on a
new folder both found no tables and both created them: "table already exists").
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_MIGRATING = threading.Lock()  # flock is per open file: threads of one process need their own lock


class DatabaseInUse(Exception):
    """Another process runs the bot on this SQLite file; the message names it and what to do."""


@dataclass
class HeldFile:
    path: Path
    fd: int

    def release(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            os.close(self.fd)  # closing drops the flock
            self.fd = -1


def _lock_path(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def hold_sqlite_file(database: Path) -> HeldFile:
    """Hold `database` for this process, or raise DatabaseInUse naming the process that holds it."""
    path = _lock_path(database, ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 400, 0).decode("utf-8", "replace").strip() or "another process"
        os.close(fd)
        raise DatabaseInUse(
            f"{database} is in use by another conflict-alerts run ({holder}); stop that one first, or "
            "give this one its own settings.data_dir (or DATABASE_URL). Several instances on one "
            "database need PostgreSQL (docs/deploy.md)"
        ) from None
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode(), 0)
    return HeldFile(path, fd)


@contextlib.contextmanager
def migration_lock(database: Path) -> Iterator[None]:
    """Wait for, then hold, the right to migrate `database`."""
    path = _lock_path(database, ".migrate.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _MIGRATING:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)
