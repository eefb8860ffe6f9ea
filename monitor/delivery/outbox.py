"""Send the deliveries the store owes: render, send through Apprise, record the outcome.

A failure is recorded with its reason and retried later by the store's backoff;
nothing is dropped, including alerts for a target that was removed from the
config (they wait, failing loudly, until it is back or the row is cleared).

Delivery is at least once. Each URL of a target is sent to on its own and recorded
as reached (committed) as soon as its send returns, so a retry or a restart never
repeats an alert to a URL that answered. What can repeat is the one send in flight
when the process dies (or the database cannot be written) after the service took the
alert and before the commit. For that case every alert carries a stable id
(`alert_id`): the same for every attempt, across restarts, shown in the message and
sent as the `X-News-Monitor-Alert-Id` header to webhooks and e-mail, so a receiver
can drop a repeat.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.clip import clip
from monitor.config import Config
from monitor.delivery.apprise_send import SendResult, message_limits, send
from monitor.delivery.render import render_alert
from monitor.models import Alert
from monitor.store import DueDelivery, Store

log = logging.getLogger(__name__)

# send(urls, title, body, alert_id=...): a seam for tests that need another sender.
Sender = Callable[..., SendResult]


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0


def alert_id(feed: str, article_uid: str, rule: str, target: str) -> str:
    """The id of the alert for one (article, rule) match to one target.

    Derived from what identifies the alert, not from a database row, so it is the same
    for every attempt and after a restart, and would be even for a store rebuilt from
    scratch; a hash, so it reveals nothing of the article id. 96 bits: no two alerts of
    one install share it in practice.
    """
    digest = hashlib.sha256("\x1f".join((feed, article_uid, rule, target)).encode("utf-8", "replace"))
    return "nm-" + digest.hexdigest()[:24]


def alert_for(due: DueDelivery) -> Alert:
    a = due.article
    return Alert(
        id=alert_id(a.feed, a.uid, due.rule, due.target),
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
            alert = alert_for(due)
            error = _attempt(store, due, alert, targets.get(due.target), sender)
            row = store.delivery_done(due.id, error, retry_base=retry_base, now=now)
            if error is None:
                sent += 1
                shown = clip(alert.title, 200)
                log.info(
                    "alert sent: rule %s -> target %s (%s), id %s", due.rule, due.target, shown, alert.id
                )
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


def _attempt(
    store: Store, due: DueDelivery, alert: Alert, urls: list[str] | None, sender: Sender
) -> str | None:
    """Send to each of the target's URLs not reached before; the error, or None if all have it now.

    URLs are sent one by one, each rendered to fit its service, and each is recorded as
    reached the moment its send returns (nothing else in between), so a retry after a
    partial failure, or a restart after a crash, does not repeat the alert there.
    """
    if urls is None:
        return f"target {due.target!r} is not in the config any more"
    errors = []
    for url in urls:
        key = fingerprint(url)
        if key in due.sent_urls:
            continue
        title, body = render_alert(alert, message_limits(url))
        result = sender([url], title, body, alert_id=alert.id)
        if result.ok:
            store.delivery_reached(due.id, key)
        else:
            errors.append(result.error or "the notification service did not accept it")
    return "; ".join(errors) or None
