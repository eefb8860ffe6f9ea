"""Transcription: a name no source knows, carried into a target language's script and conventions.

`transcribe(name, language)` gives a few spellings of a Latin-script name as an article in
`language` would write it: Cyrillic for ru/uk/bg (each by its conventions), Arabic script for
ar, Greek, Hebrew, Hangul and Devanagari for el, he, ko and hi, katakana for ja, Chinese
characters by an abridged Xinhua table for zh (`hanzi.py`, the weakest; each sound's characters
ordered and widened by counts over CC-CEDICT and GeoNames, `learn.py`), and for Latin-script
languages their own romanisations of the name's Russian and Ukrainian readings (Selenskyj,
Zełenski). Particles (bin, von, de, al-) are written each language's way, in lower case. A
word the CMU dictionary knows is also read as English sounds it (Powell パウエル, Пауэлл;
Altman 奥尔特曼), since news writes English names by sound. A name of several words comes
back with each word's every reading (`spread`): the compiler matches a phrase word by word.
The schemes' readings are ordered by rank and, where measured (`learn.py`, `costs.py`), by
how often writers use them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from itertools import product

from monitor.analysis.analyzer import SILENT_KANA
from monitor.analysis.fold import fold
from monitor.lexicon.frequency import FREQUENCIES
from monitor.lexicon.guard import arabic_word
from monitor.lexicon.namesources import chinese_names, japanese_names, pronunciations
from monitor.lexicon.terms import COMMON_ZIPF, is_capitalised
from monitor.lexicon.transcribe.arabic import (
    ARABIC,
    ARABIC_NAME,
    ARABIC_SLAVIC,
    ARABIC_WIDE,
    arabic_input,
    arabic_origins,
    long_where_short,
    spoken_arabic,
)
from monitor.lexicon.transcribe.arabic import origin_scheme as arabic_origin_scheme
from monitor.lexicon.transcribe.cyrillic import (
    ESTABLISHED_ZIPF,
    GIVEN_ZIPF,
    KOREAN,
    POLIVANOV,
    POLIVANOV_UKRAINIAN,
    RUSSIAN,
    UKRAINIAN,
    UKRAINIAN_FROM_RUSSIAN,
    UKRAINIAN_KH,
    UKRAINIAN_NATIONAL,
    established_given,
    german_spelt,
    given_counterparts,
    looks_ukrainian,
    marked_origins,
    origin_input,
    origin_languages,
    origin_scheme,
    romanised_from_ukrainian,
    russian_from_ukrainian,
    russian_spelling,
    spoken_cyrillic,
    ukrainian_spelling,
)
from monitor.lexicon.transcribe.engine import Scheme, ascii_spelling, combine
from monitor.lexicon.transcribe.greek_hebrew import GREEK, HEBREW, hebrew_finals
from monitor.lexicon.transcribe.hangul import devanagari, hangul
from monitor.lexicon.transcribe.hanzi import (
    FEMININE,
    hanzi,
    name_uses,
    own_sounds,
    spanish_sounds,
    spoken_hanzi,
    spread_hanzi,
)
from monitor.lexicon.transcribe.kana import (
    german_katakana,
    katakana,
    korean_katakana,
    lettered_spelling,
    respellings,
    spoken_katakana,
)
from monitor.lexicon.transcribe.latin import SCHEMES as LATIN_SCHEMES
from monitor.lexicon.transcribe.latin import (
    TURKISH_FINALS,
    looks_slavic,
    polish_spellings,
    romanised,
    south_slavic,
    turkish_lettered,
    turkish_spellings,
)
from monitor.lexicon.transcribe.pinyin import (
    HEPBURN_SYLLABLE,
    KOREAN_SYLLABLE,
    palladius,
    pinyin_katakana,
    syllables,
)
from monitor.lexicon.transcribe.syllables import respell

_SCRIPTS: dict[str, Scheme] = {
    "ru": RUSSIAN, "uk": UKRAINIAN, "bg": RUSSIAN, "be": RUSSIAN, "ar": ARABIC, "el": GREEK, "he": HEBREW,
}  # fmt: skip
_SILENT_G = frozenset({"ja", "zh", "ko"})  # languages that write Turkish ğ as the vowel it lengthens
PER_WORD = 3  # readings kept per word
PER_NAME = 6  # readings kept per one-word name
# A phrase is far more specific than a word (its words must stand together), so each word of
# a name of several gets more readings: a first name's doubts no longer hide the surname.
PER_PHRASE_WORD = 5
PER_PHRASE = 16
# Readings per word of a phrase in Chinese characters: a character's doubt is wider than a letter's,
# and each part is matched on its own (`Sequence`), so more readings cost no combinations.
PER_PHRASE_CHARACTERS = 16
# Readings of a one-word name in Chinese characters: the measured characters (`learn.py`) order them,
# and a name of three characters or more is seldom anything else.
PER_WORD_CHARACTERS = 12
# Katakana readings per word beyond the others': a katakana name matches a whole katakana run only
# (`lexicon.boundaries.inside_katakana_word`), so a reading more seldom finds something else.
KANA_EXTRA = 4


def transcribe_languages() -> frozenset[str]:
    return frozenset({*_SCRIPTS, "ja", "zh", "ko", "hi", *LATIN_SCHEMES})


def transcribe(name: str, language: str) -> list[str]:
    """A few spellings of the Latin-script `name` in `language`, likeliest first ([] where none is made).

    For Latin-script languages the name as written is not repeated here (it is the rule's
    own text); only other romanisations are. A name of several words comes back with each
    word's every reading at least once, the others at their likeliest (see `spread`), so
    a matcher that takes each word's readings as a set (the rule compiler does, in
    alphabets) finds every combination. In Russian and Ukrainian, a Turkish name typed without
    its ö, ü, ş and ç is read with them first (`turkish_umlauts`: Ozgur Ozel Озгюр Озель), as typed second.
    """
    found = _transcribe(name, language)
    if language in ("ru", "uk"):
        umlauted = turkish_umlauts(name)
        if umlauted != name:
            found = [*_transcribe(umlauted, language), *found]
    if language == "uk":  # every route's readings in Ukrainian spelling (Луїс, not Луіс)
        found = [ukrainian_spelling(r) for r in found]
    return list(dict.fromkeys(found))


TURKISH_UMLAUT_ZIPF = 2.5  # a Turkish spelling with ö or ü at least this frequent in Turkish news
TURKISH_UMLAUT_LEAD = 0.5  # and this much more than the word as typed, there and in German news


def turkish_umlauts(name: str) -> str:
    """`name` with each capitalised word that Turkish news writes with ö, ü, ş or ç (`_TURKISH_MARKS`;
    `names._marked` restores the others) spelled so: Ozgur Ozel Özgür Özel, Guler Güler, Yavas Yavaş; where Turkish
    news uses that spelling far more than the word as typed, and German news does not (not Muller,
    Müller). Cyrillic writes Turkish ü as ю after a consonant (Гюлер), which the ASCII word loses. Only
    where each of its capitalised words is Turkish (so spelt, or used as typed or with Turkish letters in
    its news: Yasar Yaşar): not Rüstem for the Crimean Tatar Rustem Umerov."""
    words = name.split()
    spelled = [_turkish_umlauted(w) if is_capitalised(w) and w.isascii() else w for w in words]
    if spelled == words or not all(
        s != w or _turkish_word(w) for s, w in zip(spelled, words, strict=True) if is_capitalised(w)
    ):
        return name
    return " ".join(spelled)


def _turkish_word(word: str) -> bool:
    """Does Turkish news write `word` as typed, or with its own letters (`namesources.marked_spellings`)?"""
    from monitor.lexicon.namesources import marked_spellings

    low = word.lower()
    return FREQUENCIES.zipf(low, "tr") >= TURKISH_UMLAUT_ZIPF or any(
        m.language == "tr" for m in marked_spellings(word)
    )


# The Turkish letters English news drops (Ozgur Ozel Özgür Özel, Mansur Yavas Yavaş, Bahceli Bahçeli):
# Cyrillic writes them apart (Озгюр Озель, Яваш, Бахчели), which the ASCII word loses.
_TURKISH_MARKS = {"o": "ö", "u": "ü", "s": "ş", "c": "ç"}
TURKISH_MARKED_MOST = 8  # letters of a word tried both ways, at most (2**8 spellings)


def _turkish_umlauted(word: str) -> str:
    """`word` as Turkish news spells it with ö, ü, ş or ç (`turkish_umlauts`), or itself."""
    low = word.lower()
    marks = sum(c in _TURKISH_MARKS for c in low)
    if not marks or marks > TURKISH_MARKED_MOST or not low.isalpha():
        return word
    plain = max(FREQUENCIES.zipf(low, "tr"), FREQUENCIES.zipf(low, "de"))
    best, spelling = 0.0, low
    for choice in product(*[(c, _TURKISH_MARKS[c]) if c in _TURKISH_MARKS else (c,) for c in low]):
        spelt = "".join(choice)
        zipf = FREQUENCIES.zipf(spelt, "tr")
        if spelt != low and zipf > best and zipf > FREQUENCIES.zipf(spelt, "de") + TURKISH_UMLAUT_LEAD:
            best, spelling = zipf, spelt
    if best < TURKISH_UMLAUT_ZIPF or best < plain + TURKISH_UMLAUT_LEAD:
        return word
    return spelling[:1].upper() + spelling[1:]


def _transcribe(name: str, language: str) -> list[str]:
    """`transcribe` without a Turkish name's ö and ü restored."""
    turkish = language in ("ru", "uk") and _turkish_name(name)  # before its ğ and ı are read
    if language not in _SILENT_G:  # Turkish ğ lengthens a vowel: silent in kana, a g elsewhere (Эрдоган)
        name = name.replace("ğ", "g").replace("Ğ", "G")
    as_written = name
    name = _as_read(name, language)
    originals = [w for w in name.split() if ascii_spelling(w).strip("-")]
    if not originals:
        return []
    words = [ascii_spelling(w) for w in originals]
    per_word, limit = _readings_kept(language, len(words))
    if language in _SCRIPTS:
        found = _in_alphabet(originals, words, language, per_word, limit, turkish=turkish)
    elif language == "ja":
        found = _in_katakana(originals, words, as_written, per_word, limit)
    elif language == "ko":
        found = [" ".join(hangul(w) for w in words)]
    elif language == "hi":
        found = [" ".join(devanagari(w) for w in words)]
    elif language == "zh":
        found = [f for f in _in_characters(originals, words, per_word, limit) if not _a_word(f)]
    elif language in LATIN_SCHEMES:
        found = [f for f in _romanised(originals, words, language) if f != as_written]
    else:
        return []
    return list(dict.fromkeys(f for f in found if f))


WORD_READING_ZIPF = 3.0  # a reading of two characters this common in Chinese is a word or another name
NAME_PIECE_USES = 100  # unless each character stands in this many transcribed names (阿比, Abiy)


