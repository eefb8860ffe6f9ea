"""The store's story queries: placing new articles in stories, match roles, story listings.

A mixin of `Store` (it uses the store's engine); the grouping itself is decided outside,
by `monitor/stories/` over plain data, and handed in as `StoryPlace` values.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, col, select

from monitor.store.tables import ArticleRow, DeliveryRow, MatchRow, StoryRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from monitor.models import Article
    from monitor.store.store import StoryPlace

_STORIES = StoryRow.__table__  # type: ignore[attr-defined]
_ARTICLES = ArticleRow.__table__  # type: ignore[attr-defined]
_MATCHES = MatchRow.__table__  # type: ignore[attr-defined]
_DELIVERIES = DeliveryRow.__table__  # type: ignore[attr-defined]
_INSERT_STORIES = _STORIES.insert().returning(_STORIES.c.id, _STORIES.c.first_article_id)
_NAME_FIRST = _STORIES.update().where(_STORIES.c.id == sa.bindparam("story"))
_ONE_MATCH = (
    sa.select(_MATCHES.c.id)
    .where(_MATCHES.c.story_id == sa.bindparam("story"), _MATCHES.c.rule == sa.bindparam("rule"))
    .limit(1)
)


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


@dataclass(frozen=True)
class Placing:
    """Where a poll's new articles go, as `StoryQueries._start_stories` wrote it."""

    of: dict[str, tuple[int, str | None, str]]  # uid -> (story id, signature, why it joined)
    started: dict[str, int]  # provisional key -> id of the story started
    firsts: dict[int, str]  # id of a story started -> uid of its first article


class StoryQueries:
    engine: Engine

    def _start_stories(
        self,
        conn: Connection,
        fresh: Mapping[str, Article],
        places: Mapping[str, StoryPlace],
        now: datetime,
    ) -> Placing:
        """Give each new article its story: a stored one (seen now), or one started here.

        Stories are written before their articles (one multi-row INSERT), so that each
        article goes in with its story's id; `_name_first_articles` then fills in the
        articles that started them. Until then `first_article_id` holds -1, -2...: it tells
        apart the rows RETURNING gives back, in an order no backend guarantees.
        """
        from monitor.store.store import StoryPlace

        chosen = {uid: places.get(uid) or StoryPlace(f"new:{uid}") for uid in fresh}
        stored = self._touch_stories(
            conn, {p.story for p in chosen.values() if isinstance(p.story, int)}, now
        )
        keys = {  # uid -> key of the story it starts or joins
            uid: place.story if isinstance(place.story, str) else f"new:{uid}"
            for uid, place in chosen.items()
            if place.story not in stored
        }
        firsts: dict[str, str] = {}  # key -> uid of the article that starts it
        for uid, key in keys.items():
            firsts.setdefault(key, uid)
        started: dict[str, int] = {}
        if firsts:
            marks = {-n: key for n, key in enumerate(firsts, 1)}
            values = [
                {
                    "first_article_id": mark,
                    "title": fresh[firsts[key]].title,
                    "first_seen": now,
                    "last_seen": now,
                }
                for mark, key in marks.items()
            ]
            started = {marks[mark]: story for story, mark in conn.execute(_INSERT_STORIES, values)}
        of: dict[str, tuple[int, str | None, str]] = {}
        for uid, place in chosen.items():
            signature = place.signature or None
            if uid in keys:
                key = keys[uid]
                of[uid] = (started[key], signature, "new" if firsts[key] == uid else place.reason)
            else:
                of[uid] = (int(place.story), signature, place.reason)
        return Placing(of, started, {started[key]: uid for key, uid in firsts.items()})

    @staticmethod
    def _touch_stories(conn: Connection, wanted: set[int], now: datetime) -> set[int]:
        """The stored stories among `wanted`, seen now (their last_seen moved to `now`: one UPDATE
        returning the ids it found)."""
        if not wanted:
            return set()
        seen = _STORIES.c.last_seen
        touch = (
            sa.update(_STORIES)
            .where(_STORIES.c.id.in_(wanted))
            .values(last_seen=sa.case((seen < now, now), else_=seen))
            .returning(_STORIES.c.id)
        )
        found: set[int] = set(conn.execute(touch).scalars())
        return found

    @staticmethod
    def _name_first_articles(conn: Connection, placing: Placing, article_ids: Mapping[str, int]) -> None:
        """Write the ids of the articles that started this poll's stories (one executemany)."""
        if placing.firsts:
            conn.execute(
                _NAME_FIRST,
                [
                    {"story": story, "first_article_id": article_ids[uid]}
                    for story, uid in placing.firsts.items()
                ],
            )

    @staticmethod
    def _roles(conn: Connection, pairs: list[tuple[int | None, str]], started: Collection[int]) -> list[str]:
        """`alert` for a (story, rule)'s first match, `update` for the others (stored or earlier here).

        Stories `started` by this poll have no stored match: only the others are looked up,
        each (story, rule) pair by whether it has one match (an index seek, one compiled
        statement), not by reading the stories' every match: a story that gathered thousands
        costs the same as a new one.
        """
        wanted = {(s, r) for s, r in pairs if s is not None and s not in started}
        seen: set[tuple[int | None, str]] = {
            pair
            for pair in wanted
            if conn.execute(_ONE_MATCH, {"story": pair[0], "rule": pair[1]}).first() is not None
        }
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
    def _distinct_sources(conn: Connection, story_id: int, rule: str, since: datetime) -> int:
        a, m = _ARTICLES.c, _MATCHES.c
        query = (
            sa.select(func.count(func.distinct(a.feed)))
            .join_from(_ARTICLES, _MATCHES, m.article_id == a.id)
            .where(m.story_id == story_id, m.rule == rule, m.matched_at >= since)
        )
        return int(conn.execute(query).scalar_one())

    @staticmethod
    def _awaiting_sources(conn: Connection, story_id: int | None, rule: str) -> bool:
        """Whether the story's alert for `rule` still waits for enough distinct sources."""
        if story_id is None:
            return False
        d, m = _DELIVERIES.c, _MATCHES.c
        query = (
            sa.select(d.id)
            .join_from(_DELIVERIES, _MATCHES, m.id == d.match_id)
            .where(
                m.story_id == story_id,
                m.rule == rule,
                m.role == "alert",
                d.status == "held",
                d.reason == "sources",
            )
        )
        return conn.execute(query.limit(1)).first() is not None


def _aware(value: datetime) -> datetime:
    from monitor.store.store import as_utc

    return as_utc(value) or value


__all__ = ["StoryArticle", "StoryQueries", "StoryView", "WindowEntry"]
