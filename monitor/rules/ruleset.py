"""A set of compiled rules with a presearch index, in the manner of Lucene's Monitor.

Each rule is indexed under the keys an article must contain for it to match; an
article then evaluates only the rules found under its own words (plus the few
rules whose shape gives no such key, such as a lone regular expression).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import NamedTuple

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle
from monitor.concepts import ConceptBook
from monitor.errors import QuerySyntaxError
from monitor.lexicon.lexicon import Lexicon
from monitor.rules.compile import Compiler, Reach
from monitor.rules.explain import terms
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


class RuleMatch(NamedTuple):
    """A rule that matched an article, with where its terms were found.

    A named tuple: with thousands of rules an article has several matches.
    """

    rule: str
    hits: tuple[Hit, ...]

    def terms(self, doc: AnalysedArticle) -> list[str]:
        """Each query term once, with the article words it matched when they differ."""
        return terms(doc, self.hits)

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
                    hits.append(hit._replace(start=found[0], end=found[1]))
        return RuleMatch(self.rule, tuple(hits))


MAX_CACHED_WORDS = 200_000


@dataclass
class Compiled:
    """The rules compiled for articles of one language, filed in a presearch index."""

    matchers: list[Matcher]
    # per rule: what an article must also meet besides the key set it is filed under: one key
    # set (the common case), alternatives of which it must meet one (`meets`), or None: nothing
    checks: list[frozenset[str] | tuple[Required, ...] | None]
    index: dict[str, list[int]]
    always: list[int]  # rules no key requirement can be derived for
    prefixes: frozenset[str]  # every prefix key a wildcard rule requires
    scoped_words: dict[str, frozenset[str]]  # field -> the words some rule requires there (`title:troops`)
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
            filed = most_selective(required)
            for key in filed:
                index[key].append(i)
            if len(checks[i]) == 1:  # the set it is filed under is met when the index finds it
                checks[i] = (tuple(keys for keys in checks[i][0] if keys != filed),)
        # Every prefix and scoped word a rule requires, not only those it is filed under:
        # candidates() looks them up or checks them.
        wanted = {k for alternative in checks for required in alternative for keys in required for k in keys}
        wanted.update(index)
        simple = [_simple(alternatives) for alternatives in checks]
        prefixes = frozenset(k for k in wanted if k.startswith(PREFIX_MARK))
        scoped: defaultdict[str, set[str]] = defaultdict(set)
        for name, mark, word in (k.partition(SCOPE_MARK) for k in wanted):
            if mark:
                scoped[name].add(word)
        scoped_words = {name: frozenset(words) for name, words in scoped.items()}
        return cls(matchers, simple, dict(index), always, prefixes, scoped_words)

    def article_keys(self, doc: AnalysedArticle) -> frozenset[str]:
        """The article's words and lemmas, plus the prefixes wildcard rules require and the
        words of the fields rules scope, named with their field.

        Only prefixes and scoped words some rule requires are added: no other can be looked
        up or checked, and an article has a hundred words of which rules scope a few.
        """
        found: list[str] = []
        for name, words in self.scoped_words.items():
            text = doc.fields.get(name)
            if text is not None and text.index:
                found += [scoped_key(name, key) for key in words.intersection(text.index)]
        if self.prefixes:
            found += self._prefixes_of(doc.keys)
        return doc.keys.union(found) if found else doc.keys

    def _prefixes_of(self, keys: frozenset[str]) -> list[str]:
        """The required prefixes of these keys, each key's cut once.

        One pass of cache lookups in C (the cache is as big as the vocabulary, so each lookup
        is a memory access that costs more than the work around it). A full cache is
        replaced, not cleared: another thread reading it keeps its own.
        """
        cache = self._cut
        if len(cache) > MAX_CACHED_WORDS:
            cache = self._cut = {}
        cuts: list[tuple[str, ...] | None] = list(map(cache.get, keys))
        if None in cuts:
            required, lengths = self.prefixes, self.prefix_lengths
            for i, key in enumerate(keys):
                if cuts[i] is None:
                    cuts[i] = cache[key] = tuple(
                        p for n in lengths if len(key) >= n and (p := PREFIX_MARK + key[:n]) in required
                    )
        return list(chain.from_iterable(filter(None, cuts)))

    def candidates(self, doc: AnalysedArticle) -> list[int]:
        """Rules that could match this article: filed under one of its keys, every requirement met."""
        keys = self.article_keys(doc)
        index = self.index
        found = set(chain.from_iterable(map(index.__getitem__, index.keys() & keys)))
        if self.always:
            found.update(self.always)
        checks, passed = self.checks, []
        for i in found:  # most rules have one alternative of one set left: checked here, not in meets()
            check = checks[i]
            if isinstance(check, frozenset):
                if not check.isdisjoint(keys):
                    passed.append(i)
            elif check is None or meets(check, keys):
                passed.append(i)
        passed.sort()
        return passed


def _simple(alternatives: tuple[Required, ...]) -> frozenset[str] | tuple[Required, ...] | None:
    """A rule's check in the form `Compiled.candidates` tests fastest."""
    if len(alternatives) == 1:
        if not alternatives[0]:
            return None
        if len(alternatives[0]) == 1:
            return alternatives[0][0]
    return alternatives


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
        compiled = self._compiled.get(language)  # compiled once, then only read: no lock needed
        if compiled is not None:
            return compiled
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

    @cached_property
    def _everywhere(self) -> list[bool]:
        """Per rule: it watches every feed (no feeds or tags named), as nearly every rule does."""
        return [not spec.feeds and not spec.tags for spec in self.specs]

    def match(self, doc: AnalysedArticle, feed_tags: Iterable[str] = ()) -> list[RuleMatch]:
        compiled = self.for_language(doc.language)
        everywhere, specs, matchers = self._everywhere, self.specs, compiled.matchers
        tags: frozenset[str] | None = None
        results: list[RuleMatch] = []
        for i in compiled.candidates(doc):
            spec = specs[i]
            if not everywhere[i]:
                tags = frozenset(feed_tags) if tags is None else tags
                if not spec.watches(doc.article.feed, doc.feed_url, tags):
                    continue
            hits = matchers[i].eval(doc)
            if hits is not None:
                results.append(RuleMatch(spec.name, tuple(hits)))
        return results


__all__ = ["PREFIX_MARK", "RuleMatch", "RuleSet", "RuleSpec"]
