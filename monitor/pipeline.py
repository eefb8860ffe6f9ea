"""One poll of one feed: fetch -> parse -> plan the next poll -> unseen -> [pages] -> match -> store.

Fetching is asynchronous (many feeds wait on the network at once); everything after it
(parsing, analysis, matching, the database) is CPU or blocking work that runs in a
worker thread (`Ingest`), so it never stalls the fetches of other feeds.

Each feed fails on its own: every error is caught here, recorded on the feed and
reported, so the caller can go on with the others. Only a store that cannot be written
any more (`StoreError`) goes up: the daemon must stop rather than lose matches.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from monitor import schedule
from monitor.clip import clip
from monitor.config import Feed
from monitor.delivery.pacing import ConfigPolicy
from monitor.errors import StoreError
from monitor.fetch import Fetcher
from monitor.fulltext import Pages, extract, url_key, wants_page
from monitor.models import Article, FetchResult, FetchState
from monitor.parse import CAPS, ParsedFeed, die_with_parent, fingerprint, parse_feed, parse_with_prints
from monitor.runtime import Runtime
from monitor.store import FeedRow, NewMatch, as_utc, utcnow
from monitor.urls import masked
from monitor.wording import count

if TYPE_CHECKING:
    from monitor.analysis.article import AnalysedArticle
    from monitor.matching import Matching

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class PollReport:
    feed: str
    new: int = 0
    matches: int = 0
    silent: bool = False  # first poll recorded without alerting
    not_modified: bool = False
    error: str | None = None
    disabled: bool = False
    known_gone: bool = False  # disabled by an earlier 410: not polled, not a new failure
    first_error: bool = False  # the feed was fine before (or failed differently)
    updated: int = 0  # entries whose text changed since they were stored, matched again
    deferred: bool = False  # not fetched: its site asked to wait (Retry-After)
    paused: bool = False  # paused after too many failures (`newly_paused`: by this poll)
    newly_paused: bool = False
    failures: int = 0  # consecutive failures, this one included
    next_poll_at: datetime | None = None
    interval: float | None = None  # the interval planned from (before any backoff)
    pages: int = 0  # full texts fetched and used


def match_articles(
    articles: Iterable[Article],
    feed: Feed,
    matching: Matching,
    docs: dict[str, AnalysedArticle] | None = None,
) -> list[NewMatch]:
    """Every (article, rule) match with its terms, snippet and the targets it alerts.

    `docs`, when given, receives each article's analysis by uid (story placing uses it).
    """
    from monitor.rules.explain import explain

    targets = {r.name: tuple(matching.config.targets_of(r)) for r in matching.config.rules}
    found = []
    for article in articles:
        doc, matches = matching.match(article, feed)
        if docs is not None:
            docs[article.uid] = doc
        for match in matches:
            why = explain(doc, match.hits)
            found.append(
                NewMatch(
                    article_uid=article.uid,
                    rule=match.rule,
                    terms=why.terms,
                    snippet=why.snippet,
                    targets=targets.get(match.rule, ()),
                    fields=why.fields,
                )
            )
    return found


INGEST_BACKLOG = 32


def ingest_backlog() -> asyncio.Semaphore:
    """How many fetched feeds may be parsed, matched and stored at once (`poll_feed`'s `backlog`).

    Fetching outruns ingest when many items are new and matched (about 1.3 ms of CPU an item
    against a few tenths of a millisecond to fetch it): unbounded, every fetched feed waits in
    the worker's queue parsed, and `bench/polling.py`'s cycle of 2,000 feeds of 20 matched
    items peaked at 303 MB instead of 264 MB. A feed waits for a slot only after its fetch,
    holding its body (capped), never a request slot: a slow site cannot hold up the others.
    """
    return asyncio.Semaphore(INGEST_BACKLOG)


def fetch_url(feed: Feed, row: FeedRow) -> str:
    """Where to fetch now: the configured URL (with its credentials), unless it moved for good."""
    moved = row.url != masked(feed.url) and "***" not in row.url
    return row.url if moved else feed.url


async def poll_feed(
    rt: Runtime,
    fetcher: Fetcher,
    feed: Feed,
    worker: Executor | None = None,
    pages: Pages | None = None,
    row: FeedRow | None = None,
    states: StateWriter | None = None,
    parser: Executor | None = None,
    backlog: asyncio.Semaphore | None = None,
) -> PollReport:
    """Poll one feed, store what is new and plan its next poll; never raises for a bad feed.

    `pages` fetches article pages for feeds with `fulltext`; without it none are fetched.
    `row` is the feed's stored state when the caller has it already.
    `states` batches the writes of polls that bring nothing new; without it each is written
    at once. `parser` is a process (`parse_pool`) that parses bodies on another core;
    without it the worker thread parses. `backlog` (`ingest_backlog`) bounds the fetched bodies
    being parsed, matched and stored at once.
    Cancelling it (daemon shutdown) stops the fetch at once; work already handed to the
    worker thread finishes, so what was fetched is stored whole or not at all.
    """
    try:
        if row is None:
            row = await _in(worker, rt.store.feed, feed.key, masked(feed.url))
        if row.gone:
            return PollReport(
                feed.key, error=row.last_error or "HTTP 410 Gone", disabled=True, known_gone=True
            )
        if row.paused_at is not None:
            return PollReport(feed.key, error=row.last_error, paused=True, failures=row.errors_in_row)
        result = await fetcher.fetch(FetchState(fetch_url(feed, row), row.etag, row.last_modified))
        quiet = _unchanged(rt, feed, row, result, utcnow()) if states and not result.new_url else None
        if states is not None and quiet is not None:
            states.add(feed.key, quiet[1])
            return quiet[0]
        async with backlog or contextlib.nullcontext():
            parsed = await _parse_elsewhere(parser, feed, result)
            step = await _in(worker, ingest, rt, feed, row, result, pages is not None, parsed)
            if isinstance(step, PollReport):
                return step
            fetched = await pages.fetch_all(step.wanted) if pages is not None else {}
            return await _in(worker, _with_pages, rt, feed, step, fetched)
    except (asyncio.CancelledError, StoreError):
        raise
    except Exception as exc:  # a bug must not stop the other feeds
        log.exception("feed %s: poll failed", feed.key)
        return PollReport(feed.key, error=f"internal error: {exc}")


async def _in(worker: Executor | None, func: Callable[..., T], *args: object) -> T:
    return await asyncio.get_running_loop().run_in_executor(worker, func, *args)


def parse_pool() -> Executor | None:
    """A process that parses feed bodies beside this one, or None on one core (or when
    MONITOR_PARSE_PROCESS=0).

    Parsing (feedparser) is about half of a new item's CPU and holds the GIL: in another
    process it runs on the second core while this one fetches and stores. The process is
    spawned on the first body to parse (a poll of 304s starts none) and imports only the
    parser; what it returns (the articles and their fingerprints) costs little to unpickle.
    If it dies (killed, out of memory), the body it had is parsed in the worker thread and
    a new process is started for the next (`ParserProcess`): the daemon runs for months.
    """
    cores = os.cpu_count() or 1
    wanted = os.environ.get("MONITOR_PARSE_PROCESS", "")
    processes = int(wanted) if wanted.isdigit() else 1
    if cores < 2 or processes == 0:
        return None
    import multiprocessing  # with the process pool: not on start-up when no process is wanted
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    return ParserProcess(
        lambda: ProcessPoolExecutor(processes, context, initializer=die_with_parent, initargs=(os.getpid(),))
    )


class ParserProcess(Executor):
    """A process pool started again when its process dies.

    A `ProcessPoolExecutor` whose process died is broken for good: every later body would be
    parsed in the worker thread, on the event loop's core, without a word. This one logs the
    death once (a warning) and starts a new pool, at most once every `restart_every` seconds
    so a process that dies as it starts does not cost a spawn per feed.
    """

    def __init__(self, start: Callable[[], Executor], restart_every: float = 60.0) -> None:
        self._start = start
        # Started with the first body to parse: even before its process, a pool starts a process of
        # its own (multiprocessing's resource tracker, an interpreter) that a poll of 304s never needs.
        self._pool: Executor | None = None
        self._restart_every = restart_every
        self._restarted = -restart_every  # time.monotonic() of the last restart
        self._deaths = 0
        self._lock = threading.Lock()
        self._shut = False  # after shutdown() no pool is started again, as with any executor

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            if self._shut:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._pool is None:
                self._pool = self._start()
            try:
                return self._pool.submit(fn, *args, **kwargs)
            except BrokenProcessPool:
                if time.monotonic() - self._restarted < self._restart_every:
                    raise  # the caller parses it in the worker thread
                self._deaths += 1
                self._restarted = time.monotonic()
                log.warning(
                    "the parser process ended (%s so far); a new one is started", count(self._deaths, "time")
                )
                self._pool.shutdown(wait=False)
                self._pool = self._start()
                return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shut = True
            if self._pool is not None:
                self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


async def _parse_elsewhere(
    parser: Executor | None, feed: Feed, result: FetchResult
) -> tuple[ParsedFeed, list[str]] | None:
    """The body parsed in the parser process, with fingerprints; None when there is no parser,
    nothing to parse, or the process broke (the worker thread parses it then)."""
    if parser is None or result.body is None or not result.ok or result.not_modified:
        return None
    loop = asyncio.get_running_loop()
    content_type = result.headers.get("content-type")
    try:
        return await loop.run_in_executor(
            parser, parse_with_prints, result.body, feed.key, result.url, feed.language, content_type
        )
    except (RuntimeError, OSError, pickle.PicklingError) as exc:  # RuntimeError: BrokenProcessPool too
        log.debug("feed %s: parsed here, the parser process failed: %s", feed.key, exc)
        return None


def ingest(
    rt: Runtime,
    feed: Feed,
    row: FeedRow,
    result: FetchResult,
    with_pages: bool = False,
    parsed_elsewhere: tuple[ParsedFeed, list[str]] | None = None,
) -> PollReport | _Pending:
    """Everything after the fetch, in a worker thread: parse (unless `parsed_elsewhere`: the parse
    and the fingerprints), plan the next poll, match, store.

    Returns a `_Pending` instead when new entries want their pages fetched (`with_pages`).
    """
    now = utcnow()
    policy = rt.policy(feed)
    if result.new_url:  # the store keeps feed URLs masked, like every other place a person can read
        result = replace(result, new_url=masked(result.new_url))
        log.warning("feed %s moved permanently to %s; update its url in the config", feed.key, result.new_url)
    quiet = _unchanged(rt, feed, row, result, now)
    if quiet is not None:
        report, values = quiet
        rt.store.update_feed(feed.key, values)
        return report
    if not result.ok:
        return _failed(rt, feed, row, result, result.error or "failed", now)
    header = schedule.header_floor(result.headers)
    assert result.body is not None  # _unchanged took the polls without one
    prints = None
    if parsed_elsewhere is not None:
        parsed, prints = parsed_elsewhere
    else:
        parsed = parse_feed(
            result.body,
            feed.key,
            base_url=result.url,
            default_language=feed.language,
            content_type=result.headers.get("content-type"),
        )
    if parsed.error:
        return _failed(
            rt, feed, row, result, f"{parsed.error} (from {masked(result.url)})", now, parsed=False
        )
    for warning in parsed.warnings:
        level = logging.WARNING if rt.first_warning(feed.key, warning) else logging.DEBUG
        log.log(level, "feed %s: %s", feed.key, warning)
    articles = list(parsed.articles)
    rate = schedule.items_per_day((a.published for a in articles), now)
    if rate is None:
        rate = _undated_rate(rt, feed, row, now)
    plan = schedule.plan_success(policy, now, rate, [parsed.floor, header])
    values = _fetched(result, now) | _planned(plan) | {"feed_floor": parsed.floor}
    found = _triage(rt, feed, articles, first_poll=row.first_polled_at is None, prints=prints)
    report = PollReport(feed.key, next_poll_at=plan.next_poll_at, interval=plan.interval)
    if with_pages and not found.silent:
        pending = _pending(rt, feed, found, values, report)
        if pending is not None:
            return pending
    return _commit(rt, feed, found, values, report)


def _unchanged(
    rt: Runtime, feed: Feed, row: FeedRow, result: FetchResult, now: datetime
) -> tuple[PollReport, dict[str, object]] | None:
    """The report and the feed's new state after a poll that brought nothing to parse: a 304, or no
    request because the site asked to wait (Retry-After). None for any other outcome."""
    policy = rt.policy(feed)
    if result.deferred and result.retry_after is not None:
        plan = schedule.plan_deferred(policy, now, result.retry_after, row.items_per_day, row.floor)
        log.debug("feed %s: its site asked to wait until %s", feed.key, plan.retry_after)
        report = PollReport(feed.key, deferred=True, next_poll_at=plan.next_poll_at, interval=plan.interval)
        return report, {"next_poll_at": plan.next_poll_at, "retry_after": plan.retry_after}
    if result.ok and not result.new_url and (result.not_modified or result.body is None):
        header = schedule.header_floor(result.headers)
        plan = schedule.plan_success(policy, now, row.items_per_day, [row.feed_floor, header])
        log.debug("feed %s: not modified", feed.key)
        report = PollReport(
            feed.key, not_modified=True, next_poll_at=plan.next_poll_at, interval=plan.interval
        )
        return report, _fetched(result, now) | _planned(plan)
    return None


class StateWriter:
    """Writes the rows of polls that brought nothing new (a 304, a wait for Retry-After) in batches.

    Such a poll changes only its feed's row, and a trip to the worker thread for each costs
    more than the poll itself; rows are written together, in one transaction, `every` seconds
    or every `batch` rows. `drain()` writes what is left: `monitor poll` before it reports,
    the daemon when it stops (a row lost to a crash only means that feed is polled again).
    A store that cannot be written is kept in `failure` for the daemon to stop on.
    """

    def __init__(self, rt: Runtime, worker: Executor | None, every: float = 0.2, batch: int = 500) -> None:
        self.rt, self.worker, self.every, self.batch = rt, worker, every, batch
        self.pending: list[tuple[str, dict[str, object]]] = []
        self.failure: StoreError | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[None] | None = None

    def add(self, key: str, values: dict[str, object]) -> None:
        self.pending.append((key, values))
        if len(self.pending) >= self.batch:
            self._start()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.every, self._start)

    def _start(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        while self.pending:
            rows, self.pending = self.pending, []
            try:
                await _in(self.worker, self.rt.store.update_feeds, rows)
            except StoreError as exc:
                self.failure = exc
                return

    async def drain(self) -> None:
        """Write every pending row now; raises the StoreError that stopped writing, if any."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is not None:
            await self._task
        await self._flush()
        if self.failure is not None:
            raise self.failure


def _fetched(result: FetchResult, now: datetime) -> dict[str, object]:
    """The columns a successful fetch sets: validators (carried forward by fetch()), a move, the time."""
    values: dict[str, object] = {
        "last_polled_at": now,
        "last_ok_at": now,
        "last_status": result.status or None,
        "last_error": None,
        "errors_in_row": 0,
        "etag": result.etag,
        "last_modified": result.last_modified,
        "retry_after": None,
    }
    if result.new_url:
        values["url"] = result.new_url
    return values


def _planned(plan: schedule.Plan) -> dict[str, object]:
    return {
        "next_poll_at": plan.next_poll_at,
        "interval": plan.interval,
        "items_per_day": plan.items_per_day,
        "floor": plan.floor,
    }


def _failed(
    rt: Runtime,
    feed: Feed,
    row: FeedRow,
    result: FetchResult,
    error: str,
    now: datetime,
    *,
    parsed: bool = True,
) -> PollReport:
    """Record a failure (a fetch that failed, or a body that is not a feed: `parsed=False`) and back off."""
    failures = row.errors_in_row + 1
    plan = schedule.plan_failure(
        rt.policy(feed),
        now,
        failures=failures,
        rate=row.items_per_day,
        floor=row.floor,
        asked=result.retry_after,
    )
    values: dict[str, object] = {
        "last_polled_at": now,
        "last_status": result.status or None,
        "last_error": error,
        "errors_in_row": failures,
        "next_poll_at": plan.next_poll_at,
        "interval": plan.interval,
        "retry_after": plan.retry_after,
    }
    if result.new_url:
        values["url"] = result.new_url
    if result.gone:
        values["gone"] = True
    if not parsed:
        values.update(etag=None, last_modified=None)  # fetch it whole next time
    if plan.paused and not result.gone:
        values["paused_at"] = now
    rt.store.update_feed(feed.key, values)
    return PollReport(
        feed.key,
        error=error,
        disabled=result.gone,
        first_error=row.last_error != error,
        paused=plan.paused and not result.gone,
        newly_paused=plan.paused and not result.gone,
        failures=failures,
        next_poll_at=plan.next_poll_at,
        interval=plan.interval,
    )


def _undated_rate(rt: Runtime, feed: Feed, row: FeedRow, now: datetime) -> float | None:
    """Items a day of a feed whose items carry no dates: from the articles stored over the last week."""
    first = as_utc(row.first_polled_at)
    if first is None:
        return None
    window = min((now - first).total_seconds(), schedule.WEEK)
    if window < 3600:
        return row.items_per_day
    since = max(first + timedelta(seconds=1), now - timedelta(seconds=schedule.WEEK))  # not the first poll's
    return rt.store.items_since(feed.key, since) * schedule.DAY / window


@dataclass
class _Found:
    """A poll's articles against the store."""

    articles: list[Article]
    fresh: list[Article]
    updated: list[Article]
    prints: dict[str, str]  # uid -> fingerprint to record
    silent: bool


@dataclass
class _Pending:
    """New entries waiting for their pages (`wanted` URLs are fetched on the event loop)."""

    found: _Found
    values: dict[str, object]
    report: PollReport
    wanted: list[str]
    cached: dict[str, tuple[str, str | None]]  # url -> (text, error) from the cache


def _triage(
    rt: Runtime, feed: Feed, articles: list[Article], *, first_poll: bool, prints: list[str] | None = None
) -> _Found:
    if prints is None:
        prints = [fingerprint(a) for a in articles]
    triage = rt.store.triage(feed.key, articles, prints)
    silent = first_poll and not rt.config.alerts_first(feed)
    by_uid = dict(zip((a.uid for a in articles), prints, strict=True))
    touched = {a.uid: by_uid[a.uid] for a in [*triage.new, *triage.changed]}
    return _Found(articles, triage.new, triage.changed, {**triage.unprinted, **touched}, silent)


def _pending(
    rt: Runtime, feed: Feed, found: _Found, values: dict[str, object], report: PollReport
) -> _Pending | None:
    """The pages the new entries want (cached ones aside), or None when none does."""
    settings = rt.config.fulltext
    mode = rt.config.fulltext_of(feed)
    links = list(dict.fromkeys(a.link for a in found.fresh if wants_page(a, mode, settings.short_summary)))
    if not links:
        return None
    since = utcnow() - timedelta(days=7)
    stored = rt.store.pages([url_key(u) for u in links], since)
    cached = {u: stored[url_key(u)] for u in links if url_key(u) in stored}
    wanted = [u for u in links if u not in cached]
    return _Pending(found, values, report, wanted, cached)


def _with_pages(rt: Runtime, feed: Feed, pending: _Pending, fetched: dict[str, FetchResult]) -> PollReport:
    """Extract the fetched pages, cache them, put their text into the entries, then store as usual."""
    extracted = {url: extract(result) for url, result in fetched.items()}
    rt.store.save_pages({url_key(url): found for url, found in extracted.items()})
    texts = {**pending.cached, **extracted}
    used = 0
    fresh = []
    for article in pending.found.fresh:
        text, error = texts.get(article.link, ("", None))
        if text:
            used += 1
            article = replace(article, content=clip(text, CAPS["content"]))
        elif error and article.link in extracted:
            log.info("feed %s: full text of %s not used: %s", feed.key, masked(article.link), error)
        fresh.append(article)
    found = replace(pending.found, fresh=fresh)
    return _commit(rt, feed, found, pending.values, replace(pending.report, pages=used))


def _commit(
    rt: Runtime, feed: Feed, found: _Found, values: dict[str, object], report: PollReport
) -> PollReport:
    """Store what is new or updated in place (its text changed), the matches it owes and the feed's state.

    An updated article is matched again; the store keeps only matches of rules that had not
    matched it before, so a rule alerts once per article however often the entry changes.
    It keeps its story. A new article joins a story of the window or starts one
    (`stories/`); a story alerts once per rule, its later matches are its updates.
    """
    if not found.fresh and not found.updated:
        rt.store.save_poll(feed.key, [], [], fingerprints=found.prints, feed_values=values)
        log.debug("feed %s: nothing new", feed.key)
        return report
    if found.silent:  # recorded, not matched: no language detection, the rules are not even loaded
        fresh = [
            a if a.language or not feed.language else replace(a, language=feed.language) for a in found.fresh
        ]
        rt.store.save_poll(feed.key, fresh, [], fingerprints=found.prints, feed_values=values)
        updated: list[Article] = []
        stored: list[int] = []
        log.info("feed %s: first poll, %s recorded without alerting", feed.key, count(len(fresh), "item"))
    else:
        fresh, updated, stored = _match_and_save(rt, feed, found, values)
        log.debug("feed %s: %d new, %d updated, %d matches", feed.key, len(fresh), len(updated), len(stored))
    return replace(report, new=len(fresh), matches=len(stored), silent=found.silent, updated=len(updated))


def _match_and_save(
    rt: Runtime, feed: Feed, found: _Found, values: dict[str, object]
) -> tuple[list[Article], list[Article], list[int]]:
    """Detect languages, match, place new articles in stories and store it all: the new and
    updated articles, with the ids of the matches stored."""
    from monitor.matching import poll_context

    with rt.lock:
        matching = rt.matching
        context = poll_context(found.articles)  # a title alone is a weak witness of its language
        fresh = [matching.with_language(a, feed, context) for a in found.fresh]
        updated = [matching.with_language(a, feed, context) for a in found.updated]
        docs: dict[str, AnalysedArticle] = {}
        matches = match_articles([*fresh, *updated], feed, matching, docs)
        now = utcnow()
        places = rt.stories.place([(a, docs.get(a.uid)) for a in fresh], matching, now)
        try:
            saved = rt.store.save_poll(
                feed.key,
                fresh,
                matches,
                updated=updated,
                fingerprints=found.prints,
                now=now,
                stories=places,
                policy=ConfigPolicy(rt.config),
                feed_values=values,
            )
        except BaseException:
            rt.stories.forget(places)
            raise
        rt.stories.settle(saved)
    return fresh, updated, saved.matches


async def poll_all(
    rt: Runtime,
    fetcher: Fetcher,
    feeds: Iterable[Feed],
    worker: Executor | None = None,
    pages: Pages | None = None,
    parser: Executor | None = None,
) -> list[PollReport]:
    """One poll of each feed, all at once within the fetcher's limits, in the feeds' order;
    every feed's state is written when it returns."""
    feeds = list(feeds)
    rows = await _in(worker, _rows, rt, feeds)
    states = StateWriter(rt, worker)
    backlog = ingest_backlog()
    try:
        polls = (
            poll_feed(rt, fetcher, f, worker, pages, rows[f.key], states, parser, backlog) for f in feeds
        )
        return list(await asyncio.gather(*polls))
    finally:
        await states.drain()


def _rows(rt: Runtime, feeds: list[Feed]) -> dict[str, FeedRow]:
    """Every feed's stored state in one query; feeds new or with a changed URL through `Store.feeds_for`
    (one transaction for them all)."""
    stored = {row.key: row for row in rt.store.feeds()}
    changed = {
        f.key: masked(f.url)
        for f in feeds
        if (row := stored.get(f.key)) is None or row.config_url != masked(f.url)
    }
    if changed:
        stored.update(rt.store.feeds_for(changed))
    return {f.key: stored[f.key] for f in feeds}
