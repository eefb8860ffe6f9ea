"""Loanwords: an international word (the English term, or its German, French, Italian or Spanish
equivalent) found among a further language's own words by its sounds, whatever the script.

No dictionary we may ship joins English with Hindi, Persian, Hebrew or Hungarian, and
Korean's only route is Sino-Korean readings. But much of the news vocabulary these languages
use is borrowed: Hindi टेलीस्कोप, Persian تلسکوپ, Hebrew טלסקופ and Hungarian *teleszkóp* are
*telescope*; Korean 마라톤, Persian ماراتن *marathon*; Persian رمان is French *roman*.
Each word wordfreq knows in the target language (at least `MIN_ZIPF` common) is read into
Latin letters (`romanize`) and reduced to a *skeleton*: its consonants in coarse classes
(p/b, f/v/w, t/d, k/g/q, s/z/sh, ch/j, l/r, m/n), vowels and h dropped, repeats merged, since
scripts without written vowels (Persian, Hebrew), with an inherent one (Devanagari) or that
insert their own (Korean 스마트폰 *seumateupon*) agree with the source words only there. A source
word's spellings give a few skeletons (English *ch* is k in *orchestra*, ch in *charter*);
one of at least `MIN_CLASSES` classes that a target word shares is a candidate, and for
Latin-script targets the two words must also be alike letter for letter (`LATIN_SIMILARITY`).

Each source language is one source: the English term and the German equivalent that reach
the same Hindi word agree (an international word several languages use), a lone one does not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata
from itertools import product

from monitor.analysis.lemmas import open_lemma_table
from monitor.analysis.support import LATIN_WRITTEN
from monitor.tablecache import Rows, Table, cached_table

MIN_ZIPF = 1.5
# Measured on the development terms (fa he hi hu ko): at least 3 classes and 0.7 alike, recall 37.2 -> 37.7%
# over the further languages at the same precision (79%) against 4 and 0.75 (golf, cargo: three classes).
MIN_CLASSES = 3
LATIN_SIMILARITY = 0.8
# A Latin-script "loan" this much more common in English is English quoted (Hungarian *information*).
ENGLISH_MARGIN = 1.0
SIMILARITY = dict.fromkeys(("hi", "fa", "he", "ko"), 0.7)  # to a transcription, read back into Latin
MOST_VARIANTS = 16  # skeletons of one source word
# Loans of one source word: the closest and the next where that is a form or spelling of the closest (Romanian
# *baraj* beside its plural *baraje*, Hebrew הגולף "the golf" beside גולף, Persian ماراتن beside ماراتون), not
# another word (Persian تاکسی "taxi" beside تکس "tax"). Development terms: fa 10 -> 12.5%, he 7.5 -> 10%,
# ro 55 -> 60% at the same or better precision; Korean lost two terms (30 -> 25%) and keeps the closest. The
# next whatever it was gained Hindi मैराथन too, and gave Persian تاکسی for `tax` two sources.
MOST = 2
FEWEST = {"ko": 1}
VARIANT_SIMILARITY = 0.88  # Persian تقاص "retribution" reads 0.86 like تکس
# Where the loans route runs, and whose words it starts from (`dictionary.LOANS`).
RELATIVES = ("en", "de", "fr", "it", "es")

# Consonant classes, on Latin letters after `romanize` (a digraph is read first).
CLASSES = {
    "p": "P", "b": "P", "f": "F", "v": "F", "w": "F", "t": "T", "d": "T", "k": "K", "g": "K",
    "q": "K", "c": "K", "s": "S", "z": "S", "x": "KS", "j": "J", "l": "R", "r": "R", "m": "N", "n": "N",
    "ħ": "X",
}  # fmt: skip
# Classes a language's script or sounds do not tell apart: Hebrew ב and פ are b/v and p/f; Korean has
# no f or v (골프 "golf"), and writes z as ㅈ.
MERGED = {"he": {"F": "P"}, "ko": {"F": "P", "J": "S"}}
NON_RHOTIC = frozenset({"ko"})  # write English loans as British English sounds (no r before a consonant)
VOWELS = frozenset("aeiouy")

DEVANAGARI = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n", "च": "j", "छ": "j", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m", "य": "", "र": "r", "ल": "l", "व": "v", "श": "s",
    "ष": "s", "स": "s", "ह": "h", "ं": "n", "ँ": "n", "ळ": "l", "ऱ": "r",
}  # fmt: skip
DEVANAGARI_VOWELS = dict(zip("अआइईउऊएऐओऔऑऍािीुूेैोौॉॅ", "aaiiuueeoooeaiiuueeoooe", strict=True))
# A letter with a nukta below (written apart: Unicode does not compose them): the sounds of loans.
NUKTA = {"ड": "r", "ढ": "r", "क": "k", "ख": "k", "ग": "g", "ज": "z", "फ": "f"}
PERSIAN = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "j", "خ": "ħ", "د": "d", "ذ": "z", "ر": "r",
    "ز": "z", "ژ": "j", "س": "s", "ش": "s", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "ħ", "ف": "f",
    "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ة": "t", "ا": "a", "آ": "a",
    "أ": "a", "إ": "a", "و": "u", "ی": "i", "ي": "i", "ى": "i", "ه": "h", "ح": "h",
}  # fmt: skip
HEBREW = {
    "ב": "b", "ג": "g", "ד": "d", "ז": "z", "ח": "ħ", "ט": "t", "כ": "k", "ך": "k", "ל": "l", "מ": "m",
    "ם": "m", "נ": "n", "ן": "n", "ס": "s", "פ": "p", "ף": "p", "צ": "s", "ץ": "s", "ק": "k", "ר": "r",
    "ה": "h", "ש": "s", "ת": "t", "ג׳": "j", "צ׳": "j", "ז׳": "z", "וו": "v", "א": "a", "ו": "u", "י": "i",
}  # fmt: skip
# Hangul jamo: initial consonants (19) and finals (27, after none); ㅇ is silent at the start, final ㅅ is t.
HANGUL_INITIAL = "k k n t t r m p p s s _ j j j k t p h".split()  # noqa: SIM905
HANGUL_FINAL = ["", *"k k ks n nj n t r rk rm rp rs rt rp r m p ps t s n j j k t p _".split()]  # noqa: SIM905
HANGUL_VOWELS = "a e a e o e o e o a e e o u o e i u _ i i".split()  # noqa: SIM905  (ㅡ: the vowel loans insert)
# Latin spellings: digraphs first; where a spelling has two readings, both (`|`).
LATIN_DIGRAPHS = (
    ("sch", "s"), ("tsch", "j"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("ch", "k|j|s"), ("qu", "kv"),
    ("gn", "n"), ("tion", "sion|tion"), ("ge", "je|ge"), ("gi", "ji|gi"), ("ce", "se|je"),
    ("ci", "si|ji"), ("cy", "si"), ("sh", "s"), ("ts", "s"), ("tz", "s"),
)  # fmt: skip
# Hungarian's own digraphs, read before the others in Hungarian words.
HUNGARIAN = (("sz", "s"), ("cs", "j"), ("zs", "z"), ("gy", "d"), ("ny", "n"), ("ly", "j"))
# Latin endings a language gives the international words it borrows, which the English and the Romance
# words lack (Hungarian *antibiotikum*, *rasszizmus*; German is alike, and one source): also read without.
# Development terms: hu 7.5 -> 12.5% (racism, antibiotic), no false alarm more.
LATIN_ENDINGS = {"hu": ("us", "um")}
SCRIPTS = frozenset({"ko", "hi", "fa", "ar", "he", "uk", "ru"})  # romanized letter by letter
# Ukrainian letters as the sounds of the loans they write (чемпіонат, блокчейн, журі, гольф): г is the g of
# loans, й, ь and ъ no consonant.
UKRAINIAN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьъюя'",
        "a b v g g d e e z z i i i _ k l m n o p r s t u f h s j s s _ _ u a _".split(),  # noqa: SIM905
        strict=True,
    )
)
# Russian's, read alike (ы and э the vowels they are).
RUSSIAN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщьъыэюя",
        "a b v g d e e z z i _ k l m n o p r s t u f h s j s s _ _ i e u a".split(),  # noqa: SIM905
        strict=True,
    )
)
CYRILLIC = {"uk": UKRAINIAN, "ru": RUSSIAN}
# Where j is the glide y (Hungarian *sztrájk* "strike", Czech *projekt*), read as the vowel i it stands
# beside, not as the English or Romance j of *jury*.
GLIDE_J = frozenset("hu cs sk sl hr da nb sv fi et lv lt".split())  # noqa: SIM905


def romanize(word: str, language: str) -> str:
    """`word` in Latin letters, one reading a letter (vowels kept where written; `_` for a silent one)."""
    text = word.lower()
    if language == "ko":
        return "".join(_hangul(c) for c in text)
    if language == "hi":
        for letter, sound in NUKTA.items():
            text = text.replace(letter + "\u093c", sound)
        return "".join(DEVANAGARI.get(c, DEVANAGARI_VOWELS.get(c, "")) for c in text)
    if language == "fa" or language == "ar":
        first = text[:1]
        rest = "".join(PERSIAN.get(c, "") for c in text[1:])
        return ("v" if first == "و" else PERSIAN.get(first, "")) + rest
    if language in CYRILLIC:
        letters = CYRILLIC[language]
        return "".join(letters.get(c, c if c.isascii() else "") for c in text).replace("_", "")
    if language == "he":
        for pair in ("ג׳", "צ׳", "ז׳", "וו", "ג'", "צ'", "ז'"):
            text = text.replace(pair, "\x00" + HEBREW[pair.replace("'", "׳")] + "\x00")
        return "".join(HEBREW.get(c, c if c.isascii() else "") for c in text).replace("\x00", "")
    plain = unicodedata.normalize("NFKD", text)
    latin = "".join(c for c in plain if not unicodedata.combining(c)).replace("đ", "d").replace("ł", "l")
    return latin.replace("j", "i") if language in GLIDE_J else latin


def _hangul(char: str) -> str:
    code = ord(char) - 0xAC00
    if not 0 <= code < 11172:
        return char
    initial, rest = divmod(code, 21 * 28)
    final = rest % 28
    return (HANGUL_INITIAL[initial] + HANGUL_VOWELS[rest // 28] + HANGUL_FINAL[final]).replace("_", "")


def _spellings(text: str, language: str) -> list[str]:
    """A Latin word's readings: its digraphs read each way they are (`ch` as k, ch or sh)."""
    digraphs = HUNGARIAN + LATIN_DIGRAPHS if language == "hu" else LATIN_DIGRAPHS
    pieces: list[list[str]] = []
    i = 0
    while i < len(text):
        for old, new in digraphs:
            if text.startswith(old, i):
                pieces.append(new.split("|"))
                i += len(old)
                break
        else:
            pieces.append([text[i]])
            i += 1
    return ["".join(p) for p in list(product(*pieces))[:MOST_VARIANTS]]


