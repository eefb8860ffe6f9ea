"""A Latin spelling cut into sounds: (consonant, vowel) units, for the syllabic scripts (kana, Chinese).

English spellings are first rewritten towards their sounds (ck -> k, ph -> f, ee -> i, a
final silent e dropped), then cut into units: a consonant followed by a vowel, or a
consonant alone (Trump: t, ru, m, p). Both katakana and Chinese transcription map units
to their own syllables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

VOWELS = "aiueo"
_ONSETS = re.compile(r"(tsch|tsh|tch|sch|dzh|ts|sh|ch|zh|kh|dj|[bcdfghjklmnpqrstvwxyz])")
_SILENT_E = r"(?<=[^aiueo][^aiueo])e$"  # English: Lagarde, Milne; said elsewhere (`units`)
_SOUNDS = [
    (r"eau", "o"), (r"ck", "k"), (r"gh", "g"), (r"ph", "f"), (r"th", "t"), (r"qu", "kw"), (r"x", "ks"), (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"ee", "i"), (r"oo", "u"), (r"ou", "u"), (r"ow(?=e)", "au"), (r"ow$", "ou"), (r"iy$", "ii"),
    (r"(?<=[^aiueo])y(?![aiueo])", "i"),
    (r"^y(?![aiueo])", "i"), (r"y$", "i"), (r"([bdfgklmnprstvz])\1", r"\1"), (r"tz", "ts"), (r"dt", "t"),
    (r"(?<=[aiueo])h(?![aiueo])", ""), (r"w(?![aiueo])", "u"), (_SILENT_E, ""),
]  # fmt: skip


def respell(word: str, rules: Iterable[tuple[str, str]]) -> str:
    """`word` rewritten by each (pattern, sound) in turn: a language's spelling read as the sounds
    another writing system's tables go by (Spanish *v* as *b*, a silent final *e* dropped)."""
    for pattern, sound in rules:
        word = re.sub(pattern, sound, word)
    return word


@dataclass(frozen=True)
class Unit:
    onset: str  # "" for a bare vowel
    vowel: str  # "" for a consonant alone
    closed: bool = False  # the vowel is followed by two consonants or a final one (English u: Trump)
    last: bool = False
    doubled: bool = False  # a doubled consonant before it (Hakkarainen: ハッカ)


def units(word: str, doubles: bool = False, final_e: bool = False) -> list[Unit]:
    """`trump` -> [t], [r u, closed], [m], [p]; with `doubles`, kk in `hakka` marks the unit ka; with
    `final_e`, a final e after two consonants is said (Spanish and Italian Arce, Conte), not silent
    as in English."""
    if doubles:  # kept as Q + consonant (Japanese ッ, ン before n and m), other doubled letters are one
        word = re.sub(r"([kgtdpbsczfnm])\1", r"Q\1", word)
    for pattern, replacement in _SOUNDS:
        if final_e and pattern == _SILENT_E:
            continue
        word = re.sub(pattern, replacement, word)
    word = word.replace("-", "")
    out: list[Unit] = []
    i = 0
    doubled = False
    while i < len(word):
        if word[i] == "Q":
            doubled = True
            i += 1
            continue
        found = _ONSETS.match(word, i)
        onset = found.group(1) if found else ""
        j = found.end() if found else i
        if j < len(word) and word[j] in VOWELS:
            vowel = word[j]
            if j + 1 < len(word) and word[j + 1] == vowel:  # a written long vowel
                vowel += vowel
                j += 1
            rest = word[j + 1 :]
            closed = bool(re.match(r"[^aiueo]([^aiueo]|$)", rest))
            out.append(Unit(onset, vowel, closed, doubled=doubled and bool(out)))
            doubled = False
            i = j + 1
        elif onset:
            out.append(Unit(onset, ""))
            doubled = False
            i = j
        else:  # a letter of no use (a stray apostrophe)
            i += 1
    if out:
        out[-1] = Unit(out[-1].onset, out[-1].vowel, out[-1].closed, True, out[-1].doubled)
    return out
