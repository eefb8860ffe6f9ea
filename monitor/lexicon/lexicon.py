"""The lexicon: every way a rule term reaches an article's language, each with its evidence.

One mechanism for rule compilation, `rules check`, `rules expand` and story grouping.
`Lexicon.expand` takes a rule term and an article language and answers:

- what the term is (word, name, acronym: `terms.classify`);
- its variants in that language, from every source, each with its evidence (curated
  concept pack and gazetteer; the dictionary for words; name sources and transcription
  for names), split into those the rule's `expansion` admits and those it does not;
- whether the term's own spelling may match there (the look-alike guard, for words).

Sources plug in as small protocols, so the pack alone works and each further source
(the dictionary, name sources) adds variants without a second mechanism.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from monitor.analysis import Analyzer
from monitor.concepts import ConceptBook, slug
from monitor.lexicon import Evidence, Variant
from monitor.lexicon.frequency import FREQUENCIES, Frequencies
from monitor.lexicon.guard import Guarded, NameContext, literal
from monitor.lexicon.terms import CAPITALISED_NOUNS, Kind, TermClass, classify, is_capitalised

if TYPE_CHECKING:
    from monitor.lexicon.senses import Selection

# How much more common a word may be in the article's language than in the rule's and still count as
# borrowed when no source translates it (development terms: blockchain, influencer, startup).
BORROWED_MARGIN = 0.3


class Expansion(StrEnum):
    """How far down the evidence scale a rule reaches (`expansion:` per rule and default)."""

    STRICT = "strict"  # curated and agreeing variants only
    NORMAL = "normal"  # and, for names, one name source and transcription
    BROAD = "broad"  # and single-source words

    def admits(self, evidence: Evidence, kind: Kind) -> bool:
        if evidence >= Evidence.AGREE:
            return True
        if self is Expansion.STRICT or evidence is Evidence.RANKED:
            return False  # a ranker alone is never enough
        if kind is Kind.NAME:
            return True  # a name has no other way to be found than its variants
        return self is Expansion.BROAD and evidence is Evidence.SOURCE


class WordSource(Protocol):
    """Equivalents of a word in another language (the dictionary)."""

    def variants(
        self, term: str, source: str, target: str, context: Sequence[str] = (), *, name: bool = False
    ) -> list[Variant]: ...

    def sense(self, term: str, source: str, target: str, context: Sequence[str] = ()) -> Selection:
        """The sense `term` is taken in there, and what chose it (`rules check`)."""
        ...

    def untranslated(self, term: str, source: str) -> bool:
        """Do the dictionaries leave `term` untranslated in most languages they cover well?"""
        ...

    def knows(self, word: str, language: str) -> bool: ...

    def means(self, word: str, language: str, into: str) -> tuple[str, ...]:
        """What `word` of `language` mostly means, in `into` (`rules check` says why it is left out)."""
        ...


class NameSource(Protocol):
    """How another language writes a name (name sources and transcription)."""

    def variants(self, name: str, target: str, source: str = "en") -> list[Variant]: ...

    def written(self, name: str, target: str) -> list[Variant]:
        """How a source writes a name that is translated (no transcription): 奥运会 for Olympic Games."""
        ...

    def known(self, text: str, language: str) -> bool: ...

    def context(self, text: str, language: str) -> NameContext | None:
        """Where a one-word variant is also a common word of `language`: how its hits are told apart."""
        ...


@dataclass(frozen=True)
class Expanded:
    """What one rule term gets in one article language."""

    term: str
    kind: TermClass
    variants: tuple[Variant, ...]  # admitted by the rule's expansion
    excluded: tuple[Variant, ...]  # known, but below the rule's expansion
    literal: Guarded  # may the term's own spelling match here
    concepts: tuple[str, ...] = ()  # concept pack entries it stands for
    borrowed: bool = False  # a word the article's language borrows as written: it inflects it as its own


@dataclass
class Lexicon:
    book: ConceptBook
    analyzer: Analyzer
    frequencies: Frequencies = FREQUENCIES
    words: WordSource | None = None
    names: NameSource | None = None
    _cache: dict[tuple[object, ...], Expanded] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def classify(
        self, text: str, language: str, *, exact: bool = False, override: Kind | None = None
    ) -> TermClass:
        return classify(
            text,
            language,
            exact=exact,
            override=override,
            pack_word=self._pack_word,
            pack_place=self._pack_place,
            known_name=self.names.known if self.names else (lambda text, language: False),
            known_word=self._known_word,
            zipf=self.frequencies.zipf,
        )

    def expand(
        self,
        text: str,
        rule_language: str,
        article_language: str,
        *,
        exact: bool = False,
        wildcard: bool = False,
        override: Kind | None = None,
        context: tuple[str, ...] = (),
        level: Expansion = Expansion.NORMAL,
    ) -> Expanded:
        key = (text, rule_language, article_language, exact, wildcard, override, context, level)
        with self._lock:
            found = self._cache.get(key)
        if found is None:
            found = self._expand(
                text, rule_language, article_language, exact, wildcard, override, context, level
            )
            with self._lock:
                self._cache[key] = found
        return found

    def _expand(
        self,
        text: str,
        rule_language: str,
        article_language: str,
        exact: bool,
        wildcard: bool,
        override: Kind | None,
        context: tuple[str, ...],
        level: Expansion,
    ) -> Expanded:
        kind = self.classify(text, rule_language, exact=exact, override=override)
        if kind.kind is Kind.EXACT:
            return Expanded(text, kind, (), (), Guarded(True))
        concepts = (
            self.book.find_stem(text, rule_language).concepts
            if wildcard
            else self.book.find(text, rule_language)
        )
        if kind.kind is Kind.NAME:
            # A name stands for itself, not for a category it belongs to: `Bundesbank` is a member
            # of the concept of central banks, whose other members (the Fed, the ECB) it is not. Its own
            # concept is named after it or after its initials (World Health Organization: `who`, whose
            # members are ВОЗ, OMS, 世界卫生组织).
            own = slug(text)
            concepts = [c for c in concepts if c.place or c.name == own or _named_by_initials(c.name, text)]
        found: list[Variant] = []
        written: list[Variant] = []
        for concept in concepts:
            origin = f"places:{concept.name}" if concept.place else f"pack:{concept.name}"
            for member in self.book.members(concept, article_language):
                found.append(Variant(member.text, article_language, Evidence.CURATED, (origin,)))
        if article_language != rule_language and not wildcard:
            if kind.kind is Kind.NAME and found:
                # The pack writes this name here: a name list may add its spellings (غزه beside غزة), but a
                # guess from its sounds or a dictionary's sense of its letters (غزا "invaded", Gaze) may not.
                if self.names is not None:
                    found += [
                        v
                        for v in self.names.variants(text, article_language, rule_language)
                        if v.evidence >= Evidence.SOURCE
                    ]
            elif kind.kind is Kind.NAME and not kind.translated:
                if self.names is not None:
                    found += self.names.variants(text, article_language, rule_language)
                if self.words is not None:  # names the dictionaries translate: Olympics, Beijing -> Peking
                    found += self.words.variants(text, rule_language, article_language, context, name=True)
            else:
                if kind.kind in (Kind.NAME, Kind.ACRONYM) and self.names is not None:  # 奥运会, 台积电
                    written = self.names.written(text, article_language)
                    found += written
                if kind.kind is Kind.NAME and self.names is not None:  # a person too: Henry Hale, Генри Хейл
                    found += self.names.variants(text, article_language, rule_language)
                if self.words is not None:
                    words = self.words.variants(text, rule_language, article_language, context)
                    if kind.kind is Kind.ACRONYM:  # its letters' word's function words are not it (WHO: кто)
                        words = [v for v in words if v.alone]
                    found += words
        variants = _merged(found)
        # An acronym's name as a name source writes it is the name's own writing (台积电 for TSMC).
        named = {v.text for v in written} if level is not Expansion.STRICT else set()
        admitted = tuple(v for v in variants if level.admits(v.evidence, kind.kind) or v.text in named)
        excluded = tuple(v for v in variants if v not in admitted)
        borrowed = (
            kind.kind is Kind.WORD
            and article_language != rule_language
            and not admitted  # a guess the rule does not take (Romanian *influent*) does not translate it
            and self._borrowed(text, rule_language, article_language)
        )  # matched as written, with the article language's endings
        literal = (
            Guarded(True)
            if borrowed
            else self._literal(text, rule_language, article_language, kind, tuple(variants))
        )
        return Expanded(text, kind, admitted, excluded, literal, tuple(c.name for c in concepts), borrowed)

    def _literal(
        self,
        text: str,
        rule_language: str,
        article_language: str,
        kind: TermClass,
        variants: tuple[Variant, ...],
    ) -> Guarded:
        if article_language == rule_language or kind.kind is not Kind.WORD:
            return Guarded(True)
        if self.frequencies.knows(rule_language) and self.frequencies.zipf(text, rule_language) == 0:
            return Guarded(True)  # no word of the rule's language (北京, Erdbeben in an English rule)
        forms = [t.form for t in self.analyzer.analyse(text, rule_language).tokens]
        linked = {
            t.form
            for v in variants
            if " " not in v.text.strip()
            for t in self.analyzer.analyse(v.text.lstrip("=").rstrip("*"), article_language).tokens
        }
        guard = literal(forms, article_language, linked, self.frequencies.zipf)
        if guard.allowed or self.words is None:
            return guard
        return replace(guard, means=self._means(guard.lookalike, article_language, rule_language))

    def _means(self, word: str, language: str, into: str) -> tuple[str, ...]:
        """What a look-alike means, from the dictionaries: its own entry, else its lemma's (German
        *war* has none; its lemma *sein* means "be")."""
        assert self.words is not None
        found = self.words.means(word, language, into)
        for token in self.analyzer.analyse(word, language).tokens[:1] if not found else ():
            for lemma in token.keys[1:]:
                found = found or self.words.means(lemma, language, into)
        return found

    def _borrowed(self, text: str, rule_language: str, article_language: str) -> bool:
        """A word that no source translates into the article's language, that the dictionaries leave
        untranslated in most languages (new and technical words: `blockchain`, `influencer`; not `dam`
        or `data`) and that is no more common there than in the rule's language, is that language's
        loan of it, not a look-alike."""
        zipf = self.frequencies.zipf
        if zipf(text, article_language) > zipf(text, rule_language) + BORROWED_MARGIN:
            return False
        return self.words is not None and self.words.untranslated(text, rule_language)

    def _known_word(self, word: str, language: str) -> bool:
        """A dictionary's word that is no personal name (`Sophie Martin` is someone, not translated)."""
        from monitor.lexicon.namesources import personal_name

        return self.words is not None and self.words.knows(word, language) and not personal_name(word)

    def _pack_word(self, text: str, language: str) -> bool:
        """A word of the concept pack: a member (or concept name) the pack writes in lower case, as a
        common word is (`police`); a member it capitalises (`Bundesbank`, `OpenAI`) is a name."""
        folded = self.analyzer.fold(text, language)
        for concept in self.book.find(text, language):
            if concept.place:
                continue
            spelled = [
                " ".join(m.words)
                for m in self.book.members(concept, language)
                if self.analyzer.fold(" ".join(m.words), language) == folded
            ]
            if spelled:  # the pack's own spelling decides: `Gaza` is a name though its concept is `gaza`
                if not all(is_capitalised(s) for s in spelled) or language in CAPITALISED_NOUNS:
                    return True
                continue
            if concept.name.replace("_", " ") == folded or language in CAPITALISED_NOUNS:
                return True
        return False

    def _pack_place(self, text: str, language: str) -> bool:
        return any(c.place for c in self.book.find(text, language))


def _merged(variants: list[Variant]) -> list[Variant]:
    """One variant per text: the strongest evidence, the sources of all; two sources agreeing is AGREE."""
    best: dict[str, Variant] = {}
    for variant in variants:
        seen = best.get(variant.text)
        if seen is None:
            best[variant.text] = variant
            continue
        sources = tuple(dict.fromkeys((*seen.sources, *variant.sources)))
        evidence = max(seen.evidence, variant.evidence)
        if (
            evidence < Evidence.AGREE
            and len(sources) > 1
            and Evidence.SOURCE in (seen.evidence, variant.evidence)
        ):
            evidence = Evidence.AGREE
        alone = seen.alone or variant.alone  # a source that gives it as no function word
        best[variant.text] = Variant(variant.text, variant.language, evidence, sources, alone)
    return list(best.values())


def _named_by_initials(concept: str, name: str) -> bool:
    """Whether a concept's name is the initials of a name of three words or more (who: World Health
    Organization; not central_bank: Federal Reserve)."""
    from monitor.lexicon.namesources import spells_initials

    if not concept.isalpha() or len(concept) < 3 or len(name.split()) < 3:
        return False
    return spells_initials(concept.upper(), name)
