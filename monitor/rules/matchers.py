"""Compiled query nodes: each evaluates an AnalysedArticle to hits, or None for no match.

Each node also says which keys an article must contain for it to possibly match
(`required`): a tuple of key sets, each of which must share a key with the
article. The rule index files a rule under one of those sets and checks the
others before evaluating it, so most rules that cannot match cost a set lookup.
"""

from __future__ import annotations

import dataclasses
import itertools
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple, Protocol, cast

from monitor.analysis.analyzer import EXACT_PARTS, AnalysedText, Case, case_of, is_cjk, is_elision, pair_key
from monitor.analysis.article import AnalysedArticle
from monitor.analysis.languages import normalise_language

# Keys for wildcard prefixes live in the same index, marked so they never clash with words.
PREFIX_MARK = "\x00"


class Hit(NamedTuple):
    """Where one query term was found: words [start, end) of a field.

    A named tuple: an article's matches make a dozen hits, and a frozen dataclass costs
    three times as much to build.
    """

    field: str
    start: int
    end: int
    term: str  # the term as written in the query


# A Hit built without its constructor's Python frame, where hits are made per match.
new_hit = tuple.__new__
Hits = list[Hit] | None
# Key sets an article must each share a key with; () means no requirement can be derived.
Required = tuple[frozenset[str], ...]


class Matcher(Protocol):
    def eval(self, doc: AnalysedArticle) -> Hits: ...

    def required(self) -> Required: ...


def prefix_key(prefix: str) -> str:
    return PREFIX_MARK + prefix


# A word a rule wants in one field only (`title:troops`) is required under a key that names
# the field, so an article with the word elsewhere is not a candidate.
SCOPE_MARK = "\x03"


def scoped_key(field: str, key: str) -> str:
    return field + SCOPE_MARK + key


def selectivity(keys: frozenset[str]) -> tuple[bool, int, int]:
    """How selective a key set looks before any article is seen, least first: whole words
    before prefixes, few keys, long words. In C throughout (`map`, no generator): the
    presearch index asks it of every set of a rule it refiles, and a term's set can hold
    dozens of spellings."""
    return (
        any(map(str.startswith, keys, itertools.repeat(PREFIX_MARK))),
        len(keys),
        -min(map(len, keys), default=0),
    )


def most_selective(required: Required) -> frozenset[str]:
    """The set to index a rule under (`selectivity`)."""
    return min(required, key=selectivity)


CAPITAL = "capital"  # a name's word: capitalised, or in a script without capitals
UPPER = "upper"  # an acronym: all capitals (U.S., NATO), or a script without capitals
FIRST_ANY, FIRST_NEVER, FIRST_UNLESS_COMMON = "any", "never", "unless common"  # see CaseRule
LOWER = "lower"  # a common word: not capitalised inside a sentence (there it is a name: the river *Odra*)


# Is text[start:end], where a name was found, part of a longer word there? (`lexicon.boundaries`)
Within = Callable[[str, int, int], bool]


class Context(Protocol):
    """Whether a one-word name's hit at `position` is the name (True), a common word spelled like it
    (False), or undecided (None: counts unless the article's other hits are all the common word).
    `lexicon.guard.NameContext` is the one in use (German *der Koch*, Arabic ماسك الوجه)."""

    def allows(self, text: AnalysedText, position: int) -> bool | None: ...


