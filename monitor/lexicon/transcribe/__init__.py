"""Transcription: a name no source knows, carried into a target language's script and conventions.

`transcribe(name, language)` gives a few spellings of a Latin-script name as an article in
`language` would write it: Cyrillic for ru/uk/bg (each by its conventions), Arabic script for
ar, Greek, Hebrew, Hangul and Devanagari for el, he, ko and hi, katakana for ja, and for Latin-script languages the name itself plus, where it looks
romanised from Russian or Ukrainian, that language's own romanisation (Selenskyj, Zełenski).
Chinese gets one reading by an abridged Xinhua table (`hanzi.py`), the weakest of them.
"""

from __future__ import annotations

import re

from monitor.lexicon.transcribe.arabic import ARABIC, arabic_input
from monitor.lexicon.transcribe.cyrillic import RUSSIAN, UKRAINIAN, russian_spelling
from monitor.lexicon.transcribe.engine import Scheme, ascii_spelling, combine
from monitor.lexicon.transcribe.greek_hebrew import GREEK, HEBREW, hebrew_finals
from monitor.lexicon.transcribe.hangul import devanagari, hangul
from monitor.lexicon.transcribe.hanzi import hanzi
from monitor.lexicon.transcribe.kana import katakana
from monitor.lexicon.transcribe.latin import SCHEMES as LATIN_SCHEMES
from monitor.lexicon.transcribe.latin import romanised
from monitor.lexicon.transcribe.pinyin import palladius

_SCRIPTS: dict[str, Scheme] = {
    "ru": RUSSIAN, "uk": UKRAINIAN, "bg": RUSSIAN, "be": RUSSIAN, "ar": ARABIC, "el": GREEK, "he": HEBREW,
}  # fmt: skip
PER_WORD = 3  # readings kept per word
PER_NAME = 6  # readings kept per one-word name
# A phrase is far more specific than a word (its words must stand together), so each word of
# a name of several gets more readings: a first name's doubts no longer hide the surname.
PER_PHRASE_WORD = 4
PER_PHRASE = 16


def transcribe_languages() -> frozenset[str]:
    return frozenset({*_SCRIPTS, "ja", "zh", "ko", "hi", *LATIN_SCHEMES})


def transcribe(name: str, language: str) -> list[str]:
    """A few spellings of the Latin-script `name` in `language`, likeliest first ([] where none is made).

    For Latin-script languages the name as written is not repeated here (it is the rule's
    own text); only other romanisations are.
    """
    words = [ascii_spelling(w) for w in name.split()]
    words = [w for w in words if w.strip("-")]
    if not words:
        return []
    per_word, limit = (PER_WORD, PER_NAME) if len(words) == 1 else (PER_PHRASE_WORD, PER_PHRASE)
    if language in ("ar", "zh"):  # more doubt per letter (short vowels; a character per syllable)
        per_word, limit = per_word + 2, limit + 2
    if language in _SCRIPTS:
        scheme = _SCRIPTS[language]
        found = combine([_cased(_hyphenated(scheme, w, language, per_word), w) for w in words], limit)
        if language in ("ru", "uk"):  # a one-word name is more often not Chinese (Putin: pu-tin)
            chinese = _chinese_cyrillic(words, language)
            found = chinese + found if len(words) > 1 else found + chinese
    elif language == "ja":
        found = combine([katakana(w, per_word + 1) for w in words], limit, joiner="・")
    elif language == "ko":
        found = [" ".join(hangul(w) for w in words)]
    elif language == "hi":
        found = [" ".join(devanagari(w) for w in words)]
    elif language == "zh":
        found = combine([hanzi(w, per_word) for w in words], limit, joiner="・")
    elif language in LATIN_SCHEMES:
        found = _romanised(words, language)
    else:
        return []
    return [f for f in found if f]


def _chinese_cyrillic(words: list[str], language: str) -> list[str]:
    """Palladius readings of a name spelt in pinyin, as written and surname first (Чжан Вэй)."""
    spelt = [palladius(w, language) for w in words]
    if not all(spelt):
        return []
    cased = [s[:1].upper() + s[1:] for s in spelt if s]
    orders = [cased, cased[::-1]] if len(cased) == 2 else [cased]
    return [" ".join(order) for order in orders]


def _hyphenated(scheme: Scheme, word: str, language: str, limit: int) -> list[str]:
    """Readings of a word whose hyphenated parts are read as words (Sarkissian-Petrosyan)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2:
        return _readings(scheme, word, language, limit)
    return combine([_cased(_readings(scheme, p, language, limit), p) for p in parts], limit, joiner="-")


def _readings(scheme: Scheme, word: str, language: str, limit: int) -> list[str]:
    if language == "ar":
        word = arabic_input(word)
    found = scheme.readings(word, limit + 1)
    if language in ("ru", "bg", "be"):
        found = [russian_spelling(r) for r in found]
    elif language == "he":
        found = [hebrew_finals(r) for r in found]
    return list(dict.fromkeys(found))[:limit]


def _cased(readings: list[str], word: str) -> list[str]:
    """Capitalised as a name is, where the script has capitals (Путин)."""
    return [r[:1].upper() + r[1:] for r in readings]


def _romanised(words: list[str], language: str) -> list[str]:
    """Other romanisations of a name: its ru and uk readings, re-romanised by `language`'s rules.

    Every name goes this way, not only those that look Slavic: Russian names reach English
    looking like anything (Shoigu), and a name that did not come through Cyrillic mostly
    comes back as written or as a spelling no article uses. Turkish also gets ğ between
    vowels (Erdogan -> Erdoğan), which English spellings drop.
    """
    per_word: list[list[str]] = []
    for word in words:
        options: dict[str, None] = {}
        options[word] = None
        if language == "tr":
            soft = re.sub(r"(?<=[aeiou])g(?=[aeioul])", "ğ", word)
            if soft != word:
                options[soft] = None
        if re.search(r"[aeiou]h$", word):  # Hodeidah: Hodeida (Arabic -ah)
            options[word[:-1]] = None
        for scheme, source in ((UKRAINIAN, "uk"), (RUSSIAN, "ru")):
            for cyrillic in _hyphenated(scheme, word, "", 1):
                for spelt in romanised(cyrillic.lower(), language, source):
                    options.setdefault(spelt, None)
        per_word.append(list(options)[: PER_WORD + 1] or [word])
    original = " ".join(words)
    limit = PER_NAME if len(words) == 1 else PER_PHRASE
    return [_title(f) for f in combine(per_word, limit) if f != original]


def _title(text: str) -> str:
    """Each word and each hyphenated part capitalised, as names are."""
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split())
