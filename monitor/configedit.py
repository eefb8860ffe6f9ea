"""Adding feeds to the config file the way a person would: comments, order and quoting kept.

`monitor feeds import` and `monitor feeds add` append entries to `feeds:` with
ruamel.yaml's round-trip mode, so the file keeps its comments, key order, quotes,
indentation and `${ENV}` references; only the new entries are new. A feed whose URL is
already configured is skipped (and said so); a name already taken gets the feed's host
added. The edited text must load as a valid config before it replaces the file (written
beside it, then renamed, so a crash never leaves half a file); a running daemon notices
the change and reloads.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from monitor.config import Config, parse_config
from monitor.errors import ConfigError, Problem
from monitor.urls import masked


@dataclass(frozen=True)
class NewFeed:
    url: str
    name: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None


@dataclass
class Edit:
    """What adding did: the names (or masked URLs) added, and why others were skipped."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    config: Config | None = None


def add_feeds(path: Path, feeds: Iterable[NewFeed], environ: dict[str, str] | None = None) -> Edit:
    """Append `feeds` to the config file at `path`; raises ConfigError if the result would not load."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    text = path.read_text(encoding="utf-8")
    offset = _dash_offset(text)
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    data = yaml.load(text) if text.strip() else None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, dict):
        raise ConfigError([Problem(str(path), 1, 1, "", "the config must be a mapping of keys")])
    entries = data.get("feeds")
    if entries is None:
        entries = data["feeds"] = CommentedSeq()
    if not isinstance(entries, list):
        raise ConfigError([Problem(str(path), 1, 1, "feeds", "feeds must be a list to add feeds to it")])

    urls = {masked(str(e.get("url", ""))) for e in entries if isinstance(e, dict)}
    names = {str(e.get("name")) for e in entries if isinstance(e, dict) and e.get("name")}
    edit = Edit()
    for feed in feeds:
        shown = masked(feed.url)
        if shown in urls:
            edit.skipped.append(f"{feed.name or shown}: {shown} is already configured")
            continue
        entry = CommentedMap()
        name = feed.name
        if name and name in names:
            name = f"{name} ({urlsplit(feed.url).hostname})"
        if name and name in names:
            edit.skipped.append(f"{name}: a feed of that name is already configured")
            continue
        if name:
            entry["name"] = name
            names.add(name)
        entry["url"] = feed.url
        if feed.language:
            entry["language"] = feed.language
        if feed.tags:
            tags = CommentedSeq(feed.tags)
            tags.fa.set_flow_style()  # tags: [world, en], as the shipped config writes them
            entry["tags"] = tags
        entries.append(entry)
        urls.add(shown)
        edit.added.append(name or shown)
    if not edit.added:
        return edit
    out = io.StringIO()
    yaml.dump(data, out)
    new_text = out.getvalue()
    edit.config = parse_config(new_text, str(path), base_dir=path.parent, environ=environ)
    _replace(path, new_text)
    return edit


_KEY = re.compile(r"^( *)[^\s#-][^:]*:\s*(#.*)?$")
_DASH = re.compile(r"^( *)- \S")


def _dash_offset(text: str) -> int:
    """How far the file indents a block list's dashes under its key (`feeds:` then `  - name:`: 2)."""
    previous: re.Match[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        dash = _DASH.match(line)
        if dash and previous is not None:
            return max(len(dash.group(1)) - len(previous.group(1)), 0)
        previous = _KEY.match(line)
    return 2


def _replace(path: Path, text: str) -> None:
    """Write `text` beside `path`, then rename it over `path` (same permissions)."""
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["Edit", "NewFeed", "add_feeds"]
