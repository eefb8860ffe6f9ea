"""A real HTTP feed server on 127.0.0.1 for tests, programmable between requests.

Tests talk to it over loopback with the production client, so redirects,
compression, conditional GETs and timeouts are exercised for real (no mocks)::

    from tests.feedserver import FeedServer, rss, atom

    with FeedServer() as srv:
        srv.route("/feed.xml", body=rss([{"guid": "1", "title": "Hello"}]),
                  etag='"v1"', last_modified="Wed, 01 May 2024 10:00:00 GMT")
        srv.route("/old", status=301, location="/feed.xml")   # relative or absolute
        srv.route("/gone", status=410)
        srv.route("/broken", status=500)
        srv.route("/slow", delay=2.0, body=b"...")    # waits before answering
        srv.route("/drip", trickle=0.3, body=b"...")  # pauses between 64-byte chunks
        srv.route("/drip1", trickle=1.0, chunk=1, body=b"...")  # one byte a second
        srv.route("/hdrip", header_drip=1.0)         # sends the header block one byte a second
        srv.route("/gz", body=b"...", gzip=True)      # Content-Encoding: gzip
        srv.url("/feed.xml")     # "http://127.0.0.1:PORT/feed.xml"
        srv.requests             # [Request(path, headers)], header names lower-case
        srv.requests_for("/feed.xml")
        srv.most_at_once         # the most requests that were being answered at one time

Routes may be replaced at any time (call `route` again); unknown paths get 404.
A 2xx route answers 304 when the request's If-None-Match matches its `etag`
(or, without If-None-Match, when If-Modified-Since is not older than its
`last_modified`). `headers` are sent last, so they can override anything,
e.g. a lying Content-Length.

Shutdown is clean: delayed or trickling handlers wake up at once, every handler
thread is joined and every socket closed (no ResourceWarning). The server also
works as a plain object: `srv = FeedServer().start()` ... `srv.close()`.
"""

from __future__ import annotations

import gzip as gzip_module
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple, Self
from xml.sax.saxutils import escape, quoteattr

from tests.localserver import LocalServer, serve_in_thread

__all__ = ["FeedServer", "Request", "Route", "atom", "http_date", "rss"]


class Request(NamedTuple):
    """One request the server received (header names are lower-case)."""

    path: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Route:
    """How the server answers one path; see `FeedServer.route`."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    trickle: float = 0.0
    chunk: int = 64
    header_drip: float = 0.0
    gzip: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)


def http_date(when: datetime) -> str:
    """An HTTP date (``Wed, 01 May 2024 10:00:00 GMT``) for Last-Modified headers."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return format_datetime(when.astimezone(UTC), usegmt=True)


def _not_modified(route: Route, headers: Mapping[str, str]) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins; else compare If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        if route.etag is None:
            return False
        wanted = route.etag.removeprefix("W/")
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or wanted in tags
    since = headers.get("if-modified-since")
    if since is None or route.last_modified is None:
        return False
    if since == route.last_modified:
        return True
    try:
        return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


