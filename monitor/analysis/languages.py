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
from typing import Any

from monitor.analysis.lemmas import LemmaTable, lemma_table

log = logging.getLogger(__name__)

# Blank pipelines that need extra packages (ja: SudachiPy, ko: mecab) fall back
# to the multi-language tokeniser, which splits on spaces and punctuation. Chinese
# uses it too: spaCy's default Chinese segmenter cuts Latin words into letters.
# The analyzer then splits CJK text into characters (see `split_cjk`).
FALLBACK_LANG = "xx"
USE_FALLBACK = frozenset({"zh", "ja"})


@dataclass
class Language:
    """A tokeniser and an optional lemma table for one language."""

    code: str
    tokenizer: Callable[[str], Any]
    lemmas: LemmaTable | None
    cache: dict[str, str] = field(default_factory=dict)

    def lemma(self, text: str) -> str | None:
        """The table's lemma for a surface form, or None when the table has none."""
        if self.lemmas is None:
            return None
        found = self.cache.get(text)
        if found is None:
            found = self.lemmas.get(text) or self.lemmas.get(text.lower()) or ""
            if len(self.cache) < 500_000:
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

    def _load(self, code: str) -> Language:
        import spacy

        try:
            nlp = spacy.blank(FALLBACK_LANG if code in USE_FALLBACK else code)
        except Exception as exc:  # unknown code, or a language needing extra packages
            log.info("no spaCy tokeniser for %r (%s); splitting on spaces and punctuation", code, exc)
            nlp = spacy.blank(FALLBACK_LANG)
        return Language(code=code, tokenizer=nlp.tokenizer, lemmas=lemma_table(code))
