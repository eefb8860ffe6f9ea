"""The look-alike guard: a rule word is never matched by a word that only looks the same.

In an article of another language than the rule's:
- the rule word's *lemma* is never compared (English `died` has the lemma *die*, which is
  also the German and Dutch article);
- its own spelling (folded: accents and case removed) still matches, so a rare word that
  languages borrow (`ransomware`, `F-16`, a product name) is found untranslated, except
  where that spelling is a common word of the article's language (German *war*, *die*,
  *Pläne* folded to *plane*; French *car*, *un*) and the lexicon does not give that very
  spelling as an equivalent (German *Team* for `team`, French *restaurant*: loanwords);
  there the article is matched through the word's equivalents only (`war` through *Krieg*).

A term that is no word of the rule's language at all (`北京` or `Erdbeben` in an English
rule: its author wrote the other language's word) is not guarded either. Names and
acronyms are not guarded this way: they keep their spelling and are matched by case
instead (see `terms`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

# A spelling at least this frequent in the article's language is a word of that language. Measured on
# the development halves of tests/data/lookalikes.yaml and the terms set: 3.0, 3.5, 4.0 and 4.5 let
# 7, 8, 11 and 29 of 145 look-alikes through, for term recall 0.379, 0.387, 0.390 and 0.392.
LOOKALIKE_ZIPF = 3.0


@dataclass(frozen=True)
class Guarded:
    """Whether a word's own spelling may match in a language, and if not, the look-alike's frequency."""

    allowed: bool
    lookalike: str = ""  # the common word of the article's language it would have matched
    zipf: float = 0.0
    means: tuple[str, ...] = ()  # what the look-alike means, in the rule's language, where known


def literal(
    forms: Iterable[str],
    language: str,
    linked: Iterable[str],
    zipf: Callable[[str, str], float],
) -> Guarded:
    """May a word whose folded token forms are `forms` match its own spelling in `language`?

    `linked` are the folded spellings the lexicon gives as its equivalents in `language`:
    a spelling both languages share on purpose (a loanword) is no look-alike.
    """
    shared = set(linked)
    for form in forms:
        if form in shared:
            continue
        frequency = zipf(form, language)
        if frequency >= LOOKALIKE_ZIPF:
            return Guarded(False, form, frequency)
    return Guarded(True)


# Arabic has no capitals to tell a name from a word, but its words inflect and its foreign names do
# not: a word's forms with a suffix (ه ها ات ة) or with a clitic and the article (وال بال) are words
# of its news too (مسك, musk: المسك, مسكه, مسكة; حلب, to milk: حلبة), while a name's are not
# (نتنياهو, سانشيز, ترامب: none). Measured over wordfreq's Arabic: foreign names have at most one such
# form at this frequency, common words three or more.
_ARABIC_DERIVED = (("", "ه"), ("", "ها"), ("", "ات"), ("", "ة"), ("وال", ""), ("بال", ""))
ARABIC_DERIVED_ZIPF = 2.0
ARABIC_DERIVED_WORD = 2  # this many derived forms in use make a word


def arabic_word(text: str, zipf: Callable[[str, str], float]) -> bool:
    """Whether the Arabic `text` is used as an ordinary word (it takes suffixes and the article), not
    only as a name: a reading that is one would find that word everywhere."""
    used = sum(zipf(before + text + after, "ar") >= ARABIC_DERIVED_ZIPF for before, after in _ARABIC_DERIVED)
    return used >= ARABIC_DERIVED_WORD
