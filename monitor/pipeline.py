"""One poll of one feed: fetch -> parse -> unseen -> analyse -> match -> store.

Fetching is asynchronous (many feeds wait on the network at once); everything after it
(parsing, analysis, matching, the database) is CPU or blocking work that runs in a
worker thread (`Ingest`), so it never stalls the fetches of other feeds.

Each feed fails on its own: every error is caught here, recorded on the feed and
reported, so the caller can go on with the others. Only a store that cannot be written
any more (`StoreError`) goes up: the daemon must stop rather than lose matches.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from typing import TypeVar

from monitor.analysis.article import AnalysedArticle
from monitor.config import Feed
from monitor.delivery.pacing import ConfigPolicy
from monitor.errors import StoreError
from monitor.fetch import Fetcher
from monitor.matching import Matching, poll_context
from monitor.models import Article, FetchResult, FetchState
from monitor.parse import fingerprint, parse_feed
from monitor.rules.explain import by_field, snippet
from monitor.runtime import Runtime
from monitor.store import FeedRow, NewMatch, utcnow
from monitor.urls import masked
from monitor.wording import count

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


def match_articles(
    articles: Iterable[Article],
    feed: Feed,
    matching: Matching,
    docs: dict[str, AnalysedArticle] | None = None,
) -> list[NewMatch]:
    """Every (article, rule) match with its terms, snippet and the targets it alerts.

    `docs`, when given, receives each article's analysis by uid (story placing uses it).
    """
    targets = {r.name: tuple(matching.config.targets_of(r)) for r in matching.config.rules}
    found = []
    for article in articles:
        doc, matches = matching.match(article, feed)
        if docs is not None:
            docs[article.uid] = doc
        for match in matches:
            found.append(
                NewMatch(
                    article_uid=article.uid,
                    rule=match.rule,
                    terms=tuple(match.terms(doc)),
                    snippet=snippet(doc, match.hits),
                    targets=targets.get(match.rule, ()),
                    fields=by_field(doc, match.hits),
                )
            )
    return found


def fetch_url(feed: Feed, row: FeedRow) -> str:
    """Where to fetch now: the configured URL (with its credentials), unless it moved for good."""
    moved = row.url != masked(feed.url) and "***" not in row.url
    return row.url if moved else feed.url


async def poll_feed(rt: Runtime, fetcher: Fetcher, feed: Feed, worker: Executor | None = None) -> PollReport:
    """Poll one feed and store what is new; never raises for a bad feed.

    Cancelling it (daemon shutdown) stops the fetch at once; work already handed to the
    worker thread finishes, so what was fetched is stored whole or not at all.
    """
    try:
        row = await _in(worker, rt.store.feed, feed.key, masked(feed.url))
        if row.gone:
            return PollReport(
                feed.key, error=row.last_error or "HTTP 410 Gone", disabled=True, known_gone=True
            )
        result = await fetcher.fetch(FetchState(fetch_url(feed, row), row.etag, row.last_modified))
        return await _in(worker, ingest, rt, feed, row, result)
    except (asyncio.CancelledError, StoreError):
        raise
    except Exception as exc:  # a bug must not stop the other feeds
        log.exception("feed %s: poll failed", feed.key)
        return PollReport(feed.key, error=f"internal error: {exc}")


async def _in(worker: Executor | None, func: Callable[..., T], *args: object) -> T:
    return await asyncio.get_running_loop().run_in_executor(worker, func, *args)


def ingest(rt: Runtime, feed: Feed, row: FeedRow, result: FetchResult) -> PollReport:
    """Everything after the fetch, in a worker thread: record it, parse, match, store."""
    if result.new_url:  # the store keeps feed URLs masked, like every other place a person can read
        result = replace(result, new_url=masked(result.new_url))
    rt.store.record_fetch(feed.key, result)
    first_error = row.last_error != result.error
    if result.new_url:
        log.warning("feed %s moved permanently to %s; update its url in the config", feed.key, result.new_url)
    if not result.ok:
        return PollReport(feed.key, error=result.error, disabled=result.gone, first_error=first_error)
    if result.not_modified or result.body is None:
        log.debug("feed %s: not modified", feed.key)
        return PollReport(feed.key, not_modified=True)
    parsed = parse_feed(
        result.body,
        feed.key,
        base_url=result.url,
        default_language=feed.language,
        content_type=result.headers.get("content-type"),
    )
    if parsed.error:
        message = f"{parsed.error} (from {masked(result.url)})"
        rt.store.record_error(feed.key, message)
        return PollReport(feed.key, error=message, first_error=row.last_error != message)
    for warning in parsed.warnings:
        level = logging.WARNING if rt.first_warning(feed.key, warning) else logging.DEBUG
        log.log(level, "feed %s: %s", feed.key, warning)
    return _store_new(rt, feed, list(parsed.articles), first_poll=row.first_polled_at is None)


def _store_new(rt: Runtime, feed: Feed, articles: list[Article], *, first_poll: bool) -> PollReport:
    """Store what is new or updated in place (its text changed), the stories of the new articles
    and the matches they owe.

    An updated article is matched again; the store keeps only matches of rules that had not
    matched it before, so a rule alerts once per article however often the entry changes.
    It keeps its story. A new article joins a story of the window or starts one
    (`stories/`); a story alerts once per rule, its later matches are its updates.
    """
    prints = [fingerprint(a) for a in articles]
    with rt.lock:
        config, matching = rt.config, rt.matching
        triage = rt.store.triage(feed.key, articles, prints)
        context = poll_context(articles)  # a title alone is a weak witness of its language
        fresh = [matching.with_language(a, feed, context) for a in triage.new]
        updated = [matching.with_language(a, feed, context) for a in triage.changed]
        silent = first_poll and not config.alerts_first(feed)
        docs: dict[str, AnalysedArticle] = {}
        matches = [] if silent else match_articles([*fresh, *updated], feed, matching, docs)
        by_uid = dict(zip((a.uid for a in articles), prints, strict=True))
        touched = {a.uid: by_uid[a.uid] for a in [*fresh, *updated]}
        now = utcnow()
        places = rt.stories.place([(a, docs.get(a.uid)) for a in fresh], matching, now)
        try:
            saved = rt.store.save_poll(
                feed.key,
                fresh,
                matches,
                updated=updated,
                fingerprints={**triage.unprinted, **touched},
                now=now,
                stories=places,
                policy=ConfigPolicy(config),
            )
        except BaseException:
            rt.stories.forget(places)
            raise
        rt.stories.settle(saved)
        stored = saved.matches
    if silent and fresh:
        log.info("feed %s: first poll, %s recorded without alerting", feed.key, count(len(fresh), "item"))
    elif fresh or updated:
        log.debug("feed %s: %d new, %d updated, %d matches", feed.key, len(fresh), len(updated), len(stored))
    else:
        log.debug("feed %s: nothing new", feed.key)
    return PollReport(feed.key, len(fresh), len(stored), silent=silent, updated=len(updated))


async def poll_all(
    rt: Runtime, fetcher: Fetcher, feeds: Iterable[Feed], worker: Executor | None = None
) -> list[PollReport]:
    """One poll of each feed, all at once within the fetcher's limits, in the feeds' order."""
    return list(await asyncio.gather(*(poll_feed(rt, fetcher, f, worker) for f in feeds)))
