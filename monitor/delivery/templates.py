"""Messages -> (title, body) in a service's format, through Jinja2 templates in a sandbox.

Built-in templates for plain text, Markdown and HTML live in `monitor/data/templates/`;
a target or rule may name its own file (`template:`), which defines the blocks `title`
and `body` like the built-in ones (copy one to start). Templates run in Jinja2's
`SandboxedEnvironment` with `StrictUndefined`, so a template cannot reach Python
internals and a misspelt name is an error (`monitor check` reports it at its
file:line:column), never an empty string.

Everything that comes from a feed reaches a template already made safe for the format:
HTML-escaped (as `Markup`, so autoescape does not escape it twice), Markdown-escaped
(`*`, `_`, `[`, `]`, `(`, `)`, backquotes, `<`...), or plain text without control
characters; in every format `@everyone`/`@here`/`<@id>` mentions are defused and URLs in
titles and snippets are broken with a zero-width space so they are no links. Only the
article's own link is a link, and only when it is http(s). The snippet's hits are marked
in the format's own way (bold in Markdown and HTML, nothing in plain text).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from monitor.clip import clip
from monitor.delivery.messages import Entry, Message
from monitor.delivery.render import TITLE_MAX, MessageLimits, format_published

__all__ = ["FORMATS", "Format", "TemplateProblem", "check_template", "render_message"]

Format = Literal["text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html")
ZWSP = "\u200b"
SNIPPET_MAX = 500
HEADLINE_MAX = 500  # the article title in the body
FIELD_MAX = 500  # a feed name, a rule name, one term with its words
MAX_SOURCES = 20  # sources named per story

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
_MENTION = re.compile(r"(?i)(@)(?=everyone|here|channel|all\b|room\b)|(<)(?=[@!#])")
_URL = re.compile(r"(?i)\b(https?|ftp|file|javascript|data)(:)(?=//|[^\s])|\b(www)(\.)")
_MARKDOWN = re.compile(r"([\\`*_\[\]()<>~|#!{}])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+\.)")


# -- making feed text safe ----------------------------------------------------------------


def defuse(text: str) -> str:
    """No control characters, no working mentions, no links in the text (a zero-width space breaks them)."""
    text = _CONTROL.sub("", text)
    text = _MENTION.sub(lambda m: (m.group(1) or m.group(2)) + ZWSP, text)
    return _URL.sub(lambda m: f"{m.group(1) or m.group(3)}{m.group(2) or m.group(4)}{ZWSP}", text)


def _markdown(text: str) -> str:
    escaped = _MARKDOWN.sub(r"\\\1", defuse(text))
    return _LINE_START.sub(r"\1\\\2", escaped)


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def safe(text: str, fmt: Format) -> Any:
    """Feed text made safe for `fmt` (Markup for HTML)."""
    if fmt == "html":
        return escape(defuse(text))
    if fmt == "markdown":
        return _markdown(text)
    return defuse(text)


def safe_link(url: str, fmt: Format) -> Any:
    """The article's link when it is http(s), encoded for the format; else ""."""
    url = _one_line(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    if scheme not in ("http", "https"):
        return ""
    if fmt == "html":
        return escape(url)
    if fmt == "markdown":
        return "<" + quote(url, safe=":/?#[]@!$&'*+,;=%~-._") + ">"
    return url


def marked(snippet: str, fmt: Format) -> Any:
    """The snippet with its `**hits**` marked in the format's own way."""
    parts = _one_line(snippet).split("**")
    if len(parts) % 2 == 0:  # an odd number of marks: the text had ** of its own
        parts = [_one_line(snippet).replace("**", "")]
    if fmt == "html":
        out = Markup("")
        for i, part in enumerate(parts):
            out += Markup("<b>%s</b>") % defuse(part) if i % 2 else escape(defuse(part))
        return out
    if fmt == "markdown":
        return "".join(f"**{_markdown(p)}**" if i % 2 and p else _markdown(p) for i, p in enumerate(parts))
    return defuse("".join(parts))


def _join(items: list[Any], sep: str, fmt: Format) -> Any:
    return Markup(sep).join(items) if fmt == "html" else sep.join(items)


# -- the context templates see -------------------------------------------------------------


def _entry_context(entry: Entry, fmt: Format, with_snippet: bool) -> dict[str, Any]:
    terms = [
        safe(clip(_one_line(f"{term} -> {', '.join(words)}" if words else term), FIELD_MAX), fmt)
        for term, words in entry.terms
    ]
    sources = [
        safe(clip(_one_line(f"{feed} ({language})" if language else feed), FIELD_MAX), fmt)
        for feed, language in entry.sources[:MAX_SOURCES]
    ]
    if len(entry.sources) > MAX_SOURCES:
        sources.append(safe(f"and {len(entry.sources) - MAX_SOURCES} more", fmt))
    snippet = clip(entry.snippet, SNIPPET_MAX) if with_snippet else ""
    return {
        "rule": safe(clip(_one_line(entry.rule), FIELD_MAX), fmt),
        "title": safe(clip(_one_line(entry.title), HEADLINE_MAX) or "(untitled)", fmt),
        "feed": safe(clip(_one_line(entry.feed), FIELD_MAX) or "(unknown)", fmt),
        "link": safe_link(entry.link, fmt),
        "language": safe(entry.language or "", fmt),
        "published": format_published(entry.published),
        "terms": _join(terms, "; ", fmt),
        "sources": _join(sources, ", ", fmt),
        "snippet": marked(snippet, fmt) if snippet else "",
        "story": entry.story,
        "article_id": entry.article_id,
        "alert_id": entry.alert_id,
    }


def context(message: Message, fmt: Format, *, snippets: bool = True, more: int = 0) -> dict[str, Any]:
    entries = [_entry_context(e, fmt, snippets) for e in message.entries]
    rules = []
    index = 0
    for name, group in message.by_rule():
        rules.append({"name": safe(_one_line(name), fmt), "entries": entries[index : index + len(group)]})
        index += len(group)
    return {
        "message": {"kind": message.kind, "id": message.id, "target": safe(message.target, fmt)},
        "entries": entries,
        "rules": rules,
        "count": len(entries) + more,
        "more": more,
        "notice": safe(message.text, fmt),
        "format": fmt,
    }


# -- environments and templates -------------------------------------------------------------


_ENVS: dict[Format, Any] = {}
_CACHE: dict[tuple[str, Format, float], Any] = {}
_LOCK = threading.Lock()


def _env(fmt: Format) -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    with _LOCK:
        env = _ENVS.get(fmt)
        if env is None:
            env = _ENVS[fmt] = SandboxedEnvironment(
                autoescape=fmt == "html",
                undefined=StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=False,
            )
        return env


def builtin_source(fmt: Format) -> str:
    return (resources.files("monitor") / "data" / "templates" / f"{fmt}.j2").read_text(encoding="utf-8")


def _template(path: Path | None, fmt: Format) -> Any:
    """The compiled template: a file of the user's, else the built-in one of the format."""
    name = str(path) if path is not None else f"<built-in {fmt}>"
    mtime = path.stat().st_mtime if path is not None else 0.0
    key = (name, fmt, mtime)
    with _LOCK:
        found = _CACHE.get(key)
    if found is None:
        source = path.read_text(encoding="utf-8") if path is not None else builtin_source(fmt)
        found = _compile(source, fmt, name)
        with _LOCK:
            _CACHE[key] = found
    return found


def _compile(source: str, fmt: Format, filename: str) -> Any:
    """A template compiled under its file name, so errors point into the file."""
    env = _env(fmt)
    code = env.compile(source, name=filename, filename=filename)
    return env.template_class.from_code(env, code, env.make_globals(None))


def _block(template: Any, name: str, ctx: dict[str, Any]) -> str:
    block = template.blocks.get(name)
    if block is None:
        raise ValueError(f"the template defines no {{% block {name} %}}")
    return "".join(block(template.new_context(ctx)))


def render_message(
    message: Message,
    fmt: Format,
    limits: MessageLimits | None = None,
    template: Path | None = None,
) -> tuple[str, str]:
    """(title, body) of `message` in `fmt` within `limits`.

    What goes when the whole does not fit: the snippets first, then the last digest entries
    (counted as "and N more"), then long titles, feed names and terms are shortened; a
    service that takes only a few hundred characters gets the link and the id; a digest
    is finally cut at a word boundary, its id kept.
    """
    limits = limits or MessageLimits()
    compiled = _template(template, fmt)
    title_max = min(TITLE_MAX, limits.title) if limits.title > 0 else TITLE_MAX

    def attempt(msg: Message, snippets: bool, more: int) -> tuple[str, str]:
        # A title is plain text (an e-mail subject, a chat headline), except where the service
        # renders Markdown: there it may be shown as Markdown too, so its values are escaped.
        title_fmt: Format = "markdown" if fmt == "markdown" else "text"
        plain = context(msg, title_fmt, snippets=False, more=more)
        title = clip(_one_line(str(_block(_template(template, title_fmt), "title", plain))), title_max)
        ctx = context(msg, fmt, snippets=snippets, more=more)
        return title, _block(compiled, "body", ctx).strip()

    def budget(title: str) -> int:
        shares = limits.title <= 0 or limits.title_in_body
        return limits.body - (len(title) + 2 if shares else 0)

    title, body = attempt(message, True, 0)
    if len(body) <= budget(title):
        return title, body
    title, body = attempt(message, False, 0)
    entries = list(message.entries)
    while len(body) > budget(title) and len(entries) > 1:
        entries = entries[: max(1, len(entries) * 3 // 4)]
        title, body = attempt(
            replace(message, entries=tuple(entries)), False, len(message.entries) - len(entries)
        )
    if len(body) > budget(title):
        short = tuple(
            replace(e, title=clip(e.title, 80), feed=clip(e.feed, 40), terms=e.terms[:3]) for e in entries
        )
        title, body = attempt(replace(message, entries=short), False, len(message.entries) - len(entries))
    last = f"Alert id: {message.id}"
    if len(body) > budget(title) and len(message.entries) == 1:
        link = _one_line(message.entries[0].link)
        body = f"{link}\n{last}" if safe_link(link, "text") else last
    if len(body) > budget(title):
        body = clip(body, max(budget(title) - len(last) - 1, 0)) + "\n" + last
    return title, body


# -- checking a user's template -----------------------------------------------------------


@dataclass(frozen=True)
class TemplateProblem:
    line: int
    column: int
    message: str


def check_template(path: Path, sample: Message) -> TemplateProblem | None:
    """Compile the template and render `sample` in every format; the first problem, at its place."""
    from jinja2 import TemplateError, TemplateSyntaxError

    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        return TemplateProblem(1, 1, f"cannot read the template: {exc.strerror}")
    for fmt in FORMATS:
        template = None
        try:
            template = _compile(source, fmt, str(path))
            for block in ("title", "body"):
                _block(template, block, context(sample, fmt))
        except TemplateSyntaxError as exc:
            line = exc.lineno or 1
            return TemplateProblem(line, _column(source, line), exc.message or str(exc))
        except (TemplateError, ValueError, TypeError, AttributeError, KeyError) as exc:
            line = _template_line(template, path) or 1
            return TemplateProblem(line, _column(source, line, str(exc)), f"{exc} (rendering as {fmt})")
    return None


def sample_message() -> Message:
    """A message with every field set, for checking templates (a digest of two rules)."""
    from datetime import UTC, datetime

    entry = Entry(
        rule="sample rule",
        title="Sample article title",
        feed="Sample feed",
        link="https://example.org/article",
        language="de",
        published=datetime(2026, 1, 1, tzinfo=UTC),
        terms=(("troops", ("Soldaten",)),),
        snippet="Nordkorea schickt **Soldaten**",
        story=1,
        article_id=1,
        sources=(("Other feed", "fr"),),
        alert_id="nm-000000000000000000000000",
    )
    return Message(
        "digest", "nm-000000000000000000000000", "sample", (entry, replace(entry, rule="other rule"))
    )


def _template_line(template: Any, path: Path) -> int | None:
    """The template line the exception being handled was raised at (from the generated code's frame)."""
    tb = sys.exc_info()[2]
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(path):
            found = tb.tb_lineno
        tb = tb.tb_next
    if found is None or template is None:
        return None
    return int(template.get_corresponding_lineno(found))


def _column(source: str, line: int, message: str = "") -> int:
    """Where the Jinja tag at fault starts on that line, 1-based (Jinja reports lines only): the tag
    holding a name the error quotes (`'titel'`), else the line's first tag."""
    lines = source.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    for name in re.findall(r"'([^']+)'", message):
        at = text.find(name)
        if at >= 0:
            start = max(text.rfind("{{", 0, at), text.rfind("{%", 0, at))
            if start >= 0:
                return start + 1
    found = [i for i in (text.find("{{"), text.find("{%")) if i >= 0]
    return (min(found) if found else 0) + 1


Renderer = Callable[[Message, Format, MessageLimits | None, Path | None], tuple[str, str]]
