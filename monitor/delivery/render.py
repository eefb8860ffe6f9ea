"""What every message shares: the sizes a service accepts, the time format, the test alert.

Messages themselves are rendered from templates (`templates.py`); `MessageLimits` are
read from Apprise's own `title_maxlen`/`body_maxlen` per service (`apprise_send.py`).
Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["MessageLimits", "format_published", "render_test_alert"]

TITLE_MAX = 250  # an e-mail subject or chat headline

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class MessageLimits:
    """What one service accepts, in characters (Apprise's per-service figures).

    `title` 0 means the service has no title: Apprise puts it at the top of the body.
    `title_in_body` means title and body share `body` (Apprise's overflow_amalgamate_title).
    """

    title: int = TITLE_MAX
    body: int = 32_768
    title_in_body: bool = False


def _one_line(text: str) -> str:
    """Collapse whitespace (including newlines) so a value fits a title or a field line."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def format_published(published: datetime | None) -> str:
    """A readable UTC time like `2026-11-29 06:30 UTC`; `unknown` when there is none.

    A naive datetime is taken to be UTC already (the pipeline stores UTC).
    """
    if published is None:
        return "unknown"
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def render_test_alert(target: str) -> tuple[str, str]:
    """The (title, body) that `monitor notify-test` sends to check a target works."""
    name = _one_line(target) or "(unnamed target)"
    title = f"[news-monitor] Test notification for {name}"
    body = (
        f"This is a test notification from news-monitor for the target {name!r}.\n"
        "If you can read this, alerts for this target will reach you."
    )
    return title, body