@dataclass(frozen=True)
class CaseRule:
    """How the words of a name or an acronym must be written to count (None: any way).

    `shapes` has one entry per word (a name such as *von der Leyen* has lower-case words).
    In a field written entirely in capitals (`AnalysedText.all_caps`) case says nothing:
    there a word matches only when `confirm` is False, or the article also writes it with
    its own case elsewhere (an acronym that spells a common word, `US` in "US SENDS
    TROOPS"). `first` is for a name or acronym that is also a common word of the article's
    language, written in title case at a sentence's start, where any word is capitalised:
    `FIRST_ANY` counts it; `FIRST_NEVER` does not (an acronym's title case there is the
    common word: French *Un convoi...* for `UN`); `FIRST_UNLESS_COMMON` counts it unless the
    article writes the word in lower case elsewhere, i.e. uses the common word (Portuguese
    *Lula anunciou* is the president; *Lula é rica... a lula* is the squid).
    """

    shapes: tuple[str | None, ...]
    confirm: bool = False
    first: str = "any"
    within: Within | None = None  # a Chinese name: not the start of a longer name (莫迪 in 莫迪利亚尼)
    context: Context | None = None  # a name that is also a common word there: see `Context`
    named: Named | None = None  # a common word's: which words opening a sentence are names (`_in_title`)
    # a name that is also a common word, opening a sentence: whether the words after it read as the word's
    # (`lexicon.guard.OpeningWord`: *Conte e contessa*, *Özel sektörde*)
    opening: Opening | None = None
    # a rule word's own Latin spelling in an article of another script: capitalised, it is a name wherever
    # it stands, at a sentence's start too (Russian *Apple приостановила продажи*: that script's sentences
    # capitalise their own first word; a Latin common word there is the foreign word in lower case)
    foreign: bool = False
    # a one-word name in German or Arabic (`compile.FORMS_ONLY`): the folded spellings its hit must have,
    # as the word or a part of it; never reached through an article word's lemma alone (*Wüste*, desert,
    # whose lemma the table gives as *wüst*, is not `Wüst`; a German name takes only the -s; Arabic's
    # caseless words, whose shapes say nothing, are checked too: حائلا is no Hail)
    forms: frozenset[str] | None = None

    def allows(self, text: AnalysedText, k: int, position: int, *, common_use: bool = False) -> bool:
        """May word `k` of the term be the token at `position`? `common_use`: the article also
        writes it in lower case (see `first`)."""
        token = text.tokens[position]
        if token.case is Case.CASELESS and _INDEFINITE.intersection(token.text):
            return False  # an Arabic word with tanween (درعاً, a shield; عوناً, aid) is an indefinite noun
        forms = self.forms
        if forms is not None and token.form not in forms and not any(p.form in forms for p in token.parts):
            return False
        shape = self.shapes[k] if k < len(self.shapes) else None
        if shape is None:
            return True
        case = token.case
        if case is Case.CASELESS:
            return True  # a script without capitals
        if (
            token.parts
            and case is not Case.UPPER
            and any(p.kind in EXACT_PARTS and case_of(p.text) is Case.UPPER for p in token.parts)
        ):
            case = Case.UPPER  # an acronym with a suffix or in a compound: NATO'nun, UN-Sicherheitsrat, l'ONU
        elif (
            case is Case.LOWER
            and token.parts
            and any(p.kind == "hyphen" and case_of(p.text) is Case.TITLE for p in token.parts)
        ):
            case = Case.TITLE  # a name after a common word's hyphen: Dutch *regering-Netanyahu*, *anti-Trump*
        if shape == LOWER and self.foreign:
            return case is Case.LOWER
        if shape == LOWER:
            return case is Case.LOWER or token.sentence_start or _in_title(text, position, self.named)
        if case is Case.UPPER:
            return True  # capitals: a name or an acronym, wherever it stands
        at_start = k == 0 and self.first != FIRST_ANY and token.sentence_start and not _elided(text, position)
        if at_start and (self.first == FIRST_NEVER or common_use):
            return False  # a capital at a sentence's start that may be the common word
        if at_start and self.opening is not None and self.opening(text, position):
            return False
        return shape == CAPITAL and case is Case.TITLE


class Opening(Protocol):
    """Do the words after a name's hit opening a sentence at `position` make it a common word?"""

    def __call__(self, text: AnalysedText, position: int) -> bool: ...


# Arabic's tanween, the mark of an indefinite noun (درعاً, a shield; وفداً, a delegation), which news writes
# on the accusative's alif: a name takes none, so a word with one is no name's (درعا is Daraa).
_INDEFINITE = frozenset("\u064b\u064c\u064d")


