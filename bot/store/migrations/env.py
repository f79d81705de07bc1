"""Alembic environment. Runs against the connection `bot.store.db.upgrade` hands over in
`config.attributes["connection"]`, so migrations never open a second connection of their own."""

from __future__ import annotations

from alembic import context

from bot.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
