"""Which languages the matcher supports, and how well: tokeniser, lemmas, detection, word frequencies.

A language is supported when its articles can be cut into words and matched; it is
supported *fully* when its words also find their other forms (a lemma table), lingua
can detect it in articles that do not declare it, and wordfreq knows how common its
words are (the look-alike guard and the line between names and common words), and a
dictionary reaches it from English (rule words outside the concept pack get equivalents
there; `equivalents`). Anything less is *partial*, and `support(code).missing()` says what
is missing, for `monitor check` and the start-up summary to say so rather than to fall silent.

`LANGUAGES` is the one list: undeclared articles are detected among it by default
(`monitor.concepts.supported_languages`). It holds the news languages that at least
two of the sources cover, not every code a source knows (simplemma also has Latin and
Middle English; detecting among those would only add wrong guesses). Welsh is left out
for that reason: among these languages lingua took the German headline *Erdbeben in
Japan* for Welsh (48%), and it adds nothing to the multilingual sets' detection.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from monitor.analysis.compounds import RULES as COMPOUND_RULES
from monitor.analysis.lemmas import LemmaSource, lemma_sources

# The concept pack's 14, then the others by region of the world.
LANGUAGES = (
    *("en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "nl", "tr", "ar", "zh", "ja"),
    *("cs", "sk", "sl", "hr", "sr", "bg", "mk", "ro", "hu", "el", "sq"),
    *("da", "sv", "nb", "fi", "is", "et", "lv", "lt", "ga", "ca"),
    *("he", "fa", "ur", "hi", "bn", "ta", "hy", "ka"),
    *("ko", "vi", "id", "ms", "tl", "sw"),
)

# The languages that write their own words in the Latin alphabet (Serbian, written in both, counts
# with Cyrillic: its news sites mostly are). Elsewhere a Latin spelling is a foreign word itself
# (Greek *smartphone*), never a look-alike of the language's own words (`lexicon.guard`), and a
# loanword is read out of another script (`lexicon.sources.loans`).
LATIN_WRITTEN = frozenset(
    {"en", "de", "fr", "es", "it", "pt", "pl", "nl", "tr", "cs", "sk", "sl", "hr", "ro", "hu", "sq"}
    | {"da", "sv", "nb", "fi", "is", "et", "lv", "lt", "ga", "ca", "vi", "id", "ms", "tl", "sw"}
)
# Thai is no language of the list (it needs extras) but articles may declare it.
OTHER_SCRIPTS = frozenset({*LANGUAGES, "th"}) - LATIN_WRITTEN

Tokeniser = Literal["spacy", "spaces", "characters"]
# Languages without a tokeniser of their own in spaCy, or whose blank pipeline needs packages
# we do not install (ko: mecab, vi: pyvi, th: pythainlp, ja: SudachiPy), are split on spaces
# and punctuation by spaCy's multi-language tokeniser. Chinese and Japanese are then split
# into characters (`analyzer.split_cjk`; spaCy's Chinese segmenter cuts Latin words into letters).
CHARACTERS = frozenset({"zh", "ja"})
# Chinese and Vietnamese do not inflect; Japanese is matched by characters, so a term's
# characters are found inside the inflected word. They need no lemmas.
UNINFLECTED = frozenset({"zh", "ja", "vi"})
NEEDS_EXTRAS = frozenset({"ko", "vi", "th"})
# How rule words outside the concept pack reach a language: a dictionary (shipped, or read where
# installed), only as cognates of its relatives' equivalents (`lexicon.dictionary.KIN`), only as the
# international words it borrows (`lexicon.dictionary.LOANS`), or not at all.
Equivalents = Literal["dictionary", "cognates", "loans", "none"]


@dataclass(frozen=True)
class Support:
    """How well one language is supported; `partial` when something is missing."""

    language: str
    tokeniser: Tokeniser  # spacy: spaCy's rules for the language; spaces: spaces and punctuation
    lemmas: tuple[LemmaSource, ...]  # where a word's other forms come from, asked in turn; (): forms only
    detection: bool  # lingua can detect it in articles that declare no language
    frequencies: bool  # wordfreq knows its words (look-alike guard, names, compounds)
    compounds: bool = False  # compounds are split into their parts
    equivalents: Equivalents = "dictionary"  # how rule words outside the pack reach it

    @property
    def supported(self) -> bool:
        return self.language in LANGUAGES

    @property
    def partial(self) -> bool:
        return bool(self.missing())

    def missing(self) -> tuple[str, ...]:
        """What this language lacks, as phrases a user can read ("no lemmas")."""
        gaps = []
        if not self.supported:
            gaps.append("not a supported language")
        if self.language == "ko":
            gaps.append("no lemmas: nouns lose their particles, verbs match only in the form written")
        elif not self.lemmas and self.language not in UNINFLECTED:
            gaps.append("no lemmas: words match only in the form written")
        if not self.detection:
            gaps.append("not detected: articles must declare it or their feed must set `language:`")
        if not self.frequencies:
            gaps.append("no word frequencies: no look-alike guard")
        if self.equivalents == "none":
            gaps.append(
                "no dictionary: rule words outside the concept pack find nothing there (names and places do)"
            )
        elif self.equivalents == "cognates":
            gaps.append(
                "no dictionary of its own: rule words outside the concept pack only through a related "
                "language's equivalents"
            )
        elif self.equivalents == "loans":
            gaps.append(
                "no dictionary: rule words outside the concept pack only where it borrows an international "
                "word (telescope, marathon)"
            )
        return tuple(gaps)

    def describe(self) -> str:
        """One line for `monitor check`: `ko: partial (no lemmas: ...)` or `de: full`."""
        gaps = self.missing()
        return f"{self.language}: " + (f"partial ({'; '.join(gaps)})" if gaps else "full")


@cache
def support(language: str) -> Support:
    """How `language` (an ISO 639-1 code) is supported; any code gets an answer."""
    from monitor.analysis.detect import lingua_languages
    from monitor.lexicon.frequency import frequency_languages

    code = language.lower()
    return Support(
        language=code,
        tokeniser=tokeniser(code),
        lemmas=lemma_sources(code),
        detection=code in lingua_languages(),
        frequencies=code in frequency_languages(),
        compounds=code in COMPOUND_RULES,
        equivalents=equivalents(code),
    )


@cache
def equivalents(code: str) -> Equivalents:
    """How English rule words outside the concept pack reach `code`: through a dictionary (the shipped
    extracts, CC-CEDICT, or FreeDict's where installed), only as cognates of a related language's
    equivalents, only as the international words it borrows, or not at all."""
    from monitor.lexicon.dictionary import KIN, LOANS, SINO, languages

    reached = languages() | {"en"}
    if code in reached:
        return "dictionary"
    relatives = (*KIN.get(code, ()), *SINO.get(code, ()))
    if any(r in reached for r in relatives):
        return "cognates"
    return "loans" if code in LOANS else "none"


@cache
def tokeniser(code: str) -> Tokeniser:
    """Which tokeniser `code` gets: spaCy's own for the language where it loads without extras."""
    if code in CHARACTERS:
        return "characters"
    if code in NEEDS_EXTRAS:
        return "spaces"
    from spacy.util import get_lang_class

    try:
        get_lang_class(code)
    except Exception:  # no such language in spaCy
        return "spaces"
    return "spacy"