def skeleton(text: str, language: str = "", non_rhotic: bool = False) -> str:
    """The consonant classes of a romanized word, vowels and h dropped, a class repeated once; read
    `non_rhotic`ally, an r before no vowel is silent (Korean 스마트폰 "smartphone", no r)."""
    classes = (
        CLASSES.get(char, "")
        for i, char in enumerate(text)
        if not (non_rhotic and char == "r" and text[i + 1 : i + 2] not in VOWELS)
    )
    return _merged("".join(classes), language)


def skeletons(word: str, language: str, non_rhotic: bool = False) -> list[str]:
    """Every skeleton `word` (of `language`) may stand for: each reading of its Latin spelling's
    digraphs (Hungarian's own: *sz*, *cs*), and read without its silent r's where `non_rhotic`."""
    roman = romanize(word, language)
    if language in SCRIPTS:
        return [skeleton(roman, language)]
    spelt = _spellings(roman, language)
    shapes = [skeleton(s, language) for s in spelt]
    if non_rhotic:
        shapes += [skeleton(s, language, True) for s in spelt]
    return list(dict.fromkeys(shapes))


def vocabulary_rows(language: str) -> Rows:
    """skeleton -> [[word, zipf], ...], the language's words at least `MIN_ZIPF` common, commonest first;
    an inflected form counts for its lemma where simplemma has one that is itself a word of the list
    (Hungarian *olimpiát*: olimpia), as in `cognates.vocabulary_rows`."""
    import simplemma

    from monitor.analysis.lemmas import simplemma_languages
    from monitor.lexicon.frequency import frequent_words

    lemmas = language in simplemma_languages()
    best: dict[str, float] = {}
    known: set[str] = set()
    for word, zipf in frequent_words(language, MIN_ZIPF):
        known.add(word)
        if not any(c.isdigit() for c in word):
            lemma = simplemma.lemmatize(word, lang=language) if lemmas else word
            best[word] = max(best.get(word, 0.0), zipf)
            best[lemma] = max(best.get(lemma, 0.0), zipf)
    buckets: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for word, zipf in sorted(best.items(), key=lambda item: -item[1]):
        if word in known:  # a lemma that is itself a word of the list, not a lemmatiser's guess (its forms
            # are matched through it)
            stems = _stems(word, language)
            for shape in dict.fromkeys(s for stem in stems for s in skeletons(stem, language)):
                if len(shape) >= MIN_CLASSES:
                    buckets[shape].append((word, zipf))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in buckets.items()]


