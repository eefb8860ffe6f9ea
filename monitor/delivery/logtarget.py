"""`log://`: news-monitor's own target, which writes each alert to the daemon's log at WARNING.

It is the shipped default, so that a new install shows its alerts somewhere a person
looks (the terminal, `journalctl -u news-monitor`) instead of sending them to a service
that may not exist: `syslog://` "succeeds" on a machine without /dev/log and the alerts
go nowhere. Apprise has no such service, so `send()` handles `log://` itself before
Apprise sees the URL, and validation accepts it.

An alert is one log record: the title on the first line, the body indented below it,
so a line of feed text can never pass for a log line of its own.
"""

from __future__ import annotations

import logging
import textwrap

from monitor.delivery.render import MessageLimits

__all__ = ["LIMITS", "LOG_URL", "WHERE", "is_log_url", "log_url_error", "write_alert"]

LOG_URL = "log://"
WHERE = "this log, at WARNING, until the target has a service URL"
LOGGER = logging.getLogger("monitor.alerts")
# A log record is no place for a long read: a short body, like a chat message's.
LIMITS = MessageLimits(title=250, body=4_000)


def is_log_url(url: str) -> bool:
    """True for our `log://` scheme (any case), whether or not the rest is valid."""
    return url.strip().lower().startswith(LOG_URL)


def log_url_error(url: str) -> str | None:
    """Why a `log://` URL is not usable (it takes nothing after the scheme), else None."""
    if url.strip().lower() in (LOG_URL, LOG_URL + "/"):
        return None
    return "invalid log:// URL: it takes nothing after log:// (it writes alerts to the daemon's log)"


def write_alert(title: str, body: str) -> None:
    """Write one alert to the log at WARNING."""
    LOGGER.warning("alert: %s\n%s", title, textwrap.indent(body, "    ", lambda _line: True))
