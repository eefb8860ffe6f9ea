"""Latin spellings into katakana, the script Japanese news writes foreign names in.

The spelling is cut into syllables (consonants, then a vowel); a consonant with no vowel
gets the one Japanese adds (u; o after t and d: Trump -> トランプ), a final or pre-consonant
n is ン, a doubled consonant is ッ. Japanese hears names through their original language,
not the English spelling (Putin プーチン, with the Russian stress as a long vowel), so second
readings add the long vowel after the first syllable and チ/ツ for ti/tu.
"""

from __future__ import annotations

import re

_VOWELS = "aiueo"
_ROWS: dict[str, str] = {  # consonant -> its kana before a, i, u, e, o
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "y": "ヤイユイェヨ", "r": "ラリルレロ", "w": "ワウィウウェウォ",
}  # fmt: skip
_SPECIAL: dict[str, tuple[str, ...]] = {  # syllables outside the rows, usual reading first
    "ti": ("ティ", "チ"), "di": ("ディ", "ジ"), "tu": ("トゥ", "ツ"), "du": ("ドゥ",), "si": ("シ", "スィ"),
    "zi": ("ジ",), "hu": ("フ",), "fa": ("ファ",), "fi": ("フィ",), "fu": ("フ",), "fe": ("フェ",),
    "fo": ("フォ",), "va": ("ヴァ", "バ"), "vi": ("ヴィ", "ビ"), "vu": ("ヴ", "ブ"), "ve": ("ヴェ", "ベ"),
    "vo": ("ヴォ", "ボ"), "sha": ("シャ",), "shi": ("シ",), "shu": ("シュ",), "she": ("シェ",),
    "sho": ("ショ",), "cha": ("チャ",), "chi": ("チ",), "chu": ("チュ",), "che": ("チェ",), "cho": ("チョ",),
    "ja": ("ジャ",), "ji": ("ジ",), "ju": ("ジュ",), "je": ("ジェ",), "jo": ("ジョ",), "tsa": ("ツァ",),
    "tsu": ("ツ",), "tse": ("ツェ",), "tso": ("ツォ",), "tsi": ("ツィ",), "wa": ("ワ",), "wi": ("ウィ",),
    "we": ("ウェ",), "wo": ("ウォ",), "ye": ("イェ", "エ"), "yi": ("イ",), "kha": ("ハ",), "khi": ("ヒ",),
    "khu": ("フ",), "khe": ("ヘ",), "kho": ("ホ",), "zha": ("ジャ",), "zhi": ("ジ",), "zhu": ("ジュ",),
    "zhe": ("ジェ",), "zho": ("ジョ",),
}  # fmt: skip
_ALONE: dict[str, str] = {  # a consonant with no vowel after it
    "t": "ト", "d": "ド", "ch": "チ", "j": "ジ", "sh": "シュ", "zh": "ジュ", "ts": "ツ", "kh": "フ",
    "f": "フ", "v": "ブ", "x": "クス",
}  # fmt: skip
_ENGLISH = [  # English spellings to the sounds the syllable table reads
    (r"ck", "k"),
    (r"ph", "f"),
    (r"th", "s"),
    (r"qu", "kw"),
    (r"x", "ks"),
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"l", "r"),
    (r"ee", "ii"),
    (r"oo", "uu"),
    (r"ou", "u"),
    (r"(?<=[^aiueo])y(?![aiueo])", "i"),
    (r"^y(?![aiueo])", "i"),
    (r"y$", "i"),
    (r"er$", "aa"),
    (r"([bcdfgkmprstvz])\1", r"Q\1"),
    (r"tz", "ts"),
    (r"sch", "sh"),
    (r"w(?![aiueo])", "u"),
]
_SYLLABLE = re.compile(
    r"Q?(?:tsh|tch|ts|sh|ch|zh|kh|[bcdfghjklmnpqrstvwxyz])?[aiueo]|Q?n(?![aiueo])|Q?[a-z]+?(?=[^a-z]|$)"
)


def _sounds(word: str) -> str:
    for pattern, replacement in _ENGLISH:
        word = re.sub(pattern, replacement, word)
    return word


def _syllables(word: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    i = 0
    consonants = re.compile(r"Q?(tsh|tch|ts|sh|ch|zh|kh|[bcdfghjklmnpqrstvwxyz])")
    while i < len(word):
        double = word[i] == "Q"
        j = i + double
        cons = consonants.match(word, i)
        onset = cons.group(1) if cons else ""
        j = cons.end() if cons else j
        prefix = "ッ" if double else ""
        if j < len(word) and word[j] in _VOWELS:
            vowel = word[j]
            syllable = onset + vowel
            if syllable in _SPECIAL:
                readings = _SPECIAL[syllable]
            elif onset in _ROWS:
                row = _ROWS[onset]
                readings = (
                    row[_VOWELS.index(vowel)]
                    if onset not in ("y", "w")
                    else _SPECIAL.get(syllable, ("",))[0],
                )
            else:
                readings = (_ALONE.get(onset, "ク") + "アイウエオ"[_VOWELS.index(vowel)],)
            if j + 1 < len(word) and word[j + 1] == vowel:  # a written long vowel
                readings = tuple(r + "ー" for r in readings)
                j += 1
            out.append(tuple(prefix + r for r in readings))
            i = j + 1
        elif onset == "n" or (onset == "m" and word[j : j + 1] in ("b", "p")):
            out.append(("ン",))
            i = j
        elif onset:
            row = _ROWS.get(onset)
            alone = _ALONE.get(onset) or (row[2] if row else "")
            out.append((prefix + alone,))
            i = j
        else:
            i += 1
    return out


def katakana(word: str, limit: int = 3) -> list[str]:
    """Katakana readings of one lower-case ASCII word (`trump` -> トランプ), usual first."""
    pieces = _syllables(_sounds(word))
    if not pieces:
        return []
    plain = "".join(p[0] for p in pieces)
    out = [plain]
    if len(pieces) > 1 and not pieces[0][0].endswith("ー"):  # a long first vowel: プーチン
        out.append(pieces[0][0] + "ー" + "".join(p[0] for p in pieces[1:]))
    for i, piece in enumerate(pieces):  # the second reading of one syllable (チ for ティ)
        if len(piece) > 1:
            out.append("".join(p[0] if k != i else piece[1] for k, p in enumerate(pieces)))
            if len(pieces) > 1 and i > 0 and not pieces[0][0].endswith("ー"):
                out.append(
                    pieces[0][0] + "ー" + "".join(p[0] if k != i else p[1] for k, p in enumerate(pieces) if k)
                )
    return list(dict.fromkeys(out))[:limit]
