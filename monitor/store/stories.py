"""The store's story queries: placing new articles in stories, match roles, story listings.

A mixin of `Store` (it uses the store's engine); the grouping itself is decided outside,
by `monitor/stories/` over plain data, and handed in as `StoryPlace` values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, col, select

from monitor.store.tables import ArticleRow, DeliveryRow, MatchRow, StoryRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from monitor.store.store import StoryPlace


@dataclass(frozen=True)
class StoryArticle:
    """One article of a story, as `monitor stories` lists it."""

    article_id: int
    feed: str
    language: str | None
    title: str
    link: str
    seen_at: datetime
    reason: str | None  # why it joined: new, link, copy, evidence


@dataclass(frozen=True)
class StoryView:
    """A story with its articles (oldest first) and the rules that matched it."""

    id: int
    title: str
    first_seen: datetime
    last_seen: datetime
    articles: tuple[StoryArticle, ...]
    rules: tuple[str, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct feeds, in the order they reported it."""
        return tuple(dict.fromkeys(a.feed for a in self.articles))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.language or "und" for a in self.articles))


@dataclass(frozen=True)
class WindowEntry:
    """An article's stored signature, to rebuild the window of recent stories at start-up."""

    story_id: int
    signature: str
    seen_at: datetime
    published: datetime | None
    feed: str


