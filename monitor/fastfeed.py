"""Plain, well-formed RSS 2.0 and Atom 1.0 read straight from expat, into what feedparser would
have given.

Why: feedparser is about two thirds of a new item's CPU from bytes to a stored article
(0.12 of 0.17 ms per item in the parser process, 2026-12-06), most of it its own
bookkeeping around the same expat parser (a handler lookup by name, a deep copy of every
text field's details, a dictionary that aliases keys). Most feeds are plain RSS 2.0 or Atom
1.0 with a handful of elements; for those, this module walks the expat events itself and
builds the few fields `parse.py` reads, by feedparser's own rules (its text clean-up: strip,
the UTF-8-read-as-Latin-1 repair, windows-1252 code points; its guess of HTML in an RSS
title; a permalink guid or an Atom id standing in for a missing link; an Atom entry's last
`alternate` HTML link; "name (email)" for an Atom author; its date parser).

Anything else returns None and the document goes to feedparser, which stays the one
reader of everything unusual: RSS 0.9x/1.0, Atom 0.3, a DOCTYPE or entity declaration, an
encoding other than UTF-8, a byte-order mark, `xml:base`, `xml:lang` anywhere but on an Atom
feed's root, a namespace (matched by URI, as feedparser does), element or attribute not
listed below, an element nested where it should not be, a field given twice in one item,
XHTML or base64 content, and every document expat finds malformed with namespaces checked.
tests/test_fastfeed.py checks that both readers give the same articles on a corpus of
feeds and on broken ones.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any
from xml.parsers import expat

# The namespaces this reader knows, by URI (lower case, as feedparser matches them), with the
# prefix its element names carry here whatever prefix the document gives them.
_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/rss/1.0/modules/syndication/": "sy",
    "http://www.w3.org/2005/atom": "atom",
    "http://wellformedweb.org/commentapi/": "wfw",
    "http://purl.org/rss/1.0/modules/slash/": "slash",
}

# Channel children: kept (their text), or skipped (feedparser files them where parse.py never looks).
_FEED_KEPT = {"title": "title", "language": "language", "ttl": "ttl"}
_FEED_KEPT |= {"sy:updateperiod": "sy_updateperiod", "sy:updatefrequency": "sy_updatefrequency"}
_FEED_SKIPPED = frozenset(
    {
        "link", "description", "lastbuilddate", "pubdate", "generator", "docs", "copyright",
        "managingeditor", "webmaster", "category", "atom:link", "sy:updatebase", "rating",
    }
)  # fmt: skip
# Item children: the fields parse.py reads, or skipped.
_ITEM_KEPT = frozenset(
    {"title", "link", "description", "guid", "pubdate", "dc:date", "category", "content:encoded"}
    | {"author", "dc:creator"}
)
_ITEM_SKIPPED = frozenset({"comments", "enclosure", "wfw:commentrss", "slash:comments"})
# The channel's <image>, skipped whole: feedparser files its title apart, never as the feed's.
_IMAGE = frozenset({"url", "title", "link", "width", "height", "description"})
# The attributes an element may carry (lower-cased, as feedparser reads them); any other: feedparser.
_ATTRIBUTES = {
    "guid": frozenset({"ispermalink"}),
    "category": frozenset({"domain"}),
    "enclosure": frozenset({"url", "length", "type"}),
    "atom:link": frozenset({"href", "rel", "type"}),
}
_NONE: frozenset[str] = frozenset()

# Atom 1.0 (by URI, lower case). Feed children kept (the title) or skipped; people (author,
# contributor) are skipped whole but an entry's author, whose name and email make its `author`.
_ATOM = "http://www.w3.org/2005/atom"
_XML_LANG = "http://www.w3.org/xml/1998/namespace lang"
_ATOM_FEED_SKIPPED = frozenset(
    {"id", "updated", "link", "subtitle", "generator", "icon", "logo", "rights", "category"}
)
_ATOM_ENTRY_KEPT = frozenset(
    {"id", "title", "link", "summary", "content", "published", "updated", "category"}
)
_ATOM_ENTRY_SKIPPED = frozenset({"rights"})
_ATOM_REPEATED = frozenset({"link", "category"})  # any other field twice in an entry: feedparser's
_PEOPLE = frozenset({"author", "contributor"})
_PERSON = frozenset({"name", "email", "uri"})
_TEXT = frozenset({"type"})
_ATOM_ATTRIBUTES = {
    "link": frozenset({"href", "rel", "type", "hreflang", "title", "length"}),
    "category": frozenset({"term", "scheme", "label"}),
    "generator": frozenset({"uri", "version"}),
    "title": _TEXT,
    "subtitle": _TEXT,
    "rights": _TEXT,
    "summary": _TEXT,
    "content": _TEXT,
}
# A text construct's `type` as feedparser maps it (lower-cased); any other (xhtml, a media type
# that base64 would decode, `src`) is feedparser's.
_TEXT_TYPES = {"text": "text/plain", "plain": "text/plain", "text/plain": "text/plain"}
_TEXT_TYPES |= {"html": "text/html", "text/html": "text/html"}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_URIFIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")  # feedparser's _urljoin does this
_ENTITY_IN_LINK = re.compile("&([A-Za-z0-9_]+);")


class _Unusual(Exception):
    """The document is not the plain RSS or Atom these readers take."""


def read_plain(body: bytes) -> dict[str, Any] | None:
    """feedparser's result for a plain RSS 2.0 or Atom 1.0 document (the keys `parse.py` reads), or None."""
    if not body[:512].lstrip().startswith((b"<?xml", b"<rss", b"<feed")):  # a comment, a BOM, HTML
        return None
    parser = expat.ParserCreate(namespace_separator=" ")  # namespaces checked as feedparser's parser does
    parser.buffer_text = True
    root = _Root(parser)
    parser.StartElementHandler = root.start
    parser.XmlDeclHandler = _utf8_only
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    try:
        parser.Parse(body, True)
    except (_Unusual, expat.ExpatError):
        return None
    return root.reader.result() if root.reader is not None else None


