"""What one message says, as plain data: an alert (one story), a digest (stories by rule), a notice.

Built from the outbox's rows (`DueDelivery`, `DueDigest`) and rendered by `templates.py`
for each service's format; `structured()` is what webhook targets receive as fields.
Pure: no I/O (the story's other sources are passed in).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.clip import clip
from monitor.store import DueDelivery, DueDigest

FIELD_MAX = 1_000  # a title, feed or snippet in the structured fields (stored titles may be longer)

__all__ = [
    "Entry",
    "Message",
    "alert_message",
    "digest_message",
    "merge_terms",
    "notice_message",
    "structured",
]

_TERM = re.compile(r"^(?P<term>.*?) \((?P<words>.*)\)$")

Sources = Callable[[int | None, str], list[tuple[str, str | None]]]  # (story, rule) -> (feed, language)s


def merge_terms(terms: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Stored terms (`"North Korea" (Nordkorea)`, `troops (Soldaten)`, `Russia`) once per term, each
    with every word it matched: (North Korea, (Nordkorea, nordkoreanische)), (troops, (Soldaten,)), ..."""
    merged: dict[str, dict[str, None]] = {}
    for text in terms:
        found = _TERM.match(text)
        term, words = (found["term"], found["words"]) if found else (text, "")
        label = term.strip().strip('"').lstrip("=").strip('"')
        seen = merged.setdefault(label, {})
        if words and words.casefold() != label.casefold():
            seen[words] = None
    return tuple((term, tuple(words)) for term, words in merged.items())


@dataclass(frozen=True)
class Entry:
    """One story in a message: its matched article (the first one for a digest entry) and its sources."""

    rule: str
    title: str
    feed: str
    link: str = ""
    language: str | None = None
    published: datetime | None = None
    terms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    snippet: str = ""  # with the hits between ** marks
    story: int | None = None
    article_id: int = 0
    sources: tuple[tuple[str, str | None], ...] = ()  # other (feed, language) reporting the story
    alert_id: str = ""


@dataclass(frozen=True)
class Message:
    kind: str  # alert, digest or notice
    id: str  # the alert id: the same for every attempt, across restarts
    target: str
    entries: tuple[Entry, ...] = ()
    text: str = ""  # a notice's text
    rule_names: tuple[str, ...] = field(default=())

    def by_rule(self) -> list[tuple[str, list[Entry]]]:
        """Entries grouped by rule, in the order rules first appear."""
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault(entry.rule, []).append(entry)
        return list(groups.items())


def alert_id(feed: str, article_uid: str, rule: str, target: str) -> str:
    """The id of the alert for one (article, rule) match to one target (see outbox.py)."""
    digest = hashlib.sha256("\x1f".join((feed, article_uid, rule, target)).encode("utf-8", "replace"))
    return "nm-" + digest.hexdigest()[:24]


def digest_id(target: str, number: int, created: datetime) -> str:
    """The id of a digest or notice: from its row and creation time, so every attempt carries it."""
    text = "\x1f".join(("digest", target, str(number), created.isoformat()))
    return "nm-" + hashlib.sha256(text.encode()).hexdigest()[:24]


def _entry(due: DueDelivery, sources: Sequence[tuple[str, str | None]]) -> Entry:
    a = due.article
    own = (a.feed, a.language)
    return Entry(
        rule=due.rule,
        title=a.title,
        feed=a.feed,
        link=a.link,
        language=a.language,
        published=a.published,
        terms=merge_terms(due.terms),
        snippet=due.snippet,
        story=due.story_id,
        article_id=due.article_id,
        sources=tuple(s for s in dict.fromkeys(sources) if s != own),
        alert_id=alert_id(a.feed, a.uid, due.rule, due.target),
    )


def alert_message(due: DueDelivery, sources: Sources) -> Message:
    """One story's alert, naming the other sources that reported it so far."""
    entry = _entry(due, sources(due.story_id, due.rule))
    return Message("alert", entry.alert_id, due.target, (entry,))


def digest_message(digest: DueDigest) -> Message:
    """A digest: one entry per (rule, story), the story's earliest article in it, every source named."""
    if digest.kind == "notice":
        return notice_message(
            digest.target, digest.content, digest_id(digest.target, digest.id, digest.created_at)
        )
    groups: dict[tuple[str, int | None, int], list[DueDelivery]] = {}
    for item in digest.items:
        key = (item.rule, item.story_id, (item.story_id is None and item.id) or 0)
        groups.setdefault(key, []).append(item)
    entries = []
    for items in groups.values():
        first = items[0]
        sources = [(i.article.feed, i.article.language) for i in items]
        entry = _entry(first, sources)
        entries.append(entry)
    return Message(
        "digest", digest_id(digest.target, digest.id, digest.created_at), digest.target, tuple(entries)
    )


def notice_message(target: str, text: str, message_id: str) -> Message:
    return Message("notice", message_id, target, (), text)


def structured(message: Message) -> dict[str, Any]:
    """The fields a webhook receives beside the text: rule, story, article, title, link, feed, ..."""

    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "kind": message.kind,
        "id": message.id,
        "notice": message.text or None,
        "alerts": [
            {
                "rule": e.rule,
                "story_id": e.story,
                "article_id": e.article_id,
                "alert_id": e.alert_id,
                "title": clip(e.title, FIELD_MAX),
                "link": e.link,
                "feed": clip(e.feed, FIELD_MAX),
                "language": e.language,
                "published": when(e.published),
                "terms": [{"term": term, "words": list(words)} for term, words in e.terms],
                "snippet": clip(e.snippet.replace("**", ""), FIELD_MAX),
                "sources": [{"feed": feed, "language": language} for feed, language in e.sources],
            }
            for e in message.entries
        ],
    }
