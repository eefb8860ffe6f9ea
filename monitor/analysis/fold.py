"""Folding: the one normalisation applied to article text and rule terms alike.

Both sides of a comparison go through `fold`, so a rule written as `Sudkorea`,
`Südkorea` or `SÜDKOREA` finds the same words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=200_000)
def fold(text: str, accents: bool = True) -> str:
    """NFKC, case-fold and, when `accents` is set, strip combining marks.

    NFKC first so that ligatures and full-width forms compare as their plain
    letters; stripping marks after NFD turns `é` into `e` and `й` into `и`.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not accents:
        return folded
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)