# A common word capitalised inside a sentence next to another capitalised word is a word of an institution's
# or an event's name, which the press translates: *Orquesta Nacional*, *Residentie Orkest*, *James Webb
# Teleskobu*. A neighbour opening the sentence is capitalised whatever it is, so it counts only where it is
# a name (`Named`: *İstanbul Havalimanı*, *İstanbul Maratonu'nda*), not a common word (*Nad Odrą*).
# Alone (*nad Odrą*, the river, not *odra*, measles) or shorter than `TITLE_LETTERS` it stays a name.
TITLE_LETTERS = 5


class Named(Protocol):
    """Is `word`, written opening a sentence, a name (a place a name source knows)?"""

    def __call__(self, word: str) -> bool: ...


@dataclass(frozen=True)
class KnownName:
    """A `Named` for `language` through a name source's `known(word, language)`. A name source also
    knows towns spelled like short common words (*Le*, *Het*, *Most*), so only words of at least
    `TITLE_LETTERS` letters are asked. Equal for one language, so matchers that share one still merge."""

    language: str
    known: Callable[[str, str], bool] = dataclasses.field(compare=False, hash=False, repr=False)

    def __call__(self, word: str) -> bool:
        if len(word) < TITLE_LETTERS:
            return False
        if self.known(word, self.language):
            return True
        genitive = self.language in GENITIVE_S and word[-1] == "s"  # Københavns Lufthavn
        return genitive and self.known(word[:-1], self.language)


# Languages whose names take a genitive -s without an apostrophe (*Københavns*, *Stockholms*, *Oslos*).
GENITIVE_S = frozenset({"da", "sv", "nb", "nn", "no", "nl"})


def _in_title(text: AnalysedText, position: int, named: Named | None = None) -> bool:
    token = text.tokens[position]
    if token.case is not Case.TITLE or len(token.text) < TITLE_LETTERS:
        return False
    for n in (position - 1, position + 1):
        if 0 <= n < len(text.tokens):
            other = text.tokens[n]
            if other.case in (Case.TITLE, Case.UPPER) and (
                not other.sentence_start or (named is not None and named(other.text))
            ):
                return True
    return False


def _elided(text: AnalysedText, position: int) -> bool:
    """Does an elided article open the sentence right before `position` (*L'Onu*, *L'Orchestre*)?
    The word after it opens the sentence for a common word (see `Token.sentence_start`), but its
    capital is the writer's own, not the sentence's: a name's or an acronym's (*L'Onu chiede...*)."""
    return position > 0 and is_elision(text.tokens[position - 1].text)


def _in_context(context: Context, doc: AnalysedArticle, hits: list[Hit]) -> Hits:
    """The hits `context` takes for the name; undecided ones unless the article uses the common word
    (a hit decided against) and never the name (none decided for)."""
    verdicts = [context.allows(doc.fields[h.field], h.start) for h in hits]
    undecided = True in verdicts or False not in verdicts
    kept = [h for h, v in zip(hits, verdicts, strict=True) if v is True or (v is None and undecided)]
    return kept or None


def _within(within: Within, doc: AnalysedArticle, field: str, start: int, end: int) -> bool:
    """`within` asked of words [start, end) of a field, by their characters; asked once an article.

    A thousand rules share their names' terms and so their checks (a Chinese name's boundaries are
    dozens of table lookups): without the article's answers each rule with the name asked again.
    Keyed by the check's identity, which the answer holds on to, so a check built later at a
    freed one's address is never taken for it."""
    key = (id(within), field, start, end)
    known = doc.within_answers.get(key)
    if known is not None and known[0] is within:
        return known[1]
    text = doc.fields[field]
    answer = within(text.compared, text.tokens[start].start, text.tokens[end - 1].end)
    doc.within_answers[key] = (within, answer)
    return answer


