"""Send what the store owes: alerts, digests and notices; record each outcome; report what keeps failing.

One sweep (`deliver_due`), at a time `now` given by the caller (a test's clock, or the
daemon's):

1. what has kept failing for longer than `defaults.give_up_after` is given up and
   reported to the `admin` target (a notice), or logged as an error where there is none;
2. due alerts are sent, unless the (rule, target) pacing says otherwise now: in quiet
   hours they are held until the quiet hours end, over `max_per_hour` until the next
   digest, with `delivery: digest` until the next digest;
3. held deliveries whose time has come are built into one digest per target (one
   transaction), then every due digest and notice is sent.

Delivery is at least once. Each URL of a target is sent to on its own and recorded as
reached (committed) as soon as its send returns, so a retry or a restart never repeats
an alert, digest or notice to a URL that answered. What can repeat is the one send in
flight when the process dies after the service took it and before the commit; every
message carries a stable id (`alert_id`, `digest_id`): the same for every attempt,
across restarts, shown in the message and sent as the `X-News-Monitor-Alert-Id` header
to webhooks and e-mail, so a receiver can drop a repeat. A digest built before a crash
is sent after the restart, with the same id and the same stories.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from threading import Event
from typing import TYPE_CHECKING, Any

from monitor.clip import clip
from monitor.config import ADMIN, Config
from monitor.delivery.messages import (
    Message,
    alert_id,
    alert_message,
    digest_message,
    structured,
)
from monitor.delivery.pacing import pacing_for
from monitor.store import Store, utcnow

if TYPE_CHECKING:  # Apprise and Jinja are imported when a message is sent: most polls send none
    from monitor.delivery.apprise_send import SendResult

__all__ = ["DeliveryReport", "alert_id", "deliver_due", "fingerprint", "render_for"]

log = logging.getLogger(__name__)

# send(urls, title, body, alert_id=..., body_format=..., payload=..., from_name=...): a seam for tests.
Sender = Callable[..., "SendResult"]


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    held: int = 0
    digests: int = 0
    given_up: int = 0


def _send(*args: Any, **kwargs: Any) -> SendResult:
    """Apprise's send (`apprise_send.send`), imported on the first message."""
    from monitor.delivery.apprise_send import send

    return send(*args, **kwargs)


