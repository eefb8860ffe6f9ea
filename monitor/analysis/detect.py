"""Language detection for articles that do not say their language.

lingua-language-detector, restricted to the languages the user monitors and in
low-accuracy mode: a few tens of MB and well under a millisecond per headline,
where all languages in high-accuracy mode would cost over a gigabyte.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

MIN_CONFIDENCE = 0.5  # below this the article keeps the fallback language
MIN_LETTERS = 12  # too little text to tell


class LanguageDetector:
    """Detects among a fixed set of ISO 639-1 codes; builds lingua's models on first use."""

    def __init__(self, languages: Iterable[str]) -> None:
        self.codes = sorted({code.lower() for code in languages})
        self._detector: Any = None
        self._lock = threading.Lock()

    def _build(self) -> Any:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        known = []
        for code in self.codes:
            try:
                known.append(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)))
            except ValueError:
                continue  # a language lingua does not know cannot be detected, only declared
        if len(known) < 2:
            return None
        return LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()

    def detect(self, text: str) -> str | None:
        """The language of `text`, or None when it is too short or unclear."""
        if len(self.codes) < 2 or _letters(text) < MIN_LETTERS:
            return self.codes[0] if len(self.codes) == 1 else None
        with self._lock:
            if self._detector is None:
                self._detector = self._build() or False
            detector = self._detector
        if not detector:
            return None
        values = detector.compute_language_confidence_values(text)
        if not values or values[0].value < MIN_CONFIDENCE:
            return None
        return str(values[0].language.iso_code_639_1.name.lower())


def _letters(text: str) -> int:
    """Letters in `text`, a CJK character counting as three (it carries a word's worth)."""
    return sum(3 if ord(c) >= 0x2E80 else 1 for c in text if c.isalpha())
