"""HTTP for feeds: polite conditional GETs with hard limits, and failures as data.

`Fetcher.fetch` never raises for a bad feed: every network or server problem comes
back as a `FetchResult` whose `error` names the problem in words a person can act on,
so one broken feed never stops a poll of the others.

Politeness: ETag / Last-Modified are sent back (If-None-Match / If-Modified-Since), so
an unchanged feed costs the server a 304. At most `max_in_flight` requests run at once,
and at most `per_site` to one site, a site being a registrable domain (`sites.site_of`:
feeds.bbc.co.uk and www.bbc.co.uk are one site), never a host name. A 429 or 503 with
Retry-After holds back every feed of that site until then: their fetches come back at
once as `deferred` without a request. Redirects are walked by hand so that a permanent
move (301/308) can be remembered, a 410 can disable the feed, and every hop can be
checked against `netguard` (a feed cannot redirect the daemon into internal networks).

Speed: a request goes over HTTP/1.1 keep-alive connections kept per origin on asyncio
streams (`wire`: a fraction of the CPU httpx's client costs per request); a TLS server
that offers HTTP/2 is then asked through httpcore, each site with a connection pool of its
own, sharing one TLS context (built on first use: loading the trust store costs ~40 ms).
One pool for thousands of sites would scan every connection on every request and evict
each site's connection before its next feed; pools per site cost nothing per request
and are closed once idle (`IDLE_POOL`). gzip, deflate, brotli and zstd are accepted.

Limits: connecting must succeed within `connect_timeout`, a silence between two reads
may last `read_timeout`, and the whole fetch (connecting, waiting for the headers,
reading the body, every redirect) ends within `timeout`, however slowly a server drips
its bytes; it runs on
asyncio, so the deadline cancels it wherever it is and stopping the daemon cancels
fetches in flight. Bodies are streamed and cut off at `max_bytes` of *decoded* data,
which also stops gzip bombs.

Credentials in a feed URL (`https://user:pass@host/feed`) are sent as HTTP Basic
authentication to that URL's origin only, never to a host it redirects to, and never
appear in a result: `FetchResult.url` carries no user-info.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import quote, urljoin, urlsplit

import httpcore
import httpx

from monitor.models import FetchResult, FetchState
from monitor.netguard import Guard, GuardedBackend, Hop, Kind, Policy, Refused, current_hop, reset_hop
from monitor.schedule import retry_after
from monitor.sites import site_of
from monitor.urls import credentials, mask_all, without_credentials
from monitor.wire import Connections, Http2Offered, Origin, Reply, accept_encoding

log = logging.getLogger(__name__)

_ALPN = ["http/1.1", "h2"]  # HTTP/2 where a TLS server prefers it (`wire.Http2Offered`)
USER_AGENT = "news-monitor/0.1 (+https://github.com/news-monitor/news-monitor)"

__all__ = ["USER_AGENT", "FetchLimits", "Fetcher"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.5"
)
IDLE_POOL = 60.0  # seconds after which an unused site's connection pool is closed
_BUSY = frozenset({429, 503})
_HINTS = {
    401: "the feed needs a login",
    403: "the server refuses access; it may block automated clients",
    404: "check the feed URL",
    429: "the server asks us to poll less often",
}


class _MaskUrls(logging.Filter):
    """httpx logs every request's URL (at INFO, shown with -v): mask the secrets in it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = mask_all(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


if not any(isinstance(f, _MaskUrls) for f in logging.getLogger("httpx").filters):
    logging.getLogger("httpx").addFilter(_MaskUrls())


@dataclass(frozen=True)
class FetchLimits:
    """The bounds one fetch must stay within, and how many run at once."""

    timeout: float = 20.0  # seconds for the whole fetch, redirects included
    connect_timeout: float = 10.0
    read_timeout: float = 15.0  # the longest silence between two reads
    max_bytes: int = 10 * 1024 * 1024
    user_agent: str = USER_AGENT
    max_redirects: int = 5
    max_in_flight: int = 32
    per_site: int = 2
    allow_networks: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Redirect:
    status: int
    location: str | None


class _TooLarge(Exception):
    """The body is over `max_bytes` (declared or while streaming)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@dataclass
class _Progress:
    """Where a fetch stands, so a timeout can say what it was waiting for."""

    url: str
    stage: str = "connecting to"
    status: int = 0

    def waiting(self) -> str:
        return f"{self.stage} {_host(self.url)}"


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport for one site: HTTP/1.1 and HTTP/2, connections `netguard` vets."""

    def __init__(self, guard: Guard, per_site: int, ssl_context: ssl.SSLContext) -> None:
        super().__init__(verify=ssl_context, http2=True)  # one context for all: each costs ~60 ms
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=per_site,
            max_keepalive_connections=per_site,
            keepalive_expiry=5.0,
            http1=True,
            http2=True,
            network_backend=GuardedBackend(guard),
        )


