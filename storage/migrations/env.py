"""Alembic environment: the connection comes from storage.migrate, never from a URL in a file."""

from __future__ import annotations

from alembic import context

from storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # ALTER TABLE on SQLite goes through a table copy
)
with context.begin_transaction():
    context.run_migrations()