class _Root:
    """Hands expat's events to the reader of the document's root element: RSS or Atom."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.reader: _RssReader | _AtomReader | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        reader: _RssReader | _AtomReader
        if name == "rss":
            reader = _RssReader()
        elif name.lower() == f"{_ATOM} feed":
            reader = _AtomReader()
        else:
            raise _Unusual
        self.reader = reader
        self.parser.StartElementHandler = reader.start
        self.parser.EndElementHandler = reader.end
        self.parser.CharacterDataHandler = reader.text
        reader.start(name, attrs)


def _refuse(*args: object) -> None:
    raise _Unusual


def _utf8_only(version: str, encoding: str | None, standalone: int) -> None:
    """The encoding expat itself reads from the declaration: any but UTF-8 is feedparser's."""
    if encoding is not None and encoding.lower() != "utf-8":
        raise _Unusual


class _Walk:
    """What both readers keep while expat walks a document: the feed's and the entries' fields."""

    version = ""

    def __init__(self) -> None:
        self.depth = 0
        self.feed: dict[str, Any] = {}
        self.entries: list[dict[str, Any]] = []
        self.entry: dict[str, Any] | None = None
        self.seen: set[str] = set()  # the current entry's fields so far
        self.field: str | None = None  # the element whose text is collected, or None
        self.attrs: dict[str, str] = {}
        self.pieces: list[str] = []
        self.done = False  # the root element ended as it should

    def result(self) -> dict[str, Any] | None:
        if not self.done:
            return None
        return {"version": self.version, "bozo": 0, "feed": self.feed, "entries": self.entries}


