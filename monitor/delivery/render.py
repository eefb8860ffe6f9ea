"""Alert -> (title, body) for a plain-text notification that fits its service. Pure: no I/O, no clock.

The title fits one line (email subject, chat headline); the body repeats the article
title and lists where it came from, when, where to read it, why it matched and the
alert's id::

    [Ukraine grain] Ships leave Odesa under new corridor deal

    Ships leave Odesa under new corridor deal

    Feed:      Reuters World
    Published: 2026-11-29 06:30 UTC
    Link:      https://example.org/a/1
    Matched:   grain, Odesa
    Alert id:  nm-3f2a9c1e0b7d44e2a1c9f0e8

    The first ships left the port of Odesa on Sunday ...

Sizes: the title is at most `TITLE_MAX` characters (less where the service says so),
the snippet at most `SNIPPET_MAX`, and the whole message fits the service's limits
(`MessageLimits`, read from Apprise's own `title_maxlen`/`body_maxlen` per service).
When a service allows less than the full message, the snippet goes first, then the
body's copy of the title, then the matched terms, each cut at a word boundary with
"…"; the link and the alert id stay whole as long as anything fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from monitor.clip import ELLIPSIS, clip
from monitor.models import Alert

__all__ = ["MessageLimits", "format_published", "render_alert", "render_test_alert"]

TITLE_MAX = 250  # an e-mail subject or chat headline
HEADLINE_MAX = 500  # the article title repeated in the body
SNIPPET_MAX = 500
FIELD_MAX = 500  # feed name, matched terms
_MIN_PART = 20  # a part cut shorter than this is left out instead

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


@dataclass(frozen=True)
class _Body:
    """The body's parts, so the longest optional ones can be cut until the whole fits."""

    headline: str
    feed: str
    published: str
    link: str
    matched: str
    language: str
    alert_id: str
    snippet: str

    def fields(self) -> list[tuple[str, str]]:
        fields = [
            ("Feed", self.feed),
            ("Published", self.published),
            ("Link", self.link),
            ("Matched", self.matched),
        ]
        if self.language:
            fields.append(("Language", self.language))
        if self.alert_id:
            fields.append(("Alert id", self.alert_id))
        return fields

    def text(self) -> str:
        fields = self.fields()
        width = max(len(name) for name, _ in fields) + 1
        lines = [self.headline, ""] if self.headline else []
        lines += [f"{name + ':':<{width}} {value}" for name, value in fields]
        if self.snippet:
            lines += ["", self.snippet]
        return "\n".join(lines)


def _fit(body: _Body, budget: int) -> str:
    """The body's text in at most `budget` characters, cutting the least needed parts first."""
    text = body.text()
    for part, gone in (("snippet", ""), ("headline", ""), ("matched", ELLIPSIS), ("feed", ELLIPSIS)):
        excess = len(text) - budget
        if excess <= 0:
            return text
        value: str = getattr(body, part)
        keep = len(value) - excess
        body = replace(body, **{part: clip(value, keep) if keep >= _MIN_PART else gone})
        text = body.text()
    if len(text) <= budget:
        return text
    # A service that takes a few hundred characters at most (SMS-like): keep the id.
    last = f"Alert id: {body.alert_id}" if body.alert_id else ""
    if last and budget > len(last) + _MIN_PART:
        return clip(text, budget - len(last) - 1) + "\n" + last
    return clip(text, max(budget, 0))


def render_alert(alert: Alert, limits: MessageLimits | None = None) -> tuple[str, str]:
    """The (title, body) of the notification for one alert, as plain text within `limits`."""
    limits = limits or MessageLimits()
    article_title = _one_line(alert.title) or "(untitled)"
    title_max = min(TITLE_MAX, limits.title) if limits.title > 0 else TITLE_MAX
    title = clip(f"[{_one_line(alert.rule)}] {article_title}", title_max)

    terms = ", ".join(t for t in (_one_line(t) for t in alert.terms) if t)
    body = _Body(
        headline=clip(article_title, HEADLINE_MAX),
        feed=clip(_one_line(alert.feed), FIELD_MAX) or "(unknown)",
        published=format_published(alert.published),
        link=_one_line(alert.link) or "(none)",
        matched=clip(terms, FIELD_MAX) or "(none)",
        language=_one_line(alert.language or "")[:20],
        alert_id=_one_line(alert.id),
        snippet=clip(_CONTROL.sub("", alert.snippet).strip(), SNIPPET_MAX),
    )
    shares_body = limits.title <= 0 or limits.title_in_body
    budget = limits.body - (len(title) + 2 if shares_body else 0)  # Apprise joins them with \r\n
    return title, _fit(body, budget)


def render_test_alert(target: str) -> tuple[str, str]:
    """The (title, body) that `monitor notify-test` sends to check a target works."""
    name = _one_line(target) or "(unnamed target)"
    title = f"[news-monitor] Test notification for {name}"
    body = (
        f"This is a test notification from news-monitor for the target {name!r}.\n"
        "If you can read this, alerts for this target will reach you."
    )
    return title, body