@cache
def _vocabulary(language: str) -> Table:
    version = metadata.version("wordfreq")
    return cached_table(f"loans-{language}-{version}-{MIN_ZIPF}-{MIN_CLASSES}-h6", vocabulary_rows, language)


# Spellings a target reads its own way in the international words it borrows (patterns on the lower-case
# word): Ukrainian writes Greek th as ф (марафон "marathon", not a name like Мартон); Hebrew and
# Ukrainian take Latin -sion and -tion as -sia and -tsia (פנסיה, пенсія "pension"; קואליציה, коаліція),
# where Hebrew's -ion is another word (פנסיון, a guesthouse). Development terms: he 17.5/87.5 ->
# 20.0/100%, uk unchanged.
_IA = ((r"[tcz]i[oó]ne?$", "tsia"), (r"si[oó]ne?$", "sia"))  # -tion, -zione, -ción; -sion, -sione, -sión
READ_AS = {"uk": ((r"th", "f"), *_IA), "ru": ((r"th", "f"), *_IA), "he": _IA}


def _as_read(word: str, target: str) -> list[str]:
    """`word`, and as `target` reads its spellings (`READ_AS`) where it has them."""
    read = word.lower()
    for pattern, new in READ_AS.get(target, ()):
        read = re.sub(pattern, new, read)
    return list(dict.fromkeys([word, read]))


