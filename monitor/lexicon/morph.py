"""Russian and Ukrainian morphology from pymorphy3's dictionaries (OpenCorpora's for Russian, the
VESUM-based one for Ukrainian): a word form's readings, each a lemma, a part of speech and its case,
and whether the dictionary marks it as a name (a surname, given name, patronymic, place or body).

The lemma tables (`analysis.lemmas`) read a form to one lemma and lose which reading it is: *Шахты* is
the town, and *шахты* the mines' nominative and the mine's genitive. Rule compilation asks this, where
a name's one-word spelling is also a common word; a daemon between compilations only matches, so each
analyser (about 20 MB) is loaded on first use and released once idle (`idle.Idle`).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.lexicon.idle import Idle

LANGUAGES = frozenset({"ru", "uk"})
# the dictionaries' marks of a proper noun's reading: surname, given name, patronymic, place, body,
# trade mark, abbreviation, initial
NAME_MARKS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
# a common noun's: surnames in -ский, -ный decline as adjectives, and the dictionaries list many as one
# (*навальный*, *зеленський*: adjectives of places), so an adjective's reading says nothing of a word
COMMON_PARTS = frozenset({"NOUN"})
# Ukrainian's dictionary marks surnames and given names but lists towns as it does common nouns (*херсон*,
# *суми*: no Geox), and gives every reading the same weight: a form it reads as a common noun tells a word
# from a name only where it also reads it as a name's (*коваль*: the blacksmith, and the surname)
UNMARKED_PLACES = frozenset({"uk"})


@dataclass(frozen=True)
class Reading:
    """One dictionary reading of a form."""

    lemma: str
    part: str  # OpenCorpora's part of speech (NOUN, ADJF, VERB...), "" if none
    case: str  # nomn, gent, ...; "" for a form without case
    name: bool  # marked as a proper noun's (`NAME_MARKS`)
    score: float  # pymorphy's estimate of this reading's share (Russian; 1.0 for each in Ukrainian)


_analysers: dict[str, Any] = {}
_lock = threading.Lock()


def release() -> None:
    """Free the analysers now: a compilation that is over asks nothing more (`RuleSet.for_language`),
    and the 2 s the idle timer would wait hold about 40 MB at a daemon's start, beyond its memory goal."""
    with _lock:
        if not _analysers:
            return  # nothing held: no collection to pay
        _analysers.clear()
    gc.collect()
    _trim()


def _trim() -> None:
    """Hand the freed heap back to the system (glibc's `malloc_trim`; nothing elsewhere): the analyser's
    many small objects leave the heap's top in use otherwise, and the process keeps their pages."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# Reloading an analyser takes a tenth of a second (the dictionary tables' reopening, `idle.IDLE_SECONDS`,
# far more): it is held only while a compilation's burst of questions lasts.
IDLE_SECONDS = 2.0
_idle = Idle(release, IDLE_SECONDS)


def _analyser(language: str) -> Any | None:
    """The language's analyser, loaded on first use; None where pymorphy3 or its dictionary is missing."""
    with _lock:
        if language not in _analysers:
            try:
                import pymorphy3

                _analysers[language] = pymorphy3.MorphAnalyzer(lang=language)
            except (ImportError, ValueError, OSError):
                _analysers[language] = None
        analyser = _analysers[language]
    _idle.touch()
    return analyser


def _parses(word: str, language: str) -> list[Any]:
    """pymorphy3's parses of `word` (lower-cased, as the dictionaries list forms) that its dictionary
    knows; none for a language without an analyser (no guessed readings)."""
    if language not in LANGUAGES:
        return []
    analyser = _analyser(language)
    if analyser is None:
        return []
    return [parse for parse in analyser.parse(word.lower()) if parse.is_known]


def readings(word: str, language: str) -> tuple[Reading, ...]:
    """The dictionary's readings of `word`; none for a language without an analyser or a word the
    dictionary does not know."""
    return tuple(
        Reading(
            parse.normal_form,
            parse.tag.POS or "",
            parse.tag.case or "",
            bool(NAME_MARKS & parse.tag.grammemes),
            float(parse.score),
        )
        for parse in _parses(word, language)
    )


def common_nominative(word: str, language: str) -> tuple[str, ...]:
    """The lemmas of the common nouns `word` is the nominative of (*шахты*: шахта; *курган*;
    *щастя*), where those readings weigh at least as much as the name's (Russian *Трамп*: a tramp steamer
    in 1 reading of 9, a surname in the rest, is no common word; Ukrainian's readings all weigh 1,
    and a form it marks as no name's may be a town's: none there; *Песков* is the sands' genitive, no
    nominative, so the subject opening a sentence is the name)."""
    found = readings(word, language)
    common = [r for r in found if not r.name and r.part in COMMON_PARTS]
    if language in UNMARKED_PLACES:
        if not any(r.name for r in found):
            return ()  # a town or a word: the dictionary does not say
    elif sum(r.score for r in common) < sum(r.score for r in found if r.name):
        return ()
    return tuple(dict.fromkeys(r.lemma for r in common if r.case == "nomn"))