class _SiteTransport(httpx.AsyncBaseTransport):
    """Routes each request to its site's own connection pool (`sites.site_of`)."""

    def __init__(self, guard: Guard, per_site: int, ssl_context: Callable[[], ssl.SSLContext]) -> None:
        self.guard = guard
        self.per_site = max(per_site, 1)
        self.ssl_context = ssl_context
        self.pools: dict[str, _GuardedTransport] = {}
        self.used: dict[str, float] = {}
        self.swept = time.monotonic()
        self.idle = IDLE_POOL

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        site = site_of(request.url.host)
        now = self.used[site] = time.monotonic()
        if now - self.swept > self.idle:
            await self._sweep(now)
        pool = self.pools.get(site)
        if pool is None:
            pool = self.pools[site] = _GuardedTransport(self.guard, self.per_site, self.ssl_context())
        return await pool.handle_async_request(request)

    async def _sweep(self, now: float) -> None:
        """Close the pools of sites not asked for a while (their keep-alive has expired anyway)."""
        self.swept = now
        for site in [s for s, used in self.used.items() if now - used > self.idle]:
            del self.used[site]
            pool = self.pools.pop(site, None)
            if pool is not None:
                await pool.aclose()

    async def aclose(self) -> None:
        pools, self.pools = list(self.pools.values()), {}
        for pool in pools:
            await pool.aclose()


