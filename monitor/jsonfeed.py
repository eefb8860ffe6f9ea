"""JSON Feed 1.0 and 1.1 documents (https://jsonfeed.org/version/1.1) -> plain items.

Pure: reads the JSON structure only; `parse.py` turns the items into Articles the way
it does RSS and Atom entries. Values of the wrong type are ignored with a warning that
names the item and the key, so one odd item never costs the others.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["JsonFeed", "JsonFeedError", "JsonItem", "read_json_feed"]

VERSION_PREFIX = "https://jsonfeed.org/version/"


class JsonFeedError(ValueError):
    """The body is not a JSON Feed; the message says why."""


@dataclass(frozen=True)
class JsonItem:
    """One item's fields, as strings (empty when absent); `published` is aware UTC or None."""

    id: str
    url: str
    external_url: str
    title: str
    content_html: str
    content_text: str
    summary: str
    published: datetime | None
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class JsonFeed:
    title: str
    home_page_url: str
    language: str
    authors: tuple[str, ...]
    items: tuple[JsonItem, ...]
    warnings: tuple[str, ...]


def read_json_feed(text: str) -> JsonFeed:
    """The feed in `text`; raises JsonFeedError when it is not JSON or not a JSON Feed."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonFeedError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise JsonFeedError("invalid JSON: nested too deeply") from None
    if not isinstance(document, dict):
        raise JsonFeedError(f"the JSON is {_kind(document)}, not an object with a JSON Feed version")
    version = document.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        found = f"its version is {version!r}" if "version" in document else "it has no version"
        raise JsonFeedError(f'{found} (expected "version": "{VERSION_PREFIX}1.1")')
    warnings: list[str] = []
    feed = _Reader(document, "the feed", warnings)
    raw_items = document.get("items")
    if raw_items is None:
        raw_items = []
        warnings.append('the feed has no "items" list')
    elif not isinstance(raw_items, list):
        warnings.append(f'"items" is {_kind(raw_items)}, not a list; no items read')
        raw_items = []
    items = []
    for position, raw in enumerate(raw_items):
        if not isinstance(raw, dict):
            warnings.append(f"items[{position}] is {_kind(raw)}, not an object; skipped")
            continue
        items.append(_item(_Reader(raw, f"items[{position}]", warnings)))
    return JsonFeed(
        title=feed.text("title"),
        home_page_url=feed.text("home_page_url"),
        language=feed.text("language"),
        authors=feed.authors(),
        items=tuple(items),
        warnings=tuple(warnings),
    )


def _item(item: _Reader) -> JsonItem:
    return JsonItem(
        id=item.text("id", numbers=True),  # an id must be a string; numbers are common
        url=item.text("url"),
        external_url=item.text("external_url"),
        title=item.text("title"),
        content_html=item.text("content_html"),
        content_text=item.text("content_text"),
        summary=item.text("summary"),
        published=item.date("date_published") or item.date("date_modified"),
        authors=item.authors(),
        tags=item.strings("tags"),
        language=item.text("language"),
    )


class _Reader:
    """Typed access to one JSON object, recording a warning for each value of the wrong type."""

    def __init__(self, data: Mapping[str, Any], where: str, warnings: list[str]) -> None:
        self.data = data
        self.where = where
        self.warnings = warnings

    def _wrong(self, key: str, value: Any, wanted: str) -> None:
        self.warnings.append(f"{self.where}.{key} is {_kind(value)}, not {wanted}; ignored")

    def text(self, key: str, *, numbers: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        if numbers and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self._wrong(key, value, "a string")
        return ""

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._wrong(key, value, "a list of strings")
            return ()
        return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))

    def date(self, key: str) -> datetime | None:
        text = self.text(key)
        if not text:
            return None
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            self.warnings.append(f"{self.where}.{key} {text[:40]!r} is not an RFC 3339 date; ignored")
            return None
        # RFC 3339 times carry an offset; one without is taken as UTC.
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def authors(self) -> tuple[str, ...]:
        """Names from `authors` (1.1), else `author` (1.0)."""
        if "authors" in self.data:
            raw = self.data["authors"]
            if not isinstance(raw, list):
                self._wrong("authors", raw, "a list")
                return ()
        elif "author" in self.data:
            raw = [self.data["author"]]
        else:
            return ()
        names: dict[str, None] = {}
        for author in raw:
            name = author.get("name") if isinstance(author, dict) else None
            if isinstance(name, str) and name.strip():
                names.setdefault(name.strip(), None)
        return tuple(names)


def _kind(value: Any) -> str:
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return kinds.get(type(value), "a number")
