"""HTTP/2 where the server offers it: a real TLS server on 127.0.0.1 (hypercorn, a test CA from trustme)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import FetchState
from tests.feedserver import rss

hypercorn = pytest.importorskip("hypercorn")
trustme = pytest.importorskip("trustme")

BODY = rss([{"guid": "1", "title": "Over HTTP/2"}])


class H2Server:
    """An ASGI app served by hypercorn over TLS with ALPN h2, in a thread of its own."""

    def __init__(self) -> None:
        self.versions: list[str] = []
        self.ca = trustme.CA()
        self.port = 0
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.versions.append(scope["http_version"])
        headers = [(b"content-type", b"application/rss+xml"), (b"etag", b'"v1"')]
        if dict(scope["headers"]).get(b"if-none-match") == b'"v1"':
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": BODY})

    def _run(self) -> None:
        from hypercorn.asyncio import serve
        from hypercorn.config import Config

        cert = self.ca.issue_cert("127.0.0.1")
        config = Config()
        config.bind = [f"127.0.0.1:{self.port}"]
        config.alpn_protocols = ["h2", "http/1.1"]
        with cert.cert_chain_pems[0].tempfile() as chain, cert.private_key_pem.tempfile() as key:
            config.certfile, config.keyfile = chain, key
            loop = self._loop = asyncio.new_event_loop()
            self._stop = asyncio.Event()
            try:
                loop.run_until_complete(serve(self.app, config, shutdown_trigger=self._stop.wait))  # type: ignore[arg-type]
            finally:
                loop.close()

    def __enter__(self) -> H2Server:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._thread.start()
        deadline = time.monotonic() + 10
        while True:  # until the server accepts connections (it binds inside serve())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline or not self._thread.is_alive():
                    raise AssertionError("the HTTP/2 server did not start") from None
                time.sleep(0.02)

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture
def h2() -> Iterator[H2Server]:
    with H2Server() as server:
        yield server


def test_a_server_offering_http2_is_fetched_over_http2_on_one_connection(h2: H2Server) -> None:
    context = ssl.create_default_context()
    h2.ca.configure_trust(context)
    url = f"https://127.0.0.1:{h2.port}/feed.xml"

    async def run() -> list[Any]:
        async with Fetcher(FetchLimits(timeout=10), ssl_context=context) as fetcher:
            first = await fetcher.fetch(FetchState(url))
            second = await fetcher.fetch(FetchState(url, etag=first.etag))
            pools = list(fetcher.transport.pools.values())
            connections = [c for pool in pools for c in pool._pool.connections]
            return [first, second, connections]

    first, second, connections = asyncio.run(run())
    assert (first.status, first.body) == (200, BODY)
    assert second.not_modified
    assert h2.versions == ["2", "2"]
    assert len(connections) == 1  # both requests went over the one HTTP/2 connection