class StoryQueries:
    engine: Engine

    def _place_articles(
        self,
        session: Session,
        rows: Mapping[str, ArticleRow],
        updated: Mapping[str, Any],
        places: Mapping[str, StoryPlace],
        now: datetime,
    ) -> dict[str, int]:
        """Give each new article its story (a stored one, or one created here); returns the created ones.

        One query loads the stored stories joined, one flush creates the new ones.
        """
        from monitor.store.store import StoryPlace

        new = {uid: row for uid, row in rows.items() if uid not in updated and row.story_id is None}
        chosen = {uid: places.get(uid) or StoryPlace(f"new:{uid}") for uid in new}
        wanted = {p.story for p in chosen.values() if isinstance(p.story, int)}
        stored = {}
        if wanted:
            stored = {s.id: s for s in session.exec(select(StoryRow).where(col(StoryRow.id).in_(wanted)))}
        created: dict[str, StoryRow] = {}
        owner: dict[str, StoryRow] = {}
        for uid, place in chosen.items():
            story = stored.get(place.story) if isinstance(place.story, int) else None
            if story is None:
                key = str(place.story) if not isinstance(place.story, int) else f"new:{uid}"
                story = created.get(key)
                if story is None:
                    row = new[uid]
                    story = StoryRow(first_article_id=row.id, title=row.title, first_seen=now, last_seen=now)
                    created[key] = story
                    session.add(story)
            else:
                story.last_seen = max(_aware(story.last_seen), now)
                session.add(story)
            owner[uid] = story
        session.flush()
        for uid, story in owner.items():
            row = new[uid]
            row.story_id = story.id
            row.story_sig = chosen[uid].signature or None
            row.story_reason = "new" if story.first_article_id == row.id else chosen[uid].reason
            session.add(row)
        return {key: story.id or 0 for key, story in created.items()}

    @staticmethod
    def _roles(session: Session, pairs: list[tuple[int | None, str]]) -> list[str]:
        """`alert` for a (story, rule)'s first match, `update` for the others (stored or earlier here)."""
        stories = {story for story, _ in pairs if story is not None}
        seen: set[tuple[int | None, str]] = set()
        if stories:
            query = select(MatchRow.story_id, MatchRow.rule).where(col(MatchRow.story_id).in_(stories))
            seen = set(session.exec(query).all())
        roles = []
        for pair in pairs:
            roles.append("update" if pair[0] is not None and pair in seen else "alert")
            seen.add(pair)
        return roles

    def window_entries(self, since: datetime) -> list[WindowEntry]:
        """Signatures of the articles stored since `since`, oldest first (the window's contents)."""
        columns = (ArticleRow.story_id, ArticleRow.story_sig, ArticleRow.seen_at, ArticleRow.published)
        query = (
            sa.select(*map(col, columns), col(ArticleRow.feed))
            .where(col(ArticleRow.seen_at) >= since, col(ArticleRow.story_sig).is_not(None))
            .order_by(col(ArticleRow.seen_at), col(ArticleRow.id))
        )
        with Session(self.engine) as session:
            return [
                WindowEntry(story, sig or "", _aware(seen), _aware(published) if published else None, feed)
                for story, sig, seen, published, feed in session.execute(query)
                if story is not None
            ]

    def stories(self, limit: int = 20, rule: str | None = None) -> list[StoryView]:
        """The most recently active stories, optionally only those a rule matched."""
        with Session(self.engine) as session:
            query = (
                select(StoryRow)
                .order_by(col(StoryRow.last_seen).desc(), col(StoryRow.id).desc())
                .limit(limit)
            )
            if rule:
                matched = select(MatchRow.story_id).where(MatchRow.rule == rule)
                query = query.where(col(StoryRow.id).in_(matched))
            stories = list(session.exec(query))
            ids = [s.id for s in stories]
            articles: dict[int, list[StoryArticle]] = {}
            found = (
                select(ArticleRow)
                .where(col(ArticleRow.story_id).in_(ids))
                .order_by(col(ArticleRow.seen_at), col(ArticleRow.id))
            )
            for a in session.exec(found):
                articles.setdefault(a.story_id or 0, []).append(
                    StoryArticle(
                        a.id or 0, a.feed, a.language, a.title, a.link, _aware(a.seen_at), a.story_reason
                    )
                )
            rules: dict[int, list[str]] = {}
            for story_id, name in session.exec(
                select(MatchRow.story_id, MatchRow.rule).where(col(MatchRow.story_id).in_(ids)).distinct()
            ):
                rules.setdefault(story_id or 0, []).append(name)
            return [
                StoryView(
                    s.id or 0,
                    s.title,
                    _aware(s.first_seen),
                    _aware(s.last_seen),
                    tuple(articles.get(s.id or 0, ())),
                    tuple(sorted(rules.get(s.id or 0, ()))),
                )
                for s in stories
            ]

    def story_of(self, article_id: int) -> int | None:
        """The story a stored article belongs to."""
        with Session(self.engine) as session:
            return session.exec(select(ArticleRow.story_id).where(ArticleRow.id == article_id)).first()

    def story_sources(self, story_id: int | None, rule: str | None = None) -> list[tuple[str, str | None]]:
        """(feed, language) of a story's articles, oldest first; with `rule`, only those it matched."""
        if story_id is None:
            return []
        with Session(self.engine) as session:
            query = select(ArticleRow.feed, ArticleRow.language).where(ArticleRow.story_id == story_id)
            if rule is not None:
                query = query.join(MatchRow, col(MatchRow.article_id) == ArticleRow.id).where(
                    MatchRow.rule == rule
                )
            query = query.order_by(col(ArticleRow.seen_at), col(ArticleRow.id))
            return list(dict.fromkeys((feed, language) for feed, language in session.exec(query)))

    @staticmethod
    def _distinct_sources(session: Session, story_id: int, rule: str, since: datetime) -> int:
        query = (
            select(func.count(func.distinct(ArticleRow.feed)))
            .join(MatchRow, col(MatchRow.article_id) == ArticleRow.id)
            .where(MatchRow.story_id == story_id, MatchRow.rule == rule, MatchRow.matched_at >= since)
        )
        return int(session.exec(query).one())

    @staticmethod
    def _awaiting_sources(session: Session, story_id: int | None, rule: str) -> bool:
        """Whether the story's alert for `rule` still waits for enough distinct sources."""
        if story_id is None:
            return False
        query = (
            select(DeliveryRow.id)
            .join(MatchRow, col(MatchRow.id) == DeliveryRow.match_id)
            .where(
                MatchRow.story_id == story_id,
                MatchRow.rule == rule,
                MatchRow.role == "alert",
                DeliveryRow.status == "held",
                DeliveryRow.reason == "sources",
            )
        )
        return session.exec(query).first() is not None


def _aware(value: datetime) -> datetime:
    from monitor.store.store import as_utc

    return as_utc(value) or value


__all__ = ["StoryArticle", "StoryQueries", "StoryView", "WindowEntry"]
