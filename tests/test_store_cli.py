"""`monitor db upgrade | current | history` and the read-only commands against a store, as a user runs them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import Store
from tests.conftest import write_config
from tests.legacy import make_legacy_store
from tests.pg import PASSWORD
from tests.test_store_open import Child

RULES = """
rules:
  - name: nk
    query: '"North Korea" AND Russia AND troops'
    targets: []
"""


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path, RULES)


@pytest.fixture
def legacy(tmp_path: Path, config: Path) -> Path:
    make_legacy_store(f"sqlite:///{tmp_path / 'data' / 'news-monitor.db'}")
    return config


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[Child]:
    child = Child(f"sqlite:///{tmp_path / 'data' / 'news-monitor.db'}", "hold", "daemon")
    try:
        child.ready()
        child.go()
        assert child.outcome().startswith("done")
        yield child
    finally:
        child.close()


@pytest.mark.parametrize(
    "command",
    [
        ["matches"],
        ["rules", "test", "nk"],
        ["rules", "explain", "nk", "1"],
        ["db", "current"],
        ["db", "upgrade"],
    ],
)
def test_no_command_but_run_and_poll_creates_a_database(
    tmp_path: Path, config: Path, command: list[str]
) -> None:
    code, output = invoke(*command, "--config", str(config))
    assert code == 1, output
    assert f"no database at {tmp_path / 'data' / 'news-monitor.db'}: nothing has been polled" in output
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("command", [["matches"], ["rules", "test", "nk"], ["rules", "explain", "nk", "1"]])
def test_read_only_commands_ask_for_an_upgrade(legacy: Path, command: list[str]) -> None:
    code, output = invoke(*command, "--config", str(legacy))
    assert code == 1 and "run `monitor db upgrade` (with the same --config) first" in output


def test_db_upgrade_current_and_history(tmp_path: Path, legacy: Path) -> None:
    db = tmp_path / "data" / "news-monitor.db"
    code, output = invoke("db", "current", "--config", str(legacy))
    assert code == 0
    assert (
        output
        == f"{db}: schema revision none (news-monitor 0.1, before migrations), behind 0005: run `monitor db upgrade`\n"
    )
    code, output = invoke("db", "history", "--config", str(legacy))
    assert output.splitlines()[:2] == [
        "  0001  The schema of news-monitor 0.1: feeds, articles, matches, deliveries.",
        "  0002  Mask credentials in stored feed URLs: feeds.config_url, url, key, last_error and articles.feed.",
    ]

    code, output = invoke("db", "upgrade", "--config", str(legacy))
    assert code == 0, output
    [backup] = (tmp_path / "data").glob("news-monitor.db.backup-unversioned-*")
    assert output.splitlines() == [
        f"{db}: upgraded from schema revision none to 0005",
        f"the database before the upgrade was copied to {backup} (delete it when satisfied)",
    ]
    code, output = invoke("db", "current", "--config", str(legacy))
    assert output == f"{db}: schema revision 0005, up to date\n"
    code, output = invoke("db", "history", "--config", str(legacy))
    lines = output.splitlines()
    assert lines[0].startswith("  0001") and lines[1].startswith("  0002  Mask credentials")
    assert lines[2].startswith("  0003  Articles remember") and lines[3].startswith("* 0005  Feeds remember")
    assert lines[4] == f"* marks the revision of {db}"
    code, output = invoke("db", "upgrade", "--config", str(legacy))
    assert (code, output) == (0, f"{db}: already at the newest schema revision 0005\n")

    code, output = invoke("matches", "--config", str(legacy))
    assert code == 0 and "North Korea sends troops to Russia" in output
    assert "https://***@private.example/feed?token=***"[:18] in output  # the private feed's name, masked


def test_db_upgrade_refuses_while_the_daemon_runs(tmp_path: Path, legacy: Path, daemon: Child) -> None:
    code, output = invoke("db", "upgrade", "--config", str(legacy))
    assert code == 1
    assert (
        f"cannot upgrade the database at {tmp_path / 'data' / 'news-monitor.db'} while the daemon (pid "
        in output
    )
    assert not list((tmp_path / "data").glob("*.backup-*"))
    code, output = invoke("db", "current", "--config", str(legacy))
    assert "behind 0005" in output


def test_db_history_without_a_database_still_lists_the_revisions(tmp_path: Path, config: Path) -> None:
    code, output = invoke("db", "history", "--config", str(config))
    assert code == 0 and output.startswith("  0001  ") and "no database at" in output
    assert not (tmp_path / "data").exists()


def test_db_commands_on_postgresql_never_show_the_password(tmp_path: Path, pg_url: str) -> None:
    config = write_config(tmp_path, RULES + f"storage:\n  url: {pg_url}\n")
    code, output = invoke("db", "current", "--config", str(config))
    assert (code, output.split(": ", 1)[1]) == (
        0,
        "schema revision none (empty), `monitor poll` or `monitor run` creates the tables\n",
    )
    code, output = invoke("matches", "--config", str(config))
    assert code == 1 and "is empty: nothing has been polled" in output
    code, output = invoke("db", "upgrade", "--config", str(config))
    assert code == 0 and "upgraded from schema revision none to 0005" in output
    Store(pg_url, mode="existing").close()
    assert "postgres:***@127.0.0.1" in output and PASSWORD not in output