def loans(word: str, language: str, target: str) -> list[str]:
    """The commonest `target` word that sounds like `word` (a word of `language`); [] if none."""
    shapes = [
        _merged(s, target)
        for spelling in _as_read(word, target)
        for s in skeletons(spelling, language, target in NON_RHOTIC)
        if len(s) >= MIN_CLASSES
    ]
    candidates = [
        (text, zipf)
        for shape in dict.fromkeys(shapes)
        for text, zipf in json.loads(_vocabulary(target).get(shape) or "[]")
        if (not text.isascii() if target in SCRIPTS else not _english(text, zipf))
    ]
    if not candidates:
        return []
    references = _references(word, language, target)
    scored = [
        (max((_ratio(p, r) for r in references for p in plains if _same_start(p, r)), default=0.0), z, text)
        for text, z in candidates
        for plains in [_plains(text, target)]
    ]
    floor = SIMILARITY.get(target, LATIN_SIMILARITY)
    # A word under several skeletons (its digraphs' readings) is scored once for each: ranked once.
    ranked = list(
        dict.fromkeys(text for score, _zipf, text in sorted(scored, reverse=True) if score >= floor)
    )
    if not ranked:
        return []
    best = _plain(ranked[0], target)
    seconds = [t for t in ranked[1:] if _ratio(_plain(t, target), best) >= VARIANT_SIMILARITY]
    chosen = [ranked[0], *seconds[: FEWEST.get(target, MOST) - 1]]
    return list(dict.fromkeys(head for text in chosen if (head := _headword(text, target))))


# Languages whose nouns take case endings a loan's reading may end in (Romanian *familii* is no case of
# a loan: read as its lemma *familie* it found more words, and wrong ones).
CASE_ENDINGS = frozenset({"hu", "fi", "et", "uk", "ru"})


def _headword(text: str, language: str) -> str:
    """A loan as a dictionary writes it: the lemma of an inflected form that was read closest (Hungarian
    *olimpiát*, "the Olympics" as an object, whose *t* reads like Olympiade's *d*: *olimpia*), where
    the lemma is itself a word of the list and the form only adds an ending to it; the article's forms
    are matched through the lemma. "" where the lemma table reads it as a form of another word that it
    does not merely add an ending to: a native word's form, no loan (Russian *наклей*, "glue on!", of
    *наклеить*, for `nuclear`, which three relatives' spellings had agreed on)."""
    from monitor.lexicon.frequency import FREQUENCIES

    table = open_lemma_table(language) if language in CASE_ENDINGS else None
    lemma = (table.get(text) if table is not None else None) or text
    if lemma == text:
        return text
    stem = lemma[:-1] if len(lemma) > 4 else lemma
    if not text.startswith(stem):
        return ""
    return lemma if FREQUENCIES.zipf(lemma, language) >= MIN_ZIPF else text


def _references(word: str, language: str, target: str) -> list[str]:
    """What `word` looks like in `target`'s romanization: itself for a Latin-script target, else its
    transcriptions into the target's script (Persian: the Arabic ones) read back into Latin."""
    if target in LATIN_WRITTEN:
        return _spellings(romanize(word, language), language)
    from monitor.lexicon.transcribe import transcribe

    script = "ar" if target == "fa" else target
    found = [romanize(t, target) for w in _as_read(word, target) for t in transcribe(w, script)] or [
        romanize(word, language)
    ]
    if target == "fa":  # Arabic writes a foreign g as غ and p as ب, Persian as گ and پ (dev: fa 12.5 -> 15%)
        found += [r.replace("ħ", "g").replace("b", "p") for r in found]
    return list(dict.fromkeys(found))


