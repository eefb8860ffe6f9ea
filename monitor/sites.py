"""What a "site" is for per-site limits and Retry-After: the registrable domain, not the host name.

feeds.bbci.co.uk and www.bbci.co.uk are one site (bbci.co.uk); two blogs on
blogspot.com or github.io are two (the public suffix list's private section names those
suffixes). The list is tldextract's bundled snapshot: nothing is downloaded at run time.
An IP address is its own site; so is a name the list does not know (`localhost`).

The list is read here, by tldextract's own rules (its trie walk, as right-anchored label
paths in a set), not through tldextract: importing it imports `requests` and building
its trie cost 0.23 s of CPU at every start, a sixth of a poll where every feed answers
304 (2026-12-06). tests/test_sites.py holds the two to the same answers.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

_RULE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)  # tldextract's
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


@cache
def _suffixes() -> tuple[frozenset[str], frozenset[str]]:
    """The public suffix list (private section included) as label paths: every node of
    tldextract's trie (`a.b.c` gives `c`, `b.c`, `a.b.c`) and the rules that end one."""
    spec = importlib.util.find_spec("tldextract")  # finds the package without importing it
    assert spec is not None and spec.submodule_search_locations is not None
    text = (Path(next(iter(spec.submodule_search_locations))) / ".tld_set_snapshot").read_text("utf-8")
    nodes: set[str] = set()
    ends: set[str] = set()
    for match in _RULE.finditer(text):
        rule = match.group("suffix")
        ends.add(rule)
        labels = rule.split(".")
        for start in range(len(labels)):
            nodes.add(".".join(labels[start:]))
    return frozenset(nodes), frozenset(ends)


def _decoded(label: str) -> str:
    """A label as the list spells it: lower case, an IDN in Unicode (tldextract's `_decode_punycode`)."""
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna

        try:
            return idna.decode(lowered)  # type: ignore[no-any-return]
        except (UnicodeError, IndexError):
            pass
    return lowered


@lru_cache(maxsize=65536)
def site_of(host: str) -> str:
    """The registrable domain of `host` (lower case), else the host itself."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return ""
    labels = host.rstrip("\u3002\uff0e\uff61").translate(_DOTS).split(".")
    nodes, ends = _suffixes()
    suffix = index = len(labels)  # where the public suffix starts; where the walk is
    path = ""
    for label in reversed(labels):
        decoded = _decoded(label)
        step = f"{decoded}.{path}" if path else decoded
        if step in nodes:
            index -= 1
            path = step
            if step in ends:
                suffix = index
            continue
        if path and f"*.{path}" in nodes:  # a wildcard rule: this label is part of the suffix
            suffix = index if f"!{decoded}.{path}" in nodes else index - 1
        break
    if suffix == len(labels) or suffix < 1 or not labels[suffix - 1]:
        return host  # no suffix (an IP address, an unknown name), or the host is one
    return ".".join(labels[suffix - 1 :])


__all__ = ["site_of"]
