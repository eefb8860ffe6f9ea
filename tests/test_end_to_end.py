"""The whole daemon, for real: feeds over HTTP on 127.0.0.1, alerts to a local webhook
and a local SMTP server, a SQLite file, SIGTERM, and a restart that must not repeat alerts."""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

from tests.conftest import write_config
from tests.daemon_process import DaemonProcess
from tests.feedserver import FeedServer, rss
from tests.receivers import SmtpReceiver, WebhookReceiver, body_text

SECRET = "pw-TOPSECRET-4711"

A1 = {"guid": "a1", "title": "North Korea sends troops to Russia", "link": "https://n.example/a1"}
A2 = {
    "guid": "a2",
    "title": "North Korean troops arrive in Russia",
    "description": "Officials say North Korea has sent more troops to Russia's Kursk region.",
    "link": "https://n.example/a2",
    "pubDate": "Sat, 28 Nov 2026 10:00:00 +0100",
}
A3 = {
    "guid": "a3",
    "title": "Weather in Berlin",
    "description": "Sunny, then rain.",
    "link": "https://n.example/a3",
}
A4 = {
    "guid": "a4",
    "title": "More troops from North Korea head to Russia",
    "link": "https://n.example/a4",
}


def daemon_config(tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver, smtp: SmtpReceiver) -> Path:
    return write_config(
        tmp_path,
        f"""
        defaults:
          poll_interval: 1s
          jitter: 0
          timeout: 5s
        targets:
          - name: hook
            urls: ["{hook.url}"]
          - name: mail
            urls: ["${{MAIL_URL}}"]
        feeds:
          - name: World
            url: {feeds.url("/world.xml")}
            language: en
        rules:
          - name: nk-troops
            query: '"North Korea" AND Russia AND troops'
        """,
    )


def test_daemon_alerts_once_per_story_across_a_restart(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    with SmtpReceiver(password=SECRET) as smtp:
        config = daemon_config(tmp_path, feeds, hook, smtp)
        env = {"MAIL_URL": smtp.apprise_url}
        feeds.route("/world.xml", body=rss([A1], language="en"))

        with DaemonProcess(config, env) as daemon:
            daemon.wait_for_log(r"first poll of 1 new feed records their current items without alerting")
            daemon.wait_for_log(
                r"matching: 2\d\d concepts, 2\d\d places; .* detected among 49 languages \(ar, .*\); "
                r".* unsure is stored as und and matched in its likely languages and en;"
            )
            daemon.wait_for_log(r"feed World: first poll, 1 item recorded without alerting")
            feeds.route("/world.xml", body=rss([A2, A3, A1], language="en"))
            [message] = hook.wait_for(1)
            [mail] = smtp.wait_for(1)
            daemon.wait_for_log(r"feed World: nothing new", count=2)
            assert daemon.stop() == 0
            first_run = daemon.output
        assert "stopped" in first_run

        assert "nk-troops" in message["title"] and A2["title"] in message["title"]
        assert "World" in message["message"] and A2["link"] in message["message"]
        assert "2026-11-28 09:00 UTC" in message["message"]
        assert "Matched:   North Korea -> North Korean; Russia; troops" in message["message"]
        assert "\n\nNorth Korean troops arrive in Russia\n\n" in message["message"]  # the snippet, unmarked
        assert "**" not in message["message"]  # plain text: no literal marks
        assert A2["title"] in mail["Subject"] and A2["link"] in body_text(mail)

        feeds.route("/world.xml", body=rss([A4, A2, A3, A1], language="en"))
        with DaemonProcess(config, env) as daemon:
            hook.wait_for(2)
            smtp.wait_for(2)
            daemon.wait_for_log(r"feed World: nothing new", count=2)
            assert daemon.stop() == 0
            second_run = daemon.output

        assert [m["title"] for m in hook.messages] == [
            f"[nk-troops] {A2['title']}",
            f"[nk-troops] {A4['title']}",
        ]
        assert len(smtp.messages) == 2
        assert "first poll" not in second_run  # the restart knew the feed already

    db = sqlite3.connect(tmp_path / "data" / "news-monitor.db")
    with db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (4,)
        rows = db.execute("SELECT a.uid FROM matches m JOIN articles a ON a.id = m.article_id ORDER BY m.id")
        assert [r[0] for r in rows] == ["a2", "a4"]
        statuses = db.execute("SELECT target, status, attempts FROM deliveries ORDER BY id").fetchall()
        assert statuses == [("hook", "sent", 1), ("mail", "sent", 1)] * 2
    db.close()
    for run_output in (first_run, second_run):
        assert SECRET not in run_output


def test_daemon_reloads_an_edited_config_and_keeps_running_on_a_broken_one(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver, smtp: SmtpReceiver
) -> None:
    config = daemon_config(tmp_path, feeds, hook, smtp)
    feeds.route("/world.xml", body=rss([A3], language="en"))
    with DaemonProcess(config, {"MAIL_URL": smtp.apprise_url}) as daemon:
        daemon.wait_for_log(r"feed World: first poll")
        text = config.read_text()
        config.write_text(text.replace('query: \'"North Korea"', 'query: \'("North Korea"'))
        daemon.wait_for_log(r"config .* not reloaded, still running the previous one")
        assert daemon.count(r"rules\[0\]\.query: missing '\)' to close this '\('") == 1
        weather = text.replace("'\"North Korea\" AND Russia AND troops'", "weather NEAR/2 Berlin")
        config.write_text(weather.replace("name: nk-troops", "name: weather"))
        daemon.wait_for_log(r"config reloaded: 1 feeds, 1 rules")
        daemon.send(signal.SIGHUP)  # systemctl reload: the unchanged file is read again
        daemon.wait_for_log(r"config reloaded: 1 feeds, 1 rules", count=2)
        feeds.route("/world.xml", body=rss([{**A3, "guid": "a3-bis"}, A3], language="en"))
        [message] = hook.wait_for(1)
        assert daemon.stop() == 0
    assert message["title"] == f"[weather] {A3['title']}"
