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
    # The item's text, kept for entries with facts: what a retraction is reviewed against (0007).
    Column("summary", Text),
    UniqueConstraint("feed_id", "key", name="uq_entries_feed_key"),
)
Index("ix_entries_feed_link", entries.c.feed_id, entries.c.link)
Index("ix_entries_seen_at", entries.c.seen_at)  # the explain view (newest first) and pruning

# A casualty series (bot.core.series): one running toll and its best known figure. Cumulative tolls
# have one row per group (area, kind, victim class); incidents several, told apart by town and time.
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
    # migration 0008
    Column("group_key", Text, nullable=False, server_default=""),
    Column("incident", Boolean, nullable=False, server_default="0"),
    Column("area", Text, nullable=False, server_default=""),
    Column("kind", String(32), nullable=False, server_default="killed"),
    Column("victims", Text, nullable=False, server_default="people"),
    Column("town", Text),
    Column("qualifier", String(16), nullable=False, server_default="exact"),
    Column("last_seen", DateTime(timezone=True)),
    Column("sources", JSON),
)
Index("ix_series_group_key", series.c.group_key)

# Every move of a series' best figure (migration 0008): the history `tolls`, `/toll` and the status
# page show and chart.
series_points = Table(
    "series_points",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("series_key", Text, nullable=False),
    Column("count", Integer, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("published", DateTime(timezone=True)),
    Column("source", Text, nullable=False),
    Column("link", Text, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)
Index("ix_series_points_series_key", series_points.c.series_key)

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
    Column("action", String(8), nullable=False, default="send"),  # send | edit | digest
    Column("revision", Integer, nullable=False, default=1),
    Column("severity_rank", Integer, nullable=False, default=1),
    Column("status", String(12), nullable=False, default="pending"),  # pending | sent | parked | folded
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("lease_owner", String(64)),
    Column("lease_until", DateTime(timezone=True)),
    Column("message_id", Text),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    # A row folded into a digest (status "folded") points at the digest's row (action "digest"), which
    # is delivered in its place (bot/deliver.py, migration 0005).
    Column("folded_into", Integer),
    # A `send` that answers an earlier message of the destination (Telegram reply, Slack thread): that
    # message's id, as the platform gave it. Set for a casualty rule's `update: reply` (migration 0006).
    Column("reply_to", Text),
    # Other alerts of the same item and trigger whose facts this row's message shows as lines under
    # its own (one message per item, trigger and destination; migration 0007). NULL: none.
    Column("with_alerts", JSON),
    UniqueConstraint("alert_id", "destination_id", "action", "revision", name="uq_outbox_delivery"),
)
Index("ix_outbox_due", outbox.c.status, outbox.c.next_attempt_at)
Index("ix_outbox_folded_into", outbox.c.folded_into)
Index("ix_outbox_message_id", outbox.c.message_id)

destination_state = Table(
    "destination_state",
    metadata,
    Column("destination_id", Text, primary_key=True),
    Column("paused", Boolean, nullable=False, default=False),
    Column("reason", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Chat subscriptions made with /subscribe (migration 0003). trigger and region are "all" or a value.
subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(16), nullable=False),  # telegram | slack
    Column("chat_id", Text, nullable=False),
    Column("trigger", String(32), nullable=False),
    Column("region", Text, nullable=False),
    Column("created_by", Text, nullable=False),  # platform user id
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("platform", "chat_id", "trigger", "region", name="uq_subscriptions_topic"),
)

# Per-chat delivery preferences (/mute, /digest, /quiet), read by the router and the deliverer gate.
chat_settings = Table(
    "chat_settings",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("chat_id", Text, primary_key=True),
    Column("mute_until", DateTime(timezone=True)),
    Column("digest", String(8), nullable=False, default="off"),  # off | hourly | daily
    Column("quiet_start", String(5)),  # "22:00"
    Column("quiet_end", String(5)),  # "07:00"
    Column("timezone", Text),  # zoneinfo name for quiet hours and the daily digest
    Column("updated_by", Text),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# One row per running `conflict-alerts run` (bot/store/instances.py): written at start, refreshed by a
# heartbeat every few seconds, deleted on a clean stop. A row whose heartbeat stopped is a dead
# instance: `status` shows it as stale, and the live ones release the leases it held (migration 0004).
instances = Table(
    "instances",
    metadata,
    Column("id", String(64), primary_key=True),  # the lease owner name (CONFLICT_ALERTS_INSTANCE)
    Column("host", Text, nullable=False),
    Column("pid", Integer, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("roles", JSON, nullable=False, default=list),  # singleton roles held at the last heartbeat
    Column("feeds_leased", Integer, nullable=False, default=0),
    Column("outbox_leased", Integer, nullable=False, default=0),
    Column("released_at", DateTime(timezone=True)),  # when a live instance released a dead one's leases
)

# Alerts an admin withdrew with `/wrong [note]` (or the Slack shortcut), kept for review and written
# out by `conflict-alerts review` in the labeled-corpus shape (bot/core/review.py, migration 0007).
# The item and its facts are copied here, so a review survives the pruning of entries and alerts.
retractions = Table(
    "retractions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", String(64), nullable=False, unique=True),
    Column("rule_id", Text, nullable=False),
    Column("trigger", String(32), nullable=False),
    Column("platform", String(16), nullable=False),  # where the admin withdrew it
    Column("destination_id", Text, nullable=False),
    Column("message_id", Text, nullable=False),
    Column("retracted_by", Text, nullable=False),  # "platform:user id (name)"
    Column("note", Text, nullable=False),
    Column("item", JSON, nullable=False),  # title, summary, link, source, published
    Column("facts", JSON, nullable=False),  # every fact read from the item, with evidence and why
    Column("withdrawn", JSON, nullable=False),  # the facts the withdrawn message showed
    Column("cancelled", Integer, nullable=False),  # deliveries not yet sent that were cancelled
    Column("created_at", DateTime(timezone=True), nullable=False),
)
