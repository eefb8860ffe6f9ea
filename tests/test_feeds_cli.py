"""Feeds as a person manages them: OPML from another reader in and out, discovery, adding, full text."""

from __future__ import annotations

import asyncio
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import load_config
from monitor.discover import feed_links
from monitor.fetch import FetchLimits
from monitor.fulltext import Pages
from monitor.models import FetchState
from monitor.opml import read_opml
from tests.conftest import write_config
from tests.feedserver import FeedServer, rss

DATA = Path(__file__).parent / "data" / "opml"
CONFIG = """\
# My feeds, kept by hand.
defaults:
  poll_interval: auto   # adaptive
targets: []
feeds:
  # Already here before the import:
  - name: Tagesschau
    url: https://www.tagesschau.de/xml/rss2/
    tags: [world, de]
rules:
  - name: storm
    query: 'storm OR "${QUERY_WORD:-flood}"'
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_an_opml_file_from_another_reader_goes_in_keeping_comments_and_comes_back_the_same(
    tmp_path: Path,
) -> None:
    path = write_config(tmp_path, CONFIG)
    code, out, err = invoke("feeds", "import", str(DATA / "inoreader.opml"), "--config", str(path))
    assert code == 0, err
    assert out == f"{path}: 4 of 6 feeds from {DATA / 'inoreader.opml'} added\n"
    assert "skipped Tagesschau: https://www.tagesschau.de/xml/rss2/ is already configured" in err
    assert "skipped Gopher news: 'gopher://example.org/news' is not an http:// or https:// URL" in err
    text = path.read_text()
    assert text.startswith(CONFIG.split("rules:")[0].rstrip("\n"))  # comments, order and quoting kept
    assert "    query: 'storm OR \"${QUERY_WORD:-flood}\"'" in text
    assert (
        "  - name: Politico Europe\n    url: https://www.politico.eu/feed/\n    tags: [World, Europe, Politics]\n"
        in text
    )
    assert "  - name: Untitled feed\n    url: https://blog.example.net/atom.xml\n" in text
    config = load_config(path)
    assert [(f.key, tuple(f.tags)) for f in config.feeds] == [
        ("Tagesschau", ("world", "de")),
        ("Le Monde & International", ("World",)),
        ("Politico Europe", ("World", "Europe", "Politics")),
        ("LWN.net", ("Tech",)),
        ("Untitled feed", ()),
    ]

    code, exported, _ = invoke("feeds", "export", "--config", str(path))
    assert code == 0 and exported.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    back = read_opml(exported.encode(), "export")
    assert [(f.url, f.name, f.tags) for f in back.feeds] == [
        (f.url, f.name, tuple(f.tags)) for f in sorted(config.feeds, key=lambda f: not f.tags)
    ]
    (tmp_path / "second").mkdir()
    again = write_config(tmp_path / "second", "feeds: []\n")
    (tmp_path / "export.opml").write_text(exported)
    assert invoke("feeds", "import", str(tmp_path / "export.opml"), "--config", str(again))[0] == 0
    assert {(f.url, f.name, tuple(f.tags)) for f in load_config(again).feeds} == {
        (f.url, f.name, tuple(f.tags)) for f in config.feeds
    }


def test_export_masks_credentials_unless_asked(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, "feeds:\n  - name: private\n    url: https://reader:s3cret@x.example/feed?token=abc\n"
    )
    code, out, err = invoke("feeds", "export", "--config", str(path))
    assert code == 0 and "s3cret" not in out and "abc" not in out
    assert 'xmlUrl="https://***@x.example/feed?token=***"' in out
    assert "1 feed URLs hold credentials, masked (--with-credentials keeps them)" in err
    assert "s3cret" in invoke("feeds", "export", "--with-credentials", "--config", str(path))[1]


def test_a_broken_opml_file_is_named_with_its_place(tmp_path: Path) -> None:
    path = write_config(tmp_path, "feeds: []\n")
    bad = tmp_path / "bad.opml"
    bad.write_text('<opml version="2.0"><body><outline text="x"></body></opml>')
    code, _, err = invoke("feeds", "import", str(bad), "--config", str(path))
    assert code == 1
    assert f"{bad}:1:" in err and "not an OPML file: mismatched tag" in err
    assert path.read_text() == "feeds: []\n" + f"storage:\n  data_dir: {tmp_path / 'data'}\n"


def test_discover_finds_linked_feeds_and_add_puts_the_one_feed_in_the_config(
    tmp_path: Path, feeds: FeedServer
) -> None:
    feeds.route("/rss.xml", body=rss([{"guid": "1", "title": "One"}], title="Example News"))
    feeds.route("/atom", body=rss([{"guid": "2", "title": "Two"}], title="Example Atom"))
    page = (
        "<html><head><title>Example</title>"
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">'
        '<link rel="alternate" type="application/atom+xml" href="atom">'
        '<link rel="stylesheet" href="/style.css"></head><body>news</body></html>'
    )
    feeds.route("/", body=page, content_type="text/html; charset=utf-8")
    path = write_config(tmp_path, CONFIG)

    code, out, _ = invoke("feeds", "discover", feeds.url("/"), "--config", str(path))
    assert code == 0
    assert out.splitlines() == [
        f"{feeds.url('/rss.xml')}  Example News  (1 items)",
        f"{feeds.url('/atom')}  Example Atom  (1 items)",
    ]
    code, _, err = invoke("feeds", "add", feeds.url("/"), "--config", str(path))
    assert code == 1 and "the page offers 2 feeds; add one of them by its URL" in err
    with FeedServer("127.0.0.2") as blog:  # a page that links no feed: the usual paths are tried
        blog.route("/blog/", body="<html><head></head><body>no links</body></html>", content_type="text/html")
        blog.route("/feed", body=rss([{"guid": "3", "title": "Three"}], title="Blog feed"))
        code, out, err = invoke("feeds", "add", blog.url("/blog/"), "--tag", "blogs", "--config", str(path))
        assert code == 0, err
        assert out == f"{path}: added Blog feed ({blog.url('/feed')}, 1 items now)\n"
        added = load_config(path).feeds[-1]
        assert (added.name, added.url, added.tags) == ("Blog feed", blog.url("/feed"), ["blogs"])
        code, _, err = invoke("feeds", "add", blog.url("/feed"), "--config", str(path))
        assert code == 1 and "is already configured" in err


def test_feed_links_resolve_relative_hrefs_and_skip_other_links() -> None:
    html = (
        '<link rel="alternate" type="application/rss+xml" href="/a.xml">'
        '<link rel="alternate" type="text/html" hreflang="de" href="/de/">'
        '<link rel="Alternate Feed" type="application/feed+json; charset=utf-8" href="https://x.example/f.json">'
        '<link rel="alternate" type="application/rss+xml" href="/a.xml">'
    )
    assert feed_links(html, "https://news.example/section/page") == [
        "https://news.example/a.xml",
        "https://x.example/f.json",
    ]


ARTICLE = (
    "<html><head><title>Storm</title></head><body><nav>Home | World</nav><article><h1>Storm hits the coast</h1>"
    + "".join(
        f"<p>Paragraph {i}: the storm brought heavy rain and flooding to the towns along the coast, "
        "and emergency services worked through the night to reach stranded residents.</p>"
        for i in range(8)
    )
    + "</article><footer>Copyright</footer></body></html>"
)


def test_full_text_is_fetched_for_teasers_and_matched(tmp_path: Path, feeds: FeedServer) -> None:
    with FeedServer("127.0.0.2") as pages:
        pages.route("/story", body=ARTICLE, content_type="text/html; charset=utf-8")
        item = {
            "guid": "t1",
            "title": "Coastal towns",
            "description": "Read more.",
            "link": pages.url("/story"),
        }
        full = {"guid": "t2", "title": "Long", "description": "x " * 400, "link": pages.url("/other")}
        feeds.route("/teasers", body=rss([item, full]))
        text = (
            "defaults:\n  fulltext: auto\n  alert_on_first_poll: true\n"
            f"fetch:\n  allow_networks: [127.0.0.2/32]\n"
            f"targets: []\nfeeds:\n  - name: teasers\n    url: {feeds.url('/teasers')}\n    language: en\n"
            "rules:\n  - name: flood\n    query: flooding AND stranded\n"
        )
        path = write_config(tmp_path, text)
        code, out, err = invoke("poll", "--config", str(path))
        assert code == 0, err
        assert out.splitlines()[0] == "teasers: 2 new, 1 match, 1 full text"
        assert len(pages.requests_for("/story")) == 1
        assert pages.requests_for("/other") == []  # a long summary is enough under auto
        assert "text/html" in pages.requests_for("/story")[0].headers["accept"]
        code, out, _ = invoke("matches", "--config", str(path))
        assert "rule flood" in out and "Coastal towns" in out


def test_full_text_never_follows_a_link_or_redirect_into_a_private_network(tmp_path: Path) -> None:
    with FeedServer("127.0.0.2") as public, FeedServer("127.0.0.3") as private:
        private.route("/secret", body=ARTICLE, content_type="text/html")
        public.route("/hop", status=302, location=private.url("/secret"))
        limits = FetchLimits(timeout=5, allow_networks=("127.0.0.2/32",))  # 127.0.0.2 stands for the web

        async def run() -> dict[str, object]:
            async with Pages(limits) as found:
                return {
                    url: result
                    for url, result in (
                        await found.fetch_all(
                            [
                                public.url("/hop"),
                                private.url("/secret"),
                                "http://169.254.169.254/latest/meta-data/",
                                "http://[::1]:9/x",
                            ]
                        )
                    ).items()
                }

        results = asyncio.run(run())
        hop, direct, metadata, v6 = (results[k] for k in results)
        assert hop.error == (  # type: ignore[attr-defined]
            f"redirected to {private.url('/secret')}, refused to connect to 127.0.0.3: it is a loopback "
            "address, and a redirect from a public server may not lead there (list the network under "
            "fetch.allow_networks if the feed is meant to)"
        )
        assert direct.error.startswith(  # type: ignore[attr-defined]
            "refused to connect to 127.0.0.3: it is a loopback address, and a link found in a feed may not lead there"
        )
        assert "169.254.169.254: it is a link-local address" in metadata.error  # type: ignore[attr-defined]
        assert "::1: it is a loopback address" in v6.error  # type: ignore[attr-defined]
        assert private.requests == []  # never reached
        assert len(public.requests_for("/hop")) == 1


def test_fetch_state_of_a_page_is_untrusted_even_when_configured_feeds_are_internal(
    feeds: FeedServer,
) -> None:
    # The feed server itself (127.0.0.1) may be polled as a configured feed, but its pages are not.
    feeds.route("/page", body=ARTICLE, content_type="text/html")

    async def run() -> object:
        async with Pages(FetchLimits(timeout=5)) as found:
            return await found.fetcher.fetch(FetchState(feeds.url("/page")))

    result = asyncio.run(run())
    assert "a link found in a feed may not lead there" in result.error  # type: ignore[attr-defined]
    assert feeds.requests == []
