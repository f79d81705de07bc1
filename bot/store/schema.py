"""Table definitions. The Alembic migrations in `migrations/` create exactly these; a test checks that
`alembic upgrade head` and this metadata agree, so neither can drift.

Times are stored as timezone-aware UTC (`DateTime(timezone=True)`); SQLite keeps them as ISO text and
`bot.store.db` re-attaches UTC on the way out.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", String(40), primary_key=True),  # stable hash of the configured URL
    Column("url", Text, nullable=False),  # current URL (permanent redirects update it)
    Column("name", Text, nullable=False),
    Column("tags", JSON, nullable=False, default=list),
    Column("origin", String(16), nullable=False, default="config"),  # config | runtime
    Column("enabled", Boolean, nullable=False, default=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_sha256", String(64)),
    Column("first_polled_at", DateTime(timezone=True)),
    Column("last_polled_at", DateTime(timezone=True)),
    Column("last_success_at", DateTime(timezone=True)),
    Column("last_error_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("error_streak", Integer, nullable=False, default=0),
    Column("interval_s", Float),
    Column("next_poll_at", DateTime(timezone=True)),
    Column("lease_owner", String(64)),
    Column("lease_until", DateTime(timezone=True)),
)
Index("ix_feeds_next_poll_at", feeds.c.next_poll_at)

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("feed_id", String(40), ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),
    Column("link", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("published", DateTime(timezone=True)),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Column("baseline", Boolean, nullable=False, default=False),
    Column("facts", JSON),  # facts extracted, kept for the explain view and `status`
    Column("matched_rules", JSON),
    # Why an entry with facts or matched phrases raised no alert ("code: detail", see bot/core/explain.py);
    # NULL when it alerted or had nothing to say. Written in the entry's transaction (migration 0002).
    Column("explain", Text),
    UniqueConstraint("feed_id", "key", name="uq_entries_feed_key"),
)
Index("ix_entries_feed_link", entries.c.feed_id, entries.c.link)
Index("ix_entries_seen_at", entries.c.seen_at)  # the explain view (newest first) and pruning

# A casualty series: one cumulative toll (location, victims, kind). Alerts on change only.
series = Table(
    "series",
    metadata,
    Column("key", Text, primary_key=True),
    Column("count", Integer, nullable=False),
    Column("published", DateTime(timezone=True)),
    Column("source", Text, nullable=False),
    Column("link", Text, nullable=False),
    Column("alert_id", String(64)),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# An event: an embargo, a recognition or a single-incident toll, one alert across outlets in a window.
events = Table(
    "events",
    metadata,
    Column("key", Text, primary_key=True),
    Column("group_key", Text, nullable=False),  # coarser key used to find overlapping reports
    Column("alert_id", String(64)),
    Column("actors", JSON, nullable=False, default=list),
    Column("sources", JSON, nullable=False, default=list),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)
Index("ix_events_group_key", events.c.group_key)

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("rule_id", Text, nullable=False),
    Column("trigger", String(32), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("payload", JSON, nullable=False),  # the serialised Alert, re-rendered on delivery
    Column("entry_id", Integer, ForeignKey("entries.id", ondelete="SET NULL")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer, nullable=False, default=1),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", String(64), ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False),
    Column("destination_id", Text, nullable=False),
    Column("platform", String(16), nullable=False),
    Column("address", Text, nullable=False),
    Column("action", String(8), nullable=False, default="send"),  # send | edit
    Column("revision", Integer, nullable=False, default=1),
    Column("severity_rank", Integer, nullable=False, default=1),
    Column("status", String(12), nullable=False, default="pending"),  # pending | sent | parked
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("lease_owner", String(64)),
    Column("lease_until", DateTime(timezone=True)),
    Column("message_id", Text),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    UniqueConstraint("alert_id", "destination_id", "action", "revision", name="uq_outbox_delivery"),
)
Index("ix_outbox_due", outbox.c.status, outbox.c.next_attempt_at)

destination_state = Table(
    "destination_state",
    metadata,
    Column("destination_id", Text, primary_key=True),
    Column("paused", Boolean, nullable=False, default=False),
    Column("reason", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
