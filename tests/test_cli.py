"""The `monitor` commands as a user runs them."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from tests.conftest import write_config
from tests.receivers import WebhookReceiver

ROOT = Path(__file__).parent.parent
COMMANDS = ["run", "poll", "check", "matches", "notify-test", "match"]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def hook_config(tmp_path: Path, url: str) -> Path:
    return write_config(
        tmp_path,
        f"""
        targets:
          - name: hook
            urls: ["{url}"]
        feeds:
          - name: World
            url: https://world.example/rss
            tags: [world]
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
          - name: quakes
            query: 'earthquake* OR tsunami'
            tags: [world]
        """,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    code, output = invoke(command, "--help")
    assert code == 0
    assert "Usage: " in output and "--config" in output
    assert len(output.splitlines()) > 4


def test_python_dash_m_and_version() -> None:
    done = subprocess.run([sys.executable, "-m", "monitor", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "news-monitor" in done.stdout


def test_check_accepts_the_shipped_config() -> None:
    code, output = invoke("check", "--config", str(ROOT / "config.yaml"))
    assert code == 0, output
    assert "OK (7 feeds" in output


def test_check_says_which_monitored_languages_have_partial_support(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        feeds:
          - url: https://de.example/rss
            language: de
          - url: https://ko.example/rss
            language: ko
          - url: https://vi.example/rss
            language: vi
          - url: https://sk.example/rss
            language: sk
        rules:
          - name: tax
            query: tax
        """,
    )
    code, output = invoke("check", "--config", str(path))
    assert code == 0, output
    assert "full support: de en" in output
    assert "ko: partial (no lemmas: nouns lose their particles" in output
    assert "sk: partial (no dictionary: rule words outside the concept pack find nothing there" in output
    assert "vi: partial (no dictionary of its own: rule words outside the concept pack only through" in output


