"""OPML 2.0, the feed lists readers exchange: read another reader's file, write ours.

Reading: every `<outline>` with an `xmlUrl` is a feed; the outlines it sits in (folders,
as Feedly, Inoreader, Miniflux, NetNewsWire and newsboat's exports write them) and its
`category` attribute (`/World/Europe,Tech`) become its tags, outermost first. Its name
is its `title`, else its `text`. Outlines without an http(s) `xmlUrl` are skipped and
counted, so nothing is dropped silently.

Writing: one folder per feed's first tag, feeds without tags at the top, every tag in
the `category` attribute, so reading the file back gives the same feeds and tags.
Credentials in feed URLs are masked unless asked for (`monitor feeds export
--with-credentials`): an OPML file is meant to be handed around.

Pure: bytes in, feeds out; text out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import quoteattr

from monitor.errors import OpmlError
from monitor.urls import masked


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    name: str | None = None
    tags: tuple[str, ...] = ()
    site: str | None = None  # the outline's htmlUrl


@dataclass(frozen=True)
class OpmlList:
    title: str
    feeds: list[OpmlFeed]
    skipped: list[str] = field(default_factory=list)  # why each unusable outline was left out


def read_opml(data: bytes, source: str = "<opml>") -> OpmlList:
    """The feeds of an OPML document; raises OpmlError naming `source` and the place of a problem."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise OpmlError(f"{source}:{line}:{column + 1}: not an OPML file: {exc}") from None
    if root.tag != "opml":
        raise OpmlError(f"{source}: not an OPML file: its root element is <{root.tag}>, not <opml>")
    body = root.find("body")
    if body is None:
        raise OpmlError(f"{source}: not an OPML file: it has no <body>")
    title = (root.findtext("head/title") or "").strip()
    feeds: list[OpmlFeed] = []
    skipped: list[str] = []
    _walk(body, (), feeds, skipped)
    return OpmlList(title, feeds, skipped)


def _walk(parent: ET.Element, folders: tuple[str, ...], feeds: list[OpmlFeed], skipped: list[str]) -> None:
    for outline in parent.findall("outline"):
        label = (outline.get("title") or outline.get("text") or "").strip()
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            _walk(outline, (*folders, label) if label else folders, feeds, skipped)
            continue
        if not url.lower().startswith(("http://", "https://")):
            skipped.append(f"{label or repr(url)}: {masked(url)!r} is not an http:// or https:// URL")
            continue
        tags = [*folders, *_categories(outline.get("category") or "")]
        feeds.append(
            OpmlFeed(
                url=url,
                name=label or None,
                tags=tuple(dict.fromkeys(t for t in tags if t)),
                site=(outline.get("htmlUrl") or "").strip() or None,
            )
        )


def _categories(text: str) -> list[str]:
    """`/World/Europe,Tech` -> World, Europe, Tech."""
    return [part.strip() for item in text.split(",") for part in item.split("/") if part.strip()]


def write_opml(
    feeds: Iterable[tuple[str, str | None, Iterable[str]]],
    title: str = "news-monitor feeds",
    *,
    credentials: bool = False,
    now: datetime | None = None,
) -> str:
    """An OPML 2.0 document of (url, name, tags) feeds, folders by first tag."""
    now = now or datetime.now(UTC)
    folders: dict[str, list[str]] = {}
    loose: list[str] = []
    for url, name, tags in feeds:
        tags = list(tags)
        shown = url if credentials else masked(url)
        label = quoteattr(name or masked(url))
        category = f" category={quoteattr(','.join('/' + t for t in tags))}" if tags else ""
        line = f'<outline type="rss" text={label} title={label} xmlUrl={quoteattr(shown)}{category}/>'
        (folders.setdefault(tags[0], []) if tags else loose).append(line)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{format_datetime(now, usegmt=True)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for folder, items in folders.items():
        lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
        lines += [f"      {item}" for item in items]
        lines.append("    </outline>")
    lines += [f"    {item}" for item in loose]
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["OpmlFeed", "OpmlList", "read_opml", "write_opml"]