def _a_word(reading: str) -> bool:
    """Is a Chinese reading of two characters a word of the language (美日, "US-Japan", for Merz read
    as Polish rz)? A transcribed name of two characters is rarer (默茨 0, 菲佐 1.5, 米莱 2.2), unless
    both its characters are the transcription's usual ones (阿比 3.1, Abiy; 马斯)."""
    from monitor.lexicon.boundaries import word_zipf

    return (
        len(reading) == 2
        and word_zipf(reading) >= WORD_READING_ZIPF
        and not all(name_uses(c) >= NAME_PIECE_USES for c in reading)
    )


def _as_read(name: str, language: str) -> str:
    """`name` with its parts as `language` reads them: the Arabic article a particle however the rule
    writes it, and, in Japanese and Chinese, a double name's two parts two words."""
    name = _ARTICLE.sub(lambda m: m.group(1).lower(), name)  # Al-Harbi: аль-Харби, al-Harbi, الحربي
    if language in ("ja", "zh"):  # a double name's parts are parts (サルキシャン＝ペトロシャン)
        name = re.sub(r"(?<=\w)[-‐](?=\w)", " ", name)
    if language in ("ru", "uk"):  # letters Cyrillic writes as their own sounds, not as English spells them
        name = name.translate(_CYRILLIC_MARKS)
    return name


# Turkish ı is ы in Russian, и in Ukrainian, the Cyrillic schemes' y (Yıldırım Йылдырым, Йилдирим);
# Czech ř is рж (Dvořák Дворжак).
_CYRILLIC_MARKS = str.maketrans({"ı": "y", "ř": "rž", "Ř": "Rž"})
# In a Czech or Slovak name ď ť ň ľ are a soft д т н л, which its rules read dj tj nj lj (Ďurica Дюрица).
_CZECH_SOFT = str.maketrans(
    {"ď": "dj", "Ď": "Dj", "ť": "tj", "Ť": "Tj", "ň": "nj", "Ň": "Nj", "ľ": "lj", "Ľ": "Lj"}
)


def _readings_kept(language: str, words: int) -> tuple[int, int]:
    """How many readings a name of `words` words keeps in `language`: per word, and in all."""
    per_word, limit = (PER_WORD, PER_NAME) if words == 1 else (PER_PHRASE_WORD, PER_PHRASE)
    if language in ("ar", "zh"):  # more doubt per letter (short vowels; a character per syllable)
        per_word, limit = per_word + 2, limit + 2
    if language in ("ru", "uk") and words == 1:  # a capitalised word only: as many as a phrase's
        per_word, limit = PER_PHRASE_WORD, PER_NAME + PER_PHRASE_WORD - PER_WORD
    if language == "zh":  # a phrase's parts are matched one by one (`Sequence`)
        per_word = PER_PHRASE_CHARACTERS if words > 1 else PER_WORD_CHARACTERS
        limit = max(limit, per_word)
    return per_word, limit


def _in_alphabet(
    originals: list[str],
    words: list[str],
    language: str,
    per_word: int,
    limit: int,
    *,
    turkish: bool = False,
) -> list[str]:
    """Readings in an alphabet (`_SCRIPTS`): each word by the scheme (as its language of origin says
    it, where that is known); in Russian and Ukrainian a given name also in its own form there, a word
    with an umlaut also as German or Turkish (`turkish`: the name is) says it, and a Chinese, Korean or
    Japanese name by its own system; in Arabic the article joined to its word."""
    scheme = _SCRIPTS[language]
    marked = marked_origins(originals) if language in ("ru", "uk") else ()
    if marked:
        originals = [o.translate(_CZECH_SOFT) for o in originals]
    # a Turkish name's letters tell its origin as a Czech one's do (Recep Реджеп, Çalhanoğlu Чалханоглу)
    kin = marked or (("tr",) if turkish else ()) or _name_origins(words)
    readings = [
        _particle(o, language)
        or (_initials(o, language) if i < len(originals) - 1 else None)
        or _camel(o, language, per_word)
        or _mac(scheme, o, language, _longer(o, language, per_word), kin)
        or _umlauted(
            scheme,
            o,
            language,
            _longer(o, language, per_word),
            turkish,
            _spoken_alphabet(
                _hyphenated(scheme, o, language, _longer(o, language, per_word), kin, sure=turkish),
                o,
                language,
            ),
        )
        for i, o in enumerate(originals)
    ]
    if language in ("ru", "uk"):  # a given name in its own form there (Mykola: Николай)
        readings[:-1] = [
            list(dict.fromkeys([*r, *_given(o, language)])) if is_capitalised(o) else r
            for o, r in zip(originals[:-1], readings[:-1], strict=True)
        ]
    found = spread(readings, limit)
    if language in ("ru", "uk") and not any(_UMLAUTS.search(o) for o in originals):
        found = _with_east_asian_cyrillic(found, words, language)
    if language == "ar":  # second: a different shape, not a lesser spelling
        found[1:1] = _syllable_words(words, scheme)
        if len(words) == 1:
            found = _not_common_words(found, originals[0])
        found = [f.replace("ال-", "ال") for f in found]  # the article is joined to its word (الحربي)
    return found


def _with_east_asian_cyrillic(found: list[str], words: list[str], language: str) -> list[str]:
    """`found` with the name's Russian or Ukrainian readings as a Japanese, Chinese or Korean name:
    first where it is surely Japanese; otherwise a one-word name's after the others (Putin is more
    often not Chinese: pu-tin), a phrase's before, and the Japanese second (Kagame may be no Japanese
    name)."""
    japanese = _japanese_cyrillic(words, language)
    chinese = _chinese_cyrillic(words, language) + _korean_cyrillic(words, language)
    if japanese and surely_japanese(words):  # Kishida, Yuki Tanigawa: not pinyin
        return [*japanese, *found]
    found = chinese + found if len(words) > 1 else found + chinese
    found[1:1] = japanese
    return found


def _in_katakana(
    originals: list[str], words: list[str], as_written: str, per_word: int, limit: int
) -> list[str]:
    """Katakana readings: each word's as said (its English sound where known; a phrase's word as
    JMnedict writes it, where it does), particles joined to their word, a Chinese name by its
    pinyin and a Korean one by its Korean sounds; of the readings that match alike (ウェバー,
    ウェーバー), the first."""
    turkish = _turkish_name(as_written)  # Özgür Özel's ö is no German one
    readings = [
        _particle(o, "ja")
        or _camel(o, "ja", per_word + 1)
        or list(
            dict.fromkeys(
                [
                    *(german_katakana(o) if not turkish else ()),
                    *_known_kana(
                        _unreleased(_spoken(katakana(w, per_word + KANA_EXTRA), w), w), o, len(words)
                    ),
                    *_lettered_katakana(o, turkish),
                ]
            )
        )
        for o, w in zip(originals, words, strict=True)
    ]
    found = spread(readings, limit, joiner="・")
    found += _particles_joined(originals, readings, "ja", limit)
    found += _chinese_katakana(words) + korean_katakana(as_written)
    kept: dict[str, str] = {}
    for reading in found:
        kept.setdefault(kana_key(reading), reading)
    return list(kept.values())


def _in_characters(originals: list[str], words: list[str], per_word: int, limit: int) -> list[str]:
    """Chinese readings: each word's characters as said and respelt (a phrase's word as CC-CEDICT
    writes it as a name, where it does), a woman's given name in her characters, particles joined
    to their word, and the name without the Arabic article, which Xinhua leaves out (艾哈迈德·沙拉,
    al-Sharaa)."""
    readings = [
        _particle(o, "zh")
        or _written_part(o, len(words))
        + _unvoiced_final(
            _spread(_respelt_hanzi(_spoken_hanzi(hanzi(w, per_word), w), w, len(words) == 1), w),
            None if len(words) == 1 else UNVOICED_PHRASE_READINGS,
        )
        for o, w in zip(originals, words, strict=True)
    ]
    if len(words) > 1:  # a given name may be a woman's, written with her characters (露西娅)
        readings[:-1] = [_feminine(r) for r in readings[:-1]]
    found = spread(readings, limit, joiner="・")
    found += _particles_joined(originals, readings, "zh", limit)
    unarticled = [r for o, r in zip(originals, readings, strict=True) if o not in _ARABIC_ARTICLES]
    if 0 < len(unarticled) < len(readings):
        found += spread(unarticled, limit, joiner="・")
    return found


# Letters only Turkish writes among the languages with ö and ü (not ç: Portuguese and French have it).
_TURKISH_LETTERS = re.compile("[şğıİŞĞ]")


def _turkish_name(name: str) -> bool:
    """Is `name` Turkish: written with a letter only Turkish has, or a word of it Turkish news uses more
    than German news does (Özgür, Süleyman; not Höcke, Müller)? Its ö and ü are then no German umlauts."""
    words = [w.lower() for w in name.split()]
    return bool(_TURKISH_LETTERS.search(name)) or any(
        FREQUENCIES.zipf(w, "tr") > FREQUENCIES.zipf(w, "de") for w in words if _GERMAN_UMLAUTS.search(w)
    )


_GERMAN_UMLAUTS = re.compile("[äöü]")


# Russian and Ukrainian news write German ä ö ü as е ё ю (Schäfer Шефер, Köhler Кёлер / Кьолер, Müller
# Мюллер) and Turkish ü as ю (Gül Гюль, Öztürk Озтюрк; its ö is о, Özil Озил), which ASCII folding
# loses (Колер, Гуль): a word with one is read with it spelt as German spells it without marks (ae oe
# ue), by the German or Turkish readings of `cyrillic._ORIGIN_RULES`, first; folded, second, since a
# Turkish name German news uses is no Turkish one by word frequencies (Özil, beside Эциль).
_UMLAUTS = re.compile("[äöüÄÖÜ]")
_TURKISH_U = str.maketrans({"ü": "ue", "Ü": "Ue"})


def _umlauted(
    scheme: Scheme, word: str, language: str, limit: int, turkish: bool, folded: list[str]
) -> list[str]:
    """`folded`, a word's readings with its umlauts folded, after those of the umlauts it writes."""
    if language not in ("ru", "uk") or not _UMLAUTS.search(word):
        return folded
    spelt = word.translate(_TURKISH_U) if turkish else german_spelt(word)
    if spelt == word:  # a Turkish ö, a Finnish ä or ö: folded
        return folded
    own = _hyphenated(scheme, spelt, language, limit, ("tr",) if turkish else ("de",), sure=True)
    return list(dict.fromkeys([*own[:1], *folded[:1], *own[1:], *folded[1:]]))[: max(len(folded), limit)]


LETTERED_READINGS = 2  # katakana readings of a word's own letters' sounds (`kana.lettered_spelling`)


