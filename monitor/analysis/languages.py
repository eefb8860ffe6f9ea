"""Per-language tokenisers and lemma tables, loaded lazily and cached.

spaCy's blank pipelines give a language-aware tokeniser without any trained
model; spacy-lookups-data gives lemma tables for about 25 languages. We use the
table directly (not the lemmatizer pipe) because the tables are case-sensitive:
German nouns are capitalised, English entries are lower case, so we try the
surface form first and then its lower-case form. The tables live on disk (see
`lemmas.py`); `Language` remembers the answers it got.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from monitor.analysis import parts
from monitor.analysis.compounds import NAME_LANGUAGES, RULES, Splitter, vocabulary
from monitor.analysis.lemmas import LemmaTable, lemma_table
from monitor.analysis.support import tokeniser

log = logging.getLogger(__name__)

# The multi-language tokeniser: spaces and punctuation (see `support.tokeniser`).
FALLBACK_LANG = "xx"


LEMMA_SPLIT_ZIPF = 2.5  # a compound this common is split as written only (bench/compounds.py)
# Lemma look-ups remembered per language, then forgotten all at once: the analyser remembers its words
# (`analyzer.Remembered`), so these serve a new word's parts and compilation; kept for ever (up to
# 500,000 a language, as before) they were one more memory that grew with every word a daemon met.
LEMMAS_KEPT = 50_000


@dataclass
class Language:
    """A tokeniser, an optional lemma table and compound splitter, and word frequencies for one language."""

    code: str
    tokenizer: Callable[[str], Any]
    lemmas: LemmaTable | None
    splitter: Splitter | None = None
    zipf: Callable[[str, str], float] | None = (
        None  # word frequencies (for the plausibility of clitic and particle stems)
    )
    cache: dict[str, str] = field(default_factory=dict)  # surface form -> lemma ("" for none), `LEMMAS_KEPT`

    @property
    def names_capitalised(self) -> bool:
        """Whether a capital inside a sentence marks a name here, not a noun (nl, sv, da, nb; not de)."""
        return self.splitter is not None and not self.splitter.rules.nouns_capitalised

    def compound(self, word: str) -> list[tuple[str, str, Literal["head", "modifier"]]]:
        """A compound's parts as (text as written, word to look up, kind); [] for any other word.

        Every part, then every run of two or more parts short of the whole (Klimaschutz and
        Schutzgesetz in Klimaschutzgesetz), modifiers first, the head last.
        """
        found = None
        if self.splitter is not None:
            # A Korean noun is split without its particle first (국민연금이: 국민 + 연금).
            tried = [*parts.korean_stems(word), word] if self.code == "ko" else [word]
            found = next(filter(None, (self.splitter.split(w) for w in tried)), None)
            lemma = self.lemma(word) if not found and self.code != "ko" and self._rare(word) else None
            if lemma and lemma != word and word.lower().startswith(lemma.lower()):
                # A rare compound with an ending the splitter does not take off, through its lemma, whose
                # letters the word begins with (Swedish *rymdteleskopet*, "the space telescope":
                # *rymdteleskop*, rymd + teleskop); a common word is one of its own (*leerlingen*).
                found = self.splitter.split(lemma)
        if not found:
            return []
        cap = self.splitter is not None and self.splitter.rules.nouns_capitalised
        result: list[tuple[str, str, Literal["head", "modifier"]]] = []
        last = len(found) - 1
        for i in range(len(found)):
            for j in range(i, len(found)):
                if (i, j) == (0, last) or (i, j) == (last, last):
                    continue
                first, end = found[i], found[j]
                text = word[first.start : end.end]
                looked_up = end.word if i == j else word[first.start : end.start] + end.word
                looked_up = looked_up.capitalize() if cap else looked_up
                result.append((text, looked_up, "head" if j == last else "modifier"))
        head = found[last]
        head_word = head.word.capitalize() if cap else head.word
        result.append((word[head.start : head.end], head_word, "head"))
        return result

    def _rare(self, word: str) -> bool:
        """Rarer than `LEMMA_SPLIT_ZIPF` (wordfreq), or no frequencies to tell."""
        return self.zipf is None or self.zipf(word.lower(), self.code) < LEMMA_SPLIT_ZIPF

    def stems(self, word: str) -> list[str]:
        """An Arabic or Hebrew word without its proclitics, a Korean one without its particles: the likely
        ones."""
        zipf = self.zipf
        if self.code == "ar":
            return [
                stem
                for stem, via_article in parts.arabic_stems(word)
                if via_article or zipf is None or parts.plausible(word, stem, "ar", zipf)
            ]
        if self.code in ("ko", "he"):
            found = parts.korean_stems(word) if self.code == "ko" else parts.hebrew_stems(word)
            return [stem for stem in found if zipf is None or parts.plausible(word, stem, self.code, zipf)]
        return []

    def lemma(self, text: str) -> str | None:
        """The table's lemma for a surface form, or None when the table has none."""
        if self.lemmas is None:
            return None
        found = self.cache.get(text)
        if found is None:
            lower = text.lower()
            found = self.lemmas.get(text) or (lower != text and self.lemmas.get(lower)) or ""
            if len(self.cache) >= LEMMAS_KEPT:
                self.cache.clear()
            self.cache[text] = found
        return found or None


