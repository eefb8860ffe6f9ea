"""Stories and digests: every article belongs to a story; one alert per story and rule; digests.

- `stories`: articles from any feed and language that report one event (`first_article_id`,
  `title`, `first_seen`, `last_seen`); `articles.story_id`, `story_sig` (the signature the
  window of recent stories is rebuilt from) and `story_reason`.
- `matches.story_id` and `matches.role`: `alert` for a story's first match of a rule,
  `update` for later ones (shown in digests, not alerted again).
- `digests`: one message made of several stories, or a notice to the `admin` target;
  `deliveries.digest_id` points to the digest that carries a delivery, `reason` says why a
  delivery is held (update, digest, cap, quiet, sources), `created_at` when it was owed.

Existing rows: each stored article becomes a story of its own (its matches all alerted
already, as `alert`), and each delivery is dated by its next attempt.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_article_id", sa.Integer, nullable=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("first_seen", WHEN, nullable=False),
        sa.Column("last_seen", WHEN, nullable=False),
    )
    op.create_index("ix_stories_last_seen", "stories", ["last_seen"])
    op.create_index("ix_stories_first_article_id", "stories", ["first_article_id"])
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("target", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("content", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String, nullable=True),
        sa.Column("sent_urls", sa.String, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("next_attempt_at", WHEN, nullable=False),
        sa.Column("sent_at", WHEN, nullable=True),
    )
    op.create_index("ix_digests_due", "digests", ["status", "next_attempt_at"])
    # Columns are only added (no table is rebuilt, so rows referring to them stay valid on SQLite).
    op.add_column("articles", sa.Column("story_id", sa.Integer, nullable=True))
    op.add_column("articles", sa.Column("story_sig", sa.String, nullable=True))
    op.add_column("articles", sa.Column("story_reason", sa.String, nullable=True))
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.add_column("matches", sa.Column("story_id", sa.Integer, nullable=True))
    op.add_column("matches", sa.Column("role", sa.String, nullable=False, server_default="alert"))
    op.create_index("ix_matches_story_rule", "matches", ["story_id", "rule"])
    op.add_column("deliveries", sa.Column("reason", sa.String, nullable=True))
    op.add_column("deliveries", sa.Column("digest_id", sa.Integer, nullable=True))
    op.add_column("deliveries", sa.Column("created_at", WHEN, nullable=True))
    op.create_index("ix_deliveries_digest_id", "deliveries", ["digest_id"])
    # Each stored article is a story of its own; its matches alerted as the story's first.
    op.execute(
        "INSERT INTO stories (first_article_id, title, first_seen, last_seen) "
        "SELECT id, title, seen_at, seen_at FROM articles ORDER BY id"
    )
    op.execute(
        "UPDATE articles SET story_id = "
        "(SELECT stories.id FROM stories WHERE stories.first_article_id = articles.id)"
    )
    op.execute(
        "UPDATE matches SET story_id = "
        "(SELECT articles.story_id FROM articles WHERE articles.id = matches.article_id)"
    )
    op.execute("UPDATE deliveries SET created_at = next_attempt_at")


def downgrade() -> None:
    op.drop_index("ix_deliveries_digest_id", "deliveries")
    op.drop_index("ix_matches_story_rule", "matches")
    op.drop_index("ix_articles_story_id", "articles")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("created_at")
        batch.drop_column("digest_id")
        batch.drop_column("reason")
    with op.batch_alter_table("matches") as batch:
        batch.drop_column("role")
        batch.drop_column("story_id")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("story_reason")
        batch.drop_column("story_sig")
        batch.drop_column("story_id")
    op.drop_table("digests")
    op.drop_table("stories")