class _Server(ThreadingHTTPServer):
    """Joins its handler threads on close, so nothing outlives a test."""

    daemon_threads = False
    block_on_close = True

    def __init__(self, owner: FeedServer, host: str, port: int) -> None:
        self.owner = owner
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (e.g. after a timeout) is expected; anything else is not."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so no idle keep-alive handler can
    # hold up shutdown. `timeout` bounds a client that connects and says nothing.
    protocol_version = "HTTP/1.0"
    timeout = 10
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        owner = self.server.owner
        owner._enter()
        self._answered = False
        try:
            self._get(owner)
        finally:
            self._done()

    def _done(self) -> None:
        """The answer is (about to be) complete: a client may send its next request once it has the
        last byte, which can be before this thread runs again, so the count drops before that byte."""
        if not self._answered:
            self._answered = True
            self.server.owner._leave()

    def _get(self, owner: FeedServer) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        owner._record(Request(self.path, headers))
        route = owner._lookup(self.path)
        if route.delay and owner._stopping.wait(route.delay):
            return  # shutting down: hang up without an answer

        if route.header_drip:
            self._drip_headers(route)
            return
        if 200 <= route.status < 300 and _not_modified(route, headers):
            self._answer(304, b"", route, include_body_headers=False)
            return
        self._answer(route.status, route.body, route)

    def _answer(self, status: int, body: bytes, route: Route, *, include_body_headers: bool = True) -> None:
        if route.gzip and body:
            body = gzip_module.compress(body)
        try:
            self.send_response(status)
            if include_body_headers:
                self.send_header("Content-Type", route.content_type)
                if route.gzip and body:
                    self.send_header("Content-Encoding", "gzip")
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            if route.location:
                self.send_header("Location", route.location)
            extra = {name.lower() for name in route.headers}
            if "content-length" not in extra:
                self.send_header("Content-Length", str(len(body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            if not body:
                self._done()  # the headers complete the answer
            self.end_headers()
            self._send_body(body, route.trickle, route.chunk)
        except (BrokenPipeError, ConnectionResetError):
            self.server.owner._record_hangup(self.path)  # the client gave up (timeout, size limit, stop)

    def _drip_headers(self, route: Route) -> None:
        """A status line, then header bytes one at a time: headers that never finish arriving."""
        head = b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"x" * 10_000 + b"\r\n\r\n"
        try:
            self.wfile.write(head[:17])
            self.wfile.flush()
            for i in range(17, len(head)):
                if self.server.owner._stopping.wait(route.header_drip):
                    return
                self.wfile.write(head[i : i + 1])
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send_body(self, body: bytes, trickle: float, chunk: int) -> None:
        if not trickle:
            self._done()
            self.wfile.write(body)
            return
        for start in range(0, len(body), chunk):
            self.wfile.write(body[start : start + chunk])
            self.wfile.flush()
            if self.server.owner._stopping.wait(trickle):
                return


class FeedServer(LocalServer):
    """A threaded HTTP server on 127.0.0.1 (random port) with programmable routes.

    `host` and `port` bind it elsewhere: every address of 127.0.0.0/8 is loopback, so
    servers on 127.0.0.2, 127.0.0.3, ... stand in for other sites.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host, self._port = host, port
        self._routes: dict[str, Route] = {}
        self._requests: list[Request] = []
        self._hangups: list[str] = []
        self._lock = threading.Lock()
        self._hung_up = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._answering = 0
        self._most_at_once = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -----------------------------------------------------------------

    def start(self) -> Self:
        """Bind a free port and serve in a background thread."""
        if self._server is not None:
            raise RuntimeError("FeedServer already started")
        self._stopping.clear()
        self._server = _Server(self, self._host, self._port)
        self._thread = serve_in_thread(self._server, "FeedServer")
        return self

    def close(self) -> None:
        """Wake sleeping handlers, stop serving, join threads, close sockets."""
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()  # joins handler threads (block_on_close)
        if self._thread is not None:
            self._thread.join()
        self._server = None
        self._thread = None

    # addresses -----------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FeedServer is not running; use it in a with block")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return f"http://{self._host}:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # routes --------------------------------------------------------------------

    def route(
        self,
        path: str,
        *,
        body: bytes | str = b"",
        status: int = 200,
        content_type: str = "application/rss+xml; charset=utf-8",
        etag: str | None = None,
        last_modified: str | datetime | None = None,
        location: str | None = None,
        delay: float = 0.0,
        trickle: float = 0.0,
        chunk: int = 64,
        header_drip: float = 0.0,
        gzip: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Set (or replace) the answer for `path` (matched with, then without, its query).

        `delay`: seconds to wait before answering (cut short by shutdown).
        `trickle`: seconds to pause between `chunk`-byte pieces of the body (64 by default).
        `header_drip`: send `200 OK`, then the headers one byte every this many seconds.
        `gzip`: send the body gzip-compressed with Content-Encoding: gzip.
        `headers`: extra response headers, sent last.
        """
        if isinstance(last_modified, datetime):
            last_modified = http_date(last_modified)
        new = Route(
            status=status,
            body=body.encode("utf-8") if isinstance(body, str) else bytes(body),
            content_type=content_type,
            etag=etag,
            last_modified=last_modified,
            location=location,
            delay=delay,
            trickle=trickle,
            chunk=max(chunk, 1),
            header_drip=header_drip,
            gzip=gzip,
            headers=dict(headers or {}),
        )
        with self._lock:
            self._routes[path] = new

    def _lookup(self, path: str) -> Route:
        with self._lock:
            route = self._routes.get(path) or self._routes.get(path.split("?", 1)[0])
        return route or Route(status=404, body=b"not found", content_type="text/plain")

    # what was received ---------------------------------------------------------

    def _enter(self) -> None:
        with self._lock:
            self._answering += 1
            self._most_at_once = max(self._most_at_once, self._answering)

    def _leave(self) -> None:
        with self._lock:
            self._answering -= 1

    @property
    def most_at_once(self) -> int:
        """The most requests this server was answering at the same time."""
        with self._lock:
            return self._most_at_once

    def _record(self, request: Request) -> None:
        with self._hung_up:
            self._requests.append(request)
            self._hung_up.notify_all()

    def wait_for_request(self, path: str, timeout: float = 30) -> None:
        """Block until a request for `path` has arrived."""
        with self._hung_up:
            if not self._hung_up.wait_for(lambda: any(r.path == path for r in self._requests), timeout):
                raise AssertionError(f"no request for {path} arrived")

    @property
    def requests(self) -> list[Request]:
        """A copy of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[Request]:
        """The requests received for one path."""
        return [r for r in self.requests if r.path == path]

    def _record_hangup(self, path: str) -> None:
        with self._hung_up:
            self._hangups.append(path)
            self._hung_up.notify_all()

    def wait_for_hangup(self, path: str, timeout: float = 30) -> None:
        """Block until the client of `path` has hung up mid-answer (noticed at the next write)."""
        with self._hung_up:
            if not self._hung_up.wait_for(lambda: path in self._hangups, timeout):
                raise AssertionError(f"the client of {path} did not hang up; hang-ups: {self._hangups}")

    @property
    def hangups(self) -> list[str]:
        """Paths whose client closed the connection before the answer was complete."""
        with self._lock:
            return list(self._hangups)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()


# Feed documents -----------------------------------------------------------------


def _text(value: Any) -> str:
    return escape(str(value))


def _element(name: str, value: Any) -> str:
    return f"<{name}>{_text(value)}</{name}>" if value is not None else ""


def _categories(item: Mapping[str, Any]) -> list[str]:
    value = item.get("categories", item.get("category"))
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _rss_date(value: Any) -> Any:
    return format_datetime(value) if isinstance(value, datetime) else value


def _atom_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def rss(
    items: Iterable[Mapping[str, Any]] = (),
    *,
    title: str = "Test feed",
    link: str = "http://example.com/",
    description: str = "A feed for tests",
    language: str | None = None,
) -> bytes:
    """An RSS 2.0 document (UTF-8 bytes).

    Item keys, all optional: ``guid`` (isPermaLink="false" unless ``guid_is_permalink``),
    ``title``, ``link``, ``description``, ``content`` (content:encoded), ``pubDate``
    (str or datetime), ``author`` (dc:creator), ``categories`` / ``category``, and
    ``extra`` (raw XML pasted into the item, e.g. for CDATA). Text is XML-escaped.
    """
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        _element("title", title),
        _element("link", link),
        _element("description", description),
        _element("language", language),
    ]
    for item in items:
        parts.append("<item>")
        if item.get("guid") is not None:
            permalink = "true" if item.get("guid_is_permalink") else "false"
            parts.append(f'<guid isPermaLink="{permalink}">{_text(item["guid"])}</guid>')
        parts.append(_element("title", item.get("title")))
        parts.append(_element("link", item.get("link")))
        parts.append(_element("description", item.get("description")))
        parts.append(_element("content:encoded", item.get("content")))
        parts.append(_element("pubDate", _rss_date(item.get("pubDate"))))
        parts.append(_element("dc:creator", item.get("author")))
        parts.extend(_element("category", c) for c in _categories(item))
        parts.append(str(item.get("extra", "")))
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(p for p in parts if p).encode("utf-8")


def atom(
    items: Iterable[Mapping[str, Any]] = (),
    *,
    title: str = "Test feed",
    link: str = "http://example.com/",
    feed_id: str = "urn:test:feed",
    updated: str | datetime = "2024-01-01T00:00:00Z",
    language: str | None = None,
) -> bytes:
    """An Atom 1.0 document (UTF-8 bytes); `language` becomes the feed's xml:lang.

    Entry keys, all optional (RSS names work as aliases, so one list of dicts can
    build both formats): ``id``/``guid``, ``title``, ``link``,
    ``summary``/``description`` (type="html"), ``content`` (type="html"),
    ``updated``/``pubDate`` and ``published`` (str or datetime, RFC 3339),
    ``author``, ``categories``/``category``, ``lang`` (the entry's xml:lang) and
    ``extra`` (raw XML pasted into the entry).
    """
    lang = f" xml:lang={quoteattr(language)}" if language else ""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{lang}>',
        _element("title", title),
        f'<link rel="alternate" href={quoteattr(link)}/>',
        _element("id", feed_id),
        _element("updated", _atom_date(updated)),
    ]
    for item in items:
        entry_lang = f" xml:lang={quoteattr(item['lang'])}" if item.get("lang") else ""
        parts.append(f"<entry{entry_lang}>")
        parts.append(_element("id", item.get("id", item.get("guid"))))
        parts.append(_element("title", item.get("title")))
        if item.get("link") is not None:
            parts.append(f'<link rel="alternate" href={quoteattr(str(item["link"]))}/>')
        summary = item.get("summary", item.get("description"))
        if summary is not None:
            parts.append(f'<summary type="html">{_text(summary)}</summary>')
        if item.get("content") is not None:
            parts.append(f'<content type="html">{_text(item["content"])}</content>')
        parts.append(_element("updated", _atom_date(item.get("updated", item.get("pubDate")))))
        parts.append(_element("published", _atom_date(item.get("published"))))
        if item.get("author") is not None:
            parts.append(f"<author><name>{_text(item['author'])}</name></author>")
        parts.extend(f"<category term={quoteattr(c)}/>" for c in _categories(item))
        parts.append(str(item.get("extra", "")))
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(p for p in parts if p).encode("utf-8")
