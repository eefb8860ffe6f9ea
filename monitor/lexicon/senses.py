"""Sense selection: keep the equivalents of the sense a rule means (`strike AND workers`: Streik, not Schlag).

The dictionaries describe each equivalent's sense by glosses (English Wiktionary's
`work stoppage`, `physical blow`) and co-translations (the other English words a
Polish or Greek Wiktionary gives for the same sense: `blow, hit`). The rule's other
words are compared with them: first by shared word stems (`workers` ~ `work stoppage`),
then, where no stem is shared and a ranker is given (the multilingual sentence encoder,
`ranker.py`), by similarity of meaning: the encoder picks the sense, and an equivalent no route
glosses goes with the sense closest to it. Where nothing in the rule decides, the sense
best attested by the dictionaries (the most sources over its equivalents) is taken as
the most frequent one, and the selection says so: `decided_by` tells `rules check`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from monitor.lexicon.dictionary import WORD_RE, Translation, word_classes

STEM = 5  # letters compared: work ~ workers ~ working, not strike ~ stripe
STOP_WORDS = (
    "a an the of in on at to for from by with as or and not no any some that this which who into out up "
    "be is are was were being been to do does one's someone something used form kind type use"
)
STOP = frozenset(STOP_WORDS.split())


class Ranker(Protocol):
    def similarities(self, query: str, texts: Sequence[str]) -> list[float]: ...


@dataclass(frozen=True)
class Selection:
    kept: tuple[Translation, ...]
    decided_by: str  # "context" (stems shared), "ranker", "most attested sense", "one sense"
    senses: tuple[str, ...] = ()  # the glosses of every sense the dictionaries gave, in their order

    def chosen(self) -> tuple[str, ...]:
        """The glosses of the senses kept: what `rules check` says a one-word term was taken for."""
        return tuple(dict.fromkeys(g for t in self.kept for g in t.glosses))


@cache
def _stem(word: str) -> str:
    import simplemma

    lemma = simplemma.lemmatize(word.lower(), lang="en", low_memory=True)  # see dictionary._english_lemma
    return lemma[:STEM] if len(lemma) >= 3 else ""


def stems(text: str) -> frozenset[str]:
    return frozenset(s for w in WORD_RE.findall(text) if w.lower() not in STOP for s in [_stem(w)] if s)


def descriptions(translation: Translation) -> list[str]:
    return [*translation.glosses, *translation.cotranslations]


def select(
    term: str, found: Sequence[Translation], context: Iterable[str], ranker: Ranker | None = None
) -> Selection:
    """The equivalents of the sense that `context` (the rule's other words) points to."""
    if not found:
        return Selection((), "one sense")
    found = verbs_first(found) if past_form(term) else nouns_first(found)
    chosen = _select(term, found, context, ranker)
    return replace(chosen, senses=tuple(dict.fromkeys(g for t in found for g in t.glosses)))


def _select(
    term: str, found: Sequence[Translation], context: Iterable[str], ranker: Ranker | None
) -> Selection:
    own = stems(term)
    wanted = stems(" ".join(context)) - own
    if wanted:
        scores = {t: len(wanted & stems(" ".join(descriptions(t)))) for t in found}
        if max(scores.values()) > 0:
            return Selection(tuple(t for t in found if scores[t] > 0), "context")
        if ranker is not None:
            picked = _by_ranker(term, found, " ".join(context), ranker)
            if picked:
                return Selection(picked, "ranker")
    return most_attested(found)


SENSE_MARGIN = 0.05  # senses this close to the best are both taken
# Below this the encoder relates the rule's words to no sense (`test` beside "missile nuclear": 0.26 for
# "external calciferous shell"; `plant` beside "power nuclear": 0.22 for a living plant): it does not decide.
SENSE_FLOOR = 0.3


def _by_ranker(
    term: str, found: Sequence[Translation], context: str, ranker: Ranker
) -> tuple[Translation, ...]:
    """The equivalents of the sense the encoder finds closest to the rule's other words. The encoder
    judges the term's senses (the glosses), never an equivalent against another: an equivalent is
    of the senses its routes gloss it with, or, where none does (routes through the Polish and Greek
    Wiktionaries), of the sense closest to it in meaning (*carrera*: "contest", not "breed")."""
    from monitor.lexicon.dictionary import senses as term_senses

    glosses = list(dict.fromkeys(g for t in found for g in t.glosses)) or term_senses(term)
    if len(glosses) < 2:
        return ()
    scores = ranker.similarities(" ".join(WORD_RE.findall(context.replace("_", " "))), glosses)
    best = max(scores)
    if best < SENSE_FLOOR:
        return ()
    chosen = {g for g, score in zip(glosses, scores, strict=True) if score >= best - SENSE_MARGIN}

    def sense_of(t: Translation) -> set[str]:
        if t.glosses:
            return set(t.glosses)
        closeness = ranker.similarities(t.text, glosses)
        return {glosses[closeness.index(max(closeness))]}

    picked = tuple(t for t in found if sense_of(t) & chosen)
    if not any(len(t.sources) >= 2 for t in picked) and any(len(t.sources) >= 2 for t in found):
        return ()  # a sense with no agreed equivalent: the encoder is not sure enough to cost the rule it
    return picked


NOUNS = frozenset({"n", "pn"})


def proper_noun(parts: frozenset[str] | set[str]) -> bool:
    """Whether a route gives the word as a proper noun: `pn`, or with its gender (`pn, masc`, as
    Wiktionary's German entries have it: *Kreml*)."""
    return "pn" in word_classes(parts)


def nouns_first(found: Sequence[Translation]) -> Sequence[Translation]:
    """A term the dictionaries know as a noun is read as that noun: rules name things (`strike`, the
    stoppage, not *raakte* "struck"; `novel`, the book, not *nouveau* "new"). Equivalents whose
    routes give no part of speech (CEDICT, JMdict) stay, and so do verbs two routes agree on where
    the dictionaries tell no senses apart (`arrest`: *detener* with *arresto*)."""
    if not any(t.parts & NOUNS for t in found):
        return found
    glossed = any(t.glosses for t in found)
    return [
        t
        for t in found
        if not t.parts or t.parts & NOUNS or (not glossed and "v" in t.parts and len(t.sources) >= 2)
    ]


def past_form(term: str) -> bool:
    """An English past form (`died`, `invaded`; not `red` or `need`, their own lemmas) is a verb's."""
    if " " in term or not term.islower() or not term.endswith("ed"):
        return False
    import simplemma

    return simplemma.lemmatize(term, lang="en", low_memory=True) != term


def verbs_first(found: Sequence[Translation]) -> Sequence[Translation]:
    """A rule that writes a verb's past (`died`) means the verb: *sterben*, not the noun's *Würfel*.
    Equivalents whose routes give no part of speech stay, as in `nouns_first`."""
    if not any("v" in t.parts for t in found):
        return found
    return [t for t in found if not t.parts or "v" in t.parts]


def most_attested(found: Sequence[Translation]) -> Selection:
    """The senses whose best equivalent has the most sources, then whose agreed equivalents have the
    most sources together (several when they tie); unglossed equivalents that agree stay. Summing
    every equivalent's sources let a sense with many single-route synonyms win over the one every
    route gives (Japanese *ダム*, 3 sources, lost to "female parent", メス 3 + 牝 1 + 雌 1; *年金* to
    "boarding house"; *マラソン* to the Greek town); the best one alone leaves ties that the agreed
    synonyms break (`trials`: *essai* 4, *épreuve* 3, *expérience* 2 against *procès* 4)."""
    weight: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for translation in found:
        for gloss in _attested(translation):
            most, total = weight[gloss]
            agreed = len(translation.sources) if len(translation.sources) >= 2 else 0
            weight[gloss] = (max(most, len(translation.sources)), total + agreed)
    if len(weight) <= 1:
        return Selection(tuple(found), "one sense")
    best = max(weight.values())
    top = {g for g, w in weight.items() if w == best}
    kept = tuple(t for t in found if top & set(_attested(t)) or (not _attested(t) and len(t.sources) >= 2))
    return Selection(kept, "most attested sense")


def _attested(translation: Translation) -> tuple[str, ...]:
    """Every gloss a route gave `translation`, a pivot's other senses included: what a rule with no word
    to choose by is weighed on. Cut to the glosses its routes support (`dictionary._own_glosses`), one
    source more made German *Orgel* (the instrument, five routes) the only equivalent of `organ` beside
    *Organ* (four), and Polish *strajkować* that of `strike` beside *strajk*: development terms 76.7/82.7
    -> 76.3/83.0% recall and precision; keeping too every sense one source behind the best, 77.7/81.9%."""
    return translation.attested or translation.glosses
