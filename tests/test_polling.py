"""Polling at scale and politely, against real servers on loopback (127.0.0.x stand for sites).

Retry-After holds a whole site, a slow or dripping server holds up nobody else, failing
feeds back off and pause with a notice on `admin`, floors and adaptive intervals are
recorded, and 500 feeds polled at once are each polled once with every state recorded.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import load_config
from monitor.fetch import Fetcher
from monitor.fulltext import Pages
from monitor.pipeline import ParserProcess, PollReport, parse_pool, poll_all, poll_feed
from monitor.runtime import Runtime, fulltext_limits
from monitor.store import as_utc, utcnow
from tests.conftest import write_config
from tests.feedserver import FeedServer, http_date, rss
from tests.receivers import WebhookReceiver


@pytest.fixture
def site2() -> Iterator[FeedServer]:
    with FeedServer("127.0.0.2") as server:
        yield server


def feeds_yaml(entries: list[tuple[str, str]], extra: str = "") -> str:
    lines = "".join(f"  - name: {name}\n    url: {url}\n    language: en\n" for name, url in entries)
    return (
        "defaults:\n  timeout: 2s\n  poll_interval: auto\n  alert_on_first_poll: true\n"
        f"{extra}targets: []\nfeeds:\n{lines}"
        "rules:\n  - name: storm\n    query: storm\n"
    )


def open_runtime(tmp_path: Path, text: str) -> Runtime:
    return Runtime.open(load_config(write_config(tmp_path, text)), lazy=True)


async def _cycle(
    rt: Runtime, keys: list[str] | None = None, parser: Executor | None = None
) -> dict[str, PollReport]:
    feeds = [f for f in rt.config.feeds if keys is None or f.key in keys]
    with ThreadPoolExecutor(2) as worker:
        async with Fetcher(rt.limits) as fetcher, Pages(fulltext_limits(rt.config)) as pages:
            reports = await poll_all(rt, fetcher, feeds, worker, pages, parser)
    return {r.feed: r for r in reports}


def cycle(
    rt: Runtime, keys: list[str] | None = None, parser: Executor | None = None
) -> dict[str, PollReport]:
    """One poll of the feeds, as `monitor poll` does it (`parser`: a process that parses)."""
    return asyncio.run(_cycle(rt, keys, parser))


def rows(rt: Runtime) -> dict[str, object]:
    return {row.key: row for row in rt.store.feeds()}


STORM = {"guid": "s1", "title": "A storm is coming", "pubDate": http_date(utcnow() - timedelta(hours=2))}


def test_429_with_retry_after_holds_the_whole_site_and_no_other(
    tmp_path: Path, feeds: FeedServer, site2: FeedServer
) -> None:
    feeds.route("/busy", status=429, headers={"Retry-After": "3600"})
    feeds.route("/sibling", body=rss([STORM]))
    site2.route("/other", body=rss([STORM]))
    rt = open_runtime(
        tmp_path,
        feeds_yaml(
            [("busy", feeds.url("/busy")), ("sibling", feeds.url("/sibling")), ("other", site2.url("/other"))]
        ),
    )
    try:
        first = cycle(rt, ["busy"])["busy"]
        assert (
            first.error
            == "HTTP 429 Too Many Requests: the server asks us to poll less often; retry after 3600"
        )
        assert first.next_poll_at is not None and first.next_poll_at >= utcnow() + timedelta(seconds=3590)

        # The same Fetcher remembers the site's wish: a sibling feed is not fetched, another site is.
        async def both() -> dict[str, PollReport]:
            async with Fetcher(rt.limits) as fetcher:
                busy = await poll_feed(rt, fetcher, rt.config.feeds[0])
                assert busy.error is not None and busy.error.startswith("HTTP 429")
                sibling = await poll_feed(rt, fetcher, rt.config.feeds[1])
                other = await poll_feed(rt, fetcher, rt.config.feeds[2])
            return {"sibling": sibling, "other": other}

        later = asyncio.run(both())
        assert later["sibling"].deferred and later["sibling"].error is None
        assert later["other"].new == 1 and not later["other"].deferred
        assert feeds.requests_for("/sibling") == []
        assert len(site2.requests_for("/other")) == 1
        stored = rows(rt)
        sibling = stored["sibling"]
        assert sibling.errors_in_row == 0 and sibling.last_polled_at is None  # waiting is not failing
        assert as_utc(sibling.next_poll_at) >= utcnow() + timedelta(seconds=3590)  # type: ignore[attr-defined, operator]
        assert stored["busy"].errors_in_row == 2  # type: ignore[attr-defined]
    finally:
        rt.close()


def test_503_with_an_http_date_retry_after_is_the_next_poll(tmp_path: Path, feeds: FeedServer) -> None:
    when = utcnow().replace(microsecond=0) + timedelta(hours=2)
    feeds.route("/down", status=503, headers={"Retry-After": http_date(when)})
    text = feeds_yaml([("down", feeds.url("/down"))]).replace("poll_interval: auto", "poll_interval: 5m")
    rt = open_runtime(tmp_path, text)
    try:
        report = cycle(rt)["down"]  # its backoff (5 min +-20 %) is shorter than what the server asked
        assert report.error is not None and report.error.startswith("HTTP 503 Service Unavailable")
        assert report.next_poll_at == when
        assert as_utc(rows(rt)["down"].retry_after) == when  # type: ignore[attr-defined]
    finally:
        rt.close()


def test_a_slow_and_a_dripping_server_hold_up_nobody_else(
    tmp_path: Path, feeds: FeedServer, site2: FeedServer
) -> None:
    body = rss([STORM])
    site2.route("/slow", delay=30, body=body)  # answers after the deadline
    site2.route("/drip", trickle=1.0, chunk=1, body=body)  # one byte a second
    for n in range(6):
        feeds.route(f"/fast{n}", body=body)
    entries = [("slow", site2.url("/slow")), ("drip", site2.url("/drip"))]
    entries += [(f"fast{n}", feeds.url(f"/fast{n}")) for n in range(6)]
    # a deadline long enough for the fast feeds to end first on a machine under heavy load
    rt = open_runtime(tmp_path, feeds_yaml(entries).replace("timeout: 2s", "timeout: 5s"))
    done: list[str] = []

    async def run() -> dict[str, PollReport]:
        with ThreadPoolExecutor(2) as worker:
            async with Fetcher(rt.limits) as fetcher:

                async def one(feed):  # type: ignore[no-untyped-def]
                    report = await poll_feed(rt, fetcher, feed, worker)
                    done.append(feed.key)
                    return report

                reports = await asyncio.gather(*(one(f) for f in rt.config.feeds))
        return {r.feed: r for r in reports}

    try:
        reports = asyncio.run(run())
        assert sorted(done[:6]) == [f"fast{n}" for n in range(6)]  # every fast feed ended first
        assert {r.new for k, r in reports.items() if k.startswith("fast")} == {1}
        assert (
            reports["slow"].error
            == f"timed out after 5s waiting for the response headers from {site2.base_url[7:]}"
        )
        assert reports["drip"].error == f"timed out after 5s reading the feed from {site2.base_url[7:]}"
        assert rows(rt)["drip"].errors_in_row == 1  # type: ignore[attr-defined]
    finally:
        rt.close()


def test_failing_feeds_back_off_then_pause_with_a_notice_on_admin(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/broken", status=500)
    extra = "fetch:\n  pause_after: 3\n"
    text = (
        feeds_yaml([("broken", feeds.url("/broken"))], extra)
        .replace("targets: []", f"targets:\n  - name: admin\n    urls: ['{hook.url}']")
        .replace("poll_interval: auto", "poll_interval: 5m")
    )
    path = write_config(
        tmp_path,
        text.replace(
            "rules:\n  - name: storm\n    query: storm\n",
            "rules:\n  - name: storm\n    query: storm\n    targets: []\n",
        ),
    )
    waits = []
    for attempt in range(1, 4):
        result = CliRunner().invoke(cli, ["poll", "--config", str(path)])
        assert result.exit_code == 1, result.output
        rt = Runtime.open(load_config(path), lazy=True)
        row = rows(rt)["broken"]
        rt.close()
        assert row.errors_in_row == attempt  # type: ignore[attr-defined]
        waits.append((as_utc(row.next_poll_at) - as_utc(row.last_polled_at)).total_seconds())  # type: ignore[attr-defined, operator]
    assert waits[0] < waits[1] < waits[2]  # backing off: the interval doubles (+-20 %) at each failure
    assert "paused after 3 failures in a row" in result.output
    [notice] = hook.wait_for(1)
    assert notice["title"] == "news-monitor: feed broken paused"
    assert "after 3 failed polls in a row (last: HTTP 500 Internal Server Error)" in notice["message"]
    assert "monitor feeds resume broken" in notice["message"]

    again = CliRunner().invoke(cli, ["poll", "--config", str(path)])
    assert again.exit_code == 0, again.output  # a paused feed is not a new failure
    assert "broken: paused after 3 failures" in again.output
    assert len(feeds.requests_for("/broken")) == 3  # and is not fetched
    table = CliRunner().invoke(cli, ["feeds", "--config", str(path)])
    assert "paused (3 failures)" in table.output and "HTTP 500 Internal Server Error" in table.output

    feeds.route("/broken", body=rss([STORM]))
    resumed = CliRunner().invoke(cli, ["feeds", "resume", "broken", "--config", str(path)])
    assert resumed.output == "broken: resumed\n"
    back = CliRunner().invoke(cli, ["poll", "--config", str(path)])
    assert back.exit_code == 0 and "broken: 1 new, 1 match" in back.output


def test_floors_and_the_adaptive_interval_are_recorded_and_shown(tmp_path: Path, feeds: FeedServer) -> None:
    now = utcnow()
    busy = [
        {"guid": f"b{i}", "title": f"News {i}", "pubDate": http_date(now - timedelta(minutes=30 * i))}
        for i in range(20)
    ]
    feeds.route("/busy", body=rss(busy), etag='"b1"')  # 20 items over 9.5 h: about 50 a day
    quiet = rss([STORM]).replace(b"<channel>", b"<channel><ttl>180</ttl>")  # please wait 3 hours
    feeds.route("/quiet", body=quiet, headers={"Cache-Control": "max-age=600"})
    feeds.route("/cached", body=rss(busy[:3]), headers={"Cache-Control": "public, max-age=7200"})
    entries = [("busy", feeds.url("/busy")), ("quiet", feeds.url("/quiet")), ("cached", feeds.url("/cached"))]
    path = write_config(
        tmp_path,
        feeds_yaml(entries).replace("  - name: cached\n", "  - name: cached\n    poll_interval: 10m\n"),
    )
    rt = Runtime.open(load_config(path), lazy=True)
    try:
        reports = cycle(rt)
        assert reports["busy"].interval == pytest.approx(86400 / (20 * 24 / 9.5), rel=0.01)
        assert reports["quiet"].interval == 3 * 3600  # the ttl floor, not the 6 h of one item in a day
        stored = rows(rt)
        assert stored["quiet"].feed_floor == 3 * 3600 and stored["quiet"].floor == 3 * 3600  # type: ignore[attr-defined]
        assert reports["cached"].interval == 7200  # a fixed 10m never undercuts max-age
        again = cycle(rt, ["busy"])["busy"]
        assert again.not_modified and again.interval == reports["busy"].interval  # a 304 keeps the rate
    finally:
        rt.close()
    table = CliRunner().invoke(cli, ["feeds", "--config", str(path)])
    assert table.exit_code == 0, table.output
    header, *lines = table.output.splitlines()
    assert header.split()[:6] == ["name", "status", "last", "fetch", "items/day", "interval"]
    busy_line = next(line for line in lines if line.startswith("busy"))
    assert "ok (304)" in busy_line and "28m auto" in busy_line and "in 28m" in busy_line
    assert "3h auto (floor)" in next(line for line in lines if line.startswith("quiet"))
    assert "2h (floor)" in next(line for line in lines if line.startswith("cached"))


def test_bodies_parsed_in_a_parser_process_store_and_match_as_in_the_worker(
    tmp_path: Path, feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="monitor.pipeline")
    calm = {"guid": "c1", "title": "A calm day", "pubDate": STORM["pubDate"]}
    feeds.route("/a", body=rss([STORM, calm]))
    feeds.route("/b", body=rss([calm]))
    feeds.route("/bad", body=b"<html>not a feed</html>")
    text = feeds_yaml([("a", feeds.url("/a")), ("b", feeds.url("/b")), ("bad", feeds.url("/bad"))])
    found = []
    for name, parser in (
        ("thread", None),
        ("process", ProcessPoolExecutor(1, multiprocessing.get_context("spawn"))),
    ):
        (tmp_path / name).mkdir()
        rt = open_runtime(tmp_path / name, text)
        try:
            reports = cycle(rt, parser=parser)
            articles = sorted((a.feed, a.title) for _, a in rt.store.articles())
        finally:
            rt.close()
            if parser is not None:
                parser.shutdown()
        found.append(([(r.feed, r.new, r.matches, r.error) for r in reports.values()], articles))
    assert "parser process failed" not in caplog.text  # the process parsed them, no fallback
    assert found[0] == found[1]
    assert found[1][0][0] == ("a", 2, 1, None)
    assert found[1][0][2][3] is not None and "not an RSS or Atom feed" in found[1][0][2][3]


def test_a_parser_process_that_dies_is_started_again_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The daemon's pool outlives its process: killed, the next bodies go to a new one."""
    monkeypatch.setenv("MONITOR_PARSE_PROCESS", "1")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pool = parse_pool()
    assert pool is not None
    try:
        first = pool.submit(os.getpid).result()
        os.kill(first, signal.SIGKILL)
        later = []
        for _ in range(20):  # a body or two in flight when it died fail (and are parsed in the thread)
            try:
                later.append(pool.submit(os.getpid).result())
            except BrokenProcessPool:
                continue
            if len(later) == 2:
                break
        assert len(later) == 2 and first not in later and later[0] == later[1]
        assert caplog.text.count("the parser process ended") == 1
    finally:
        pool.shutdown()


