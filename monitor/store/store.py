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
from typing import Literal

from sqlalchemy import bindparam, delete, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from monitor.errors import StoreError
from monitor.models import Article, FetchResult
from monitor.store import schema
from monitor.store.claim import Claim, Role, claim
from monitor.store.database import Database, reason
from monitor.store.tables import ArticleRow, DeliveryRow, FeedRow, MatchRow, PageRow

OpenMode = Literal["create", "upgrade", "existing"]
_FEEDS = FeedRow.__table__  # type: ignore[attr-defined]
_UPDATE_FEED = _FEEDS.update().where(_FEEDS.c.key == bindparam("feed_key"))

MAX_RETRY = timedelta(hours=1)


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
class DueDelivery:
    """A delivery that should be attempted now, with what its alert needs."""

    id: int
    target: str
    rule: str
    terms: tuple[str, ...]
    snippet: str
    article: Article
    sent_urls: frozenset[str] = frozenset()  # a retry skips the URLs that already got it


@dataclass(frozen=True)
class AlertView:
    """What became of one match's alert to one target."""

    target: str
    status: str  # pending, sent or failed (failed is retried)
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None


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


def _row_values(feed_id: int, article: Article, now: datetime, content_hash: str | None) -> dict[str, object]:
    """A new article's row as column values, for a multi-row INSERT."""
    return {
        "feed_id": feed_id,
        "uid": article.uid,
        "feed": article.feed,
        "title": article.title,
        "summary": article.summary,
        "content": article.content,
        "link": article.link,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "tags": json.dumps(list(article.tags)),
        "seen_at": now,
        "content_hash": content_hash,
        "updated_at": None,
    }


def _match_values(article_id: int, match: NewMatch, now: datetime) -> dict[str, object]:
    return {
        "article_id": article_id,
        "rule": match.rule,
        "terms": json.dumps(list(match.terms), ensure_ascii=False),
        "fields": json.dumps(match.fields, ensure_ascii=False),
        "snippet": match.snippet,
        "matched_at": now,
    }


@dataclass(frozen=True)
class Triage:
    """A poll's articles against the store: new ones, updated ones, stored ones lacking a fingerprint."""

    new: list[Article]
    changed: list[Article]
    unprinted: dict[str, str]  # uid -> fingerprint to record


