"""Alembic's entry point, run by `monitor.store.schema` on the connection it passes in.

news-monitor runs its migrations itself (no alembic.ini): `schema.migrate()` opens a
transaction, takes the schema lock, and hands the connection over in
`config.attributes["connection"]`. To draft a new revision from a change to
`tables.py`, see the docstring of `monitor/store/schema.py`.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import monitor.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("news-monitor runs its migrations itself: use `monitor db upgrade`")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # schema.migrate() wraps the whole upgrade in one transaction, SQLite included.
    transactional_ddl=True,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
