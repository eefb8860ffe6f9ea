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
uses it by default.

Vietnamese is read the same way, syllable by syllable (死刑 *tử hình* "death penalty", 小說
*tiểu thuyết* "novel", 家畜 *gia súc* "livestock"). Unihan lists a character's Nôm (native)
readings before its Sino-Vietnamese one (死 "phơi tử"): the build puts the last one first
(first-listed readings gave nothing right on the development terms). Vietnamese writes a
syllable's tone on either vowel of *oa*, *oe* and *uy* (*hoá*, *hóa*): both spellings are
given. Where the Japanese and the Chinese dictionaries give the same Han word, its reading
has their two sources (`dictionary._kin`); the encoder does not know Vietnamese.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "lexicon" / "unihan" / "readings.tsv.gz"
MIN_ZIPF = 3.0
# Where a Han word of two characters and a suffix is also read without it: Vietnamese writes many
# Sino words shorter than Chinese and Japanese do (抗生素, 抗生物質: *kháng sinh*; 陪審員: *bồi thẩm*).
# Not any word's first two characters: Han compounds put their head last (交通渋滞 "traffic jam" is
# no 交通 "traffic"; development terms: vi 25 -> 30% but precision 83 -> 75% so; with the suffixes,
# 25 -> 27.5% at 83 -> 85%). Alone one source; the Japanese and Chinese agreeing, two.
HEADS = frozenset({"vi"})  # Korean: no term gained or lost on the development terms
SUFFIXES = ("物質", "物质", *"素員员者家性化率団團团")
COLUMN = {"ko": 1, "vi": 2}


@cache
def character_readings(target: str) -> dict[str, tuple[str, ...]]:
    """Each Han character's readings in `target` (ko, vi) as the Unihan build lists them, the main
    first: a word's reading (`readings`) and a Korean name's hanja (`transcribe.hanja`) read them."""
    column = COLUMN[target]
    found: dict[str, tuple[str, ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) > column and parts[column]:
                found[parts[0]] = tuple(parts[column].split())
    return found


def readings(word: str, target: str = "ko") -> list[str]:
    """The main reading of `word` (Han characters only) in `target`; [] where a character has none.

    A kanji that Japan simplified in its own way has no reading of its own in Unihan (険, 観, 薬, 臓,
    発): it is read as the Chinese character it stands for (`cedict.as_chinese`: 険 as 险, 薬 as 药),
    else Japanese equivalents with one (保険 "insurance", 観光 "tourism", 薬局 "pharmacy") reached no
    Sino-Korean or Sino-Vietnamese word, and Vietnamese *bảo hiểm* had the Chinese dictionary's source
    alone."""
    table = character_readings(target)
    each = [table.get(char) or _as_chinese_reading(char, table) for char in word]
    if not word or not all(each):
        return []
    if target == "vi":
        syllables = [r[0] for r in each]
        return list(dict.fromkeys((" ".join(syllables), " ".join(map(new_tone_place, syllables)))))
    first = initial_law(each[0][0])
    return ["".join((first, *(r[0] for r in each[1:])))]


def _as_chinese_reading(char: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The readings of the Chinese character a Japanese-only form stands for; () where none."""
    from monitor.lexicon.sources.cedict import as_chinese

    chinese = as_chinese(char) if "\u4e00" <= char <= "\u9fff" else char
    return table.get(chinese, ()) if chinese != char else ()


TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below


def new_tone_place(syllable: str) -> str:
    """A Vietnamese syllable ending in *oa*, *oe* or *uy* with its tone on the first of the two vowels,
    as most news writes it now (*hoá* -> *hóa*, *thuỷ* -> *thủy*); any other syllable as it is."""
    letters = unicodedata.normalize("NFD", syllable)
    base = "".join(c for c in letters if c not in TONES)
    tone = [c for c in letters if c in TONES]
    if len(tone) != 1 or base[-2:] not in ("oa", "oe", "uy") or base.startswith("q"):
        return syllable
    return unicodedata.normalize("NFC", base[:-1] + tone[0] + base[-1])


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
    words = [word]
    if target in HEADS:
        words += [word[: -len(end)] for end in SUFFIXES if word.endswith(end) and len(word) - len(end) == 2]
    return [
        r
        for w in words
        for r in readings(w, target)
        if min(FREQUENCIES.zipf(s, target) for s in r.split()) >= MIN_ZIPF
    ]