def fingerprint(url: str) -> str:
    """A stable, non-reversible name for a URL, so the store never holds the secret."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def _template(config: Config, target: str, rule: str | None) -> Path | None:
    """The template file for a message: the rule's, else the target's, else the built-in one."""
    found = next((r for r in config.rules if r.name == rule), None) if rule else None
    name = (found.template if found else None) or getattr(config.target(target), "template", None)
    return config.base_dir / name if name else None


def render_for(config: Config, message: Message, url: str) -> tuple[str, str, str]:
    """(title, body, format) of `message` for one URL of its target."""
    target = config.target(message.target)
    from monitor.delivery.apprise_send import message_format, message_limits
    from monitor.delivery.templates import render_message

    fmt = message_format(url, target.format if target else "auto")
    rules = {e.rule for e in message.entries}
    rule = next(iter(rules)) if len(rules) == 1 else None
    title, body = render_message(message, fmt, message_limits(url), _template(config, message.target, rule))
    return title, body, fmt


def deliver_due(
    store: Store,
    config: Config,
    retry_base: timedelta,
    sender: Sender | None = None,
    now: datetime | None = None,
    *,
    stop: Event | None = None,
    progress: Callable[[bool], None] | None = None,
) -> DeliveryReport:
    """One sweep of the outbox at `now` (see the module docstring); returns what it did.

    `stop` ends the sweep before the next send once it is set (the daemon is stopping:
    what is left is sent at the next start); `progress(ok)` is told of each send as it
    happens, so a long sweep is counted while it runs.
    """
    now = now or utcnow()
    send: Sender = sender or _send
    told = progress or (lambda ok: None)
    stopping = stop.is_set if stop is not None else (lambda: False)
    given_up = _give_up(store, config, now)
    sent = failed = held = 0
    rules = {r.name: r for r in config.rules}
    tried: set[int] = set()  # each delivery once per call, however short the retry wait
    while batch := [d for d in store.due_deliveries(now, limit=100) if d.id not in tried]:
        for due in batch:
            if stopping():
                return DeliveryReport(sent, failed, held, 0, given_up)
            tried.add(due.id)
            rule = rules.get(due.rule)
            pacing = pacing_for(config, rule, due.target)
            if (until := pacing.quiet_now(now)) is not None:
                store.hold(due.id, "quiet", until)
                held += 1
                continue
            if pacing.delivery == "digest":
                store.hold(due.id, "digest", pacing.next_digest(now))
                held += 1
                continue
            if pacing.max_per_hour is not None:
                scope = due.rule if pacing.cap_per_rule else None
                if store.alerts_sent(due.target, now - timedelta(hours=1), scope) >= pacing.max_per_hour:
                    store.hold(due.id, "cap", pacing.next_digest(now))
                    held += 1
                    continue
            message = alert_message(due, store.story_sources)
            error = _attempt(
                store, config, message, due.sent_urls, send, _reached(store.delivery_reached, due.id)
            )
            row = store.delivery_done(due.id, error, retry_base=retry_base, now=now)
            told(error is None)
            if error is None:
                sent += 1
                log.info(
                    "alert sent: rule %s -> target %s (%s), id %s",
                    due.rule,
                    due.target,
                    clip(due.article.title, 200),
                    message.id,
                )
            else:
                failed += 1
                _failed("alert", due.target, row.attempts, row.next_attempt_at, error)
    digests = _build_digests(store, config, now)
    for digest in store.due_digests(now):
        if stopping():
            break
        message = digest_message(digest)
        error = _attempt(
            store, config, message, digest.sent_urls, send, _reached(store.digest_reached, digest.id)
        )
        done = store.digest_done(digest.id, error, retry_base=retry_base, now=now)
        told(error is None)
        if error is None:
            sent += 1
            what = f"{len(message.entries)} stories" if digest.kind == "digest" else "notice"
            log.info("%s sent: target %s (%s), id %s", digest.kind, digest.target, what, message.id)
        else:
            failed += 1
            _failed(digest.kind, digest.target, done.attempts, done.next_attempt_at, error)
    return DeliveryReport(sent, failed, held, digests, given_up)


def _reached(record: Callable[[int, str], None], number: int) -> Callable[[str], None]:
    return lambda key: record(number, key)


def _failed(kind: str, target: str, attempts: int, retry: datetime, error: str) -> None:
    log.warning(
        "%s to target %s failed (attempt %d, next try %s UTC): %s",
        kind,
        target,
        attempts,
        retry.strftime("%Y-%m-%d %H:%M:%S"),
        error,
    )


def _build_digests(store: Store, config: Config, now: datetime) -> int:
    """One digest per target of the held deliveries whose time has come (quiet hours wait)."""
    built = 0
    for target, ids in store.held_due(now).items():
        if pacing_for(config, None, target).quiet_now(now) is not None:
            continue  # the target is quiet: they go out when it ends
        store.build_digest(target, ids, now)
        built += 1
    return built


def _give_up(store: Store, config: Config, now: datetime) -> int:
    """Stop retrying what has failed for too long; tell the admin target, or the log."""
    gone = store.give_up(now - timedelta(seconds=config.defaults.give_up_after), now)
    if not gone:
        return 0
    for item in gone:
        log.error(
            "%s to target %s given up after failing since %s "
            "(retry it with `monitor deliveries retry %s`): %s",
            item.what,
            item.target,
            item.created_at.strftime("%Y-%m-%d %H:%M") if item.created_at else "?",
            item.ref,
            item.error,
        )
    to_report = [item for item in gone if item.target != ADMIN]
    if to_report and config.target(ADMIN) is not None:
        lines = [
            f"news-monitor stopped retrying {len(to_report)} message(s) that kept failing "
            f"for more than {config.defaults.give_up_after / 3600:g} hours:",
            "",
        ]
        for item in to_report:
            lines.append(f"{item.ref} to target {item.target}: {item.what}")
            lines.append(f"    last error: {item.error}")
        lines += ["", "Send one again with: monitor deliveries retry ID"]
        store.add_notice(ADMIN, "\n".join(lines), now)
    return len(gone)


def _attempt(
    store: Store,
    config: Config,
    message: Message,
    sent_urls: frozenset[str],
    sender: Sender,
    reached: Callable[[str], None],
) -> str | None:
    """Send to each of the target's URLs not reached before; the error, or None if all have it now.

    URLs are sent one by one, each rendered in its service's format and size, and each is
    recorded as reached the moment its send returns, so a retry after a partial failure,
    or a restart after a crash, does not repeat the message there.
    """
    target = config.target(message.target)
    if target is None:
        return f"target {message.target!r} is not in the config any more"
    errors = []
    payload = structured(message)
    for url in target.urls:
        key = fingerprint(url)
        if key in sent_urls:
            continue
        try:
            title, body, fmt = render_for(config, message, url)
        except Exception as exc:  # a template that fails on this message: the message waits, loudly
            errors.append(f"the template could not render this message: {exc}")
            continue
        result = sender(
            [url],
            title,
            body,
            alert_id=message.id,
            body_format=fmt,
            payload=payload,
            from_name=target.from_name,
        )
        if result.ok:
            reached(key)
        else:
            errors.append(result.error or "the notification service did not accept it")
    return "; ".join(errors) or None
