"""Fetcher.fetch against a real HTTP server on 127.0.0.1: every outcome is data, never an exception."""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import Iterator

import pytest

from monitor.fetch import Fetcher, FetchLimits
from monitor.models import FetchResult, FetchState
from monitor.parse import parse_feed
from tests.feedserver import FeedServer, rss

DOC = rss([{"guid": "a-1", "title": "Hello", "link": "http://example.com/a-1"}])
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def limits() -> FetchLimits:
    return FetchLimits(timeout=5.0)


def fetch(state: FetchState, limits: FetchLimits | None = None, resolver: object = None) -> FetchResult:
    """One fetch with a fresh Fetcher, as `monitor poll` does it (`resolver`: DNS for test names)."""

    async def run() -> FetchResult:
        async with Fetcher(limits or FetchLimits(timeout=5.0), resolver=resolver) as fetcher:
            return await fetcher.fetch(state)

    return asyncio.run(run())


def test_200_returns_body_and_stores_validators(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC, etag=ETAG, last_modified=LAST_MODIFIED)

    result = fetch(FetchState(server.url("/feed.xml")), limits)

    assert result.ok
    assert (result.status, result.body, result.error) == (200, DOC, None)
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)
    assert result.url == server.url("/feed.xml")
    assert result.new_url is None
    assert not result.not_modified
    assert result.headers["content-type"].startswith("application/rss+xml")
    request = server.requests_for("/feed.xml")[0]
    assert request.headers["user-agent"] == limits.user_agent
    assert "if-none-match" not in request.headers
    assert "if-modified-since" not in request.headers


def test_second_fetch_is_conditional_and_gets_304(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC, etag=ETAG, last_modified=LAST_MODIFIED)
    first = fetch(FetchState(server.url("/feed.xml")), limits)

    state = FetchState(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    second = fetch(state, limits)

    assert second.not_modified
    assert second.ok
    assert second.status == 304
    assert second.body is None
    assert (second.etag, second.last_modified) == (ETAG, LAST_MODIFIED)
    sent = server.requests_for("/feed.xml")[-1].headers
    assert sent["if-none-match"] == ETAG
    assert sent["if-modified-since"] == LAST_MODIFIED


def test_304_by_last_modified_alone(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC, last_modified=LAST_MODIFIED)

    result = fetch(FetchState(server.url("/feed.xml"), last_modified=LAST_MODIFIED), limits)

    assert result.not_modified
    assert result.last_modified == LAST_MODIFIED
    assert result.etag is None


def test_304_keeps_validators_the_server_did_not_repeat(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC, etag=ETAG)  # answers 304 without Last-Modified
    state = FetchState(server.url("/feed.xml"), etag=ETAG, last_modified=LAST_MODIFIED)

    result = fetch(state, limits)

    assert result.not_modified
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)


def test_changed_feed_returns_new_body_and_new_etag(server: FeedServer, limits: FetchLimits) -> None:
    new_doc = rss([{"guid": "a-2", "title": "Second"}])
    server.route("/feed.xml", body=new_doc, etag='"v2"')

    result = fetch(FetchState(server.url("/feed.xml"), etag=ETAG), limits)

    assert not result.not_modified
    assert (result.status, result.body, result.etag) == (200, new_doc, '"v2"')
    assert result.last_modified is None  # the server no longer sends one: forget it


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_reports_new_url(server: FeedServer, limits: FetchLimits, status: int) -> None:
    server.route("/feed.xml", body=DOC, etag=ETAG)
    server.route("/old", status=status, location="/feed.xml")  # relative Location

    result = fetch(FetchState(server.url("/old")), limits)

    assert result.ok
    assert result.new_url == server.url("/feed.xml")
    assert result.url == server.url("/feed.xml")
    assert (result.status, result.body, result.etag) == (200, DOC, ETAG)


@pytest.mark.parametrize("status", [302, 303, 307])
def test_temporary_redirect_fetches_content_without_new_url(
    server: FeedServer, limits: FetchLimits, status: int
) -> None:
    server.route("/feed.xml", body=DOC)
    server.route("/today", status=status, location=server.url("/feed.xml"))

    result = fetch(FetchState(server.url("/today")), limits)

    assert (result.status, result.body) == (200, DOC)
    assert result.new_url is None


def test_temporary_redirect_stops_new_url_updates(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC)
    server.route("/a", status=301, location="/b")
    server.route("/b", status=302, location="/c")
    server.route("/c", status=301, location="/feed.xml")

    result = fetch(FetchState(server.url("/a")), limits)

    assert result.body == DOC
    assert result.new_url == server.url("/b")


