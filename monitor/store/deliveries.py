"""The store's outbox: deliveries (one alert to one target), digests, notices, their states.

A mixin of `Store`. Every change of state is one transaction, so the outbox stays exact:

- a delivery is `pending` (sent when due), `failed` (retried with doubling waits), `held`
  (waiting for a digest, the end of quiet hours, or enough sources), `digested` (a digest
  carries it), `sent`, or `given_up` (failed for longer than the configured age: reported
  to the admin target, retried only by hand);
- a digest (or a notice to `admin`) is built in one transaction with the deliveries it
  carries, then sent like an alert: each URL is recorded as reached as soon as it took
  the message, so a crash between building and sending, or a retry, never repeats it
  where it arrived.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from monitor.errors import StoreError
from monitor.store.tables import ArticleRow, DeliveryRow, DigestRow, MatchRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from monitor.store.store import DueDelivery, Owed, Policy, StoredMatch

_DELIVERIES = DeliveryRow.__table__  # type: ignore[attr-defined]
MAX_RETRY = timedelta(hours=1)
OPEN = ("pending", "failed")  # states that are sent when due


@dataclass(frozen=True)
class DueDigest:
    """A digest or notice to send now, with the deliveries it carries (oldest first)."""

    id: int
    target: str
    kind: str  # digest or notice
    content: str
    created_at: datetime
    items: list[DueDelivery] = field(default_factory=list)
    sent_urls: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OutboxEntry:
    """One delivery or digest as `monitor deliveries` shows it; `ref` is `A12` or `D3`."""

    ref: str
    target: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    what: str  # the rule and the article's title, or the digest's size
    reason: str | None = None


@dataclass(frozen=True)
class GivenUp:
    ref: str
    target: str
    what: str
    error: str | None
    created_at: datetime | None


def now_floor() -> datetime:
    from datetime import UTC

    return datetime.min.replace(tzinfo=UTC)


def _wait(attempts: int, base: timedelta) -> timedelta:
    return min(base * 2 ** max(attempts - 1, 0), MAX_RETRY)


class DeliveryQueries:
    engine: Engine

    # -- deliveries ----------------------------------------------------------------------

    def due_deliveries(self, now: datetime | None = None, limit: int = 100) -> list[DueDelivery]:
        """Alerts to send now: pending or failed deliveries whose time has come."""
        from monitor.store.store import utcnow

        now = now or utcnow()
        with Session(self.engine) as session:
            query = (
                self._delivery_query()
                .where(col(DeliveryRow.status).in_(OPEN), DeliveryRow.next_attempt_at <= now)
                .order_by(col(DeliveryRow.next_attempt_at), col(DeliveryRow.id))
                .limit(limit)
            )
            return [_due(d, m, a) for d, m, a in session.exec(query)]

    @staticmethod
    def _delivery_query():  # type: ignore[no-untyped-def]
        return (
            select(DeliveryRow, MatchRow, ArticleRow)
            .join(MatchRow, col(MatchRow.id) == DeliveryRow.match_id)
            .join(ArticleRow, col(ArticleRow.id) == MatchRow.article_id)
        )

    def delivery_reached(self, delivery_id: int, url_key: str) -> None:
        """Record at once that one URL of a delivery has the alert: no retry or restart repeats it there."""
        self._reached(DeliveryRow, "delivery", delivery_id, url_key)

    def _reached(
        self, table: type[DeliveryRow] | type[DigestRow], what: str, row_id: int, url_key: str
    ) -> None:
        with Session(self.engine) as session:
            row: DeliveryRow | DigestRow | None = session.get(table, row_id)  # type: ignore[assignment]
            if row is None:
                raise StoreError(f"no {what} with id {row_id}")
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
        from monitor.store.store import utcnow

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
                row.status, row.last_error = "failed", error
                row.next_attempt_at = now + _wait(row.attempts, retry_base)
            session.add(row)
            session.commit()
            return row

    def hold(self, delivery_id: int, reason: str, due: datetime) -> None:
        """Keep a delivery for the digest due at `due` (over the rate cap, in quiet hours)."""
        with Session(self.engine) as session:
            row = session.get(DeliveryRow, delivery_id)
            if row is None:
                raise StoreError(f"no delivery with id {delivery_id}")
            row.status, row.reason, row.next_attempt_at = "held", reason, due
            session.add(row)
            session.commit()

    def delivery_counts(self) -> dict[str, int]:
        with Session(self.engine) as session:
            counts: dict[str, int] = {}
            for status in session.exec(select(DeliveryRow.status)):
                counts[status] = counts.get(status, 0) + 1
            return counts

    def alerts_sent(self, target: str, since: datetime, rule: str | None = None) -> int:
        """Alerts (not digests) sent to `target` since `since`, optionally of one rule: for rate caps."""
        with Session(self.engine) as session:
            query = (
                select(func.count())
                .select_from(DeliveryRow)
                .join(MatchRow, col(MatchRow.id) == DeliveryRow.match_id)
                .where(
                    DeliveryRow.target == target,
                    DeliveryRow.status == "sent",
                    col(DeliveryRow.digest_id).is_(None),
                    col(DeliveryRow.sent_at) >= since,
                )
            )
            if rule is not None:
                query = query.where(MatchRow.rule == rule)
            return session.exec(query).one()

    def _owe(
        self, conn: Connection, stored: Sequence[StoredMatch], policy: Policy | None, now: datetime
    ) -> None:
        """Record what each new match owes each target (one INSERT), then send the alerts held for
        sources whose story now has enough of them.

        Without a policy a match owes an alert to each of its targets. An update of a story
        whose alert still waits for sources owes nothing: it is one of those sources.
        """
        from monitor.store.store import Owed

        waiting: set[tuple[int | None, str]] = set()  # alerts of this poll held for sources
        rows: list[dict[str, object]] = []
        for s in stored:
            rule = s.match.rule
            owed = policy.owed(s.match, s.role, now) if policy else [Owed(t) for t in s.match.targets]
            if s.role == "update" and policy is not None and policy.burst(rule) is not None:
                pair = (s.story_id, rule)
                if pair in waiting or self._awaiting_sources(conn, s.story_id, rule):  # type: ignore[attr-defined]
                    owed = []
            if s.role == "alert" and any(debt.held == "sources" for debt in owed):
                waiting.add((s.story_id, rule))
            rows += (_delivery(s.id, debt, now) for debt in owed)
        if rows:
            conn.execute(_DELIVERIES.insert(), rows)
        if policy is not None:
            for story_id, rule in dict.fromkeys((s.story_id, s.match.rule) for s in stored):
                burst = policy.burst(rule)
                if burst is not None and story_id is not None:
                    self._release_burst(conn, story_id, rule, burst, now)

    def _release_burst(
        self, conn: Connection, story_id: int, rule: str, burst: tuple[int, timedelta], now: datetime
    ) -> None:
        """Send a story's alert held for sources once `burst` = (sources, within) is reached."""
        needed, within = burst
        distinct = self._distinct_sources(conn, story_id, rule, now - within)  # type: ignore[attr-defined]
        if distinct < needed:
            return
        matched = select(MatchRow.id).where(MatchRow.story_id == story_id, MatchRow.rule == rule)
        held = _DELIVERIES.update().where(
            _DELIVERIES.c.match_id.in_(matched.scalar_subquery()),
            _DELIVERIES.c.status == "held",
            _DELIVERIES.c.reason == "sources",
        )
        conn.execute(held.values(status="pending", reason=None, next_attempt_at=now))

    # -- digests -------------------------------------------------------------------------

    def held_due(self, now: datetime) -> dict[str, list[int]]:
        """Held deliveries whose digest is due, by target (those waiting for sources stay)."""
        with Session(self.engine) as session:
            query = (
                select(DeliveryRow.target, DeliveryRow.id)
                .where(
                    DeliveryRow.status == "held",
                    DeliveryRow.reason != "sources",
                    DeliveryRow.next_attempt_at <= now,
                )
                .order_by(col(DeliveryRow.id))
            )
            due: dict[str, list[int]] = {}
            for target, delivery_id in session.exec(query):
                due.setdefault(target, []).append(delivery_id or 0)
            return due

    def build_digest(self, target: str, delivery_ids: list[int], now: datetime) -> int:
        """One digest carrying these held deliveries, in one transaction; returns its id."""
        with Session(self.engine) as session:
            digest = DigestRow(target=target, created_at=now, next_attempt_at=now)
            session.add(digest)
            session.flush()
            rows = session.exec(
                select(DeliveryRow).where(col(DeliveryRow.id).in_(delivery_ids), DeliveryRow.status == "held")
            )
            for row in rows:
                row.status, row.digest_id = "digested", digest.id
                session.add(row)
            session.commit()
            return digest.id or 0

    def add_notice(self, target: str, text: str, now: datetime) -> int:
        """A message of our own to `target` (the admin target), sent like a digest."""
        with Session(self.engine) as session:
            notice = DigestRow(
                target=target, kind="notice", content=text, created_at=now, next_attempt_at=now
            )
            session.add(notice)
            session.commit()
            return notice.id or 0

    def due_digests(self, now: datetime, limit: int = 20) -> list[DueDigest]:
        with Session(self.engine) as session:
            query = (
                select(DigestRow)
                .where(col(DigestRow.status).in_(OPEN), DigestRow.next_attempt_at <= now)
                .order_by(col(DigestRow.next_attempt_at), col(DigestRow.id))
                .limit(limit)
            )
            digests = list(session.exec(query))
            items: dict[int, list[DueDelivery]] = {}
            ids = [d.id for d in digests]
            for d, m, a in session.exec(
                self._delivery_query()
                .where(col(DeliveryRow.digest_id).in_(ids))
                .order_by(col(DeliveryRow.id))
            ):
                items.setdefault(d.digest_id or 0, []).append(_due(d, m, a))
            return [
                DueDigest(
                    d.id or 0,
                    d.target,
                    d.kind,
                    d.content,
                    _aware(d.created_at),
                    items.get(d.id or 0, []),
                    frozenset(json.loads(d.sent_urls)),
                )
                for d in digests
            ]

    def digest_reached(self, digest_id: int, url_key: str) -> None:
        """As `delivery_reached`, for a digest or notice."""
        self._reached(DigestRow, "digest", digest_id, url_key)

    def digest_done(
        self, digest_id: int, error: str | None, *, retry_base: timedelta, now: datetime
    ) -> DigestRow:
        """Record an attempt; once sent, the deliveries it carries are sent too (same transaction)."""
        with Session(self.engine, expire_on_commit=False) as session:
            row = session.get(DigestRow, digest_id)
            if row is None:
                raise StoreError(f"no digest with id {digest_id}")
            row.attempts += 1
            if error is None:
                row.status, row.sent_at, row.last_error = "sent", now, None
                for item in session.exec(select(DeliveryRow).where(DeliveryRow.digest_id == digest_id)):
                    item.status, item.sent_at = "sent", now
                    session.add(item)
            else:
                row.status, row.last_error = "failed", error
                row.next_attempt_at = now + _wait(row.attempts, retry_base)
            session.add(row)
            session.commit()
            return row

    # -- giving up, listing, retrying ----------------------------------------------------

    def give_up(self, before: datetime, now: datetime) -> list[GivenUp]:
        """Mark what has kept failing since before `before` as given up; returns it (to report)."""
        found: list[GivenUp] = []
        with Session(self.engine) as session:
            for d, m, a in session.exec(
                self._delivery_query().where(
                    DeliveryRow.status == "failed", col(DeliveryRow.created_at) < before
                )
            ):
                d.status = "given_up"
                session.add(d)
                found.append(
                    GivenUp(f"A{d.id}", d.target, f"{m.rule}: {a.title}", d.last_error, d.created_at)
                )
            for g in session.exec(
                select(DigestRow).where(DigestRow.status == "failed", DigestRow.created_at < before)
            ):
                g.status = "given_up"
                session.add(g)
                found.append(GivenUp(f"D{g.id}", g.target, g.kind, g.last_error, g.created_at))
            session.commit()
        return found

    def outbox(self, *, failed: bool = False, limit: int = 50) -> list[OutboxEntry]:
        """Deliveries and digests, newest first; `failed`: only those failing or given up."""
        wanted = ("failed", "given_up") if failed else None
        with Session(self.engine) as session:
            query = self._delivery_query().where(col(DeliveryRow.digest_id).is_(None))
            if wanted:
                query = query.where(col(DeliveryRow.status).in_(wanted))
            query = query.order_by(col(DeliveryRow.id).desc()).limit(limit)
            entries = [
                OutboxEntry(
                    f"A{d.id}",
                    d.target,
                    d.status,
                    d.attempts,
                    d.last_error,
                    _aware(d.created_at) if d.created_at else None,
                    _aware(d.next_attempt_at) if d.status != "sent" else None,
                    _aware(d.sent_at) if d.sent_at else None,
                    f"rule {m.rule}: {a.title}",
                    d.reason,
                )
                for d, m, a in session.exec(query)
            ]
            digests = select(DigestRow).order_by(col(DigestRow.id).desc()).limit(limit)
            if wanted:
                digests = digests.where(col(DigestRow.status).in_(wanted))
            for g in session.exec(digests):
                count = len(session.exec(select(DeliveryRow.id).where(DeliveryRow.digest_id == g.id)).all())
                what = (
                    f"digest of {count} alert(s)"
                    if g.kind == "digest"
                    else "notice: " + g.content.split("\n")[0]
                )
                entries.append(
                    OutboxEntry(
                        f"D{g.id}",
                        g.target,
                        g.status,
                        g.attempts,
                        g.last_error,
                        _aware(g.created_at),
                        _aware(g.next_attempt_at) if g.status != "sent" else None,
                        _aware(g.sent_at) if g.sent_at else None,
                        what,
                    )
                )
        entries.sort(key=lambda e: (e.created_at is not None, e.created_at or now_floor()), reverse=True)
        return entries[:limit]

    def retry(self, ref: str, now: datetime) -> OutboxEntry | None:
        """Send a failed or given-up delivery (`A12`) or digest (`D3`) again at once; None if unknown."""
        kind, number = ref[:1].upper(), ref[1:]
        if kind not in ("A", "D") or not number.isdigit():
            raise ValueError(f"{ref!r} is not a delivery id (A12) or a digest id (D3)")
        with Session(self.engine) as session:
            row: DeliveryRow | DigestRow | None
            if kind == "A":
                row = session.get(DeliveryRow, int(number))
            else:
                row = session.get(DigestRow, int(number))
            if row is None:
                return None
            if row.status in ("failed", "given_up", "pending"):
                row.status, row.next_attempt_at = "pending", now
                session.add(row)
                session.commit()
            return OutboxEntry(
                f"{kind}{number}", row.target, row.status, row.attempts, row.last_error, None, now, None, ""
            )

    def next_due(self) -> datetime | None:
        """When the earliest delivery, held delivery or digest falls due (for the delivery worker)."""
        with Session(self.engine) as session:
            times = [
                _earliest(
                    session,
                    DeliveryRow.next_attempt_at,
                    DeliveryRow.status == "held",
                    DeliveryRow.reason != "sources",
                ),
                _earliest(session, DeliveryRow.next_attempt_at, col(DeliveryRow.status).in_(OPEN)),
                _earliest(session, DigestRow.next_attempt_at, col(DigestRow.status).in_(OPEN)),
            ]
            found = [_aware(t) for t in times if t is not None]
            return min(found) if found else None


