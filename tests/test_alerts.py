"""Alerts from the outbox to real receivers: capped, identifiable, and sent at most once per URL
that answered, across retries and a daemon killed in the middle of a send."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import Config, load_config
from monitor.delivery.apprise_send import ALERT_ID_HEADER
from monitor.delivery.outbox import alert_id, deliver_due
from monitor.models import Article
from monitor.store import NewMatch, Store, utcnow
from tests.conftest import write_config
from tests.daemon_process import DaemonProcess
from tests.feedserver import FeedServer, rss
from tests.receivers import SmtpReceiver, WebhookReceiver, body_text

RETRY = timedelta(seconds=60)
HUGE_TITLE = ("North Korea sends troops to Russia " + "as officials confirm the deployment " * 140_000)[
    :5_000_000
]


def config(tmp_path: Path, *urls: str) -> Config:
    listed = ", ".join(f"'{u}'" for u in urls)
    return load_config(write_config(tmp_path, f"targets:\n  - name: out\n    urls: [{listed}]\n"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
        yield opened


def owe_alert(store: Store, title: str = "Ships leave Odesa", uid: str = "a1") -> None:
    """One stored article with one match that owes an alert to the target `out`."""
    store.feed("World", "https://n.example/feed")
    article = Article(uid=uid, feed="World", title=title, link="https://n.example/1", language="en")
    store.save_poll("World", [article], [NewMatch(uid, "nk", ("troops",), "The **troops** left.", ("out",))])


def id_in_body(text: str) -> str:
    [line] = [line for line in text.splitlines() if line.startswith("Alert id:")]
    return line.split()[-1]


def test_each_alert_carries_its_id_in_the_body_and_as_a_header(
    store: Store, tmp_path: Path, hook: WebhookReceiver
) -> None:
    owe_alert(store)

    report = deliver_due(store, config(tmp_path, hook.url), RETRY)

    assert (report.sent, report.failed) == (1, 0)
    [request] = hook.wait_for_requests(1)
    expected = alert_id("World", "a1", "nk", "out")
    assert expected.startswith("nm-") and len(expected) == 27
    assert request.headers[ALERT_ID_HEADER] == expected
    assert id_in_body(request.json()["message"]) == expected


def test_a_5mb_title_arrives_as_a_capped_message(store: Store, tmp_path: Path, hook: WebhookReceiver) -> None:
    owe_alert(store, title=HUGE_TITLE)  # stored as is: the alert caps it whatever the store holds
    with SmtpReceiver() as smtp:
        deliver_due(store, config(tmp_path, hook.url, smtp.apprise_url), RETRY)
        [mail] = smtp.wait_for(1)
    [request] = hook.wait_for_requests(1)
    message = request.json()

    assert len(request.body) < 4_000  # was 10.5 MB
    assert len(message["title"]) <= 250 and message["title"].startswith("[nk] North Korea sends troops")
    assert len(message["message"]) < 2_000
    assert "Link:      https://n.example/1" in message["message"]
    assert len(mail["Subject"]) <= 250 and mail["Subject"].startswith("[nk] North Korea")
    assert len(body_text(mail)) < 2_000
    assert id_in_body(body_text(mail)) == id_in_body(message["message"]) == mail[ALERT_ID_HEADER]


def test_a_retry_goes_only_to_the_url_that_failed_with_the_same_id(
    store: Store, tmp_path: Path, hook: WebhookReceiver
) -> None:
    owe_alert(store)
    with WebhookReceiver("/second") as second:
        second.fail_with(500)
        cfg = config(tmp_path, hook.url, second.url)

        first = deliver_due(store, cfg, RETRY)
        second.recover()
        retried = deliver_due(store, cfg, RETRY, now=utcnow() + timedelta(hours=2))

        [failed, accepted] = second.wait_for_requests(2)
    [delivered] = hook.wait_for_requests(1)

    assert (first.sent, first.failed, retried.sent, retried.failed) == (0, 1, 1, 0)
    assert (failed.status, accepted.status) == (500, 200)
    assert len(hook.requests) == 1  # the URL that answered was not sent to again
    ids = {r.headers[ALERT_ID_HEADER] for r in (delivered, failed, accepted)}
    assert ids == {alert_id("World", "a1", "nk", "out")}
    assert id_in_body(accepted.json()["message"]) == id_in_body(delivered.json()["message"])
    assert store.delivery_counts() == {"sent": 1}


def test_different_alerts_have_different_ids() -> None:
    ids = {
        alert_id("World", "a1", "nk", "out"),
        alert_id("World", "a2", "nk", "out"),
        alert_id("World", "a1", "quakes", "out"),
        alert_id("World", "a1", "nk", "mail"),
        alert_id("Other", "a1", "nk", "out"),
    }
    assert len(ids) == 5


def test_poll_of_a_feed_with_a_5mb_title_stores_and_sends_capped_fields(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    path = write_config(
        tmp_path,
        f"""
        defaults:
          alert_on_first_poll: true
        targets:
          - name: hook
            urls: ["{hook.url}"]
        feeds:
          - name: World
            url: {feeds.url("/big")}
            language: en
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
        """,
    )
    feeds.route("/big", body=rss([{"guid": "big", "title": HUGE_TITLE, "link": "https://n.example/big"}]))

    result = CliRunner().invoke(cli, ["poll", "--config", str(path)])

    assert result.exit_code == 0, result.output
    [request] = hook.wait_for_requests(1)
    assert len(request.body) < 4_000
    with Store(load_config(path).database_url()) as store:
        [(_, article)] = store.articles()
    assert len(article.title) <= 1_000 and article.title.endswith("…")


# -- a daemon killed between send and record ------------------------------------------

NK = {"guid": "nk1", "title": "North Korea sends troops to Russia", "link": "https://n.example/nk1"}


def daemon_config(tmp_path: Path, feeds: FeedServer, *urls: str) -> Path:
    listed = ", ".join(f'"{u}"' for u in urls)
    return write_config(
        tmp_path,
        f"""
        defaults:
          poll_interval: 1h
          jitter: 0
          alert_on_first_poll: true
        targets:
          - name: hook
            urls: [{listed}]
        feeds:
          - name: World
            url: {feeds.url("/world.xml")}
            language: en
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
        """,
    )


def test_a_daemon_killed_while_a_receiver_holds_the_alert_resends_it_once_with_the_same_id(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    """The first URL answers and is recorded at once; the second holds the request until the
    daemon is killed (SIGKILL: no clean-up). After a restart only the second is sent to again,
    with the id it had the first time, so it can tell the repeat."""
    feeds.route("/world.xml", body=rss([NK], language="en"))
    with WebhookReceiver("/held") as held:
        held.hold()
        config_path = daemon_config(tmp_path, feeds, hook.url, held.url)

        with DaemonProcess(config_path) as daemon:
            [first_try] = held.wait_for_requests(1, timeout=60)  # the daemon now waits for an answer
            daemon.send(signal.SIGKILL)
            assert daemon.stop() == -signal.SIGKILL
        held.release()

        with DaemonProcess(config_path) as daemon:
            daemon.wait_for_log(r"alert sent: rule nk -> target hook")
            assert daemon.stop() == 0
        [_, second_try] = held.wait_for_requests(2)

    [delivered] = hook.wait_for_requests(1)
    assert len(hook.requests) == 1  # reached before the kill: not repeated
    expected = alert_id("World", "nk1", "nk", "hook")
    assert first_try.headers[ALERT_ID_HEADER] == second_try.headers[ALERT_ID_HEADER] == expected
    assert delivered.headers[ALERT_ID_HEADER] == expected
    assert id_in_body(first_try.json()["message"]) == id_in_body(second_try.json()["message"]) == expected