class Store:
    """Feeds' fetch state, seen articles, matches and the delivery outbox.

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
        feed_values: Mapping[str, object] | None = None,
    ) -> list[int]:
        """Store new articles, updates of stored ones, their matches and owed deliveries in one transaction.

        `fingerprints` maps uids to their text's fingerprint (`parse.fingerprint`), for new and
        updated articles and for stored ones that had none. A match of an updated article
        whose rule already matched it is not stored again: that rule has alerted already.
        Also marks the feed as polled once, which ends its silent first poll, and writes
        `feed_values` (the poll's state and schedule, see `update_feed`) to its row.
        Returns the ids of the matches stored.
        """
        now = now or utcnow()
        prints = dict(fingerprints or {})
        with Session(self.engine) as session:
            conn = session.connection()
            feed_id, first_polled = conn.execute(
                select(FeedRow.id, FeedRow.first_polled_at).where(FeedRow.key == key)
            ).one()
            # New articles go in with one multi-row INSERT: the ORM's unit of work costs ten times more.
            fresh = {a.uid: _row_values(feed_id, a, now, prints.get(a.uid)) for a in articles}
            if fresh:
                conn.execute(ArticleRow.__table__.insert(), list(fresh.values()))  # type: ignore[attr-defined]
            matches = list(matches)
            ids: dict[str, int] = {}
            wanted = {m.article_uid for m in matches} & set(fresh)
            if wanted:
                query = select(ArticleRow.uid, ArticleRow.id).where(
                    ArticleRow.feed_id == feed_id, col(ArticleRow.uid).in_(wanted)
                )
                ids = {uid: id_ for uid, id_ in conn.execute(query)}
            updates = {a.uid: a for a in updated}
            known = self._stored_rows(session, feed_id, [*updates, *(u for u in prints if u not in fresh)])
            for uid, article in updates.items():
                _fill(known[uid], article).updated_at = now
            for uid, article_row in known.items():
                if uid in prints:
                    article_row.content_hash = prints[uid]
                session.add(article_row)
            session.flush()
            ids.update({uid: row.id or 0 for uid, row in known.items()})
            already = self._matched_rules(session, [ids[uid] for uid in updates])
            stored = [m for m in matches if (ids[m.article_uid], m.rule) not in already]
            match_ids: list[int] = []
            if stored:
                conn.execute(
                    MatchRow.__table__.insert(),  # type: ignore[attr-defined]
                    [_match_values(ids[m.article_uid], m, now) for m in stored],
                )
                new_ids = select(MatchRow.id, MatchRow.article_id, MatchRow.rule).where(
                    col(MatchRow.article_id).in_({ids[m.article_uid] for m in stored})
                )
                by_pair = {(article_id, rule): id_ for id_, article_id, rule in conn.execute(new_ids)}
                match_ids = [by_pair[(ids[m.article_uid], m.rule)] for m in stored]
                deliveries = [
                    {
                        "match_id": id_,
                        "target": target,
                        "next_attempt_at": now,
                        "status": "pending",
                        "attempts": 0,
                        "sent_urls": "[]",
                    }
                    for m, id_ in zip(stored, match_ids, strict=True)
                    for target in m.targets
                ]
                if deliveries:
                    conn.execute(DeliveryRow.__table__.insert(), deliveries)  # type: ignore[attr-defined]
            values = dict(feed_values or {})
            if first_polled is None:
                values["first_polled_at"] = now
            if values:
                conn.execute(_UPDATE_FEED, {"feed_key": key, **values})
            session.commit()
            return match_ids

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
                )
                for m, a in rows
            ]

    # Deliveries ------------------------------------------------------------

    def due_deliveries(self, now: datetime | None = None, limit: int = 100) -> list[DueDelivery]:
        now = now or utcnow()
        with Session(self.engine) as session:
            query = (
                select(DeliveryRow, MatchRow, ArticleRow)
                .join(MatchRow, col(MatchRow.id) == DeliveryRow.match_id)
                .join(ArticleRow, col(ArticleRow.id) == MatchRow.article_id)
                .where(col(DeliveryRow.status).in_(("pending", "failed")), DeliveryRow.next_attempt_at <= now)
                .order_by(col(DeliveryRow.next_attempt_at), col(DeliveryRow.id))
                .limit(limit)
            )
            return [
                DueDelivery(
                    id=d.id or 0,
                    target=d.target,
                    rule=m.rule,
                    terms=tuple(json.loads(m.terms)),
                    snippet=m.snippet,
                    article=_article(a),
                    sent_urls=frozenset(json.loads(d.sent_urls)),
                )
                for d, m, a in session.exec(query)
            ]

    def delivery_reached(self, delivery_id: int, url_key: str) -> None:
        """Record at once that one URL of a delivery has the alert: no retry or restart repeats it there."""
        with Session(self.engine) as session:
            row = session.get(DeliveryRow, delivery_id)
            if row is None:
                raise StoreError(f"no delivery with id {delivery_id}")
            row.sent_urls = json.dumps(sorted(set(json.loads(row.sent_urls)) | {url_key}))
            session.add(row)
            session.commit()

    def delivery_done(
        self,
        delivery_id: int,
        error: str | None,
        *,
        retry_base: timedelta,
        now: datetime | None = None,
        sent_urls: Iterable[str] = (),
    ) -> DeliveryRow:
        """Record an attempt; a failure is retried later with doubling waits, never dropped."""
        now = now or utcnow()
        with Session(self.engine, expire_on_commit=False) as session:
            row = session.get(DeliveryRow, delivery_id)
            if row is None:
                raise StoreError(f"no delivery with id {delivery_id}")
            row.attempts += 1
            row.sent_urls = json.dumps(sorted(set(json.loads(row.sent_urls)) | set(sent_urls)))
            if error is None:
                row.status, row.sent_at, row.last_error = "sent", now, None
            else:
                wait = min(retry_base * 2 ** (row.attempts - 1), MAX_RETRY)
                row.status, row.last_error, row.next_attempt_at = "failed", error, now + wait
            session.add(row)
            session.commit()
            return row

    def delivery_counts(self) -> dict[str, int]:
        with Session(self.engine) as session:
            rows = session.exec(select(DeliveryRow.status))
            counts: dict[str, int] = {}
            for status in rows:
                counts[status] = counts.get(status, 0) + 1
            return counts
