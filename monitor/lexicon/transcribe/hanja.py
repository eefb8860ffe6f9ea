"""A Korean person's romanised name in the Han characters Chinese and Japanese news write it with.

Chinese and Japanese write a Korean's name in its hanja (Lee Jae-myung 李在明, Yoon Suk Yeol 尹锡悦,
尹錫悦), not by its sounds. The romanisation tells the Korean syllables only (and loosely: eo and o,
ae and e, k and g are one spelling or two), and each syllable is read by many characters. So each
syllable's characters are those whose Korean reading (Unihan, `sources/sino.py`) any Hangul syllable
the spelling may stand for has; the surname's only Korea's common surnames (`KOREAN_SURNAMES`). Of their
combinations, those wordfreq's Chinese list knows as a word (it lists the people the news names)
are the writing. Where it knows none, each syllable's characters that given names use most (counted
over CC-CEDICT's people: Chinese and Korean given names share their characters, 明 錫 悅 秀 哲) are
its writings: a Chinese matcher takes each position's characters as a set (`rules.compile._joined`),
Japanese the combinations of the likeliest few.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from monitor.lexicon.transcribe.kana import KoreanSyllable, korean_syllables

# Romanised onsets -> Hangul initial jamo indices (k, t, p, ch stand for plain and aspirated alike).
_INITIALS = {
    "": (11,), "g": (0,), "k": (0, 15), "kk": (1,), "n": (2,), "d": (3,), "t": (3, 16), "tt": (4,),
    "r": (5,), "l": (5,), "m": (6,), "b": (7,), "p": (7, 17), "pp": (8,), "s": (9,), "ss": (10,),
    "j": (12,), "ch": (12, 14), "jj": (13,), "h": (18,),
}  # fmt: skip
# (glide, vowel) as `korean_syllables` leaves them -> medial jamo indices: o is 오 or 어 (eo), e 에,
# 애 or 외 (ae, oe), u 우, 으 or 어 (Suk 석), yu 유 or 여 (Myung 명), yo 요 or 여 (Yeol 열), i 이 or 의
# (Keon-hee 건희: after a consonant 의 is said 이, and names spell 희 hee or hi as often as hui).
_MEDIALS = {
    ("", "a"): (0,), ("", "e"): (5, 1, 11), ("", "o"): (8, 4), ("", "u"): (13, 18, 4), ("", "i"): (20, 19),
    ("", "eu"): (18,), ("", "ui"): (19,), ("y", "a"): (2,), ("y", "e"): (7, 3, 6), ("y", "o"): (12, 6),
    ("y", "u"): (17, 6), ("y", "i"): (20,), ("w", "a"): (9,), ("w", "e"): (15, 10, 11), ("w", "o"): (14,),
    ("w", "i"): (16,), ("w", "u"): (13,),
}  # fmt: skip
_FINALS = {"": 0, "k": 1, "n": 4, "l": 8, "m": 16, "p": 17, "ng": 21}

# Korea's commonest surnames in their hanja, the commonest first (Statistics Korea's census order):
# a surname's characters are those of these its syllable reads as (이: 李, not 伊 or 離).
KOREAN_SURNAMES = (
    "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋柳全洪高文梁孫裵白許劉南沈盧丁河郭成車朱禹具閔陳羅池嚴蔡元千"
    "方孔玄咸卞廉呂秋都蘇石宣薛馬吉延魏表明奇潘王琴玉陸印孟諸牟卓鞠魚殷片龍芮景奉"
)
SYLLABLE_CHARACTERS = 60  # a given name's syllable's characters tried, the commonest first
SURNAME_CHARACTERS = 2
KNOWN = 3  # combinations wordfreq knows, the most used first
GUESSED = {"zh": 12, "ja": 6}  # characters per given name's syllable where wordfreq knows none


def korean_hanja(name: str, language: str = "zh") -> list[str]:
    """`Lee Jae-myung` -> [李在明, ...] (in traditional characters, as Unihan has them, where it has
    both): [] unless the name is a Korean surname of one syllable and a given name of two."""
    from monitor.lexicon.boundaries import word_zipf
    from monitor.lexicon.namesources import simplified

    words = name.lower().replace("-", " ").split()
    if len(words) not in (2, 3) or not all(re.fullmatch(r"[a-z]+", w) for w in words):
        return []
    parsed = [korean_syllables(w) for w in words]
    if any(p is None for p in parsed) or len(parsed[0] or ()) != 1:
        return []
    given = [(s, w) for p, w in zip(parsed[1:], words[1:], strict=True) for s in p or ()]
    if len(given) != 2:
        return []
    read = {simplified(c) for c in _characters((parsed[0] or [])[0])}
    heads = [c for c in KOREAN_SURNAMES if simplified(c) in read][:SURNAME_CHARACTERS]
    # a syllable written alone with oo is 우 (Duck-soo 수, Ji-hoon 훈), never 어 nor 으 as u may be (Suk 석)
    options = [
        _characters(s, long_u=len(given) == len(words) - 1 and "oo" in w)[:SYLLABLE_CHARACTERS]
        for s, w in given
    ]
    if not heads or not all(options):
        return []
    combos = ["".join(c) for c in product(heads, *options)]
    usage = {c: word_zipf(simplified(c)) for c in combos}  # each looked up once, to filter and to rank
    known = sorted((c for c in combos if usage[c] > 0), key=lambda c: -usage[c])
    if known:
        return known[:KNOWN]
    ranked = [sorted(o, key=lambda c: -given_uses().get(c, 0))[: GUESSED[language]] for o in options]
    if language == "zh":  # the likeliest, then each syllable's others (the matcher joins them)
        best = [r[0] for r in ranked]
        spread = ["".join(best)] + [
            "".join([*best[:i], c, *best[i + 1 :]]) for i, r in enumerate(ranked) for c in r[1:]
        ]
        return [h + s for h in heads for s in spread]
    return ["".join(c) for c in product(heads, *ranked)]


def _characters(syllable: KoreanSyllable, *, long_u: bool = False) -> list[str]:
    """The characters read as any Hangul syllable the romanised `syllable` may stand for (k for ㄱ and ㅋ
    alike), commonest in Chinese first; `long_u`: its u was spelt oo, 우 alone."""
    from monitor.lexicon.frequency import FREQUENCIES
    from monitor.lexicon.namesources import simplified

    onset, glide, vowel, coda = syllable
    medials = _MEDIALS.get((glide, vowel), ())
    if long_u and (glide, vowel) == ("", "u"):
        medials = (13,)
    table = _by_reading()
    found = {
        c
        for initial in _INITIALS.get(onset, ())
        for medial in medials
        for c in table.get(chr(0xAC00 + (initial * 21 + medial) * 28 + _FINALS[coda]), ())
    }
    kept: dict[str, str] = {}  # one of a character's two forms, the traditional (as Unihan lists it first)
    for char in sorted(found, key=lambda c: (-FREQUENCIES.zipf(simplified(c), "zh"), c)):
        kept.setdefault(simplified(char), char)
    return list(kept.values())


@cache
def _by_reading() -> dict[str, tuple[str, ...]]:
    from monitor.lexicon.sources.sino import character_readings

    out: dict[str, list[str]] = {}
    for char, readings in character_readings("ko").items():
        for reading in readings:
            out.setdefault(reading, []).append(char)
    return {k: tuple(v) for k, v in out.items()}


@cache
def given_uses() -> dict[str, int]:
    """In how many of CC-CEDICT's people of three characters (a sense with their years) each character
    stands in the given name (traditional form)."""
    from monitor.lexicon.sources import cedict

    out: dict[str, int] = {}
    for traditional, _simplified, _pinyin, senses in cedict.entries():
        if len(traditional) == 3 and PERSON_DATES.search(senses):
            for char in traditional[1:]:
                out[char] = out.get(char, 0) + 1
    return out


PERSON_DATES = re.compile(r"\((?:c\. |born )?\d{3,4}\b")