@dataclass(frozen=True)
class Words:
    """A word or a phrase, matched on forms and lemmas (or exactly, or by prefix)."""

    label: str
    words: tuple[tuple[str, ...], ...]  # match keys of each word
    exact: tuple[str, ...] | None  # exact texts of each word, for case-sensitive terms
    prefixes: tuple[str | None, ...] | None  # per word: a folded prefix for a wildcard word
    fields: tuple[str, ...]
    case: CaseRule | None = None  # names and acronyms: how they must be written

    def positions(self, doc: AnalysedArticle, field: str, k: int) -> set[int]:
        text = doc.fields[field]
        prefix = self.prefixes[k] if self.prefixes else None
        if prefix is not None:
            found = text.prefix_positions(prefix)
        elif self.exact is not None:
            found = text.exact_positions(self.exact[k])
        else:
            found = text.positions(self.words[k], self.key_sets[k])
        if self.case is None or not found:
            return found
        if text.all_caps:  # case says nothing here
            return found if not self.case.confirm or self._confirmed(doc, k) else set()
        common_use = self.case.first == FIRST_UNLESS_COMMON and k == 0 and self._lower_case_use(doc)
        return {p for p in found if self.case.allows(text, k, p, common_use=common_use)}

    def _lower_case_use(self, doc: AnalysedArticle) -> bool:
        """Does the article write the term's first word in lower case somewhere (the common word)?"""
        for other in doc.fields.values():
            for p in other.positions(self.words[0]):
                if other.tokens[p].case is Case.LOWER:
                    return True
        return False

    def _confirmed(self, doc: AnalysedArticle, k: int) -> bool:
        """An acronym in a shouting field counts if another field writes it in capitals."""
        assert self.case is not None
        for other in doc.fields.values():
            if other.tokens and not other.all_caps:
                unconfirmed = CaseRule(self.case.shapes)
                if any(unconfirmed.allows(other, k, p) for p in other.positions(self.words[k])):
                    return True
        return False

    def eval(self, doc: AnalysedArticle) -> Hits:
        """The term's hits in the article; asked once an article (see `_eval_term`) unless a plain word,
        whose few index lookups cost less than keeping their answer."""
        if self.plain_word:
            return self._eval_word(doc)
        key = id(self)
        known = doc.word_hits.get(key)
        if known is not None and known[0] is self:
            return cast(Hits, known[1])
        hits = self._eval_term(doc)
        doc.word_hits[key] = (self, hits)
        return hits

    def _eval_term(self, doc: AnalysedArticle) -> Hits:
        """`eval` of a phrase, a name or an acronym (case rules and boundary checks), a wildcard or
        an exact word. A thousand rules share their terms' compiled matchers (a name in many
        rules), and each rule asked the article again: the answer is kept in `doc.word_hits`,
        keyed by the matcher's identity, which the answer holds on to (as `_within` does), and
        never changed by the matchers that read it (they copy hits into lists of their own)."""
        hits: list[Hit] = []
        n = len(self.words)
        for field in self.fields:
            if not doc.fields[field].index:
                continue  # an empty field (most articles lack one)
            starts = self.positions(doc, field, 0)
            for k in range(1, n):
                if not starts:
                    break
                following = self.positions(doc, field, k)
                starts = {p for p in starts if p + k in following}
            if starts and self.case is not None and self.case.within is not None:
                starts = {p for p in starts if not _within(self.case.within, doc, field, p, p + n)}
            hits.extend(Hit(field, p, p + n, self.label) for p in sorted(starts))
        if hits and self.case is not None and self.case.context is not None:
            return _in_context(self.case.context, doc, hits)
        return hits or None

    @cached_property
    def key_sets(self) -> tuple[frozenset[str] | None, ...]:
        """Per word: its keys as a set where they are many (a name's transcriptions and their
        endings run to hundreds), so a field is searched for them in one pass over its words."""
        return tuple(frozenset(keys) if len(keys) > MANY_KEYS else None for keys in self.words)

    @cached_property
    def plain_word(self) -> bool:
        """One word matched on its keys alone: the most common term, given a shorter path."""
        return len(self.words) == 1 and self.case is None and self.prefixes is None and self.exact is None

    def _eval_word(self, doc: AnalysedArticle) -> Hits:
        """`eval` of a plain word: index lookups, no sets (most such words are found once)."""
        hits: list[Hit] = []
        keys, label, fields = self.words[0], self.label, doc.fields
        key_set = self.key_sets[0]
        for field in self.fields:
            index = fields[field].index
            if not index:
                continue
            places: list[int] | None
            if key_set is not None and len(index) < len(keys):
                places = sorted({p for key in key_set.intersection(index) for p in index[key]})
            else:
                places = word_places(index, keys)
            if places:
                hits += [new_hit(Hit, (field, p, p + 1, label)) for p in places]
        return hits or None

    def required(self) -> Required:
        required = []
        for k, keys in enumerate(self.words):
            prefix = self.prefixes[k] if self.prefixes else None
            if prefix is not None:
                required.append(frozenset({prefix_key(prefix)}))
            elif self.exact is not None:  # an exact word's folded form is among the article's keys
                required.append(self._scoped((keys[0],)))
            else:
                required.append(self._scoped(keys))
        return (*required, *self._pairs())

    def _scoped(self, keys: tuple[str, ...]) -> frozenset[str]:
        if len(self.fields) == 1:
            return frozenset(scoped_key(self.fields[0], key) for key in keys)
        return frozenset(keys)

    def _pairs(self) -> Required:
        """Consecutive CJK characters also require their pairs (see `analyzer.pair_key`)."""
        if self.prefixes is not None or len(self.words) < 2:
            return ()
        pairs = []
        for first, second in itertools.pairwise(self.words):
            if all(len(k) == 1 and is_cjk(k) for k in (*first, *second)):
                pairs.append(frozenset(pair_key(a, b) for a in first for b in second))
        return tuple(pairs)