def test_check_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        feeds:
          - url: ftp://x.example/feed
            pol_interval: 5m
        """,
    )
    code, output = invoke("check", "--config", str(path))
    assert code == 1
    assert "2 problem(s)" in output
    assert f"{path}:3:10: feeds[0].url: 'ftp://x.example/feed' is not an http:// or https:// URL" in output
    assert f"{path}:4:5: feeds[0].pol_interval: unknown key 'pol_interval'" in output


def test_check_semantic_problems(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        "rules:\n  - name: r\n    query: 'troops AND'\n    targets: [nobody]\n",
    )
    code, output = invoke("check", "--config", str(path))
    assert code == 1
    assert f"{path}:3:20: rules[0].query: AND needs a term after it" in output
    assert f"{path}:4:15: rules[0].targets[0]: unknown target 'nobody'" in output


def test_notify_test_reaches_the_target(tmp_path: Path, hook: WebhookReceiver) -> None:
    code, output = invoke("notify-test", "--config", str(hook_config(tmp_path, hook.url)), "hook")
    assert code == 0, output
    [message] = hook.wait_for(1)
    assert "hook" in message["title"] + message["message"]


def test_notify_test_failures_are_reported(tmp_path: Path, hook: WebhookReceiver) -> None:
    path = hook_config(tmp_path, hook.url)
    code, output = invoke("notify-test", "--config", str(path), "nobody")
    assert code == 1 and "unknown target 'nobody' (targets: hook)" in output
    hook.fail_with(503)
    code, output = invoke("notify-test", "--config", str(path), "hook")
    assert code == 1 and "test alert to 'hook' failed" in output


def test_matches_without_a_store_says_where_it_looked_and_creates_none(tmp_path: Path) -> None:
    code, output = invoke("matches", "--config", str(hook_config(tmp_path, "json://127.0.0.1:9/x")))
    assert code == 1 and f"no database at {tmp_path / 'data' / 'news-monitor.db'}" in output
    assert "run `monitor poll` or `monitor run` first" in output
    assert not (tmp_path / "data").exists()


def test_matches_on_an_empty_store(tmp_path: Path) -> None:
    from monitor.config import load_config
    from monitor.store import Store

    path = hook_config(tmp_path, "json://127.0.0.1:9/x")
    Store(load_config(path).database_url()).close()
    code, output = invoke("matches", "--config", str(path))
    assert code == 0 and "no matches yet" in output
    code, output = invoke("matches", "--config", str(path), "--rule", "nk")
    assert code == 0 and "no matches of rule 'nk' yet" in output
    code, output = invoke("matches", "--config", str(path), "--rule", "nkk")
    assert code == 1 and "no rule is named 'nkk'" in output and "did you mean 'nk'?" in output


ARTICLES = [
    {
        "id": "de-1",
        "title": "Nordkorea schickt Soldaten",
        "summary": "North Korea has sent troops to Russia, officials said.",
        "language": "en",
    },
    {"id": "q-1", "title": "Earthquakes shake Japan", "feed": "World"},
    {"id": "q-2", "title": "Earthquakes shake Japan", "feed": "Elsewhere"},
    {"id": "x-1", "title": "Markets are calm"},
]


def test_match_prints_one_json_line_per_article_and_rule(tmp_path: Path) -> None:
    path = hook_config(tmp_path, "json://127.0.0.1:9/x")
    lines = tmp_path / "articles.jsonl"
    lines.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    result = CliRunner().invoke(cli, ["match", "--config", str(path), str(lines)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["rule"]) for r in records] == [("de-1", "nk"), ("q-1", "quakes")]
    assert records[0]["terms"] == ["North Korea", "Russia", "troops"]
    assert records[1]["terms"] == ["earthquake* (Earthquakes)"]


def test_match_explain_adds_fields_and_snippet(tmp_path: Path) -> None:
    path = hook_config(tmp_path, "json://127.0.0.1:9/x")
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps(ARTICLES[0]) + "\n")
    code, output = invoke("match", "--config", str(path), "--explain", str(lines))
    assert code == 0, output
    record = json.loads(output)
    assert record["snippet"] == "**North Korea** has sent **troops** to **Russia**, officials said."
    assert record["fields"]["summary"] == [
        '"North Korea" -> North Korea',
        "Russia -> Russia",
        "troops -> troops",
    ]


def test_match_rejects_a_bad_line_with_its_number(tmp_path: Path) -> None:
    path = hook_config(tmp_path, "json://127.0.0.1:9/x")
    lines = tmp_path / "articles.jsonl"
    lines.write_text('{"id": "1", "title": "ok"}\n{"title": "no id"}\n')
    code, output = invoke("match", "--config", str(path), str(lines))
    assert code == 1 and "line 2: missing key 'id'" in output
    lines.write_text("{not json\n")
    code, output = invoke("match", "--config", str(path), str(lines))
    assert code == 1 and "line 1: not valid JSON" in output


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_unit_verifies_and_is_hardened(tmp_path: Path) -> None:
    unit = (ROOT / "systemd" / "monitor.service").read_text()
    for setting in ("DynamicUser=yes", "StateDirectory=", "ProtectSystem=strict", "NoNewPrivileges=yes"):
        assert setting in unit
    assert "Restart=on-failure" in unit
    monitor = Path(sys.executable).parent / "monitor"
    local = tmp_path / "news-monitor.service"
    local.write_text(unit.replace("/opt/news-monitor/.venv/bin/monitor", str(monitor)))
    done = subprocess.run(["systemd-analyze", "verify", str(local)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "" and done.stdout.strip() == ""


def test_make_run_and_install_put_no_development_tools_into_the_environment() -> None:
    root = Path(__file__).parent.parent
    for target, extra in (("run", ""), ("install", "EXTRAS=postgres")):
        plan = subprocess.run(
            ["make", "-n", "-B", target, *([extra] if extra else [])],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        [sync] = [line for line in plan.splitlines() if " sync " in line]
        assert "--no-dev" in sync and "--all-extras" not in sync
        assert ("--extra postgres" in sync) is bool(extra)
    test_plan = subprocess.run(["make", "-n", "-B", "test"], cwd=root, capture_output=True, text=True).stdout
    [sync] = [line for line in test_plan.splitlines() if " sync " in line]
    assert "--no-dev" not in sync


def test_config_and_verbose_are_taken_before_and_after_groups_and_commands(tmp_path: Path) -> None:
    path = write_config(tmp_path, "rules:\n  - name: nk\n    query: troops\n")
    assert invoke("poll", "-c", str(path))[0] == 0  # creates the store
    for args in (
        ["rules", "-c", str(path), "check"],
        ["-c", str(path), "rules", "check"],
        ["rules", "check", "--config", str(path)],
    ):
        code, output = invoke(*args)
        assert code == 0 and "1 rules, 0 blocks: no errors" in output, (args, output)
    for args, level in (
        (["db", "-c", str(path), "current"], logging.WARNING),
        (["db", "-c", str(path), "current", "-v"], logging.DEBUG),
        (["db", "-v", "-c", str(path), "history"], logging.DEBUG),
        (["-v", "matches", "-c", str(path)], logging.DEBUG),
        (["notify-test", "-c", str(path), "nosuch"], logging.WARNING),
    ):
        invoke(*args)
        assert logging.getLogger().level == level, args
