"""Names from Cyrillic into each Latin-script language's own romanisation.

A Russian or Ukrainian name reaches English as Zelensky, German as Selenskyj, Polish as
Zełenski, Turkish as Zelenskiy, Czech as Zelenskyj, French as Zelensky: each language
romanises the Cyrillic by its own rules. So a name that looks Slavic is carried into
Cyrillic first (`cyrillic.py`) and from there into the target's convention.
"""

from __future__ import annotations

import re
from itertools import product

from monitor.lexicon.transcribe.engine import Scheme

# Endings and letter groups that mark a name as romanised from Russian or Ukrainian.
_SLAVIC = re.compile(
    r"(sky|skyi|skyy|skiy|ski|ov|ova|ev|eva|yov|in|ina|yn|enko|uk|chuk|yuk|ich|vich|ko|ny|naya|yi|iy|sk|"
    r"ets|iv|ivka|hrad|grad|horod|pol)$|kh|zh|shch|yy|yu|ya"
)


def looks_slavic(ascii_word: str) -> bool:
    """Romanised from Cyrillic, by its ending or its letter groups (kept for callers; see `_romanised`)."""
    return bool(_SLAVIC.search(ascii_word))


_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "-": "-",
}  # fmt: skip


def _scheme(changes: dict[str, tuple[str, ...]]) -> Scheme:
    return Scheme({**{k: (v,) for k, v in _BASE.items()}, **changes})


# Polish writes a consonant softened by я ю ё и as the consonant and i (Paszynian, Julia, Siergiej,
# Pezeszkian): ня nia, ся sia, кя kia; ия ia.
_POLISH_CONSONANTS = {
    "б": "b", "в": "w", "г": "g", "д": "d", "з": "z", "к": "k", "м": "m", "н": "n", "п": "p", "р": "r",
    "с": "s", "т": "t", "ф": "f", "х": "ch", "ц": "c",
}  # fmt: skip
_POLISH_SOFT: dict[str, tuple[str, ...]] = {
    c + v: (latin + "i" + rest, latin + "j" + rest)
    for c, latin in _POLISH_CONSONANTS.items()
    for v, rest in (("я", "a"), ("ю", "u"), ("ё", "o"))
} | {"ия": ("ia", "ija"), "ія": ("ia", "ija"), "ию": ("iu", "iju"), "ли": ("li",), "лия": ("lia", "lija")}