MANY_KEYS = 16  # a word with more keys than this is looked for through a set (`Words.key_sets`)


def word_places(index: dict[str, list[int]], keys: tuple[str, ...]) -> list[int] | None:
    """The positions, in order, of a word with these keys in a field's index (None or [] if none).

    A word's keys are its form and lemma, found at the same positions in nearly every field
    (the article's word has both), so a second list equal to the first costs a comparison.
    """
    found = index.get(keys[0])
    for key in keys[1:]:
        more = index.get(key)
        if more and more != found:
            found = sorted({*found, *more}) if found else more
    return found


@dataclass(frozen=True)
class Pattern:
    """A regular expression over the raw text of the fields (RE2: linear time)."""

    label: str
    regex: Any
    fields: tuple[str, ...]

    def eval(self, doc: AnalysedArticle) -> Hits:
        hits: list[Hit] = []
        for field in self.fields:
            text = doc.fields[field]
            starts: list[int] = []  # word starts, built at the first match only
            for m in self.regex.finditer(text.text):
                starts = starts or [t.start for t in text.tokens]
                first = max(bisect_right(starts, m.start()) - 1, 0)
                last = max(bisect_right(starts, max(m.end() - 1, m.start())), first + 1)
                hits.append(Hit(field, first, last, self.label))
        return hits or None

    def required(self) -> Required:
        return ()


@dataclass(frozen=True)
class Value:
    """`lang:`, `site:` and `tag:`: a whole value of the article's metadata.

    `value` is already in the article's form (see `of`), so matching only compares.
    """

    field: str
    value: str
    prefix: bool = False

    @classmethod
    def of(cls, field: str, text: str, fold: Callable[[str], str], *, prefix: bool = False) -> Value:
        """Put `text` in the form the article side has: tags folded like the article's."""
        if field == "lang":  # languages are stored as primary codes: `de-DE` asks for `de`
            want = normalise_language(text) or text.lower()
        elif field == "site":  # doc.site is a lower-case host without a leading "www."
            want = text.lower().removeprefix("www.")
        else:
            want = fold(text)
        return cls(field, want, prefix)

    def eval(self, doc: AnalysedArticle) -> Hits:
        want = self.value
        if self.field == "lang":  # an article of unsure language is `und`, whatever it was analysed as
            ok = doc.stored_language.lower() == want
        elif self.field == "site":
            ok = doc.site == want or doc.site.endswith("." + want)
        else:
            ok = any(t.startswith(want) for t in doc.tags) if self.prefix else want in doc.tags
        return [] if ok else None

    def required(self) -> Required:
        return ()


