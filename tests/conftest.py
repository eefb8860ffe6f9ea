"""Shared fixtures: real servers on 127.0.0.1 and a config file written for them."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
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
