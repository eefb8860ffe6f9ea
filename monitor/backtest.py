"""Matching without fetching: JSON-lines articles (`monitor match`) or stored
articles (`monitor rules test`) through the rules, without storing or alerting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from monitor.analysis.article import AnalysedArticle
from monitor.analysis.languages import normalise_language
from monitor.config import Config
from monitor.matching import Matching, rule_specs
from monitor.models import Article
from monitor.rules import RuleMatch, RuleSet, RuleSpec, parse
from monitor.rules.explain import explain as explain_hits
from monitor.rules.explain import leaf_report
from monitor.stories.grouping import Grouper, timestamp

_TEXT_KEYS = ("title", "summary", "content", "link", "author", "feed", "language")


def article_from_record(record: Any, line_no: int) -> Article:
    """One JSON object -> Article; raises ValueError saying which line and key is wrong."""
    if not isinstance(record, dict):
        raise ValueError(f"line {line_no}: expected a JSON object, got {type(record).__name__}")
    if "id" not in record:
        raise ValueError(f"line {line_no}: missing key 'id'")
    for key in _TEXT_KEYS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"line {line_no}: {key!r} must be a string")
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError(f"line {line_no}: 'tags' must be a list of strings")
    published = None
    if record.get("published") is not None:
        try:
            published = datetime.fromisoformat(str(record["published"]).replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"line {line_no}: 'published' must be an ISO 8601 time such as 2026-11-17T06:40:00+00:00"
            ) from None
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
    return Article(
        uid=str(record["id"]),
        feed=record.get("feed") or "",
        title=record.get("title") or "",
        summary=record.get("summary") or "",
        content=record.get("content") or "",
        link=record.get("link") or "",
        author=record.get("author") or "",
        language=normalise_language(record.get("language")),
        tags=tuple(tags),
        published=published,
    )


def read_articles(lines: Iterable[str]) -> Iterator[tuple[int, Article]]:
    """(line number, article) for each non-blank line."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {n}: not valid JSON: {exc.msg} at column {exc.colno}") from None
        yield n, article_from_record(record, n)


@dataclass(frozen=True)
class Matched:
    """What `monitor match` prints for one input line: its records, and a note for the person."""

    line: int
    records: list[dict[str, Any]]
    note: str = ""  # e.g. that the article's language is unsure


def match_article(article: Article, matching: Matching, *, explain: bool = False) -> list[dict[str, Any]]:
    """The records `monitor match` prints for one article."""
    doc, matches = matching.match(article)
    return _records(article, doc, matches, explain)


def _records(
    article: Article, doc: AnalysedArticle, matches: list[RuleMatch], explain: bool
) -> list[dict[str, Any]]:
    records = []
    for match in matches:
        record: dict[str, Any] = {"id": article.uid, "rule": match.rule, "terms": match.terms(doc)}
        if explain:
            record["language"] = doc.stored_language
            if doc.candidates:
                record["candidates"] = list(doc.candidates)
            why = explain_hits(doc, match.hits)
            record["fields"], record["snippet"] = why.fields, why.snippet
        records.append(record)
    return records


def match_lines(
    config: Config, lines: Iterable[str], *, explain: bool = False, stories: bool = False
) -> Iterator[Matched]:
    """`monitor match`: each line's matches; with `stories`, each record also names the article's
    story (the id of its first article) and whether it is the story's first match of the rule
    (`first`: the one that would alert)."""
    matching = Matching.build(config)
    grouper = Grouper(matching, config.stories.window, config.stories.threshold) if stories else None
    alerted: set[tuple[str, str]] = set()
    clock = _Clock()
    for n, article in read_articles(lines):
        note = matching.settle(article).note()
        if note:
            note = f'line {n} (id {article.uid!r}): {note}; give the line a "language" to settle it'
        if grouper is None:
            yield Matched(n, match_article(article, matching, explain=explain), note)
            continue
        doc, found = matching.match(article)
        story = grouper.add(article, doc, clock.at(article)).story
        records = _records(article, doc, found, explain)
        for record in records:
            record["story"] = story
            record["first"] = (story, record["rule"]) not in alerted
            alerted.add((story, record["rule"]))
        yield Matched(n, records, note)


def story_lines(config: Config, lines: Iterable[str]) -> Iterator[dict[str, str]]:
    """`monitor stories ARTICLES.jsonl`: {"id", "story"} for every article, in file order."""
    matching = Matching.build(config)
    grouper = Grouper(matching, config.stories.window, config.stories.threshold)
    clock = _Clock()
    for _, article in read_articles(lines):
        yield {"id": article.uid, "story": grouper.add(article, None, clock.at(article)).story}


class _Clock:
    """When each line is placed: its `published` time, else the last one seen (file order is time order)."""

    def __init__(self) -> None:
        self.last = 0.0

    def at(self, article: Article) -> float:
        if article.published is not None:
            self.last = timestamp(article.published)
        return self.last


def rule_or_query(config: Config, text: str) -> RuleSpec:
    """A configured rule by name, else `text` itself as a query watching every feed."""
    for spec in rule_specs(config):
        if spec.name == text:
            return spec
    return RuleSpec(name="(query)", query=text, language=config.defaults.language)


@dataclass(frozen=True)
class Backtested:
    article_id: int
    article: Article
    doc: AnalysedArticle
    match: RuleMatch


def backtest(
    articles: Iterable[tuple[int, Article]], matching: Matching, spec: RuleSpec
) -> Iterator[Backtested]:
    """Run one rule over stored articles; nothing is stored or sent."""
    rules = RuleSet.build([spec], matching.analyzer, matching.config.blocks, matching.book)
    for article_id, article in articles:
        doc, found = matching.match_with(rules, article)
        for match in found:
            yield Backtested(article_id, article, doc, match)


@dataclass(frozen=True)
class Explanation:
    doc: AnalysedArticle
    watched: bool  # the rule watches the article's feed
    fields: dict[str, list[str]]  # field -> "term -> words"; empty when it does not match
    snippet: str
    terms: list[tuple[str, str]]  # each query term with the words it found, or "not found"


def explain(matching: Matching, spec: RuleSpec, article: Article) -> Explanation:
    """Why `spec` matches `article`, or which of its terms the article lacks."""
    feed = matching.feed_of(article)
    tags = tuple(feed.tags) if feed else ()
    rules = RuleSet.build([spec], matching.analyzer, matching.config.blocks, matching.book)
    # An article of unsure language: explain the analysis the rule matches in, else the most likely one.
    docs = matching.analyses(article, feed)
    doc, matches = next(((d, found) for d in docs if (found := rules.match(d, tags))), (docs[0], []))
    terms = leaf_report(rules.compiler, parse(spec.query), doc, spec)
    watched = spec.watches(article.feed, feed.url if feed else "", tags)
    if not matches:
        return Explanation(doc, watched, {}, "", terms)
    why = explain_hits(doc, matches[0].hits)
    return Explanation(doc, watched, why.fields, why.snippet, terms)
