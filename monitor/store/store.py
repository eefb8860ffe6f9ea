"""The few queries the daemon needs, over the tables of `tables.py`.

The store is the only module that talks to the database. A poll's new articles,
their matches and the pending deliveries of those matches are written in one
transaction (an outbox): if the process dies half-way, either the articles are
still unseen and will be matched again, or every alert they owe is recorded.

Opening a store brings its schema up to date (`schema.py`) or, for commands that only
read, checks that it is; `claim()` makes this process the store's only writer
(`claim.py`); every transaction first checks that the SQLite file is still the one
that was opened (`database.py`).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

import sqlalchemy as sa
from sqlalchemy import bindparam, delete, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from monitor.errors import StoreError
from monitor.models import Article, FetchResult
from monitor.store import schema
from monitor.store.claim import Claim, Role, claim
from monitor.store.database import Database, reason
from monitor.store.deliveries import DeliveryQueries
from monitor.store.stories import Placing, StoryQueries
from monitor.store.tables import ArticleRow, DeliveryRow, FeedRow, MatchRow, PageRow

OpenMode = Literal["create", "upgrade", "existing"]
_FEEDS = FeedRow.__table__  # type: ignore[attr-defined]
_ARTICLES = ArticleRow.__table__  # type: ignore[attr-defined]
_MATCHES = MatchRow.__table__  # type: ignore[attr-defined]
_UPDATE_FEED = _FEEDS.update().where(_FEEDS.c.key == bindparam("feed_key"))
# What a poll writes to its feed's row (first_polled_at only once: `polled_at`), returning its id.
_POLLED = _UPDATE_FEED.values(
    first_polled_at=sa.func.coalesce(
        _FEEDS.c.first_polled_at, bindparam("polled_at", type_=_FEEDS.c.first_polled_at.type)
    )
).returning(_FEEDS.c.id)
_FEED_ID = sa.select(_FEEDS.c.id).where(_FEEDS.c.key == bindparam("feed_key")).scalar_subquery()
_STORED = sa.select(_ARTICLES.c.uid, _ARTICLES.c.content_hash).where(
    _ARTICLES.c.feed_id == _FEED_ID, _ARTICLES.c.uid.in_(bindparam("uids", expanding=True))
)
_INSERT_ARTICLES = _ARTICLES.insert().returning(_ARTICLES.c.id, _ARTICLES.c.uid)
_UPDATE_ARTICLE = _ARTICLES.update().where(_ARTICLES.c.id == bindparam("article_id"))
_INSERT_MATCHES = _MATCHES.insert().returning(_MATCHES.c.id, _MATCHES.c.article_id, _MATCHES.c.rule)


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class NewMatch:
    """A match found in a poll, to be stored with the delivery it owes each target."""

    article_uid: str
    rule: str
    terms: tuple[str, ...]
    snippet: str
    targets: tuple[str, ...]
    fields: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryPlace:
    """Where a new article goes: a stored story (its id), or a new one named by a provisional key.

    Articles of one poll that start a story together share the provisional key; the
    store creates the story with the first of them and `Saved.stories` maps the key to
    its id.
    """

    story: int | str
    signature: str = ""  # the article's story signature (JSON)
    reason: str = "new"  # new, link, copy or evidence


@dataclass(frozen=True)
class Owed:
    """A delivery a match owes one target: sent as an alert now, or `held` for a reason until `due`."""

    target: str
    held: str | None = None  # update, digest, cap, quiet or sources
    due: datetime | None = None


class Policy(Protocol):
    """What a match owes each target (delivery/pacing.py builds it from the config)."""

    def owed(self, match: NewMatch, role: str, now: datetime) -> list[Owed]: ...

    def burst(self, rule: str) -> tuple[int, timedelta] | None:
        """(distinct sources, within) a rule's story needs before it alerts, or None."""


@dataclass(frozen=True)
class Saved:
    """What `save_poll` stored: the new matches' ids and the ids of the stories it started."""

    matches: list[int]
    stories: dict[str, int] = field(default_factory=dict)  # provisional key -> story id
    story_of: dict[str, int] = field(default_factory=dict)  # article uid -> its story id


