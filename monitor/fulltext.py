"""Full article text: the page an entry links to, fetched and reduced to its main text (trafilatura).

Per feed `fulltext: auto | always | never`: `auto` fetches the page of an entry that
carries no content and a summary shorter than `fulltext.short_summary` characters (a
teaser), `always` every new entry's page. The text found replaces the entry's content,
so rules match it and the store keeps it. It is fetched only for new entries, never on a
feed's silent first poll (those items are recorded, not matched).

Pages have their own limits (`fulltext.timeout`, `max_bytes`, `per_site`,
`max_in_flight`) and their own `Fetcher`, which treats every URL as untrusted: a link
in a feed, and every redirect after it, is refused when it resolves to a loopback,
private, link-local, multicast or reserved address, unless `fetch.allow_networks` lists
the network, so a feed cannot make the daemon read http://169.254.169.254/ or an
intranet page. Pages are cached by URL for a week (the `pages` table keeps a SHA-256 of
the URL, never the URL, which may hold a token), failures included, so a page is
fetched once however many feeds or updates point at it.

Extraction is CPU work and runs in the ingest worker, like parsing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import Article, FetchResult, FetchState

log = logging.getLogger(__name__)

_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"


def wants_page(article: Article, mode: str, short_summary: int) -> bool:
    """Whether `article`'s linked page should be fetched under `mode`."""
    if mode == "never" or not article.link:
        return False
    return mode == "always" or (not article.content and len(article.summary) < short_summary)


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "replace")).hexdigest()


def extract(result: FetchResult) -> tuple[str, str | None]:
    """(main text, error) of a fetched page; CPU work, for a worker thread."""
    if result.error or result.body is None:
        return "", result.error or f"HTTP {result.status} without a page"
    import trafilatura

    try:
        text = trafilatura.extract(
            result.body, url=result.url, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # a page that breaks the extractor is one failed page, not a failed poll
        return "", f"could not extract the text of the page: {exc}"
    if not text or not text.strip():
        return "", "no main text found in the page"
    return text.strip(), None


class Pages:
    """Fetches article pages on the event loop, within their own limits; use `async with`."""

    def __init__(self, limits: FetchLimits, resolver: object = None) -> None:
        self.fetcher = Fetcher(limits, resolver, untrusted=True, accept=_ACCEPT)

    async def __aenter__(self) -> Pages:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.fetcher.aclose()

    async def fetch_all(self, urls: list[str]) -> dict[str, FetchResult]:
        """Each URL's fetch (never raises), all at once within the limits."""
        results = await asyncio.gather(*(self.fetcher.fetch(FetchState(url)) for url in urls))
        return dict(zip(urls, results, strict=True))


__all__ = ["Pages", "extract", "url_key", "wants_page"]
