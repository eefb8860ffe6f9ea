"""One poll of one feed: fetch -> parse -> unseen -> analyse -> match -> store.

Each feed fails on its own: every error is caught here, recorded on the feed
and reported, so the caller can go on with the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.config import Feed
from monitor.fetch import fetch
from monitor.matching import Matching
from monitor.models import Article, FetchState
from monitor.parse import parse_feed
from monitor.rules.explain import by_field, snippet
from monitor.runtime import Runtime
from monitor.store import NewMatch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollReport:
    feed: str
    new: int = 0
    matches: int = 0
    silent: bool = False  # first poll recorded without alerting
    not_modified: bool = False
    error: str | None = None
    disabled: bool = False


def match_articles(articles: Iterable[Article], feed: Feed, matching: Matching) -> list[NewMatch]:
    """Every (article, rule) match with its terms, snippet and the targets it alerts."""
    targets = {r.name: tuple(matching.config.targets_of(r)) for r in matching.config.rules}
    found = []
    for article in articles:
        doc, matches = matching.match(article, feed)
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


def poll_feed(rt: Runtime, feed: Feed) -> PollReport:
    """Poll one feed and store what is new; never raises for a bad feed."""
    try:
        return _poll(rt, feed)
    except Exception as exc:  # a bug or a database error must not stop the other feeds
        log.exception("feed %s: poll failed", feed.key)
        return PollReport(feed.key, error=f"internal error: {exc}")


def _poll(rt: Runtime, feed: Feed) -> PollReport:
    state = rt.store.feed(feed.key, feed.url)
    if state.gone:
        return PollReport(feed.key, error=state.last_error or "HTTP 410 Gone", disabled=True)
    result = fetch(rt.client, FetchState(state.url, state.etag, state.last_modified), rt.limits)
    rt.store.record_fetch(feed.key, result)
    if result.new_url:
        log.warning("feed %s moved permanently to %s; update its url in the config", feed.key, result.new_url)
    if not result.ok:
        log.warning("feed %s (%s): %s", feed.key, state.url, result.error)
        return PollReport(feed.key, error=result.error, disabled=result.gone)
    if result.not_modified or result.body is None:
        log.debug("feed %s: not modified", feed.key)
        return PollReport(feed.key, not_modified=True)
    parsed = parse_feed(result.body, feed.key, base_url=result.url, default_language=feed.language)
    if parsed.error:
        message = f"{parsed.error} (from {result.url})"
        rt.store.record_error(feed.key, message)
        log.warning("feed %s: %s", feed.key, message)
        return PollReport(feed.key, error=message)
    for warning in parsed.warnings:
        log.info("feed %s: %s", feed.key, warning)
    return _store_new(rt, feed, list(parsed.articles), first_poll=state.first_polled_at is None)


def _store_new(rt: Runtime, feed: Feed, articles: list[Article], *, first_poll: bool) -> PollReport:
    with rt.lock:
        config, matching = rt.config, rt.matching
        fresh = [matching.with_language(a, feed) for a in rt.store.unseen(feed.key, articles)]
        silent = first_poll and not config.alerts_first(feed)
        matches = [] if silent else match_articles(fresh, feed, matching)
        rt.store.save_poll(feed.key, fresh, matches)
    if silent and fresh:
        log.info("feed %s: first poll, %d items recorded without alerting", feed.key, len(fresh))
    elif fresh:
        log.info("feed %s: %d new, %d matches", feed.key, len(fresh), len(matches))
    else:
        log.debug("feed %s: nothing new", feed.key)
    return PollReport(feed.key, len(fresh), len(matches), silent=silent)
