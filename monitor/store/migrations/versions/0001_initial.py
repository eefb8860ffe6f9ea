"""The schema of news-monitor 0.1: feeds, articles, matches, deliveries.

Every database created before migrations existed has exactly these tables (as
`tables.py` defined them at commit b68ac54); `schema.migrate()` recognises such a
database and stamps it at this revision. The tables are a frozen copy in plain
SQLAlchemy, so later changes to `tables.py` never change what this revision creates.

Revision ID: 0001
Revises:
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def frozen_tables() -> sa.MetaData:
    """The four tables exactly as news-monitor 0.1 created them."""
    metadata = sa.MetaData()
    when = sa.DateTime(timezone=True)
    sa.Table(
        "feeds",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String, nullable=False, unique=True),
        sa.Column("config_url", sa.String, nullable=False),
        sa.Column("url", sa.String, nullable=False),
        sa.Column("etag", sa.String),
        sa.Column("last_modified", sa.String),
        sa.Column("gone", sa.Boolean, nullable=False),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.String),
        sa.Column("errors_in_row", sa.Integer, nullable=False),
        sa.Column("last_polled_at", when),
        sa.Column("last_ok_at", when),
        sa.Column("first_polled_at", when),
    )
    sa.Table(
        "articles",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id"), nullable=False),
        sa.Column("uid", sa.String, nullable=False),
        sa.Column("feed", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("summary", sa.String, nullable=False),
        sa.Column("content", sa.String, nullable=False),
        sa.Column("link", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("published", when),
        sa.Column("language", sa.String),
        sa.Column("tags", sa.String, nullable=False),
        sa.Column("seen_at", when, nullable=False),
        sa.UniqueConstraint("feed_id", "uid"),
        sa.Index("ix_articles_seen", "seen_at"),
    )
    sa.Table(
        "matches",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False, index=True),
        sa.Column("rule", sa.String, nullable=False, index=True),
        sa.Column("terms", sa.String, nullable=False),
        sa.Column("fields", sa.String, nullable=False),
        sa.Column("snippet", sa.String, nullable=False),
        sa.Column("matched_at", when, nullable=False, index=True),
        sa.UniqueConstraint("article_id", "rule"),
    )
    sa.Table(
        "deliveries",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("match_id", sa.Integer, sa.ForeignKey("matches.id"), nullable=False),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String),
        sa.Column("sent_urls", sa.String, nullable=False),
        sa.Column("next_attempt_at", when, nullable=False),
        sa.Column("sent_at", when),
        sa.UniqueConstraint("match_id", "target"),
        sa.Index("ix_deliveries_due", "status", "next_attempt_at"),
    )
    return metadata


def upgrade() -> None:
    frozen_tables().create_all(op.get_bind())


def downgrade() -> None:
    frozen_tables().drop_all(op.get_bind())
