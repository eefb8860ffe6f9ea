"""The dictionary as the lexicon's source of word equivalents: translations become evidenced variants.

Two or more independent routes agreeing on an equivalent is AGREE evidence, one route is
SOURCE (see `monitor/lexicon/__init__.py`). A term with several senses keeps the
equivalents of the sense the rule's other words point to (`senses.select`), else those of
the best-attested sense.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.lexicon import Evidence, Variant
from monitor.lexicon.dictionary import translations
from monitor.lexicon.senses import select


class DictionaryWords:
    """`WordSource` over `dictionary.translations`."""

    def knows(self, word: str, language: str) -> bool:
        """A dictionary word of `language`: it has equivalents in a language every source reaches."""
        target = "fr" if language != "fr" else "de"
        return bool(translations(word.lower(), language, target))

    def variants(self, term: str, source: str, target: str, context: Sequence[str] = ()) -> list[Variant]:
        found = translations(term, source, target)
        kept = select(term, found, [w for w in context if w != term]).kept if found else ()
        return [
            Variant(t.text, target, Evidence.AGREE if len(t.sources) >= 2 else Evidence.SOURCE, t.sources)
            for t in kept
        ]
