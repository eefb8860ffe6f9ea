"""What a "site" is for per-site limits and Retry-After: the registrable domain, not the host name.

feeds.bbci.co.uk and www.bbci.co.uk are one site (bbci.co.uk); two blogs on
blogspot.com or github.io are two (the public suffix list's private section names those
suffixes). The list is tldextract's bundled snapshot: nothing is downloaded at run time.
An IP address is its own site; so is a name the list does not know (`localhost`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def _extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True, include_psl_private_domains=True
    )


@lru_cache(maxsize=65536)
def site_of(host: str) -> str:
    """The registrable domain of `host` (lower case), else the host itself."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return ""
    found = _extractor()(host)
    return found.top_domain_under_public_suffix or host


__all__ = ["site_of"]
