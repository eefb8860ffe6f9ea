"""One form for the links that name the same page: tracking parameters, `www.`, mobile and AMP variants.

Aggregators and feeds hand out one article under many URLs: `?utm_source=rss`,
`&fbclid=...`, `http://` and `https://`, `www.`, `m.` or `amp.` hosts, `/amp/` paths and
`?outputType=amp`. `canonical_link` maps them to one string, so the same article on two
feeds (or in one feed twice) is recognised as one story before any text is compared.
It never fetches anything: a `<link rel="canonical">` would need the page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

__all__ = ["canonical_link"]

# Parameters that only say where a click came from, never which page it is.
_TRACKING = re.compile(
    r"(?i)^(utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hs\w*|hsctatracking"
    r"|ref|ref_src|ref_url|referrer|src|source|cmpid|cmp|ito|at_\w+|ns_\w+|wt\.\w+|xtor|ocid|smid"
    r"|partner|campaign|spm|share|s_cid|sr_share|rss|feed|outputtype|amp|output)$"
)
_MOBILE_HOST = re.compile(r"^(?:www\d?|m|mobile|amp|amp-|touch)\.")
_AMP_PATH = re.compile(r"(?:/amp)+(?=/|$)|(?<=/)amp(?:/|$)|\.amp(?=\.html?$|$)")
_INDEX = re.compile(r"/(?:index|default)\.(?:html?|php|aspx?)$")


def canonical_link(url: str) -> str:
    """`https://www.example.org/a/1/amp/?utm_source=rss&id=4#top` -> `example.org/a/1?id=4`.

    The scheme, a `www.`/`m.`/`amp.` host prefix, AMP path markers, an index page name,
    a trailing slash, the fragment and tracking parameters go; the remaining query
    parameters are sorted. The host is lower-cased, the path kept as written (paths are
    case-sensitive on many servers). "" for what is not an http(s) URL, and for a site's
    home page (no path, no query): feeds whose entries all link there would otherwise
    make one story of unrelated items.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    while (shorter := _MOBILE_HOST.sub("", host, count=1)) != host and "." in shorter:
        host = shorter
    path = _AMP_PATH.sub("", parts.path) or "/"
    path = _INDEX.sub("/", path)
    path = re.sub(r"/{2,}", "/", path).rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    if not path and not query:
        return ""
    return host + path + (f"?{urlencode(query)}" if query else "")
