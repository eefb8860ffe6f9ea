"""The `monitor` command: parse arguments, call one function, print the outcome.

This is the only place that turns exceptions into messages and exit codes:
0 success, 1 a problem was found (bad config, failed feed or delivery), 2 usage.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor import __version__
from monitor.errors import ConfigError, MonitorError, QuerySyntaxError
from monitor.wording import count

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_CONFIG = "config.yaml"


def _resolve_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    """`--config` after the command wins, else one before it (`monitor -c X rules check`, `monitor
    rules -c X check`), else $NEWS_MONITOR_CONFIG or the default."""
    if value is not None:
        return value
    parent = ctx.parent
    while parent is not None:
        given = parent.params.get("config_path")
        if given:
            return Path(given)
        parent = parent.parent
    return Path(os.environ.get("NEWS_MONITOR_CONFIG") or DEFAULT_CONFIG)


def _count_verbose(ctx: click.Context, _param: click.Parameter, value: int) -> int:
    """`-v` counts wherever it is written: `monitor -v poll` and `monitor poll -v` alike."""
    obj = ctx.ensure_object(dict)
    obj["verbose"] = obj.get("verbose", 0) + value
    return value


def group_options(func: F) -> F:
    """`-c FILE` and `-v` on a command group (`monitor rules -c X check`), for its commands to use."""
    return _config_and_verbose(
        func, "Log debugging detail.", "The YAML config file (for every command of the group).", None
    )


def config_option(func: F) -> F:
    """`--config/-c` and `-v` on a command, accepted before or after the command name."""
    return _config_and_verbose(
        func,
        "Log debugging detail (also before the command).",
        f"The YAML config file (also before the command; default: $NEWS_MONITOR_CONFIG or {DEFAULT_CONFIG}).",
        _resolve_config,
    )


def _config_and_verbose(func: F, verbose_help: str, config_help: str, resolve: Any) -> F:
    func = click.option(
        "-v", "--verbose", count=True, expose_value=False, callback=_count_verbose, help=verbose_help
    )(func)
    return click.option(
        "--config",
        "-c",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        callback=resolve,
        help=config_help,
    )(func)
    return click.option(
        "--config",
        "-c",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        callback=_resolve_config,
        help="The YAML config file (also before the command; default: $NEWS_MONITOR_CONFIG or "
        f"{DEFAULT_CONFIG}).",
    )(func)


def setup_logging(verbose: int | None = None, default: int = logging.INFO) -> None:
    """Log at `default`, or DEBUG with `-v` (counted wherever it was written: see `_count_verbose`)."""
    if verbose is None:
        ctx = click.get_current_context(silent=True)
        verbose = (ctx.find_root().obj or {}).get("verbose", 0) if ctx else 0
    level = logging.DEBUG if verbose > 0 else default
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr, force=True
    )
    if level > logging.DEBUG:
        for noisy in ("httpx", "httpcore", "apscheduler", "apprise", "alembic"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


def resolve_rule(config: Any, text: str) -> Any:
    """A configured rule by name, else `text` as a query, linted like a configured rule.

    A text that looks like a mistyped rule name is most likely a typo: say so before running it.
    """
    from monitor.backtest import rule_or_query
    from monitor.config import concept_names
    from monitor.rules.lint import LintRule, lint

    spec = rule_or_query(config, text)
    if spec.name != "(query)":
        return spec
    close = _mistyped_name(text, [r.name for r in config.rules])
    if close:
        click.echo(
            f"note: no rule is named {text!r} (did you mean {close!r}?); using it as a query", err=True
        )
    errors = [
        f
        for f in lint([LintRule("(query)", text)], config.blocks, concept_names(config))
        if f.severity == "error"
    ]
    if errors:
        raise click.ClickException(
            "\n".join(
                f.message if f.position is None else str(QuerySyntaxError(f.message, f.query, f.position))
                for f in errors
            )
        )
    return spec


# Quotes, groups, -x, =x, @block, /regex/, word*, field:term and upper-case operators.
_QUERY_SYNTAX = re.compile(r'["()]|(^|\s)[-=@/]|\w\*|\b[A-Za-z]+:\S|\b(AND|OR|NOT|NEAR)\b')


def _mistyped_name(text: str, names: list[str]) -> str | None:
    """The rule name `text` is probably a typo of: close to it as a whole, and no query syntax in it."""
    if _QUERY_SYNTAX.search(text):
        return None
    folded = {name.casefold(): name for name in names}
    close = difflib.get_close_matches(text.casefold(), list(folded), n=1, cutoff=0.8)
    return folded[close[0]] if close else None


def load(config_path: Path):  # type: ignore[no-untyped-def]
    """The config, or exit 1 with every problem listed."""
    from monitor.config import load_config

    try:
        return load_config(config_path)
    except ConfigError as exc:
        click.echo(f"{len(exc.problems)} problem(s) in {config_path}:", err=True)
        for problem in exc.problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(1)


class _Commands(click.Group):
    """Turns any MonitorError a command lets through into a one-line message and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(
    cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, prog_name="news-monitor")
