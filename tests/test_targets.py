"""Where alerts go: the shipped log:// default, `monitor notify-test`, the start-up description."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import load_config
from monitor.delivery.apprise_send import describe_targets, local_syslog_socket
from tests.conftest import write_config
from tests.daemon_process import DaemonProcess
from tests.feedserver import FeedServer, rss
from tests.receivers import SmtpReceiver, WebhookReceiver

ROOT = Path(__file__).parent.parent
NO_SYSLOG = local_syslog_socket() is None


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def targets_config(tmp_path: Path, **targets: str) -> Path:
    lines = "".join(f"  - name: {name}\n    urls: ['{url}']\n" for name, url in targets.items())
    return write_config(tmp_path, f"targets:\n{lines}")


def notify_test(path: Path, target: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["notify-test", "--config", str(path), target])
    return result.exit_code, result.output


def test_the_shipped_config_shows_alerts_in_the_log_until_a_target_is_set() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEWS_MONITOR_ALERT_URL"}

    done = subprocess.run(
        [sys.executable, "-m", "monitor", "notify-test", "--config", str(ROOT / "config.yaml"), "default"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )

    assert done.returncode == 0, done.stderr
    assert "WARNING monitor.alerts: alert: [news-monitor] Test notification for default" in done.stderr
    assert "    If you can read this, alerts for this target will reach you." in done.stderr
    assert done.stdout == "test alert sent to 'default': log:// (written to the log above)\n"


@pytest.mark.skipif(not NO_SYSLOG, reason="this machine has a syslog socket")
def test_notify_test_fails_for_syslog_without_a_socket(tmp_path: Path) -> None:
    code, output = notify_test(targets_config(tmp_path, sys="syslog://"), "sys")

    assert code == 1
    assert output.strip().splitlines() == [
        "Error: test alert to 'sys' failed: syslog://user/: no local syslog socket (/dev/log) on this machine, "
        "so syslog would drop every alert; use log:// to write alerts to the daemon's log, or another service"
    ]


def test_notify_test_fails_once_for_a_refused_port(tmp_path: Path, closed_port: int) -> None:
    code, output = notify_test(targets_config(tmp_path, down=f"json://127.0.0.1:{closed_port}/hook"), "down")

    assert code == 1
    [line] = output.strip().splitlines()  # Apprise's own warning is not printed beside ours
    assert line.startswith("Error: test alert to 'down' failed: ")
    assert "Connection refused" in line


def test_notify_test_fails_once_for_an_smtp_server_that_is_down(tmp_path: Path) -> None:
    with SmtpReceiver() as smtp:
        url = smtp.apprise_url
    code, output = notify_test(targets_config(tmp_path, mail=url), "mail")  # the server is gone now

    assert code == 1
    [line] = output.strip().splitlines()
    assert "test alert to 'mail' failed: " in line and "Connection refused" in line
    assert "smtp-pass" not in output


def test_notify_test_names_each_url_reached(tmp_path: Path, hook: WebhookReceiver) -> None:
    code, output = notify_test(targets_config(tmp_path, hook=hook.url), "hook")

    assert code == 0, output
    assert output == f"test alert sent to 'hook': json://127.0.0.1:{hook.port}/****\n"
    assert hook.wait_for(1)[0]["title"] == "[news-monitor] Test notification for hook"


def test_a_mailto_url_without_a_sender_is_one_clear_config_problem(tmp_path: Path) -> None:
    path = targets_config(tmp_path, mail="mailto://127.0.0.1:2525?to=a@example.org")

    code, output = notify_test(path, "mail")

    assert code == 1
    assert "Invalid ~From~" not in output
    assert "no sender address" in output and "add from=" in output
    assert output.count("no sender address") == 1


def test_describe_targets_says_where_alerts_go(tmp_path: Path, hook: WebhookReceiver) -> None:
    path = write_config(
        tmp_path,
        f"targets:\n  - name: default\n    urls: ['log://']\n"
        f"  - name: hook\n    urls: ['{hook.url}', 'json://bot:Pw-s3cret@127.0.0.1:9/path-t0ken']\n",
    )

    lines = describe_targets(load_config(path))

    assert lines == [
        "alerts for target 'default' go to log:// (this log, at WARNING, until the target has a service URL)",
        f"alerts for target 'hook' go to json://127.0.0.1:{hook.port}/****, json://bot:****@127.0.0.1:9/****",
    ]


def test_describe_targets_without_targets(tmp_path: Path) -> None:
    lines = describe_targets(load_config(write_config(tmp_path, "feeds: []\n")))

    assert lines == [
        "alerts: no targets are configured, so matches are stored but not sent (add one under targets:)"
    ]


@pytest.mark.skipif(not NO_SYSLOG, reason="this machine has a syslog socket")
def test_describe_targets_warns_about_syslog_without_a_socket(tmp_path: Path) -> None:
    [line] = describe_targets(load_config(targets_config(tmp_path, sys="syslog://")))

    assert line.startswith("alerts for target 'sys' go to syslog://user/ (will fail: no local syslog socket")


def test_the_daemon_writes_alerts_to_its_log_with_the_log_target(tmp_path: Path, feeds: FeedServer) -> None:
    path = write_config(
        tmp_path,
        f"""
        defaults:
          poll_interval: 1h
          alert_on_first_poll: true
        targets:
          - name: default
            urls: ["log://"]
        feeds:
          - name: World
            url: {feeds.url("/world.xml")}
            language: en
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
        """,
    )
    feeds.route("/world.xml", body=rss([{"guid": "1", "title": "North Korea sends troops to Russia"}]))

    with DaemonProcess(path) as daemon:
        daemon.wait_for_log(r"WARNING +monitor\.alerts: alert: \[nk\] North Korea sends troops to Russia")
        daemon.wait_for_log(r"alert sent: rule nk -> target default")
        assert daemon.stop() == 0
        output = daemon.output

    assert "    Alert id:  nm-" in output
    assert "    Link:      (none)" in output
