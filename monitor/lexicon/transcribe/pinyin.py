"""Chinese names spelt in pinyin, into Russian and Ukrainian by the Palladius system.

Russian and Ukrainian news write Chinese names by Palladius (Xi Jinping Си Цзиньпин, Zhang Wei
Чжан Вэй), not by their Latin letters: a name whose every word is a run of pinyin syllables
is cut into them and each is rewritten as a whole.
"""

from __future__ import annotations

import re

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
    "c": "ц", "s": "с", "": "",
}  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е",
    "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн",
    "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан", "v": "юй", "ve": "юэ",
}  # fmt: skip
_WHOLE = {  # syllables written without an initial, and the hard i after z c s zh ch sh r
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у",
    "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн", "zi": "цзы", "ci": "цы", "si": "сы", "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи",
    "ju": "цзюй", "qu": "цюй", "xu": "сюй", "jue": "цзюэ", "que": "цюэ", "xue": "сюэ", "juan": "цзюань",
    "quan": "цюань", "xuan": "сюань", "jun": "цзюнь", "qun": "цюнь", "xun": "сюнь", "yo": "ё",
}  # fmt: skip
_SYLLABLE = re.compile(
    "(?:" + "|".join(sorted(_WHOLE, key=len, reverse=True)) + ")"
    "|(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcs])?(?:" + "|".join(sorted(_FINALS, key=len, reverse=True)) + ")"
)
_UKRAINIAN = str.maketrans({"и": "і", "э": "е", "ы": "и", "е": "є"})


# A syllable of Korean romanisation (Pyongyang: pyong-yang; Busan: bu-san).
KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[kgndtrlmbpsjhy])?(?:eo|eu|ae|oe|ui|wa|wo|ye|yo|yu|ya|a|e|i|o|u)(?:ng|n|m|l|k|p)?"
)


def syllables(word: str, syllable: re.Pattern[str] | None = None) -> list[str] | None:
    """`jinping` -> [jin, ping]; None when the word is not a run of pinyin syllables (or of `syllable`)."""
    pattern = syllable or _SYLLABLE
    if not word:
        return []
    for end in _candidates(word, 0, pattern):
        rest = syllables(word[end:], pattern)
        if rest is not None:
            return [word[:end], *rest]
    return None


def _candidates(word: str, start: int, pattern: re.Pattern[str]) -> list[int]:
    """Ends of the syllables that can start at `start`, longest first."""
    return [end for end in range(min(len(word), start + 6), start, -1) if pattern.fullmatch(word, start, end)]


def palladius(word: str, language: str = "ru") -> str | None:
    """`jinping` -> `цзиньпин` (ru) / `цзіньпін` (uk); None for a word that is not pinyin."""
    parts = syllables(word)
    if not parts:
        return None
    out = []
    for syllable in parts:
        if syllable in _WHOLE:
            out.append(_WHOLE[syllable])
            continue
        initial = next(
            i for i in ("zh", "ch", "sh", syllable[:1], "") if syllable.startswith(i) and i in _INITIALS
        )
        final = syllable[len(initial) :]
        cyrillic = _FINALS.get(final)
        if cyrillic is None:
            return None
        if initial in ("j", "q", "x") and final.startswith("u"):  # ju = jü
            cyrillic = _FINALS.get("v" + final[1:], cyrillic)
        out.append(_INITIALS[initial] + cyrillic)
    text = "".join(out)
    return text.translate(_UKRAINIAN) if language == "uk" else text


# A syllable of Hepburn romanisation (Kishida: ki-shi-da; Takaichi: ta-ka-i-chi): none of the
# syllables Japanese lacks (si, ti, tu, du, di, hu, wi, we, yi, ye) and no l, v, c, q, x.
HEPBURN_SYLLABLE = re.compile(
    r"(?:(?:sh|ch|j)[aiuo]|tsu|(?:[kgnhbpmr]y)[auo]|[kgszdtnhbpmr][aeo]|[kgnhbpmr]i|[kgsnbpmrz]u|fu|w[ao]"
    r"|y[auo]|[aiueo]|n(?![aiueoy]))"
)


