"""A Vietnamese person's romanised name in the Han characters Chinese news writes it with.

Chinese writes a Vietnamese leader by the Han characters the name stands for, syllable by syllable
(Tô Lâm 苏林, Lương Cường 梁强, Phạm Minh Chính 范明政), not by its sounds (托·拉姆). Each syllable's
characters are those whose Sino-Vietnamese reading (Unihan, `sources/sino.py`) is spelt as it is, with
or without its marks (rules are often typed without them: To Lam); the surname's are characters that
CC-CEDICT knows as a surname (Vietnam's surnames are Chinese ones: 阮 陈 黎 范 武), the commonest
first. As for a Korean name (`hanja`), the combinations wordfreq's Chinese list knows are the writing;
where it knows none, each syllable's characters that given names use most, which the Chinese matcher
takes as a set.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import product

SURNAME_CHARACTERS = 2
GIVEN_CHARACTERS = 40  # a given name's syllable's characters tried, the commonest in names first
KNOWN = 3  # combinations wordfreq knows, the most used first
GUESSED = 8  # characters per given name's syllable where wordfreq knows none


def vietnamese_hanzi(name: str) -> list[str]:
    """`To Lam` -> [苏林, ...] (simplified): [] unless every word of the name is a Sino-Vietnamese
    syllable, the first a surname's, and the name has two to four words."""
    from monitor.lexicon.boundaries import word_zipf

    typed = [unicodedata.normalize("NFC", w.lower()) for w in name.replace("-", " ").split()]
    words = [plain(w) for w in typed]
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[a-z]+", w) for w in words):
        return []
    # a word typed with its marks is read first by the readings so marked (Nguyễn 阮 before Nguyên 元),
    # then as if unmarked (Unihan has some readings without their marks: 蘇 to for Tô)
    table = _by_reading()
    marked = [set(table.get(t, ())) if t != w else set() for t, w in zip(typed, words, strict=True)]
    read = [table.get(w, ()) for w in words]
    surnames = _surnames()
    heads = sorted((c for c in read[0] if c in surnames), key=lambda c: (c not in marked[0], surnames[c]))
    heads = heads[:SURNAME_CHARACTERS]
    uses = _given_uses()
    options = [
        sorted(r, key=lambda c: (c not in m, -uses.get(c, 0), c))[:GIVEN_CHARACTERS]
        for r, m in zip(read[1:], marked[1:], strict=True)
    ]
    if not heads or not all(options):
        return []
    combos = ["".join(c) for c in product(heads, *options)]
    usage = {c: word_zipf(c) for c in combos}
    known = sorted((c for c in combos if usage[c] > 0), key=lambda c: -usage[c])
    if known:
        return known[:KNOWN]
    ranked = [[c for c in o if uses.get(c, 0)][:GUESSED] for o in options]  # characters names use
    if not all(ranked):
        return []
    best = [r[0] for r in ranked]  # the likeliest, then each syllable's others (the matcher joins them)
    spread = ["".join(best)] + [
        "".join([*best[:i], c, *best[i + 1 :]]) for i, r in enumerate(ranked) for c in r[1:]
    ]
    return [h + s for h in heads for s in spread]


def plain(word: str) -> str:
    """A Vietnamese word without its marks, in lower case (Cường -> cuong, Đặng -> dang)."""
    letters = unicodedata.normalize("NFD", word.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in letters if not unicodedata.combining(c))


@cache
def _by_reading() -> dict[str, tuple[str, ...]]:
    """Each Sino-Vietnamese reading, with its marks and without -> the characters read so (simplified)."""
    from monitor.lexicon.namesources import simplified
    from monitor.lexicon.sources.sino import character_readings

    out: dict[str, dict[str, None]] = {}
    for char, readings in character_readings("vi").items():
        for reading in readings:
            for spelt in dict.fromkeys((plain(reading), unicodedata.normalize("NFC", reading))):
                out.setdefault(spelt, {})[simplified(char)] = None
    return {k: tuple(v) for k, v in out.items()}


@cache
def _given_uses() -> dict[str, int]:
    """How often each character (simplified) stands in a given name of CC-CEDICT's people (`hanja`)."""
    from monitor.lexicon.namesources import simplified
    from monitor.lexicon.transcribe.hanja import given_uses as traditional_uses

    out: dict[str, int] = {}
    for char, count in traditional_uses().items():
        out[simplified(char)] = out.get(simplified(char), 0) + count
    return out


@cache
def _surnames() -> dict[str, int]:
    """CC-CEDICT's surname characters (simplified) -> their rank, those that head most of its people
    of three characters (a sense with their years) first."""
    from monitor.lexicon.sources import cedict
    from monitor.lexicon.transcribe.hanja import PERSON_DATES

    heads: dict[str, int] = {}
    for _traditional, simplified, _pinyin, senses in cedict.entries():
        if len(simplified) == 1 and re.search(r"(?:^|/)surname [A-Z]", senses):
            heads.setdefault(simplified, 0)
    for _traditional, simplified, _pinyin, senses in cedict.entries():
        if len(simplified) == 3 and simplified[0] in heads and PERSON_DATES.search(senses):
            heads[simplified[0]] += 1
    ranked = sorted(heads, key=lambda c: (-heads[c], c))
    return {c: rank for rank, c in enumerate(ranked)}
