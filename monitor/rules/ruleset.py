"""A set of compiled rules with a presearch index, in the manner of Lucene's Monitor.

Each rule is indexed under the keys an article must contain for it to match; an
article then evaluates only the rules found under its own words (plus the few
rules whose shape gives no such key, such as a lone regular expression).
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import NamedTuple, cast

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
    AllOf,
    Hit,
    Matcher,
    Required,
    alternatives,
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

# Rules are refiled under the key sets the articles seen contain least often: after these many
# articles, then after every REFILE_EVERY articles counted; past the first phase one article
# in SAMPLE_EVERY is counted (counting costs a few microseconds an article).
REFILE_AT = (64, 512, 2048)
REFILE_EVERY = 2048
SAMPLE_EVERY = 16

Check = frozenset[str] | tuple[Required, ...] | None


class Filing(NamedTuple):
    """Where each rule is filed and what is checked before it is evaluated: replaced whole, so a
    thread reading one keeps a consistent pair."""

    by_key: dict[str, list[int]]
    # per rule: what an article must also meet besides the key set it is filed under: one key
    # set (the common case), alternatives of which it must meet one (`meets`), or None: nothing
    checks: list[Check]
    # article key -> the rules filed under it or under a prefix of it, and those of its prefixes
    # that rules require (checks look for them): news repeats its vocabulary, so each word is
    # looked up and cut once, and an article's words cost one dict lookup each (the keys of
    # this dict are the analyser's own strings, found by identity)
    words: dict[str, Entry]


Entry = tuple[tuple[int, ...], tuple[str, ...]]
NOTHING: Entry = ((), ())  # most words: no rule filed under them, no required prefix


@dataclass
class Compiled:
    """The rules compiled for articles of one language, filed in a presearch index.

    Each rule is filed under one of the key sets an article must share a key with, the one
    the articles seen so far contain least often (before any are seen: whole words before
    prefixes, few keys, long words), so an article's keys find few rules that then fail a
    check. Which set a rule is filed under never changes which rules are candidates: every
    set is checked either way.
    """

    matchers: list[Matcher]
    requirements: list[Required | None]  # per rule: its key sets; None when never or always a candidate
    alternatives: list[tuple[Required, ...]]
    filing: Filing
    always: list[int]  # rules no key requirement can be derived for
    prefixes: frozenset[str]  # every prefix key a wildcard rule requires
    scoped_words: dict[str, frozenset[str]]  # field -> the words some rule requires there (`title:troops`)
    wanted: frozenset[str]  # every key some rule requires: those counted in the articles seen
    _seen: Counter[str] = field(default_factory=Counter)  # key -> articles counted that had it
    _articles: int = 0  # articles matched
    _counted: int = 0  # articles counted in `_seen`
    _refiled: int = 0  # `_counted` at the last refiling

    @property
    def index(self) -> dict[str, list[int]]:
        return self.filing.by_key

    @property
    def checks(self) -> list[Check]:
        return self.filing.checks

    @cached_property
    def prefix_lengths(self) -> frozenset[int]:
        return frozenset(len(k) - len(PREFIX_MARK) for k in self.prefixes)

    @classmethod
    def of(cls, matchers: list[Matcher]) -> Compiled:
        alternatives_ = [alternatives(m) for m in matchers]
        requirements: list[Required | None] = []
        always: list[int] = []
        for i, matcher in enumerate(matchers):
            required = matcher.required()
            if not required:
                always.append(i)
                requirements.append(None)
            elif not all(required):  # a requirement no article can meet (a concept with no members here)
                requirements.append(None)
            else:
                requirements.append(required)
        # Every prefix and scoped word a rule requires, not only those it is filed under:
        # candidates() looks them up or checks them.
        wanted = {
            k for alternative in alternatives_ for required in alternative for keys in required for k in keys
        }
        wanted.update(k for required in requirements if required for keys in required for k in keys)
        prefixes = frozenset(k for k in wanted if k.startswith(PREFIX_MARK))
        scoped: defaultdict[str, set[str]] = defaultdict(set)
        for name, mark, word in (k.partition(SCOPE_MARK) for k in wanted):
            if mark:
                scoped[name].add(word)
        scoped_words = {name: frozenset(words) for name, words in scoped.items()}
        for matcher in matchers:  # built now, rule after rule, so each rule's parts lie together
            if isinstance(matcher, AllOf):
                _ = matcher.plain
        filing = _file(requirements, alternatives_, most_selective)
        return cls(
            matchers, requirements, alternatives_, filing, always, prefixes, scoped_words, frozenset(wanted)
        )

    def _count(self, keys: frozenset[str], extra: list[str]) -> None:
        """Count the article's keys that rules require; refile the rules when it is time."""
        self._articles += 1
        first = self._counted < REFILE_AT[-1]
        if not first and self._articles % SAMPLE_EVERY:
            return
        self._seen.update(self.wanted.intersection(keys))
        self._seen.update(set(extra))
        self._counted += 1
        if self._counted in REFILE_AT or self._counted - self._refiled >= REFILE_EVERY:
            self._refiled = self._counted
            self.refile()

    def refile(self) -> None:
        """File each rule under the key set the articles counted contain least often."""
        seen = self._seen.copy()  # another thread may be counting

        def choose(required: Required) -> frozenset[str]:
            return min(required, key=lambda keys: (sum(map(seen.__getitem__, keys)), *_static(keys)))

        self.filing = _file(self.requirements, self.alternatives, choose)

    def article_keys(self, doc: AnalysedArticle) -> frozenset[str]:
        """The article's words and lemmas, plus the prefixes wildcard rules require and the
        words of the fields rules scope, named with their field."""
        return doc.keys.union(self._lookup(doc, self.filing)[1])

    def _lookup(self, doc: AnalysedArticle, filing: Filing) -> tuple[set[int], list[str]]:
        """The rules filed under the article's keys, and the keys it has besides its words and
        lemmas: the prefixes wildcard rules require and the words of the fields rules scope,
        named with their field (only those some rule requires: no other can be looked up or
        checked, and an article has a hundred words of which rules scope a few).

        One pass of cache lookups in C. A full cache is replaced, not cleared: another
        thread reading it keeps its own.
        """
        keys, cache = doc.keys, filing.words
        if len(cache) > MAX_CACHED_WORDS:
            cache = {}
            self.filing = filing._replace(words=cache)
        entries: list[Entry | None] = list(map(cache.get, keys))
        if None in entries:
            for i, key in enumerate(keys):
                if entries[i] is None:
                    entries[i] = cache[key] = self._entry(key, filing.by_key)
        live = [e for e in cast(list[Entry], entries) if e is not NOTHING]
        found = set(chain.from_iterable([e[0] for e in live]))
        extra = list(chain.from_iterable([e[1] for e in live]))
        for name, words in self.scoped_words.items():
            text = doc.fields.get(name)
            if text is not None and text.index:
                scoped = [scoped_key(name, key) for key in words.intersection(text.index)]
                for key in scoped:
                    found.update(filing.by_key.get(key, ()))
                extra += scoped
        return found, extra

    def _entry(self, key: str, by_key: dict[str, list[int]]) -> Entry:
        """The rules filed under a word key or its required prefixes, and those prefixes."""
        required = self.prefixes
        cut = tuple(
            p for n in self.prefix_lengths if len(key) >= n and (p := PREFIX_MARK + key[:n]) in required
        )
        rules = tuple(chain(by_key.get(key, ()), *(by_key.get(p, ()) for p in cut)))
        return (rules, cut) if rules or cut else NOTHING

    def candidates(self, doc: AnalysedArticle) -> list[int]:
        """Rules that could match this article: filed under one of its keys, every requirement met."""
        filing = self.filing  # one filing throughout: another thread may refile meanwhile
        found, extra = self._lookup(doc, filing)
        checks = filing.checks
        if self.always:
            found.update(self.always)
        keys = doc.keys
        self._count(keys, extra)
        passed = []
        marked: frozenset[str] | None = None  # the prefix and scoped keys, when a check needs them
        for i in found:  # most rules have one set of words left: checked here, not in meets()
            check = checks[i]
            if isinstance(check, frozenset):
                if not check.isdisjoint(keys):
                    passed.append(i)
            elif check is None:
                passed.append(i)
            else:
                marked = frozenset(extra) if marked is None else marked
                if _meets(check, keys, marked):
                    passed.append(i)
        passed.sort()
        return passed