def _earliest(session: Session, column: Any, *where: Any) -> datetime | None:
    """The smallest `column` among the rows that meet `where` (None when there are none)."""
    found: datetime | None = session.exec(select(column).where(*where).order_by(col(column)).limit(1)).first()
    return found


def _delivery(match_id: int, debt: Owed, now: datetime) -> dict[str, object]:
    """A delivery's row as column values: sent when due, or held for a reason until `due`."""
    return {
        "match_id": match_id,
        "target": debt.target,
        "status": "held" if debt.held else "pending",
        "reason": debt.held,
        "attempts": 0,
        "sent_urls": "[]",
        "next_attempt_at": debt.due or now,
        "created_at": now,
    }


def _due(d: DeliveryRow, m: MatchRow, a: ArticleRow) -> DueDelivery:
    from monitor.store.store import DueDelivery, _article

    return DueDelivery(
        id=d.id or 0,
        target=d.target,
        rule=m.rule,
        terms=tuple(json.loads(m.terms)),
        snippet=m.snippet,
        article=_article(a),
        sent_urls=frozenset(json.loads(d.sent_urls)),
        story_id=m.story_id,
        article_id=a.id or 0,
        match_id=m.id or 0,
        created_at=_aware(d.created_at) if d.created_at else None,
    )


def _aware(value: datetime) -> datetime:
    from monitor.store.store import as_utc

    return as_utc(value) or value
