"""Feed bytes -> Articles: stable ids, plain text, UTC dates, a language.

Pure: no I/O. The one trap is feedparser itself, which happily opens local files
and URLs when handed a ``str``/``bytes`` that looks like one; `parse_feed` only
ever gives it an in-memory ``io.BytesIO`` of bytes we fetched ourselves.

Plain text convention: HTML is reduced to text by dropping tags, decoding
entities and collapsing whitespace (``&nbsp;`` included) to single spaces;
block-level elements (``<p>``, ``<br>``, ``<li>``, headings, ...) become a single
``"\\n"``, so paragraphs stay apart for snippets without blank-line noise.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from monitor.analysis.languages import normalise_language
from monitor.models import Article

__all__ = ["ParsedFeed", "html_to_text", "parse_feed"]


@dataclass(frozen=True)
class ParsedFeed:
    """What one feed document yielded.

    `error` is set when the body is not a feed at all (then there are no articles);
    `warnings` lists problems in a feed that still parsed (feedparser's "bozo").
    `language` is the feed's own language, else the default passed in.
    """

    articles: tuple[Article, ...]
    title: str
    language: str | None
    error: str | None
    warnings: tuple[str, ...]


# Elements after which text flows on a new line. Everything else is inline.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul",
    }
)  # fmt: skip
# Elements whose text is never meant to be read (feedparser's sanitiser removes
# most of them already; this is the belt to its braces).
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[^\S\n]+")  # whitespace except newline (covers \xa0, tabs)
_NEWLINES = re.compile(r"\s*\n\s*")


class _TextExtractor(HTMLParser):
    """Collects the readable text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and <hr/> must break lines, but must not open a skipped region.
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # Line breaks in HTML source are just spaces; only block elements break lines.
        if not self._skip_depth:
            self.parts.append(_WHITESPACE.sub(" ", data))


def _collapse(text: str) -> str:
    """Single spaces inside lines, single newlines between them, no edges."""
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def html_to_text(html: str) -> str:
    """Reduce an HTML fragment to plain text (see the module docstring for the rules)."""
    if not html:
        return ""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return _collapse("".join(extractor.parts))


def _detail_text(value: str | None, content_type: str | None) -> str:
    """Plain text of a feedparser text construct, honouring its declared type.

    A ``text/plain`` value is already decoded by feedparser; running it through the
    HTML parser would eat a literal ``a <b> b``.
    """
    if not value:
        return ""
    if content_type == "text/plain":
        return _collapse(value)
    return html_to_text(value)


def _first_language(candidates: Iterable[object]) -> str | None:
    for candidate in candidates:
        language = normalise_language(candidate)
        if language:
            return language
    return None


def _safe_link(link: str, base_url: str) -> str:
    """An absolute http(s) link, or "" (a ``javascript:`` link must never reach an alert)."""
    link = link.strip()
    if not link:
        return ""
    absolute = urljoin(base_url, link) if base_url else link
    scheme = urlsplit(absolute).scheme.lower()
    return absolute if scheme in ("http", "https") else ""


def _utc(parsed: Any) -> datetime | None:
    """feedparser's UTC struct_time -> aware datetime; None if absent or impossible."""
    if not parsed:
        return None
    try:
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _published(entry: dict[str, Any]) -> datetime | None:
    """published, else updated. Plain dict.get: FeedParserDict's own aliasing of
    updated -> published emits a DeprecationWarning."""
    return _utc(dict.get(entry, "published_parsed")) or _utc(dict.get(entry, "updated_parsed"))


def _tags(entry: Mapping[str, Any]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in entry.get("tags") or ():
        term = (tag.get("term") or tag.get("label") or "").strip()
        if term:
            seen.setdefault(term, None)
    return tuple(seen)


def content_hash(title: str, summary: str, content: str) -> str:
    """The fallback uid of an entry without guid or link: stable across polls."""
    digest = hashlib.sha256("\x1f".join((title, summary, content)).encode("utf-8"))
    return "sha256:" + digest.hexdigest()


def _article(
    entry: dict[str, Any],
    feed: str,
    base_url: str,
    feed_language: str | None,
) -> Article:
    title_detail = entry.get("title_detail") or {}
    summary_detail = entry.get("summary_detail") or {}
    title = _detail_text(entry.get("title"), title_detail.get("type"))
    summary = _detail_text(entry.get("summary"), summary_detail.get("type"))

    contents: list[str] = []
    content_languages: list[object] = []
    for item in entry.get("content") or ():
        text = _detail_text(item.get("value"), item.get("type"))
        content_languages.append(item.get("language"))
        if text and text != summary and text not in contents:
            contents.append(text)
    content = "\n".join(contents)

    link = _safe_link(entry.get("link") or "", base_url)
    uid = (entry.get("id") or "").strip() or link or content_hash(title, summary, content)
    language = _first_language(
        [
            title_detail.get("language"),
            summary_detail.get("language"),
            *content_languages,
            feed_language,
        ]
    )
    return Article(
        uid=uid,
        feed=feed,
        title=title,
        summary=summary,
        content=content,
        link=link,
        author=_collapse(entry.get("author") or ""),
        published=_published(entry),
        language=language,
        tags=_tags(entry),
    )


def parse_feed(
    body: bytes,
    feed: str,
    *,
    base_url: str = "",
    default_language: str | None = None,
) -> ParsedFeed:
    """Parse one fetched feed document into Articles; never raises for a bad feed.

    `base_url` (the URL the body came from) makes relative links absolute;
    `default_language` is used when neither entry nor feed declares one.
    """
    # BytesIO, never the raw value: feedparser would open b"/etc/passwd" as a file.
    parsed = feedparser.parse(io.BytesIO(bytes(body)))
    problem = parsed.get("bozo_exception")
    feed_info = parsed.get("feed") or {}
    if not parsed.get("version") and not parsed.get("entries"):
        reason = str(problem) if problem else "no RSS or Atom elements found"
        if not body.strip():
            reason = "the body is empty"
        return ParsedFeed((), "", None, f"not an RSS or Atom feed: {reason}", ())

    feed_language = _first_language([feed_info.get("language"), default_language])
    title_detail = feed_info.get("title_detail") or {}
    articles = tuple(_article(entry, feed, base_url, feed_language) for entry in parsed.get("entries") or ())
    warnings = (f"feed parsed with problems: {problem}",) if parsed.get("bozo") else ()
    return ParsedFeed(
        articles=articles,
        title=_detail_text(feed_info.get("title"), title_detail.get("type")),
        language=feed_language,
        error=None,
        warnings=warnings,
    )