def normalise_language(tag: object) -> str | None:
    """``"de-DE"`` -> ``"de"``; None for anything that is not a language tag."""
    if not isinstance(tag, str):
        return None
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return primary if LANGUAGE_CODE.fullmatch(primary) else None


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639-1 or -3
# ISO 639-2 "undetermined": the stored language of an article whose language detection was unsure.
UNDETERMINED = "und"


class Languages:
    """Loads each language the first time it is asked for, then keeps it.

    Thread-safe: the daemon analyses articles from several scheduler threads.
    """

    def __init__(self) -> None:
        self._loaded: dict[str, Language] = {}
        self._lock = threading.Lock()

    def get(self, code: str | None) -> Language:
        key = (code or "en").lower()
        lang = self._loaded.get(key)
        if lang is None:
            with self._lock:
                lang = self._loaded.get(key) or self._load(key)
                self._loaded[key] = lang
        return lang

    def renew(self, code: str) -> None:
        """Give a loaded language a fresh tokeniser, leaving the old one to a thread still using it.

        spaCy's tokeniser keeps every word it has met (about 430 bytes each, never given back)
        and caches the splitting of its first 10,000 chunks only, never evicting: a daemon that
        runs for months, or that compiled thousands of rules first (their words filled the
        cache: articles then took 3.5 times as long to tokenise), needs a fresh one now and then.
        """
        lang = self._loaded.get(code)
        if lang is not None:
            lang.tokenizer = _tokenizer(code)

    def _load(self, code: str) -> Language:
        from monitor.lexicon.frequency import FREQUENCIES

        lang = Language(code, _tokenizer(code), lemma_table(code), zipf=FREQUENCIES.zipf)
        if code in RULES:
            lang.splitter = Splitter(
                code, vocabulary(code), _foreign, lang.lemma, lambda word: FREQUENCIES.zipf(word, code)
            )
        return lang


def _tokenizer(code: str) -> Callable[[str], Any]:
    import spacy

    try:
        nlp = spacy.blank(code if tokeniser(code) == "spacy" else FALLBACK_LANG)
    except Exception as exc:  # a spaCy language that still fails to load
        log.info("no spaCy tokeniser for %r (%s); splitting on spaces and punctuation", code, exc)
        nlp = spacy.blank(FALLBACK_LANG)
    _keep_only_read_attributes(nlp.vocab.lex_attr_getters)  # type: ignore[attr-defined]
    return nlp.tokenizer


def _keep_only_read_attributes(getters: dict[int, Callable[[str], Any]]) -> None:
    """Drop the word attributes `Analyzer.analyse` never reads (all but punctuation and space).

    spaCy computes every attribute of its vocabulary for each word it has not met (shape,
    prefix, suffix, norm, stop word, number, URL...), and stores the strings among them: two
    thirds of tokenising a news sentence of new words (de and ru: 3 times as fast without
    them, the same tokens), which is most of what news brings.
    """
    from spacy.attrs import IS_PUNCT, IS_SPACE

    for attr in [a for a in getters if a not in (IS_PUNCT, IS_SPACE)]:
        del getters[attr]


def _foreign(word: str) -> float:
    """How common a word is in English or French news: names (Rostock) and loanwords are."""
    from monitor.lexicon.frequency import FREQUENCIES

    return max(FREQUENCIES.zipf(word, other) for other in NAME_LANGUAGES)
