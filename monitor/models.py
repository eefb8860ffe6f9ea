"""Plain data passed between the stages of the pipeline (no I/O, no behaviour)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Article:
    """One feed entry, normalised: plain text, UTC time, a stable id.

    `uid` is stable across polls (guid, else link, else a hash of the content),
    so the same entry is stored and alerted once per feed.
    """

    uid: str
    feed: str
    title: str = ""
    summary: str = ""
    content: str = ""
    link: str = ""
    author: str = ""
    published: datetime | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class FetchState:
    """What we remember about a feed between polls, for polite conditional GETs."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one HTTP fetch; a failed fetch is data, not an exception.

    `status` is the final HTTP status (0 when no response came back).
    `new_url` is set when the server said the feed moved permanently (301/308).
    `gone` is True on 410: the feed should be disabled.
    `retry_after` is when the server (429/503 with Retry-After) allows the next request;
    `deferred` means no request was made because the site had asked to wait until then.
    """

    url: str
    status: int
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    new_url: str | None = None
    gone: bool = False
    not_modified: bool = False
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    retry_after: datetime | None = None
    deferred: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.gone and not self.deferred
