"""Alembic environment: runs on the connection calfdesk hands over, inside its transaction."""

from __future__ import annotations

from alembic import context

from calfdesk.storage.all_tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("calfdesk runs migrations through calfdesk.storage.migrate, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
