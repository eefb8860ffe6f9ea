"""HTTP for feeds: polite conditional GETs with hard limits, and failures as data.

`fetch` never raises for a bad feed: every network or server problem comes back
as a `FetchResult` whose `error` names the problem in words a person can act on,
so one broken feed never stops a poll of the others.

Politeness: ETag / Last-Modified are sent back (If-None-Match /
If-Modified-Since), so an unchanged feed costs the server a 304. Redirects are
walked by hand so that a permanent move (301/308) can be remembered and a 410
can disable the feed.

Limits: `timeout` bounds connecting and each read; the whole fetch, redirects
included, is also bounded to `TOTAL_TIME_FACTOR` x `timeout`, so a server that
trickles a byte at a time cannot hold a worker forever. Bodies are streamed and
cut off at `max_bytes` of *decoded* data, which also stops gzip bombs.
"""

from __future__ import annotations

import dataclasses
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

import httpx

from monitor.models import FetchResult, FetchState

USER_AGENT = "news-monitor/0.1 (+https://github.com/news-monitor/news-monitor)"

__all__ = ["TOTAL_TIME_FACTOR", "FetchLimits", "fetch", "make_client"]

# The whole fetch may take this many times `FetchLimits.timeout`.
TOTAL_TIME_FACTOR = 3

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
_HINTS = {
    401: "the feed needs a login",
    403: "the server refuses access; it may block automated clients",
    404: "check the feed URL",
    429: "the server asks us to poll less often",
}


@dataclass(frozen=True)
class FetchLimits:
    """The bounds one fetch must stay within."""

    timeout: float = 20.0  # seconds, connect and read
    max_bytes: int = 10 * 1024 * 1024
    user_agent: str = USER_AGENT
    max_redirects: int = 5


def make_client(limits: FetchLimits) -> httpx.Client:
    """One shared client (connection pool) for all feeds.

    Redirects are not followed by httpx: `fetch` walks them itself to see 301/308.
    Compression (gzip, deflate, br, zstd) is negotiated by httpx from the installed
    extras. The caller closes the client (use it as a context manager).
    """
    return httpx.Client(
        timeout=httpx.Timeout(limits.timeout),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        headers={"User-Agent": limits.user_agent, "Accept": _ACCEPT},
        follow_redirects=False,
    )


@dataclass(frozen=True)
class _Redirect:
    status: int
    location: str | None


class _Aborted(Exception):
    """A response we stopped reading; `status` is what the server had answered."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _TooLarge(_Aborted):
    """The body is over `max_bytes` (declared or while streaming)."""


class _TooSlow(_Aborted):
    """The whole fetch went over its total time budget."""


def fetch(client: httpx.Client, state: FetchState, limits: FetchLimits) -> FetchResult:
    """GET `state.url` conditionally, walking redirects; never raises for a bad feed.

    `result.url` is the URL the answer finally came from (use it as the base for
    relative links). `new_url` is set only when the chain *starts* with permanent
    redirects and ends in a 2xx or 304, so a move to a broken URL is not adopted.
    On errors the ETag / Last-Modified of `state` are carried over unchanged.
    """
    problem = _unsupported(state.url)
    if problem:
        return _failure(state, state.url, problem)

    deadline = time.monotonic() + limits.timeout * TOTAL_TIME_FACTOR
    url = state.url
    chain = [url]
    new_url: str | None = None
    still_permanent = True
    for _hop in range(max(0, limits.max_redirects) + 1):
        try:
            outcome = _request(client, url, state, limits, deadline)
        except _TooLarge as exc:
            limit = _size(limits.max_bytes)
            return _failure(state, url, f"body larger than {limit} limit", exc.status)
        except _TooSlow as exc:
            total = _seconds(limits.timeout * TOTAL_TIME_FACTOR)
            message = f"timed out after {total}: the server sends the feed too slowly"
            return _failure(state, url, message, exc.status)
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as exc:
            return _failure(state, url, _describe(exc, url, limits))

        if isinstance(outcome, FetchResult):
            succeeded = outcome.error is None and (outcome.not_modified or outcome.body is not None)
            return dataclasses.replace(outcome, new_url=new_url if succeeded else None)

        if not outcome.location:
            message = f"HTTP {outcome.status} redirect without a Location header"
            return _failure(state, url, message, outcome.status)
        target = outcome.location
        problem = _unsupported(target)
        if problem:
            return _failure(state, url, f"redirected to an unusable URL: {problem}", outcome.status)
        if still_permanent and outcome.status in _PERMANENT:
            new_url = target
        else:
            still_permanent = False
        if target in chain:
            loop = " -> ".join([*chain, target])
            return _failure(state, url, f"redirect loop: {loop}", outcome.status)
        chain.append(target)
        url = target
    message = f"too many redirects (more than {limits.max_redirects})"
    return _failure(state, url, message, outcome.status)


def _request(
    client: httpx.Client,
    url: str,
    state: FetchState,
    limits: FetchLimits,
    deadline: float,
) -> FetchResult | _Redirect:
    """One GET: a final result, or where the server redirects us."""
    if time.monotonic() > deadline:
        raise _TooSlow(0)
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified

    # The timeout is passed per request too, so `limits` rule even on a shared client.
    with client.stream("GET", url, headers=headers, timeout=limits.timeout) as response:
        status = response.status_code
        received = dict(response.headers.items())
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")

        if status in _REDIRECTS:
            location = response.headers.get("location")
            resolved = str(response.url.join(location.strip())) if location else None
            return _Redirect(status, resolved)
        if status == 304:
            return FetchResult(
                url=url,
                status=304,
                etag=etag or state.etag,
                last_modified=last_modified or state.last_modified,
                not_modified=True,
                headers=received,
            )
        if status == 410:
            return FetchResult(
                url=url,
                status=410,
                etag=state.etag,
                last_modified=state.last_modified,
                gone=True,
                error=("HTTP 410 Gone: the feed was removed; it is disabled until you change its URL"),
                headers=received,
            )
        if not 200 <= status < 300:
            return FetchResult(
                url=url,
                status=status,
                etag=state.etag,
                last_modified=state.last_modified,
                error=_status_error(response),
                headers=received,
            )

        declared = _content_length(response)
        if declared is not None and declared > limits.max_bytes:
            raise _TooLarge(status)
        body = b"".join(_capped(response.iter_bytes(), status, limits.max_bytes, deadline))
        return FetchResult(
            url=url,
            status=status,
            body=body,
            etag=etag,
            last_modified=last_modified,
            headers=received,
        )


def _capped(chunks: Iterator[bytes], status: int, max_bytes: int, deadline: float) -> Iterator[bytes]:
    """Pass chunks through until `max_bytes` or the deadline is exceeded."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > max_bytes:
            raise _TooLarge(status)
        if time.monotonic() > deadline:
            raise _TooSlow(status)
        yield chunk


