"""A set of compiled rules with a presearch index, in the manner of Lucene's Monitor.

Each rule is indexed under the keys an article must contain for it to match; an
article then evaluates only the rules found under its own words (plus the few
rules whose shape gives no such key, such as a lone regular expression): see
`presearch`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle
from monitor.concepts import ConceptBook
from monitor.errors import QuerySyntaxError
from monitor.lexicon import morph
from monitor.lexicon.lexicon import Lexicon
from monitor.rules.compile import Compiler, Reach
from monitor.rules.explain import terms
from monitor.rules.matchers import PREFIX_MARK, Hit, Matcher
from monitor.rules.presearch import Compiled


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


new_match = tuple.__new__  # a RuleMatch without its constructor's Python frame: one per match


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
                with self.compiler.analyzer.rule_words():
                    matchers = [self._compile(spec, language) for spec in self.specs]
                morph.release()  # the analysers are held for a compilation only
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

    @cached_property
    def _anywhere(self) -> bool:
        """Every rule watches every feed: no rule's feeds need looking at."""
        return all(self._everywhere)

    @cached_property
    def _names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def match(self, doc: AnalysedArticle, feed_tags: Iterable[str] = ()) -> list[RuleMatch]:
        compiled = self.for_language(doc.language)
        everywhere, names, matchers = self._everywhere, self._names, compiled.matchers
        tags: frozenset[str] | None = None
        results: list[RuleMatch] = []
        anywhere = self._anywhere
        for i in compiled.candidates(doc):
            if not anywhere and not everywhere[i]:
                tags = frozenset(feed_tags) if tags is None else tags
                if not self.specs[i].watches(doc.article.feed, doc.feed_url, tags):
                    continue
            hits = matchers[i].eval(doc)
            if hits is not None:
                results.append(new_match(RuleMatch, (names[i], tuple(hits))))
        return results


__all__ = ["PREFIX_MARK", "RuleMatch", "RuleSet", "RuleSpec"]