@click.option(
    "-v", "--verbose", count=True, expose_value=False, callback=_count_verbose, help="Log debugging detail."
)
@click.option(
    "--config",
    "-c",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"The YAML config file (default: $NEWS_MONITOR_CONFIG or {DEFAULT_CONFIG}).",
)
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """news-monitor: poll news feeds, match watch rules, send alerts through Apprise.

    Start with `monitor check` to validate config.yaml, `monitor poll` to run one
    cycle, then `monitor run` to keep watching.
    """
    ctx.ensure_object(dict)


@cli.command()
@config_option
@click.pass_context
def run(ctx: click.Context, config_path: Path) -> None:
    """Run the daemon: poll every feed on its interval and alert on matches.

    Stops cleanly on SIGTERM or Ctrl-C; reloads the config when the file changes
    or on SIGHUP (a config with errors is reported and the running one kept).
    """
    from monitor.daemon import Daemon

    setup_logging()
    Daemon(config_path, load(config_path)).run()


@cli.command()
@config_option
@click.pass_context
def poll(ctx: click.Context, config_path: Path) -> None:
    """Poll every enabled feed once, send the alerts owed, then exit.

    Exits 1 when a feed or a delivery failed (a feed already known to be gone is not a new failure).
    """
    import asyncio
    import gc

    # The garbage collector would walk the start-up's hundreds of thousands of objects (modules,
    # the config) again and again while they load, at every full collection during the poll and
    # once more at exit, and none of them is garbage: collect nothing while starting, then set
    # what start-up built aside (gc.freeze) before polling, and again before exiting.
    gc.disable()
    from monitor.delivery.outbox import deliver_due
    from monitor.runtime import Runtime
    from monitor.wording import count

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    rt = Runtime.open(config, claim="poll", lazy=True)  # rules are compiled when an article is new
    gc.freeze()
    gc.enable()
    try:
        reports = asyncio.run(_poll_once(rt))
        for r in reports:
            if r.newly_paused:
                from monitor.notices import feed_paused

                feed_paused(config, r.feed, r.failures, r.error)
        delivered = deliver_due(rt.store, config, rt.retry_base)
    finally:
        rt.close()
    for r in reports:
        if r.known_gone:
            state = f"disabled: {r.error}"
        elif r.paused and not r.newly_paused:
            state = f"paused after {count(r.failures, 'failure')} (`monitor feeds resume` polls it again)"
        elif r.error:
            paused = f"; paused after {count(r.failures, 'failure')} in a row" if r.newly_paused else ""
            state = f"error: {r.error}{paused}"
        elif r.deferred:
            state = f"not fetched: its site asked to wait until {r.next_poll_at:%Y-%m-%d %H:%M:%S} UTC"
        elif r.not_modified:
            state = "not modified"
        elif r.silent:
            state = f"first poll: {count(r.new, 'item')} recorded, no alerts"
        else:
            updated = f", {r.updated} updated" if r.updated else ""
            pages = f", {count(r.pages, 'full text')}" if r.pages else ""
            state = f"{r.new} new{updated}, {count(r.matches, 'match', 'matches')}{pages}"
        click.echo(f"{r.feed}: {state}")
    held = f"; {delivered.held} held for a digest" if delivered.held else ""
    click.echo(f"alerts: {delivered.sent} sent, {delivered.failed} failed (will be retried){held}")
    gc.freeze()  # the store is closed: nothing left needs a collection to release it
    failed = any(r.error and not r.known_gone and not (r.paused and not r.newly_paused) for r in reports)
    if failed or delivered.failed:
        sys.exit(1)


async def _poll_once(rt: Any) -> list[Any]:
    from concurrent.futures import ThreadPoolExecutor

    from monitor.fetch import Fetcher
    from monitor.fulltext import Pages
    from monitor.pipeline import parse_pool, poll_all
    from monitor.runtime import fulltext_limits

    feeds = [f for f in rt.config.feeds if f.enabled]
    parser = parse_pool()  # its process starts with the first body to parse
    try:
        with ThreadPoolExecutor(2, thread_name_prefix="ingest") as worker:
            async with Fetcher(rt.limits) as fetcher, Pages(fulltext_limits(rt.config)) as pages:
                return await poll_all(rt, fetcher, feeds, worker, pages, parser)
    finally:
        if parser is not None:
            parser.shutdown()


@cli.command()
@config_option
def check(config_path: Path) -> None:
    """Validate the config file and compile every rule; exit 1 listing all problems."""
    setup_logging(default=logging.WARNING)
    config = load(config_path)
    _compile_rules(config_path, config)
    enabled = sum(rule.enabled for rule in config.rules)
    counts = f"{len(config.feeds)} feeds, {enabled} rules, {len(config.targets)} targets"
    click.echo(f"{config_path}: OK ({counts})")
    _language_support(config.monitored_languages())


def _language_support(languages: list[str]) -> None:
    """Say which monitored languages have partial support, and what they lack."""
    from monitor.analysis.support import support

    partial = [support(code) for code in languages if support(code).partial]
    full = [code for code in languages if not support(code).partial]
    if full:
        click.echo(f"full support: {' '.join(full)}")
    for found in partial:
        click.echo(found.describe())


