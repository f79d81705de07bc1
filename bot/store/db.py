"""Engine creation and schema migration.

SQLite is the embedded default (WAL journal, a busy timeout so the deliverer thread and the poller
never see "database is locked" under normal load); PostgreSQL is the scale-out store. Both get their
schema from the same Alembic migrations, applied at start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, Select, Table, create_engine, event, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from bot.core.wording import did_you_mean
from bot.errors import DatabaseUrlError
from bot.store.filelock import migration_lock

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# Schemes hosting providers hand out, and the SQLAlchemy driver this project ships for them.
# psycopg2 speaks the same libpq URL as psycopg 3, so a URL written for it works unchanged.
_POSTGRES_SCHEMES = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg2": "postgresql+psycopg",
}
_SHIPPED_DRIVERS = {"postgresql": "psycopg", "sqlite": "pysqlite"}
_URL_HELP = (
    "expected postgresql://HOST:5432/DBNAME with USER:PASSWORD@ before the host (postgres:// works too), "
    "or sqlite:///PATH/TO/FILE.sqlite3"
)


def parse_database_url(url: str) -> URL:
    """The URL with `postgres://` and `postgresql://` mapped to the psycopg 3 driver; raises
    DatabaseUrlError, naming the accepted forms, for anything else."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port SQLAlchemy cannot read ("[::1:5432")
        raise DatabaseUrlError(f"DATABASE_URL is not a database URL: {url!r}; {_URL_HELP}") from None
    driver = _POSTGRES_SCHEMES.get(parsed.drivername)
    if driver is not None:
        parsed = parsed.set(drivername=driver)
    backend = parsed.get_backend_name()
    shown = parsed.render_as_string(hide_password=True)
    if backend not in _SHIPPED_DRIVERS:
        hint = did_you_mean(parsed.drivername, ["postgres", "postgresql", "sqlite"])
        raise DatabaseUrlError(
            f"DATABASE_URL: unsupported database {parsed.drivername!r}{hint} in {shown}; {_URL_HELP}"
        )
    if parsed.get_driver_name() != _SHIPPED_DRIVERS[backend]:
        raise DatabaseUrlError(
            f"DATABASE_URL: driver {parsed.get_driver_name()!r} is not one this bot ships; write "
            f"{backend}:// without a driver ({shown}); {_URL_HELP}"
        )
    return parsed


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and for in-memory SQLite)."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = not parsed.database or parsed.database == ":memory:"
        if parsed.database and not in_memory:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": 30},
            # One shared connection, or each thread would see its own empty in-memory database.
            poolclass=StaticPool if in_memory else None,
            # No pre-ping: a connection to a local file does not go stale, and the ping was a query
            # per checkout (one per entry's transaction).
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # Parameters given in the URL win (e.g. `?options=` must be left out behind pgbouncer).
        connect_args = {k: v for k, v in PG_KEEPALIVES.items() if k not in parsed.query}
    return create_engine(
        parsed, pool_pre_ping=True, pool_size=10, max_overflow=10, connect_args=connect_args
    )


# A SIGKILLed instance's sockets are closed by its kernel, so PostgreSQL ends its session (and frees
# its advisory locks) at once. A host that vanishes sends nothing: without keepalives the server would
# keep that session, and the roles it holds, for over two hours (tcp_keepalives_idle defaults to the
# OS's 7200 s). Server side (`options`): probe after 10 s idle, every 5 s, give up after 3 misses, and
# drop a connection whose sent data stays unacknowledged for 30 s. Client side (libpq `keepalives*`):
# the same, so the bot notices a dead server instead of hanging on a half-open socket.
PG_KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "options": "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
    " -c tcp_user_timeout=30000",
}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to `revision`; safe to call at every start and from several instances
    (on PostgreSQL an advisory lock serialises concurrent upgrades, on SQLite a lock file)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        with migration_lock(Path(database)):
            _upgrade(engine, revision)
    else:
        _upgrade(engine, revision)


def _upgrade(engine: Engine, revision: str) -> None:
    cfg = _alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time in the store is UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def lease_rows(conn: Connection, table: Table, query: Select[Any], owner: str, until: datetime) -> list[Any]:
    """Lease the rows `query` selects (feeds or outbox rows). On PostgreSQL the selected rows are
    locked and rows another instance is claiming right now are skipped, so concurrent claims come out
    disjoint."""
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = [r.id for r in conn.execute(query)]
    if ids:
        conn.execute(update(table).where(table.c.id.in_(ids)).values(lease_owner=owner, lease_until=until))
    return ids
