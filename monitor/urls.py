"""Secrets in feed URLs: `https://user:pass@host/feed` and `?token=...` never shown or stored in clear.

A private feed's URL often carries its credentials, in the user-info part or as a
query parameter named like a secret (`token`, `key`, `auth`...). The configured URL
is the only place they live: everything a person can read (logs, errors, `monitor
feeds`, alerts) and everything stored (the feeds table) uses `masked(url)`, and the
fetcher sends user-info as HTTP Basic authentication to the configured origin only,
so a redirect to another host never receives it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

MASK = "***"
# Query parameter names whose values are secrets: api_key, apikey, token, access_token, sig, ...
_BARE_USERINFO = re.compile(r"^[^/@\s?#]+@")  # user-info at the very start of a URL without a scheme
_SECRET_PARAM = re.compile(r"(?i)(token|secret|pass|pwd|key|auth|sig|session|cred|bearer)")


def _split(url: str) -> tuple[str, str, str, str, str] | None:
    try:
        return urlsplit(url)
    except ValueError:
        return None


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) from the URL's user-info, decoded; None without user-info."""
    parts = _split(url)
    if parts is None or "@" not in parts[1]:
        return None
    userinfo = parts[1].rpartition("@")[0]
    user, _, password = userinfo.partition(":")
    return unquote(user), unquote(password)


def without_credentials(url: str) -> str:
    """The URL with its user-info removed (query secrets stay: the server needs them)."""
    parts = _split(url)
    if parts is None or "@" not in parts[1]:
        return url
    scheme, netloc, path, query, fragment = parts
    return urlunsplit((scheme, netloc.rpartition("@")[2], path, query, fragment))


def masked(url: str) -> str:
    """The URL safe to show and store: user-info and secret-named query values replaced by ***.

    Text that does not parse as a URL is masked the same way by pattern, so an error
    message about a malformed URL cannot leak it either.
    """
    parts = _split(url)
    if parts is None:
        return re.sub(r"(//)[^/@\s]*@", rf"\1{MASK}@", url)
    if "//" not in url and _BARE_USERINFO.match(url):  # `user:pass@host/feed`, its scheme forgotten
        return _BARE_USERINFO.sub(f"{MASK}@", url, count=1)
    scheme, netloc, path, query, fragment = parts
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rpartition('@')[2]}"
    if query and _SECRET_PARAM.search(query):
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, MASK if _SECRET_PARAM.search(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((scheme, netloc, path, query, fragment))


_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+")


def mask_all(text: str) -> str:
    """`text` with every http(s) URL in it masked (log lines, error messages)."""
    return _URL_IN_TEXT.sub(lambda m: masked(m.group(0)), text)


def redact(text: str, urls: list[str] | tuple[str, ...]) -> str:
    """`text` with each of `urls` (and its user-info password, wherever it appears) masked."""
    for url in sorted(urls, key=len, reverse=True):
        if url in text:
            text = text.replace(url, masked(url))
        found = credentials(url)
        if found and len(found[1]) >= 3:
            text = text.replace(found[1], MASK)
    return text
