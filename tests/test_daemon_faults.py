"""The daemon under faults, for real: a child process, feeds on loopback, signals.

Stopping cancels fetches in flight; a feed cannot redirect it into internal networks;
credentials in feed URLs never reach its log or its database; it says what it does.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from tests.conftest import write_config
from tests.daemon_process import DaemonProcess
from tests.feedserver import FeedServer, rss
from tests.receivers import WebhookReceiver

NK = {"guid": "nk1", "title": "North Korea sends troops to Russia", "link": "https://n.example/nk1"}
CALM = {"guid": "calm", "title": "Markets are calm", "link": "https://n.example/calm"}
PASSWORD = "s3cret-PW-8812"


def config(
    tmp_path: Path, hook: WebhookReceiver, feeds: str, *, timeout: str = "5s", extra: str = ""
) -> Path:
    return write_config(
        tmp_path,
        f"""
        defaults:
          poll_interval: 1h
          jitter: 0
          timeout: {timeout}
          alert_on_first_poll: true
        log:
          summary_every: 1s
        targets:
          - name: hook
            urls: ["{hook.url}"]
        feeds:
{feeds}
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
        {extra}
        """,
    )


def feed_lines(*entries: tuple[str, str]) -> str:
    return "\n".join(f"          - name: {name}\n            url: {url}" for name, url in entries)


def test_sigterm_cancels_a_fetch_in_flight_and_keeps_what_was_stored(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    # The slow feed would take about 5 minutes to send (64 bytes every 0.5 s), within its 20 min timeout.
    feeds.route("/slow", trickle=0.5, body=rss([CALM]) + b" " * 40_000)
    feeds.route("/fast", body=rss([NK]))
    path = config(
        tmp_path, hook, feed_lines(("slow", feeds.url("/slow")), ("fast", feeds.url("/fast"))), timeout="20m"
    )

    with DaemonProcess(path) as daemon:
        hook.wait_for(1)
        daemon.wait_for_log(r"feed fast: 1 new, 0 updated, 1 matches")
        feeds.wait_for_request("/slow")  # the slow fetch is under way
        assert daemon.stop(timeout=60) == 0  # would be ~5 minutes if stopping waited for it

    assert "stopping: cancelling 1 fetch in flight" in daemon.output
    feeds.wait_for_hangup("/slow")  # the daemon hung up on it: it did not wait for the body
    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    with db:
        assert db.execute("SELECT uid FROM articles").fetchall() == [("nk1",)]
        assert db.execute("SELECT status FROM deliveries").fetchall() == [("sent",)]
    db.close()


def test_a_redirect_to_the_metadata_service_stores_and_alerts_nothing(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/feed.xml", status=302, location="http://169.254.169.254/latest/meta-data/")
    path = config(tmp_path, hook, feed_lines(("cloud", feeds.url("/feed.xml"))))

    result = CliRunner().invoke(cli, ["poll", "--config", str(path)])

    assert result.exit_code == 1
    assert "cloud: error: redirected to http://169.254.169.254/latest/meta-data/, refused" in result.output
    assert hook.messages == []
    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    with db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        [(error,)] = db.execute("SELECT last_error FROM feeds").fetchall()
    db.close()
    assert "a link-local address" in error


def test_credentials_in_a_feed_url_never_reach_logs_checks_or_the_database(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/private.xml", status=500)
    feeds.route("/moved.xml", status=301, location="/private-new.xml")
    feeds.route("/private-new.xml", body=rss([CALM]))
    base = f"http://reader:{PASSWORD}@127.0.0.1:{feeds.port}"
    lines = feed_lines(("private", base + "/private.xml"), ("moved", base + "/moved.xml"))
    unnamed = f"\n          - url: {base}/private.xml?token=tok-{PASSWORD}"
    path = config(tmp_path, hook, lines + unnamed)

    with DaemonProcess(path) as daemon:  # -v: debugging detail, the HTTP client's lines included
        daemon.wait_for_log(r"feed private: HTTP 500")
        daemon.wait_for_log(r"feed http://\*\*\*@127\.0\.0\.1:\d+/private\.xml\?token=\*\*\*: HTTP 500")
        daemon.wait_for_log(r"moved permanently to")
        daemon.wait_for_log(r"last \d+s: ")
        daemon.stop()
    broken = path.read_text().replace(f"{base}/moved.xml", f"ftp://reader:{PASSWORD}@127.0.0.1/x")
    path.write_text(broken.replace("query: ", "feeds: [nosuch]\n    query: "))
    check = CliRunner().invoke(cli, ["check", "--config", str(path)])

    assert feeds.requests_for("/private.xml")[0].headers["authorization"].startswith("Basic ")
    assert check.exit_code == 1 and "is not an http:// or https:// URL" in check.output
    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    with db:
        stored = "\n".join(str(row) for row in db.execute("SELECT * FROM feeds"))
    db.close()
    assert "http://***@127.0.0.1" in stored and "token=***" in stored
    for text in (daemon.output, check.output, stored):
        assert PASSWORD not in text


def test_the_daemon_logs_a_summary_line_and_no_scheduler_warnings(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/a", body=rss([NK]))
    feeds.route("/b", body=rss([CALM]))
    path = config(tmp_path, hook, feed_lines(("a", feeds.url("/a")), ("b", feeds.url("/b"))))

    summary = re.compile(
        r"last \d+s: (\d+) feeds? polled \((\d+) unchanged, (\d+) failed\), (\d+) new articles?, "
        r"(\d+) match(?:es)?, (\d+) alerts? sent$"
    )

    def totals(lines: list[str]) -> list[int]:
        found = [[int(n) for n in m.groups()] for line in lines if (m := summary.search(line))]
        return [sum(column) for column in zip(*found, strict=True)] if found else []

    with DaemonProcess(path, verbose=False) as daemon:
        for n in range(1, 60):  # one summary a second: the work may spread over a few of them
            if totals(daemon.wait_for_log(r"last \d+s: ", count=n)) == [2, 0, 0, 2, 1, 1]:
                break
        daemon.stop()

    assert totals(daemon.output.splitlines()) == [2, 0, 0, 2, 1, 1]
    assert "WARNING" not in daemon.output
    assert "apprise" not in daemon.output  # one line per alert is ours; Apprise's own INFO lines are not
    assert "alert sent: rule nk -> target hook" in daemon.output


def test_a_second_daemon_and_a_poll_beside_it_refuse_to_start(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/a", body=rss([NK]))
    path = config(tmp_path, hook, feed_lines(("a", feeds.url("/a"))))

    with DaemonProcess(path) as first:
        first.wait_for_log(r"feed a: 1 new, 0 updated, 1 matches")
        with DaemonProcess(path) as second:
            assert second.wait() == 1
        poll = CliRunner().invoke(cli, ["poll", "--config", str(path)])
        assert first.stop() == 0

    assert "is already running on the database" in second.output and "only one daemon" in second.output
    assert poll.exit_code == 1 and "is running on this database and polls on its own" in poll.output
    assert len(hook.messages) == 1  # the refused processes sent nothing


def test_a_daemon_whose_data_directory_is_removed_stops_with_an_error(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/a", body=rss([NK]))
    path = config(tmp_path, hook, feed_lines(("a", feeds.url("/a"))))

    with DaemonProcess(path) as daemon:
        daemon.wait_for_log(r"feed a: 1 new, 0 updated, 1 matches")
        hook.wait_for(1)
        shutil.rmtree(tmp_path / "data")
        assert daemon.wait() == 1  # systemd restarts it (Restart=on-failure)

    assert "stopping: the database file" in daemon.output and "was removed" in daemon.output
    assert len(hook.messages) == 1


def test_a_feed_failing_since_before_a_restart_is_warned_about_again(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    feeds.route("/broken", status=500)
    path = config(tmp_path, hook, feed_lines(("broken", feeds.url("/broken"))))
    for _run in range(2):
        with DaemonProcess(path, verbose=False) as daemon:
            daemon.wait_for_log(r"WARNING .*feed broken: HTTP 500 Internal Server Error")
            daemon.stop()