@dataclass(frozen=True)
class DueDelivery:
    """A delivery that should be attempted now, with what its alert needs."""

    id: int
    target: str
    rule: str
    terms: tuple[str, ...]
    snippet: str
    article: Article
    sent_urls: frozenset[str] = frozenset()  # a retry skips the URLs that already got it
    story_id: int | None = None
    article_id: int = 0
    match_id: int = 0
    created_at: datetime | None = None


@dataclass(frozen=True)
class AlertView:
    """What became of one match's alert to one target."""

    target: str
    status: str  # pending, sent or failed (failed is retried)
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    reason: str | None = None  # why it is held: update, digest, cap, quiet, sources


@dataclass(frozen=True)
class MatchView:
    """A stored match as `monitor matches` shows it."""

    id: int
    article_id: int
    matched_at: datetime
    rule: str
    feed: str
    title: str
    link: str
    terms: tuple[str, ...]
    alerts: tuple[AlertView, ...] = ()
    language: str | None = None
    published: datetime | None = None
    story_id: int | None = None
    role: str = "alert"  # alert: the story's first match of the rule; update: a later one

    @property
    def deliveries(self) -> tuple[tuple[str, str], ...]:
        """(target, status) of each alert."""
        return tuple((a.target, a.status) for a in self.alerts)


def _article(row: ArticleRow) -> Article:
    return Article(
        uid=row.uid,
        feed=row.feed,
        title=row.title,
        summary=row.summary,
        content=row.content,
        link=row.link,
        author=row.author,
        published=as_utc(row.published),
        language=row.language,
        tags=tuple(json.loads(row.tags)),
    )


def _values(article: Article) -> dict[str, object]:
    """An article's own fields as column values (a new row, or a stored one updated in place)."""
    return {
        "feed": article.feed,
        "title": article.title,
        "summary": article.summary,
        "content": article.content,
        "link": article.link,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "tags": json.dumps(list(article.tags)),
    }


@dataclass(frozen=True)
class StoredMatch:
    """A match as `save_poll` stored it: its id, its article's story and its role there."""

    match: NewMatch
    id: int
    story_id: int | None
    role: str


@dataclass(frozen=True)
class Triage:
    """A poll's articles against the store: new ones, updated ones, stored ones lacking a fingerprint."""

    new: list[Article]
    changed: list[Article]
    unprinted: dict[str, str]  # uid -> fingerprint to record