# Chinese names spelt in pinyin, into katakana as Japanese news writes their Mandarin sounds beside
# the characters (張偉（チャン・ウェイ）, Xi Jinping シー・ジンピン). An unaspirated initial is heard
# unvoiced or voiced (Zhang チャン, ジャン): both are written.
_KANA_INITIALS: dict[str, tuple[str, ...]] = {
    "b": ("p", "b"), "p": ("p",), "m": ("m",), "f": ("f",), "d": ("t", "d"), "t": ("t",), "n": ("n",),
    "l": ("r",), "g": ("k", "g"), "k": ("k",), "h": ("h",), "j": ("ch", "j"), "q": ("ch",), "x": ("sh",),
    "zh": ("ch", "j"), "ch": ("ch",), "sh": ("sh",), "r": ("r",), "z": ("ts", "z"), "c": ("ts",),
    "s": ("s",), "": ("",),
}  # fmt: skip
# A final as (its first vowel, the kana after it); v is ü.
_KANA_FINALS: dict[str, tuple[str, str]] = {
    "a": ("a", ""), "o": ("o", ""), "e": ("o", ""), "ai": ("a", "イ"), "ei": ("e", "イ"), "ao": ("a", "オ"),
    "ou": ("o", "ウ"), "an": ("a", "ン"), "en": ("e", "ン"), "ang": ("a", "ン"), "eng": ("o", "ン"),
    "ong": ("o", "ン"), "er": ("a", "ル"), "i": ("i", ""), "ia": ("i", "ア"), "ie": ("i", "エ"),
    "iao": ("i", "アオ"), "iu": ("i", "ウ"), "ian": ("i", "エン"), "in": ("i", "ン"), "iang": ("i", "アン"),
    "ing": ("i", "ン"), "iong": ("i", "オン"), "u": ("u", ""), "ua": ("u", "ア"), "uo": ("u", "オ"),
    "uai": ("u", "アイ"), "ui": ("u", "イ"), "uan": ("u", "アン"), "un": ("u", "ン"), "uang": ("u", "アン"),
    "v": ("v", ""), "ve": ("v", "エ"), "van": ("v", "アン"), "vn": ("v", "ン"),
}  # fmt: skip
# Syllables with no initial, as written in pinyin.
_KANA_WHOLE: dict[str, str] = {
    "yi": "イ", "ya": "ヤ", "ye": "イエ", "yao": "ヤオ", "you": "ヨウ", "yan": "イエン", "yin": "イン",
    "yang": "ヤン", "ying": "イン", "yong": "ヨン", "yu": "ユ", "yue": "ユエ", "yuan": "ユアン", "yun": "ユン",
    "wu": "ウ", "wa": "ワ", "wo": "ウォ", "wai": "ワイ", "wei": "ウェイ", "wan": "ワン", "wen": "ウェン",
    "wang": "ワン", "weng": "ウォン", "er": "アル",
}  # fmt: skip


def pinyin_katakana(word: str) -> list[str]:
    """`zhang` -> [チャン, ジャン]; `wei` -> [ウェイ]: a pinyin word as Japanese writes its sound
    ([] for a word that is no pinyin). A word of one syllable with a plain vowel is long (Xi シー)."""
    from monitor.lexicon.transcribe.engine import combine
    from monitor.lexicon.transcribe.kana import _kana

    parts = syllables(word)
    if not parts:
        return []
    pieces: list[list[str]] = []
    for syllable in parts:
        if syllable in _KANA_WHOLE:
            pieces.append([_KANA_WHOLE[syllable]])
            continue
        initial = next(
            i for i in ("zh", "ch", "sh", syllable[:1], "") if syllable.startswith(i) and i in _KANA_INITIALS
        )
        final = syllable[len(initial) :]
        if initial in ("j", "q", "x") and final.startswith("u"):  # ju = jü
            final = "v" + final[1:]
        if final == "i" and initial in ("z", "c", "s"):  # the buzzed i: Zi ツー, Si スー
            final = "u"
        found = _KANA_FINALS.get(final)
        if found is None:
            return []
        vowel, tail = found
        options = []
        for sound in _KANA_INITIALS[initial]:
            glide = _kana(sound, "i")[:1] + "ュ" if sound else "ユ"  # ü: シュ, ユ
            options.append((glide if vowel == "v" else _kana(sound, vowel)) + tail)
        pieces.append(list(dict.fromkeys(options)))
    found_all = combine(pieces, 4, joiner="")
    plain = len(parts) == 1 and re.fullmatch(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]", parts[0])
    return [f + "ー" for f in found_all] if plain else found_all


