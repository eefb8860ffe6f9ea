"""How common a word is in a language, from wordfreq: the look-alike guard and the name/word line.

German *war* ("was"), French *car* ("because") and *un* ("a") are among the most frequent
words of their languages; the English rule words `war`, `car` and `UN` are not what they
mean. A rule word spelled like a common word of an article's language is therefore not
matched literally there. wordfreq knows 40-odd languages; its full tables cost about
45 MB each in memory, so each language is converted once into a table file (`tablecache`)
of the words at least as frequent as `MIN_ZIPF`, keyed by their folded form (accents and
case removed, the way article words are compared), and queried per word.

Frequencies are on the Zipf scale: log10 of occurrences per billion words. 7 is a word
like *die*, 5 a word of every article (*Krieg*), 3 one a news reader meets weekly, 2 rare.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from importlib import metadata

from monitor.analysis.fold import fold
from monitor.tablecache import Rows, Table, cached_table

MIN_ZIPF = 2.0  # rarer words are left out of the tables: they count as unknown (0)


@cache
def frequency_languages() -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.available_languages())


class Frequencies:
    """Zipf frequency of folded words, per language, loaded on first use; thread-safe."""

    def __init__(self) -> None:
        self._tables: dict[str, Table | None] = {}
        self._lock = threading.Lock()

    def zipf(self, word: str, language: str) -> float:
        """How frequent `word` (any case or accents) is in `language`; 0.0 when rare or unknown."""
        table = self._table(language)
        if table is None:
            return 0.0
        found = table.get(fold(word, True, language))
        return float(found) if found else 0.0

    def knows(self, language: str) -> bool:
        return self._table(language) is not None

    def _table(self, language: str) -> Table | None:
        if language in self._tables:
            return self._tables[language]
        with self._lock:
            if language not in self._tables:
                self._tables[language] = _load(language)
            return self._tables[language]


def _load(language: str) -> Table | None:
    if language not in frequency_languages():
        return None
    version = metadata.version("wordfreq")
    return cached_table(f"wordfreq-{language}-{version}", _rows, language)


def frequent_words(language: str, min_zipf: float) -> Iterator[tuple[str, float]]:
    """(word, zipf) for each word wordfreq lists in `language` at least `min_zipf` common, the
    commonest first: its list is in buckets of a centibel each, read down to where they end."""
    import wordfreq

    for centibels, bucket in enumerate(wordfreq.get_frequency_list(language)):
        zipf = 9 - centibels / 100
        if zipf < min_zipf:
            return
        for word in bucket:
            yield word, zipf


def _rows(language: str) -> Rows:
    """(folded word, zipf) for every word at least MIN_ZIPF, the most frequent spelling first."""
    best: dict[str, float] = {}
    for word, zipf in frequent_words(language, MIN_ZIPF):
        best.setdefault(fold(word, True, language), zipf)
    return [(word, f"{zipf:.2f}") for word, zipf in best.items()]


FREQUENCIES = Frequencies()