# Cyrillic -> each language's usual romanisation (Duden, Polish, Turkish, French press...).
SCHEMES: dict[str, Scheme] = {
    "de": _scheme({
        "ж": ("sch",), "з": ("s",), "в": ("w",), "й": ("j",), "х": ("ch",), "ц": ("z",), "ч": ("tsch",),
        "ш": ("sch",), "щ": ("schtsch",), "ю": ("ju",), "я": ("ja",), "е": ("e",), "є": ("je",), "ї": ("ji",),
        "ий$": ("ij", "i"), "ый$": ("y", "i"), "ський$": ("skyj",), "ский$": ("ski",), "г": ("g", "h"),
        "с": ("s",), "сс": ("ss",), "ё": ("jo",), "ы": ("y",), "ьо": ("jo",), "ія$": ("ija",),
        "ой": ("oi", "oj"),
    }),
    "pl": _scheme({
        "ж": ("ż",), "в": ("w",), "й": ("j",), "х": ("ch",), "ц": ("c",), "ч": ("cz",), "ш": ("sz",),
        "щ": ("szcz",), "ю": ("ju",), "я": ("ja",), "є": ("je",), "ї": ("ji",), "л": ("ł", "l"), "ль": ("l",),
        "ле": ("le", "łe"), "лі": ("li",), "ля": ("la",), "лю": ("lu",), "ий$": ("i", "ij"), "ый$": ("y",),
        "ський$": ("ski",), "ский$": ("ski",), "ы": ("y",), "г": ("g", "h"), "и": ("i", "y"), "і": ("i",),
        "ё": ("io",), "е": ("ie", "e"), "^е": ("je", "e"), "ое": ("oje",), "ае": ("aje",),
        **_POLISH_SOFT,
        # и is y after ж ш ц (Prigożyn, Szyszkin), and Polish writes a soft н before ск as ń
        # at the end of a place name (Wołczańsk, Słowiańsk, Kupiańsk; not Zełenski)
        "жи": ("ży",), "ши": ("szy",), "ци": ("cy",), "нськ$": ("ńsk", "nsk"), "нск$": ("ńsk", "nsk"),
    }),
    "cs": _scheme({
        "ж": ("ž",), "в": ("v",), "й": ("j",), "х": ("ch",), "ц": ("c",), "ч": ("č",), "ш": ("š",),
        "щ": ("šč",), "ю": ("ju",), "я": ("ja",), "є": ("je",), "ий$": ("yj", "ij"), "ський$": ("skyj",),
        "ский$": ("skij",), "г": ("h",), "и": ("y", "i"), "ы": ("y",), "ё": ("jo",),
    }),
    "tr": _scheme({
        "ж": ("j",), "й": ("y",), "х": ("h",), "ц": ("ts",), "ч": ("ç",), "ш": ("ş",), "щ": ("ş",),
        "ю": ("yu",), "я": ("ya",), "ий$": ("iy", "i"), "ський$": ("skiy",), "ский$": ("skiy", "ski"),
        "ы": ("ı", "i"), "жж": ("j",),  # a long ж written once, as from English zhzh (Zaporijya)
    }),
    "fr": _scheme({
        "ж": ("j",), "й": ("ï", "i"), "х": ("kh",), "ц": ("ts",), "ч": ("tch",), "ш": ("ch",), "щ": ("chtch",),
        "у": ("ou",), "ю": ("iou",), "я": ("ia",), "ий$": ("i", "y"), "ський$": ("sky", "ski"),
        "ский$": ("ski", "sky"), "ы": ("y",), "е": ("e", "ie"), "с": ("s",), "ин$": ("ine", "in"),
        "ей": ("eï", "ei"),
    }),
    "es": _scheme({
        "ж": ("zh", "y"), "жж": ("zhzh", "y"), "х": ("j",), "ч": ("ch",), "ш": ("sh",), "й": ("i",), "ий$": ("i",),
        "ський$": ("ski", "sky"), "ский$": ("ski", "sky"), "ю": ("iu", "yu"), "я": ("ia", "ya"),
    }),
    "it": _scheme({
        "ж": ("zh", "j"), "х": ("kh", "ch"), "ч": ("ch", "c"), "ш": ("sh", "sc"), "й": ("j", "i"),
        "ий$": ("ij", "i"), "ський$": ("sky", "skyj"), "ский$": ("skij", "ski"),
    }),
    "pt": _scheme({
        "ж": ("j", "zh"), "х": ("kh",), "ч": ("tch", "ch"), "ш": ("ch", "sh"), "й": ("i",), "ий$": ("i",),
        "ський$": ("ski", "sky"), "ский$": ("ski", "sky"),
    }),
    "nl": _scheme({
        "ж": ("zj",), "х": ("ch",), "ч": ("tsj",), "ш": ("sj",), "щ": ("sjtsj",), "й": ("j",), "у": ("oe",),
        "ю": ("joe",), "я": ("ja",), "в": ("v",), "ий$": ("i", "ij"), "ський$": ("ski", "skyj"),
        "ский$": ("ski",), "е": ("e",), "є": ("je",),
    }),
}  # fmt: skip


# Ukrainian letters read otherwise than the Russian ones they look like: и is y, г is h, е
# is a plain e (Polish Zełenski from Зеленський, but Pieskow from Песков). Dutch news reads them so
# too (Voehledar, Hoeljajpole, Kostjantynivka); French, Spanish and Turkish news still mostly write the
# Russian g (Vougledar, Vugledar, Şoygu), which a Ukrainian h reading would push out of the few kept.
_UKRAINIAN_H_Y: dict[str, tuple[str, ...]] = {"и": ("y",), "г": ("h",)}
_FROM_UKRAINIAN: dict[str, dict[str, tuple[str, ...]]] = {
    "pl": {"е": ("e",), "и": ("y",), "г": ("h",), "^е": ("e",), "ів$": ("iw", "ów")},  # Czernihiw, Czernihów
    "de": _UKRAINIAN_H_Y,
    "cs": _UKRAINIAN_H_Y,
    "nl": _UKRAINIAN_H_Y,
}
UKRAINIAN_SCHEMES = {
    language: Scheme({**scheme.rules, **_FROM_UKRAINIAN.get(language, {})})
    for language, scheme in SCHEMES.items()
}


def romanised(cyrillic: str, language: str, source: str = "ru", limit: int = 2) -> list[str]:
    """`зеленський` (from `source`, ru or uk) in `language`'s romanisation (de: selenskyj), lower case."""
    scheme = (UKRAINIAN_SCHEMES if source == "uk" else SCHEMES).get(language)
    return scheme.readings(cyrillic, limit) if scheme else []


