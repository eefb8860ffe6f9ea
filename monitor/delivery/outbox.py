"""Send the deliveries the store owes: render, send through Apprise, record the outcome.

A failure is recorded with its reason and retried later by the store's backoff;
nothing is dropped, including alerts for a target that was removed from the
config (they wait, failing loudly, until it is back or the row is cleared).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.config import Config
from monitor.delivery.apprise_send import SendResult, send
from monitor.delivery.render import render_alert
from monitor.models import Alert
from monitor.store import DueDelivery, Store

log = logging.getLogger(__name__)

Sender = Callable[[Sequence[str], str, str], SendResult]


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0


def alert_for(due: DueDelivery) -> Alert:
    a = due.article
    return Alert(
        rule=due.rule,
        title=a.title,
        feed=a.feed,
        link=a.link,
        published=a.published,
        terms=due.terms,
        snippet=due.snippet,
        language=a.language,
    )


def deliver_due(
    store: Store,
    config: Config,
    retry_base: timedelta,
    sender: Sender = send,
    now: datetime | None = None,
) -> DeliveryReport:
    """Attempt every delivery that is due now; returns how many went out and how many failed."""
    targets = {t.name: t.urls for t in config.targets}
    sent = failed = 0
    tried: set[int] = set()  # each delivery once per call, however short the retry wait
    while batch := [d for d in store.due_deliveries(now, limit=100) if d.id not in tried]:
        for due in batch:
            tried.add(due.id)
            error, reached = _attempt(due, targets.get(due.target), sender)
            row = store.delivery_done(due.id, error, retry_base=retry_base, now=now, sent_urls=reached)
            if error is None:
                sent += 1
                log.info("alert sent: rule %s -> target %s (%s)", due.rule, due.target, due.article.title)
            else:
                failed += 1
                retry = row.next_attempt_at.strftime("%Y-%m-%d %H:%M:%S")
                log.warning(
                    "alert to target %s failed (attempt %d, next try %s UTC): %s",
                    due.target,
                    row.attempts,
                    retry,
                    error,
                )
    return DeliveryReport(sent, failed)


def fingerprint(url: str) -> str:
    """A stable, non-reversible name for a URL, so the store never holds the secret."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def _attempt(due: DueDelivery, urls: list[str] | None, sender: Sender) -> tuple[str | None, list[str]]:
    """Send to each of the target's URLs not reached before; (error or None, URLs reached now).

    URLs are sent one by one so that a retry after a partial failure does not
    repeat the alert on the services that already have it.
    """
    if urls is None:
        return f"target {due.target!r} is not in the config any more", []
    title, body = render_alert(alert_for(due))
    errors, reached = [], []
    for url in urls:
        key = fingerprint(url)
        if key in due.sent_urls:
            continue
        result = sender([url], title, body)
        if result.ok:
            reached.append(key)
        else:
            errors.append(result.error or "the notification service did not accept it")
    return ("; ".join(errors) or None), reached