class Store(DeliveryQueries, StoryQueries):
    """Feeds' fetch state, seen articles, stories, matches and the delivery outbox.

    `mode` says what opening may do to the database:
    - "create" (`run`, `poll`): create it if missing, upgrade it if behind (a SQLite
      file is copied first; refused while another process holds the store);
    - "upgrade" (`monitor db upgrade`): the same, but the database must exist;
    - "existing" (commands that only read): it must exist and be at the newest
      revision; nothing is created or changed.
    Raises StoreMissing, StoreOutdated, StoreTooNew, StoreBusy or StoreError.
    """

    def __init__(self, url: str, *, mode: OpenMode = "create") -> None:
        self.database = Database(url)
        self.upgraded: schema.Upgrade | None = None  # what opening did to the schema
        self._claim: Claim | None = None
        if mode != "create":
            self.database.require_file()
        self.engine = self.database.engine()
        try:
            if mode == "existing":
                schema.require_current(self.database, schema.inspect(self.engine))
            else:
                self.upgraded = schema.migrate(self.database, self.engine)
        except (SQLAlchemyError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the database at {self.database.shown}: {reason(exc)}") from exc
        except BaseException:
            self.engine.dispose()
            raise

    def claim(self, role: Role) -> Claim:
        """Make this process the store's only writer until `close()` (or its death).

        Raises StoreBusy naming the holder (pid, role, host, since) when another process
        holds it: a second daemon, a poll beside the daemon, an upgrade.
        """
        if self._claim is not None:
            raise RuntimeError(f"the store is already claimed for {self._claim.role}")
        self._claim = claim(self.database, role)
        return self._claim

    def verify(self) -> None:
        """Raise StoreGone if the database file was removed or replaced, or the claim lost.

        Every transaction checks the file already; the daemon calls this periodically so
        that an idle daemon notices too (one stat; on PostgreSQL one query if claimed).
        """
        self.database.check()
        if self._claim is not None:
            self._claim.check()

    def close(self) -> None:
        if self._claim is not None:
            self._claim.release()
            self._claim = None
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Feeds ---------------------------------------------------------------

    def feed(self, key: str, config_url: str) -> FeedRow:
        """The feed's stored state; a changed configured URL starts it afresh."""
        return self.feeds_for({key: config_url})[key]

    def feeds_for(self, configured: Mapping[str, str]) -> dict[str, FeedRow]:
        """The stored state of feeds (key -> configured URL), in one transaction: a feed not stored
        yet is added, one whose configured URL changed starts afresh."""
        keys = list(configured)
        with Session(self.engine, expire_on_commit=False) as session:
            rows: dict[str, FeedRow] = {}
            for start in range(0, len(keys), 1000):  # within any backend's limit on bound values
                query = select(FeedRow).where(col(FeedRow.key).in_(keys[start : start + 1000]))
                rows.update((row.key, row) for row in session.exec(query))
            for key, url in configured.items():
                row = rows.get(key)
                if row is None:
                    rows[key] = row = FeedRow(key=key, config_url=url, url=url)
                elif row.config_url != url:  # a new URL starts afresh: not gone, not paused, due now
                    row.config_url = row.url = url
                    row.etag = row.last_modified = None
                    row.gone = False
                    row.paused_at = row.retry_after = row.next_poll_at = None
                    row.errors_in_row = 0
                else:
                    continue
                session.add(row)
            session.commit()
            return {key: rows[key] for key in keys}

    def feeds(self) -> list[FeedRow]:
        with Session(self.engine, expire_on_commit=False) as session:
            return list(session.exec(select(FeedRow).order_by(FeedRow.key)))

    def record_fetch(self, key: str, result: FetchResult, now: datetime | None = None) -> FeedRow:
        """Save what the server told us: validators, a permanent move, a 410, or the error."""
        now = now or utcnow()
        with Session(self.engine, expire_on_commit=False) as session:
            row = session.exec(select(FeedRow).where(FeedRow.key == key)).one()
            row.last_polled_at = now
            row.last_status = result.status or None
            if result.new_url:
                row.url = result.new_url
            if result.gone:
                row.gone = True
            if result.ok:
                row.last_ok_at = now
                row.last_error = None
                row.errors_in_row = 0
                # fetch() carries the old validators forward, merged with any a 304 sends
                row.etag, row.last_modified = result.etag, result.last_modified
            else:
                row.last_error = result.error
                row.errors_in_row += 1
            session.add(row)
            session.commit()
            return row

    def update_feed(self, key: str, values: Mapping[str, object]) -> None:
        """Write what a poll learnt about a feed (its state and schedule) in one statement."""
        with self.engine.begin() as conn:  # one compiled statement per set of columns, values bound
            conn.execute(_UPDATE_FEED, {"feed_key": key, **values})

    def update_feeds(self, rows: Sequence[tuple[str, Mapping[str, object]]]) -> None:
        """`update_feed` for many feeds in one transaction (rows with the same columns in one statement)."""
        groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for key, values in rows:
            groups.setdefault(tuple(sorted(values)), []).append({"feed_key": key, **values})
        with self.engine.begin() as conn:
            for params in groups.values():
                conn.execute(_UPDATE_FEED, params)

    def set_paused(self, key: str, paused: bool, now: datetime | None = None) -> bool:
        """Pause a feed or resume it (due at once, its failures forgiven); False if no such feed is stored."""
        now = now or utcnow()
        values: dict[str, object] = (
            {"paused_at": now}
            if paused
            else {"paused_at": None, "errors_in_row": 0, "next_poll_at": now, "retry_after": None}
        )
        with Session(self.engine) as session:
            found = session.exec(update(FeedRow).where(col(FeedRow.key) == key).values(**values))  # type: ignore[call-overload]
            session.commit()
            return bool(found.rowcount)

    def items_since(self, key: str, since: datetime) -> int:
        """How many articles of the feed were first stored since `since` (the rate of undated feeds)."""
        from sqlalchemy import func

        with Session(self.engine) as session:
            feed_id = select(FeedRow.id).where(FeedRow.key == key).scalar_subquery()
            query = select(func.count()).where(ArticleRow.feed_id == feed_id, ArticleRow.seen_at >= since)
            return int(session.exec(query).one())

    # Full-text pages -------------------------------------------------------

    def pages(self, keys: Sequence[str], since: datetime) -> dict[str, tuple[str, str | None]]:
        """Cached pages by URL key, fetched since `since`: key -> (text, error)."""
        if not keys:
            return {}
        with Session(self.engine) as session:
            query = select(PageRow.url_key, PageRow.text, PageRow.error).where(
                col(PageRow.url_key).in_(list(keys)), PageRow.fetched_at >= since
            )
            return {key: (text, error) for key, text, error in session.exec(query)}

    def save_pages(self, found: Mapping[str, tuple[str, str | None]], now: datetime | None = None) -> None:
        """Cache fetched pages (key -> (text, error)), replacing older copies; drop copies over a week old."""
        now = now or utcnow()
        with Session(self.engine) as session:
            if found:
                session.exec(delete(PageRow).where(col(PageRow.url_key).in_(list(found))))  # type: ignore[call-overload]
            session.add_all(
                PageRow(url_key=key, text=text, error=error, fetched_at=now)
                for key, (text, error) in found.items()
            )
            session.exec(delete(PageRow).where(col(PageRow.fetched_at) < now - timedelta(days=7)))  # type: ignore[call-overload]
            session.commit()

    def record_error(self, key: str, error: str) -> None:
        """A feed that answered but could not be parsed: keep its validators unused."""
        with Session(self.engine) as session:
            row = session.exec(select(FeedRow).where(FeedRow.key == key)).one()
            row.last_error = error
            row.errors_in_row += 1
            row.etag = row.last_modified = None  # refetch in full next time
            session.add(row)
            session.commit()

    # Articles and matches --------------------------------------------------

    def triage(self, key: str, articles: Sequence[Article], fingerprints: Sequence[str]) -> Triage:
        """Which articles of this feed are new, which were updated in place (their fingerprint changed).

        The first of any repeated uid counts. A stored article without a fingerprint (stored
        before fingerprints existed) is not an update: it gets its fingerprint recorded.
        """
        with self.engine.connect() as conn:
            found = conn.execute(_STORED, {"feed_key": key, "uids": [a.uid for a in articles]})
            stored = {uid: print_ for uid, print_ in found}
        new: dict[str, Article] = {}
        changed: dict[str, Article] = {}
        unknown: dict[str, str] = {}
        for article, print_ in zip(articles, fingerprints, strict=True):
            if article.uid in new or article.uid in changed or article.uid in unknown:
                continue
            if article.uid not in stored:
                new[article.uid] = article
            elif stored[article.uid] is None:
                unknown[article.uid] = print_
            elif stored[article.uid] != print_:
                changed[article.uid] = article
        return Triage(list(new.values()), list(changed.values()), unknown)

    def unseen(self, key: str, articles: Sequence[Article]) -> list[Article]:
        """The articles of this feed not stored before (first of any repeated uid)."""
        return self.triage(key, articles, [""] * len(articles)).new

    def save_poll(
        self,
        key: str,
        articles: Iterable[Article],
        matches: Iterable[NewMatch],
        *,
        updated: Iterable[Article] = (),
        fingerprints: Mapping[str, str] | None = None,
        now: datetime | None = None,
        stories: Mapping[str, StoryPlace] | None = None,
        policy: Policy | None = None,
        feed_values: Mapping[str, object] | None = None,
    ) -> Saved:
        """Store new articles with their stories, updates of stored ones, their matches and owed
        deliveries, in one transaction.

        `stories` maps new articles' uids to their place (`StoryPlace`); an article without
        one starts a story of its own. `fingerprints` maps uids to their text's fingerprint
        (`parse.fingerprint`), for new and updated articles and for stored ones that had none.
        A match of an updated article whose rule already matched it is not stored again.

        A match is its story's `alert` for the rule when no article of the story matched
        the rule before, else an `update`. `policy` says what each owes each target (without
        one: an alert to each of `NewMatch.targets`, as before stories). Also marks the
        feed as polled once, which ends its silent first poll, and writes `feed_values` (the
        poll's state and schedule, see `update_feed`) to its row (first: its id comes back).

        Each table is written with one statement (multi-row Core INSERTs returning the ids):
        the ORM's unit of work cost five times as much.
        """
        now = now or utcnow()
        prints = dict(fingerprints or {})
        updates = {a.uid: a for a in updated}
        fresh = {a.uid: a for a in articles if a.uid not in updates}
        with self.engine.begin() as conn:
            polled = {"feed_key": key, "polled_at": now, **(feed_values or {})}
            feed_id = conn.execute(_POLLED, polled).scalar_one()
            placing = self._start_stories(conn, fresh, stories or {}, now)
            ids = self._insert_articles(conn, feed_id, fresh, placing, prints, now)
            self._name_first_articles(conn, placing, ids)
            reprinted = {uid: p for uid, p in prints.items() if uid not in fresh}
            known = self._update_articles(conn, feed_id, updates, reprinted, now)  # uid -> (id, story)
            ids |= {uid: article_id for uid, (article_id, _) in known.items()}
            story_of = {uid: story for uid, (story, _, _) in placing.of.items()}
            story_of |= {
                uid: story for uid, (_, story) in known.items() if uid in updates and story is not None
            }
            started = set(placing.started.values())
            stored = self._insert_matches(
                conn, list(matches), ids, story_of, started, [ids[u] for u in updates], now
            )
            self._owe(conn, stored, policy, now)
        return Saved([m.id for m in stored], placing.started, story_of)

    @staticmethod
    def _insert_articles(
        conn: Connection,
        feed_id: int,
        fresh: Mapping[str, Article],
        placing: Placing,
        prints: Mapping[str, str],
        now: datetime,
    ) -> dict[str, int]:
        """Insert new articles, each with its story (one multi-row INSERT); their ids by uid."""
        if not fresh:
            return {}
        rows = []
        for uid, article in fresh.items():
            story, signature, reason = placing.of[uid]
            rows.append(
                {
                    "feed_id": feed_id,
                    "uid": uid,
                    **_values(article),
                    "seen_at": now,
                    "content_hash": prints.get(uid),
                    "updated_at": None,
                    "story_id": story,
                    "story_sig": signature,
                    "story_reason": reason,
                }
            )
        return {uid: article_id for article_id, uid in conn.execute(_INSERT_ARTICLES, rows)}

    @staticmethod
    def _update_articles(
        conn: Connection,
        feed_id: int,
        updates: Mapping[str, Article],
        prints: Mapping[str, str],
        now: datetime,
    ) -> dict[str, tuple[int, int | None]]:
        """Write the new text of updated articles and the fingerprints (`prints`) of stored ones;
        returns (id, story id) of each by uid."""
        uids = [*updates, *(uid for uid in prints if uid not in updates)]
        if not uids:
            return {}
        a = _ARTICLES.c
        query = sa.select(a.uid, a.id, a.story_id).where(a.feed_id == feed_id, a.uid.in_(uids))
        found = {uid: (article_id, story) for uid, article_id, story in conn.execute(query)}
        if not found:
            return {}
        if updates:
            rows = [
                {"article_id": found[uid][0], **_values(art), "updated_at": now}
                for uid, art in updates.items()
            ]
            conn.execute(_UPDATE_ARTICLE, rows)
        printed = [
            {"article_id": found[uid][0], "content_hash": prints[uid]} for uid in prints if uid in found
        ]
        if printed:
            conn.execute(_UPDATE_ARTICLE, printed)
        return found

    def _insert_matches(
        self,
        conn: Connection,
        matches: list[NewMatch],
        ids: Mapping[str, int],
        story_of: Mapping[str, int],
        started: Collection[int],
        rematched: list[int],
        now: datetime,
    ) -> list[StoredMatch]:
        """Insert the matches (one multi-row INSERT) with their story and role, in their order.

        A rule that matched a `rematched` (updated) article before is not stored again;
        `started` are the stories this poll started.
        """
        already = self._matched_rules(conn, rematched)
        kept = [m for m in matches if (ids[m.article_uid], m.rule) not in already]
        if not kept:
            return []
        stories = [story_of.get(m.article_uid) for m in kept]
        roles = self._roles(conn, [(story, m.rule) for story, m in zip(stories, kept, strict=True)], started)
        rows = [
            {
                "article_id": ids[m.article_uid],
                "rule": m.rule,
                "terms": json.dumps(list(m.terms), ensure_ascii=False),
                "fields": json.dumps(m.fields, ensure_ascii=False),
                "snippet": m.snippet,
                "matched_at": now,
                "story_id": story,
                "role": role,
            }
            for m, story, role in zip(kept, stories, roles, strict=True)
        ]
        found = conn.execute(_INSERT_MATCHES, rows)
        by_pair = {(article_id, rule): match_id for match_id, article_id, rule in found}
        return [
            StoredMatch(m, by_pair[(ids[m.article_uid], m.rule)], story, role)
            for m, story, role in zip(kept, stories, roles, strict=True)
        ]

    @staticmethod
    def _matched_rules(conn: Connection, article_ids: list[int]) -> set[tuple[int, str]]:
        if not article_ids:
            return set()
        m = _MATCHES.c
        query = sa.select(m.article_id, m.rule).where(m.article_id.in_(article_ids))
        return {(article_id, rule) for article_id, rule in conn.execute(query)}

    def articles(self, since: datetime | None = None, limit: int | None = None) -> list[tuple[int, Article]]:
        """Stored articles, newest first, for backtests."""
        with Session(self.engine) as session:
            query = select(ArticleRow).order_by(col(ArticleRow.seen_at).desc(), col(ArticleRow.id).desc())
            if since is not None:
                query = query.where(ArticleRow.seen_at >= since)
            if limit is not None:
                query = query.limit(limit)
            return [(row.id or 0, _article(row)) for row in session.exec(query)]

    def article(self, article_id: int) -> Article | None:
        with Session(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            return _article(row) if row else None

    def recent_matches(
        self,
        limit: int = 20,
        rule: str | None = None,
        *,
        since: datetime | None = None,
        feed: str | None = None,
    ) -> list[MatchView]:
        """The newest matches first, optionally of one rule, one feed (its key), since a time."""
        with Session(self.engine) as session:
            query = (
                select(MatchRow, ArticleRow)
                .join(ArticleRow, col(ArticleRow.id) == MatchRow.article_id)
                .order_by(col(MatchRow.matched_at).desc(), col(MatchRow.id).desc())
                .limit(limit)
            )
            if rule:
                query = query.where(MatchRow.rule == rule)
            if feed:
                query = query.where(ArticleRow.feed == feed)
            if since is not None:
                query = query.where(MatchRow.matched_at >= since)
            rows = list(session.exec(query))
            match_ids = [m.id for m, _ in rows]
            alerts: dict[int, list[AlertView]] = {}
            found = (
                select(DeliveryRow)
                .where(col(DeliveryRow.match_id).in_(match_ids))
                .order_by(col(DeliveryRow.id))
            )
            for d in session.exec(found):
                pending = d.status != "sent"
                alerts.setdefault(d.match_id, []).append(
                    AlertView(
                        target=d.target,
                        status=d.status,
                        attempts=d.attempts,
                        last_error=d.last_error,
                        next_attempt_at=as_utc(d.next_attempt_at) if pending else None,
                        sent_at=as_utc(d.sent_at),
                        reason=d.reason,
                    )
                )
            return [
                MatchView(
                    id=m.id or 0,
                    article_id=m.article_id,
                    matched_at=as_utc(m.matched_at) or m.matched_at,
                    rule=m.rule,
                    feed=a.feed,
                    title=a.title,
                    link=a.link,
                    terms=tuple(json.loads(m.terms)),
                    alerts=tuple(alerts.get(m.id or 0, ())),
                    language=a.language,
                    published=as_utc(a.published),
                    story_id=m.story_id,
                    role=m.role,
                )
                for m, a in rows
            ]