def _plains(text: str, language: str) -> list[str]:
    """`_plain` and, where the language adds a Latin ending to loans, its stem, double letters single
    (Hungarian *rasszizmus*: *rasizm*, read against *racism*)."""
    plain = _plain(text, language)
    if language not in LATIN_ENDINGS:
        return [plain]
    return list(dict.fromkeys([plain, *(re.sub(r"(.)\1", r"\1", s) for s in _stems(plain, language))]))


def _stems(word: str, language: str) -> list[str]:
    """`word` and, if it ends in one of the Latin endings `language` gives loans, `word` without it."""
    for ending in LATIN_ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return [word, word[: -len(ending)]]
    return [word]


def _plain(text: str, language: str) -> str:
    """A target word read into Latin, its own digraphs read (Hungarian *teleszkóp*, *teleskop*)."""
    return (
        _spellings(romanize(text, language), language)[0]
        if language in LATIN_WRITTEN
        else romanize(text, language)
    )


def _same_start(one: str, other: str) -> bool:
    """Both begin with a vowel, or both with a consonant (h counts: Hebrew המיסיון "the mission" is no
    *emission*), Korean 열심 no *racism*."""
    return bool(one) and bool(other) and (one[0] in VOWELS) == (other[0] in VOWELS)


def _english(text: str, zipf: float) -> bool:
    from monitor.lexicon.frequency import FREQUENCIES

    return FREQUENCIES.zipf(text, "en") > zipf + ENGLISH_MARGIN


def _ratio(one: str, other: str) -> float:
    return SequenceMatcher(None, one, other).ratio()


def _merged(shape: str, language: str) -> str:
    """Consonant classes with those `language` does not tell apart merged, a class repeated once: a
    skeleton of the source language is re-read so to be looked up among the target's."""
    merged = MERGED.get(language, {})
    out: list[str] = []
    for cls in shape:
        cls = merged.get(cls, cls)
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def loan_phrases(text: str, language: str, target: str) -> list[str]:
    """A phrase's loan word by word (every word must have one), a single word's loan."""
    words = text.split()
    found = [loans(word, language, target) for word in words]
    if len(words) == 1:
        return found[0]
    return [" ".join(f[0] for f in found)] if words and all(found) else []


EACH = 2  # equivalents of each relative read
# The relatives a language's loans are read from, where not all of `RELATIVES`. Korean's loans are English
# words (스마트폰, 마라톤); read from German, French, Italian or Spanish words they found only Korean words of
# like sounds (랜드 for *Rente*, 빨개 for *barrage*), and the relatives agreeing on one (외무성 "foreign
# ministry" for *emission*, 독도 for *doctor*) made it look agreed: one source, for the encoder (which knows
# Korean) to confirm.
LOANED_FROM = {"ko": ("en",)}
# Where a loan must be the term's own word too, the relatives' words only agreeing with it: Ukrainian, whose
# Russian and Polish cognates carry the dictionaries' senses, took the relatives' other senses as loans
# (програма for `software`, партія for `match`, президент for `mayor`: our own ordinary sentences); and
# Russian, whose dictionaries give the relatives' senses already.
OWN_WORD_FIRST = frozenset({"uk", "ru"})


def loan_candidates(
    term: str, source: str, target: str, equivalents: Callable[[str], Sequence[str]]
) -> dict[str, dict[str, str]]:
    """`target` loans of `term` and of its equivalents in `RELATIVES` (`equivalents(language)`, best
    first): loan -> {family: route}, one family per relative language."""
    found: dict[str, dict[str, str]] = {}
    for relative in LOANED_FROM.get(target, RELATIVES):
        words = _singular(term, source) if relative == source else list(equivalents(relative))[:EACH]
        for word in words:
            for text in loan_phrases(word, relative, target):
                found.setdefault(text, {}).setdefault(f"loan:{relative}", f"loan:{relative}:{word}")
    if target in OWN_WORD_FIRST:
        return {text: routes for text, routes in found.items() if f"loan:{source}" in routes}
    return found


def _singular(term: str, language: str) -> list[str]:
    """An English plural term and its singular (`olympics`: Hindi ओलंपिक)."""
    if language == "en" and term.endswith("s") and not term.endswith("ss") and len(term) > 4:
        return [term, term[:-1]]
    return [term]