class _RssReader(_Walk):
    """expat's events for one RSS document: a fixed shape, rss > channel > (field | item > field)."""

    version = "rss20"

    def __init__(self) -> None:
        super().__init__()
        self.channels = 0
        self.image = 0  # 1 inside the channel's <image>, 2 after it

    def start(self, name: str, attrs: dict[str, str]) -> None:
        depth = self.depth = self.depth + 1
        if self.field is not None:  # markup inside a text field: feedparser's job
            raise _Unusual
        tag = self._tag(name)
        if depth == 1:
            if tag != "rss" or attrs != {"version": "2.0"}:
                raise _Unusual
            return
        if depth == 2:
            if tag != "channel" or attrs or self.channels:
                raise _Unusual
            self.channels += 1
            return
        if depth == 3:
            if tag == "image":
                if attrs or self.image:
                    raise _Unusual
                self.image = 1
                return
            if tag == "item":
                if attrs:
                    raise _Unusual
                self.entry = {}
                self.seen = set()
                return
            if tag not in _FEED_KEPT and tag not in _FEED_SKIPPED:
                raise _Unusual
            if tag in _FEED_KEPT:
                if tag in self.feed or _FEED_KEPT[tag] in self.feed:
                    raise _Unusual
                self.feed[tag] = None  # seen
        elif depth == 4 and self.image == 1:
            if tag not in _IMAGE or attrs:
                raise _Unusual
        elif depth == 4 and self.entry is not None:
            if tag in _ITEM_KEPT:
                if tag in self.seen and tag != "category":
                    raise _Unusual
                if tag in ("author", "dc:creator") and self.seen & {"author", "dc:creator"}:
                    raise _Unusual
                self.seen.add(tag)
            elif tag not in _ITEM_SKIPPED:
                raise _Unusual
        else:
            raise _Unusual
        lowered = {key.lower(): value for key, value in attrs.items()}
        if not lowered.keys() <= _ATTRIBUTES.get(tag, _NONE):
            raise _Unusual
        self.field, self.attrs, self.pieces = tag, lowered, []

    def end(self, name: str) -> None:
        depth = self.depth
        self.depth -= 1
        if depth == 1:
            self.done = self.channels == 1
            return
        if depth == 2:
            return
        if depth == 3 and self.entry is not None and self.field is None:
            self.entries.append(self.entry)
            self.entry = None
            return
        if depth == 3 and self.image == 1 and self.field is None:
            self.image = 2
            return
        if depth == 4 and self.image == 1:
            self.field = None
            return
        tag, self.field = self.field, None
        assert tag is not None
        raw = "".join(self.pieces)
        if depth == 3:
            self._feed_field(tag, raw)
        elif self.entry is not None:
            self._entry_field(self.entry, tag, raw)

    def text(self, data: str) -> None:
        if self.field is not None:
            self.pieces.append(data)

    @staticmethod
    def _tag(name: str) -> str:
        """`local` or `prefix:local` (lower case) from expat's `URI local`; an unknown URI is unusual."""
        uri, space, local = name.rpartition(" ")
        if not space:
            return local.lower()
        prefix = _NAMESPACES.get(uri.lower())
        if prefix is None:
            raise _Unusual
        return f"{prefix}:{local.lower()}"

    def _feed_field(self, tag: str, raw: str) -> None:
        key = _FEED_KEPT.get(tag)
        if key is None:
            return
        del self.feed[tag]
        self.feed[key] = _clean(raw)
        if tag == "title":
            self.feed["title_detail"] = _detail(_plain_or_html(raw))

    def _entry_field(self, entry: dict[str, Any], tag: str, raw: str) -> None:
        if tag in _ITEM_SKIPPED:
            return
        if tag == "title":
            entry["title"] = _clean(raw)
            entry["title_detail"] = _detail(_plain_or_html(raw))
        elif tag == "description":
            entry["summary"] = _clean(raw)
            entry["summary_detail"] = _detail("text/html")
        elif tag == "content:encoded":
            value = _clean(raw)
            entry["content"] = [{**_detail("text/html"), "value": value}]
            entry.setdefault("summary", value)  # feedparser copies it there, without details
        elif tag == "link":
            value = _clean(raw, uri=True).replace("&amp;", "&")
            entry["link"] = _ENTITY_IN_LINK.sub(r"&\g<1>", value)
        elif tag == "guid":
            is_link = self.attrs.get("ispermalink", "true") == "true"
            value = _clean(raw, uri=is_link)
            entry["id"] = value
            if is_link:
                entry.setdefault("link", value)
        elif tag == "pubdate":
            entry["published_parsed"] = _date(_clean(raw))
        elif tag == "dc:date":
            entry["updated_parsed"] = _date(_clean(raw))
        elif tag == "category":
            value = _clean(raw)
            if value:
                entry.setdefault("tags", []).append({"term": value})
        else:  # author, dc:creator
            entry["author"] = _clean(raw)


