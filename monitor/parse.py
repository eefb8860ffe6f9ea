"""Feed bytes -> Articles: stable ids, plain text, UTC dates, a language, sizes capped.

Pure: no I/O. RSS and Atom go through feedparser (plain RSS 2.0 and Atom 1.0 through
`fastfeed.py`, which gives what feedparser would), JSON Feed through `jsonfeed.py`;
both give the same Articles. The one trap is feedparser itself, which happily opens
local files and URLs when handed a ``str``/``bytes`` that looks like one; `parse_feed`
only ever gives it an in-memory ``io.BytesIO`` of bytes we fetched ourselves, decoded
first by `charset.py` so that a stray byte stays one replaced character.

Field caps (`CAPS`) keep every real article whole and stop one absurd item (a 5 MB
title) from costing hundreds of megabytes downstream: a longer field is cut at a word
boundary with "…" and the feed gets a warning saying so. A uid over its cap is
replaced by its hash (still stable, still unique); a link over its cap is dropped,
since a cut link leads nowhere.

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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from monitor.analysis.languages import normalise_language
from monitor.charset import decode_utf8, to_utf8
from monitor.clip import clip
from monitor.fastfeed import read_plain
from monitor.jsonfeed import JsonFeedError, JsonItem, read_json_feed
from monitor.models import Article
from monitor.schedule import feed_floor

__all__ = ["CAPS", "ParsedFeed", "html_to_text", "parse_feed", "parse_with_prints"]

# Characters. Real titles rarely pass 300, summaries a few thousand (some feeds put the
# whole article there), the longest long-reads about 130,000.
CAPS = {
    "title": 1_000,
    "summary": 50_000,
    "content": 200_000,
    "author": 500,
    "tag": 200,
    "tags": 100,  # tags per article
    "uid": 2_000,
    "link": 4_000,
}


@dataclass(frozen=True)
class ParsedFeed:
    """What one feed document yielded.

    `error` is set when the body is not a feed at all (then there are no articles);
    `warnings` lists problems in a feed that still parsed (feedparser's "bozo").
    `language` is the feed's own language, else the default passed in.
    `floor` is how many seconds the feed asks readers to wait between polls (RSS `<ttl>`,
    `sy:updatePeriod`), if it says.
    """

    articles: tuple[Article, ...]
    title: str
    language: str | None
    error: str | None
    warnings: tuple[str, ...]
    floor: float | None = None


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
    if "<" not in html and "&" not in html:  # no markup: what the parser would return, 10x faster
        return _collapse(_WHITESPACE.sub(" ", html))
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
    try:
        absolute = urljoin(base_url, link) if base_url else link
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 (raises for a port out of range, which a fetch of the page would meet)
    except ValueError:  # "http://[broken", ":99999": one item's bad link must not cost the feed its items
        return ""
    return absolute if parts.scheme.lower() in ("http", "https") else ""


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


_NOT_WORD = re.compile(r"[\W_]+")


def fingerprint(article: Article) -> str:
    """What the entry says, ignoring case, spacing and punctuation: a changed fingerprint is an update.

    Feeds re-send entries with a fixed typo or a new space; those are not news. A new
    title ("UPDATE: death toll rises to 12") or changed text is, and is matched again.
    """
    text = "\x1f".join((article.title, article.summary, article.content)).casefold()
    return hashlib.sha256(_NOT_WORD.sub(" ", text).encode("utf-8")).hexdigest()[:32]


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


def _capped(article: Article) -> tuple[Article, list[str]]:
    """The article with every field within `CAPS`, and a note per field that was not."""
    notes: list[str] = []
    changes: dict[str, Any] = {}
    for name in ("title", "summary", "content", "author"):
        value: str = getattr(article, name)
        if len(value) > CAPS[name]:
            changes[name] = clip(value, CAPS[name])
            notes.append(f"{name} cut from {len(value):,} to {CAPS[name]:,} characters")
    if len(article.uid) > CAPS["uid"]:
        changes["uid"] = "sha256:" + hashlib.sha256(article.uid.encode("utf-8", "replace")).hexdigest()
        notes.append(f"id of {len(article.uid):,} characters replaced by its hash")
    if len(article.link) > CAPS["link"]:
        changes["link"] = ""
        notes.append(f"link of {len(article.link):,} characters dropped")
    tags = article.tags
    if len(tags) > CAPS["tags"] or any(len(t) > CAPS["tag"] for t in tags):
        changes["tags"] = tuple(dict.fromkeys(clip(t, CAPS["tag"]) for t in tags[: CAPS["tags"]]))
        notes.append(f"{len(tags):,} tags cut to at most {CAPS['tags']} of {CAPS['tag']} characters")
    return (replace(article, **changes) if changes else article), notes


def _finish(articles: Iterable[Article], warnings: list[str]) -> tuple[Article, ...]:
    """Cap every article, adding one warning that sums up what was cut."""
    done, cut = [], []
    for article in articles:
        capped, notes = _capped(article)
        done.append(capped)
        if notes:
            cut.append(f"{capped.uid[:80]!r}: {', '.join(notes)}")
    if cut:
        more = f" (and {len(cut) - 3} more)" if len(cut) > 3 else ""
        warnings.append(f"{len(cut)} item(s) over the size caps were cut: {'; '.join(cut[:3])}{more}")
    return tuple(done)


_JSON_TYPES = ("application/feed+json", "application/json", "text/json")


def _is_json(body: bytes, content_type: str | None) -> bool:
    """A JSON body: it starts like one, or the server says JSON and it does not start like XML."""
    start = body.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if start in (b"{", b"["):
        return True
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return (media in _JSON_TYPES or media.endswith("+json")) and start != b"<"


def parse_feed(
    body: bytes,
    feed: str,
    *,
    base_url: str = "",
    default_language: str | None = None,
    content_type: str | None = None,
) -> ParsedFeed:
    """Parse one fetched feed document (RSS, Atom or JSON Feed) into Articles; never raises for a bad feed.

    `base_url` (the URL the body came from) makes relative links absolute;
    `default_language` is used when neither entry nor feed declares one;
    `content_type` (the HTTP header) gives a charset when the document declares none,
    and tells JSON from XML when the body does not.
    """
    if not body.strip():
        return ParsedFeed((), "", None, "not an RSS or Atom feed: the body is empty", ())
    if _is_json(body, content_type):
        return _parse_json(body, feed, base_url, default_language)
    decoded = to_utf8(bytes(body), content_type)
    # BytesIO, never the raw value: feedparser would open b"/etc/passwd" as a file. Its HTML
    # sanitiser and relative-URI rewriting are off: every HTML field is reduced to plain text
    # here (scripts and styles dropped) and links are made absolute by `_safe_link`, so they
    # only cost time (about a third of parsing).
    # Plain RSS 2.0 and Atom 1.0 are read by `fastfeed` (feedparser's result, in a third of the
    # time or less); the rest, and anything unusual in them, by feedparser.
    parsed = read_plain(decoded.body)
    if parsed is None:
        import feedparser  # on the first feed to parse: a poll where every feed answers 304 needs none

        try:
            parsed = feedparser.parse(
                io.BytesIO(decoded.body), sanitize_html=False, resolve_relative_uris=False
            )
        except Exception as exc:  # its own bugs: a stray </width> in an <image> raises TypeError
            reason = f"the parser failed on it ({type(exc).__name__}: {exc})"
            return ParsedFeed((), "", None, f"not an RSS or Atom feed: {reason}", ())
    problem = parsed.get("bozo_exception")
    feed_info = parsed.get("feed") or {}
    if not parsed.get("version") and not parsed.get("entries"):
        reason = str(problem) if problem else "no RSS or Atom elements found"
        return ParsedFeed((), "", None, f"not an RSS or Atom feed: {reason}", ())

    feed_language = _first_language([feed_info.get("language"), default_language])
    title_detail = feed_info.get("title_detail") or {}
    warnings = [f"feed parsed with problems: {w}" for w in decoded.warnings]
    if parsed.get("bozo"):
        warnings.append(f"feed parsed with problems: {problem}")
    entries = parsed.get("entries") or ()
    articles = _finish((_article(entry, feed, base_url, feed_language) for entry in entries), warnings)
    return ParsedFeed(
        articles=articles,
        title=clip(_detail_text(feed_info.get("title"), title_detail.get("type")), CAPS["title"]),
        language=feed_language,
        error=None,
        warnings=tuple(warnings),
        floor=feed_floor(
            feed_info.get("ttl"), feed_info.get("sy_updateperiod"), feed_info.get("sy_updatefrequency")
        ),
    )


def die_with_parent(parent: int) -> None:
    """In a parser process: end when `parent`, the process that started it, ends, however it ended
    (SIGTERM, SIGKILL), instead of waiting forever for work (Linux's PR_SET_PDEATHSIG)."""
    import contextlib
    import ctypes
    import os
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # it ended while this process was starting
        os._exit(0)


def parse_with_prints(
    body: bytes, feed: str, base_url: str, default_language: str | None, content_type: str | None
) -> tuple[ParsedFeed, list[str]]:
    """`parse_feed` and each article's `fingerprint`: the job a parser process does for a poll."""
    parsed = parse_feed(
        body, feed, base_url=base_url, default_language=default_language, content_type=content_type
    )
    return parsed, [fingerprint(a) for a in parsed.articles]


def _parse_json(body: bytes, feed: str, base_url: str, default_language: str | None) -> ParsedFeed:
    """A JSON Feed document (JSON is UTF-8: bad bytes are replaced, as for XML)."""
    text, problems = decode_utf8(bytes(body), "JSON is UTF-8")
    try:
        document = read_json_feed(text)
    except JsonFeedError as exc:
        return ParsedFeed((), "", None, f"not a JSON Feed: {exc}", ())
    warnings = [f"feed parsed with problems: {w}" for w in (*problems, *document.warnings)]
    feed_language = _first_language([document.language, default_language])
    base = base_url or document.home_page_url
    authors = ", ".join(document.authors)
    items = (_json_article(item, feed, base, feed_language, authors) for item in document.items)
    articles = _finish(items, warnings)
    return ParsedFeed(
        articles=articles,
        title=clip(_collapse(document.title), CAPS["title"]),
        language=feed_language,
        error=None,
        warnings=tuple(warnings),
    )


def _json_article(
    item: JsonItem, feed: str, base_url: str, feed_language: str | None, feed_authors: str
) -> Article:
    """The Article for one JSON Feed item, built as `_article` builds one for an RSS item."""
    title = _collapse(item.title)
    summary = _collapse(item.summary)
    content = html_to_text(item.content_html) if item.content_html else _collapse(item.content_text)
    if content == summary:
        content = ""
    link = _safe_link(item.url, base_url) or _safe_link(item.external_url, base_url)
    return Article(
        uid=item.id or link or content_hash(title, summary, content),
        feed=feed,
        title=title,
        summary=summary,
        content=content,
        link=link,
        author=_collapse(", ".join(item.authors)) or feed_authors,
        published=item.published,
        language=_first_language([item.language, feed_language]),
        tags=item.tags,
    )