def _lettered_katakana(original: str, turkish: bool) -> list[str]:
    """Katakana of a word with letters whose sound its ASCII spelling loses (Michał ミハウ, Gonçalves
    ゴンサルベス), after its other readings: Japanese news writes some as the letter sounds, some not
    (Wałęsa ワレサ)."""
    spelt = lettered_spelling(original, turkish=turkish)
    return katakana(ascii_spelling(spelt), LETTERED_READINGS) if spelt else []


def kana_key(kana: str) -> str:
    """A katakana reading as matching compares it: without length marks, ヴィ as ビ (`analyzer`)."""
    return fold("".join(c for c in kana if c not in SILENT_KANA))


_ARABIC_ARTICLES = frozenset({"al", "el"})
# The Arabic article starting a name is a particle however the rule writes it (Al-Harbi as al-Harbi).
_ARTICLE = re.compile(r"\b([AE]l)(?=-[A-Z])")


USED_ZIPF = 1.0  # a respelling at least this frequent in the target's news is one it uses

# Arabic leaves short vowels unwritten or writes them, letter by letter: a long word has more ways to
# be written, and each is specific enough to cost little precision. Letters past this many add a reading.
ARABIC_LETTERS_PER_READING = 6


def _longer(word: str, language: str, per_word: int) -> int:
    """Readings kept for one word: in Arabic, one more for each letter past ARABIC_LETTERS_PER_READING."""
    if language != "ar":
        return per_word
    return per_word + max(0, len(ascii_spelling(word)) - ARABIC_LETTERS_PER_READING)


# A short reading of a one-word name that is a common Arabic word finds that word everywhere (Modi:
# مدي, the range; Sinai: سني, Sunni; Powell: بول): Arabic has no capitals to tell a name. Such a
# reading is kept only where it is the likeliest or the name's English sound (Musk ماسك).
SHORT_ARABIC = 4


def _not_common_words(readings: list[str], word: str) -> list[str]:
    said = {w for phones in pronunciations(word)[:1] for w in spoken_arabic(phones)}
    return [
        r
        for i, r in enumerate(readings)
        if i == 0
        or r in said
        or ((len(r) > SHORT_ARABIC or FREQUENCIES.zipf(r, "ar") < COMMON_ZIPF) and not articled_word(r))
    ]


_ARABIC_ARTICLE = re.compile("^[اأإآ]ل")


def articled_word(reading: str) -> bool:
    """Whether an Arabic reading is the article and a common word: a name that starts with Al reads
    أل, which matches as ال (Alibaba ألبابا: البابا, the Pope), and would find that word everywhere."""
    rest = reading[2:]
    return (
        bool(_ARABIC_ARTICLE.match(reading))
        and FREQUENCIES.zipf("ال" + rest, "ar") >= COMMON_ZIPF
        and arabic_word(rest, FREQUENCIES.zipf)
    )


def wide_readings(word: str, language: str, limit: int) -> list[str]:
    """Up to `limit` readings of one word of a name in `language`'s script, cheapest first, far more
    than `transcribe` keeps: for the name sources to pick the ones its news actually uses (`names`)."""
    ascii_word = ascii_spelling(word)
    if not ascii_word.strip("-") or not word[:1].isupper():
        return []
    if language in _SCRIPTS:
        found = _hyphenated(ARABIC_WIDE if language == "ar" else _SCRIPTS[language], word, language, limit)
        if language == "ar":  # not عاطف (Atef) for Attaf
            found = [r for r in found if not long_where_short(ascii_word, r)]
        if language in ("ru", "uk"):  # a final consonant soft, as Slavic names have it (Роснефть, Казань)
            found += [r + "ь" for r in found if _SOFT_FINAL.search(r)]
        return found
    if language == "ja":
        return katakana(ascii_word, limit)
    return []


def arabic_name_readings(word: str, limit: int) -> frozenset[str]:
    """Up to `limit` Arabic readings of one word of a name as an English romanisation of an Arabic
    name has it (`arabic.ARABIC_NAME`: no foreign name's letters, such as a Spanish j's خ)."""
    ascii_word = ascii_spelling(word).strip("-").lower()
    return frozenset(ARABIC_NAME.readings(arabic_input(ascii_word), limit)) if ascii_word else frozenset()


_SOFT_FINAL = re.compile("[бвдзлмнрстфц]$")


def spread(readings: list[list[str]], limit: int, joiner: str = " ") -> list[str]:
    """A phrase's readings: the likeliest, then each word's other readings with the rest at their
    likeliest, then the cheapest other combinations up to `limit` (a word's every reading is kept
    whatever `limit` says)."""
    best = [options[0] for options in readings]
    out = [joiner.join(best)]
    for i, options in enumerate(readings):
        for option in options[1:]:
            out.append(joiner.join([*best[:i], option, *best[i + 1 :]]))
    out = list(dict.fromkeys(out))
    for text in combine(readings, limit, joiner):
        if len(out) >= limit:
            break
        if text not in out:
            out.append(text)
    return out


# Particles inside names (bin, von, de, al-) are words of a grammar, not of a name: each
# language writes them its own way, in lower case (Мухаммед бен Салман, Урсула фон дер Ляйен); a
# Portuguese de as its speakers say it too (Rebelo de Sousa Ребелу ди Соуза).
_PARTICLES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"bin": ("бен", "бин"), "ibn": ("ибн",), "bint": ("бинт",), "abu": ("абу",), "al": ("аль", "ал"),
           "el": ("эль",), "de": ("де", "ди"), "von": ("фон",), "van": ("ван",), "der": ("дер",), "den": ("ден",),
           "da": ("да",), "di": ("ди",), "du": ("дю",), "la": ("ла",), "le": ("ле",), "del": ("дель",),
           "dos": ("душ", "дос"), "das": ("даш", "дас"), "do": ("ду",), "della": ("делла",), "ben": ("бен",)},
    "uk": {"bin": ("бін", "бен"), "ibn": ("ібн",), "bint": ("бінт",), "abu": ("абу",), "al": ("аль", "ал"),
           "el": ("ель",), "de": ("де", "ді"), "von": ("фон",), "van": ("ван",), "der": ("дер",), "den": ("ден",),
           "da": ("да",), "di": ("ді",), "du": ("дю",), "la": ("ла",), "le": ("ле",), "del": ("дель",),
           "dos": ("душ", "дос"), "das": ("даш", "дас"), "do": ("ду",), "della": ("делла",), "ben": ("бен",)},
    "ar": {"al": ("ال",), "el": ("ال",), "bin": ("بن",), "ibn": ("ابن", "بن"), "bint": ("بنت",), "abu": ("أبو", "ابو"), "ben": ("بن",),
           "de": ("دي",), "von": ("فون",), "van": ("فان",), "der": ("دير",), "da": ("دا",), "di": ("دي",),
           "la": ("لا",), "le": ("لو",), "del": ("ديل",), "dos": ("دوس",), "du": ("دو",)},
    "ja": {"bin": ("ビン",), "ibn": ("イブン",), "abu": ("アブ", "アブー"), "al": ("アル",), "de": ("デ", "ド"),
           "von": ("フォン",), "van": ("ファン", "ヴァン", "バン"), "der": ("デア", "デル"), "da": ("ダ",),
           "di": ("ディ",), "du": ("デュ",), "la": ("ラ",), "le": ("ル",), "del": ("デル",), "dos": ("ドス",)},
    "zh": {"bin": ("本", "宾"), "ibn": ("伊本",), "abu": ("阿布",), "al": ("阿尔",), "de": ("德",), "von": ("冯",),
           "van": ("范", "凡"), "der": ("德",), "da": ("达",), "di": ("迪",), "du": ("杜",), "la": ("拉",),
           "le": ("勒",), "del": ("德尔",), "dos": ("多斯",)},
}  # fmt: skip
_LATIN_PARTICLES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"bin": ("ben",)},
    "pl": {"bin": ("ibn", "bin")},
}


def _particles_joined(
    originals: list[str], readings: list[list[str]], language: str, limit: int
) -> list[str]:
    """A name's readings with its particles written together with the word after them, as Chinese and
    Japanese news often write a Dutch, French or German surname (Pieter de Vries: 彼得·德弗里斯,
    ピーテル・デフリース); [] for a name without particles."""
    joined: list[list[str]] = []
    pending: list[str] = []
    for i, (original, options) in enumerate(zip(originals, readings, strict=True)):
        if _particle(original, language) is not None and i < len(originals) - 1:
            pending = [p + o for p in (pending or [""]) for o in options[:PARTICLE_READINGS]]
            continue
        # a source's writing of the surname may hold its particles already (Leyen: 冯德莱恩)
        joined.append(
            [o if o.startswith(p) else p + o for p in pending for o in options] if pending else options
        )
        pending = []
    if len(joined) == len(readings):
        return []
    return spread(joined, limit, joiner="・")


PARTICLE_READINGS = 2  # a particle's readings written together with the word after it


def _particle(word: str, language: str) -> list[str] | None:
    """A particle's spellings in `language` (None: `word` is no particle, or has none listed)."""
    found = _PARTICLES.get(language, {}).get(word) if word.islower() else None
    return list(found) if found else None


def _known_kana(readings: list[str], word: str, count: int) -> list[str]:
    """A word of a name of several with JMnedict's katakana for it first (Kratochvil クラトフビール):
    a name of one word gets them as the source's, not as a transcription (`names`)."""
    if count < 2 or not word[:1].isupper():
        return readings
    known = [n.text for n in japanese_names(word) if _KATAKANA.fullmatch(n.text)]
    return list(dict.fromkeys([*known[:2], *readings]))


_KATAKANA = re.compile(r"[\u30a1-\u30ff]+")


def _spoken(readings: list[str], word: str) -> list[str]:
    """A word's katakana readings with its English pronunciation's (CMU dictionary) second: Japanese
    writes an English name as it sounds (Greenpeace グリーンピース, Powell パウエル, Boeing ボーイング)."""
    spoken = [k for phones in pronunciations(word)[:1] for k in spoken_katakana(phones, word)]
    # a compound of two common words, which Japanese writes word by word even where the pronouncing
    # dictionary runs them together (Ryanair: ライアンエア, not ライアネア)
    spoken += _spoken_compound(word)
    if not spoken:
        return readings
    return list(dict.fromkeys([*readings[:1], *spoken, *readings[1:]]))


SPOKEN_PART = 3  # letters of each word of an English compound at least (euro, vision; ryan, air)


def _spoken_compound(word: str) -> list[str]:
    """An English compound the pronouncing dictionary lacks as two common English words it has, each
    said as English says it (Eurovision: ユーロ + ビジョン, not エウロヴィシオン); [] for other words."""
    lower = word.lower()
    for cut in range(SPOKEN_PART, len(lower) - SPOKEN_PART + 1):
        parts = (lower[:cut], lower[cut:])
        if all(FREQUENCIES.zipf(p, "en") >= COMMON_ZIPF and pronunciations(p) for p in parts):
            return ["".join(spoken_katakana(pronunciations(p)[0], p)[0] for p in parts)]
    return []


