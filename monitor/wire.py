"""HTTP/1.1 on asyncio streams: the request path `fetch` uses for every server that does not
speak HTTP/2.

Why not httpx's client for these: a conditional GET answered by a 304 cost about 0.55 ms
of CPU through `httpx.AsyncClient` and 0.4 ms through httpcore's pool alone (anyio, its
locks and timeouts per read and write); the same request on asyncio streams with h11
costs about 0.15 ms (2,000 loopback requests, 2026-12-06). A daemon polling thousands of
feeds spends most of an unchanged poll there.

What it keeps: keep-alive connections per origin (at most `keep` idle ones, closed after
`KEEPALIVE` seconds), a connect timeout and a timeout on every read and write,
gzip/deflate/brotli/zstd, TLS with the shared context. Every connection it opens goes to
an address `netguard` allows for the current hop (resolved, checked, then connected to
that address; TLS still verifies the name), and an idle connection is reused only by a
hop that may reach its address. A TLS server that picks HTTP/2 (ALPN) raises
`Http2Offered`: the caller sends that origin's requests through httpcore, which speaks it.

Errors are httpx's exception classes (ConnectError, ReadTimeout, RemoteProtocolError,
DecodingError...) chained to their cause, so `fetch` describes both paths alike.
"""

from __future__ import annotations

import asyncio
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import h11
import httpx

from monitor.netguard import Guard

KEEPALIVE = 5.0  # seconds an idle connection is kept (servers close theirs after 5 to 15)
_READ = 64 * 1024

Origin = tuple[str, str, int]  # scheme, host, port


class Http2Offered(Exception):
    """The TLS server chose HTTP/2: send this origin's requests through a client that speaks it."""


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    address: str
    state: h11.Connection = field(default_factory=lambda: h11.Connection(h11.CLIENT))
    idle_since: float = 0.0
    answered: bool = False  # the server sent a byte of the current response

    def close(self) -> None:
        self.writer.close()

    def usable(self, now: float) -> bool:
        return (
            now - self.idle_since < KEEPALIVE
            and not self.reader.at_eof()
            and not self.writer.is_closing()
            and not self.reader._buffer  # type: ignore[attr-defined]  # bytes nobody asked for
        )