# A Latin spelling (English, French, German...) respelt as Turkish news writes foreign names, by
# sound and in its letters: sh ş, ch ç, j c, kh h, th s (Houthi Husi), w v, and names from Arabic
# as Turkish has always written them, a short a as e (Salman Selman, Farid Ferid, Mecca Mekke),
# o as u (Mosul Musul), a final -ah as -e (Hodeidah Hudeyde) but God's name kept (Abdullah,
# Hezbollah Hizbullah), ei and ai as ey and ay, -ieh as -iye (Nabatieh Nebatiye), and the gh that
# English writes for Persian and Arabic qaf as k (Ghalibaf Kalibaf; Iraq Irak), so always before a
# voiceless consonant (Araghchi Arakçi), where ğ stays the first reading otherwise (Baghdad Bağdat). Each piece's
# first reading is the usual one; readings are ranked by how many pieces are read otherwise.
TURKISH = Scheme(
    {
        "^gh": ("g", "k"), "sh": ("ş",), "sch": ("ş",), "ch": ("ç", "h", "k"), "tch": ("ç",), "kh": ("h",), "gh": ("ğ", "g", "k"), "ghch": ("kç", "ğç"),
        "th": ("t", "s"), "dh": ("z", "d"), "ph": ("f",), "zh": ("j",), "dzh": ("c",), "dj": ("c",),
        "ck": ("k",), "qu": ("kv", "k"), "q": ("k",), "x": ("ks",), "w": ("v",), "j": ("c", "j"),
        "c": ("k", "s"), "ce": ("se", "çe"), "ci": ("si", "çi"), "cy": ("si",), "ts": ("ts", "ç"), "tz": ("ts",),
        "a": ("a", "e"), "e": ("e", "i"), "i": ("i",), "o": ("o", "u"), "u": ("u", "ü"), "y": ("y", "i"),
        "ou": ("u",), "oo": ("u",), "ee": ("i",), "ea": ("i", "ea"), "ei": ("ey", "ay"), "ai": ("ay", "ey"),
        "ey": ("ey", "ay"), "ay": ("ay", "ey"), "zhzh": ("j",), "ail": ("ail", "ayl"), "au": ("av", "o"), "eu": ("öy", "ev"), "ia": ("iya", "ya"), "ian$": ("yan", "iyan"),
        "ie": ("iye", "i"), "ieh$": ("iye",), "you": ("yu", "you"), "io": ("iyo", "yo"), "iu": ("iyu", "yu"), "ya": ("ya",), "yu": ("yu",), "yo": ("yo",),
        "ah$": ("e", "a"), "eh$": ("e",), "llah$": ("llah",), "ollah$": ("ullah", "ollah"), "a$": ("a", "e"), "e$": ("e", ""), "y$": ("i", "y"), "ey$": ("ey", "i"),
        "ss": ("s", "ss"), "ll": ("l", "ll"), "tt": ("t", "tt"), "nn": ("n", "nn"), "mm": ("m", "mm"),
        "rr": ("r", "rr"), "ff": ("f",), "pp": ("p",), "bb": ("b",), "dd": ("dd", "d"), "kk": ("kk", "k"),
        "zz": ("z", "ts"), "aa": ("a", "aa"), "-": ("-",),
    }
)  # fmt: skip


def turkish_spellings(ascii_word: str, limit: int) -> list[str]:
    """The `limit` likeliest Turkish respellings of a lower-case ASCII word (`turkish_spellings("houthi", 4)`);
    a hyphenated word's parts each respelt, the Arabic article as Turkish writes it: el- (al-Ghamdi
    el-Gamdi), assimilated to a sun letter as it is said (al-Sharaa eş-Şara, al-Rashid er-Reşid),
    or dropped, as the press does for names it writes often (Bashar al-Assad: Beşar Esad)."""
    if "-" in ascii_word.strip("-"):
        parts = [_TR_PARTICLES.get(p) or (TURKISH.readings(p, 1) or [p])[0] for p in ascii_word.split("-")]
        spelt, bare = ["-".join(parts)], []
        article, _, rest = ascii_word.partition("-")
        if article in ("al", "el") and len(parts) == 2 and parts[1]:
            name = parts[1]
            sun = "ş" if name.startswith("ş") else name[0] if name[0] in _TR_SUN_LETTERS else ""
            spelt = [f"e{sun}-{name}", *spelt, name] if sun else [*spelt, name]
            bare = TURKISH.readings(rest, limit)  # Esad, found by the news's word lists (`_turkish`)
        return list(dict.fromkeys([*spelt, *TURKISH.readings(ascii_word, limit), *bare]))[:limit]
    return TURKISH.readings(ascii_word, limit)