class _AtomReader(_Walk):
    """expat's events for one Atom 1.0 document: feed > (field | person | entry > (field | person)),
    a person's fields (name, email, uri) inside it."""

    version = "atom10"

    def __init__(self) -> None:
        super().__init__()
        self.language: str | None = None  # the root's xml:lang, as feedparser gives it to every detail
        self.person: dict[str, str] | None = None  # inside an author or contributor: its fields
        self.person_depth = 0
        self.keep_person = False  # an entry's author (the others are skipped)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        depth = self.depth = self.depth + 1
        if self.field is not None:
            raise _Unusual
        tag = _atom_tag(name)
        lowered = {key.lower(): value for key, value in attrs.items()}
        if depth == 1:
            self._root(tag, lowered)
            return
        if self.person is not None:
            if depth != self.person_depth + 1 or tag not in _PERSON or attrs or tag in self.person:
                raise _Unusual
        elif tag in _PEOPLE and depth in (2, 3) and not attrs:
            if depth == 3 and self.entry is None:
                raise _Unusual
            self.keep_person = depth == 3 and tag == "author"
            if self.keep_person:
                self._once("author")
            self.person, self.person_depth = {}, depth
            return
        elif depth == 2 and tag == "entry":
            if attrs:
                raise _Unusual
            self.entry, self.seen = {}, set()
            return
        elif depth == 2:
            if tag == "title":
                if "title" in self.feed:
                    raise _Unusual
            elif tag not in _ATOM_FEED_SKIPPED:
                raise _Unusual
        elif depth == 3 and self.entry is not None:
            if tag in _ATOM_ENTRY_KEPT:
                if tag not in _ATOM_REPEATED:
                    self._once(tag)
            elif tag not in _ATOM_ENTRY_SKIPPED:
                raise _Unusual
        else:
            raise _Unusual
        if not lowered.keys() <= _ATOM_ATTRIBUTES.get(tag, _NONE):
            raise _Unusual
        for key in ("rel", "type"):  # feedparser lower-cases these two values
            if key in lowered:
                lowered[key] = lowered[key].lower()
        self.field, self.attrs, self.pieces = tag, lowered, []

    def _root(self, tag: str, attrs: dict[str, str]) -> None:
        language = attrs.pop(_XML_LANG, None)
        if tag != "feed" or attrs:
            raise _Unusual
        if language:
            self.language = self.feed["language"] = language.replace("_", "-")

    def _once(self, tag: str) -> None:
        if tag in self.seen:
            raise _Unusual
        self.seen.add(tag)

    def end(self, name: str) -> None:
        depth = self.depth
        self.depth -= 1
        if self.field is None:  # a container ends
            if depth == 1:
                self.done = True
            elif self.person is not None and depth == self.person_depth:
                if self.keep_person and self.entry is not None:
                    self.entry["author"] = _person(self.person)
                self.person = None
            elif depth == 2 and self.entry is not None:
                self.entries.append(self.entry)
                self.entry = None
            return
        tag, self.field = self.field, None
        raw = "".join(self.pieces)
        if self.person is not None:
            self.person[tag] = raw.strip()  # feedparser expects no text here: no repairs
        elif depth == 2:
            if tag == "title":
                self.feed["title"] = _clean(raw)
                self.feed["title_detail"] = _detail(self._type(), self.language)
        elif self.entry is not None:
            self._entry_field(self.entry, tag, raw)

    def text(self, data: str) -> None:
        if self.field is not None:
            self.pieces.append(data)
        elif data.strip():  # text beside elements (in an author it would be its name): feedparser's
            raise _Unusual

    def _type(self) -> str:
        content_type = _TEXT_TYPES.get(self.attrs.get("type", "text"))
        if content_type is None:
            raise _Unusual
        return content_type

    def _entry_field(self, entry: dict[str, Any], tag: str, raw: str) -> None:
        if tag in ("link", "category"):
            if raw.strip():
                raise _Unusual
            self._attributes_field(entry, tag)
        elif tag in ("title", "summary"):
            entry[tag] = _clean(raw)
            entry[f"{tag}_detail"] = _detail(self._type(), self.language)
        elif tag == "content":
            value = _clean(raw)
            entry["content"] = [{**_detail(self._type(), self.language), "value": value}]
            entry.setdefault("summary", value)  # feedparser copies it there, without details
        elif tag == "id":
            value = _clean(raw, uri=True)
            entry["id"] = value
            entry.setdefault("link", value)
        elif tag == "published":
            entry["published_parsed"] = _date(_clean(raw))
        elif tag == "updated":
            entry["updated_parsed"] = _date(_clean(raw))

    def _attributes_field(self, entry: dict[str, Any], tag: str) -> None:
        attrs = self.attrs
        if tag == "category":
            term, label = attrs.get("term"), attrs.get("label")
            if term or label or attrs.get("scheme"):
                entry.setdefault("tags", []).append({"term": term, "label": label})
            return
        href = attrs.get("href")
        if href is None:
            raise _Unusual
        rel = attrs.get("rel", "alternate")
        content_type = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html")
        if rel == "alternate" and _TEXT_TYPES.get(content_type, content_type) in _HTML_TYPES:
            entry["link"] = _URIFIXER.sub(r"\1\3", href)  # the last one, as feedparser keeps