def plural_forms(word: str, language: str) -> frozenset[str]:
    """The forms of the common noun `word` (lower case, its nominative singular) that are only its plural's
    (Ukrainian *дно*, bottom: *ден*, *днам*, *днах*, but not *дна*, also the singular's genitive). A
    one-word name spelled as the noun (the Russian town *Дно*) is singular: the lemma table reads those
    forms back to the noun (*Ден*, Dan, a given name, to *дно*), and a hit on them is never the name's."""
    plural: set[str] = set()
    singular: set[str] = set()
    for parse in _parses(word, language):
        tag = parse.tag
        if parse.normal_form != word.lower() or tag.POS != "NOUN":
            continue
        if NAME_MARKS & tag.grammemes or tag.number == "plur" or "Pltm" in tag.grammemes:
            continue
        for form in parse.lexeme:
            (plural if form.tag.number == "plur" else singular).add(form.word)
    return frozenset(plural - singular)


def common_forms(word: str, language: str) -> frozenset[str]:
    """The forms the dictionary gives the common noun or adjective whose lemma is `word` (lower case):
    Ukrainian *оливка*: *оливок*, *оливкам*, which endings added by rule (`words.ENDINGS`) miss (a plural's
    genitive without ending, its inserted vowel) and simplemma's table does not lead back to the lemma.
    Never a name's forms, nor those of another lemma spelled alike."""
    found: set[str] = set()
    for parse in _parses(word, language):
        tag = parse.tag
        if parse.normal_form != word.lower() or tag.POS not in ("NOUN", "ADJF") or NAME_MARKS & tag.grammemes:
            continue
        found.update(form.word for form in parse.lexeme)
    return frozenset(found)


# the marks of a name whose case forms the dictionary gives: a place's (Шахты: Шахт), a surname's, a
# given name's
INFLECTED_MARKS = frozenset({"Geox", "Surn", "Name"})


def name_forms(word: str, language: str) -> frozenset[str]:
    """The case forms the dictionary gives a name spelled `word` (its nominative, capitalised), as
    written: the town *Шахты*: *Шахт*, *Шахтам*; *Орёл*: *Орла*, which endings added by rule miss (a
    plural's genitive without ending, a vowel that drops). Only the name's own readings (a place,
    a surname, a given name whose lemma is `word`), never a common noun's spelled alike (*шахта*)."""
    if " " in word or not word[:1].isupper():
        return frozenset()
    low = word.lower()
    forms: set[str] = set()
    for parse in _parses(low, language):
        tag = parse.tag
        if parse.normal_form != low or tag.case != "nomn":
            continue
        if not INFLECTED_MARKS & tag.grammemes:
            continue
        number = tag.number
        forms.update(f.word for f in parse.lexeme if f.tag.number == number and f.tag.gender == tag.gender)
    return frozenset(f[:1].upper() + f[1:] for f in forms if f != low)


VOWELS = "аеёиоуыэюяіїє"
GIVEN_EDITS = 2  # vowels dropped or changed between a transcription's given name and the language's own
GIVEN_MORE_USED = 1.0  # how much more the language's own given name is used (zipf) than the transcription


def given_name(word: str, language: str, zipf: Callable[[str, str], float]) -> str | None:
    """The language's own given name (the dictionary's nominative marked Name) that `word`, a given name
    transcribed from English letters, differs from only in at most `GIVEN_EDITS` vowels changed (one dropped),
    and which its news uses far more (`zipf`; the most used of them): *Александер*, Alexander read letter
    by letter, is Russian *Александр*, Ukrainian *Олександр*, which the press writes for a Russian, a
    Belarusian or a Finn of that name (Александр Лукашенко, Александр Стубб). Its consonants stay (*Майкл*
    never becomes *Михаил*), and a name its news already uses keeps its own (*Анна*, not *Инна*)."""
    if language not in LANGUAGES or " " in word or len(word) < 3:
        return None
    low = word.lower()
    least = max(zipf(low, language) + GIVEN_MORE_USED, GIVEN_USED_ZIPF)
    seen = {low}
    frontier = [low]
    for _ in range(GIVEN_EDITS):
        frontier = [e for w in frontier for e in _vowel_edits(w) if e not in seen]
        seen.update(frontier)
    # one vowel dropped at most (*Юлия* is no *Ли*)
    kept = {c for c in seen - {low} if len(c) >= len(low) - 1}
    used = sorted((-zipf(c, language), c) for c in kept if zipf(c, language) >= least)
    for _, candidate in used:
        if any(
            parse.normal_form == candidate and "Name" in parse.tag.grammemes and parse.tag.case == "nomn"
            for parse in _parses(candidate, language)
        ):
            return candidate[:1].upper() + candidate[1:]
    return None


GIVEN_USED_ZIPF = 3.0  # a given name's own spelling at least this used in its news


def _vowel_edits(word: str) -> list[str]:
    """`word` with one vowel dropped or changed into another."""
    edits = []
    for i, letter in enumerate(word):
        if letter not in VOWELS:
            continue
        edits.append(word[:i] + word[i + 1 :])
        edits.extend(word[:i] + v + word[i + 1 :] for v in VOWELS if v != letter)
    return edits


def wait_idle(timeout: float | None = None) -> None:
    """Until a pending release has run (tests, benchmarks)."""
    _idle.wait(timeout)
