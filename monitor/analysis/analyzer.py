"""Text -> AnalysedText: the tokens, folded forms and lemmas that rules match on.

Articles and rule terms go through the same `Analyzer`, so a term and a word
agree exactly when their folded surface forms or their lemmas agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from monitor.analysis.entities import EntityModels
from monitor.analysis.fold import fold
from monitor.analysis.languages import Languages


@dataclass(frozen=True)
class Token:
    """One word: its text as written, where it stands, and the keys it matches on."""

    text: str
    start: int  # character offsets into the analysed text
    end: int
    form: str  # folded surface form
    lemma: str  # folded lemma (equal to `form` where the language has no table)

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.form,) if self.lemma == self.form else (self.form, self.lemma)


@dataclass
class AnalysedText:
    """A field's words, with an index from every form and lemma to word positions."""

    text: str
    language: str
    tokens: list[Token]
    index: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        index: defaultdict[str, list[int]] = defaultdict(list)
        for i, tok in enumerate(self.tokens):
            for key in tok.keys:
                index[key].append(i)
        self.index = dict(index)

    @cached_property
    def all_caps(self) -> bool:
        """Written entirely in capitals (a shouting headline): case says nothing about names here."""
        cased = [c for c in self.text if c.isupper() or c.islower()]
        return len(cased) >= 8 and all(c.isupper() for c in cased)

    def span(self, start: int, end: int) -> str:
        """The original text of words [start, end), as written (CJK without spaces)."""
        words = self.tokens[start:end]
        return self.text[words[0].start : words[-1].end] if words else ""

    def positions(self, keys: tuple[str, ...]) -> set[int]:
        """Word positions where any of `keys` (forms or lemmas) occurs."""
        found: set[int] = set()
        for key in keys:
            found.update(self.index.get(key, ()))
        return found

    def words_between(self, start: int, end: int) -> tuple[int, int] | None:
        """The words [first, last) covering characters [start, end), or None when none do.

        Lets a hit found in one analysis of a text be shown in another analysis of the
        same text, whose tokeniser may have cut it differently.
        """
        inside = [i for i, tok in enumerate(self.tokens) if tok.end > start and tok.start < end]
        return (inside[0], inside[-1] + 1) if inside else None

    def exact_positions(self, text: str) -> set[int]:
        """Word positions whose text is exactly `text`, case and accents included."""
        return {i for i, tok in enumerate(self.tokens) if tok.text == text}

    def prefix_positions(self, prefix: str) -> set[int]:
        """Word positions whose form or lemma starts with the folded `prefix`."""
        found: set[int] = set()
        for key, where in self.index.items():
            if key.startswith(prefix):
                found.update(where)
        return found


MIN_STEM_LETTERS = 3  # a shorter wildcard (`tr*`) would match a huge number of words


def stem_letters(stem: str) -> int:
    """The letters a wildcard really starts with: a hyphenated stem's last part.

    `военно-морск*` is the word `военно` followed by words starting with `морск`
    (tokenisers split at the hyphen), so it has 5, and `x-r*` only 1; a trailing
    hyphen (`Nato-*`: Nato-Gipfel) is part of the prefix.
    """
    return sum(char.isalnum() for char in stem.rstrip("-").rpartition("-")[2])


_MAYBE_CJK = re.compile("[\u2e80-\U0010ffff]")  # cheap pre-check: nothing below can be CJK


def is_cjk(char: str) -> bool:
    """Han, kana and other scripts written without spaces between words."""
    if char < "\u2e80":
        return False
    # Compatibility forms (full-width Latin, ligatures, math letters) count as the letters they stand for.
    char = unicodedata.normalize("NFKC", char)[:1]
    return char >= "\u2e80" and char.isalpha() and not ("\uac00" <= char <= "\ud7af")  # not Hangul


def split_cjk(word: str, start: int) -> list[tuple[str, int]]:
    """A token as (piece, offset) pairs: one per CJK character, Latin runs and numbers kept whole.

    Chinese and Japanese are written without spaces, and the tokenisers that know
    their words need extra packages; matching them character by character (a term
    matches where its characters stand consecutively) works with none. Punctuation
    between them (full-width commas, stops, brackets) is dropped.
    """
    if not any(is_cjk(c) for c in word):
        return [(word, start)]
    pieces: list[tuple[str, int]] = []
    run: int | None = None  # where the current non-CJK run began

    def flush(end: int) -> None:
        if run is not None:
            piece = word[run:end]
            while piece and not piece[-1].isalnum():
                piece = piece[:-1]
            if piece:
                pieces.append((piece, start + run))

    for i, char in enumerate(word):
        if is_cjk(char):
            flush(i)
            run = None
            pieces.append((char, start + i))
        elif char.isalnum() or (run is not None and char in "-'.&_"):
            run = i if run is None else run
        else:
            flush(i)
            run = None
    flush(len(word))
    return pieces


class Analyzer:
    """Tokenises, folds and lemmatises text in a given language.

    `accents=False` keeps accents significant (`resume` no longer finds `résumé`).
    """

    def __init__(
        self,
        *,
        accents: bool = True,
        languages: Languages | None = None,
        entities: EntityModels | None = None,
    ) -> None:
        self.fold_accents = accents
        self.languages = languages or Languages()
        self.entities = entities or EntityModels()

    def fold(self, text: str, language: str | None = None) -> str:
        return fold(text, self.fold_accents, language)

    def analyse(self, text: str, language: str | None) -> AnalysedText:
        lang = self.languages.get(language)
        tokens: list[Token] = []
        if not text:  # most articles lack some fields
            return AnalysedText(text, lang.code, tokens)
        cjk = _MAYBE_CJK.search(text) is not None
        for tok in lang.tokenizer(text):
            if tok.is_punct or tok.is_space:
                continue
            for word, start in split_cjk(tok.text, tok.idx) if cjk else ((tok.text, tok.idx),):
                form = self.fold(word, lang.code)
                lemma_raw = lang.lemma(word)
                lemma = self.fold(lemma_raw, lang.code) if lemma_raw else form
                tokens.append(Token(word, start, start + len(word), form, lemma))
        return AnalysedText(text, lang.code, tokens)
