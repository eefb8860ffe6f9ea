"""Feeds remember their schedule (next poll, interval, rate, floors, Retry-After, pause); pages cache texts.

`feeds` gains next_poll_at, interval, items_per_day, feed_floor, floor, retry_after and
paused_at, all empty on existing rows: a feed without them is due now and planned at
its next poll, as on a new database. `pages` caches the full text fetched from article
links, keyed by the SHA-256 of the URL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_FEED_COLUMNS = (
    ("next_poll_at", sa.DateTime(timezone=True)),
    ("interval", sa.Float),
    ("items_per_day", sa.Float),
    ("feed_floor", sa.Float),
    ("floor", sa.Float),
    ("retry_after", sa.DateTime(timezone=True)),
    ("paused_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        for name, kind in _FEED_COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url_key", sa.String, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("error", sa.String, nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("url_key"),
    )
    op.create_index("ix_pages_fetched_at", "pages", ["fetched_at"])


def downgrade() -> None:
    op.drop_index("ix_pages_fetched_at", "pages")
    op.drop_table("pages")
    with op.batch_alter_table("feeds") as batch:
        for name, _ in reversed(_FEED_COLUMNS):
            batch.drop_column(name)