@dataclass(frozen=True)
class Sequence:
    """Parts that follow each other word for word in one field, each any of its own spellings.

    A name in Chinese or Japanese characters is written part by part (ユッシ・ハッカライネン,
    萨姆·奥尔特曼); the dot between the parts is no word. Each part is transcribed its own few
    ways, and every combination is as likely, so the parts are matched one after the other
    rather than every combination listed. A katakana name inside a longer katakana run is
    told by `within` (`lexicon.boundaries.inside_katakana_word`).
    """

    label: str
    parts: tuple[Matcher, ...]
    within: Within | None = None  # see `Case.within`

    def eval(self, doc: AnalysedArticle) -> Hits:
        chains: set[tuple[str, int, int]] = set()
        for i, part in enumerate(self.parts):
            found = part.eval(doc)
            if not found:
                return None
            if i == 0:
                chains = {(h.field, h.start, h.end) for h in found}
                continue
            following: dict[tuple[str, int], set[int]] = {}
            for h in found:
                following.setdefault((h.field, h.start), set()).add(h.end)
            chains = {(f, s, end) for f, s, e in chains for end in following.get((f, e), ())}
            if not chains:
                return None
        hits = [
            Hit(f, s, e, self.label)
            for f, s, e in sorted(chains)
            if not (self.within and _within(self.within, doc, f, s, e))
        ]
        return hits or None

    def required(self) -> Required:
        return tuple(keys for part in self.parts for keys in part.required())


@dataclass(frozen=True)
class AllOf:
    children: tuple[Matcher, ...]

    def eval(self, doc: AnalysedArticle) -> Hits:
        hits: list[Hit] = []
        for child in self.children:
            found = child.eval(doc)
            if found is None:
                return None
            hits.extend(found)
        return hits

    def required(self) -> Required:
        return tuple(keys for child in self.children for keys in child.required())


@dataclass(frozen=True, slots=True)
class PlainAll:
    """`a AND b AND NOT c`: an AND of plain words and negated plain words, evaluated flat.

    The commonest shape among thousands of rules, and nearly every candidate of that shape
    matches, so its evaluation is a cost per match: one call instead of a call per node, the
    negated words looked for first (one set test a field). Hits as `AllOf` gives them.

    What `eval` reads is worked out once into one tuple (`_plan`) in a slot: among thousands of
    rules each evaluation finds its rule's objects out of the processor's caches, and every
    object it reads (an instance dict, a cached property, a word's keys) is one more fetch.
    """

    words: tuple[Words, ...]  # each a `plain_word`
    absent: tuple[Words, ...]  # each a `plain_word`, negated
    _plan: tuple[frozenset[str] | None, tuple[Negated, ...], tuple[Present, ...]] = dataclasses.field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        negated = tuple((frozenset(w.words[0]), w.fields) for w in self.absent)
        absent_keys = frozenset().union(*(keys for keys, _ in negated)) if negated else None
        present = tuple(
            (
                w if w.key_sets[0] is not None else None,
                w.words[0][0] if len(w.words[0]) == 1 else w.words[0],
                w.label,
                w.fields,
            )
            for w in self.words
        )
        object.__setattr__(self, "_plan", (absent_keys, negated, present))

    def eval(self, doc: AnalysedArticle) -> Hits:
        fields = doc.fields
        absent_keys, negated, present = self._plan
        # The negated words are nearly always absent from the whole article: one test of its
        # keys then stands for a test a field and word.
        if absent_keys is not None and not absent_keys.isdisjoint(doc.keys):
            for keys, names in negated:
                for name in names:
                    if not fields[name].index.keys().isdisjoint(keys):  # looks up `keys`, in C
                        return None
        hits: list[Hit] = []
        for many, word_keys, label, names in present:  # `Words._eval_word`, inlined
            if many is not None:
                found = many._eval_word(doc)
                if found is None:
                    return None
                hits += found
                continue
            before = len(hits)
            for name in names:
                index = fields[name].index  # a word of one key (most) is one lookup, no call
                places = index.get(word_keys) if isinstance(word_keys, str) else word_places(index, word_keys)
                if places:
                    for p in places:
                        hits.append(new_hit(Hit, (name, p, p + 1, label)))
            if len(hits) == before:
                return None
        return hits

    def required(self) -> Required:
        return tuple(keys for word in self.words for keys in word.required())


