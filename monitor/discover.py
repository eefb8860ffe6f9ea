"""Finding the feeds a web page offers: `monitor feeds discover URL` and `monitor feeds add URL`.

A URL that is a feed is that feed. Otherwise the page's `<link rel="alternate">` elements
of a feed type (RSS, Atom, JSON Feed) are its feeds; a page that links none is tried at
the paths sites commonly serve feeds from (/feed, /rss.xml, /atom.xml, ...). Every
candidate is fetched and parsed, so only feeds that work are offered, each with its
title. Fetching goes through the same `Fetcher` as polling (limits, redirects, the
network guard): the URL a person typed is trusted like a configured feed URL.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from monitor.fetch import Fetcher
from monitor.models import FetchResult, FetchState
from monitor.parse import parse_feed

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
COMMON_PATHS = (
    "/feed",
    "/feed/",
    "/rss",
    "/rss.xml",
    "/atom.xml",
    "/feed.xml",
    "/index.xml",
    "/feeds/posts/default",
    "/feed.json",
)


@dataclass(frozen=True)
class Found:
    url: str
    title: str
    items: int


class _Links(HTMLParser):
    """Collects `<link rel="alternate" type="<feed type>" href>` of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (href, title)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("link", "a"):
            return
        found = {k.lower(): (v or "") for k, v in attrs}
        rels = found.get("rel", "").lower().split()
        kind = found.get("type", "").split(";")[0].strip().lower()
        if "alternate" in rels and kind in FEED_TYPES and found.get("href"):
            self.links.append((found["href"].strip(), found.get("title", "").strip()))


def feed_links(html: str, base: str) -> list[str]:
    """The absolute URLs of the feeds a page links to, in page order, without repeats."""
    parser = _Links()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(urljoin(base, href) for href, _ in parser.links))


def _as_feed(result: FetchResult) -> Found | None:
    if not result.ok or result.body is None:
        return None
    parsed = parse_feed(
        result.body, result.url, base_url=result.url, content_type=result.headers.get("content-type")
    )
    if parsed.error:
        return None
    return Found(result.url, parsed.title, len(parsed.articles))


async def discover(url: str, fetcher: Fetcher) -> tuple[list[Found], str | None]:
    """The working feeds `url` is or offers, and why there are none (the page's error) if so."""
    page = await fetcher.fetch(FetchState(url))
    if not page.ok or page.body is None:
        return [], page.error or f"HTTP {page.status}"
    itself = _as_feed(page)
    if itself is not None:
        return [itself], None
    html = page.body.decode(_charset(page), "replace")
    candidates = feed_links(html, page.url)
    if not candidates:
        parts = urlsplit(page.url)
        root = f"{parts.scheme}://{parts.netloc}"
        candidates = [root + path for path in COMMON_PATHS]
    results = await asyncio.gather(*(fetcher.fetch(FetchState(c)) for c in candidates))
    found = [f for f in map(_as_feed, results) if f is not None]
    unique = list({f.url: f for f in found}.values())
    return unique, None if unique else "the page links no feed, and none answers at the usual paths"


def _charset(result: FetchResult) -> str:
    content_type = result.headers.get("content-type", "")
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                "".encode(value.strip('"'))
                return value.strip('"')
            except LookupError:
                break
    return "utf-8"


__all__ = ["COMMON_PATHS", "Found", "discover", "feed_links"]