def test_temporary_then_permanent_redirect_has_no_new_url(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC)
    server.route("/a", status=307, location="/b")
    server.route("/b", status=301, location="/feed.xml")

    result = fetch(FetchState(server.url("/a")), limits)

    assert result.body == DOC
    assert result.new_url is None


def test_permanent_redirect_to_a_broken_url_is_not_adopted(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/old", status=301, location="/missing")

    result = fetch(FetchState(server.url("/old")), limits)

    assert result.status == 404
    assert result.error is not None and "HTTP 404 Not Found" in result.error
    assert result.new_url is None


def test_redirect_loop_is_an_error(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/a", status=301, location="/b")
    server.route("/b", status=302, location="/a")

    result = fetch(FetchState(server.url("/a")), limits)

    assert not result.ok
    assert result.error is not None and result.error.startswith("redirect loop: ")
    assert server.url("/b") in result.error
    assert len(server.requests) == 2


def test_too_many_redirects_is_an_error(server: FeedServer) -> None:
    limits = FetchLimits(timeout=5.0, max_redirects=2)
    server.route("/feed.xml", body=DOC)
    server.route("/r1", status=302, location="/r2")
    server.route("/r2", status=302, location="/r3")
    server.route("/r3", status=302, location="/feed.xml")

    result = fetch(FetchState(server.url("/r1")), limits)

    assert result.error == "too many redirects (more than 2)"
    assert result.body is None
    assert not server.requests_for("/feed.xml")


def test_redirect_to_a_local_file_is_refused(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/evil", status=301, location="file:///etc/passwd")

    result = fetch(FetchState(server.url("/evil")), limits)

    assert result.error is not None
    assert "unsupported URL scheme 'file:'" in result.error
    assert result.body is None
    assert result.new_url is None


def test_410_marks_the_feed_gone(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/gone", status=410)

    result = fetch(FetchState(server.url("/gone"), etag=ETAG), limits)

    assert result.gone
    assert not result.ok
    assert result.status == 410
    assert result.error == ("HTTP 410 Gone: the feed was removed; it is disabled until you change its URL")
    assert result.etag == ETAG


def test_500_is_an_error_that_keeps_the_validators(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/broken", status=500, body=b"oops")
    state = FetchState(server.url("/broken"), etag=ETAG, last_modified=LAST_MODIFIED)

    result = fetch(state, limits)

    assert result.error == "HTTP 500 Internal Server Error"
    assert result.status == 500
    assert result.body is None
    assert not result.gone
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)


def test_429_error_says_when_to_retry(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/busy", status=429, headers={"Retry-After": "120"})

    result = fetch(FetchState(server.url("/busy")), limits)

    assert result.error == (
        "HTTP 429 Too Many Requests: the server asks us to poll less often; retry after 120"
    )
    assert result.headers["retry-after"] == "120"


def test_timeout_is_an_error_not_an_exception(server: FeedServer) -> None:
    server.route("/slow", delay=2.0, body=DOC)

    result = fetch(FetchState(server.url("/slow")), FetchLimits(timeout=0.5))

    assert result.status == 0
    assert result.body is None
    assert result.error is not None
    assert result.error.startswith("timed out after 0.5s")


def test_a_trickling_server_hits_the_total_time_limit(server: FeedServer) -> None:
    # Each 64-byte chunk comes well within the read timeout, but the whole body would take 3 s.
    server.route("/drip", trickle=0.1, body=b"x" * 64 * 30)

    result = fetch(FetchState(server.url("/drip")), FetchLimits(timeout=0.5))

    assert result.error == f"timed out after 0.5s reading the feed from 127.0.0.1:{server.port}"
    assert result.body is None and result.status == 200


def test_headers_dripped_a_byte_at_a_time_hit_the_deadline(server: FeedServer) -> None:
    # `200 OK`, then one header byte every 0.1 s: every read gets data long before the
    # read timeout, so only a deadline over the whole fetch can end it (10,000 bytes: 17 min).
    server.route("/hdrip", header_drip=0.1)

    result = fetch(FetchState(server.url("/hdrip")), FetchLimits(timeout=1.0))

    assert result.error == f"timed out after 1s waiting for the response headers from 127.0.0.1:{server.port}"
    assert result.body is None


def test_body_over_the_cap_is_refused(server: FeedServer) -> None:
    server.route("/big", body=b"x" * 5000)

    result = fetch(FetchState(server.url("/big")), FetchLimits(max_bytes=1000))

    assert result.error == "body larger than 1000 bytes limit"
    assert result.body is None


def test_declared_content_length_over_the_cap_is_refused_before_reading(
    server: FeedServer, limits: FetchLimits
) -> None:
    # The server claims 50 MB but sends a few bytes: reading would fail differently.
    server.route("/huge", body=DOC, headers={"Content-Length": str(50 * 1024 * 1024)})

    result = fetch(FetchState(server.url("/huge")), limits)

    assert result.error == "body larger than 10 MB limit"
    assert result.status == 200


def test_decompressed_size_is_capped(server: FeedServer) -> None:
    # 1 MB of zeros gzips to about 1 KB: a small download that inflates past the cap.
    server.route("/bomb", body=b"\0" * 1024 * 1024, gzip=True)

    result = fetch(FetchState(server.url("/bomb")), FetchLimits(max_bytes=64 * 1024))

    assert result.error == "body larger than 64 KB limit"
    assert result.body is None


def test_gzip_response_is_decoded(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/feed.xml", body=DOC, gzip=True)

    result = fetch(FetchState(server.url("/feed.xml")), limits)

    assert result.body == DOC
    assert result.headers["content-encoding"] == "gzip"
    assert "gzip" in server.requests[0].headers["accept-encoding"]


def test_garbage_body_fetches_but_does_not_parse(server: FeedServer, limits: FetchLimits) -> None:
    page = b"<html><head><title>Shop</title></head><body><p>Buy now</p></body></html>"
    server.route("/page", body=page, content_type="text/html")

    result = fetch(FetchState(server.url("/page")), limits)
    parsed = parse_feed(result.body or b"", "shop", base_url=result.url)

    assert result.ok
    assert parsed.articles == ()
    assert parsed.error is not None and parsed.error.startswith("not an RSS or Atom feed: ")


def test_fetched_feed_parses_with_its_final_url_as_base(server: FeedServer, limits: FetchLimits) -> None:
    server.route("/news/feed.xml", body=rss([{"guid": "1", "link": "story.html"}]))
    server.route("/feed", status=301, location="/news/feed.xml")

    result = fetch(FetchState(server.url("/feed")), limits)
    parsed = parse_feed(result.body or b"", "news", base_url=result.url)

    assert parsed.articles[0].link == server.url("/news/story.html")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "unsupported URL scheme 'file:'"),
        ("ftp://example.com/feed.xml", "unsupported URL scheme 'ftp:'"),
        ("example.com/feed.xml", "is not an absolute URL"),
        ("http:///feed.xml", "has no host name"),
    ],
)
def test_only_http_urls_are_fetched(server: FeedServer, limits: FetchLimits, url: str, message: str) -> None:
    result = fetch(FetchState(url), limits)

    assert result.status == 0
    assert result.error is not None and message in result.error
    assert result.body is None


def test_connection_refused_is_reported(limits: FetchLimits) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    result = fetch(FetchState(f"http://127.0.0.1:{port}/feed.xml"), limits)

    assert result.status == 0
    assert result.error is not None
    assert result.error.startswith(f"connection refused by 127.0.0.1:{port}")


# Redirects into internal networks ------------------------------------------------------

METADATA = "http://169.254.169.254/latest/meta-data/"


def test_a_redirect_to_the_metadata_address_is_refused(server: FeedServer) -> None:
    server.route("/feed.xml", status=302, location=METADATA)

    result = fetch(FetchState(server.url("/feed.xml")))

    assert result.body is None and result.status == 302
    assert result.error is not None
    assert result.error.startswith(f"redirected to {METADATA}, refused to connect to 169.254.169.254: ")
    assert "a link-local address" in result.error and "fetch.allow_networks" in result.error


@pytest.fixture
def intranet() -> Iterator[FeedServer]:
    """A second site, on another loopback address."""
    with FeedServer(host="127.0.0.2") as srv:
        yield srv


def test_a_public_server_cannot_redirect_into_an_internal_network(
    server: FeedServer, intranet: FeedServer
) -> None:
    # 127.0.0.1 counts as public here (allowed), so it stands for a server on the Internet.
    intranet.route("/secret", body=DOC)
    server.route("/feed.xml", status=302, location=intranet.url("/secret"))
    limits = FetchLimits(timeout=5.0, allow_networks=("127.0.0.1/32",))

    result = fetch(FetchState(server.url("/feed.xml")), limits)

    assert result.body is None
    assert result.error is not None and "127.0.0.2: it is a loopback address" in result.error
    assert "a redirect from a public server may not lead there" in result.error
    assert intranet.requests == []


def test_an_internal_feed_may_redirect_within_internal_networks(
    server: FeedServer, intranet: FeedServer
) -> None:
    intranet.route("/feed.xml", body=DOC)
    server.route("/old.xml", status=302, location=intranet.url("/feed.xml"))

    result = fetch(FetchState(server.url("/old.xml")))

    assert result.ok and result.body == DOC
    assert len(intranet.requests) == 1


def test_a_name_is_judged_by_the_address_it_resolves_to(server: FeedServer, intranet: FeedServer) -> None:
    names = {"news.test": "127.0.0.1", "intranet.test": "127.0.0.2"}

    async def resolver(host: str, port: int) -> list[str]:
        return [names[host]]

    intranet.route("/secret", body=DOC)
    server.route("/feed.xml", status=302, location=f"http://intranet.test:{intranet.port}/secret")
    limits = FetchLimits(timeout=5.0, allow_networks=("127.0.0.1/32",))

    result = fetch(FetchState(f"http://news.test:{server.port}/feed.xml"), limits, resolver)

    assert result.error is not None and "intranet.test (127.0.0.2): it is a loopback address" in result.error
    assert intranet.requests == []


def test_a_name_that_changes_its_answer_before_connecting_is_refused(
    server: FeedServer, intranet: FeedServer
) -> None:
    # DNS rebinding: the check sees an allowed address, the connection would get an internal one.
    answers = iter(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.2"])

    async def resolver(host: str, port: int) -> list[str]:
        return [next(answers)]

    intranet.route("/feed.xml", body=DOC)
    server.route("/feed.xml", status=302, location=f"http://rebind.test:{intranet.port}/feed.xml")
    limits = FetchLimits(timeout=5.0, allow_networks=("127.0.0.1/32",))

    result = fetch(FetchState(f"http://news.test:{server.port}/feed.xml"), limits, resolver)

    assert result.body is None
    assert result.error is not None and "resolves to no address this fetch may connect to" in result.error
    assert intranet.requests == []


# Credentials in the feed URL ------------------------------------------------------------


def test_credentials_go_to_the_configured_origin_only(server: FeedServer, intranet: FeedServer) -> None:
    server.route("/private.xml", status=302, location=intranet.url("/feed.xml"))
    server.route("/feed.xml", body=DOC)
    intranet.route("/feed.xml", body=DOC)
    url = f"http://alice:s3cret-pw@127.0.0.1:{server.port}"

    direct = fetch(FetchState(url + "/feed.xml"))
    moved = fetch(FetchState(url + "/private.xml"))

    assert direct.ok and moved.ok
    expected = "Basic " + base64.b64encode(b"alice:s3cret-pw").decode()
    assert server.requests_for("/feed.xml")[0].headers["authorization"] == expected
    assert server.requests_for("/private.xml")[0].headers["authorization"] == expected
    assert "authorization" not in intranet.requests[0].headers
    assert "s3cret" not in direct.url + moved.url and "alice" not in direct.url


def test_a_name_that_does_not_resolve_says_so() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    result = fetch(FetchState("http://nonexistent.invalid/feed.xml"), resolver=resolver)

    assert result.error == (
        "could not resolve the host name 'nonexistent.invalid': check the network (DNS) and the URL"
    )


def test_ipv6_loopback_is_internal_like_127_0_0_1() -> None:
    from monitor.netguard import Kind, Policy

    assert Policy().kind("::1") is Kind.INTERNAL and Policy().kind("127.0.0.3") is Kind.INTERNAL
    assert Policy().kind("169.254.169.254") is Kind.FORBIDDEN and Policy().kind("fe80::1") is Kind.FORBIDDEN


def test_feeds_waiting_for_a_busy_site_hold_no_global_slot() -> None:
    """A request waits for its site's slot before it takes one of the global ones: feeds queued
    behind a slow site never keep another site's feed waiting."""
    limits = FetchLimits(timeout=10, max_in_flight=2, per_site=1)
    with FeedServer("127.0.0.2") as slow, FeedServer("127.0.0.3") as other:
        for n in range(3):
            slow.route(f"/a{n}", body=rss([{"guid": f"a{n}"}]), delay=1.0)
        other.route("/b", body=rss([{"guid": "b"}]))
        done: list[str] = []

        async def run() -> None:
            async with Fetcher(limits) as fetcher:

                async def one(name: str, url: str) -> None:
                    result = await fetcher.fetch(FetchState(url))
                    assert result.ok, result.error
                    done.append(name)

                urls = [(f"a{n}", slow.url(f"/a{n}")) for n in range(3)] + [("b", other.url("/b"))]
                await asyncio.gather(*(one(name, url) for name, url in urls))

        asyncio.run(run())
    assert done == ["b", "a0", "a1", "a2"]
    assert slow.most_at_once == 1
