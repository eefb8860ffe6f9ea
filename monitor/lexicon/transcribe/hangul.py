"""Latin spellings into Hangul and Devanagari: syllables built from sound units.

Korean writes a foreign name in syllable blocks (Trump 트럼프, Putin 푸틴): a consonant with
no vowel gets ㅡ, and n, m, l, ng and a final k, p, t close the syllable before them.
Hindi writes it in Devanagari with vowel signs and a virama between consonants
(Trump ट्रम्प, Putin पुतिन). Both read the units of `syllables.py`.
"""

from __future__ import annotations

from monitor.lexicon.transcribe.syllables import Unit, units

_INITIAL = {  # onset -> Hangul initial jamo index
    "g": 0, "k": 15, "n": 2, "d": 3, "t": 16, "r": 5, "l": 5, "m": 6, "b": 7, "p": 17, "s": 9, "sh": 9,
    "": 11, "j": 12, "ch": 14, "tch": 14, "h": 18, "kh": 18, "f": 17, "v": 7, "z": 12, "zh": 12, "ts": 14,
    "q": 15, "dj": 12, "sch": 9, "w": 11, "y": 11,
}  # fmt: skip
_MEDIAL = {"a": 0, "e": 5, "i": 20, "o": 8, "u": 13, "eu": 18}  # ㅏ ㅔ ㅣ ㅗ ㅜ ㅡ
_Y_MEDIAL = {"a": 2, "e": 7, "i": 20, "o": 12, "u": 17}  # ㅑ ㅖ ㅣ ㅛ ㅠ
_W_MEDIAL = {"a": 9, "e": 15, "i": 16, "o": 14, "u": 13}  # ㅘ ㅞ ㅟ ㅝ ㅜ
_SH_MEDIAL = {"a": 2, "e": 7, "i": 20, "o": 12, "u": 17}  # 샤 셰 시 쇼 슈
_FINAL = {"n": 4, "m": 16, "l": 8, "r": 8, "ng": 21, "k": 1, "p": 17, "t": 0}


def _block(initial: int, medial: int, final: int = 0) -> str:
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final)


def _open_block(block: str) -> bool:
    """A Hangul syllable with no final consonant yet."""
    return 0xAC00 <= ord(block) <= 0xD7A3 and (ord(block) - 0xAC00) % 28 == 0


def hangul(word: str) -> str:
    """Hangul for one lower-case ASCII word (`trump` -> 트럼프)."""
    found = units(word)
    out: list[str] = []
    for i, unit in enumerate(found):
        following: Unit | None = found[i + 1] if i + 1 < len(found) else None
        if unit.vowel:
            vowel = unit.vowel[0]
            table = _Y_MEDIAL if unit.onset == "y" else _W_MEDIAL if unit.onset == "w" else _MEDIAL
            if unit.onset in ("sh", "sch", "zh", "j", "ch", "tch"):
                table = _SH_MEDIAL if unit.onset in ("sh", "sch") else _MEDIAL
            medial = (
                4 if vowel == "u" and unit.closed and unit.onset not in ("y", "w") else table[vowel]
            )  # ㅓ: Trump
            if unit.onset == "l" and out and _open_block(out[-1]):  # l between vowels is ㄹㄹ: 젤렌스키
                out[-1] = chr(ord(out[-1]) + _FINAL["l"])
            out.append(_block(_INITIAL.get(unit.onset, 15), medial))
            continue
        closes = out and unit.onset in ("n", "m", "l", "ng") and (following is None or not following.vowel)
        if closes and _open_block(out[-1]):
            last = out.pop()
            out.append(chr(ord(last) + _FINAL[unit.onset]))
            continue
        out.append(_block(_INITIAL.get(unit.onset, 15), _MEDIAL["eu"]))
    return "".join(out)


_CONSONANTS = {
    "k": "क", "kh": "ख", "g": "ग", "ch": "च", "tch": "च", "j": "ज", "t": "ट", "d": "ड", "n": "न", "p": "प",
    "f": "फ़", "b": "ब", "m": "म", "y": "य", "r": "र", "l": "ल", "v": "व", "w": "व", "sh": "श", "sch": "श",
    "s": "स", "h": "ह", "z": "ज़", "zh": "ज़", "ts": "त्स", "q": "क", "dj": "ज", "th": "थ",
}  # fmt: skip
_VOWEL_SIGNS = {"a": "", "e": "े", "i": "ि", "o": "ो", "u": "ु", "aa": "ा", "ii": "ी", "uu": "ू"}
_VOWELS = {"a": "अ", "e": "ए", "i": "इ", "o": "ओ", "u": "उ", "aa": "आ", "ii": "ई", "uu": "ऊ"}
_VIRAMA = "्"


def devanagari(word: str) -> str:
    """Devanagari for one lower-case ASCII word (`putin` -> पुतिन); t and d are the English retroflex ones."""
    found = units(word)
    out: list[str] = []
    for i, unit in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if unit.vowel:
            vowel = unit.vowel if unit.vowel in _VOWEL_SIGNS else unit.vowel[0]
            if vowel == "u" and unit.closed:  # English u: Trump ट्रम्प
                vowel = "a"
            if not unit.onset:
                out.append(_VOWELS[vowel])
                continue
            sign = _VOWEL_SIGNS[vowel]
            if vowel == "a" and (i > 0 or unit.last):  # a stressed-looking a is long in news Hindi
                sign = "ा" if following is None or following.vowel else ""
            out.append(_CONSONANTS.get(unit.onset, "क") + sign)
            continue
        consonant = _CONSONANTS.get(unit.onset, "क")
        out.append(consonant if following is None else consonant + _VIRAMA)
    return "".join(out)
