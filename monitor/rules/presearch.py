"""The presearch index of the rules compiled for one language, in the manner of Lucene's Monitor.

Each rule is filed under one of the key sets an article must share a key with for it to
match (`Matcher.required`); an article looks up its own keys, and the rules found there
are checked against the rule's other key sets before any is evaluated. Which set a rule
is filed under never changes which rules are candidates (every set is checked either
way), only how many rules an article's keys find and then turn away: at first a rule is
filed under the set that looks rarest (`most_selective`: whole words, few keys, long
words); once articles have been seen, a rule filed under a key that many of them contain
is refiled under the set they contained least often. With 10,000 rules that is the
difference between an article finding about 28 rules and finding 10, for the same 4
candidates.

Counting costs a set intersection per article for the first `COUNT_ALL` articles of a
language, then for one in `SAMPLE_EVERY`; refiling looks only at the rules filed under
frequent keys, so a rule set whose keys are rare (most of them) is left as it was.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from itertools import chain, repeat
from typing import NamedTuple, cast

from monitor.analysis.article import AnalysedArticle
from monitor.rules.matchers import (
    PREFIX_MARK,
    SCOPE_MARK,
    Matcher,
    Required,
    alternatives,
    scoped_key,
    selectivity,
)

MAX_CACHED_WORDS = 200_000
COUNT_ALL = 256  # the first articles of a language: every one is counted
REFILE_AT = (64, COUNT_ALL)  # articles counted when rules are first refiled
SAMPLE_EVERY = 16  # after COUNT_ALL: one article in this many is counted
REFILE_EVERY = 4096  # and rules are refiled again after this many more are counted
FREQUENT = 256  # a key in one counted article in this many, or more: rules filed under it are refiled

# What an article must also meet, besides the key set a rule is filed under: one set of words
# (the common case), alternatives of which it must meet one (an article meets an alternative
# when each of its key sets shares a key with the article's): a list where they are all
# words (no prefix or scoped key: the article's words are all they are tested against), a tuple
# of `Marked` alternatives otherwise; or None: nothing.
Check = frozenset[str] | list[Required] | tuple["Marked", ...] | None


class Wanted(NamedTuple):
    """A key set of an alternative with prefix keys: its words and scoped keys (met by the
    article's keys or its scoped marks), and its prefixes (met by a word of the article
    that starts with one: `Filing.starting`)."""

    keys: frozenset[str]
    prefixes: tuple[str, ...]


Marked = tuple[Wanted, ...]


class Filing(NamedTuple):
    """Where each rule is filed and what is checked before it is evaluated.

    Replaced whole when rules are refiled, so a thread that reads one keeps a consistent
    index, checks and word caches.
    """

    by_key: dict[str, list[int]]  # key -> the rules filed under it
    filed: list[frozenset[str] | None]  # per rule: the key set it is filed under (None: not filed)
    checks: list[Check]
    # When rules use wildcards, news repeats its vocabulary, so a word is cut into the prefixes
    # rules require once, and remembered (the caches are replaced when they grow past a bound):
    # word key -> the rules filed under it or under one of those prefixes (() when none: most)
    words: dict[str, tuple[int, ...]]
    # word key -> the prefixes rules require that it starts with, for counting (shared tuples)
    cuts: dict[str, tuple[str, ...]]
    # prefix key -> the words in `words` that start with it: an article has a word with the
    # prefix a rule's check wants when this shares a key with the article's, which asks one
    # set about the article's few words instead of cutting each of its words into prefixes
    starting: dict[str, set[str]]


@dataclass
class Compiled:
    """The rules compiled for articles of one language, filed in a presearch index."""

    matchers: list[Matcher]
    requirements: list[Required | None]  # per rule: its key sets; None when it is never filed
    alternatives: list[tuple[Required, ...]]  # per rule: `matchers.alternatives`
    filing: Filing
    always: list[int]  # rules no key requirement can be derived for
    prefixes: frozenset[str]  # every prefix key a wildcard rule requires
    scoped_words: dict[str, frozenset[str]]  # field -> the words some rule requires there (`title:troops`)
    wanted: frozenset[str]  # every key a rule requires: those counted in the articles
    _seen: Counter[str] = field(default_factory=Counter)  # key -> counted articles that had it
    _articles: int = 0  # articles looked up
    _counted: int = 0  # articles counted in `_seen`
    _refiled: int = 0  # `_counted` at the last refiling
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # a cut (the prefixes rules require that a word starts with) -> itself: words that start
    # alike share one tuple
    _cuts: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # each required key set -> its `selectivity`, weighed once when the rules are filed and again at
    # every refiling otherwise (a Russian name's sets of thousands of keys: most of a refiling's time)
    _looks: dict[frozenset[str], tuple[bool, int, int]] = field(default_factory=dict)

    @cached_property
    def prefix_lengths(self) -> frozenset[int]:
        return frozenset(len(k) - len(PREFIX_MARK) for k in self.prefixes)

    @classmethod
    def of(cls, matchers: list[Matcher]) -> Compiled:
        one = _One()
        options = [tuple(map(one.required, alternatives(m))) for m in matchers]
        requirements: list[Required | None] = []
        always: list[int] = []
        for i, matcher in enumerate(matchers):
            required = one.required(matcher.required())
            if not required:
                always.append(i)
            # `not all(required)`: a requirement no article can meet (a concept with no members here)
            requirements.append(required if required and all(required) else None)
        looks = {keys: selectivity(keys) for required in requirements if required for keys in required}
        filing = _file(requirements, options, looks)
        # Every prefix and scoped word a rule requires, not only those it is filed under:
        # candidates() looks them up or checks them.
        wanted = {k for alternative in options for required in alternative for keys in required for k in keys}
        wanted.update(filing.by_key)
        prefixes = frozenset(k for k in wanted if k.startswith(PREFIX_MARK))
        scoped: defaultdict[str, set[str]] = defaultdict(set)
        for name, mark, word in (k.partition(SCOPE_MARK) for k in wanted):
            if mark:
                scoped[name].add(word)
        scoped_words = {name: frozenset(words) for name, words in scoped.items()}
        return cls(
            matchers,
            requirements,
            options,
            filing,
            always,
            prefixes,
            scoped_words,
            frozenset(wanted),
            _looks=looks,
        )

    @property
    def index(self) -> dict[str, list[int]]:
        return self.filing.by_key

    def candidates(self, doc: AnalysedArticle) -> list[int]:
        """Rules that could match this article: filed under one of its keys, every requirement met."""
        filing = self.filing  # one filing throughout: another thread may refile meanwhile
        keys = doc.keys
        if self.prefixes:
            if len(filing.words) > MAX_CACHED_WORDS:
                filing = self._new_words(filing)
            found = self._by_words(keys, filing)
        else:  # no per-word work: the article's keys meet the index in one pass, in C
            index = filing.by_key
            found = set(chain.from_iterable(map(index.__getitem__, index.keys() & keys)))
        marks: set[str] = set()  # the article's scoped keys (`title:troops`)
        for name, words in self.scoped_words.items():
            text = doc.fields.get(name)
            if text is not None and text.index:
                for key in words.intersection(text.index):
                    marks.add(scoped := scoped_key(name, key))
                    found.update(filing.by_key.get(scoped, ()))
        if self.always:
            found.update(self.always)
        self._count(keys, marks, filing)
        checks, passed = filing.checks, []
        for i in found:  # most rules have one set of words left: one isdisjoint test
            check = checks[i]
            if isinstance(check, frozenset):
                if not check.isdisjoint(keys):
                    passed.append(i)
            elif check is None:
                passed.append(i)
            elif check.__class__ is list:  # alternatives of words: met over the article's keys
                for required in check:
                    for wanted in required:
                        if wanted.isdisjoint(keys):
                            break
                    else:
                        passed.append(i)
                        break
            else:
                # met over the article's keys, its marks (without joining them in one set: a
                # copy of every key of the article, for a test of a few), and its words' prefixes
                for marked in cast(tuple[Marked, ...], check):
                    for some, prefixes in marked:
                        if (
                            some.isdisjoint(keys)
                            and some.isdisjoint(marks)
                            and not _starts(prefixes, filing.starting, keys)
                        ):
                            break
                    else:
                        passed.append(i)
                        break
        passed.sort()
        return passed

    def _by_words(self, keys: frozenset[str], filing: Filing) -> set[int]:
        """The rules the article's keys find, through the word cache: one pass of lookups in C
        (the cache is as big as the vocabulary, so each lookup is a memory access that costs
        more than the work around it) that keeps the few entries with rules (most are ())."""
        cache = filing.words
        try:
            live = list(filter(None, map(cache.__getitem__, keys)))
        except KeyError:  # a word not met before: put every such word in, then look again
            # `difference` probes the cache for each of the article's keys; `keys - cache.keys()`
            # would copy the keys and then walk the whole cache (the vocabulary: 1.2 ms at 24,000
            # words, 10 ms at 200,000, for every article with a word not met before)
            for key in keys.difference(cache):
                self._enter(key, filing)
            live = list(filter(None, map(cache.__getitem__, keys)))
        return set(chain.from_iterable(live)) if live else set()

    def _enter(self, key: str, filing: Filing) -> tuple[int, ...]:
        """Put a word key in the word caches: the rules filed under it or its required prefixes.

        `starting` and `cuts` first and `words` last: another thread that finds the word in
        `words` finds it in the others.
        """
        required, index = self.prefixes, filing.by_key
        cut: tuple[str, ...] = ()
        for n in self.prefix_lengths:  # a loop, not a generator: most words have no such prefix
            if len(key) >= n and (p := PREFIX_MARK + key[:n]) in required:
                cut += (p,)
        if cut:
            rules = tuple(chain(index.get(key, ()), *(index.get(p, ()) for p in cut)))
            for p in cut:
                filing.starting.setdefault(p, set()).add(key)
            # Words that start alike share one cut, and () is one object: an article's entries
            # are then few objects, most already in the processor's cache.
            cut = self._cuts.setdefault(cut, cut)
        else:
            rules = tuple(index.get(key, ()))  # () when none: the one empty tuple
        filing.cuts[key] = cut
        filing.words[key] = rules
        return rules

    def _new_words(self, filing: Filing) -> Filing:
        """The filing with empty word caches in place of full ones: replaced, not cleared, so
        another thread reading them keeps its own."""
        with self._lock:
            if self.filing is filing:
                self.filing = filing._replace(words={}, cuts={}, starting={})
            return self.filing

    def _count(self, keys: frozenset[str], marks: set[str], filing: Filing) -> None:
        """Count the article's keys that rules require (its words, their required prefixes and its
        scoped `marks`); refile the rules when it is time."""
        self._articles += 1
        if self._counted >= COUNT_ALL and self._articles % SAMPLE_EVERY:
            return
        self._seen.update(self.wanted.intersection(keys))
        if marks:
            self._seen.update(marks)
        if self.prefixes:  # every key is in the cache: `candidates` looked each up
            self._seen.update(set(chain.from_iterable(map(filing.cuts.__getitem__, keys))))
        self._counted += 1
        if self._counted in REFILE_AT or self._counted - self._refiled >= REFILE_EVERY:
            self._refiled = self._counted
            self.refile()

    def refile(self) -> None:
        """File the rules now filed under a frequent key under the key set the articles counted
        contain least often (ties: `most_selective`'s order)."""
        with self._lock:
            seen = dict(self._seen)  # a copy: other threads may be counting
            filing = self.filing
            frequent = [k for k in filing.by_key.keys() & seen.keys() if seen[k] * FREQUENT >= self._counted]
            if not frequent:
                return

            costs: dict[frozenset[str], Cost] = {}
            looks = self._looks

            def cost(keys: frozenset[str]) -> Cost:
                # Each set's cost once a refiling: rules share sets (a term's spellings), and a
                # rule's sets are weighed again as parts of the union of its alternatives (`_best`)
                found = costs.get(keys)
                if found is None:
                    # the keys both have, walking the smaller: a name's set of thousands of spellings
                    # against the few hundred keys the articles had, a word's few against those
                    common = keys.intersection(seen) if len(keys) > len(seen) else seen.keys() & keys
                    count = sum(map(seen.__getitem__, common))
                    found = costs[keys] = (count, *(looks.get(keys) or selectivity(keys)))
                return found

            moves: dict[int, frozenset[str]] = {}
            for i in sorted({i for k in frequent for i in filing.by_key[k]}):
                best = self._best(i, cost)
                if not _same(best, filing.filed[i]):
                    moves[i] = best
            if moves:
                self.filing = _refiled(filing, moves, self.alternatives)

    def _best(self, rule: int, cost: Callable[[frozenset[str]], Cost]) -> frozenset[str]:
        """The key set to file a rule under: the cheapest of the sets it requires and, for a rule with
        alternatives (`title:a OR (b AND c)`), of the union of the cheapest set of each (an article
        that meets an alternative has a key of that union); ties: the first of those, the union last.

        The union is weighed from its parts where they share no key (`_joined`), and built only when it
        is chosen: a name's sets hold thousands of spellings, and building, hashing and weighing a union
        for every rule with alternatives was most of a refiling's time, the union nearly always new.
        """
        required = self.requirements[rule]
        assert required is not None
        best = min(required, key=cost)
        check = self.alternatives[rule]
        if len(check) < 2 or not all(check):
            return best
        parts = [min(alternative, key=cost) for alternative in check if all(alternative)]
        if _disjoint(parts):
            if _joined([cost(part) for part in parts]) < cost(best):
                return frozenset().union(*parts)
            return best
        union = frozenset().union(*parts)
        return union if cost(union) < cost(best) else best


class _One(dict[frozenset[str], frozenset[str]]):
    """Equal key sets made one object: each `required()` builds its sets anew (a name's matcher, shared by
    the rules that name it, gives each rule and each of its alternatives a copy of its thousands of
    spellings), and a dict or set lookup, or `==`, of equal sets that are not one object compares them key
    by key. Refiling looks each rule's sets up several times (their costs, the set filed under, `_check`):
    with one object an identity test answers; the copies are freed too."""

    def required(self, required: Required) -> Required:
        return tuple(map(self.one, required))

    def one(self, keys: frozenset[str]) -> frozenset[str]:
        return self.setdefault(keys, keys)


# A key set's cost when refiling: how many counted articles had its keys, then its `selectivity`.
Cost = tuple[int, bool, int, int]


def _disjoint(parts: list[frozenset[str]]) -> bool:
    """No two of `parts` share a key (each test walks the smaller set, in C)."""
    return all(a.isdisjoint(b) for n, a in enumerate(parts) for b in parts[n + 1 :])


def _joined(costs: list[Cost]) -> Cost:
    """The cost of the union of key sets that share no key, from theirs: the articles' counts and the
    sizes add up, a prefix in one is a prefix in the union, and its shortest key is the shortest of
    theirs (`selectivity` keeps that length negated: the largest of theirs)."""
    return (
        sum(c[0] for c in costs),
        any(c[1] for c in costs),
        sum(c[2] for c in costs),
        max(c[3] for c in costs),
    )


def _starts(prefixes: tuple[str, ...], starting: dict[str, set[str]], keys: frozenset[str]) -> bool:
    """Does a word of the article (`keys`) start with one of `prefixes` (`Filing.starting`)?"""
    for prefix in prefixes:
        words = starting.get(prefix)
        if words is not None and not words.isdisjoint(keys):
            return True
    return False


def _file(
    requirements: list[Required | None],
    options: list[tuple[Required, ...]],
    looks: dict[frozenset[str], tuple[bool, int, int]],
) -> Filing:
    """Each rule filed under the set that looks rarest before any article is seen (`most_selective`,
    with each set's `selectivity` from `looks`)."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    filed: list[frozenset[str] | None] = []
    for i, required in enumerate(requirements):
        keys = min(required, key=looks.__getitem__) if required is not None else None
        for key in keys or ():
            index[key].append(i)
        filed.append(keys)
    checks = [_check(options[i], keys) for i, keys in enumerate(filed)]
    return Filing(_shared(index), filed, checks, {}, {}, {})


def _shared(index: dict[str, list[int]]) -> dict[str, list[int]]:
    """`index` with equal lists made one list: the keys of a set (a name's spellings and endings, hundreds
    of keys in Russian) hold the same rules, and refiling then rebuilds each list once, not once a key
    (`_refiled`). The lists are never changed in place: a refiling builds new ones."""
    one: dict[tuple[int, ...], list[int]] = {}
    return {key: one.setdefault(tuple(rules), rules) for key, rules in index.items()}


def _refiled(filing: Filing, moves: dict[int, frozenset[str]], options: list[tuple[Required, ...]]) -> Filing:
    """`filing` with rules moved to other key sets (copied where it changes: readers keep the old)."""
    index, filed, checks = dict(filing.by_key), list(filing.filed), list(filing.checks)
    # The rules moved, by the set they leave and by the set they go to: rules share sets (a name's
    # spellings and endings, hundreds of keys in Russian, in many rules), walked once each
    from_set: defaultdict[frozenset[str] | None, set[int]] = defaultdict(set)
    to_set: defaultdict[frozenset[str], list[int]] = defaultdict(list)
    marked = cache(_marked)
    for i, keys in moves.items():
        from_set[filed[i]].add(i)
        to_set[keys].append(i)
        filed[i] = keys
        checks[i] = _check(options[i], keys, marked)
    for old, gone in from_set.items():
        if old:
            _rebuild(index, old, partial(_without, gone))
    for new, coming in to_set.items():
        _rebuild(index, new, partial(_with, coming))
    return Filing(index, filed, checks, {}, {}, {})


def _without(gone: set[int], rules: list[int]) -> list[int]:
    return [r for r in rules if r not in gone]


def _with(coming: list[int], rules: list[int]) -> list[int]:
    return [*rules, *coming]


def _rebuild(
    index: dict[str, list[int]], keys: frozenset[str], change: Callable[[list[int]], list[int]]
) -> None:
    """`change` made to the lists of `keys` in `index` (a missing key's is []; a key whose list becomes
    empty is dropped), each distinct list changed once: the keys of a set share their lists (`_shared`),
    so a set of thousands of keys is a few calls, and the keys are walked in C."""
    empty: list[int] = []
    olds = list(map(index.get, keys, repeat(empty)))
    if len(set(map(id, olds))) == 1:  # the common case, one list for the whole set: no loop in Python
        changed_list = change(olds[0])
        if changed_list:
            index.update(dict.fromkeys(keys, changed_list))
        else:
            for key in keys:
                index.pop(key, None)
        return
    by_id = {id(rules): rules for rules in olds}
    changed = {n: change(rules) for n, rules in by_id.items()}
    index.update(zip(keys, map(changed.__getitem__, map(id, olds)), strict=True))
    if not all(changed.values()):
        for key in [key for key in keys if not index[key]]:
            del index[key]


def _same(keys: frozenset[str], other: frozenset[str] | None) -> bool:
    """`keys == other`, told by identity or the sets' hashes (each computed once a set, then kept) where it
    can be: sets of equal size compare key by key otherwise, even a set with itself, and a name's set
    holds thousands of keys (most of a refiling's `_check`s and of its rules left where they were)."""
    if keys is other:
        return True
    return other is not None and hash(keys) == hash(other) and keys == other


def _marked(keys: frozenset[str]) -> bool:
    """Has the set a prefix key or a scoped word's key (never among an article's words and
    lemmas)? In C throughout: a term's set can hold dozens of spellings, and refiling asks it
    of every set of each rule it moves."""
    return any(map(str.startswith, keys, repeat(PREFIX_MARK))) or any(
        map(str.__contains__, keys, repeat(SCOPE_MARK))
    )


def _check(
    alternatives: tuple[Required, ...],
    filed: frozenset[str] | None,
    marked: Callable[[frozenset[str]], bool] = _marked,
) -> Check:
    """What is left to check of a rule filed under `filed`, in the form `candidates` tests fastest.

    An article that finds the rule has a key of `filed`, so each alternative is left less that
    set. Where every alternative is left one set (`(troops OR soldier) AND border` filed under
    *border*), meeting one is sharing a key with their union: one set, tested alone when it has
    no prefix or scoped key (only then are the article's words all it is checked against).
    Otherwise the alternatives, as `_of_words` gives them.

    `marked`: `_marked`, or the same remembering its answers (`_refiled`: rules share sets, of
    thousands of keys for a Russian name, and a set's answer is its parts' answers).
    """
    rests = tuple(tuple(k for k in required if not _same(k, filed)) for required in alternatives)
    if not all(rests):
        return None  # an alternative the filed set meets alone
    if all(len(rest) == 1 for rest in rests):
        union = frozenset().union(*(rest[0] for rest in rests))
        return union if not any(marked(rest[0]) for rest in rests) else ((_wanted(union),),)
    return _of_words(rests, marked)


def _of_words(
    alternatives: tuple[Required, ...], marked: Callable[[frozenset[str]], bool]
) -> list[Required] | tuple[Marked, ...]:
    """Alternatives as a list where no key of theirs is marked, else as `Marked` (`Check`)."""
    if any(marked(keys) for required in alternatives for keys in required):
        return tuple(tuple(_wanted(keys) for keys in required) for required in alternatives)
    return list(alternatives)


def _wanted(keys: frozenset[str]) -> Wanted:
    """`keys` with its prefix keys apart: those are never among an article's keys, and are met
    through `Filing.starting` instead."""
    prefixes = tuple(sorted(k for k in keys if k.startswith(PREFIX_MARK)))
    return Wanted(keys.difference(prefixes), prefixes)