class Fetcher:
    """One connection pool and one set of limits for every feed; use `async with`.

    `resolver` is the seam for DNS (tests give names to loopback addresses); by default
    the system resolves them. `untrusted`: the URLs come from feeds, not from a person
    (article pages), so no hop, the first included, may lead into an internal network
    that `allow_networks` does not list. `ssl_context` replaces the system's trust store
    (tests trust their own certificate authority).
    """

    def __init__(
        self,
        limits: FetchLimits,
        resolver: object = None,
        *,
        untrusted: bool = False,
        accept: str = "",
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.limits = limits
        self.untrusted = untrusted
        self.guard = Guard(Policy.of(limits.allow_networks))
        if resolver is not None:
            self.guard.resolver = resolver  # type: ignore[assignment]
        self._ssl = ssl_context
        if ssl_context is not None:
            ssl_context.set_alpn_protocols(_ALPN)  # httpcore sets the same for each connection it opens
        self.transport = _SiteTransport(self.guard, limits.per_site, self._ssl_context)
        self.transport.idle = max(IDLE_POOL, limits.timeout + 5)  # never under a fetch still running
        read = min(limits.timeout, limits.read_timeout)
        connect = min(limits.connect_timeout, limits.timeout)
        self.wire = Connections(
            self.guard, self._ssl_context, connect_timeout=connect, read_timeout=read, keep=limits.per_site
        )
        self.http2: set[Origin] = set()  # origins whose server chose HTTP/2: sent through `client`
        self._timeout = httpx.Timeout(read, connect=connect)
        self._client: httpx.AsyncClient | None = None
        self.headers = [
            ("User-Agent", limits.user_agent),
            ("Accept", accept or _ACCEPT),
            ("Accept-Encoding", accept_encoding()),
        ]
        self._in_flight = asyncio.Semaphore(max(limits.max_in_flight, 1))
        self._sites: dict[str, asyncio.Semaphore] = {}
        self.blocked: dict[str, datetime] = {}  # site -> not before (Retry-After)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _ssl_context(self) -> ssl.SSLContext:
        """The one TLS context of every connection, built when the first https URL is fetched."""
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context()
            self._ssl.set_alpn_protocols(_ALPN)
        return self._ssl

    @property
    def client(self) -> httpx.AsyncClient:
        """httpx's client over the per-site HTTP/2 pools, for origins that chose HTTP/2."""
        if self._client is None:
            self._client = httpx.AsyncClient(
                transport=self.transport, timeout=self._timeout, follow_redirects=False
            )
        return self._client

    async def aclose(self) -> None:
        await self.wire.aclose()
        if self._client is not None:
            await self._client.aclose()
        await self.transport.aclose()

    def _site(self, url: str) -> asyncio.Semaphore:
        key = site_of(urlsplit(url).hostname or "")
        found = self._sites.get(key)
        if found is None:
            found = self._sites[key] = asyncio.Semaphore(max(self.limits.per_site, 1))
        return found

    def held_until(self, url: str, now: datetime | None = None) -> datetime | None:
        """The time before which the site of `url` asked not to be fetched (Retry-After), if still ahead."""
        site = site_of(urlsplit(url).hostname or "")
        until = self.blocked.get(site)
        if until is None:
            return None
        if until <= (now or datetime.now(UTC)):
            del self.blocked[site]
            return None
        return until

    def hold(self, url: str, until: datetime) -> None:
        """Fetch nothing from the site of `url` before `until` (never shortening an earlier hold)."""
        site = site_of(urlsplit(url).hostname or "")
        self.blocked[site] = max(until, self.blocked.get(site, until))

    async def fetch(self, state: FetchState) -> FetchResult:
        """GET `state.url` conditionally, walking redirects; never raises for a bad feed.

        `result.url` is the URL the answer finally came from (use it as the base for
        relative links). `new_url` is set only when the chain *starts* with permanent
        redirects and ends in a 2xx or 304, so a move to a broken URL is not adopted.
        On errors the ETag / Last-Modified of `state` are carried over unchanged.
        Cancelling the task that awaits this (daemon shutdown) cancels the request.
        """
        url = without_credentials(state.url.strip())
        problem = _unsupported(url)
        if problem:
            return _failure(state, url, problem)
        held = self.held_until(url)
        if held is not None:
            return _deferred(state, url, held)
        # The site's slot first, then a global one: a feed queued behind a busy site holds none of
        # the global slots while it waits, so it never delays the feeds of other sites.
        async with self._site(url), self._in_flight:
            held = self.held_until(url)  # a feed of the site may have been told to wait meanwhile
            if held is not None:
                return _deferred(state, url, held)
            progress = _Progress(url)
            try:
                async with asyncio.timeout(self.limits.timeout):
                    result = await self._walk(state, progress)
            except TimeoutError:
                message = f"timed out after {_seconds(self.limits.timeout)} {progress.waiting()}"
                return _failure(state, progress.url, message, progress.status)
        if result.retry_after is not None:
            self.hold(result.url, result.retry_after)
        return result

    async def _walk(self, state: FetchState, progress: _Progress) -> FetchResult:
        limits = self.limits
        origin = _origin(progress.url)
        auth = credentials(state.url)
        chain = [progress.url]
        new_url: str | None = None
        still_permanent = True
        hop = Hop(link=True) if self.untrusted else Hop(configured=True)
        outcome: FetchResult | _Redirect | None = None
        for _ in range(max(0, limits.max_redirects) + 1):
            url = progress.url
            try:
                parts = urlsplit(url)
                kind = await self.guard.check(parts.hostname or "", _port(parts), hop)
                token = current_hop(hop)
                try:
                    use_auth = _basic(*auth) if auth and _origin(url) == origin else None
                    outcome = await self._request(url, state, progress, use_auth)
                finally:
                    reset_hop(token)
            except Refused as exc:
                message = f"redirected to {url}, {exc}" if len(chain) > 1 else str(exc)
                return _failure(state, url, message, progress.status)
            except _TooLarge as exc:
                limit = _size(limits.max_bytes)
                return _failure(state, url, f"body larger than {limit} limit", exc.status)
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as exc:
                return _failure(state, url, _describe(exc, url, limits), progress.status)

            if isinstance(outcome, FetchResult):
                succeeded = outcome.error is None and (outcome.not_modified or outcome.body is not None)
                return dataclasses.replace(outcome, new_url=new_url if succeeded else None)

            if not outcome.location:
                message = f"HTTP {outcome.status} redirect without a Location header"
                return _failure(state, url, message, outcome.status)
            target = without_credentials(outcome.location)
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
            progress.url, progress.stage = target, "connecting to"
            hop = Hop(from_internal=kind is not Kind.PUBLIC and not self.untrusted)
        message = f"too many redirects (more than {limits.max_redirects})"
        return _failure(state, progress.url, message, progress.status)

    async def _request(
        self, url: str, state: FetchState, progress: _Progress, auth: str | None
    ) -> FetchResult | _Redirect:
        """One GET: a final result, or where the server redirects us."""
        headers = list(self.headers)
        if state.etag:
            headers.append(("If-None-Match", state.etag))
        if state.last_modified:
            headers.append(("If-Modified-Since", state.last_modified))
        if auth:
            headers.append(("Authorization", auth))

        progress.stage = "waiting for the response headers from"
        parts = urlsplit(url)
        origin = (parts.scheme.lower(), _idna(parts.hostname or ""), _port(parts))
        reply: _Reply | None = None
        if origin not in self.http2:
            try:
                reply = await self.wire.request(origin, _target(parts), headers)
            except Http2Offered:
                self.http2.add(origin)
        if reply is None:
            request = self.client.build_request("GET", url, headers=headers)
            reply = _HttpxReply(await self.client.send(request, stream=True))
        if log.isEnabledFor(logging.DEBUG):
            log.debug("GET %s: %s %s", mask_all(url), reply.status, reply.reason)
        try:
            progress.status = status = reply.status
            progress.stage = "reading the feed from"
            answer = await self._answer(reply, url, state, status)
            if not isinstance(answer, FetchResult) or answer.body is None:
                await _drain(reply)
            return answer
        finally:
            await reply.aclose()

    async def _answer(
        self, reply: _Reply, url: str, state: FetchState, status: int
    ) -> FetchResult | _Redirect:
        received = reply.headers
        etag = received.get("etag")
        last_modified = received.get("last-modified")
        kept = {"etag": state.etag, "last_modified": state.last_modified, "headers": received}
        if status in _REDIRECTS:
            location = received.get("location")
            resolved = urljoin(url, location.strip()) if location else None
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
            error = "HTTP 410 Gone: the feed was removed; it is disabled until you change its URL"
            return FetchResult(url=url, status=410, gone=True, error=error, **kept)  # type: ignore[arg-type]
        if not 200 <= status < 300:
            asked = None
            if status in _BUSY:
                asked = retry_after(received.get("retry-after"), datetime.now(UTC))
            error = _status_error(reply)
            return FetchResult(url=url, status=status, error=error, retry_after=asked, **kept)  # type: ignore[arg-type]

        declared = _content_length(reply)
        if declared is not None and declared > self.limits.max_bytes:
            raise _TooLarge(status)
        chunks: list[bytes] = []
        total = 0
        async for chunk in reply.decoded():
            total += len(chunk)
            if total > self.limits.max_bytes:
                raise _TooLarge(status)
            chunks.append(chunk)
        return FetchResult(
            url=url,
            status=status,
            body=b"".join(chunks),
            etag=etag,
            last_modified=last_modified,
            headers=received,
        )


class _HttpxReply:
    """An httpx response (HTTP/2 origins) as `wire.Reply` shows one."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status = response.status_code
        self.reason = response.reason_phrase
        self.headers = dict(response.headers.items())

    @property
    def is_stream_consumed(self) -> bool:
        return self.response.is_stream_consumed

    def raw(self) -> AsyncIterator[bytes]:
        return self.response.aiter_raw()

    def decoded(self) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes()

    async def aclose(self) -> None:
        await self.response.aclose()


_Reply = Reply | _HttpxReply


def _basic(user: str, password: str) -> str:
    """The Authorization header of HTTP Basic authentication (as httpx.BasicAuth writes it)."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _idna(host: str) -> str:
    """A host name as it goes on the wire (an IDN in its xn-- form)."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _target(parts: object) -> str:
    """The request target: path and query, percent-encoded where the URL was not."""
    path = getattr(parts, "path", "") or "/"
    query = getattr(parts, "query", "")
    target = quote(path, safe="/%:@!$&'()*+,;=-._~")
    if query:
        target += "?" + quote(query, safe="/%:@!$&'()*+,;=-._~?")
    return target


_DRAIN = 64 * 1024


async def _drain(response: _Reply) -> None:
    """Read a small unread body (a 304's, a redirect's, an error page's) so the connection is reused.

    Closing a response whose body was not read closes its connection too; a body over
    64 KB is not worth reading for that.
    """
    if response.is_stream_consumed:
        return
    declared = _content_length(response)
    if declared is not None and declared > _DRAIN:
        return
    total = 0
    async for chunk in response.raw():
        total += len(chunk)
        if total > _DRAIN:
            return


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), _port(parts)


def _port(parts: object) -> int:
    explicit = getattr(parts, "port", None)
    return explicit or (443 if getattr(parts, "scheme", "") == "https" else 80)


def _content_length(response: _Reply) -> int | None:
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None


def _status_error(response: _Reply) -> str:
    """``HTTP 500 Internal Server Error``, plus a hint where one helps."""
    status = response.status
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = response.reason
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
    if any(isinstance(c, socket.gaierror) for c in _causes(exc)):  # the guard resolves first, then httpx
        name = urlsplit(url).hostname
        return f"could not resolve the host name {name!r}: check the network (DNS) and the URL"
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
    """`host:port` of a URL for messages (never its user-info)."""
    try:
        return urlsplit(url).netloc.rpartition("@")[2] or url
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


def _deferred(state: FetchState, url: str, until: datetime) -> FetchResult:
    """Not fetched: the site asked (Retry-After) not to be asked again before `until`."""
    return FetchResult(
        url=url,
        status=0,
        etag=state.etag,
        last_modified=state.last_modified,
        retry_after=until,
        deferred=True,
    )


def _failure(state: FetchState, url: str, message: str, status: int = 0) -> FetchResult:
    """A failed fetch (status 0 when no response came); remembered validators stay.

    The message is for people and the feeds table: every URL in it is masked.
    """
    return FetchResult(
        url=url,
        status=status,
        etag=state.etag,
        last_modified=state.last_modified,
        error=mask_all(message),
    )
