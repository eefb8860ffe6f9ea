"""One poll cycle over good and broken feeds: each feed fails on its own, state is kept."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import load_config
from monitor.daemon import startup_summary
from monitor.delivery.outbox import deliver_due
from monitor.pipeline import PollReport
from monitor.runtime import Runtime
from monitor.store import utcnow
from tests.conftest import write_config
from tests.feedserver import FeedServer, rss
from tests.polling import poll_feed
from tests.receivers import WebhookReceiver

NK = {"guid": "nk1", "title": "North Korea sends troops to Russia", "link": "https://n.example/nk1"}
CALM = {"guid": "calm", "title": "Markets are calm", "link": "https://n.example/calm"}


def config_text(feeds: FeedServer, hook_url: str, names: list[str], alert_first: bool = True) -> str:
    feed_lines = "".join(f"  - name: {n}\n    url: {feeds.url('/' + n)}\n" for n in names)
    return (
        f"defaults:\n  timeout: 1s\n  alert_on_first_poll: {str(alert_first).lower()}\n"
        f"targets:\n  - name: hook\n    urls: ['{hook_url}']\n"
        f"feeds:\n{feed_lines}"
        "rules:\n  - name: nk\n    query: '\"North Korea\" AND Russia AND troops'\n"
    )


@pytest.fixture
def runtime(tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver):  # type: ignore[no-untyped-def]
    names = ["good", "moved", "gone", "broken", "slow", "garbage"]
    path = write_config(tmp_path, config_text(feeds, hook.url, names))
    rt = Runtime.open(load_config(path))
    yield rt
    rt.close()


def poll_all(rt: Runtime) -> dict[str, PollReport]:
    return {f.key: poll_feed(rt, f) for f in rt.config.feeds}


def test_each_broken_feed_fails_alone_and_is_recorded(
    runtime: Runtime, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/good", body=rss([NK, CALM]), etag='"v1"')
    feeds.route("/moved", status=301, location="/moved-here")
    feeds.route("/moved-here", body=rss([CALM]))
    feeds.route("/gone", status=410)
    feeds.route("/broken", status=500)
    feeds.route("/slow", delay=5, body=rss([CALM]))
    feeds.route("/garbage", body=b"<html><body>Not a feed</body></html>", content_type="text/html")

    reports = poll_all(runtime)
    delivered = deliver_due(runtime.store, runtime.config, runtime.retry_base)

    assert reports["good"].new == 2 and reports["good"].matches == 1
    assert delivered.sent == 1 and hook.wait_for(1)[0]["title"] == f"[nk] {NK['title']}"
    state = {row.key: row for row in runtime.store.feeds()}
    assert state["good"].etag == '"v1"' and state["good"].last_error is None
    assert state["moved"].url == feeds.url("/moved-here") and state["moved"].last_error is None
    assert state["gone"].gone and "410" in (state["gone"].last_error or "")
    assert state["broken"].last_error == "HTTP 500 Internal Server Error"
    assert "timed out" in (state["slow"].last_error or "")
    assert "not an RSS or Atom feed" in (state["garbage"].last_error or "")
    assert feeds.url("/garbage") in (state["garbage"].last_error or "")


def test_the_start_up_summary_counts_only_feeds_that_will_be_polled(
    runtime: Runtime, feeds: FeedServer
) -> None:
    feeds.route("/good", body=rss([CALM]))
    feeds.route("/gone", status=410)
    poll_feed(runtime, runtime.config.feeds[0])
    poll_feed(runtime, runtime.config.feeds[2])
    said = startup_summary(runtime)
    assert said[0].startswith("5 feeds polled (1 disabled or gone), 1 rule, 1 target")
    assert any(
        line.startswith("first poll of 4 new feeds alerts on current items: moved, broken") for line in said
    )
    assert "feeds disabled after HTTP 410 (change their url to retry): gone" in said


def test_second_poll_is_conditional_and_gone_feeds_are_not_fetched_again(
    runtime: Runtime, feeds: FeedServer
) -> None:
    feeds.route("/good", body=rss([CALM]), etag='"v1"', last_modified="Wed, 01 May 2024 10:00:00 GMT")
    feeds.route("/gone", status=410)
    feeds.route("/moved", status=301, location="/moved-here")
    feeds.route("/moved-here", body=rss([CALM]))
    poll_all(runtime)
    feeds.clear_requests()

    reports = poll_all(runtime)

    assert reports["good"].not_modified
    [request] = feeds.requests_for("/good")
    assert request.headers["if-none-match"] == '"v1"'
    assert request.headers["if-modified-since"] == "Wed, 01 May 2024 10:00:00 GMT"
    assert feeds.requests_for("/gone") == []
    assert reports["gone"].disabled
    assert feeds.requests_for("/moved") == [] and len(feeds.requests_for("/moved-here")) == 1


def test_a_new_etag_sent_with_a_304_is_used_next_time(runtime: Runtime, feeds: FeedServer) -> None:
    feeds.route("/good", body=rss([CALM]), etag='"v1"')
    poll_all(runtime)
    feeds.route("/good", status=304, etag='"v2"')
    assert poll_all(runtime)["good"].not_modified
    feeds.clear_requests()

    poll_all(runtime)

    [request] = feeds.requests_for("/good")
    assert request.headers["if-none-match"] == '"v2"'


def test_first_poll_is_silent_unless_the_config_opts_in(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    path = write_config(tmp_path, config_text(feeds, hook.url, ["good"], alert_first=False))
    rt = Runtime.open(load_config(path))
    try:
        feeds.route("/good", body=rss([NK]))
        first = poll_feed(rt, rt.config.feeds[0])
        feeds.route("/good", body=rss([{**NK, "guid": "nk2"}, NK]))
        second = poll_feed(rt, rt.config.feeds[0])
    finally:
        rt.close()
    assert first.silent and first.new == 1 and first.matches == 0
    assert not second.silent and second.new == 1 and second.matches == 1


def test_failed_delivery_is_kept_and_retried_until_it_succeeds(
    runtime: Runtime, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/good", body=rss([NK]))
    hook.fail_with(500)
    poll_feed(runtime, runtime.config.feeds[0])

    first = deliver_due(runtime.store, runtime.config, runtime.retry_base)
    not_yet = deliver_due(runtime.store, runtime.config, runtime.retry_base)
    hook.recover()
    later = utcnow() + timedelta(hours=2)
    retried = deliver_due(runtime.store, runtime.config, runtime.retry_base, now=later)

    assert (first.sent, first.failed) == (0, 1)
    assert (not_yet.sent, not_yet.failed) == (0, 0)  # waits for its retry time
    assert (retried.sent, retried.failed) == (1, 0)
    [view] = runtime.store.recent_matches()
    assert view.deliveries == (("hook", "sent"),)
    received = [m for m in hook.messages if NK["title"] in m["title"]]
    assert len(received) == 1


def test_delivery_to_a_removed_target_is_failed_loudly_not_dropped(
    runtime: Runtime, feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    feeds.route("/good", body=rss([NK]))
    poll_feed(runtime, runtime.config.feeds[0])
    config = runtime.config.model_copy(update={"targets": []})
    report = deliver_due(runtime.store, config, runtime.retry_base)
    assert report.failed == 1
    assert "target 'hook' is not in the config any more" in caplog.text
    assert runtime.store.delivery_counts() == {"failed": 1}


def test_poll_command_reports_each_feed_and_exits_1_on_errors(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    path = write_config(tmp_path, config_text(feeds, hook.url, ["good", "broken"]))
    feeds.route("/good", body=rss([NK]))
    feeds.route("/broken", status=500)
    result = CliRunner().invoke(cli, ["poll", "--config", str(path)])
    assert result.exit_code == 1, result.output
    assert "good: 1 new, 1 match" in result.output
    assert "broken: error: HTTP 500 Internal Server Error" in result.output
    assert "alerts: 1 sent, 0 failed" in result.output
    assert hook.wait_for(1)


def test_retry_after_a_partial_failure_skips_the_urls_already_reached(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    with WebhookReceiver() as other:
        text = config_text(feeds, hook.url, ["good"]).replace(
            f"urls: ['{hook.url}']", f"urls: ['{hook.url}', '{other.url}']"
        )
        rt = Runtime.open(load_config(write_config(tmp_path, text)))
        try:
            feeds.route("/good", body=rss([NK]))
            other.fail_with(500)
            poll_feed(rt, rt.config.feeds[0])
            first = deliver_due(rt.store, rt.config, rt.retry_base)
            other.recover()
            retried = deliver_due(rt.store, rt.config, rt.retry_base, now=utcnow() + timedelta(hours=2))
        finally:
            rt.close()
        assert (first.failed, retried.sent) == (1, 1)
        assert len(hook.messages) == 1 and len(other.messages) == 1


def test_matches_shows_every_alert_state_whole_with_the_link_and_filters(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    path = write_config(
        tmp_path,
        f"""
        targets:
          - name: newsroom-alerts-channel
            urls: ['{hook.url}']
          - name: down
            urls: ['json://127.0.0.1:9/x']
        defaults:
          alert_on_first_poll: true
          language: en
        feeds:
          - name: good
            url: {feeds.url("/good")}
            language: en
          - name: other
            url: {feeds.url("/other")}
            language: en
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
        """,
    )
    long_link = "https://n.example/world/asia/2026/12/05/north-korean-troops-arrive-in-russia-officials-say"
    feeds.route("/good", body=rss([{**NK, "link": long_link}]))
    other = "North Korea sends 3,000 more troops to Russia's Kursk region"  # another story
    feeds.route("/other", body=rss([{**NK, "guid": "o1", "title": other, "link": "https://o.example/1"}]))
    CliRunner().invoke(cli, ["poll", "--config", str(path)])

    shown = CliRunner().invoke(cli, ["matches", "--config", str(path), "--feed", "good"])
    as_json = CliRunner().invoke(cli, ["matches", "-c", str(path), "--json", "--since", "1h"])
    unknown = CliRunner().invoke(cli, ["matches", "-c", str(path), "--feed", "nosuch"])

    assert shown.exit_code == 0, shown.output
    assert long_link in shown.output and "rule nk" in shown.output and "(good, en)" in shown.output
    assert "newsroom-alerts-channel sent" in shown.output
    assert "down failed (1 attempt: " in shown.output and "next try" in shown.output
    assert "o.example" not in shown.output  # --feed good
    records = [json.loads(line) for line in as_json.output.splitlines()]
    assert {r["feed"] for r in records} == {"good", "other"}
    [down] = [a for a in records[0]["alerts"] if a["target"] == "down"]
    assert down["status"] == "failed" and down["attempts"] == 1 and down["last_error"]
    assert unknown.exit_code == 1 and "no feed is named 'nosuch'" in unknown.output


def test_an_entry_updated_in_place_is_matched_again_and_alerts_only_new_rules(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    path = write_config(
        tmp_path,
        f"""
        targets:
          - name: hook
            urls: ['{hook.url}']
        defaults:
          alert_on_first_poll: true
        feeds:
          - name: wire
            url: {feeds.url("/wire")}
            language: en
        rules:
          - name: quake
            query: earthquake
          - name: toll
            query: earthquake AND killed
        """,
    )
    first = {"guid": "q1", "title": "Earthquake strikes off the coast", "link": "https://w.example/q1"}
    typo = {**first, "title": "Earthquake  strikes off the coast."}  # spacing and punctuation only
    update = {**first, "title": "UPDATE: Earthquake off the coast has killed 12, officials say"}
    rt = Runtime.open(load_config(path))
    try:
        feeds.route("/wire", body=rss([first]))
        reports = [poll_feed(rt, rt.config.feeds[0])]
        feeds.route("/wire", body=rss([typo]))
        reports.append(poll_feed(rt, rt.config.feeds[0]))
        feeds.route("/wire", body=rss([update]))
        reports.append(poll_feed(rt, rt.config.feeds[0]))
        reports.append(poll_feed(rt, rt.config.feeds[0]))  # the same update again
        deliver_due(rt.store, rt.config, rt.retry_base)
        [(_, stored)] = rt.store.articles()
    finally:
        rt.close()

    assert [(r.new, r.updated, r.matches) for r in reports] == [(1, 0, 1), (0, 0, 0), (0, 1, 1), (0, 0, 0)]
    assert [m["title"].split("] ")[0] for m in hook.messages] == ["[quake", "[toll"]
    assert stored.title == update["title"]  # the store keeps the latest text


def test_a_delivery_sweep_says_each_send_as_it_happens_and_stops_when_asked(
    runtime: Runtime, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    import threading

    feeds.route("/good", body=rss([NK]))
    poll_feed(runtime, runtime.config.feeds[0])
    stop = threading.Event()
    stop.set()
    stopped = deliver_due(runtime.store, runtime.config, runtime.retry_base, stop=stop)
    told: list[bool] = []
    report = deliver_due(runtime.store, runtime.config, runtime.retry_base, progress=told.append)

    assert stopped.sent == 0  # asked to stop: nothing is sent, it waits for the next sweep
    assert report.sent == 1 and told == [True]
    assert len(hook.wait_for(1)) == 1


def test_a_feed_with_a_stray_byte_is_warned_about_once_per_run(
    runtime: Runtime, feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    good = runtime.config.feeds[0]
    item = {**CALM, "title": "Caf\u00e9 prices rise in Z\u00fcrich"}
    body = rss([item]).replace("é".encode(), b"\xe9", 1)  # one stray Latin-1 byte; ü stays UTF-8
    feeds.route("/good", body=body)
    with caplog.at_level("DEBUG", logger="monitor"):
        poll_feed(runtime, good)
        feeds.route("/good", body=body.replace(b"calm", b"calm2"))
        poll_feed(runtime, good)
    said = [r for r in caplog.records if "replaced by U+FFFD" in r.getMessage()]
    assert [r.levelname for r in said] == ["WARNING", "DEBUG"]
    assert "feed good: " in said[0].getMessage()


def test_a_stopped_poll_leaves_no_parser_process_behind(tmp_path: Path, feeds: FeedServer) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    quick = [f"quick{n}" for n in range(3)]  # their bodies start the parser
    for name in quick:
        feeds.route(f"/{name}", body=rss([CALM]))
    feeds.route("/slow", body=rss([NK]), delay=60)
    lines = "".join(f"  - name: {name}\n    url: {feeds.url('/' + name)}\n" for name in [*quick, "slow"])
    text = (
        "defaults:\n  timeout: 60s\nfetch:\n  per_site: 4\ntargets: []\n"
        f"feeds:\n{lines}rules:\n  - name: nk\n    query: troops\n"
    )
    config = write_config(tmp_path, text)
    poll = subprocess.Popen([sys.executable, "-m", "monitor", "poll", "--config", str(config)])

    def children() -> list[int]:
        found = subprocess.run(["pgrep", "-P", str(poll.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in found.split()]

    deadline = time.monotonic() + 60
    while len(children()) < 2 and time.monotonic() < deadline:  # multiprocessing's tracker, the parser
        time.sleep(0.05)
    started = children()
    assert len(started) == 2, "no parser process was started"
    poll.send_signal(signal.SIGTERM)
    poll.wait(30)
    deadline = time.monotonic() + 30
    left = started
    while left and time.monotonic() < deadline:
        left = [pid for pid in left if os.path.exists(f"/proc/{pid}") and _alive(pid)]
        time.sleep(0.05)
    assert left == [], "parser processes outlived the poll"


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped by init."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