def _compile_rules(config_path: Path, config: Any) -> int:
    """Compile every rule (exit 1 if one fails; load() has refused lint errors), then print the
    rules' warnings, each at its place in the file."""
    from monitor.config import rule_warnings
    from monitor.matching import Matching

    try:
        matching = Matching.build(config)
    except QuerySyntaxError as exc:
        click.echo(f"{config_path}: a rule does not compile: {exc}", err=True)
        sys.exit(1)
    warnings = rule_warnings(config, matching.book)
    for warning in warnings:
        click.echo(str(warning))
    return len(warnings)


@cli.command()
@config_option
@click.option("--limit", "-n", default=20, show_default=True, help="How many matches to show.")
@click.option("--rule", help="Only matches of this rule.")
@click.option("--feed", help="Only matches of articles from this feed (its name).")
@click.option("--since", help="Only matches from this long ago on, e.g. 12h, 7d.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of text.")
def matches(
    config_path: Path, limit: int, rule: str | None, feed: str | None, since: str | None, as_json: bool
) -> None:
    """Show the most recent matches: article, link, matched terms and what became of each alert."""
    from monitor.store import Store, utcnow

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    after = utcnow() - _window(since, "--since") if since else None
    with Store(config.database_url(), mode="existing") as store:
        rows = store.recent_matches(limit, rule, since=after, feed=feed)
    _known("rule", rule, [r.name for r in config.rules], config_path, found=bool(rows))
    _known("feed", feed, [f.key for f in config.feeds], config_path, found=bool(rows))
    if as_json:
        for m in rows:
            click.echo(json.dumps(_match_record(m), ensure_ascii=False))
        return
    if not rows:
        scope = [f"of rule {rule!r}" if rule else "", f"from feed {feed!r}" if feed else ""]
        when = f"in the last {since}" if since else "yet"
        click.echo(" ".join(["no matches", *filter(None, scope), when]))
        return
    for m in rows:
        click.echo(_match_text(m))


def _window(text: str, option: str) -> Any:
    from datetime import timedelta

    from monitor.config import parse_duration

    try:
        return timedelta(seconds=parse_duration(text))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=option) from None


def _known(what: str, name: str | None, names: list[str], config_path: Path, *, found: bool) -> None:
    """A --rule/--feed that names nothing in the config (and matched nothing) is a mistake: say so."""
    import difflib

    if name is None or name in names or found:
        return
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"{what}s: {', '.join(names) or 'none'}"
    raise click.ClickException(f"no {what} is named {name!r} in {config_path}, nor has matches ({hint})")


_HELD = {
    "update": "in the next digest (an update of a story already alerted)",
    "digest": "in the next digest (delivery: digest)",
    "cap": "in the next digest (over max_per_hour)",
    "quiet": "in the digest after the quiet hours",
    "sources": "waiting for more sources (min_sources)",
}


def _alert_text(alert: Any) -> str:
    if alert.status == "sent":
        return (
            f"{alert.target} sent {alert.sent_at:%Y-%m-%d %H:%M}" if alert.sent_at else f"{alert.target} sent"
        )
    if alert.status == "pending":
        return f"{alert.target} pending"
    if alert.status == "held":
        when = (
            f" at {alert.next_attempt_at:%Y-%m-%d %H:%M}"
            if alert.next_attempt_at and alert.reason != "sources"
            else ""
        )
        return f"{alert.target} held: {_HELD.get(alert.reason or '', 'in the next digest')}{when}"
    if alert.status == "digested":
        return f"{alert.target} in a digest being sent"
    if alert.status == "given_up":
        return (
            f"{alert.target} given up ({count(alert.attempts, 'attempt')}: {alert.last_error}); "
            "`monitor deliveries retry` sends it again"
        )
    retry = f"; next try {alert.next_attempt_at:%Y-%m-%d %H:%M}" if alert.next_attempt_at else ""
    return f"{alert.target} failed ({count(alert.attempts, 'attempt')}: {alert.last_error}{retry})"


def _match_text(m: Any) -> str:
    """One match as a few lines: nothing cut, so status and link are always whole."""
    language = f", {m.language}" if m.language else ""
    if m.alerts:
        alerts = "; ".join(_alert_text(a) for a in m.alerts)
    elif m.role == "update":
        alerts = "none (an update of a story already alerted; the rule has updates: none)"
    else:
        alerts = "none (the rule has no targets)"
    story = ""
    if m.story_id is not None:
        story = f"  story #{m.story_id}" + (" (update)" if m.role == "update" else "")
    lines = [
        f"{m.matched_at:%Y-%m-%d %H:%M} UTC  article #{m.article_id}  rule {m.rule}  ({m.feed}{language})"
        + story,
        f"  {m.title or '(untitled)'}",
        f"  {m.link or '(no link)'}",
        f"  terms:  {'; '.join(_terms(m.terms)) or '-'}",
        f"  alerts: {alerts}",
    ]
    return "\n".join(lines)