# Letters as Arabic news spells them out in a firm's name (OpenAI أوبن إيه آي, SpaceX سبيس إكس).
_ARABIC_LETTERS = {
    "A": "إيه", "B": "بي", "C": "سي", "D": "دي", "E": "إي", "F": "إف", "G": "جي", "H": "إتش", "I": "آي",
    "J": "جاي", "K": "كاي", "L": "إل", "M": "إم", "N": "إن", "O": "أو", "P": "بي", "Q": "كيو", "R": "آر",
    "S": "إس", "T": "تي", "U": "يو", "V": "في", "W": "دبليو", "X": "إكس", "Y": "واي", "Z": "زد",
}  # fmt: skip


# Surnames whose prefix is written on to a capitalised stem (McLean, MacDonald, DiCaprio, LeBlanc,
# FitzGerald): one name, which `_camel` would read as a firm's words written together.
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Di|De|Le|La|Van|Fitz|O)[A-Z][a-z]+$")


# A given name's initials: one or two capitals, each with a dot or both without (J.D., J., JD).
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}|[A-Z]{2}")


def _initials(word: str, language: str) -> list[str] | None:
    """The English names of a name's initials in Russian or Ukrainian letters, as news says them
    (J.D. Vance: Джей Ди Вэнс), from the CMU dictionary's pronunciation of each letter (its stressed
    one: A is EY1, not the article's AH0); None for other words and languages. Only a word before the
    surname is read so: a word of capitals alone is an acronym (BBC), spelt by the rule's own route."""
    if language not in ("ru", "uk") or not _INITIALS.fullmatch(word):
        return None
    said = []
    for letter in word.replace(".", ""):
        stressed = [p for p in pronunciations(letter) if any(ph.endswith("1") for ph in p)]
        if not stressed:
            return None
        said.append(spoken_cyrillic(stressed[0], letter, language))
    return [" ".join(said), "-".join(said)]


def _camel(word: str, language: str, limit: int) -> list[str] | None:
    """A firm's name made of words written together (OpenAI, SpaceX, DeepMind), read word by word as
    Japanese and Arabic news read it: Japanese keeps letters in capitals as they are (オープンAI,
    スペースX) and writes the rest as one run; Arabic spells letters out (أوبن إيه آي). None for other
    words and languages."""
    parts = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+", word)
    spelt_out = language == "ar" and word.isupper() and 2 <= len(word) <= 5  # TSMC تي إس إم سي
    if language not in ("ja", "ar") or (len(parts) < 2 and not spelt_out) or "".join(parts) != word:
        return None
    if language == "ja" and _SURNAME_PREFIX.match(word):  # a surname, not a firm's words (McLean マクリーン)
        return None
    readings: list[list[str]] = []
    for part in parts:
        if part.isupper():
            letters = " ".join(_ARABIC_LETTERS[c] for c in part)
            readings.append([part] if language == "ja" else [letters])
        elif language == "ja":
            readings.append(_spoken(katakana(ascii_spelling(part), 2), part))
        else:  # each word as it sounds, where the CMU dictionary knows it (Space سبيس), then as spelt
            said = [w for phones in pronunciations(part)[:1] for w in spoken_arabic(phones)]
            readings.append(
                list(dict.fromkeys([*said[:1], *_readings(ARABIC, ascii_spelling(part), "ar", 2)]))
            )
    found = combine(readings, limit, joiner="" if language == "ja" else " ")
    if language == "ar" and not any(part.isupper() for part in parts):  # or as one word (يوتيوب)
        found.insert(1, "".join(options[0] for options in readings))
    return found


# A Scottish or Irish Mc or Mac on a capitalised stem is Мак in Russian and Ukrainian news, however
# English says it (McIntyre Макинтайр, not Мэкинтайр), its stem read as a name of its own (McCain
# Маккейн, Mac and Cain; McBride Макбрайд).
_MAC = re.compile(r"(?:Mc|Mac)(?=[A-Z][a-z])")
_SAID_MAC = re.compile("^М[эе]к")


def _mac(scheme: Scheme, word: str, language: str, limit: int, kin: tuple[str, ...]) -> list[str] | None:
    """A Mc or Mac name's Russian or Ukrainian readings: the whole word's, said with Мак, and Мак with
    its stem's after them; None for other words and languages."""
    prefix = _MAC.match(word)
    if language not in ("ru", "uk") or not prefix:
        return None
    whole = [
        _SAID_MAC.sub("Мак", r)
        for r in _spoken_alphabet(_hyphenated(scheme, word, language, limit, kin), word, language)
    ]
    stem = word[prefix.end() :]
    stems = [
        "Мак" + r.lower()
        for r in _spoken_alphabet(_hyphenated(scheme, stem, language, limit, kin), stem, language)
    ]
    return list(dict.fromkeys([*stems[:1], *whole[:1], *whole[1:], *stems[1:]]))[: len(whole) + 1]


COMPOUND_PART = 4  # letters of each English word a name is made of, at least (Grey-water, Bright-water)


def _said_in_parts(word: str) -> list[str]:
    """An English name the CMU dictionary lacks but that is two common English words (Greywater,
    Brightwater), as Arabic news says them: each part's first spoken reading, joined (غريووتر)."""
    low = word.lower()
    for cut in range(COMPOUND_PART, len(low) - COMPOUND_PART + 1):
        parts = (low[:cut], low[cut:])
        if any(FREQUENCIES.zipf(p, "en") < COMMON_ZIPF for p in parts):
            continue  # not Wohl-leben, Shein-baum: no two words of English
        head, tail = pronunciations(parts[0])[:1], pronunciations(parts[1])[:1]
        if head and tail:
            return [spoken_arabic(head[0])[0] + spoken_arabic(tail[0])[0]]
    return []


def _spoken_alphabet(readings: list[str], word: str, language: str) -> list[str]:
    """A word's Cyrillic readings with its English pronunciation's (CMU dictionary) third, for Russian
    and Ukrainian, which write English names by sound (Sam Сэм / Сем)."""
    if language == "ar" and word[:1].isupper():  # باول Powell, ستارمر Starmer: second and fourth
        said = [w for phones in pronunciations(word)[:1] for w in spoken_arabic(phones)] or _said_in_parts(
            word
        )
        if not said:
            return readings
        return list(dict.fromkeys([*readings[:1], *said[:1], *readings[1:2], *said[1:], *readings[2:]]))
    if language not in ("ru", "uk") or not word[:1].isupper():
        return readings
    # a second pronunciation too, where news may follow it (Graham Грэм as well as Грейам)
    spoken = [spoken_cyrillic(phones, word, language) for phones in pronunciations(word)[:2]]
    spoken += [_l_twin(s) for s in spoken]  # its l hard and soft, as the spelling's (Хейл, Изабель)
    if language == "uk":  # Ukrainian writes ау before a vowel ав (Powell Павелл, Howard Говард)
        spoken += [_UK_AW.sub("ав", s) for s in spoken]
    else:  # Russian news writes an English e after a consonant э or е (Чэд Чед, Рейчел Рэйчел)
        spoken += [_RU_E.sub(lambda m: "е" if m.group() == "э" else "э", s) for s in spoken]
    if _LONG_O.search(ascii_spelling(word)):  # a long o spelt so is often оу (Харгроув, Стоун)
        spoken += [spoken_cyrillic(phones, word, language, ou=True) for phones in pronunciations(word)[:1]]
    spoken += [d for s in spoken[:2] if (d := _doubled(s, word)) is not None]
    return list(dict.fromkeys([*readings[:2], *spoken, *readings[2:]]))


# A double consonant the spelling has and the sound has not, which news often keeps in a name it writes
# by sound (Barrack Беррак, Bessent Бессент), as it does in one it writes by letters (Баррак).
_DOUBLED = {
    "ll": "л",
    "rr": "р",
    "ss": "с",
    "tt": "т",
    "nn": "н",
    "mm": "м",
    "ff": "ф",
    "pp": "п",
    "dd": "д",
    "bb": "б",
}


def _doubled(spoken: str, word: str) -> str | None:
    """`spoken` with the one letter that writes a doubled consonant of `word` doubled (`_DOUBLED`), where
    the spelling has one such pair and the reading that letter once; None otherwise."""
    pairs = [letter for pair, letter in _DOUBLED.items() if pair in word.lower()]
    if len(pairs) != 1 or spoken.lower().count(pairs[0]) != 1:
        return None
    at = spoken.lower().index(pairs[0])
    if spoken[at + 1 : at + 2] == "ь":
        return None  # a soft l of the hard one's twin (Дрисколь): news doubles only the hard
    return spoken[: at + 1] + pairs[0] + spoken[at + 1 :]


_UK_AW = re.compile("ау(?=[аеєиіоуюя])")
# and a first syllable's е after its consonant э too (Karoline Кэролайн beside Керолайн, Ted Тэд)
_RU_E = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])(?:э|е(?=й)|(?<=^.)е)", re.IGNORECASE)
# Spellings of a long o that Russian and Ukrainian news often write оу: a magic e (Hargrove), ow, oa.
_LONG_O = re.compile(r"o[^aeiouy]e$|ow|oa")


def _spoken_hanzi(readings: list[str], word: str) -> list[str]:
    """A word's characters with its English pronunciation's (CMU dictionary) second: Xinhua transcribes
    English names by their sound (Altman 奥尔特曼)."""
    spoken = [h for phones in pronunciations(word)[:1] for h in spoken_hanzi(phones, 2)]
    if not spoken:
        return readings
    return list(dict.fromkeys([*readings[:1], *spoken, *readings[1:]]))


def _written_part(word: str, words: int) -> list[str]:
    """How CC-CEDICT writes one word of a name of several as a name of its own (Martin 马丁, Julia
    朱莉娅): the press writes a common given name or surname so, not as the table would (马廷)."""
    if words < 2:
        return []  # a name of one word is looked up whole (`names`)
    found = [e.simplified for e in chinese_names(word) if "・" not in e.simplified]
    if not found:  # Mohamed as CC-CEDICT's Mohammed: 穆罕默德
        found = [
            e.simplified
            for spelt in _doubled_consonant(word)
            for e in chinese_names(spelt)
            if "・" not in e.simplified
        ]
    if not found and len(word) > FEMININE_BASE_LETTERS and word.lower().endswith("na"):
        # a woman's form of a man's name in -n (Martina, Juliana): his writing and 娜 (马丁娜, 朱利安娜),
        # a writing of his sounds (马丁 for Martin, not 丁韪良, a Martin's Chinese name)
        said = hanzi(ascii_spelling(word).lower(), 1)
        found = [
            e.simplified + "娜"
            for e in chinese_names(word[:-1])
            if "・" not in e.simplified and said and e.simplified[:1] == said[0][:1]
        ]
    return [f for f in dict.fromkeys(found) if len(f) <= CEDICT_PART_CHARACTERS]