def _meets(alternatives: tuple[Required, ...], keys: frozenset[str], extra: frozenset[str]) -> bool:
    """`meets` for an article whose keys are `keys` and `extra` (not united: most checks are
    decided by the words alone, and a union of a hundred keys costs more than they do)."""
    for required in alternatives:
        for wanted in required:
            if wanted.isdisjoint(keys) and wanted.isdisjoint(extra):
                break
        else:
            return True
    return False


def _static(keys: frozenset[str]) -> tuple[bool, int, int]:
    """`most_selective`'s order, for sets the articles seen contain equally often."""
    return (any(k.startswith(PREFIX_MARK) for k in keys), len(keys), -min(map(len, keys), default=0))


def _file(
    requirements: list[Required | None],
    alternatives: list[tuple[Required, ...]],
    choose: Callable[[Required], frozenset[str]],
) -> Filing:
    """The index of rules under the key set `choose` picks of each, and what is left to check.

    A rule with alternatives may also be filed under the union of one set of each
    alternative it can meet (`title:a OR (b AND c)` under *a* and the rarer of *b* and *c*):
    an article that meets one of them has a key of that union.
    """
    index: defaultdict[str, list[int]] = defaultdict(list)
    checks: list[Check] = []
    for i, required in enumerate(requirements):
        check = alternatives[i]
        if required is not None:
            options = required
            if len(check) > 1 and all(check):
                usable = [alternative for alternative in check if all(alternative)]
                if not usable:
                    checks.append(_simple(check))
                    continue  # no alternative can be met: never a candidate
                options = (*options, frozenset().union(*map(choose, usable)))
            filed = choose(options)
            for key in filed:
                index[key].append(i)
            if len(check) == 1:  # the set it is filed under is met when the index finds it
                check = (tuple(keys for keys in check[0] if keys != filed),)
        checks.append(_simple(check))
    return Filing(dict(index), checks, {})


def _simple(alternatives: tuple[Required, ...]) -> frozenset[str] | tuple[Required, ...] | None:
    """A rule's check in the form `Compiled.candidates` tests fastest: one set of words alone
    (no prefix or scoped key: only then are the article's words all it is checked against)."""
    if len(alternatives) == 1:
        if not alternatives[0]:
            return None
        if len(alternatives[0]) == 1 and not any(_marked(k) for k in alternatives[0][0]):
            return alternatives[0][0]
    return alternatives


def _marked(key: str) -> bool:
    """A prefix key or a scoped word's key: never among an article's words and lemmas."""
    return key.startswith(PREFIX_MARK) or SCOPE_MARK in key


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