def _terms(stored: Any) -> list[str]:
    """Each rule term once with the words it matched: `North Korea -> Nordkorea, nordkoreanische`."""
    from monitor.delivery.messages import merge_terms

    return [f"{term} -> {', '.join(words)}" if words else term for term, words in merge_terms(stored)]


def _match_record(m: Any) -> dict[str, Any]:
    def when(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": m.id,
        "article_id": m.article_id,
        "matched_at": when(m.matched_at),
        "rule": m.rule,
        "feed": m.feed,
        "language": m.language,
        "published": when(m.published),
        "story_id": m.story_id,
        "role": m.role,
        "title": m.title,
        "link": m.link,
        "terms": list(m.terms),
        "alerts": [
            {
                "target": a.target,
                "status": a.status,
                "attempts": a.attempts,
                "last_error": a.last_error,
                "reason": a.reason,
                "next_attempt_at": when(a.next_attempt_at),
                "sent_at": when(a.sent_at),
            }
            for a in m.alerts
        ],
    }


@cli.command("notify-test")
@config_option
@click.argument("target")
def notify_test(config_path: Path, target: str) -> None:
    """Send a test alert to TARGET (a name from the config's targets).

    Exits 1 with the reason when any of the target's services cannot be reached.
    """
    from monitor.delivery.apprise_send import mask_url, send
    from monitor.delivery.logtarget import is_log_url
    from monitor.delivery.render import render_test_alert

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    found = next((t for t in config.targets if t.name == target), None)
    if found is None:
        names = ", ".join(t.name for t in config.targets) or "none are configured"
        raise click.ClickException(f"unknown target {target!r} (targets: {names})")
    title, body = render_test_alert(target)
    result = send(found.urls, title, body)
    if not result.ok:
        raise click.ClickException(f"test alert to {target!r} failed: {result.error}")
    where = [
        "log:// (written to the log above)" if is_log_url(url) else mask_url(url).split("?", 1)[0]
        for url in found.urls
    ]
    click.echo(f"test alert sent to {target!r}: {', '.join(where)}")


@cli.command("match")
@config_option
@click.argument("articles", type=click.File("r", encoding="utf-8"))
@click.option("--explain", is_flag=True, help="Add the terms per field and the best snippet.")
@click.option(
    "--stories",
    "stories",
    is_flag=True,
    help='Group the articles into stories in file order: each line gets "story" and "first".',
)
def match_cmd(config_path: Path, articles: Any, explain: bool, stories: bool) -> None:
    """Match the config's rules against ARTICLES (JSON lines, `-` for stdin); print JSON lines.

    Each input line has `id`, `title`, `summary`, `content` and optionally
    `language`, `link`, `feed`, `author`, `tags`, `published` (ISO 8601). Each output line
    is one matching (article, rule) pair: {"id", "rule", "terms"}. With --stories the
    articles are grouped into stories in file order (their `published` times decide the
    window) and each line also has "story" (the id of the story's first article) and
    "first" (true on the line that would alert: the story's first match of the rule).
    No feed is fetched and nothing is stored.
    """
    from monitor.backtest import match_lines

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    try:
        for matched in match_lines(config, articles, explain=explain, stories=stories):
            if matched.note:
                click.echo(f"note: {matched.note}", err=True)
            for record in matched.records:
                click.echo(json.dumps(record, ensure_ascii=False))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


@cli.command("stories")
@config_option
@click.argument("articles", required=False, type=click.File("r", encoding="utf-8"))
@click.option("--limit", "-n", default=20, show_default=True, help="How many stories to show.")
@click.option("--rule", help="Only stories this rule matched.")
def stories_cmd(config_path: Path, articles: Any, limit: int, rule: str | None) -> None:
    """The most recent stories with their sources; or, given ARTICLES, their stories as JSON lines.

    Without ARTICLES: the stored stories, most recently active first, each with its
    articles (feed, language, why each joined) and the rules that matched it. With
    ARTICLES (JSON lines as for `monitor match`, `-` for stdin): one line per article,
    {"id", "story"}, the story named by the id of its first article; nothing is stored.
    """
    setup_logging(default=logging.WARNING)
    config = load(config_path)
    if articles is not None:
        from monitor.backtest import story_lines

        try:
            for record in story_lines(config, articles):
                click.echo(json.dumps(record, ensure_ascii=False))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        return
    from monitor.store import Store

    with Store(config.database_url(), mode="existing") as store:
        found = store.stories(limit, rule)
    _known("rule", rule, [r.name for r in config.rules], config_path, found=bool(found))
    if not found:
        click.echo("no stories yet" if not rule else f"no stories matched by rule {rule!r}")
        return
    for story in found:
        languages = ", ".join(story.languages)
        rules_ = f"  rules: {', '.join(story.rules)}" if story.rules else ""
        click.echo(
            f"story #{story.id}  {story.first_seen:%Y-%m-%d %H:%M} - {story.last_seen:%Y-%m-%d %H:%M} UTC  "
            f"{len(story.articles)} article(s), {len(story.sources)} source(s) ({languages}){rules_}"
        )
        click.echo(f"  {story.title or '(untitled)'}")
        for a in story.articles:
            why = "" if a.reason in (None, "new") else f"  [{a.reason}]"
            click.echo(f"    #{a.article_id:<6} {a.feed} ({a.language or 'und'}){why}: {a.title}")