def test_the_parser_pool_starts_with_the_first_body_not_before() -> None:
    """A poll whose feeds all answer 304 parses nothing: it starts no process (not even the
    pool's resource tracker), and shutting the unstarted pool down is harmless."""
    started: list[ThreadPoolExecutor] = []

    def start() -> ThreadPoolExecutor:
        started.append(ThreadPoolExecutor(1))
        return started[-1]

    idle = ParserProcess(start)
    idle.shutdown()
    assert not started
    with pytest.raises(RuntimeError):  # shut down: no pool started that nothing would shut down
        idle.submit(sum, (2, 3))
    assert not started
    pool = ParserProcess(start)
    assert not started
    try:
        assert pool.submit(sum, (2, 3)).result() == 5
        assert pool.submit(sum, (1, 1)).result() == 2
        assert len(started) == 1
    finally:
        pool.shutdown()


class SlowParser(ThreadPoolExecutor):
    """A parser that takes its time and counts how many bodies it holds at once."""

    def __init__(self) -> None:
        super().__init__(64)
        self.now = self.most = 0
        self.lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        def slowly():  # type: ignore[no-untyped-def]
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
            time.sleep(0.03)
            try:
                return fn(*args, **kwargs)
            finally:
                with self.lock:
                    self.now -= 1

        return super().submit(slowly)


