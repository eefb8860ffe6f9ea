"""A set of compiled rules with a presearch index, in the manner of Lucene's Monitor.

Each rule is indexed under the keys an article must contain for it to match; an
article then evaluates only the rules found under its own words (plus the few
rules whose shape gives no such key, such as a lone regular expression).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle
from monitor.concepts import ConceptBook
from monitor.errors import QuerySyntaxError
from monitor.lexicon.lexicon import Lexicon
from monitor.rules.compile import Compiler, Reach
from monitor.rules.matchers import (
    PREFIX_MARK,
    SCOPE_MARK,
    Hit,
    Matcher,
    Required,
    alternatives,
    meets,
    most_selective,
    scoped_key,
)


@dataclass(frozen=True)
class RuleSpec:
    """What the matcher needs to know of a configured rule."""

    name: str
    query: str
    language: str = "en"
    feeds: frozenset[str] = frozenset()  # feed names or URLs; empty with no tags: every feed
    tags: frozenset[str] = frozenset()
    expand_concepts: bool = True  # a term that is a concept member also matches the other members
    reach: Reach = field(default_factory=Reach)  # how far its terms reach into other languages

    def watches(self, feed_name: str, feed_url: str, feed_tags: Iterable[str]) -> bool:
        if not self.feeds and not self.tags:
            return True
        return bool({feed_name, feed_url} & self.feeds) or bool(self.tags.intersection(feed_tags))


@dataclass(frozen=True)
class RuleMatch:
    rule: str
    hits: tuple[Hit, ...]

    def terms(self, doc: AnalysedArticle) -> list[str]:
        """Each query term once, with the article words it matched when they differ."""
        seen: dict[str, None] = {}
        for hit in self.hits:
            found = doc.fields[hit.field].span(hit.start, hit.end)
            label = hit.term.strip('"=')
            seen[label if found.casefold() == label.casefold() else f"{hit.term} ({found})"] = None
        return list(seen)

    def moved(self, source: AnalysedArticle, target: AnalysedArticle) -> RuleMatch:
        """This match, found in `source`, on the words of `target`: another analysis of the same article.

        Hits are carried over by character offsets, so a tokeniser that cut the text
        differently still points at the same words; a field whose text differs (named
        entities come from a pipeline of one language) loses its hits.
        """
        hits = []
        for hit in self.hits:
            src, dst = source.fields[hit.field], target.fields[hit.field]
            words = src.tokens[hit.start : hit.end]
            if words and src.text == dst.text:
                found = dst.words_between(words[0].start, words[-1].end)
                if found:
                    hits.append(replace(hit, start=found[0], end=found[1]))
        return RuleMatch(self.rule, tuple(hits))


MAX_CACHED_WORDS = 200_000


@dataclass
class Compiled:
    """The rules compiled for articles of one language, filed in a presearch index."""

    matchers: list[Matcher]
    checks: list[tuple[Required, ...]]  # per rule: alternatives, one of which an article must meet
    index: dict[str, list[int]]
    always: list[int]  # rules no key requirement can be derived for
    prefixes: frozenset[str]  # every prefix key a wildcard rule requires
    scoped_fields: frozenset[str]  # fields some rule requires a word in (`title:troops`)
    # word key -> its prefixes that rules require: news repeats its vocabulary, so each
    # word's prefixes are cut once (the cache is cleared when it grows past a bound)
    _cut: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def prefix_lengths(self) -> frozenset[int]:
        return frozenset(len(k) - len(PREFIX_MARK) for k in self.prefixes)

    @classmethod
    def of(cls, matchers: list[Matcher]) -> Compiled:
        checks = [alternatives(m) for m in matchers]
        index: defaultdict[str, list[int]] = defaultdict(list)
        always: list[int] = []
        for i, matcher in enumerate(matchers):
            required = matcher.required()
            if not required:
                always.append(i)
                continue
            if not all(required):
                continue  # a requirement no article can meet (a concept with no members here)
            for key in most_selective(required):
                index[key].append(i)
        # Every prefix and scoped word a rule requires, not only those it is filed under:
        # candidates() checks them all.
        wanted = {k for alternative in checks for required in alternative for keys in required for k in keys}
        prefixes = frozenset(k for k in wanted if k.startswith(PREFIX_MARK))
        scoped = frozenset(k.partition(SCOPE_MARK)[0] for k in wanted if SCOPE_MARK in k)
        return cls(matchers, checks, dict(index), always, prefixes, scoped)

    def article_keys(self, doc: AnalysedArticle) -> frozenset[str]:
        """The article's words and lemmas, plus the prefixes wildcard rules require and the
        words of the fields rules scope, named with their field."""
        found: list[str] = []
        for name in self.scoped_fields:
            text = doc.fields.get(name)
            if text is not None:
                found += [scoped_key(name, key) for key in text.index]
        if self.prefixes:
            found += self._prefixes_of(doc.keys)
        return doc.keys.union(found) if found else doc.keys

    def _prefixes_of(self, keys: frozenset[str]) -> list[str]:
        cache, required, lengths = self._cut, self.prefixes, self.prefix_lengths
        if len(cache) > MAX_CACHED_WORDS:
            cache.clear()
        found: list[str] = []
        for key in keys:
            cut = cache.get(key)
            if cut is None:
                cut = cache[key] = tuple(
                    p for n in lengths if len(key) >= n and (p := PREFIX_MARK + key[:n]) in required
                )
            found += cut
        return found

    def candidates(self, doc: AnalysedArticle) -> list[int]:
        """Rules that could match this article: filed under one of its keys, every requirement met."""
        keys = self.article_keys(doc)
        found: set[int] = set(self.always)
        index = self.index
        for key in keys:
            rules = index.get(key)
            if rules:
                found.update(rules)
        checks = self.checks
        return sorted(i for i in found if meets(checks[i], keys))


@dataclass
class RuleSet:
    """Rules compiled lazily per article language (concept members differ by language)."""

    specs: list[RuleSpec]
    compiler: Compiler
    _compiled: dict[str, Compiled] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(
        cls,
        specs: Iterable[RuleSpec],
        analyzer: Analyzer,
        blocks: Mapping[str, str] | None = None,
        book: ConceptBook | None = None,
        lexicon: Lexicon | None = None,
    ) -> RuleSet:
        """Compile every rule for its own language; raises QuerySyntaxError for the first that fails."""
        rules = cls(list(specs), Compiler(analyzer, blocks, book, lexicon))
        for language in dict.fromkeys(s.language for s in rules.specs):
            rules.for_language(language)
        return rules

    def for_language(self, language: str) -> Compiled:
        with self._lock:
            compiled = self._compiled.get(language)
            if compiled is None:
                matchers = [self._compile(spec, language) for spec in self.specs]
                compiled = self._compiled[language] = Compiled.of(matchers)
            return compiled

    def _compile(self, spec: RuleSpec, language: str) -> Matcher:
        try:
            return self.compiler.compile(
                spec.query, spec.language, language, expand=spec.expand_concepts, reach=spec.reach
            )
        except QuerySyntaxError as exc:
            raise QuerySyntaxError(f"rule {spec.name}: {exc.message}", exc.query, exc.position) from None

    def candidates(self, doc: AnalysedArticle) -> list[int]:
        return self.for_language(doc.language).candidates(doc)

    def match(self, doc: AnalysedArticle, feed_tags: Iterable[str] = ()) -> list[RuleMatch]:
        tags = frozenset(feed_tags)
        compiled = self.for_language(doc.language)
        results: list[RuleMatch] = []
        for i in compiled.candidates(doc):
            spec = self.specs[i]
            if not spec.watches(doc.article.feed, doc.feed_url, tags):
                continue
            hits = compiled.matchers[i].eval(doc)
            if hits is not None:
                results.append(RuleMatch(spec.name, tuple(hits)))
        return results


__all__ = ["PREFIX_MARK", "RuleMatch", "RuleSet", "RuleSpec"]
