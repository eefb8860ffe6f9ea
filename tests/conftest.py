"""Shared fixtures: real servers on 127.0.0.1 and a config file written for them."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.pg import PgServer, find_bindir
from tests.receivers import SmtpReceiver, WebhookReceiver


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def smtp() -> Iterator[SmtpReceiver]:
    with SmtpReceiver() as receiver:
        yield receiver


def write_config(tmp_path: Path, text: str) -> Path:
    """Write a config whose database lives in tmp_path/data."""
    path = tmp_path / "config.yaml"
    body = textwrap.dedent(text)
    if "storage:" not in body:
        body += f"storage:\n  data_dir: {tmp_path / 'data'}\n"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL cluster of our own for the session; skipped without PostgreSQL, except in CI."""
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL is not installed (no pg_ctl under /usr/lib/postgresql/*/bin or on PATH): "
            "`apt-get install postgresql` (.ci/run does) to run the PostgreSQL tests"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    with PgServer(bindir) as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name, url = pg_server.new_database()
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store URL on each backend: a SQLite file in tmp_path/data, and an empty PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'news-monitor.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url
