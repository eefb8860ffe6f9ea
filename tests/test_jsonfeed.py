"""JSON Feed 1.0 and 1.1: the same Articles as RSS and Atom, clear errors for other JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from monitor.parse import parse_feed
from tests.feedserver import rss

FEED_11: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Example &amp; Co",
    "home_page_url": "https://news.example/",
    "feed_url": "https://news.example/feed.json",
    "language": "de-DE",
    "authors": [{"name": "Redaktion"}],
    "items": [
        {
            "id": "urn:item:1",
            "url": "/2026/wahl",
            "title": "Wahlen in Berlin",
            "content_html": "<p>Die <b>ganze</b> Geschichte.</p><p>Zweiter Absatz.</p>",
            "summary": "Kurz gesagt.",
            "date_published": "2026-11-29T08:30:00+02:00",
            "date_modified": "2026-11-30T00:00:00Z",
            "authors": [{"name": "Anna Schmidt"}, {"name": "Ben Braun"}, {"url": "https://x.example/"}],
            "tags": ["Politik", "Berlin", "Politik"],
        },
        {
            "id": 42,
            "external_url": "https://elsewhere.example/story",
            "title": "Only modified",
            "content_text": "Plain <text> stays as written.",
            "date_modified": "2026-12-01T10:00:00Z",
            "language": "en",
        },
        {"url": "https://news.example/no-id", "content_text": "No id: the url is the uid."},
        {"content_text": "Neither id nor url", "url": "javascript:alert(1)"},
    ],
}

FEED_10: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1",
    "title": "Old style",
    "author": {"name": "Feed Author"},
    "items": [
        {
            "id": "1",
            "url": "https://old.example/1",
            "title": "First",
            "content_text": "Text",
            "date_published": "2020-01-02T03:04:05-05:00",
        },
        {"id": "2", "title": "Second", "content_html": "<p>x</p>", "author": {"name": "Item Author"}},
    ],
}


def body(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def test_json_feed_11_items_become_articles() -> None:
    parsed = parse_feed(body(FEED_11), "jf", base_url="https://news.example/feed.json", default_language="fr")

    assert parsed.error is None
    assert parsed.title == "Example &amp; Co"  # titles are plain text in JSON Feed
    assert parsed.language == "de"
    first, second, third, fourth = parsed.articles
    assert first.uid == "urn:item:1"
    assert first.feed == "jf"
    assert first.title == "Wahlen in Berlin"
    assert first.summary == "Kurz gesagt."
    assert first.content == "Die ganze Geschichte.\nZweiter Absatz."
    assert first.link == "https://news.example/2026/wahl"  # made absolute
    assert first.author == "Anna Schmidt, Ben Braun"
    assert first.published == datetime(2026, 11, 29, 6, 30, tzinfo=UTC)  # published wins over modified
    assert first.language == "de"
    assert first.tags == ("Politik", "Berlin")

    assert second.uid == "42"
    assert second.link == "https://elsewhere.example/story"
    assert second.content == "Plain <text> stays as written."
    assert second.published == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # modified when no published
    assert second.language == "en"  # the item's own language
    assert second.author == "Redaktion"  # the feed's authors when the item has none

    assert third.uid == "https://news.example/no-id"
    assert fourth.link == ""  # javascript: never reaches an alert
    assert fourth.uid.startswith("sha256:")
    assert parsed.warnings == ()


def test_json_feed_10_with_author_objects() -> None:
    parsed = parse_feed(body(FEED_10), "old")

    first, second = parsed.articles
    assert first.author == "Feed Author"
    assert first.published == datetime(2020, 1, 2, 8, 4, 5, tzinfo=UTC)
    assert first.content == "Text"
    assert second.author == "Item Author"
    assert second.link == ""
    assert second.published is None


def test_json_feed_matches_the_same_article_as_rss() -> None:
    item = {
        "guid": "g1",
        "title": "Ships leave Odesa",
        "link": "https://n.example/1",
        "description": "Grain.",
    }
    as_rss = parse_feed(rss([item]), "f").articles[0]
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [
            {"id": "g1", "title": "Ships leave Odesa", "url": "https://n.example/1", "summary": "Grain."}
        ],
    }

    as_json = parse_feed(body(document), "f").articles[0]

    assert as_json == as_rss


@pytest.mark.parametrize("content_type", [None, "application/feed+json", "application/json; charset=utf-8"])
def test_json_feed_is_recognised_with_or_without_its_media_type(content_type: str | None) -> None:
    parsed = parse_feed(b"\n  " + body(FEED_10), "f", content_type=content_type)
    assert parsed.error is None and len(parsed.articles) == 2


def test_xml_served_as_json_is_still_read_as_xml() -> None:
    parsed = parse_feed(rss([{"guid": "1", "title": "t"}]), "f", content_type="application/json")
    assert parsed.error is None and parsed.articles[0].title == "t"


@pytest.mark.parametrize(
    ("raw", "content_type", "error"),
    [
        (b'{"items": [}', None, "not a JSON Feed: invalid JSON at line 1, column 12: Expecting value"),
        (b'{\n  "title": "x",\n  oops\n}', None, "not a JSON Feed: invalid JSON at line 3, column 3"),
        (b"null", "application/json", "not a JSON Feed: the JSON is null, not an object"),
        (b"[1, 2]", None, "not a JSON Feed: the JSON is a list, not an object"),
        (
            b'{"items": []}',
            None,
            'it has no version (expected "version": "https://jsonfeed.org/version/1.1")',
        ),
        (b'{"version": "2.0", "items": []}', None, "its version is '2.0'"),
        (b"[" * 100_000, None, "not a JSON Feed: "),
    ],
)
def test_json_that_is_not_a_json_feed_is_a_clear_error(
    raw: bytes, content_type: str | None, error: str
) -> None:
    parsed = parse_feed(raw, "f", content_type=content_type)

    assert parsed.articles == ()
    assert parsed.error is not None
    assert parsed.error.startswith("not a JSON Feed: ")
    assert error in parsed.error


def test_wrong_types_are_ignored_with_a_warning_naming_item_and_key() -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [
            "not an object",
            {
                "id": "a",
                "title": ["list"],
                "tags": "one",
                "date_published": "yesterday",
                "content_text": "ok",
            },
            {"id": "b", "title": "fine"},
        ],
    }

    parsed = parse_feed(body(document), "f")

    assert [a.uid for a in parsed.articles] == ["a", "b"]
    assert parsed.articles[0].title == "" and parsed.articles[0].content == "ok"
    warnings = "\n".join(parsed.warnings)
    assert "items[0] is a string, not an object; skipped" in warnings
    assert "items[1].title is a list, not a string; ignored" in warnings
    assert "items[1].tags is a string, not a list of strings; ignored" in warnings
    assert "items[1].date_published 'yesterday' is not an RFC 3339 date; ignored" in warnings


def test_invalid_utf8_in_json_replaces_only_the_bad_byte() -> None:
    raw = body(
        {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Grüße aus Köln"}]}
    )
    broken = raw.replace("ü".encode(), b"\xfc")

    parsed = parse_feed(broken, "f")

    assert parsed.articles[0].title == "Gr\ufffdße aus Köln"
    assert any("1 byte sequence not valid utf-8 replaced by U+FFFD" in w for w in parsed.warnings)
