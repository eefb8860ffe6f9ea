"""Notices for the person running news-monitor, sent to the target named `admin` when there is one.

Things that need a person but are not matches: today a feed paused after failing too
often. With a target named `admin` the notice goes there through Apprise (the same
`send` alerts use, with its secret masking), and is logged at INFO; without one, or when
sending fails, it is a WARNING in the log, which is where the daemon's other calls for
attention go.
"""

from __future__ import annotations

import logging

from monitor.config import ADMIN, Config

log = logging.getLogger(__name__)


def notify_admin(config: Config, title: str, body: str) -> None:
    """Send a notice to the `admin` target, else log it as a warning. Blocking: call it off the event loop."""
    admin = config.target(ADMIN)
    if admin is None:
        log.warning("%s", body)
        return
    from monitor.delivery.apprise_send import send

    result = send(admin.urls, title, body)
    if result.ok:
        log.info("%s (sent to the %s target)", body, ADMIN)
    else:
        log.warning("%s; sending it to the %s target failed: %s", body, ADMIN, result.error)


def feed_paused(config: Config, key: str, failures: int, error: str | None) -> None:
    """A feed was paused after `failures` failures in a row."""
    body = (
        f"feed {key} is paused after {failures} failed polls in a row (last: {error}); "
        f"fix its url or wait for the site, then `monitor feeds resume {key}`"
    )
    notify_admin(config, f"news-monitor: feed {key} paused", body)


__all__ = ["feed_paused", "notify_admin"]