# Wade-Giles, as Taiwan's and Hong Kong's English press and passports write Mandarin names (Lin
# Chia-lung 林佳龙, Hsiao 萧, Kuo 郭), with its apostrophes and umlauts dropped, so that an aspirated and
# a plain initial look alike (Chiang is jiang or qiang); and the Taiwanese spellings mixed into it:
# Gwoyeu Romatzyh's sh before i and its iow (Shiow 秀), Tongyong's wun (文) and a passport's ih (宜).
_WG_INITIALS = {
    "hs": ("x",), "ch": ("zh", "ch", "j", "q"), "sh": ("sh", "x"), "ts": ("z", "c"), "tz": ("z", "c"),
    "ss": ("s",), "sz": ("s",), "p": ("b", "p"), "t": ("d", "t"), "k": ("g", "k"), "j": ("r",),
    "m": ("m",), "f": ("f",), "n": ("n",), "l": ("l",), "h": ("h",), "s": ("s", "x"), "": ("",),
}  # fmt: skip
_WG_FINALS = {
    "ih": ("i",), "ieh": ("ie",), "ien": ("ian",), "iung": ("iong",), "ung": ("ong",), "eh": ("e",),
    "uei": ("ui",), "ueh": ("ue",), "erh": ("er",), "o": ("o", "e", "uo"), "u": ("u", "i"),
    "iou": ("iu",), "iow": ("iu",), "un": ("un", "en"),
}  # fmt: skip
_WG_WHOLE = {  # syllables with no initial, or a y or w for one
    "i": ("yi",), "ih": ("yi",), "yi": ("yi",), "yeh": ("ye",), "yen": ("yan",), "yung": ("yong",),
    "yu": ("yu", "you"), "yueh": ("yue",), "yuan": ("yuan",), "yun": ("yun",), "o": ("e", "o"),
    "erh": ("er",), "wun": ("wen",), "lee": ("li",), "in": ("yin",), "ing": ("ying",),
}  # fmt: skip
_WG_INITIAL = re.compile(r"hs|ch|sh|ts|tz|ss|sz|[ptkjmfnlhs]|")


def wade_giles(syllable: str) -> list[str]:
    """`chia` -> [jia, qia]; `hsiao` -> [xiao]; `kuo` -> [guo, kuo]: the pinyin a Wade-Giles syllable
    (lower case, no apostrophe) may stand for, valid pinyin only ([] for no Wade-Giles syllable)."""
    if syllable in _WG_WHOLE:
        return list(_WG_WHOLE[syllable])
    if syllable[:1] in ("y", "w"):
        return [syllable] if _SYLLABLE.fullmatch(syllable) else []
    match = _WG_INITIAL.match(syllable)
    initial = match.group() if match else ""
    final = syllable[len(initial) :]
    if not final:
        return []
    out: list[str] = []
    for head in _WG_INITIALS[initial]:
        for tail in _WG_FINALS.get(final, (final,)):
            if head in ("j", "q", "x") and not tail.startswith(("i", "u")):
                continue  # j q x stand before i and ü only
            if head == "x" and initial in ("s", "sh") and not tail.startswith("i"):
                continue  # GR's shiow and Tongyong's si are xiu and xi; su is su
            if final == "i" and head in ("zh", "ch", "sh", "r", "z", "c", "s"):
                continue  # chi = ji, qi (zhi is chih)
            if head in ("zh", "ch", "sh", "z", "c", "s", "r") and tail.startswith("i") and tail != "i":
                continue  # zhia, sia: no pinyin
            if final == "u" and (tail == "i") != (initial in ("tz", "ss", "sz")):
                continue  # tzu = zi, ssu = si; tsu = zu, ku = ku
            if final == "ih" and head in ("j", "q", "x"):
                continue  # chih = zhi, shih = shi (the buzzed i)
            pinyin = head + tail
            if pinyin not in out and _SYLLABLE.fullmatch(pinyin):
                out.append(pinyin)
    return out