_SINGLE_CONSONANT = re.compile(r"(?<=[aeiou])([bdfklmnprstz])(?=[aeiou])")


def _doubled_consonant(word: str) -> list[str]:
    """`Mohamed` -> [Mohammed, ...]: each single consonant between vowels written double, as English
    romanisations of one Arabic or Persian name write its doubled consonant (shadda) or leave it single
    (Mohamed, Mohammed; Hasan, Hassan), where a dictionary has only one of them."""
    return [word[: m.start()] + m.group(1) + word[m.start() :] for m in _SINGLE_CONSONANT.finditer(word)]


# A given name in -na longer than this may be a man's name in -n with -a (Martina, Juliana); shorter ones
# are names of their own (Anna, Nina, Lena).
FEMININE_BASE_LETTERS = 4


CEDICT_PART_CHARACTERS = 4  # longer writings are of something else (维多利亚州, a state)


def _feminine(readings: list[str]) -> list[str]:
    """Readings of a given name, then each with its characters written as for a woman (`FEMININE`);
    the compiler takes each position's characters as a set, so either is found."""
    return list(dict.fromkeys([*readings, *(r.translate(FEMININE) for r in readings[:FEMININE_READINGS])]))


FEMININE_READINGS = 4


# A final consonant Chinese news often leaves unwritten (Duisburg 杜伊斯堡, Hamid 哈米, Lukas 卢卡):
# the table writes it with one of these characters, the press often without. Only where the rest
# keeps at least `UNVOICED_MIN` characters: two characters alone find ordinary words.
UNVOICED_FINALS = frozenset("德斯格尔特克")
UNVOICED_MIN = 3
UNVOICED_PHRASE_READINGS = (
    4  # a phrase's words each shortened in their likeliest readings only (its variants add)
)


def _unvoiced_final(readings: list[str], limit: int | None = None) -> list[str]:
    """A word's characters, then each of the first `limit` (all: None) without a final weak consonant's
    character (`UNVOICED_FINALS`). The compiler joins readings of as many characters into one set
    per position, so the shortened ones are kept as few as cover those sets: the likeliest, then one
    per other character."""
    dropped = [r[:-1] for r in readings[:limit] if len(r) > UNVOICED_MIN and r[-1] in UNVOICED_FINALS]
    covering: dict[int, list[str]] = {}
    for text in dropped:
        kept = covering.setdefault(len(text), [text])
        best = kept[0]
        for i, char in enumerate(text):
            if not any(k[i] == char for k in kept):
                kept.append(best[:i] + char + best[i + 1 :])
    return list(dict.fromkeys([*readings, *(t for kept in covering.values() for t in kept)]))


# Japanese writes some final consonants of a name as the name's own language says them, not at all:
# a final -ng as ン (Pinang ピナン, Banlung バンルン), a French final t, d or s after a consonant
# (Belfort ベルフォール, Tours トゥール).
_UNRELEASED = re.compile(r"(?<=[^aeiouy])(?:(?<=n)g|(?<=[rn])[tds])$")
UNRELEASED_READINGS = 2  # of a word's likeliest readings
UNRELEASED_MIN = 3  # kana left at least


def _unreleased(readings: list[str], word: str) -> list[str]:
    """A word's katakana readings, then its likeliest without the kana of a final consonant that
    Japanese may leave unsaid (`_UNRELEASED`)."""
    if not _UNRELEASED.search(ascii_spelling(word).lower()):
        return readings
    dropped = [
        r[:-1] for r in readings[:UNRELEASED_READINGS] if len(r) > UNRELEASED_MIN and r[-1] in "グトドス"
    ]
    return list(dict.fromkeys([*readings, *dropped]))


def _spread(readings: list[str], word: str) -> list[str]:
    """A word's characters, then each sound's other likely characters (`spread_hanzi`), for the
    compiler to take each position's characters as a set."""
    return list(dict.fromkeys([*readings, *spread_hanzi(word)]))


def _respelt_hanzi(readings: list[str], word: str, alone: bool = True) -> list[str]:
    """A word's characters with those of its readings as Italian, Czech or Slavic spelling sounds
    (`respellings`, not the Russian sounds of kana) after the first two; then those of its
    Chinese respellings (`_CHINESE`)."""
    per = RESPELT_READINGS if alone else RESPELT_PHRASE_READINGS  # a phrase's words' readings add up
    other = [h for spelt in respellings(word, russian=False) for h in hanzi(spelt, per)]
    if _FINAL_E_SAID.search(word):  # a final e after two consonants said (Arce 阿尔塞, Conte 孔特 or 孔泰)
        other += hanzi(word, 2, final_e=True)
    respelt = [hanzi(spelt, per) for spelt in _chinese_respellings(word)]
    chinese = [h for found in respelt for h in found[1:]]
    spanish = spanish_sounds(word)  # a Spanish reading's every sound's characters (加夫列尔: 夫 and 列)
    chinese += spread_hanzi(spanish) if spanish else []
    firsts = [found[0] for found in respelt if found]  # each respelling's likeliest before the cut
    return list(dict.fromkeys([*readings[:2], *other, *firsts, *readings[2:], *chinese]))


_FINAL_E_SAID = re.compile(r"(?<=[a-z])[^aeiouy]{2}e$")
# Characters of a word read as another language's spelling sounds (Marchetti as Italian: 马尔凯蒂, the
# fourth cheapest of marketti: 克 is the counts' usual ke, 凯 the table's)
RESPELT_READINGS = 4
RESPELT_PHRASE_READINGS = 2  # for each word of a name of several


# How Chinese news hears some spellings: English ou as the au of Douglas 道格拉斯; a name romanised
# from Russian by its Russian sounds, a soft l before a consonant as li and -ny as ne (Navalny
# 纳瓦利内: Навальный).
_CHINESE_OU = ((r"ou(?=[bdgklmnprstvz])", "au"),)
# Ukrainian -kyi is Russian -ky, 基 (Syrskyi 瑟尔斯基).
_CHINESE_RUSSIAN = ((r"(?<=[aeiou])l(?=[nkmstv])", "li"), (r"n(?:yi|iy|y)$", "ne"), (r"(?<=k)y[iy]$", "i"))
# An English or French final e after a consonant is silent (Brisbane 布里斯本, Dolisie 多利西); an
# Indian aspirate's h is unheard (Madhugiri 马杜吉里, Bharuch 巴鲁奇).
_CHINESE_SILENT_E = ((r"(?<=[a-z]{2}[^aeiouy])e$", ""),)
_CHINESE_ASPIRATE = ((r"(?<=[bdgj])h(?=[aeiou])", ""),)
# English and Yiddish ei as a long i (Sheinbaum 辛鲍姆, Neil 尼尔, Keith 基思).
_CHINESE_EI = ((r"ei(?![aeiou])", "i"),)
# An h after a vowel before a consonant said, as Arabic, Persian, Turkish and Central Asian names have
# it (Rahmon 拉赫蒙, Akhmetov 阿赫梅托夫, Mahmud 马赫穆德); English leaves it unheard (Johnson).
_CHINESE_H = ((r"(?<=[aeiou])h(?=[bcdfgjklmnpqrstvwz])", "kh"),)


def _chinese_respellings(word: str) -> list[str]:
    out = []
    for rules, applies in (
        (_CHINESE_OU, True),
        (_CHINESE_RUSSIAN, looks_slavic(word)),
        (_CHINESE_SILENT_E, True),
        (_CHINESE_ASPIRATE, True),
        (_CHINESE_EI, True),
        (_CHINESE_H, True),
    ):
        spelt = respell(word, rules if applies else ())
        if spelt != word:
            out.append(spelt)
    return [*out, *own_sounds(word), *_russian_forms(word)]


# Russian letters as the transcription's Latin input spells their sounds (ы as i, a soft sign unheard).
_RUSSIAN_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i",
        "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip
_RUSSIAN_YE = re.compile("(?:^|(?<=[аеёиоуыэюяьъ]))е")
RUSSIAN_FORMS = 2  # Russian forms of a Ukrainian name read in Chinese characters


def _russian_forms(word: str) -> list[str]:
    """A name romanised from Ukrainian, spelt as its Russian form sounds (Vuhledar: Угледар, ugledar;
    Chernihiv: Чернигов, chernigov): Xinhua writes Ukraine's places and people from their Russian names
    (乌格列达尔, 切尔尼戈夫), which the Ukrainian spelling's characters miss."""
    if not romanised_from_ukrainian(word):
        return []
    ukrainian = UKRAINIAN_NATIONAL.readings(word, 1)
    russian = [r.lower() for u in ukrainian for r in russian_from_ukrainian(u)]
    # the forms that change the word: a Russian reading spelt as the word is (Pokrovsk) adds nothing
    spelt = [_RUSSIAN_YE.sub("ye", r).translate(_RUSSIAN_LATIN) for r in russian]
    return [s for s in dict.fromkeys(spelt) if s != word][:RUSSIAN_FORMS]


# Syllables the pinyin cut lets through that pinyin has not: a bare i, u or v (it writes yi, wu, yu),
# g k h z c s r before i (but zi ci si zhi chi shi ri), j q x before a, o or e (Yuki, Seiki, Qorvena).
_NO_PINYIN = re.compile(r"[iuv]|(?:[gkh]|[zcs]h?|r)i.+|[gkh]i|[jqx][aoe].*")


def _real_pinyin(parts: list[str]) -> bool:
    return not any(_NO_PINYIN.fullmatch(p) for p in parts)


_PINYIN_INITIALS = {"x": "sh", "q": "ch", "zh": "ch"}


def _syllable_words(words: list[str], scheme: Scheme) -> list[str]:
    """A Chinese or Korean name with each syllable a word, as Arabic writes them (شي جين بينغ, بيونغ يانغ).

    For a name of several words all of pinyin (a Chinese person: Xi Jinping, Wang Yi), or one
    word of Korean syllables, one closed by -ng (Pyongyang; a Chinese place is one word:
    شنغهاي). Pinyin initials are read as Arabic hears them (Xi شي, Qiang تشيانغ).
    """
    pinyin = [syllables(word) for word in words]
    if all(parts is not None and _real_pinyin(parts) for parts in pinyin) and len(words) > 1:
        spelt = [
            [re.sub("^(x|q|zh)", lambda m: _PINYIN_INITIALS[m.group(1)], p) for p in parts or ()]
            for parts in pinyin
        ]
    elif len(words) == 1 and pinyin[0] is None and "ng" in words[0]:
        parts = syllables(words[0], KOREAN_SYLLABLE)
        if parts is None or len(parts) < 2:
            return []
        spelt = [parts]
    else:
        return []
    return [" ".join(_readings(scheme, part, "ar", 1)[0] for parts in spelt for part in parts)]