def test_fetching_waits_for_ingest_to_keep_up_and_every_feed_is_stored(
    tmp_path: Path, feeds: FeedServer, site2: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import monitor.pipeline

    monkeypatch.setattr(monitor.pipeline, "INGEST_BACKLOG", 3)
    entries = []
    for i in range(40):
        server = (feeds, site2)[i % 2]
        server.route(f"/f{i}", body=rss([{"guid": f"{i}", "title": f"Storm news {i}"}]))
        entries.append((f"f{i}", server.url(f"/f{i}")))
    rt = open_runtime(tmp_path, feeds_yaml(entries))
    parser = SlowParser()
    try:
        reports = cycle(rt, parser=parser)
        stored = sorted(a.title for _, a in rt.store.articles())
    finally:
        rt.close()
        parser.shutdown()
    assert parser.most == 3  # fetched bodies wait for a slot: no more parsed at once than that
    assert [r.feed for r in reports.values() if r.error is not None or r.new != 1 or r.matches != 1] == []
    assert stored == sorted(f"Storm news {i}" for i in range(40))


def test_500_feeds_at_once_each_polled_once_politely_with_every_state_recorded(tmp_path: Path) -> None:
    servers = [FeedServer(f"127.0.0.{n}").start() for n in range(1, 11)]
    try:
        entries = []
        for i in range(500):
            server = servers[i % 10]
            server.route(f"/f{i}", body=rss([{"guid": f"{i}", "title": f"Item of feed {i}"}]), delay=0.02)
            entries.append((f"f{i}", server.url(f"/f{i}")))
        text = feeds_yaml(entries).replace("alert_on_first_poll: true", "alert_on_first_poll: false")
        rt = open_runtime(tmp_path, text.replace("timeout: 2s", "timeout: 20s"))
        try:
            reports = cycle(rt)
            stored = rows(rt)
        finally:
            rt.close()
        assert len(reports) == 500
        assert [r for r in reports.values() if r.error is not None or r.new != 1] == []
        for i in range(500):
            assert len(servers[i % 10].requests_for(f"/f{i}")) == 1, f"feed f{i} polled twice"
        assert all(s.most_at_once <= 2 for s in servers)  # fetch.per_site
        assert any(s.most_at_once == 2 for s in servers)  # and they did run at once
        assert len(stored) == 500
        assert all(
            r.last_polled_at and r.first_polled_at and r.next_poll_at and r.last_status == 200  # type: ignore[attr-defined]
            for r in stored.values()
        )
    finally:
        for server in servers:
            server.close()


def test_the_daemon_follows_each_feeds_plan_floors_and_retry_after_included(
    tmp_path: Path, feeds: FeedServer, site2: FeedServer
) -> None:
    from tests.daemon_process import DaemonProcess

    site2.route("/cached", body=rss([STORM]), headers={"Cache-Control": "max-age=3600"})
    feeds.route("/busy", status=429, headers={"Retry-After": "3600"})  # holds 127.0.0.1 only
    site2.route("/steady", body=rss([STORM]), etag='"s1"')
    text = (
        "defaults:\n  poll_interval: 1s\n  jitter: 0\n  timeout: 5s\n"
        f"targets: []\nfeeds:\n"
        f"  - name: cached\n    url: {site2.url('/cached')}\n    language: en\n"
        f"  - name: busy\n    url: {feeds.url('/busy')}\n    language: en\n"
        f"  - name: steady\n    url: {site2.url('/steady')}\n    language: en\n"
        "rules:\n  - name: storm\n    query: storm\n"
    )
    path = write_config(tmp_path, text)
    with DaemonProcess(path) as daemon:
        daemon.wait_for_log(r"feed steady: not modified", count=3)  # polled every second
        assert daemon.stop() == 0
    assert len(site2.requests_for("/cached")) == 1  # max-age=3600: once
    assert len(feeds.requests_for("/busy")) == 1  # Retry-After: 3600: once
    assert len(site2.requests_for("/steady")) >= 4


def test_the_daemon_parses_in_a_parser_process_and_ends_it(tmp_path: Path, feeds: FeedServer) -> None:
    from tests.daemon_process import DaemonProcess

    feeds.route("/news", body=rss([STORM]))
    text = feeds_yaml([("news", feeds.url("/news"))]).replace("timeout: 2s", "timeout: 5s")
    with DaemonProcess(write_config(tmp_path, text)) as daemon:
        daemon.wait_for_log(r"feed news: 1 new, 0 updated, 1 matches")
        assert daemon._proc is not None
        pid = daemon._proc.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        commands = [Path(f"/proc/{child}/cmdline").read_bytes() for child in children]
        assert any(b"multiprocessing" in command for command in commands)  # the parser process
        assert daemon.stop() == 0
    assert "parser process failed" not in daemon.output
    # multiprocessing's resource tracker ends when it reads the daemon's end of its pipe close, a
    # moment after the daemon: wait for that (bounded), so a loaded machine does not fail the test
    deadline = time.monotonic() + 30
    while any(_running(child) for child in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [child for child in children if _running(child)]


def _running(pid: str) -> bool:
    try:
        return b"zombie" not in Path(f"/proc/{pid}/status").read_bytes()
    except FileNotFoundError:
        return False
