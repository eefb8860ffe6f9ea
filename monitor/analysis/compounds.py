"""Compound splitting for German, Dutch, Swedish, Danish and Norwegian, checked against word frequencies.

These languages write compounds as one word: *Halbzeitwahlen* (mid-term elections),
*Masernausbruch* (measles outbreak), *krigsfartyg* (warship). A rule on `Wahl`,
`Ausbruch` or `fartyg` should find them, so an article's compound also offers its
parts as keys at its position (`analyzer.Part`).

A word is split only into known words: each part must be in wordfreq's list for the
language (`monitor.lexicon.frequency`) at least `MIN_PART_ZIPF` frequent and at least
`MIN_PART` letters long (`MIN_SHORT_PART` letters when it is very common: *Amt*, *Rat*,
*Tag*), with the language's linking elements between them (*Bund-es-regierung*,
*krig-s-fartyg*, *Schul(e)-buch*). Among the ways to split, the one whose parts are
most frequent on average wins (Koehn and Knight's geometric mean; fewer parts break
ties). Three guards keep words whole:

- a word that other languages know too (English or French wordfreq lists): a place
  or person (*Rostock*, *Mannheim*, *Bernstein*) or a loanword (*Kindergarten*);
- a word much more frequent than its best split (`WHOLE_MARGIN`): a word in its own
  right that merely looks like two (*Verband* is no *Ver-band*, *Heimat* no *Heim-at*);
- what `is_name` says is a name (a hook for the names lexicon).

Splitting a new word costs a few dozen table lookups; `Splitter` remembers every word
and substring it has seen, so a word costs that once per process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

MIN_PART = 4  # letters of a part
MIN_SHORT_PART = 3  # ... or this many when the part is very common (Amt, Rat, Tag)
SHORT_PART_ZIPF = 4.5
MIN_PART_ZIPF = 3.0  # a part must be at least this common (Zipf scale: 3 = weekly in the news)
WHOLE_MARGIN = 1.0  # a word this much more common than its split's mean stays whole
MAX_PARTS = 4
NAME_LANGUAGES = ("en", "fr")  # a word these know too is a name or a loanword
MAX_REMEMBERED = 200_000
LEXICALISED_ZIPF = 3.5  # a word this common that begins with a function word is a word of its own (Ausland)
ENGLISH_STOP_WORDS = frozenset({"and", "the", "was", "for", "you", "are", "not", "but", "his", "her", "its"})


@dataclass(frozen=True)
class Rules:
    """A language's linking elements (between parts) and the endings a modifier drops."""

    links: tuple[str, ...]
    dropped: tuple[str, ...]  # Schul-buch is Schule's: the modifier lost its -e
    capitalise: bool = False  # German nouns: a part is looked up capitalised for its lemma


RULES = {
    "de": Rules(("s", "es", "n", "en", "e", "er", "ens", "nen"), ("e",), capitalise=True),
    "nl": Rules(("s", "e", "en", "er"), ()),
    "sv": Rules(("s", "a", "o", "u", "e"), ("a", "e")),
    "da": Rules(("s", "e"), ("e",)),
    "nb": Rules(("s", "e"), ("e",)),
}


@dataclass(frozen=True)
class Piece:
    """One part of a compound: where it stands in the word, and the word it is."""

    start: int
    end: int  # the part's letters in the word, without the linking element after it
    word: str  # the part as a word (lower case; a dropped ending restored: schule)


Cut = tuple[int, int, str, float]  # a part's start, end, word and Zipf


def stop_words(language: str) -> frozenset[str]:
    """spaCy's function words of the language: they begin compounds (Zwischenwahlen) but are no heads."""
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(language).Defaults.stop_words)


def vocabulary(language: str) -> dict[str, float]:
    """The words that can be parts: wordfreq's at least MIN_PART_ZIPF common, lower case, in memory.

    About 30,000 words per language (a few MB): a split asks for a hundred substrings, so
    they are looked up in a dict, not in a table file. Converted once in a child process.
    """
    from importlib import metadata

    from monitor.tablecache import cached_table

    version = metadata.version("wordfreq")
    table = cached_table(f"compound-parts-{language}-{version}", _vocabulary_rows, language)
    return {word: float(zipf) for word, zipf in table.items()}


def _vocabulary_rows(language: str) -> list[tuple[str, str]]:
    import wordfreq

    found: dict[str, str] = {}
    for centibels, bucket in enumerate(wordfreq.get_frequency_list(language)):
        zipf = 9 - centibels / 100
        if zipf < MIN_PART_ZIPF:
            break
        for word in bucket:
            if word.isalpha():
                found.setdefault(word.lower(), f"{zipf:.2f}")
    return list(found.items())