@cli.group("deliveries", invoke_without_command=True)
@config_option
@click.option("--failed", is_flag=True, help="Only deliveries that are failing or were given up.")
@click.option("--limit", "-n", default=30, show_default=True, help="How many to show.")
@click.pass_context
def deliveries(ctx: click.Context, config_path: Path, failed: bool, limit: int) -> None:
    """The outbox: alerts (A12) and digests or notices (D3), newest first, with their state.

    Failing ones show their attempts, last error and next try; `monitor deliveries retry ID`
    sends a failed or given-up one again at the daemon's next sweep.
    """
    if ctx.invoked_subcommand is not None:
        return
    from monitor.store import Store

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    with Store(config.database_url(), mode="existing") as store:
        entries = store.outbox(failed=failed, limit=limit)
    if not entries:
        click.echo("no failed deliveries" if failed else "no deliveries yet")
        return
    for e in entries:
        click.echo(_outbox_line(e))


def _outbox_line(e: Any) -> str:
    when = f"{e.created_at:%Y-%m-%d %H:%M}" if e.created_at else "?"
    state = e.status
    if e.status == "sent" and e.sent_at:
        state = f"sent {e.sent_at:%Y-%m-%d %H:%M}"
    elif e.status == "held":
        state = f"held ({e.reason}) until {e.next_attempt_at:%Y-%m-%d %H:%M}" if e.next_attempt_at else "held"
    elif e.status in ("failed", "given_up"):
        retry = (
            f", next try {e.next_attempt_at:%Y-%m-%d %H:%M}"
            if e.status == "failed" and e.next_attempt_at
            else ""
        )
        state = f"{e.status.replace('_', ' ')} after {e.attempts} attempt(s){retry}: {e.last_error}"
    return f"{e.ref:<7} {when}  {e.target:<12} {state}\n        {e.what}"


@deliveries.command("retry")
@config_option
@click.argument("ref")
def deliveries_retry(config_path: Path, ref: str) -> None:
    """Send delivery REF (A12) or digest (D3) again, at the daemon's next sweep (or `monitor poll`)."""
    from monitor.store import Store, utcnow

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    with Store(config.database_url(), mode="existing") as store:
        try:
            found = store.retry(ref, utcnow())
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="REF") from None
    if found is None:
        raise click.ClickException(f"no delivery or digest {ref} (monitor deliveries lists them)")
    if found.status != "pending":
        raise click.ClickException(f"{found.ref} is {found.status}: only failed or given-up ones are retried")
    click.echo(f"{found.ref} to target {found.target} will be sent again at the next delivery sweep")


@cli.command("preview")
@config_option
@click.argument("rule")
@click.argument("article_id", type=int)
@click.option("--target", help="The target whose format and template to use (default: the rule's first).")
def preview(config_path: Path, rule: str, article_id: int, target: str | None) -> None:
    """Print exactly what RULE's alert for the stored article ARTICLE_ID would send, per URL of the target.

    The article need not have matched; nothing is sent or stored.
    """
    from monitor.delivery.outbox import render_for
    from monitor.delivery.preview import preview_message
    from monitor.matching import Matching
    from monitor.store import Store

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    found = next((r for r in config.rules if r.name == rule), None)
    if found is None:
        raise click.ClickException(
            f"no rule is named {rule!r}{_did_you_mean(rule, [r.name for r in config.rules])}"
        )
    names = config.targets_of(found)
    name = target or (names[0] if names else None)
    chosen = config.target(name) if name else None
    if name is None:
        raise click.ClickException(f"rule {rule!r} alerts no target: add targets to the config, or --target")
    if chosen is None:
        known = ", ".join(t.name for t in config.targets) or "none are configured"
        raise click.ClickException(f"unknown target {name!r} (targets: {known})")
    with Store(config.database_url(), mode="existing") as store:
        message = preview_message(store, Matching.build(config), found.name, article_id, chosen.name)
    if message is None:
        raise click.ClickException(f"no stored article with id {article_id}")
    for url in chosen.urls:
        from monitor.delivery.apprise_send import mask_url

        title, body, fmt = render_for(config, message, url)
        click.echo(f"--- to {mask_url(url).split('?', 1)[0]} ({fmt})")
        click.echo(f"title: {title}")
        click.echo(body)