# `PlainAll`'s plan: a negated word's keys and fields; a word's `Words` where it has many keys
# (else None), its one key or its keys, its label and its fields.
Negated = tuple[frozenset[str], tuple[str, ...]]
Present = tuple["Words | None", "str | tuple[str, ...]", str, tuple[str, ...]]


def all_of(children: tuple[Matcher, ...]) -> Matcher:
    """An AND of `children`: flat (`PlainAll`) when they are plain words and negated plain words."""
    words = [c for c in children if isinstance(c, Words) and c.plain_word]
    absent = [c.child for c in children if isinstance(c, NoneOf) and isinstance(c.child, Words)]
    if words and len(words) + len(absent) == len(children) and all(w.plain_word for w in absent):
        return PlainAll(tuple(words), tuple(absent))
    return AllOf(children)


@dataclass(frozen=True)
class AnyOf:
    children: tuple[Matcher, ...]

    def eval(self, doc: AnalysedArticle) -> Hits:
        hits: list[Hit] | None = None
        for child in self.children:
            found = child.eval(doc)
            if found is not None:
                hits = (hits or []) + found
        return hits

    def required(self) -> Required:
        keys: set[str] = set()
        for child in self.children:
            found = child.required()
            if not found:
                return ()
            keys |= most_selective(found)
        return (frozenset(keys),)


@dataclass(frozen=True)
class NoneOf:
    child: Matcher

    def eval(self, doc: AnalysedArticle) -> Hits:
        return [] if self.child.eval(doc) is None else None

    def required(self) -> Required:
        return ()


@dataclass(frozen=True)
class Close:
    """NEAR: a hit of each side in the same field within `distance` words."""

    left: Matcher
    right: Matcher
    distance: int

    def eval(self, doc: AnalysedArticle) -> Hits:
        left = self.left.eval(doc)
        right = self.right.eval(doc) if left else None
        if not left or not right:
            return None
        used: dict[Hit, None] = {}
        for a in left:
            for b in right:
                if a.field == b.field and gap(a, b) <= self.distance:
                    used[a] = used[b] = None
        return list(used) or None

    def required(self) -> Required:
        return self.left.required() + self.right.required()


def gap(a: Hit, b: Hit) -> int:
    """Words from one hit to the other: 1 for neighbours, 0 for overlapping hits."""
    if a.end <= b.start:
        return b.start - a.end + 1
    if b.end <= a.start:
        return a.start - b.end + 1
    return 0


MAX_ALTERNATIVES = 16


def alternatives(matcher: Matcher) -> tuple[Required, ...]:
    """The rule's requirements as alternatives: an article that can match meets one of them.

    `required()` merges an OR's branches into one key set, which lets through an article
    with a branch's rarest word but not its others (`title:a OR (b AND c)` with only *c*).
    Kept apart, each branch's words are checked together; where the combinations of ORs
    inside ANDs grow past MAX_ALTERNATIVES, the merged requirement stands.
    Each alternative implies `required()`, so the rule index finds every article one fits.
    """
    if isinstance(matcher, AnyOf):
        found: list[Required] = []
        for child in matcher.children:
            branches = alternatives(child)
            if any(not branch for branch in branches):
                return ((),)  # a branch needs no word: any article may match
            found += branches
        return tuple(found) if len(found) <= MAX_ALTERNATIVES else (matcher.required(),)
    if isinstance(matcher, AllOf):
        combined: list[Required] = [()]
        for child in matcher.children:
            branches = alternatives(child)
            combined = [done + branch for done in combined for branch in branches]
            if len(combined) > MAX_ALTERNATIVES:
                return (matcher.required(),)
        return tuple(combined)
    return (matcher.required(),)