class Reply:
    """A response whose headers are read; its body is read through `decoded()` or `raw()`."""

    def __init__(
        self,
        pool: Connections,
        origin: Origin,
        connection: _Connection,
        head: h11.Response,
        read_timeout: float,
    ) -> None:
        self.status = head.status_code
        self.reason = head.reason.decode("latin-1", "replace")
        headers: dict[str, str] = {}
        for name, value in head.headers:
            key, text = name.decode("latin-1"), value.decode("latin-1")
            headers[key] = f"{headers[key]}, {text}" if key in headers else text
        self.headers = headers
        self._pool, self._origin, self._connection = pool, origin, connection
        self._read_timeout = read_timeout
        self.is_stream_consumed = False

    async def raw(self) -> AsyncIterator[bytes]:
        """The body as sent (still compressed)."""
        if self.is_stream_consumed:
            return
        self.is_stream_consumed = True
        connection = self._connection
        while True:
            event = await _next_event(connection, self._read_timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self._done()
                return
            else:
                raise httpx.RemoteProtocolError(f"unexpected {type(event).__name__} in a response body")

    async def decoded(self) -> AsyncIterator[bytes]:
        """The body with its Content-Encoding undone."""
        decoder = _Decoder(self.headers.get("content-encoding", ""))
        async for chunk in self.raw():
            data = decoder.decode(chunk)
            if data:
                yield data
        rest = decoder.flush()
        if rest:
            yield rest

    def _done(self) -> None:
        """The whole response is read: the connection goes back for the next request, or closes."""
        connection, self._connection = self._connection, None  # type: ignore[assignment]
        state = connection.state
        if state.our_state is h11.DONE and state.their_state is h11.DONE:
            state.start_next_cycle()
            connection.answered = False
            self._pool.release(self._origin, connection)
        else:
            connection.close()

    async def aclose(self) -> None:
        if self._connection is not None:  # a body left unread: the connection cannot be reused
            self._connection.close()
            self._connection = None  # type: ignore[assignment]


class Connections:
    """Idle keep-alive connections by origin, and the requests sent over them."""

    def __init__(
        self,
        guard: Guard,
        ssl_context: Callable[[], ssl.SSLContext],
        *,
        connect_timeout: float,
        read_timeout: float,
        keep: int = 2,
    ) -> None:
        self.guard = guard
        self.ssl_context = ssl_context
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.keep = max(keep, 1)
        self.idle: dict[Origin, list[_Connection]] = {}
        self.swept = time.monotonic()

    async def request(self, origin: Origin, target: str, headers: list[tuple[str, str]]) -> Reply:
        """Send a GET and read the response's head. Raises httpx exceptions, or Http2Offered."""
        scheme, host, port = origin
        default = 443 if scheme == "https" else 80
        host_header = _host_header(host, port, default)
        fields = [(b"Host", host_header.encode("ascii"))]  # fetch gives IDNs in their xn-- form
        fields += [(name.encode("ascii"), value.encode("latin-1", "replace")) for name, value in headers]
        request = h11.Request(method="GET", target=target.encode("ascii"), headers=fields)
        if time.monotonic() - self.swept > KEEPALIVE:
            self._sweep()
        connection = self._reuse(origin)
        if connection is not None:
            try:
                return await self._exchange(origin, connection, request)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                if not getattr(exc, "before_response", False):
                    raise
                # the server closed the idle connection as we sent: once more on a new one
        connection = await self._connect(scheme, host, port)
        return await self._exchange(origin, connection, request)

    def release(self, origin: Origin, connection: _Connection) -> None:
        free = self.idle.setdefault(origin, [])
        if len(free) >= self.keep:
            connection.close()
            return
        connection.idle_since = time.monotonic()
        free.append(connection)

    def _reuse(self, origin: Origin) -> _Connection | None:
        free = self.idle.get(origin)
        now = time.monotonic()
        while free:
            connection = free.pop()
            if connection.usable(now) and self.guard.allowed([connection.address]):
                return connection
            connection.close()
        return None

    def _sweep(self) -> None:
        """Close the connections idle for longer than KEEPALIVE (of origins nobody asks any more)."""
        now = self.swept = time.monotonic()
        for origin in list(self.idle):
            kept = []
            for connection in self.idle[origin]:
                if connection.usable(now):
                    kept.append(connection)
                else:
                    connection.close()
            if kept:
                self.idle[origin] = kept
            else:
                del self.idle[origin]

    async def _connect(self, scheme: str, host: str, port: int) -> _Connection:
        addresses = self.guard.allowed(await self.guard.addresses(host, port))
        if not addresses:
            raise httpx.ConnectError(f"{host} resolves to no address this fetch may connect to")
        tls = self.ssl_context() if scheme == "https" else None
        error: Exception | None = None
        for address in addresses:
            try:
                async with asyncio.timeout(self.connect_timeout):
                    reader, writer = await asyncio.open_connection(
                        address, port, ssl=tls, server_hostname=host if tls else None, limit=_READ
                    )
            except TimeoutError as exc:
                error = httpx.ConnectTimeout(f"connecting to {host} timed out")
                error.__cause__ = exc
                continue
            except (OSError, ssl.SSLError) as exc:
                error = httpx.ConnectError(str(exc) or type(exc).__name__)
                error.__cause__ = exc
                continue
            if tls is not None:
                chosen = writer.get_extra_info("ssl_object").selected_alpn_protocol()
                if chosen == "h2":
                    writer.close()
                    raise Http2Offered(host)
            return _Connection(reader, writer, address)
        assert error is not None
        raise error

    async def _exchange(self, origin: Origin, connection: _Connection, request: h11.Request) -> Reply:
        state = connection.state
        try:
            data = state.send(request) + (state.send(h11.EndOfMessage()) or b"")
            connection.writer.write(data)
            try:
                async with asyncio.timeout(self.read_timeout):
                    await connection.writer.drain()
            except TimeoutError as exc:
                raise httpx.WriteTimeout("writing the request timed out") from exc
            except OSError as exc:
                raise _before_response(httpx.WriteError(str(exc) or type(exc).__name__)) from exc
            while True:
                event = await _next_event(connection, self.read_timeout, first=True)
                if isinstance(event, h11.Response):
                    return Reply(self, origin, connection, event, self.read_timeout)
                if not isinstance(event, h11.InformationalResponse):
                    raise httpx.RemoteProtocolError(f"unexpected {type(event).__name__} before a response")
        except BaseException:
            connection.close()
            raise

    async def aclose(self) -> None:
        idle, self.idle = self.idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()
        if idle:
            await asyncio.sleep(0)  # the transports finish closing before the loop may end


async def _next_event(connection: _Connection, read_timeout: float, *, first: bool = False) -> Any:
    """The next h11 event of the response, reading from the socket as needed."""
    state = connection.state
    while True:
        try:
            event = state.next_event()
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc)) from exc
        if event is not h11.NEED_DATA:
            return event
        try:
            async with asyncio.timeout(read_timeout):
                data = await connection.reader.read(_READ)
        except TimeoutError as exc:
            raise httpx.ReadTimeout("reading the response timed out") from exc
        except OSError as exc:
            failed = httpx.ReadError(str(exc) or type(exc).__name__)
            raise (_before_response(failed) if first and not connection.answered else failed) from exc
        if not data and first and not connection.answered:
            closed = httpx.RemoteProtocolError("Server disconnected without sending a response.")
            raise _before_response(closed)
        if data:
            connection.answered = True
        state.receive_data(data)


