"""What a rule term is: a word, a name or an acronym. That decides how it reaches other languages.

- A **word** (`troops`, `climate`, `turkey`) is translated: its equivalents come from the
  concept pack and the dictionary, and its own spelling is not trusted in another
  language where it is a common word there (German *war* is "was").
- A **name** (`Putin`, `Kursk`, `"Kim Jong Un"`) is carried over: written in the article's
  script and conventions, with that language's endings, matched only where written as
  a name is (capitalised, in scripts that have capitals). A name made of ordinary words
  (`"Red Cross"`, `"World Cup"`) is translated like a word, since the press translates it,
  and transcribed too, since a person may be named so (`"Henry Hale"`: Генри Хейл).
- An **acronym** (`US`, `UN`, `WHO`, `NATO`) matches capitals and dotted forms, never the
  word it spells (*us*, *who*, French *un*).

How a term is classed (first that applies):
1. `=Exact` terms are exact; a rule's `terms:` may set the kind of a term by hand.
2. Letters all capitals, 2 to 6 of them: an acronym (`US`, `NATO`, `UNICEF`).
3. Known to the concept pack as a word (a member that is not a place): a word (`police`,
   `Police`; `turkey`). A place of the gazetteer is a name.
4. Capitalised (but for the words linking a name's: `Council of Europe`), in a rule whose
   language writes common nouns in lower case: a name. In German and Luxembourgish, where
   nouns are capitalised too, a capitalised term is a name only when a name source knows it
   and it is not a common word of the language.
5. Anything else, lower-case words above all, is a word: a lower-case word never becomes
   a name because a gazetteer has a place spelled so (Police, Split and Most are towns).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

# Languages whose common nouns are capitalised: a capital says little there.
CAPITALISED_NOUNS = frozenset({"de", "lb"})
COMMON_ZIPF = 3.5  # at least this frequent (Zipf scale) is a common word of a language: see frequency.py
_ACRONYM = re.compile(r"[^\W\d_]{2,6}")


class Kind(StrEnum):
    WORD = "word"
    NAME = "name"
    ACRONYM = "acronym"
    EXACT = "exact"


@dataclass(frozen=True)
class TermClass:
    """A term's kind and why, for `rules check` to show."""

    kind: Kind
    reason: str
    translated: bool = False  # a name made of ordinary words: translated as well as transcribed


def is_acronym(text: str) -> bool:
    """Capitals only (`str.isupper` alone would take オープンAI, whose kana have no case)."""
    return bool(_ACRONYM.fullmatch(text)) and all(c.isupper() for c in text)


def is_capitalised(word: str) -> bool:
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper()


# Lower-case particles inside names (Mohammed bin Salman, Ursula von der Leyen, Omar al-Khatib,
# Tour de France): a name's other words are capitalised, these are not.
NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "ben", "von", "van", "der", "den", "de", "del", "della", "degli",
    "di", "da", "das", "do", "dos", "du", "la", "le", "ter", "ten", "zu", "y",
})  # fmt: skip
# Lower-case words that link a name's capitalised words (Council of Europe, Bank of England, Church of
# the Holy Sepulchre, Organisation for Economic Co-operation and Development): never its first or last.
NAME_LINKS = frozenset({"of", "the", "for", "and"})
# Arabic's article as English writes it before a "sun letter", which it takes the sound of: only
# joined by a hyphen to a capitalised word (Deir ez-Zor, Nasr ad-Din, Abd ar-Rahman, ash-Sham).
ASSIMILATED_ARTICLES = frozenset({
    "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er", "es", "et", "ez", "ul",
})  # fmt: skip


def _name_word(word: str) -> bool:
    """A word a capitalised name may hold: capitalised, a particle, `al-Khatib`, or no letters (`2`)."""
    head, _, tail = word.partition("-")
    return (
        is_capitalised(word)
        or word in NAME_PARTICLES
        or ((head in NAME_PARTICLES or head in ASSIMILATED_ARTICLES) and is_capitalised(tail))
        or not (word.isalpha() or len(word) > 2)
    )


def classify(
    text: str,
    language: str,
    *,
    exact: bool = False,
    override: Kind | None = None,
    pack_word: Callable[[str, str], bool] = lambda text, language: False,
    pack_place: Callable[[str, str], bool] = lambda text, language: False,
    known_name: Callable[[str, str], bool] = lambda text, language: False,
    known_word: Callable[[str, str], bool] = lambda word, language: False,
    zipf: Callable[[str, str], float] = lambda word, language: 0.0,
) -> TermClass:
    """The kind of rule term `text`, written in `language` (see the module docstring).

    `known_word` says whether a dictionary knows a word as a word of `language` (`red`,
    `cross`; not `Kim` or `Jong`): a name made only of such common words is translated.
    """
    words = text.split()

    def ordinary() -> bool:  # asked only where it decides: a dictionary look-up is not free
        return bool(words) and all(
            zipf(w, language) >= COMMON_ZIPF and known_word(w, language) for w in words
        )

    if exact:
        return TermClass(Kind.EXACT, "written =exact: matched as written, never expanded")
    if override is not None:
        return TermClass(override, "set by the rule's terms:", override is Kind.NAME and ordinary())
    if len(words) == 1 and is_acronym(text):
        return TermClass(Kind.ACRONYM, "written in capitals")
    if pack_place(text, language):
        return TermClass(Kind.NAME, "a place of the gazetteer")
    if pack_word(text, language):
        return TermClass(Kind.WORD, "a word of the concept pack")
    capitalised = any(is_capitalised(w) for w in words) and all(
        _name_word(w) or (0 < i < len(words) - 1 and w in NAME_LINKS) for i, w in enumerate(words)
    )
    if capitalised and language not in CAPITALISED_NOUNS:
        if len(words) > 1 and ordinary():
            return TermClass(Kind.NAME, "capitalised, made of ordinary words: translated", translated=True)
        return TermClass(Kind.NAME, "capitalised")
    if capitalised and known_name(text, language) and not ordinary():
        return TermClass(Kind.NAME, "capitalised and known as a name")
    return TermClass(
        Kind.WORD, "a word" if not capitalised else "capitalised, but nouns are in this language"
    )