class Splitter:
    """Splits compounds of one language; remembers every answer. Thread-safe.

    `vocabulary`: word -> Zipf of the words that can be parts; `elsewhere(word)`: whether
    other languages know the word (a name or a loanword: kept whole); `lemma(word)`: its
    lemma, so that an inflected head counts (sv *ministern*: *minister*).
    """

    def __init__(
        self,
        language: str,
        vocabulary: Mapping[str, float],
        elsewhere: Callable[[str], bool] = lambda _word: False,
        lemma: Callable[[str], str | None] = lambda _word: None,
    ) -> None:
        self.language = language
        self.rules = RULES[language]
        self.vocabulary = vocabulary
        self.stop_words = stop_words(language)
        self._elsewhere = elsewhere
        self._lemma = lemma
        self._answers: dict[str, tuple[Piece, ...] | None] = {}
        self._lock = threading.Lock()

    def split(self, word: str) -> tuple[Piece, ...] | None:
        """The parts of `word` when it is a compound of known words, else None."""
        lower = word.lower()
        found = self._answers.get(lower, False)
        if found is not False:
            return found  # type: ignore[return-value]
        found = self._split(lower) if len(lower) == len(word) else None
        with self._lock:
            if len(self._answers) >= MAX_REMEMBERED:
                self._answers.clear()
            self._answers[lower] = found
        return found

    def _split(self, word: str) -> tuple[Piece, ...] | None:
        if len(word) < MIN_PART + MIN_SHORT_PART or not word.isalpha():
            return None
        pieces = self._pieces(word, 0, len(word))
        if pieces is None or self._elsewhere(word):
            return None
        return pieces

    def _pieces(self, word: str, start: int, end: int) -> tuple[Piece, ...] | None:
        """word[start:end] cut into as few known parts as possible, each cut again; None if none."""
        text = word[start:end]
        whole = self._known(text)
        best = self._best(text, 0, whole >= LEXICALISED_ZIPF, {})
        # A part is cut again only when its parts are commoner than it (Klima-schutz, not mini-stern).
        margin = WHOLE_MARGIN if (start, end) == (0, len(word)) else 0.0
        if best is None or whole > best[1] / best[0] + margin:
            return None
        result: list[Piece] = []
        for a, b, part, _ in best[2]:
            inner = (
                self._pieces(word, start + a, start + b) if part == text[a:b] and b - a < len(text) else None
            )
            result.extend(inner or (Piece(start + a, start + b, part),))
        return tuple(result)

    def _known(self, text: str) -> float:
        """How common a word or its lemma is (sv *ministern*: as common as *minister*)."""
        lemma = self._lemma(text.capitalize() if self.rules.capitalise else text)
        return max(self.vocabulary.get(text, 0.0), self.vocabulary.get(lemma.lower(), 0.0) if lemma else 0.0)

    def _best(
        self,
        text: str,
        start: int,
        lexicalised: bool,
        memo: dict[int, tuple[int, float, tuple[Cut, ...]] | None],
    ) -> tuple[int, float, tuple[Cut, ...]] | None:
        """The best cut of text[start:] (parts, summed Zipf, cuts): fewest parts, then most common ones.

        From start 0 the whole text is no answer: a compound has two parts or more.
        """
        if start in memo:
            return memo[start]
        best: tuple[int, float, tuple[Cut, ...]] | None = None
        if start:
            head = self._part(text[start:], head=True)
            if head is not None:
                best = (1, head[0], ((start, len(text), head[1], head[0]),))
        for end in range(start + MIN_SHORT_PART, len(text) - MIN_SHORT_PART + 1):
            part = self._part(text[start:end], head=False)
            if part is None or (part[1] in self.stop_words and (start or lexicalised)):
                continue  # a function word only begins a compound, and only a rare one (Zwischen-wahlen)
            for link in ("", *self.rules.links):
                if not text.startswith(link, end):
                    continue
                tail = self._best(text, end + len(link), lexicalised, memo)
                if tail is None or tail[0] >= MAX_PARTS:
                    continue
                n, total = tail[0] + 1, tail[1] + part[0]
                if best is None or (n, -total) < (best[0], -best[1]):
                    best = (n, total, ((start, end, part[1], part[0]), *tail[2]))
        memo[start] = best
        return best

    def _part(self, text: str, *, head: bool) -> tuple[float, str] | None:
        """(Zipf, word) when `text` can be a part: a known word (a head: or its lemma), or a
        modifier that dropped an ending (Schul-: Schule)."""
        if head:
            words: tuple[str, ...] = (text,)
            lemma = self._lemma(text.capitalize() if self.rules.capitalise else text)
            if lemma and lemma.lower() != text:
                words = (text, lemma.lower())
        else:
            words = (text, *(text + ending for ending in self.rules.dropped))
        best: tuple[float, str] | None = None
        for word in words:
            if word in ENGLISH_STOP_WORDS or (head and word in self.stop_words):
                continue
            zipf = self.vocabulary.get(word, 0.0)
            enough = len(text) >= MIN_PART and zipf >= MIN_PART_ZIPF
            short = len(text) >= MIN_SHORT_PART and zipf >= SHORT_PART_ZIPF
            if (enough or short) and (best is None or zipf > best[0]):
                best = (zipf, text if head else word)
        return best