def _did_you_mean(name: str, names: list[str]) -> str:
    close = difflib.get_close_matches(name, names, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


@cli.group()
@group_options
def rules(config_path: Path | None) -> None:
    """Lint, backtest and explain watch rules."""


@rules.command("check")
@config_option
def rules_check(config_path: Path) -> None:
    """Lint every rule: syntax, unknown fields or blocks, NOT-only rules, short wildcards, duplicates.

    Exits 1 when a rule has an error; warnings are printed but do not fail.
    """
    setup_logging(default=logging.WARNING)
    config = load(config_path)
    warnings = _compile_rules(config_path, config)
    languages = config.monitored_languages()
    click.echo(f"How each rule's terms reach the languages monitored ({', '.join(languages)}):")
    for rule in (r for r in config.rules if r.enabled):
        click.echo(f"{rule.name}: {rule.query}")
        for line in _term_lines(config, rule, languages, full=False):
            click.echo(f"  {line}")
    click.echo(f"{len(config.rules)} rules, {len(config.blocks)} blocks: no errors, {warnings} warning(s)")


def _term_lines(config: Any, rule: Any, languages: list[str], *, full: bool) -> list[str]:
    from monitor.lexicon.lexicon import Expansion
    from monitor.lexicon.report import render, report_term, terms_of
    from monitor.lexicon.terms import Kind
    from monitor.matching import Matching

    lexicon = Matching.build(config).rules.compiler.lexicon
    if lexicon is None:
        return []
    nodes = terms_of(rule.query, config.blocks)
    context = tuple(n.text for n in nodes)
    lines: list[str] = []
    for node in nodes:
        override = rule.terms.get(node.text)
        report = report_term(
            lexicon,
            node,
            rule.language or config.defaults.language,
            languages,
            level=Expansion(config.expansion(rule)),
            override=Kind(override) if override else None,
            context=context,
        )
        lines += render(report, full=full)
    return lines


@rules.command("expand")
@config_option
@click.argument("rule")
@click.option(
    "--language", "-l", "languages", multiple=True, help="Only these languages (default: those monitored)."
)
@click.option(
    "--write",
    "write_to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the accepted equivalents as concepts into this YAML file, for review and editing.",
)
def rules_expand(config_path: Path, rule: str, languages: tuple[str, ...], write_to: Path | None) -> None:
    """Print everything RULE's terms become in each language: variants, their evidence and sources.

    With --write, the equivalents the rule accepts are written as concepts (the concept pack's
    format) into a YAML file you can edit and include with `concepts.files`.
    """
    setup_logging(default=logging.WARNING)
    config = load(config_path)
    found = next((r for r in config.rules if r.name == rule), None)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule, [r.name for r in config.rules], n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise click.ClickException(f"no rule is named {rule!r} in {config_path}{hint}")
    wanted = list(languages) or config.monitored_languages()
    click.echo(f"{found.name}: {found.query}")
    for line in _term_lines(config, found, wanted, full=True):
        click.echo(f"  {line}")
    if write_to is not None:
        written = _write_concepts(config, found, wanted, write_to)
        click.echo(f"wrote {written} concept(s) to {write_to}; include it with concepts.files to use them")


def _write_concepts(config: Any, rule: Any, languages: list[str], path: Path) -> int:
    """The rule's accepted variants as concepts named after its terms, merged into `path`."""
    import yaml

    from monitor.concepts import slug
    from monitor.lexicon.lexicon import Expansion
    from monitor.lexicon.report import terms_of
    from monitor.matching import Matching

    lexicon = Matching.build(config).rules.compiler.lexicon
    assert lexicon is not None
    source = rule.language or config.defaults.language
    level = Expansion(config.expansion(rule))
    existing = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    concepts: dict[str, Any] = existing if isinstance(existing, dict) else {}
    written = 0
    for node in terms_of(rule.query, config.blocks):
        if node.exact:
            continue
        body: dict[str, Any] = {"description": f"equivalents of {node.text!r} (from monitor rules expand)"}
        body[source] = [node.text]
        for language in languages:
            if language == source:
                continue
            expanded = lexicon.expand(node.text, source, language, level=level)
            if expanded.variants:
                body[language] = [v.text for v in expanded.variants]
        if len(body) > 2:
            concepts[slug(node.text) or f"term_{written}"] = body
            written += 1
    header = (
        "# Written by `monitor rules expand --write`: review, edit, then list this file in concepts.files.\n"
    )
    path.write_text(header + yaml.safe_dump(concepts, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return written


@rules.command("test")
@config_option
@click.argument("rule_or_query")
@click.option("--since", default="7d", show_default=True, help="How far back to look, e.g. 12h, 7d, 30d.")
@click.option("--limit", "-n", default=50, show_default=True, help="How many matches to list at most.")
def rules_test(config_path: Path, rule_or_query: str, since: str, limit: int) -> None:
    """Run a configured rule (by name) or a query over the stored articles, without alerting.

    Lists what it would have matched, newest first, with the matched terms.
    """
    from datetime import timedelta

    from monitor.backtest import backtest
    from monitor.config import parse_duration
    from monitor.matching import Matching
    from monitor.store import Store, utcnow

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    try:
        window = timedelta(seconds=parse_duration(since))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    spec = resolve_rule(config, rule_or_query)
    with Store(config.database_url(), mode="existing") as store:
        articles = store.articles(utcnow() - window)
    found = 0
    for result in backtest(articles, Matching.build(config), spec):
        found += 1
        if found <= limit:
            a = result.article
            click.echo(f"#{result.article_id:<7} {a.feed[:18]:18}  {a.title[:70]}")
            click.echo(f"          terms: {', '.join(result.match.terms(result.doc))}")
    shown = f" (first {limit} shown)" if found > limit else ""
    click.echo(f"{found} of {len(articles)} articles stored in the last {since} would have matched{shown}")


@rules.command("explain")
@config_option
@click.argument("rule")
@click.argument("article_id", type=int)
def rules_explain(config_path: Path, rule: str, article_id: int) -> None:
    """Show why RULE matches the stored article ARTICLE_ID, or which terms it lacks.

    Article ids are in the `article` column of `monitor matches`.
    """
    from monitor.backtest import explain
    from monitor.matching import Matching
    from monitor.store import Store

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    spec = resolve_rule(config, rule)
    with Store(config.database_url(), mode="existing") as store:
        article = store.article(article_id)
    if article is None:
        raise click.ClickException(f"no stored article with id {article_id}")
    why = explain(Matching.build(config), spec, article)
    click.echo(f"rule:    {spec.name}: {spec.query}")
    language = why.doc.stored_language + (
        f", matched as {', '.join(why.doc.candidates)}" if why.doc.candidates else ""
    )
    click.echo(f"article: #{article_id} {article.title} ({article.feed}, language {language})")
    if why.fields:
        click.echo("matches: yes")
        for field, terms in why.fields.items():
            click.echo(f"  {field}: {'; '.join(terms)}")
        click.echo(f"snippet: {why.snippet}")
    else:
        click.echo("matches: no" + ("" if why.watched else " (the rule does not watch this article's feed)"))
    click.echo("terms:")
    width = max(len(label) for label, _ in why.terms)
    for label, found in why.terms:
        click.echo(f"  {label:{width}}  {found}")


@cli.group(invoke_without_command=True)
@config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per feed instead of the table.")
@click.pass_context
def feeds(ctx: click.Context, config_path: Path, as_json: bool) -> None:
    """The feeds and how their polling goes; import, export, discover, add and resume feeds.

    Without a subcommand: a table of every configured feed (name, URL, last fetch,
    status, last error, items per day, interval, next poll).
    """
    if ctx.invoked_subcommand is not None:
        return
    from monitor.errors import StoreMissing
    from monitor.feedtable import feed_records, render_table
    from monitor.store import Store

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    try:
        with Store(config.database_url(), mode="existing") as store:
            rows = store.feeds()
        note = None
    except StoreMissing as exc:
        rows, note = [], f"{exc} (no feed has been polled yet)"
    records = feed_records(config, rows)
    if as_json:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo(render_table(records))
    if note:
        click.echo(note, err=True)


@feeds.command("import")
@config_option
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def feeds_import(config_path: Path, opml_file: Path) -> None:
    """Add the feeds of an OPML file (another reader's export) to the config file.

    Folders and categories become tags; the config file keeps its comments and order;
    feeds already configured are skipped.
    """
    from monitor.configedit import NewFeed, add_feeds
    from monitor.opml import read_opml

    setup_logging(default=logging.WARNING)
    found = read_opml(opml_file.read_bytes(), str(opml_file))
    edit = add_feeds(config_path, [NewFeed(f.url, f.name, f.tags) for f in found.feeds])
    for line in [*edit.skipped, *found.skipped]:
        click.echo(f"skipped {line}", err=True)
    click.echo(
        f"{config_path}: {len(edit.added)} of {len(found.feeds) + len(found.skipped)} feeds "
        f"from {opml_file} added"
    )


@feeds.command("export")
@config_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option(
    "--with-credentials", is_flag=True, help="Keep passwords and tokens in feed URLs (masked otherwise)."
)
def feeds_export(config_path: Path, output: Path | None, with_credentials: bool) -> None:
    """Write the configured feeds as OPML 2.0 (to standard output, or --output FILE).

    Each feed's first tag is its folder; all its tags are its categories.
    """
    from monitor.opml import write_opml
    from monitor.urls import masked

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    text = write_opml(((f.url, f.name, f.tags) for f in config.feeds), credentials=with_credentials)
    hidden = sum(masked(f.url) != f.url for f in config.feeds)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(config.feeds)} feeds written to {output}", err=True)
    if hidden and not with_credentials:
        click.echo(f"{hidden} feed URLs hold credentials, masked (--with-credentials keeps them)", err=True)


@feeds.command("discover")
@config_option
@click.argument("url")
def feeds_discover(config_path: Path, url: str) -> None:
    """List the feeds the page at URL offers (its <link rel="alternate">, else the usual paths)."""
    setup_logging(default=logging.WARNING)
    found = _discover(load(config_path), url)
    for f in found:
        click.echo(f"{f.url}  {f.title or '(untitled)'}  ({f.items} items)")


def _discover(config: Any, url: str) -> list[Any]:
    import asyncio

    from monitor.discover import discover
    from monitor.fetch import Fetcher
    from monitor.runtime import fetch_limits
    from monitor.urls import masked

    if not re.match(r"https?://", url):
        url = f"https://{url}"

    async def run() -> tuple[list[Any], str | None]:
        async with Fetcher(fetch_limits(config)) as fetcher:
            return await discover(url, fetcher)

    found, error = asyncio.run(run())
    if not found:
        raise click.ClickException(f"no feed found at {masked(url)}: {error}")
    return found


@feeds.command("add")
@config_option
@click.argument("url")
@click.option("--name", help="The feed's name (default: its title).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--language", help="The language of its articles, e.g. de.")
def feeds_add(
    config_path: Path, url: str, name: str | None, tags: tuple[str, ...], language: str | None
) -> None:
    """Add the feed at URL (a feed, or a page that offers exactly one) to the config file."""
    from monitor.configedit import NewFeed, add_feeds

    setup_logging(default=logging.WARNING)
    found = _discover(load(config_path), url)
    if len(found) > 1:
        listed = "\n".join(f"  {f.url}  {f.title or '(untitled)'}" for f in found)
        raise click.ClickException(
            f"the page offers {len(found)} feeds; add one of them by its URL:\n{listed}"
        )
    feed = found[0]
    edit = add_feeds(config_path, [NewFeed(feed.url, name or feed.title or None, tags, language)])
    if not edit.added:
        raise click.ClickException(f"not added: {edit.skipped[0]}")
    click.echo(f"{config_path}: added {edit.added[0]} ({feed.url}, {feed.items} items now)")


@feeds.command("resume")
@config_option
@click.argument("names", nargs=-1, required=True)
def feeds_resume(config_path: Path, names: tuple[str, ...]) -> None:
    """Poll paused feeds again (paused after failing too often): due at once, failures forgiven.

    A running daemon picks the change up within five minutes.
    """
    from monitor.store import Store

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    keys = [f.key for f in config.feeds]
    with Store(config.database_url(), mode="existing") as store:
        paused = {row.key for row in store.feeds() if row.paused_at is not None}
        for name in names:
            if name not in keys:
                raise click.ClickException(
                    f"no feed is named {name!r} in {config_path}{_did_you_mean(name, keys)}"
                )
            if name not in paused:
                click.echo(f"{name}: not paused")
                continue
            store.set_paused(name, False)
            click.echo(f"{name}: resumed")


@cli.group()
@group_options
def db(config_path: Path | None) -> None:
    """The database's schema: upgrade it, show its revision, list the revisions.

    `monitor run` and `monitor poll` upgrade the database themselves when they start
    (a SQLite file is copied beside itself first); commands that only read ask for
    `monitor db upgrade` instead.
    """


@db.command("upgrade")
@config_option
@click.pass_context
def db_upgrade(ctx: click.Context, config_path: Path) -> None:
    """Upgrade the database to this news-monitor's schema (refused while the daemon runs on it).

    A SQLite file is copied to news-monitor.db.backup-REVISION-TIME beside itself first.
    Never creates a database: `monitor poll` or `monitor run` do.
    """
    from monitor.store import Store, schema

    setup_logging(default=logging.ERROR)
    config = load(config_path)
    with Store(config.database_url(), mode="upgrade") as store:
        done = store.upgraded
        shown = store.database.shown
    if done is None:
        click.echo(f"{shown}: already at the newest schema revision {schema.head()}")
        return
    click.echo(f"{shown}: upgraded from schema revision {done.from_revision or 'none'} to {done.to_revision}")
    if done.backup:
        click.echo(f"the database before the upgrade was copied to {done.backup} (delete it when satisfied)")


@db.command("current")
@config_option
def db_current(config_path: Path) -> None:
    """Show the database's schema revision and whether it is up to date; changes nothing."""
    from monitor.store import schema

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    database, found = schema.read_state(config.database_url())
    head = schema.head()
    if found.revision == head:
        verdict = "up to date"
    elif found.empty:
        verdict = "`monitor poll` or `monitor run` creates the tables"
    elif found.revision is None or found.revision in {r.id for r in schema.history()}:
        verdict = f"behind {head}: run `monitor db upgrade`"
    else:
        verdict = f"written by a newer news-monitor (this one knows up to {head}): upgrade news-monitor"
    click.echo(f"{database.shown}: schema revision {found.label()}, {verdict}")


@db.command("history")
@config_option
def db_history(config_path: Path) -> None:
    """List the schema revisions this news-monitor knows, oldest first, marking the database's."""
    from monitor.errors import StoreMissing
    from monitor.store import schema

    setup_logging(default=logging.WARNING)
    config = load(config_path)
    try:
        database, found = schema.read_state(config.database_url())
        current, note = found.revision, f"* marks the revision of {database.shown}"
        if found.revision is None and not found.empty:  # 0.1 wrote no mark; its schema is the first
            current = schema.FIRST
            note = f"* marks the schema of {database.shown}: news-monitor 0.1's, before migrations"
    except StoreMissing as exc:
        current, note = None, str(exc)
    for revision in schema.history():
        mark = "*" if revision.id == current else " "
        click.echo(f"{mark} {revision.id}  {revision.message.splitlines()[0] if revision.message else ''}")
    click.echo(note)


def main() -> None:
    cli(prog_name="monitor")
