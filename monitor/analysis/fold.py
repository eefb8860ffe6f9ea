"""Folding: the one normalisation applied to article text and rule terms alike.

Both sides of a comparison go through `fold` in the same language, so a rule
written as `Sudkorea`, `Südkorea` or `SÜDKOREA` finds the same words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Marks that make a different letter, not an accent: Japanese voicing (バス/パス),
# Cyrillic short i (i + breve) and Ukrainian yi (i + diaeresis). Turkish keeps all its letters
# (ö, ç, ş, ğ: "öpecek" is not "OPEC"), dropping the dot casefold adds to İ and other languages' accents.
_KANA_VOICING = "\u3099\u309a"
_LETTER_MARKS = {("\u0438", "\u0306"), ("\u0456", "\u0308")}
# The marks of Turkish letters (ç ş; ğ; ö ü; â î û): another language's accents are accents in a
# Turkish article too (Orbán, Sánchez, Babiš are found as Orban, Sanchez, Babis).
_TURKISH_MARKS = frozenset("\u0327\u0306\u0308\u0302")


@lru_cache(maxsize=200_000)
def fold(text: str, accents: bool = True, language: str | None = None) -> str:
    """NFKC, case-fold and, when `accents` is set, strip the marks that are mere accents.

    NFKC first so that ligatures and full-width forms compare as their plain
    letters; stripping marks after NFD turns `é` into `e` and Cyrillic yo into ie. ASCII text
    is only lowered: it has no mark and no compatibility form, and most words of Latin-script
    news are ASCII (the marks loop was most of what folding an article's new words cost).
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not accents:
        return folded
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", folded):
        if not unicodedata.combining(char):
            base = char
            kept.append(char)
        elif _is_letter_mark(base, char, language):
            kept.append(char)
    folded = unicodedata.normalize("NFC", "".join(kept))
    if "ı" in folded and language not in _DOTLESS_I:
        folded = folded.replace("ı", "i")  # Turkish names in other languages' news: Kılıçdaroğlu, Diyarbakır
    if language == "zh":  # Taiwan's and Hong Kong's characters as the mainland's: 川普 in 美國總統川普
        from monitor.lexicon.sources.cedict import simplified_characters

        folded = simplified_characters(folded)
    return _plain_v(folded) if "ヴ" in folded else folded


# Languages whose dotless ı is a letter of its own; elsewhere it is Turkish's i without its dot, an accent.
_DOTLESS_I = frozenset({"tr", "az"})


# Katakana writes a foreign v as ヴ or as the b it is said as (ヴィ, ビ: Hellwig ヘルヴィヒ, ヘルビヒ).
_KANA_V = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴゥ", "ブ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))


def _plain_v(text: str) -> str:
    for v, b in _KANA_V:
        text = text.replace(v, b)
    return text


def _is_letter_mark(base: str, mark: str, language: str | None) -> bool:
    if mark in _KANA_VOICING or (base, mark) in _LETTER_MARKS:
        return True
    return language == "tr" and mark in _TURKISH_MARKS