# Final sounds Turkish writes its own way in names it has long used: the ğ of Turkic and Persian names
# (Karabakh Karabağ), a final d unvoiced (Ahmad Ahmet, Baghdad Bağdat, Samarkand Semerkant). Read only
# for the spellings Turkish word lists know (`transcribe._turkish_extra`): as raw readings they would
# take the place of likelier ones.
TURKISH_FINALS = Scheme({**TURKISH.rules, "kh$": ("h", "ğ"), "d$": ("d", "t")})


def south_slavic(ascii_word: str) -> list[str]:
    """A South Slavic surname in -ić (Jovanović, Vučić), which English writes -ic, as Turkish news does:
    its letters kept (a j stays j), the final ć as ç, and also every c as ç (č and ć lost their marks
    alike: Vuçiç). [] for other words."""
    if len(ascii_word) < SOUTH_SLAVIC_LETTERS or not ascii_word.endswith("ic"):
        return []
    return list(dict.fromkeys([ascii_word[:-1] + "ç", ascii_word.replace("c", "ç")]))


SOUTH_SLAVIC_LETTERS = 5  # shorter words in -ic are English given names (Eric), not Slavic surnames


# Turkish letters that English spellings of Turkish names drop (Ocalan Öcalan, Yildirim Yıldırım, Kilicdaroglu
# Kılıçdaroğlu, Diyarbakir Diyarbakır): each of these letters may be the Turkish one.
_TURKISH_LETTERS = {"c": "ç", "s": "ş", "g": "ğ", "i": "ı", "o": "ö", "u": "ü"}
TURKISH_LETTER_CHOICES = 10  # letters that may be Turkish ones, at most, in one word (2**10 spellings)


def turkish_lettered(ascii_word: str) -> list[str]:
    """`ascii_word` with any of its c s g i o u as Turkish's ç ş ğ ı ö ü (a ğ never first), every
    combination, the word itself first; the caller keeps those Turkish news uses. [] for a word with
    more than `TURKISH_LETTER_CHOICES` such letters."""
    choices = [
        (c, _TURKISH_LETTERS[c]) if c in _TURKISH_LETTERS and (i or c != "g") else (c,)
        for i, c in enumerate(ascii_word)
    ]
    if sum(len(c) > 1 for c in choices) > TURKISH_LETTER_CHOICES:
        return []
    return ["".join(letters) for letters in product(*choices)]


_TR_PARTICLES = {"al": "el", "el": "el", "bin": "bin", "abu": "ebu"}
# The consonants the Arabic article's l is assimilated to, as Turkish spells them (ş apart).
_TR_SUN_LETTERS = frozenset("tsdzrnl")


# A Latin spelling (English, mostly of Arabic, Persian and Asian names) respelt as Polish news writes
# foreign names, by sound in Polish letters: kh ch, sh sz, ch cz, j dż, y j before a vowel, a double
# consonant single (Assad Asad, Hassan Hasan), ou u (Houthi Huti), ee i, an Armenian -ian -jan
# (Sarkissian Sarkisjan). Respellings Polish word lists know are kept (`transcribe._polish`), and a
# long word's likeliest one.
POLISH = Scheme(
    {
        "sh": ("sz",), "sch": ("sz",), "ch": ("cz", "ch"), "tch": ("cz",), "kh": ("ch",), "gh": ("g",),
        "zh": ("ż",), "j": ("dż", "j"), "dj": ("dż",), "th": ("t",), "dh": ("d",), "ph": ("f",),
        "q": ("k",), "x": ("ks",), "ck": ("k",), "c": ("k", "c"), "v": ("w",), "w": ("w",),
        "y": ("y", "j"), "^y": ("j",), "ya": ("ja",), "yo": ("jo",), "yu": ("ju",), "ye": ("je",),
        "ay": ("aj",), "ey": ("ej",), "oy": ("oj",), "ai": ("aj",), "ei": ("ej",), "ou": ("u",),
        "oo": ("u",), "ee": ("i",), "ah$": ("a", "ah"), "y$": ("i", "y"), "ss": ("s", "ss"),
        "ian$": ("jan",), "yan$": ("jan",),
        "ll": ("l", "ll"), "tt": ("t", "tt"), "nn": ("n", "nn"), "mm": ("m", "mm"), "rr": ("r",),
        "ff": ("f",), "pp": ("p",), "bb": ("b",), "dd": ("d", "dd"), "kk": ("k",), "zz": ("z",),
        "-": ("-",),
    }
)  # fmt: skip


def polish_spellings(ascii_word: str, limit: int) -> list[str]:
    """The `limit` likeliest Polish respellings of a lower-case ASCII word (`polish_spellings("assad", 4)`)."""
    return POLISH.readings(ascii_word, limit)