def _atom_tag(name: str) -> str:
    """An Atom element's local name (lower case); an element of any other namespace is unusual."""
    uri, space, local = name.rpartition(" ")
    if not space or uri.lower() != _ATOM:
        raise _Unusual
    return local.lower()


def _person(fields: dict[str, str]) -> str:
    """feedparser's `author`: "name (email)", the name, or the email."""
    name, email = fields.get("name"), fields.get("email")
    if name and email:
        return f"{name} ({email})"
    return name or email or ""


def _detail(content_type: str, language: str | None = None) -> dict[str, Any]:
    return {"type": content_type, "language": language}


def _clean(raw: str, *, uri: bool = False) -> str:
    """feedparser's clean-up of an element's text (`_FeedParserMixin.pop`, strict parser, UTF-8)."""
    value = raw.strip()
    if uri and value:
        value = _URIFIXER.sub(r"\1\3", value)
    if value.isascii():
        return value
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):  # UTF-8 read as Latin-1, encoded again
        value = value.encode("iso-8859-1").decode("utf-8")
    from feedparser.mixin import _cp1252  # type: ignore[attr-defined]

    return value.translate(_cp1252)


def _plain_or_html(raw: str) -> str:
    """An RSS title is plain text unless it looks like HTML (feedparser's guess).

    Guessed on the text as read, before `_clean`'s repairs, as feedparser guesses: a windows-1252
    code point (U+008A) turned into a letter (Š) can make `<b\x8a` an unknown tag, or the reverse.
    """
    value = raw.strip()
    if "<" not in value and "&" not in value:
        return "text/plain"
    from feedparser.mixin import _FeedParserMixin

    return "text/html" if _FeedParserMixin.looks_like_html(value) else "text/plain"


def _date(value: str) -> Any:
    from feedparser.datetimes import _parse_date

    return _parse_date(value)
