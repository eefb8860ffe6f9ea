"""fastfeed reads plain RSS 2.0 and Atom 1.0 as feedparser does: the same ParsedFeed from both,
or it steps aside.

Every comparison parses one body twice through `parse_feed`, once as it runs (plain RSS and
Atom by fastfeed) and once with fastfeed switched off (feedparser for everything), and wants
equal results: articles, title, language, warnings, floor.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.polling import feed_body
from monitor import parse
from monitor.fastfeed import read_plain
from monitor.parse import ParsedFeed, parse_feed
from tests.feedserver import atom, rss

NS = (
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    ' xmlns:atom="http://www.w3.org/2005/Atom"'
    ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
    ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/"'
)


def doc(
    items: str, channel: str = "<title>Feed</title><link>http://example.com/</link>", ns: str = NS
) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"{ns}><channel>{channel}{items}</channel></rss>'
    ).encode()


def both(body: bytes, monkeypatch: pytest.MonkeyPatch, base: str = "http://example.com/feed") -> ParsedFeed:
    """parse_feed with and without fastfeed; asserts they agree and returns the result."""
    fast = parse_feed(body, "f", base_url=base, default_language="en", content_type="application/rss+xml")
    with monkeypatch.context() as patch:
        patch.setattr(parse, "read_plain", lambda body: None)
        slow = parse_feed(body, "f", base_url=base, default_language="en", content_type="application/rss+xml")
    assert fast == slow
    return fast


# Each of these is read by fastfeed (asserted), and must come out as feedparser reads it.
PLAIN = {
    "bench": feed_body(7, 20),
    "builder": rss(
        [
            {"title": "One & two", "link": "http://example.com/1", "guid": "g1", "description": "<p>Hi</p>"},
            {"title": "Two", "link": "/relative/2", "description": "x"},
        ]
    ),
    "guid permalink, no link": doc("<item><guid>http://example.com/p/1</guid><title>T</title></item>"),
    "guid permalink before link": doc(
        "<item><guid>http://example.com/g</guid><link>http://example.com/l</link></item>"
    ),
    "guid permalink after link": doc(
        "<item><link>http://example.com/l</link><guid>http://example.com/g</guid></item>"
    ),
    "guid not a permalink": doc('<item><guid isPermaLink="false">tag:1</guid><title>T</title></item>'),
    "guid isPermaLink True (not 'true')": doc('<item><guid isPermaLink="True">abc</guid></item>'),
    "empty link after guid": doc(
        "<item><guid>http://example.com/g</guid><link></link><title>T</title></item>"
    ),
    "empty link before guid": doc("<item><link/><guid>http://example.com/g</guid><title>T</title></item>"),
    "link with entities and slashes": doc(
        "<item><link>http:////example.com/a?x=1&amp;amp;y=2&amp;z;</link><title>T</title></item>"
    ),
    "javascript link": doc("<item><link>javascript:alert(1)</link><title>T</title></item>"),
    "cdata html": doc(
        "<item><title><![CDATA[A <b>bold</b> title]]></title>"
        "<description><![CDATA[<p>One</p><script>x()</script><p>Two &amp; three</p>]]></description></item>"
    ),
    "title that is not html": doc("<item><title>a &lt; b and c &gt; d</title></item>"),
    "title with an entity": doc("<item><title>Fish &amp;amp; chips &amp;eacute;</title></item>"),
    "title with an unknown tag": doc("<item><title>x &lt;/blink&gt;</title></item>"),
    "multi-line title": doc("<item><title>one\n  two\tthree</title><description>a\nb</description></item>"),
    "escaped html description": doc(
        "<item><description>&lt;p&gt;a&lt;br/&gt;b&lt;/p&gt;</description></item>"
    ),
    "content before description": doc(
        "<item><title>T</title><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>"
        "<description>Short</description></item>"
    ),
    "content after description": doc(
        "<item><title>T</title><description>Short</description>"
        "<content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>"
    ),
    "content without description": doc(
        "<item><title>T</title><content:encoded>&lt;p&gt;Only&lt;/p&gt;</content:encoded></item>"
    ),
    "content equal to description": doc(
        "<item><description>Same</description><content:encoded>Same</content:encoded></item>"
    ),
    "categories": doc(
        '<item><title>T</title><category domain="d">A</category><category>B</category>'
        '<category domain="e"/><category>C</category><category>A</category><category> </category></item>'
    ),
    "authors": doc("<item><title>T</title><author>jo@example.com (Jo Doe)</author></item>"),
    "dc creator": doc("<item><title>T</title><dc:creator>  Jo\n Doe </dc:creator></item>"),
    "dates": doc(
        "<item><title>a</title><pubDate>Sat, 05 Dec 2026 10:00:00 +0100</pubDate></item>"
        "<item><title>b</title><dc:date>2026-12-05T10:00:00Z</dc:date></item>"
        "<item><title>c</title><pubDate>yesterday</pubDate><dc:date>2026-12-05</dc:date></item>"
        "<item><title>d</title><pubDate></pubDate></item>"
        "<item><title>e</title><pubDate>Sat, 31 Feb 2026 10:00:00 GMT</pubDate></item>"
    ),
    "feed fields": doc(
        "<item><title>T</title></item>",
        channel="<title>The &lt;b&gt;Feed&lt;/b&gt;</title><language>de-DE</language><ttl>90</ttl>"
        "<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"
        '<atom:link href="http://example.com/feed" rel="self" type="application/rss+xml"/>'
        "<lastBuildDate>Sat, 05 Dec 2026 10:00:00 GMT</lastBuildDate><generator>x</generator>",
    ),
    "channel title after the items": doc(
        "<item><title>T</title></item>", channel="<link>http://example.com/</link>"
    ).replace(b"</channel>", b"<title>Late</title></channel>"),
    "unusable language": doc(
        "<item><title>T</title></item>", channel="<title>F</title><language>xx-zz</language>"
    ),
    "skipped item elements": doc(
        "<item><title>T</title><comments>http://example.com/c</comments>"
        '<enclosure url="http://example.com/a.mp3" length="1" type="audio/mpeg"/>'
        "<wfw:commentRss>http://example.com/c.rss</wfw:commentRss><slash:comments>3</slash:comments></item>"
    ),
    "mojibake and windows-1252 code points": doc(
        "<item><title>caf\u00c3\u00a9 \u0093quoted\u0094</title><description>na\u00efve \u0080</description></item>"
    ),
    "no items": doc(""),
    "empty fields": doc("<item><title/><description/><guid/></item><item></item>"),
    "whitespace and comments between": doc("<item>\n  <!-- c -->\n  <title> T </title>\n</item>\n"),
    "without a declaration": doc("<item><title>T</title></item>").split(b"?>", 1)[1],
    "image before the title": doc(
        "<item><title>T</title></item>",
        channel="<image><title>I</title><url>http://example.com/i.png</url><link>http://example.com/</link>"
        "<width>88</width><height>31</height><description>D</description></image><title>F</title>",
    ),
    "image after the title": doc(
        "<item><title>T</title></item>", channel="<title>F</title><image><title>I</title><url>u</url></image>"
    ),
    "image and no title": doc("<item><title>T</title></item>", channel="<image><title>I</title></image>"),
    "known namespace, another prefix": doc(
        "<item><title>T</title><c:encoded>&lt;p&gt;Full&lt;/p&gt;</c:encoded><d:creator>Jo</d:creator></item>",
        ns=' xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/"',
    ),
    "not-so-plain text": doc("<item><title>\u00e9t\u00e9 \u2014 \U0001f600</title></item>"),
    "html in title with a real tag": doc("<item><title>&lt;em&gt;x&lt;/em&gt; y</title></item>"),
    # feedparser guesses HTML before mapping U+008A to Š: `<b\x8a` is a <b>, `<bŠ` no known tag
    "html guessed before windows-1252 code points": doc(
        "<item><title>&lt;b&gt;x&lt;/b&gt; &lt;b&#138;</title></item>",
        channel="<title>&lt;b&gt;F&lt;/b&gt; &lt;b&#138;</title>",
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_plain_rss_is_read_by_fastfeed_as_feedparser_reads_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = PLAIN[name]
    assert read_plain(body) is not None
    result = both(body, monkeypatch)
    assert result.error is None


# Each of these goes to feedparser (fastfeed steps aside), with the same result either way.
UNUSUAL = {
    "rss 0.91": doc("<item><title>T</title></item>").replace(b'version="2.0"', b'version="0.91"'),
    "rss 1.0": b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
    b' xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>F</title></channel>'
    b'<item rdf:about="http://example.com/1"><title>T</title></item></rdf:RDF>',
    "doctype": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "expanded">]>'
    + doc("<item><title>&e;</title></item>").split(b"?>", 1)[1],
    "latin-1 declared": doc("<item><title>T</title></item>").replace(b"utf-8", b"iso-8859-1"),
    "latin-1 declared after 500 bytes of declaration": doc("<item><title>T</title></item>").replace(
        b'encoding="utf-8"', b" " * 500 + b'encoding="iso-8859-1"'
    ),
    "byte order mark": b"\xef\xbb\xbf" + doc("<item><title>T</title></item>"),
    "xml:lang": doc('<item xml:lang="fr"><title>T</title></item>'),
    "xml:base": doc("<item><title>T</title></item>").replace(b"<channel>", b'<channel xml:base="http://b/">'),
    "media element": doc(
        "<item><title>T</title><media:title>M</media:title></item>",
        ns=NS + ' xmlns:media="http://search.yahoo.com/mrss/"',
    ),
    "itunes summary": doc(
        "<item><title>T</title><itunes:summary>S</itunes:summary></item>",
        ns=NS + ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
    ),
    "undeclared prefix": doc("<item><title>T</title><dc:creator>x</dc:creator></item>", ns=""),
    "known prefix, other namespace": doc(
        "<item><dc:creator>x</dc:creator></item>", ns=' xmlns:dc="http://example.com/not-dc"'
    ),
    "prefix that is not a name": doc(
        "<item><title>T</title></item>", ns=NS.replace("xmlns:atom", "xmlns:3tom")
    ),
    "default namespace": doc("<item><title>T</title></item>", ns=' xmlns="http://example.com/ns"'),
    "two titles": doc("<item><title>A</title><title>B</title></item>"),
    "two descriptions": doc("<item><description>A</description><description>B</description></item>"),
    "author and creator": doc("<item><author>a</author><dc:creator>b</dc:creator></item>"),
    "two guids": doc("<item><guid>a</guid><guid>b</guid></item>"),
    "xhtml inside a description": doc("<item><description><p>markup</p></description></item>"),
    "two images": doc(
        "<item><title>T</title></item>",
        channel="<title>F</title><image><url>u</url></image><image><title>I</title></image>",
    ),
    "image in an item": doc("<item><title>T</title><image><url>u</url></image></item>"),
    "image with an unknown child": doc(
        "<item><title>T</title></item>", channel="<title>F</title><image><url>u</url><x>y</x></image>"
    ),
    "textinput": doc(
        "<item><title>T</title></item>", channel="<title>F</title><textInput><title>X</title></textInput>"
    ),
    "source": doc('<item><title>T</title><source url="http://example.com/s">S</source></item>'),
    "atom link in an item": doc('<item><atom:link href="http://example.com/x" rel="alternate"/></item>'),
    "link with an attribute": doc(
        '<item><link href="http://example.com/x">http://example.com/y</link></item>'
    ),
    "item attribute": doc('<item id="1"><title>T</title></item>'),
    "two channels": doc("<item><title>T</title></item>").replace(
        b"</rss>", b"<channel><title>2</title></channel></rss>"
    ),
    "undefined entity": doc("<item><title>caf&eacute;</title></item>"),
    "truncated": doc("<item><title>T</title></item>")[:-20],
    "garbage": b"<html><body>not a feed</body></html>",
    "stray text after the document": doc("<item><title>T</title></item>") + b"trailing",
}


@pytest.mark.parametrize("name", sorted(UNUSUAL))
def test_anything_unusual_goes_to_feedparser(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body = UNUSUAL[name]
    assert read_plain(body) is None
    both(body, monkeypatch)


# Pieces of item text chosen for feedparser's quirks: entities, markup, C1 code points,
# UTF-8 read as Latin-1, whitespace, URLs with extra slashes.
TEXTS = [
    "plain words",
    " padded ",
    "a &amp; b",
    "&lt;p&gt;para&lt;/p&gt;",
    "&lt;b&gt;bold&lt;/b&gt; &amp;amp; more",
    "x &lt; y",
    "&amp;nbsp;",
    "<![CDATA[<i>it</i> & raw]]>",
    "caf\u00c3\u00a9",
    "\u0093q\u0094",
    "line\none",
    "http:///example.com/x",
    "/relative/path",
    "mailto:x@example.com",
    "\u00e9\u00e8",
    "",
]
DATES = ["Sat, 05 Dec 2026 10:00:00 GMT", "2026-12-05T10:00:00+02:00", "05 Dec 2026", "nonsense", ""]

FIELDS = {
    "title": lambda r: f"<title>{r.choice(TEXTS)}{r.choice(TEXTS)}</title>",
    "link": lambda r: f"<link>{r.choice(TEXTS)}</link>",
    "description": lambda r: f"<description>{r.choice(TEXTS)} {r.choice(TEXTS)}</description>",
    "content": lambda r: f"<content:encoded>{r.choice(TEXTS)}</content:encoded>",
    "guid": lambda r: "<guid{}>{}</guid>".format(
        r.choice(["", ' isPermaLink="false"', ' isPermaLink="true"', ' ispermalink="false"']), r.choice(TEXTS)
    ),
    "pubDate": lambda r: f"<pubDate>{r.choice(DATES)}</pubDate>",
    "dc:date": lambda r: f"<dc:date>{r.choice(DATES)}</dc:date>",
    "category": lambda r: "".join(
        "<category{}>{}</category>".format(r.choice(["", ' domain="d"']), r.choice(TEXTS))
        for _ in range(r.randint(1, 3))
    ),
    "comments": lambda r: f"<comments>{r.choice(TEXTS)}</comments>",
}


def _author(r: random.Random) -> str:
    tag = r.choice(["author", "dc:creator"])
    return f"<{tag}>{r.choice(TEXTS)}</{tag}>"


FIELDS["author"] = _author


def blocks(r: random.Random, tag: str, fields: dict[str, Callable[[random.Random], str]]) -> list[str]:
    """Up to four `<tag>` elements, each with a random choice of `fields` in a random order."""
    return [
        f"<{tag}>"
        + "".join(fields[n](r) for n in r.sample(sorted(fields), r.randint(0, len(fields))))
        + f"</{tag}>"
        for _ in range(r.randint(0, 4))
    ]


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_generated_items_read_alike(r: random.Random) -> None:
    items = blocks(r, "item", FIELDS)
    channel = "".join(
        r.sample(
            [
                f"<title>{r.choice(TEXTS)}</title>",
                f"<language>{r.choice(['en', 'de-DE', 'pt_BR', ' fr ', 'zz', ''])}</language>",
                f"<ttl>{r.choice(['60', ' 5 ', 'x', ''])}</ttl>",
                f"<sy:updatePeriod>{r.choice(['hourly', 'daily', 'bogus'])}</sy:updatePeriod>",
                f"<description>{r.choice(TEXTS)}</description>",
                f"<image><title>{r.choice(TEXTS)}</title><url>{r.choice(TEXTS)}</url></image>",
            ],
            r.randint(0, 6),
        )
    )
    body = doc("".join(items), channel=channel)
    assert read_plain(body) is not None
    with pytest.MonkeyPatch.context() as monkeypatch:
        both(body, monkeypatch)


ATOM_NS = 'xmlns="http://www.w3.org/2005/Atom"'


def atom_doc(entries: str, feed: str = "<title>Feed</title><id>urn:f</id>", root: str = ATOM_NS) -> bytes:
    return f'<?xml version="1.0" encoding="utf-8"?><feed {root}>{feed}{entries}</feed>'.encode()


# Each of these is read by fastfeed (asserted), and must come out as feedparser reads it.
ATOM_PLAIN = {
    "builder": atom(
        [
            {"title": "One & two", "link": "http://example.com/1", "id": "1", "summary": "<p>Hi</p>"},
            {"title": "Two", "link": "/relative/2", "content": "<p>Body</p>", "author": "Jo"},
        ]
    ),
    "builder with a language": atom([{"title": "Eins", "id": "1"}], language="de_DE"),
    "text types": atom_doc(
        '<entry><id>1</id><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>'
        '<summary type="text">a &lt; b</summary><content type="HTML">&lt;p&gt;C&lt;/p&gt;</content></entry>'
        '<entry><id>2</id><title type="text/plain">&lt;b&gt;not html&lt;/b&gt;</title>'
        '<content type="text/html"><![CDATA[<p>One</p><script>x()</script>]]></content></entry>'
    ),
    "links": atom_doc(
        '<entry><id>1</id><link href="http://example.com/a"/><link rel="alternate" href="http://example.com/b"/>'
        '<link rel="self" href="http://example.com/self"/><link rel="enclosure" href="http://example.com/m.mp3"'
        ' type="audio/mpeg" length="1"/></entry>'
        '<entry><id>http://example.com/id</id><link rel="edit" href="http://example.com/e"/></entry>'
        '<entry><id>3</id><link rel="Alternate" type="TEXT/HTML" href="http:////example.com/x"/></entry>'
        '<entry><id>4</id><link rel="alternate" type="application/pdf" href="http://example.com/p.pdf"/></entry>'
        '<entry><link href="http://example.com/l"/><id>5</id></entry>'
        '<entry><id>6</id><link type="application/xhtml+xml" href="http://example.com/x6" title="t" hreflang="en"/>'
        "</entry>"
    ),
    "ids and no link": atom_doc(
        "<entry><id>  tag:example.com,2026:1 </id><title>T</title></entry>"
        "<entry><id/><title>No id</title></entry><entry><title>None at all</title></entry>"
    ),
    "dates": atom_doc(
        "<entry><id>a</id><published>2026-12-05T10:00:00+01:00</published></entry>"
        "<entry><id>b</id><updated>2026-12-05T10:00:00Z</updated></entry>"
        "<entry><id>c</id><updated>2026-12-05T11:00:00Z</updated><published>2026-12-04T10:00:00Z</published></entry>"
        "<entry><id>d</id><published>yesterday</published><updated>2026-12-05</updated></entry>"
        "<entry><id>e</id><published></published></entry>"
    ),
    "summary and content orders": atom_doc(
        '<entry><id>1</id><summary>Short</summary><content type="html">&lt;p&gt;Full&lt;/p&gt;</content></entry>'
        '<entry><id>2</id><content type="html">&lt;p&gt;Full&lt;/p&gt;</content><summary>Short</summary></entry>'
        "<entry><id>3</id><content>Only</content></entry>"
        "<entry><id>4</id><summary>Same</summary><content>Same</content></entry>"
        "<entry><id>5</id><content/><summary/></entry>"
    ),
    "people": atom_doc(
        "<entry><id>1</id><author><name>Jo Doe</name><email>jo@example.com</email></author></entry>"
        "<entry><id>2</id><author><name> Al </name><uri>http://example.com/al</uri></author></entry>"
        "<entry><id>3</id><author><email>x@example.com</email></author></entry>"
        "<entry><id>4</id><author/><contributor><name>C</name></contributor></entry>"
        "<entry><id>5</id><contributor><name>C</name></contributor><author><name>A</name></author></entry>",
        feed="<title>F</title><author><name>Feed author</name></author><contributor><name>X</name></contributor>",
    ),
    "categories": atom_doc(
        '<entry><id>1</id><category term="a" label="A"/><category term="b" scheme="s"/>'
        '<category label="only label"/><category scheme="only scheme"/><category/><category term="a"/>'
        '<category term=" padded "/></entry>'
    ),
    "feed fields": atom_doc(
        "<entry><id>1</id><title>T</title><rights>r</rights></entry>",
        feed='<title type="html">The &lt;b&gt;Feed&lt;/b&gt;</title><subtitle type="html">S</subtitle>'
        '<id>urn:f</id><updated>2026-12-05T10:00:00Z</updated><link href="http://example.com/"/>'
        '<link rel="self" href="http://example.com/feed"/><generator uri="http://g" version="1">G</generator>'
        '<icon>i.png</icon><logo>l.png</logo><rights>CC</rights><category term="news"/>',
    ),
    "feed title after the entries": atom_doc("<entry><id>1</id><title>T</title></entry>", feed="").replace(
        b"</feed>", b"<title>Late</title></feed>"
    ),
    "empty language": atom_doc("<entry><id>1</id></entry>", root=ATOM_NS + ' xml:lang=""'),
    "unusable language": atom_doc("<entry><id>1</id></entry>", root=ATOM_NS + ' xml:lang="xx-zz"'),
    "prefixed atom": b'<?xml version="1.0" encoding="utf-8"?><a:feed xmlns:a="http://www.w3.org/2005/Atom">'
    b"<a:title>F</a:title><a:entry><a:id>1</a:id><a:title>T</a:title></a:entry></a:feed>",
    "upper-case namespace": atom_doc("<entry><id>1</id></entry>", root='xmlns="HTTP://WWW.W3.ORG/2005/ATOM"'),
    "mojibake and windows-1252 code points": atom_doc(
        "<entry><id>1</id><title>caf\u00c3\u00a9 \u0093quoted\u0094</title><summary>na\u00efve \u0080</summary>"
        "<author><name>Jos\u00c3\u00a9</name></author></entry>"
    ),
    "no entries": atom_doc(""),
    "without a declaration": atom_doc("<entry><id>1</id></entry>").split(b"?>", 1)[1],
    "whitespace and comments between": atom_doc("<entry>\n  <!-- c -->\n  <title> T </title>\n</entry>\n"),
}


@pytest.mark.parametrize("name", sorted(ATOM_PLAIN))
def test_plain_atom_is_read_by_fastfeed_as_feedparser_reads_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = ATOM_PLAIN[name]
    assert read_plain(body) is not None
    result = both(body, monkeypatch)
    assert result.error is None


def test_fastfeed_reads_an_atom_entry_whole() -> None:
    """The fields themselves, not only agreement: a reader that dropped one on both paths would agree."""
    found = parse_feed(ATOM_PLAIN["builder"], "f", base_url="http://example.com/feed", default_language="en")
    first, second = found.articles
    assert (first.uid, first.title, first.summary, first.link) == (
        "1",
        "One & two",
        "Hi",
        "http://example.com/1",
    )
    assert (second.summary, second.content) == ("Body", "")  # content alone is the summary too
    assert (second.author, second.link) == ("Jo", "http://example.com/relative/2")
    people = parse_feed(ATOM_PLAIN["people"], "f", base_url="http://example.com/feed").articles
    assert [a.author for a in people] == ["Jo Doe (jo@example.com)", "Al", "x@example.com", "", "A"]
    german = parse_feed(ATOM_PLAIN["builder with a language"], "f", base_url="http://example.com/feed")
    assert german.language == german.articles[0].language == "de"


# Each of these goes to feedparser (fastfeed steps aside), with the same result either way.
ATOM_UNUSUAL = {
    "atom 0.3": b'<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>F</title>'
    b"<entry><id>1</id><title>T</title><issued>2026-12-05T10:00:00Z</issued></entry></feed>",
    "no namespace": b'<?xml version="1.0"?><feed><title>F</title><entry><id>1</id></entry></feed>',
    "xhtml content": atom_doc(
        '<entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div>'
        "</content></entry>"
    ),
    "base64 content": atom_doc(
        '<entry><id>1</id><content type="application/octet-stream">eA==</content></entry>'
    ),
    "content by reference": atom_doc(
        '<entry><id>1</id><content src="http://example.com/c" type="html"/></entry>'
    ),
    "xml:lang on an entry": atom_doc('<entry xml:lang="fr"><id>1</id><title>T</title></entry>'),
    "xml:base": atom_doc("<entry><id>1</id></entry>", root=ATOM_NS + ' xml:base="http://b/"'),
    "media element": atom_doc(
        "<entry><id>1</id><media:title>M</media:title></entry>",
        root=ATOM_NS + ' xmlns:media="http://search.yahoo.com/mrss/"',
    ),
    "dc element": atom_doc(
        "<entry><id>1</id><dc:creator>x</dc:creator></entry>",
        root=ATOM_NS + ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ),
    "two titles": atom_doc("<entry><title>A</title><title>B</title></entry>"),
    "two summaries": atom_doc("<entry><summary>A</summary><summary>B</summary></entry>"),
    "two authors": atom_doc("<entry><author><name>A</name></author><author><name>B</name></author></entry>"),
    "two names": atom_doc("<entry><author><name>A</name><name>B</name></author></entry>"),
    "text in an author": atom_doc("<entry><author>Jo Doe</author></entry>"),
    "link without href": atom_doc("<entry><link>http://example.com/x</link></entry>"),
    "link with text": atom_doc('<entry><link href="http://example.com/x">text</link></entry>'),
    "category with text": atom_doc('<entry><category term="a">A</category></entry>'),
    "source": atom_doc("<entry><id>1</id><source><title>S</title></source></entry>"),
    "entry attribute": atom_doc('<entry id="1"><title>T</title></entry>'),
    "feed attribute": atom_doc("<entry><id>1</id></entry>", root=ATOM_NS + ' version="1.0"'),
    "unknown entry element": atom_doc("<entry><id>1</id><foo>x</foo></entry>"),
    "markup in a title": atom_doc("<entry><title><b>x</b></title></entry>"),
    "text in an entry": atom_doc("<entry>stray<id>1</id></entry>"),
    "entry in an entry": atom_doc("<entry><id>1</id><entry><id>2</id></entry></entry>"),
    "two feed titles": atom_doc("", feed="<title>A</title><title>B</title>"),
    "truncated": atom_doc("<entry><id>1</id><title>T</title></entry>")[:-20],
}


@pytest.mark.parametrize("name", sorted(ATOM_UNUSUAL))
def test_anything_unusual_in_atom_goes_to_feedparser(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ATOM_UNUSUAL[name]
    assert read_plain(body) is None
    both(body, monkeypatch)


ATOM_FIELDS = {
    "id": lambda r: f"<id>{r.choice(TEXTS)}</id>",
    "title": lambda r: "<title{}>{}{}</title>".format(
        r.choice(["", ' type="text"', ' type="html"']), r.choice(TEXTS), r.choice(TEXTS)
    ),
    "link": lambda r: "".join(
        '<link href="{}"{}{}/>'.format(
            r.choice(["http://example.com/a", "/rel", "http:///x.com/y", "", "a&amp;b"]),
            r.choice(["", ' rel="alternate"', ' rel="self"', ' rel="related"', ' rel="ALTERNATE"']),
            r.choice(
                [
                    "",
                    ' type="text/html"',
                    ' type="application/xhtml+xml"',
                    ' type="image/png"',
                    ' type="html"',
                ]
            ),
        )
        for _ in range(r.randint(1, 3))
    ),
    "summary": lambda r: "<summary{}>{} {}</summary>".format(
        r.choice(["", ' type="text"', ' type="html"']), r.choice(TEXTS), r.choice(TEXTS)
    ),
    "content": lambda r: "<content{}>{}</content>".format(
        r.choice(["", ' type="text"', ' type="html"', ' type="text/html"']), r.choice(TEXTS)
    ),
    "published": lambda r: f"<published>{r.choice(DATES)}</published>",
    "updated": lambda r: f"<updated>{r.choice(DATES)}</updated>",
    "category": lambda r: "".join(
        "<category{}{}/>".format(
            r.choice(["", ' term="a"', ' term="b c"', ' term=""']),
            r.choice(["", ' label="L"', ' scheme="s"']),
        )
        for _ in range(r.randint(1, 3))
    ),
    "author": lambda r: "<author>{}</author>".format(
        "".join(f"<{k}>{r.choice(TEXTS)}</{k}>" for k in r.sample(["name", "email", "uri"], r.randint(0, 3)))
    ),
    "contributor": lambda r: f"<contributor><name>{r.choice(TEXTS)}</name></contributor>",
    "rights": lambda r: f"<rights>{r.choice(TEXTS)}</rights>",
}


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_generated_atom_entries_read_alike(r: random.Random) -> None:
    entries = blocks(r, "entry", ATOM_FIELDS)
    feed = "".join(
        r.sample(
            [
                "<title{}>{}</title>".format(r.choice(["", ' type="html"']), r.choice(TEXTS)),
                f"<subtitle>{r.choice(TEXTS)}</subtitle>",
                f"<id>{r.choice(TEXTS)}</id>",
                f"<updated>{r.choice(DATES)}</updated>",
                '<link rel="self" href="http://example.com/feed"/>',
                f"<author><name>{r.choice(TEXTS)}</name></author>",
            ],
            r.randint(0, 6),
        )
    )
    language = r.choice(["", ' xml:lang="en"', ' xml:lang="pt_BR"', ' xml:lang=""', ' xml:lang="zz"'])
    body = atom_doc("".join(entries), feed=feed, root=ATOM_NS + language)
    assert read_plain(body) is not None
    with pytest.MonkeyPatch.context() as monkeypatch:
        both(body, monkeypatch)


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_damaged_documents_read_alike(r: random.Random) -> None:
    """Cut short, a byte changed, a tag dropped: whichever reader takes it, the result is feedparser's."""
    corpus = r.choice((PLAIN, ATOM_PLAIN))
    body = bytearray(corpus[r.choice(sorted(corpus))])
    damage = r.choice(["cut", "byte", "tag"])
    if damage == "cut":
        del body[r.randrange(len(body)) :]
    elif damage == "byte":
        body[r.randrange(len(body))] = ord(r.choice(string.printable + "\x00\xff"))
    else:
        text = body.decode("utf-8", "replace")
        tags = [i for i, c in enumerate(text) if c == "<"]
        start = r.choice(tags)
        end = text.find(">", start) + 1
        body = bytearray((text[:start] + text[end:]).encode())
    with pytest.MonkeyPatch.context() as monkeypatch:
        both(bytes(body), monkeypatch)