def _before_response(exc: httpx.HTTPError) -> httpx.HTTPError:
    exc.before_response = True  # type: ignore[attr-defined]
    return exc


def _host_header(host: str, port: int, default: int) -> str:
    name = f"[{host}]" if ":" in host else host
    return name if port == default else f"{name}:{port}"


class _Decoder:
    """Undoes a Content-Encoding (gzip, deflate, br, zstd; several in turn; unknown ones left alone)."""

    def __init__(self, header: str) -> None:
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        self.steps = [step for c in reversed(codings) if (step := _step(c)) is not None]

    def decode(self, data: bytes) -> bytes:
        try:
            for step in self.steps:
                data = step.decode(data)
        except Exception as exc:
            raise httpx.DecodingError(str(exc) or type(exc).__name__) from exc
        return data

    def flush(self) -> bytes:
        data = b""
        try:
            for step in self.steps:
                data = step.decode(data) + step.flush() if data else step.flush()
        except Exception as exc:
            raise httpx.DecodingError(str(exc) or type(exc).__name__) from exc
        return data


class _Zlib:
    def __init__(self, wbits: int, fallback: int | None = None) -> None:
        self.inner = zlib.decompressobj(wbits)
        self.fallback = fallback
        self.started = False

    def decode(self, data: bytes) -> bytes:
        try:
            out = self.inner.decompress(data)
        except zlib.error:
            if self.fallback is None or self.started:
                raise
            self.inner = zlib.decompressobj(self.fallback)  # "deflate" sent raw, without its zlib header
            self.fallback = None
            out = self.inner.decompress(data)
        self.started = self.started or bool(data)
        return out

    def flush(self) -> bytes:
        return self.inner.flush()


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self.inner = brotli.Decompressor()

    def decode(self, data: bytes) -> bytes:
        return self.inner.process(data) if data else b""  # type: ignore[no-any-return]

    def flush(self) -> bytes:
        return b""


class _Zstd:
    def __init__(self) -> None:
        import zstandard

        self.factory = zstandard.ZstdDecompressor()
        self.inner = self.factory.decompressobj()

    def decode(self, data: bytes) -> bytes:
        out = []
        while data:
            out.append(self.inner.decompress(data))
            data = self.inner.unused_data if self.inner.eof else b""
            if data:
                self.inner = self.factory.decompressobj()  # the next frame
        return b"".join(out)

    def flush(self) -> bytes:
        return b""


def _step(coding: str) -> _Zlib | _Brotli | _Zstd | None:
    if coding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Zlib(zlib.MAX_WBITS, fallback=-zlib.MAX_WBITS)
    if coding == "br":
        return _Brotli()
    if coding == "zstd":
        return _Zstd()
    return None


@cache
def accept_encoding() -> str:
    """What `_Decoder` can undo, for the Accept-Encoding header."""
    from importlib.util import find_spec  # not imported: a body in br or zstd is rare

    codings = ["gzip", "deflate"]
    codings += [coding for module, coding in (("brotli", "br"), ("zstandard", "zstd")) if find_spec(module)]
    return ", ".join(codings)
