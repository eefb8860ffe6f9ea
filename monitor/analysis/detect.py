"""Language detection for articles that do not say their language.

lingua-language-detector in low-accuracy mode, among every language the matcher
supports (or the config's `languages:`): about 40 MB for the 28 supported languages
and a third of a millisecond per headline, where all languages in high-accuracy mode
would cost over a gigabyte (bench/detection.py measures it). lingua keeps its models
per process, so a detector built again on reload loads nothing again.

A detection is either sure (one language) or not: too little text, a low
confidence, or a text none of the languages explains (another script). An unsure
detection still names the likely languages, so the article can be matched in each
of them instead of being taken silently for the default.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

MIN_CONFIDENCE = 0.5  # below this the language is unsure
MIN_LETTERS = 12  # too little text to be sure
CANDIDATE_CONFIDENCE = 0.1  # an unsure article is also matched in languages this likely
MAX_CANDIDATES = 2


@dataclass(frozen=True)
class Detection:
    """The detected language when sure; else the likely ones, most likely first, with their confidence."""

    language: str | None
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def likely(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.candidates)

    def describe(self) -> str:
        """`de 45%, nb 14%`, or why there is no candidate: for messages."""
        if not self.candidates:
            return "no supported language fits the text"
        return ", ".join(f"{code} {value:.0%}" for code, value in self.candidates)


@cache
def lingua_languages() -> frozenset[str]:
    """ISO 639-1 codes of the languages lingua can detect."""
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


class LanguageDetector:
    """Detects among a fixed set of ISO 639-1 codes; builds lingua's models on first use.

    `codes` keeps only the languages lingua knows: the others can be declared (by a
    feed or in the config), not detected.
    """

    def __init__(self, languages: Iterable[str]) -> None:
        wanted = {code.lower() for code in languages}
        self.codes = sorted(wanted & lingua_languages())
        self._detector: Any = None
        self._lock = threading.Lock()

    def _build(self) -> Any:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        known = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in self.codes]
        return LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()

    def detect(self, text: str) -> Detection:
        """The language of `text`, or the likely ones when it is unsure."""
        if len(self.codes) < 2:  # one language configured: every article is in it
            return Detection(self.codes[0] if self.codes else None)
        letters = _letters(text)
        if not letters:
            return Detection(None)
        with self._lock:
            if self._detector is None:
                self._detector = self._build()
            detector = self._detector
        values = [
            (str(v.language.iso_code_639_1.name.lower()), float(v.value))
            for v in detector.compute_language_confidence_values(text)
        ]
        if values and values[0][1] >= MIN_CONFIDENCE and letters >= MIN_LETTERS:
            return Detection(values[0][0])
        likely = [(code, value) for code, value in values if value >= CANDIDATE_CONFIDENCE]
        return Detection(None, tuple(likely[:MAX_CANDIDATES]))


def _letters(text: str) -> int:
    """Letters in `text`, a CJK character counting as three (it carries a word's worth)."""
    return sum(3 if ord(c) >= 0x2E80 else 1 for c in text if c.isalpha())