def _chinese_cyrillic(words: list[str], language: str) -> list[str]:
    """Palladius readings of a name spelt in pinyin, as written and surname first (Чжан Вэй)."""
    spelt = [palladius(w, language) for w in words]
    if not all(spelt):
        return []
    cased = [s[:1].upper() + s[1:] for s in spelt if s]
    orders = [cased, cased[::-1]] if len(cased) == 2 else [cased]
    return [" ".join(order) for order in orders]


def _chinese_katakana(words: list[str]) -> list[str]:
    """A Chinese person's name in pinyin as Japanese writes its Mandarin sounds, surname first and as
    written (Wei Zhang: チャン・ウェイ), for a name of two or three words all pinyin and not surely
    Japanese."""
    spelt = [pinyin_katakana(w) for w in words]
    if not 2 <= len(words) <= 3 or not all(spelt) or surely_japanese(words):
        return []
    orders = [spelt, spelt[::-1]] if len(spelt) == 2 else [spelt]
    return [f for order in orders[::-1] for f in spread(order, 8, joiner="・")]


def _korean_cyrillic(words: list[str], language: str) -> list[str]:
    """Kontsevich readings of a Korean name (Kim Jong Un: Ким Чен Ын), where its every word is a run
    of Korean syllables and one at least is no pinyin (that is the Chinese names')."""
    parts = [p for w in words for p in w.split("-") if p]
    korean = [syllables(p, KOREAN_SYLLABLE) for p in parts]
    if not parts or not all(korean) or all(syllables(p) is not None for p in parts):
        return []
    # A Korean name of several words has a surname of one syllable (Kim, Yoon) or Korean vowels (Jae,
    # Seo): Amara Diallo, all syllables Korean could be, is none.
    if (
        len(parts) > 1
        and not any(len(k or ()) == 1 for k in korean)
        and not _KOREAN_VOWELS.search(" ".join(words))
    ):
        return []
    readings = [[r[:1].upper() + r[1:] for r in KOREAN.readings(p, 2)] for p in parts]
    found = spread(readings, 4)
    return [f.translate(_UKRAINIAN_KOREAN) for f in found] if language == "uk" else found


_KOREAN_VOWELS = re.compile("ae|eo|eu|oo|ee", re.IGNORECASE)
_JAPANESE_ONLY = frozenset({"shi", "chi", "tsu", "fu", "ji"})


def surely_japanese(words: list[str]) -> bool:
    """A Hepburn name that is surely Japanese: a syllable only Hepburn writes so (Kishida, Matsumoto),
    or words of two syllables or more each (Yuki Tanigawa; Chinese given names and surnames are one
    or two, pinyin has no ki)."""
    cut = [syllables(p, HEPBURN_SYLLABLE) or [] for w in words for p in w.split("-") if p]
    if any(s in _JAPANESE_ONLY for parts in cut for s in parts):
        return True
    korean = any(re.search("ae|eo|eu|oo|ee", w.lower()) for w in words)  # Moon Jae-in
    return len(cut) > 1 and all(len(parts) >= 2 for parts in cut) and not korean


def _japanese_cyrillic(words: list[str], language: str) -> list[str]:
    """Polivanov readings of a name spelt in Hepburn romanisation (Kishida: Кисида, Ukrainian Кісіда),
    where its every word is a run of Hepburn syllables, one of two syllables or more."""
    parts = [p for w in words for p in w.split("-") if p]
    hepburn = [syllables(p, HEPBURN_SYLLABLE) for p in parts]
    if not parts or not all(hepburn) or all(len(h or ()) < 2 for h in hepburn):
        return []
    readings = [[r[:1].upper() + r[1:] for r in POLIVANOV.readings(p, 2)] for p in parts]
    found = spread(readings, 4)
    return [f.translate(POLIVANOV_UKRAINIAN) for f in found] if language == "uk" else found


_UKRAINIAN_KOREAN = str.maketrans(
    {"ы": "и", "и": "і", "э": "е", "ё": "йо", "Ы": "И", "И": "І", "Э": "Е", "Ё": "Йо"}
)


def _hyphenated(
    scheme: Scheme, word: str, language: str, limit: int, kin: tuple[str, ...] = (), *, sure: bool = False
) -> list[str]:
    """Readings of a word as written in the rule, its hyphenated parts read as words
    (Sarkissian-Petrosyan; al-Khatib: a particle, then a name), capitalised where it is; `kin`, the
    languages the name's other words come from (`_name_origins`), `sure` where its letters tell them."""
    parts = [p for p in re.split(r"[-'’]", word) if ascii_spelling(p)]
    if len(parts) < 2:
        found = _cased(_readings(scheme, ascii_spelling(word), language, limit, kin, sure=sure), word)
        return [*found, *_abdel_apart(scheme, word, language, kin)]
    kin = kin or _name_origins([ascii_spelling(p) for p in parts])  # Jean-Luc: Luc is French
    readings = [
        _particle(p, language)
        or _cased(_readings(scheme, ascii_spelling(p), language, limit, kin, sure=sure), p)
        for p in parts
    ]
    for i in range(len(parts) - 1):
        readings[i] = _assimilated(parts[i], readings[i], readings[i + 1], language)
    # an apostrophe is kept in Cyrillic (O'Connor О'Коннор) and joins in Arabic (أوكونور)
    joiner = {"ru": "'", "uk": "'", "ar": ""}.get(language, "-") if "-" not in word else "-"
    return spread(readings, limit, joiner=joiner)


# Egyptian and Maghrebi names write Abd el- ("servant of the") in one word with the name it joins
# (Abdelatty, Abdelaziz, Abdelkader), which Russian and Ukrainian news writes joined or as two words
# (Абдельазиз, Абдель Азиз; Бадр Абдель Ати): both are read, the joined first.
_ABDEL = re.compile("^Abdel(?=[a-z]{3})")
ABDEL_READINGS = 2  # of the name after Abdel, read apart
_GEMINATE = re.compile(r"([a-z])\1")


def _abdel_apart(scheme: Scheme, word: str, language: str, kin: tuple[str, ...]) -> list[str]:
    """`word`'s readings as Абдель and the name after it, two words (`_ABDEL`); [] for another word."""
    found = _ABDEL.match(word) if language in ("ru", "uk") else None
    if found is None:
        return []
    rest = word[found.end() :].capitalize()
    single = _GEMINATE.sub(r"\1", rest)  # an Arabic doubled consonant, often written single (Ати)
    readings = [
        r
        for spelt in dict.fromkeys([rest, single])
        for r in _readings(scheme, ascii_spelling(spelt), language, ABDEL_READINGS, kin)
    ]
    return [f"Абдель {r}" for r in _cased(list(dict.fromkeys(readings)), rest)]


# Russian and Ukrainian write the Arabic article as Arabic says it, its l taken by a following "sun"
# consonant (al-Zahrani аз-Захрани, al-Shammari аш-Шаммари, al-Nasr ан-Наср), or as it is spelt (аль-).
_SUN_LETTERS = frozenset("тдзсшрн")


def _assimilated(part: str, readings: list[str], following: list[str], language: str) -> list[str]:
    """A particle al or el's readings, with the one it takes before `following` (a sun letter) after."""
    first = following[0][:1].lower() if following else ""
    if language not in ("ru", "uk") or part.lower() not in _ARABIC_ARTICLES or first not in _SUN_LETTERS:
        return readings
    vowel = "а" if part.lower() == "al" else ("э" if language == "ru" else "е")
    return list(dict.fromkeys([*readings, vowel + first]))


def _readings(
    scheme: Scheme, word: str, language: str, limit: int, kin: tuple[str, ...] = (), *, sure: bool = False
) -> list[str]:
    if scheme is UKRAINIAN and looks_slavic(word):
        scheme = UKRAINIAN_FROM_RUSSIAN
    # a name's letters that tell its origin tell it for each of its words (Lucie Horáková: Czech)
    marked = kin if sure or set(kin) - origin_languages() else ()
    origins = marked or _with_kin(_origins(word), word, kin) or (kin if _kin_reads(word, kin) else ())
    if language == "ar":
        own = [
            r
            for origin in origins
            if origin in arabic_origins()
            for r in (_arabic_origin(origin) or scheme).readings(arabic_input(word), 2)
        ]
        word = arabic_input(word)
    # Russian and Ukrainian spelling merges some readings (Льуция, Люция): more are read to keep `limit`
    found = scheme.readings(word, limit + (SPELLING_MERGES if language in ("ru", "uk") else 1))
    if language == "ar" and own:  # the name's own language's reading second (Javier خافيير)
        found = list(dict.fromkeys([found[0], *own, *found[1:]]))
    if language in ("ru", "uk"):  # the name's own language's readings first (Javier Хавьер, Jussi Юсси)
        own = [
            r
            for origin in origins
            for r in _origin_scheme(scheme, language, origin).readings(
                origin_input(word, origin), OWN_READINGS
            )
        ]
        if own:
            found = list(dict.fromkeys([own[0], found[0], *own[1:], *found[1:]]))
    if scheme in (UKRAINIAN, UKRAINIAN_FROM_RUSSIAN) and found and re.search("(?<![kszcgtpd])h", word):
        kh = UKRAINIAN_KH.readings(word, 1)  # Хезболла: h as х, second
        found = list(dict.fromkeys([found[0], *kh, *found[1:]]))
    if language == "ar" and found and _ukrainian_h(word) and re.search("(?<![kszcgtpdSE])h", word):
        found = list(dict.fromkeys([found[0], *ARABIC_SLAVIC.readings(word, 1), *found[1:]]))  # لوغانسك
    if language == "uk" and found:  # the rule of nine: Синай, Сирія (after д т з с ц ч ш ж р)
        nine = _RULE_OF_NINE.sub("и", found[0])
        found = [found[0], nine, *found[1:]] if nine != found[0] else found
    if language in ("ru", "bg", "be"):
        found = [russian_spelling(r) for r in found]
    elif language == "uk":
        found = [ukrainian_spelling(r) for r in found]
    elif language == "he":
        found = [hebrew_finals(r) for r in found]
    found = list(dict.fromkeys(found))[:limit]
    kept = limit
    if language in ("ru", "uk") and looks_ukrainian(word):  # romanised from Ukrainian: read back, second
        national = UKRAINIAN_NATIONAL.readings(word, 2)  # Syniehubov Синєгубов; Russian Синегубов
        back = (
            [ukrainian_spelling(r) for r in national]
            if language == "uk"
            else [c for r in national for c in russian_from_ukrainian(r)]
        )
        found = list(dict.fromkeys([found[0], *back[:1], *found[1:2], *back[1:], *found[2:]]))
        kept = len(found)  # beside the scheme's, not in place of them
    if language == "uk" and "g" in word and "h" not in word and found:  # each г from a g: Олусеґун, Ґрета
        found = list(dict.fromkeys([*found, found[0].replace("г", "ґ")]))
        kept = max(kept, len(found))
    if language in ("ru", "uk"):  # an l before a consonant or at the end: soft or hard, both read
        twins = [_l_twin(r) for r in found[:SOFT_L_TWINS]]
        found = list(dict.fromkeys([*found[:1], *twins[:1], *found[1:], *twins[1:]]))
        signed = [s for r in found[:SOFT_L_TWINS] for s in _soft_signed(r, language)]
        own = [s for r in found[:SOFT_L_TWINS] for s in _own_surname(r, language)]
        urdu = _urdu_short_a(scheme, word, language) if not origins else []
        return list(dict.fromkeys([*found[: kept + SOFT_L_TWINS], *signed, *own, *urdu]))
    return found


