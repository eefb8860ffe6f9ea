"""Korean by Sino-Korean readings: a Japanese or Chinese equivalent read in Hangul.

No dictionary we may ship or install joins English and Korean. But most Korean news
words outside everyday speech are Sino-Korean, written with the Han characters that
Japanese and Chinese write them with: 気候/氣候 "climate" is 기후, 年金 "pension" 연금,
水素 "hydrogen" 수소, 教師 "teacher" 교사. Each character's Korean readings come from the
Unicode Consortium's Unihan database (`data/lexicon/unihan/`, built by
`python -m monitor.lexicon.build --unihan`); a word's readings are the combinations of its
characters' main readings (the first Unihan lists: 民宿 is 민숙, not the name 민수), with the
initial-sound law on the first syllable (年金 is 연금, not 년금), and it counts only where
wordfreq knows it as a Korean word at least `MIN_ZIPF` common. Only words of two characters or more: one
syllable stands for too many characters (and inside too many Korean words).

Homophones abound (교사 is "teacher" and "instigation", 의사 "doctor" and "patriot"), and a
Japanese and a Chinese equivalent read alike do not rule them out: the readings count as one
source (`sino`), which the sentence encoder (trained on Korean) must confirm before a rule
uses it by default. Vietnamese is not read so: Unihan's Vietnamese readings put the Nôm
reading first (氣 as *héo*, not *khí*), and measured on the development terms they gave
nothing right.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "lexicon" / "unihan" / "readings.tsv.gz"
MIN_ZIPF = 3.0
COLUMN = {"ko": 1}


@cache
def _readings(target: str) -> dict[str, tuple[str, ...]]:
    column = COLUMN[target]
    found: dict[str, tuple[str, ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) > column and parts[column]:
                found[parts[0]] = tuple(parts[column].split())
    return found


def readings(word: str, target: str = "ko") -> list[str]:
    """The main reading of `word` (Han characters only) in `target`; [] where a character has none."""
    table = _readings(target)
    each = [table.get(char, ()) for char in word]
    if not word or not all(each):
        return []
    first = initial_law(each[0][0])
    return ["".join((first, *(r[0] for r in each[1:])))]


# Hangul syllables: 0xAC00 + (initial * 21 + vowel) * 28 + final.
NIEUN, RIEUL, IEUNG = 2, 5, 11
Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def initial_law(syllable: str) -> str:
    """A Sino-Korean word's first syllable as South Korea writes it (두음법칙): 녀 -> 여, 리 -> 이."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return syllable
    initial, rest = divmod(code, 21 * 28)
    vowel = rest // 28
    if initial == NIEUN and vowel in Y_VOWELS:
        initial = IEUNG
    elif initial == RIEUL:
        initial = IEUNG if vowel in Y_VOWELS else NIEUN
    return chr(0xAC00 + initial * 21 * 28 + rest)


def sino_words(word: str, target: str = "ko") -> list[str]:
    """The Korean word `word` (a Japanese or Chinese word) reads as, where Korean has it; else []."""
    from monitor.lexicon.frequency import FREQUENCIES

    if len(word) < 2:
        return []
    return [
        r for r in readings(word, target) if min(FREQUENCIES.zipf(w, target) for w in r.split()) >= MIN_ZIPF
    ]
