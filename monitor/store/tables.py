"""The database tables, one SQLModel class each; the schema Alembic migrations start from.

Changing a table here needs a migration in `monitor/store/migrations/versions/`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class FeedRow(SQLModel, table=True):
    __tablename__ = "feeds"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, description="The feed's name, else its configured URL.")
    config_url: str
    url: str = Field(description="Where it is fetched now: differs after a permanent redirect.")
    etag: str | None = None
    last_modified: str | None = None
    gone: bool = False
    last_status: int | None = None
    last_error: str | None = None
    errors_in_row: int = 0
    last_polled_at: datetime | None = None
    last_ok_at: datetime | None = None
    first_polled_at: datetime | None = None
    next_poll_at: datetime | None = Field(default=None, description="When the feed is due (see schedule.py).")
    interval: float | None = Field(default=None, description="Seconds between polls as last planned.")
    items_per_day: float | None = Field(default=None, description="Publishing rate over the last week.")
    feed_floor: float | None = Field(
        default=None, description="Seconds the feed asks (ttl, sy:updatePeriod)."
    )
    floor: float | None = Field(default=None, description="The publisher's floor in force at the last poll.")
    retry_after: datetime | None = Field(default=None, description="The server asked for no request before.")
    paused_at: datetime | None = Field(default=None, description="Paused after failing too often.")


class ArticleRow(SQLModel, table=True):
    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("feed_id", "uid"), Index("ix_articles_seen", "seen_at"))
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feeds.id")
    uid: str
    feed: str
    title: str = ""
    summary: str = ""
    content: str = ""
    link: str = ""
    author: str = ""
    published: datetime | None = None
    language: str | None = None
    tags: str = "[]"
    seen_at: datetime
    content_hash: str | None = Field(
        default=None, description="Fingerprint of title, summary and content as last stored (see parse)."
    )
    updated_at: datetime | None = Field(default=None, description="When an update in place was last stored.")
    story_id: int | None = Field(default=None, index=True, description="Its story (stories.id).")
    story_sig: str | None = Field(
        default=None, description="The article's story signature (JSON, see stories/evidence.py)."
    )
    story_reason: str | None = Field(
        default=None, description="Why it joined its story: new, link, copy, evidence."
    )


class StoryRow(SQLModel, table=True):
    """Articles from any feed and language that report one event; the first one alerts."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_last_seen", "last_seen"),)
    id: int | None = Field(default=None, primary_key=True)
    first_article_id: int | None = Field(default=None, index=True, description="The article that started it.")
    title: str = ""
    first_seen: datetime
    last_seen: datetime


class MatchRow(SQLModel, table=True):
    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("article_id", "rule"),
        Index("ix_matches_story_rule", "story_id", "rule"),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    rule: str = Field(index=True)
    terms: str = "[]"
    fields: str = Field(default="{}", description="Field name -> the terms that matched there.")
    snippet: str = ""
    matched_at: datetime = Field(index=True)
    story_id: int | None = Field(default=None, description="The article's story when it matched.")
    role: str = Field(
        default="alert",
        description="alert: the story's first match of this rule (it alerts); update: a later one.",
    )


class DeliveryRow(SQLModel, table=True):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("match_id", "target"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    match_id: int = Field(foreign_key="matches.id")
    target: str
    status: str = Field(
        default="pending",
        description="pending, sent, failed (retried), held (waits for a digest or for sources), "
        "digested (its digest carries the sending) or given_up (reported to admin; retry by hand)",
    )
    attempts: int = 0
    last_error: str | None = None
    sent_urls: str = Field(default="[]", description="Fingerprints of the target's URLs already reached.")
    next_attempt_at: datetime
    sent_at: datetime | None = None
    reason: str | None = Field(
        default=None, description="Why it is held: update, digest, cap, quiet or sources."
    )
    digest_id: int | None = Field(
        default=None, index=True, description="The digest carrying it (digests.id)."
    )
    created_at: datetime | None = Field(default=None, description="When it was owed (its age gives up).")


class DigestRow(SQLModel, table=True):
    """One message to one target made of several stories (a digest), or a notice to `admin`.

    Built in one transaction with its deliveries (they point here), then sent like an
    alert: each URL recorded as reached, failures retried, so it goes out once.
    """

    __tablename__ = "digests"
    __table_args__ = (Index("ix_digests_due", "status", "next_attempt_at"),)
    id: int | None = Field(default=None, primary_key=True)
    target: str
    kind: str = Field(default="digest", description="digest, or notice (a message to the admin target)")
    content: str = Field(
        default="", description="A notice's text (a digest is rendered from its deliveries)."
    )
    status: str = Field(default="pending", description="pending, sent, failed (retried) or given_up")
    attempts: int = 0
    last_error: str | None = None
    sent_urls: str = "[]"
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None = None


class PageRow(SQLModel, table=True):
    """Full article texts fetched from article links, cached by URL (see fulltext.py)."""

    __tablename__ = "pages"
    id: int | None = Field(default=None, primary_key=True)
    url_key: str = Field(unique=True, description="SHA-256 of the page URL (which may hold a token).")
    text: str = ""
    error: str | None = None
    fetched_at: datetime = Field(index=True)
