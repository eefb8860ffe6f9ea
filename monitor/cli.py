"""The `monitor` command: parse arguments, call one function, print the outcome.

This is the only place that turns exceptions into messages and exit codes:
0 success, 1 a problem was found (bad config, failed feed or delivery), 2 usage.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor import __version__
from monitor.errors import ConfigError, MonitorError, QuerySyntaxError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_CONFIG = "config.yaml"


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "-c",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_CONFIG,
        envvar="NEWS_MONITOR_CONFIG",
        show_default=True,
        show_envvar=True,
        help="The YAML config file.",
    )(func)


def setup_logging(verbose: int, default: int = logging.INFO) -> None:
    level = logging.DEBUG if verbose > 0 else default
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr, force=True
    )
    if level > logging.DEBUG:
        for noisy in ("httpx", "httpcore", "apscheduler.executors", "apscheduler.scheduler"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


def resolve_rule(config: Any, text: str) -> Any:
    """A configured rule by name, else `text` as a query, linted like a configured rule.

    A text that is almost a rule's name is most likely a typo: say so before running it.
    """
    import difflib

    from monitor.backtest import rule_or_query
    from monitor.config import concept_names
    from monitor.rules.lint import LintRule, lint

    spec = rule_or_query(config, text)
    if spec.name != "(query)":
        return spec
    close = difflib.get_close_matches(text, [r.name for r in config.rules], n=1)
    if close:
        click.echo(
            f"note: no rule is named {text!r} (did you mean {close[0]!r}?); using it as a query", err=True
        )
    errors = [
        f
        for f in lint([LintRule("(query)", text)], config.blocks, concept_names(config))
        if f.severity == "error"
    ]
    if errors:
        raise click.ClickException("\n".join(str(f) for f in errors))
    return spec


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
@click.option("-v", "--verbose", count=True, help="Log debugging detail.")
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    """news-monitor: poll news feeds, match watch rules, send alerts through Apprise.

    Start with `monitor check` to validate config.yaml, `monitor poll` to run one
    cycle, then `monitor run` to keep watching.
    """
    ctx.obj = {"verbose": verbose}


@cli.command()
@config_option
@click.pass_context
def run(ctx: click.Context, config_path: Path) -> None:
    """Run the daemon: poll every feed on its interval and alert on matches.

    Stops cleanly on SIGTERM or Ctrl-C; reloads the config when the file changes
    or on SIGHUP (a config with errors is reported and the running one kept).
    """
    from monitor.daemon import Daemon

    setup_logging(ctx.obj["verbose"])
    Daemon(config_path, load(config_path)).run()


@cli.command()
@config_option
@click.pass_context
def poll(ctx: click.Context, config_path: Path) -> None:
    """Poll every enabled feed once, send the alerts owed, then exit.

    Exits 1 when a feed or a delivery failed.
    """
    from concurrent.futures import ThreadPoolExecutor

    from monitor.delivery.outbox import deliver_due
    from monitor.pipeline import poll_feed
    from monitor.runtime import Runtime

    setup_logging(ctx.obj["verbose"], logging.WARNING)
    config = load(config_path)
    rt = Runtime.open(config)
    try:
        feeds = [f for f in config.feeds if f.enabled]
        with ThreadPoolExecutor(4) as pool:
            reports = list(pool.map(lambda f: poll_feed(rt, f), feeds))
        delivered = deliver_due(rt.store, config, rt.retry_base)
    finally:
        rt.close()
    for r in reports:
        if r.error:
            state = f"error: {r.error}"
        elif r.not_modified:
            state = "not modified"
        elif r.silent:
            state = f"first poll: {r.new} items recorded, no alerts"
        else:
            state = f"{r.new} new, {r.matches} matches"
        click.echo(f"{r.feed}: {state}")
    click.echo(f"alerts: {delivered.sent} sent, {delivered.failed} failed (will be retried)")
    if any(r.error for r in reports) or delivered.failed:
        sys.exit(1)


@cli.command()
@config_option
def check(config_path: Path) -> None:
    """Validate the config file and compile every rule; exit 1 listing all problems."""
    setup_logging(0, logging.WARNING)
    config = load(config_path)
    _compile_rules(config_path, config)
    enabled = sum(rule.enabled for rule in config.rules)
    counts = f"{len(config.feeds)} feeds, {enabled} rules, {len(config.targets)} targets"
    click.echo(f"{config_path}: OK ({counts})")


def _compile_rules(config_path: Path, config: Any) -> int:
    """Print the rule warnings (load() has refused any error), compile every rule; exit 1 if one fails."""
    from monitor.config import rule_findings
    from monitor.matching import Matching

    warnings = rule_findings(config)
    for finding in warnings:
        click.echo(str(finding))
    try:
        Matching.build(config)
    except QuerySyntaxError as exc:
        click.echo(f"{config_path}: a rule does not compile: {exc}", err=True)
        sys.exit(1)
    return len(warnings)


@cli.command()
@config_option
@click.option("--limit", "-n", default=20, show_default=True, help="How many matches to show.")
@click.option("--rule", help="Only matches of this rule.")
def matches(config_path: Path, limit: int, rule: str | None) -> None:
    """Show the most recent matches and what became of their alerts."""
    from monitor.store import Store

    setup_logging(0, logging.WARNING)
    config = load(config_path)
    with Store(config.database_url()) as store:
        rows = store.recent_matches(limit, rule)
    if not rows:
        click.echo("no matches yet")
        return
    click.echo(f"{'time (UTC)':16}  {'article':>7}  {'rule':20}  {'feed':18}  {'alerts':16}  title")
    for m in rows:
        alerts = ",".join(f"{t}:{s}" for t, s in m.deliveries) or "-"
        when = f"{m.matched_at:%Y-%m-%d %H:%M}"
        row = (
            f"{when}  {m.article_id:>7}  {m.rule[:20]:20}  {m.feed[:18]:18}  {alerts[:16]:16}  {m.title[:70]}"
        )
        click.echo(row)


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

    setup_logging(0, logging.WARNING)
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
def match_cmd(config_path: Path, articles: Any, explain: bool) -> None:
    """Match the config's rules against ARTICLES (JSON lines, `-` for stdin); print JSON lines.

    Each input line has `id`, `title`, `summary`, `content` and optionally
    `language`, `link`, `feed`, `author`, `tags`. Each output line is one matching
    (article, rule) pair: {"id", "rule", "terms"}. No feed is fetched and nothing is stored.
    """
    from monitor.backtest import match_lines

    setup_logging(0, logging.WARNING)
    config = load(config_path)
    try:
        for record in match_lines(config, articles, explain=explain):
            click.echo(json.dumps(record, ensure_ascii=False))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


@cli.group()
def rules() -> None:
    """Lint, backtest and explain watch rules."""


@rules.command("check")
@config_option
def rules_check(config_path: Path) -> None:
    """Lint every rule: syntax, unknown fields or blocks, NOT-only rules, short wildcards, duplicates.

    Exits 1 when a rule has an error; warnings are printed but do not fail.
    """
    setup_logging(0, logging.WARNING)
    config = load(config_path)
    warnings = _compile_rules(config_path, config)
    click.echo(f"{len(config.rules)} rules, {len(config.blocks)} blocks: no errors, {warnings} warning(s)")


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

    setup_logging(0, logging.WARNING)
    config = load(config_path)
    try:
        window = timedelta(seconds=parse_duration(since))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    spec = resolve_rule(config, rule_or_query)
    with Store(config.database_url()) as store:
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

    setup_logging(0, logging.WARNING)
    config = load(config_path)
    spec = resolve_rule(config, rule)
    with Store(config.database_url()) as store:
        article = store.article(article_id)
    if article is None:
        raise click.ClickException(f"no stored article with id {article_id}")
    why = explain(Matching.build(config), spec, article)
    click.echo(f"rule:    {spec.name}: {spec.query}")
    click.echo(f"article: #{article_id} {article.title} ({article.feed}, language {why.doc.language})")
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


def main() -> None:
    cli(prog_name="monitor")