def _content_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None


def _status_error(response: httpx.Response) -> str:
    """``HTTP 500 Internal Server Error``, plus a hint where one helps."""
    status = response.status_code
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = response.reason_phrase
    message = f"HTTP {status} {phrase}".rstrip()
    hint = _HINTS.get(status)
    retry_after = response.headers.get("retry-after")
    if retry_after and status in (429, 503):
        hint = f"{hint + '; ' if hint else ''}retry after {retry_after.strip()}"
    return f"{message}: {hint}" if hint else message


def _unsupported(url: str) -> str | None:
    """Why `url` cannot be fetched (only absolute http/https URLs are), or None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        return f"invalid URL {url!r}: {exc}"
    scheme = parts.scheme.lower()
    if not scheme:
        return f"{url!r} is not an absolute URL; it must start with http:// or https://"
    if scheme not in ("http", "https"):
        return f"unsupported URL scheme '{scheme}:' in {url!r}; only http and https are fetched"
    if not parts.hostname:
        return f"{url!r} has no host name"
    return None


def _describe(exc: Exception, url: str, limits: FetchLimits) -> str:
    """Turn an httpx / socket exception into a sentence a person can act on."""
    host = _host(url)
    after = _seconds(limits.timeout)
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out after {after} connecting to {host}"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timed out after {after} waiting for {host} to send data"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {after} talking to {host}"
    if isinstance(exc, httpx.ProxyError):
        return f"proxy error while fetching from {host}: {exc}"
    if isinstance(exc, httpx.ConnectError):
        causes = list(_causes(exc))
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            return f"connection refused by {host}; is the server up and the port right?"
        if any(isinstance(c, socket.gaierror) for c in causes):
            return f"could not resolve host name {urlsplit(url).hostname!r}; check the URL"
        for cause in causes:
            if isinstance(cause, ssl.SSLCertVerificationError):
                return f"TLS certificate of {host} is not valid: {cause.verify_message}"
            if isinstance(cause, ssl.SSLError):
                return f"TLS handshake with {host} failed: {cause}"
        return f"could not connect to {host}: {exc}"
    if isinstance(exc, httpx.DecodingError):
        return f"could not decode the compressed response from {host}: {exc}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} broke the HTTP protocol: {exc}"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"invalid URL {url!r}: {exc}"
    if isinstance(exc, httpx.HTTPError | httpx.StreamError):
        return f"request to {host} failed: {exc}"
    if isinstance(exc, OSError):
        return f"network error talking to {host}: {exc}"
    return f"invalid request to {host}: {exc}"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from (httpx wraps httpcore wraps OSError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _seconds(value: float) -> str:
    return f"{value:g}s"


def _size(n: int) -> str:
    """10485760 -> "10 MB" (binary units, as people read them)."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= factor:
            return f"{n // factor} {unit}" if n % factor == 0 else f"{n / factor:.1f} {unit}"
    return f"{n} bytes"


def _failure(state: FetchState, url: str, message: str, status: int = 0) -> FetchResult:
    """A failed fetch (status 0 when no response came); remembered validators stay."""
    return FetchResult(
        url=url,
        status=status,
        etag=state.etag,
        last_modified=state.last_modified,
        error=message,
    )