# Urdu romanisation writes a short a before h and a consonant as e (Shehbaz Sharif, Shehzad, Mehmood:
# Persian and Arabic Shahbaz, Mahmud), which Russian and Ukrainian news reads as а (Шахбаз Шариф, Махмуд);
# an e said as е (Tehran Тегеран, Rehman Рехман) stays first; Ukrainian writes that h х (Шахбаз).
_URDU_EH = re.compile("(?<=[a-z])eh(?=[bcdfgjklmnpqrstvwxz])")


def _urdu_short_a(scheme: Scheme, word: str, language: str) -> list[str]:
    """The first reading of a word with an Urdu `eh` before a consonant read `ah` (`_URDU_EH`)."""
    if not _URDU_EH.search(word):
        return []
    if language == "uk":  # whose h is then х, as in Arabic and Persian names (Шахбаз, Махмуд)
        return [ukrainian_spelling(r) for r in UKRAINIAN_KH.readings(_URDU_EH.sub("ah", word), 1)]
    return [russian_spelling(r) for r in scheme.readings(_URDU_EH.sub("ah", word), 1)]


# Romanisation drops the soft sign (Kuzmenko Кузьменко, Hrynko Гринько, Kuzmin Кузьмин): a reading with
# one restored after a consonant before another is kept where the language's news uses it this often,
# and the reading without it not at all (a surname of the language, not a guess).
SOFT_SIGN_ZIPF = 2.0
_DROPPED_SOFT_SIGN = re.compile("(?<=[бвгдзмнпрстфц])(?=[бвгджзклмнпрстфхцчшщ])")


def _soft_signed(reading: str, language: str) -> list[str]:
    """`reading` with a soft sign restored where `language`'s news writes the name so (`SOFT_SIGN_ZIPF`)."""
    low = reading.lower()
    if FREQUENCIES.zipf(low, language) > 0:
        return []
    signed = [low[: m.start()] + "ь" + low[m.start() :] for m in _DROPPED_SOFT_SIGN.finditer(low)]
    return [s.capitalize() for s in signed if FREQUENCIES.zipf(s, language) >= SOFT_SIGN_ZIPF]


# A Polish, Russian or Czech surname of an adjective's shape (Wiśniewski, Zieliński) is in Ukrainian news
# often the Ukrainian family name it shares (Вишневський, Зелінський), which the foreign spelling's
# readings miss by a letter or two (Вішнєвський, Зєлінський): a reading with its і and и, є and е
# exchanged is kept where the language's news uses it this often (`SOFT_SIGN_ZIPF`) and the reading
# itself not at all, as a restored soft sign is.
_ADJECTIVE_SURNAME = re.compile("(?:[сц]ьк|зьк)(?:ий|а)$")
_UK_LETTER_TWINS = {"і": "и", "и": "і", "є": "е", "е": "є"}
OWN_SURNAME_LETTERS = 4  # letters of a reading tried both ways, at most (2**4 spellings)


def _own_surname(reading: str, language: str) -> list[str]:
    """The Ukrainian family name a reading of a foreign adjectival surname stands for, where news uses it."""
    low = reading.lower()
    if language != "uk" or not _ADJECTIVE_SURNAME.search(low) or FREQUENCIES.zipf(low, language) > 0:
        return []
    stem = len(low) - 4  # the ending's letters stay
    places = [i for i, c in enumerate(low[:stem]) if c in _UK_LETTER_TWINS][:OWN_SURNAME_LETTERS]
    found = []
    for choice in product((False, True), repeat=len(places)):
        letters = list(low)
        for place, swapped in zip(places, choice, strict=True):
            letters[place] = _UK_LETTER_TWINS[low[place]] if swapped else low[place]
        spelt = "".join(letters)
        if spelt != low and FREQUENCIES.zipf(spelt, language) >= SOFT_SIGN_ZIPF:
            found.append(spelt.capitalize())
    return found


# Readings read beyond the kept ones in Russian and Ukrainian, whose spelling merges some (Льуция, Люция)
SPELLING_MERGES = 3
# Readings by a name's own language's rules (Groot: Хрот, Грот, Хрут), before the scheme's others
OWN_READINGS = 4


def _given(word: str, language: str) -> list[str]:
    """A given name's forms in Russian or Ukrainian: from its readings in the other language
    (`cyrillic.given_counterparts`: Mykola Николай) and, for an English one, from its sounds
    (`cyrillic.established_given`: Michael Майкл)."""
    other = RUSSIAN if language == "uk" else UKRAINIAN_NATIONAL
    counterparts = [
        form
        for reading in other.readings(ascii_spelling(word).lower(), 2)
        for form in given_counterparts(
            reading, language, lambda w: FREQUENCIES.zipf(w, language) >= GIVEN_ZIPF
        )
    ]
    spoken = [spoken_cyrillic(phones, word, language) for phones in pronunciations(word)[:2]]
    established = established_given(
        spoken, language, lambda w: FREQUENCIES.zipf(w, language) >= ESTABLISHED_ZIPF
    )
    return list(dict.fromkeys([*counterparts, *established, *_used_readings(word, language)]))


# A given name's readings beyond the kept ones, read this deep, are kept where the language's news
# uses them as words this often: the name's established form, which the scheme's costs rank low
# (Lucia Лючия, Люция, beside the first Луция; Guido Гвидо). Only inside a full name, never alone.
GIVEN_DEPTH = 12
USED_GIVEN_ZIPF = 2.0


def _used_readings(word: str, language: str) -> list[str]:
    deep = word_readings(word, language, limit=GIVEN_DEPTH)
    return _cased([r for r in deep if FREQUENCIES.zipf(r.lower(), language) >= USED_GIVEN_ZIPF], word)


def _ukrainian_h(word: str) -> bool:
    """A name romanised from Cyrillic, or whose y is a vowel between consonants as the Ukrainian и
    romanises (Sybiha سيبيغا), or with an h after v, which only Ukrainian romanisation writes (Yevhen
    يفغين, Dovhan): its h is г, which Arabic writes غ. Not Ahmed or Graham."""
    return looks_slavic(word) or bool(re.search("[^aeiouy]y[^aeiouy]|vh", word))


# The soft sign is the commonest doubt of a romanised name in Cyrillic: a Western l is soft (Альтман,
# Шольц), a Slavic one hard (Кратохвіл, Павел). Each of a word's first readings brings its other l.
SOFT_L_TWINS = 2
_L_BEFORE_CONSONANT = re.compile(r"(?<!л)(лл?)(ь?)(?=[^аеєиіїоуюяэыёьл]|$)")


def _l_twin(reading: str) -> str:
    """`reading` with each l before a consonant or at the end read the other way (Кратохвіль, Кратохвіл);
    a double one soft is one (Hallberg Галлберг: Гальберг)."""
    return _L_BEFORE_CONSONANT.sub(lambda m: m.group(1) if m.group(2) else "ль", reading)


ORIGIN_ZIPF = 2.5  # a word at least this frequent in a language's news...
ORIGIN_LEAD = 0.8  # ...and this much more than in English and than in the others on average is its
ORIGIN_MARGIN = 0.5  # a second language within this of the first is read too (Jorge: pt, es)


@lru_cache(maxsize=4096)
def _origins(word: str) -> tuple[str, ...]:
    """The languages a name's word comes from, by how much more their news uses it than English's and
    the others' (`javier`: es; `jussi`: fi; `jorge`: pt and es), for those with readings of their own;
    () for a name every language's news writes alike (Trump, Putin) or none knows."""
    languages = sorted(origin_languages())
    usage = {lang: FREQUENCIES.zipf(word, lang) for lang in languages}
    ranked = sorted(languages, key=lambda lang: -usage[lang])
    best = usage[ranked[0]]
    others = [usage[lang] for lang in ranked[2:]]
    lead = min(best - FREQUENCIES.zipf(word, "en"), best - sum(others) / len(others))
    if best < ORIGIN_ZIPF or lead < ORIGIN_LEAD:
        return next(((lang,) for lang, spelt in _SPELT_ORIGINS if spelt.search(word)), ())
    return tuple(lang for lang in ranked[:2] if usage[lang] >= best - ORIGIN_MARGIN)


# For a name too rare for the word lists, letter groups or endings only one language's spelling has,
# tried in this order: Hungarian cs, zs, gy (Szabolcsi Саболчи, before Polish sz), Spanish and Basque
# endings (Zubizarreta Субисаррета, Oyarzabal, before Polish rz), Polish (Wielgosz,
# Kaczmarek; not Pereverzev), French endings (Dubois Дюбуа, Delacroix, Benoit, Moreau, Thibault, Renaud, Dufresne), Portuguese lh
# and nh before a vowel, -ão, -eira (Carvalhais, Ferreirinha Феррейринья, Teixeira), German place and
# family endings (Vogtmann Фогтман, Rosenfeld), an Italian double consonant before a final i or o or
# other Italian endings (Crosetto Крозетто, Pellegatti, Mancini Манчини),
# Dutch ij (Rijkaard Райкард), Serbo-Croatian -ić, dj, lj, nj (Markovic Маркович; Jelena beside it Елена).
_SPELT_ORIGINS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hu", re.compile(r"cs|zs|gy(?=[aeiou])")),
    ("es", re.compile(r"(ez|rreta|zabal|goitia|aga)$")),
    # not in a name romanised from Russian, whose -ev, -ov Polish writes -ew, -ow (Pereverzev Переверзев)
    ("pl", re.compile(r"^(?!.*[eo]va?$).*?(?:sz|cz|wicz$|rz(?=[aeiouy]))")),
    ("fr", re.compile(r"(ois|oix|oit|eau|eaux|ault|aud|ieux|euil|esne)$")),
    ("sh", re.compile(r"^.{3,}(vic|ic)$|dj|[ln]j(?=[aeiou])")),
    ("pt", re.compile(r"(?<=[aeiou])[ln]h(?=[aeiou])|ao$|oes$|eir[ao]s?$")),
    ("de", re.compile(r"(mann|stein|berg|burg|feld|dorf|hausen|bach|heim|brecht|hardt)$")),
    ("it", re.compile(r"([bcdfglmnprstvz])\1[io]$|(uccio|ieri|ini)$")),
    ("nl", re.compile(r"ij(?![aeiou])")),
)


