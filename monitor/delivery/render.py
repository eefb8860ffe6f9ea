"""Alert -> (title, body) for a plain-text notification. Pure: no I/O, no clock.

The title fits one line (email subject, chat headline); the body repeats the article
title and lists where it came from, when, where to read it and why it matched::

    [Ukraine grain] Ships leave Odesa under new corridor deal

    Ships leave Odesa under new corridor deal

    Feed:      Reuters World
    Published: 2026-11-29 06:30 UTC
    Link:      https://example.org/a/1
    Matched:   grain, Odesa

    The first ships left the port of Odesa on Sunday ...
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from monitor.models import Alert

__all__ = ["format_published", "render_alert", "render_test_alert"]

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


def render_alert(alert: Alert) -> tuple[str, str]:
    """The (title, body) of the notification for one alert, as plain text."""
    article_title = _one_line(alert.title) or "(untitled)"
    rule = _one_line(alert.rule)
    title = f"[{rule}] {article_title}"

    terms = ", ".join(t for t in (_one_line(t) for t in alert.terms) if t)
    fields = [
        ("Feed", _one_line(alert.feed) or "(unknown)"),
        ("Published", format_published(alert.published)),
        ("Link", _one_line(alert.link) or "(none)"),
        ("Matched", terms or "(none)"),
    ]
    if alert.language:
        fields.append(("Language", _one_line(alert.language)))
    width = max(len(name) for name, _ in fields) + 1
    lines = [article_title, ""]
    lines += [f"{name + ':':<{width}} {value}" for name, value in fields]

    snippet = _CONTROL.sub("", alert.snippet).strip()
    if snippet:
        lines += ["", snippet]
    return title, "\n".join(lines)


def render_test_alert(target: str) -> tuple[str, str]:
    """The (title, body) that `monitor notify-test` sends to check a target works."""
    name = _one_line(target) or "(unnamed target)"
    title = f"[news-monitor] Test notification for {name}"
    body = (
        f"This is a test notification from news-monitor for the target {name!r}.\n"
        "If you can read this, alerts for this target will reach you."
    )
    return title, body
