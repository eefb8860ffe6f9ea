"""site_of(): the registrable domain by the public suffix list, as tldextract finds it."""

from __future__ import annotations

import pytest
import tldextract

from monitor import sites
from monitor.sites import site_of


@pytest.fixture(scope="module")
def reference() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True, include_psl_private_domains=True
    )


def expected(extract: tldextract.TLDExtract, host: str) -> str:
    """What site_of answered when it asked tldextract (the behaviour it keeps)."""
    host = host.strip("[]").rstrip(".").lower()
    return (extract(host).top_domain_under_public_suffix or host) if host else ""


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("feeds.bbci.co.uk", "bbci.co.uk"),
        ("www.bbci.co.uk", "bbci.co.uk"),
        ("alice.blogspot.com", "alice.blogspot.com"),
        ("bob.github.io", "bob.github.io"),
        ("News.Example.COM.", "example.com"),
        ("127.0.0.7", "127.0.0.7"),
        ("[::1]", "::1"),
        ("localhost", "localhost"),
        ("co.uk", "co.uk"),
        ("", ""),
    ],
)
def test_site_is_the_registrable_domain(host: str, site: str) -> None:
    assert site_of(host) == site


HOSTS = [
    "a.b.c.d.example.co.uk", "x.ck", "www.ck", "a.www.ck", "b.a.ck", "foo.bar.kawasaki.jp",
    "city.kawasaki.jp", "a.city.kawasaki.jp", "xn--85x722f.xn--55qx5d.cn", "www.xn--fiqs8s",
    "Ünïcode.例え.jp", "s3.amazonaws.com", "bucket.s3.us-east-1.amazonaws.com", "a.b.compute.amazonaws.com",
    "host.unknowntld", "deep.host.unknowntld", "1.2.3.4", "999.1.1.1", "a..b.com", ".com", "com",
    "www.example.com\u3002", "www\uff0eexample\uff0ecom", "xn--invalid-.com", "a.xn--.com", "under_score.org",
]  # fmt: skip


def test_tricky_hosts_as_tldextract(reference: tldextract.TLDExtract) -> None:
    for host in HOSTS:
        assert site_of(host) == expected(reference, host), host


def test_every_rule_of_the_list_as_tldextract(reference: tldextract.TLDExtract) -> None:
    """A host on, under and two under every rule (wildcards and exceptions included)."""
    _, rules = sites._suffixes()
    assert len(rules) > 5000
    for rule in sorted(rules):
        base = rule.lstrip("!").replace("*", "w")
        for host in (base, f"x.{base}", f"y.x.{base}"):
            assert site_of(host) == expected(reference, host), host
