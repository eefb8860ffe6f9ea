"""Mask credentials in stored article links.

news-monitor 0.1 resolved an entry's relative link against the feed's URL as configured,
credentials included, so `articles.link` could hold `https://user:pass@host/story` (and
alerts and `monitor matches` showed it). From 0.2 on links are resolved against the URL
without its credentials; this revision masks what is already stored (`monitor.urls.masked`).
It cannot be undone: downgrading leaves the links masked.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from monitor.urls import masked

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("link", sa.String))


def upgrade() -> None:
    bind = op.get_bind()
    suspects = bind.execute(
        sa.select(articles.c.id, articles.c.link).where(articles.c.link.like("%://%@%"))
    ).all()
    for row in suspects:
        hidden = masked(row.link)
        if hidden != row.link:
            bind.execute(sa.update(articles).where(articles.c.id == row.id).values(link=hidden))


def downgrade() -> None:
    """Nothing to undo: the credentials are gone."""
