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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from sqlalchemy import bindparam, delete, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from monitor.errors import StoreError
from monitor.models import Article, FetchResult
from monitor.store import schema
from monitor.store.claim import Claim, Role, claim
from monitor.store.database import Database, reason
from monitor.store.deliveries import DeliveryQueries
from monitor.store.stories import StoryQueries
from monitor.store.tables import ArticleRow, DeliveryRow, FeedRow, MatchRow, PageRow

OpenMode = Literal["create", "upgrade", "existing"]
_FEEDS = FeedRow.__table__  # type: ignore[attr-defined]
_UPDATE_FEED = _FEEDS.update().where(_FEEDS.c.key == bindparam("feed_key"))


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


def _fill(row: ArticleRow, article: Article) -> ArticleRow:
    """Write an article's fields into its row (a new row, or a stored one updated in place)."""
    row.feed = article.feed
    row.title, row.summary, row.content = article.title, article.summary, article.content
    row.link, row.author, row.published = article.link, article.author, article.published
    row.language = article.language
    row.tags = json.dumps(list(article.tags))
    return row


def _match_row(article_id: int, match: NewMatch, now: datetime) -> MatchRow:
    return MatchRow(
        article_id=article_id,
        rule=match.rule,
        terms=json.dumps(list(match.terms), ensure_ascii=False),
        fields=json.dumps(match.fields, ensure_ascii=False),
        snippet=match.snippet,
        matched_at=now,
    )


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
        with Session(self.engine, expire_on_commit=False) as session:
            row = session.exec(select(FeedRow).where(FeedRow.key == key)).first()
            if row is None:
                row = FeedRow(key=key, config_url=config_url, url=config_url)
            elif row.config_url != config_url:  # a new URL starts afresh: not gone, not paused, due now
                row.config_url = row.url = config_url
                row.etag = row.last_modified = None
                row.gone = False
                row.paused_at = row.retry_after = row.next_poll_at = None
                row.errors_in_row = 0
            else:
                return row
            session.add(row)
            session.commit()
            return row

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
        uids = [a.uid for a in articles]
        with Session(self.engine) as session:
            feed_id = session.exec(select(FeedRow.id).where(FeedRow.key == key)).one()
            query = select(ArticleRow.uid, ArticleRow.content_hash).where(
                ArticleRow.feed_id == feed_id, col(ArticleRow.uid).in_(uids)
            )
            stored = dict(session.exec(query).all())
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
        poll's state and schedule, see `update_feed`) to its row.
        """
        now = now or utcnow()
        prints = dict(fingerprints or {})
        places = dict(stories or {})
        with Session(self.engine) as session:
            feed_id, first_polled = (
                session.connection()
                .execute(select(FeedRow.id, FeedRow.first_polled_at).where(FeedRow.key == key))
                .one()
            )
            rows: dict[str, ArticleRow] = {}
            for article in articles:
                fresh = ArticleRow(feed_id=feed_id, uid=article.uid, feed=article.feed, seen_at=now)
                rows[article.uid] = _fill(fresh, article)
            updates = {a.uid: a for a in updated}
            known = self._stored_rows(session, feed_id, [*updates, *(u for u in prints if u not in rows)])
            for uid, article in updates.items():
                rows[uid] = _fill(known[uid], article)
                rows[uid].updated_at = now
            for uid, article_row in {**known, **rows}.items():
                if uid in prints:
                    article_row.content_hash = prints[uid]
                session.add(article_row)
            session.flush()  # one flush assigns every id
            started = self._place_articles(session, rows, updates, places, now)
            already = self._matched_rules(session, [rows[uid].id or 0 for uid in updates])
            stored = [
                (match, _match_row(rows[match.article_uid].id or 0, match, now))
                for match in matches
                if (rows[match.article_uid].id, match.rule) not in already
            ]
            roles = self._roles(session, [(rows[m.article_uid].story_id, m.rule) for m, _ in stored])
            for (match, row), role in zip(stored, roles, strict=True):
                row.story_id, row.role = rows[match.article_uid].story_id, role
            session.add_all(row for _, row in stored)
            session.flush()
            for (match, row), role in zip(stored, roles, strict=True):
                owed = policy.owed(match, role, now) if policy else [Owed(t) for t in match.targets]
                bursty = policy is not None and policy.burst(match.rule) is not None
                if role == "update" and bursty and self._awaiting_sources(session, row.story_id, match.rule):
                    owed = []  # the story's alert still waits for sources: this one is one of them
                for debt in owed:
                    session.add(
                        DeliveryRow(
                            match_id=row.id or 0,
                            target=debt.target,
                            status="held" if debt.held else "pending",
                            reason=debt.held,
                            next_attempt_at=debt.due or now,
                            created_at=now,
                        )
                    )
            session.flush()
            if policy is not None:
                for story_id, rule in {(row.story_id, row.rule) for _, row in stored}:
                    burst = policy.burst(rule)
                    if burst is not None and story_id is not None:
                        self._release_burst(session, story_id, rule, burst, now)
            values = dict(feed_values or {})
            if first_polled is None:
                values["first_polled_at"] = now
            if values:
                session.connection().execute(_UPDATE_FEED, {"feed_key": key, **values})
            # read before the commit expires them (reading after would query each row again)
            story_of = {uid: row.story_id for uid, row in rows.items() if row.story_id is not None}
            saved = Saved([row.id or 0 for _, row in stored], started, story_of)
            session.commit()
            return saved

    @staticmethod
    def _stored_rows(session: Session, feed_id: int, uids: list[str]) -> dict[str, ArticleRow]:
        if not uids:
            return {}
        query = select(ArticleRow).where(ArticleRow.feed_id == feed_id, col(ArticleRow.uid).in_(uids))
        return {row.uid: row for row in session.exec(query)}

    @staticmethod
    def _matched_rules(session: Session, article_ids: list[int]) -> set[tuple[int, str]]:
        if not article_ids:
            return set()
        query = select(MatchRow.article_id, MatchRow.rule).where(col(MatchRow.article_id).in_(article_ids))
        return {(article_id, rule) for article_id, rule in session.exec(query)}

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
