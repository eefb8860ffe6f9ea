"""Mask credentials in stored feed URLs: feeds.config_url, url, key, last_error and articles.feed.

news-monitor 0.1 stored a private feed's URL as configured, `https://user:pass@host/feed`
or `...?token=...` included: in the feeds table, as the key of a feed without a name,
in each article's feed name, and inside fetch errors. From this revision on only
`monitor.urls.masked()` URLs are stored; this revision masks what is already there.
Masking cannot be undone: downgrading leaves the URLs masked.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from monitor.urls import masked, redact

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

feeds = sa.table(
    "feeds",
    sa.column("id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("config_url", sa.String),
    sa.column("url", sa.String),
    sa.column("last_error", sa.String),
)
articles = sa.table("articles", sa.column("feed", sa.String))


def _is_url(value: str) -> bool:
    """A feed without a name is keyed (and its articles named) by its URL; names stay as they are."""
    return value.lower().startswith(("http://", "https://"))


def _key(value: str) -> str:
    return masked(value) if _is_url(value) else value


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(feeds).order_by(feeds.c.id)).all()
    taken = {row.key for row in rows}
    for row in rows:
        key = _key(row.key)
        if key != row.key and key in taken:
            # Two feeds whose URLs differ only in their secrets: keep both rows apart.
            key = f"{key} (#{row.id})"
        taken.add(key)
        error = row.last_error and redact(row.last_error, [row.config_url, row.url, row.key])
        new = {"key": key, "config_url": masked(row.config_url), "url": masked(row.url), "last_error": error}
        if new != {name: getattr(row, name) for name in new}:
            bind.execute(sa.update(feeds).where(feeds.c.id == row.id).values(**new))
    names = [name for (name,) in bind.execute(sa.select(articles.c.feed).distinct())]
    renames = [(name, _key(name)) for name in names if _key(name) != name]
    for start in range(0, len(renames), 400):  # one pass over the articles per 400 feeds, not per feed
        chunk = dict(renames[start : start + 400])
        renamed = sa.case(chunk, value=articles.c.feed)
        bind.execute(sa.update(articles).where(articles.c.feed.in_(chunk)).values(feed=renamed))


def downgrade() -> None:
    pass  # the secrets are gone for good