def _name_origins(words: list[str]) -> tuple[str, ...]:
    """The languages a name of several words comes from, by its words that tell (Gunther: de): its
    other words, too rare in English to tell themselves, are read by them first (Wohlleben فوليبن,
    Wroblewska beside Agnieszka)."""
    if len(words) < 2:
        return ()
    # the family name first, where it tells (Sergio Mattarella: Italian), then a hyphenated given name's
    # parts (Jean-Pierre Duchamp: Pierre tells), not a double surname's, and the words between
    parts = [words[-1], *(p for p in re.split(r"[-'’]", words[0]) if p), *words[1:-1]]
    return next((found for found in map(_origins, parts) if found), ())


def _with_kin(own: tuple[str, ...], word: str, kin: tuple[str, ...]) -> tuple[str, ...]:
    """A word's own origins with its name's (`kin`, the family name's where it tells) first, where that
    language's news uses the word about as much (`ORIGIN_MARGIN`): a given name travels (Sergio is
    Portuguese, Spanish and Italian) and the family name tells which (Sergio Mattarella Серджо, not
    Сержиу); not Jorge or Javier, much rarer in Italian news (Jorge Bergoglio); () if `own` is."""
    if not own or not kin or kin[0] in own:
        return own
    if FREQUENCIES.zipf(word, kin[0]) < FREQUENCIES.zipf(word, own[0]) - ORIGIN_MARGIN:
        return own
    return (kin[0], *own)


def _kin_reads(word: str, kin: tuple[str, ...]) -> bool:
    """Whether a word of a name whose own language is undecided is read in its other words' (`kin`): where
    it is too rare in English to be an English name, or its kin's news uses it as much (Stefan beside
    Vogler: Штефан)."""
    english = FREQUENCIES.zipf(word, "en")
    return bool(kin) and (english < ORIGIN_ZIPF or FREQUENCIES.zipf(word, kin[0]) >= english)


_ORIGIN_SCHEMES: dict[tuple[int, str, str], Scheme] = {}
_ARABIC_ORIGINS: dict[str, Scheme | None] = {}


def _arabic_origin(origin: str) -> Scheme | None:
    if origin not in _ARABIC_ORIGINS:
        _ARABIC_ORIGINS[origin] = arabic_origin_scheme(origin)
    return _ARABIC_ORIGINS[origin]


def _origin_scheme(base: Scheme, language: str, origin: str) -> Scheme:
    key = (id(base), language, origin)  # the bases are module constants
    if key not in _ORIGIN_SCHEMES:
        _ORIGIN_SCHEMES[key] = origin_scheme(base, language, origin)
    return _ORIGIN_SCHEMES[key]


# Ukrainian writes foreign words' i as и after д т з с ц ч ш ж р before a consonant.
_RULE_OF_NINE = re.compile("(?<=[дтзсцчшжр])і(?=[бвгґджзклмнпрстфхцчшщ])")


def prepared(word: str, language: str, *, measured: bool = True) -> tuple[Scheme, str]:
    """The scheme that reads one word for `language`, and the input it reads (for `learn`)."""
    ascii_word = ascii_spelling(word)
    scheme = _SCRIPTS[language]
    if scheme is UKRAINIAN and looks_slavic(ascii_word):
        scheme = UKRAINIAN_FROM_RUSSIAN
    if not measured:
        scheme = replace(scheme, costs={})
    return scheme, arabic_input(ascii_word) if language == "ar" else ascii_word


def word_readings(
    word: str, language: str, *, costs: Mapping[str, Mapping[str, float]] | None = None, limit: int = PER_NAME
) -> list[str]:
    """One word's readings in `language`'s script, cheapest first (`costs`: in place of the measured)."""
    scheme, _ = prepared(word, language)
    if costs is not None:
        scheme = replace(scheme, costs=costs)
    return _readings(scheme, ascii_spelling(word), language, limit)


def _cased(readings: list[str], word: str) -> list[str]:
    """Capitalised where the rule capitalises the word (Путин; a particle stays in lower case)."""
    if not is_capitalised(word):
        return readings
    return [r[:1].upper() + r[1:] for r in readings]


def _romanised(originals: list[str], words: list[str], language: str) -> list[str]:
    """Other romanisations of a name: its ru and uk readings, re-romanised by `language`'s rules.

    Every name goes this way, not only those that look Slavic: Russian names reach English
    looking like anything (Shoigu), and a name that did not come through Cyrillic mostly
    comes back as written or as a spelling no article uses. Turkish also gets ğ between
    vowels (Erdogan -> Erdoğan), which English spellings drop.
    """
    per_word: list[list[str]] = []
    for original, word in zip(originals, words, strict=True):
        options: dict[str, None] = {original: None}
        extra: list[str] = []  # kept beyond the word's limit, after its other readings
        if (
            original.islower()
        ):  # a particle (bin, von) or another lower-case word: kept, or the language's own
            options.update(dict.fromkeys(_LATIN_PARTICLES.get(language, {}).get(original, ())))
            per_word.append(list(options))
            continue
        # The Ukrainian reading, then the Russian one, each its language's usual romanisation
        # first; then, for a name that looks romanised from Russian, its second reading.
        uk, ru = (_hyphenated(scheme, word, "", 2) for scheme in (UKRAINIAN, RUSSIAN))
        spelt = [romanised(c.lower(), language, source) for c, source in ((uk[0], "uk"), (ru[0], "ru"))]
        through = [_title(found[rank], original) for rank in range(2) for found in spelt if rank < len(found)]
        if language == "tr" and looks_slavic(word):
            # Turkish news romanises a Slavic name from its Cyrillic (Житомир: Jitomir), not from
            # the English letters it otherwise respells (Jytomyr): those readings come first
            options.update(dict.fromkeys(through[:2]))
        if language == "tr":
            soft = re.sub(r"(?<=[aeiou])g(?=[aeioul])", "ğ", word)
            if soft != word:
                options[_title(soft, original)] = None
            for respelt in _turkish(word):
                options[_title(respelt, original)] = None
            extra = [_title(respelt, original) for respelt in _turkish_extra(word)]
        if language == "pl":
            for respelt in _polish(word):
                options[_title(respelt, original)] = None
        if language == "fr":  # French writes a w before a vowel as ou (Sinwar Sinouar, Wahid Ouahid)
            french = re.sub(r"(?<![aeiou])w(?=[aeiou])", "ou", word)
            if french != word:
                options[_title(french, original)] = None
        if re.search(r"[aeiou]h$", word):  # Hodeidah: Hodeida (Arabic -ah)
            options[_title(word[:-1], original)] = None
        options.update(dict.fromkeys(through))
        for second in ru[1:] if looks_slavic(word) else ():
            options.update(
                dict.fromkeys(_title(f, original) for f in romanised(second.lower(), language, "ru"))
            )
        kept = list(options)[: PER_WORD + (4 if language == "tr" else 2)]
        per_word.append(list(dict.fromkeys([*kept, *extra])))
    limit = PER_NAME if len(words) == 1 else PER_PHRASE
    return spread(per_word, limit)


TURKISH_WIDE = 40  # Turkish respellings searched for those Turkish news uses
TURKISH_USED = 2  # of them, kept per word
TURKISH_RAW = 4  # and of its likeliest respellings, whether known or not (Hudeyde, fourth for Hodeidah)


def _turkish(word: str) -> list[str]:
    """A word as Turkish news respells it (`latin.TURKISH`): those of its likeliest respellings that
    Turkish word lists know (Salman Selman, Mosul Musul, Munich Münih), then its likeliest one."""
    spelt = turkish_spellings(word, TURKISH_WIDE)
    used = [s for s in spelt if s != word and FREQUENCIES.zipf(s, "tr") >= USED_ZIPF]
    return list(dict.fromkeys([*used[:TURKISH_USED], *spelt[:TURKISH_RAW]]))


def _turkish_extra(word: str) -> list[str]:
    """Turkish spellings read after the others, so that they take no likelier reading's place: a
    Turkish name given without its letters (`_turkish_letters`), a South Slavic -ić (`latin.south_slavic`:
    Jovanoviç), and final sounds as Turkish writes them where its word lists know the result
    (`latin.TURKISH_FINALS`: Karabağ, Ahmet)."""
    finals = TURKISH_FINALS.readings(word, TURKISH_WIDE)
    used = [s for s in finals if s != word and FREQUENCIES.zipf(s, "tr") >= USED_ZIPF]
    return list(dict.fromkeys([*_turkish_letters(word), *south_slavic(word), *used[:TURKISH_USED]]))


def _turkish_letters(word: str) -> list[str]:
    """A Turkish name that English writes without Turkish letters (Ocalan, Yildirim, Kilicdaroglu), with
    them as Turkish news writes it (Öcalan, Yıldırım, Kılıçdaroğlu): the spelling with such letters its
    word lists use most, where they use it and use the word as given less (not Küçük for Kucuk, which
    Turkish writing also has as given: a common word, not only the name)."""
    given = FREQUENCIES.zipf(word, "tr")
    best = max(((FREQUENCIES.zipf(s, "tr"), s) for s in turkish_lettered(word)[1:]), default=(0.0, word))
    return [best[1]] if best[0] >= USED_ZIPF and given == 0 else []


POLISH_WIDE = 20  # Polish respellings searched for those Polish news uses
POLISH_USED = 2  # of them, kept per word
POLISH_GUESSED = 7  # a word this long also keeps its likeliest respelling, known or not (Sarkisjan)


def _polish(word: str) -> list[str]:
    """A word as Polish news respells it (`latin.POLISH`): respellings Polish word lists know (Assad
    Asad, Hassan Hasan), since a foreign name is often kept as written; and a long word's likeliest
    respelling (Sarkissian Sarkisjan), which a short one would risk meeting a Polish word."""
    if "-" in word.strip("-"):  # al-Assad: al-Asad, each part as Polish writes it
        parts = [(_polish(part) or [part])[0] for part in word.split("-")]
        return ["-".join(parts)] if parts != word.split("-") else []
    spelt = polish_spellings(word, POLISH_WIDE)
    used = [s for s in spelt if s != word and FREQUENCIES.zipf(s, "pl") >= USED_ZIPF][:POLISH_USED]
    guessed = spelt[:1] if len(word) >= POLISH_GUESSED and spelt[:1] != [word] else []
    return list(dict.fromkeys([*used, *guessed]))


def _title(text: str, original: str) -> str:
    """`text` capitalised as `original` is, part by part (a name's parts; al-Khatib: al stays)."""
    parts = text.split("-")
    cased = [p for p in re.split(r"[-'’]", original) if p]
    if len(cased) != len(parts):  # the Arabic article dropped (al-Assad: Esad): the name's case
        cased = [cased[-1] if len(parts) == 1 and cased else original] * len(parts)
    return "-".join(
        p[:1].upper() + p[1:] if is_capitalised(c) else p for p, c in zip(parts, cased, strict=True)
    )
