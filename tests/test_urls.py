"""Secrets in feed URLs are masked for people and storage, and kept apart for fetching."""

from __future__ import annotations

import pytest

from monitor.urls import credentials, masked, redact, without_credentials


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:s3cret@feeds.example/rss", "https://***@feeds.example/rss"),
        ("https://tok123@feeds.example/rss", "https://***@feeds.example/rss"),
        ("https://feeds.example/rss?api_key=abc&lang=de", "https://feeds.example/rss?api_key=***&lang=de"),
        ("https://feeds.example/rss?token=abc", "https://feeds.example/rss?token=***"),
        ("https://feeds.example/rss?lang=de", "https://feeds.example/rss?lang=de"),
        ("https://feeds.example:8443/rss", "https://feeds.example:8443/rss"),
        ("ftp://u:pw@[bad", "ftp://***@[bad"),
        ("reader:s3cret@feeds.example/rss", "***@feeds.example/rss"),  # its scheme forgotten
    ],
)
def test_masked_hides_userinfo_and_secret_query_values(url: str, shown: str) -> None:
    assert masked(url) == shown


def test_credentials_are_split_off_decoded() -> None:
    url = "https://alice:p%40ss@feeds.example:8080/rss?x=1"
    assert credentials(url) == ("alice", "p@ss")
    assert without_credentials(url) == "https://feeds.example:8080/rss?x=1"
    assert credentials("https://feeds.example/rss") is None
    assert without_credentials("https://feeds.example/rss") == "https://feeds.example/rss"


def test_redact_masks_urls_and_their_passwords_in_free_text() -> None:
    url = "https://alice:hunter22@feeds.example/rss"
    text = f"fetch of {url} failed; retried with password hunter22"
    out = redact(text, [url])
    assert "hunter22" not in out and "https://***@feeds.example/rss" in out
