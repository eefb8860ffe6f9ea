"""The HTTP/1.1 path of fetching (`monitor.wire`) against a real keep-alive server on loopback."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable

import brotli
import pytest
import zstandard

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import FetchResult, FetchState

BODY = b"<rss><channel><title>t</title></channel></rss>" * 20

Answer = Callable[[int], bytes]  # request number on the connection -> raw response


def _response(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def _serve(
    answer: Answer, urls: int, *, close_after: int | None = None
) -> tuple[list[FetchResult], list[int], list[bytes]]:
    """Serve `answer` on 127.0.0.1, fetch `urls` times in turn; the results, the number of requests each
    connection carried, the request heads."""
    carried: list[int] = []
    heads: list[bytes] = []
    handlers: list[asyncio.Task[None]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.append(asyncio.current_task())  # type: ignore[arg-type]
        carried.append(0)
        mine = len(carried) - 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                heads.append(head)
                carried[mine] += 1
                writer.write(answer(len(heads)))
                await writer.drain()
                if close_after is not None and carried[mine] >= close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = []
    async with Fetcher(FetchLimits(timeout=5)) as fetcher:
        for n in range(urls):
            results.append(await fetcher.fetch(FetchState(f"http://127.0.0.1:{port}/feed/{n}")))
            await asyncio.sleep(0.05)  # lets a server that hangs up do so before the next request
    await asyncio.gather(*handlers)  # each ends when the client has closed its connection
    server.close()
    await server.wait_closed()
    return results, carried, heads


def run(
    coro: Awaitable[tuple[list[FetchResult], list[int], list[bytes]]],
) -> tuple[list[FetchResult], list[int], list[bytes]]:
    return asyncio.run(coro)  # type: ignore[arg-type]


def test_requests_to_one_origin_share_a_keep_alive_connection() -> None:
    results, carried, heads = run(_serve(lambda n: _response(BODY, 'ETag: "1"'), 3))

    assert [r.body for r in results] == [BODY] * 3
    assert carried == [3]
    assert b"Host: 127.0.0.1:" in heads[0] and b"Accept-Encoding: gzip, deflate, br, zstd" in heads[0]


def test_a_connection_the_server_closed_while_idle_is_replaced() -> None:
    results, carried, _ = run(_serve(lambda n: _response(BODY), 3, close_after=1))

    assert [(r.error, r.body) for r in results] == [(None, BODY)] * 3
    assert carried == [1, 1, 1]


@pytest.mark.parametrize(
    ("coding", "packed"),
    [
        ("gzip", lambda b: zlib.compress(b, wbits=31)),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b, wbits=-15)),  # raw deflate, as some servers send it
        ("br", brotli.compress),
        ("zstd", lambda b: zstandard.ZstdCompressor().compress(b)),
    ],
)
def test_compressed_bodies_are_decoded(coding: str, packed: Callable[[bytes], bytes]) -> None:
    body = packed(BODY)
    results, _, _ = run(_serve(lambda n: _response(body, f"Content-Encoding: {coding}"), 1))

    assert (results[0].error, results[0].body) == (None, BODY)


def test_a_chunked_body_is_read_whole() -> None:
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(BODY[i : i + 100]), BODY[i : i + 100]) for i in range(0, len(BODY), 100)
    )
    raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked + b"0\r\n\r\n"
    results, carried, _ = run(_serve(lambda n: raw, 2))

    assert [r.body for r in results] == [BODY, BODY]
    assert carried == [2]


def test_a_server_that_hangs_up_without_answering_is_an_error() -> None:
    results, _, _ = run(_serve(lambda n: b"", 1, close_after=1))

    assert results[0].error is not None
    assert "broke the HTTP protocol: Server disconnected without sending a response." in results[0].error


def test_validators_go_back_byte_for_byte() -> None:
    etag = '"caf\xe9"'  # a byte above 127, as the server sent it (latin-1 is how headers are read)

    async def run() -> tuple[FetchResult, list[bytes]]:
        heads: list[bytes] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            heads.append(await reader.readuntil(b"\r\n\r\n"))
            writer.write(b"HTTP/1.1 304 Not Modified\r\nETag: " + etag.encode("latin-1") + b"\r\n\r\n")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with Fetcher(FetchLimits(timeout=5)) as fetcher:
            result = await fetcher.fetch(FetchState(f"http://127.0.0.1:{port}/f", etag=etag))
        server.close()
        await server.wait_closed()
        return result, heads

    result, heads = asyncio.run(run())
    assert (result.error, result.not_modified, result.etag) == (None, True, etag)
    assert b'If-None-Match: "caf\xe9"' in heads[0]


def _tls_fetches(trust: bool) -> tuple[list[FetchResult], list[str]]:
    """Two fetches from an HTTP/1.1-only TLS server (a test CA); ALPN as the server saw it."""
    import ssl

    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    server_context.set_alpn_protocols(["http/1.1"])
    client_context = ssl.create_default_context()
    if trust:
        ca.configure_trust(client_context)
    chosen: list[str] = []

    async def run() -> list[FetchResult]:
        handlers: list[asyncio.Task[None]] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            handlers.append(asyncio.current_task())  # type: ignore[arg-type]
            chosen.append(str(writer.get_extra_info("ssl_object").selected_alpn_protocol()))
            try:
                while True:
                    await reader.readuntil(b"\r\n\r\n")
                    writer.write(_response(BODY))
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
                pass
            finally:
                writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_context)
        port = server.sockets[0].getsockname()[1]
        async with Fetcher(FetchLimits(timeout=5), ssl_context=client_context) as fetcher:
            results = [await fetcher.fetch(FetchState(f"https://127.0.0.1:{port}/f")) for _ in range(2)]
        await asyncio.gather(*handlers, return_exceptions=True)
        server.close()
        await server.wait_closed()
        return results

    return asyncio.run(run()), chosen


def test_an_http1_tls_server_is_fetched_over_one_kept_connection() -> None:
    results, chosen = _tls_fetches(trust=True)

    assert [(r.error, r.body) for r in results] == [(None, BODY)] * 2
    assert chosen == ["http/1.1"]  # one TLS connection, offered h2 and http/1.1, chose http/1.1


def test_an_untrusted_certificate_is_an_error_that_says_so() -> None:
    results, _ = _tls_fetches(trust=False)

    assert results[0].error is not None and "TLS certificate of 127.0.0.1:" in results[0].error
    assert results[0].body is None
