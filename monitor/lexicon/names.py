"""Names in every language and script: the ways an article in another language writes a name.

`name_variants("Kursk", "ru")` gives Курск (GeoNames), `name_variants("Putin", "zh")` 普京
(CC-CEDICT), `name_variants("Kowalczyk", "ru")` Ковальчик-like spellings (transcribed), each
a `Variant` with its evidence on the lexicon's one scale (see `monitor.lexicon`):

    CURATED      the rule's own name where the target writes names in its script; a country's
                 CLDR name and the gazetteer's alternate names (places.yaml)
    AGREE        two sources give it, or a source and the transcription
    SOURCE       one name source: GeoNames alternate names (cities), CC-CEDICT (Chinese)
    TRANSCRIBED  generated from the spelling (`transcribe`; among a word's many readings,
                 also those the target's word lists know: فريد حدادين), or derived from a
                 variant (Белгородская область, Warschauer; a group's member: the Houthis,
                 الحوثي; a firm's own words: Brixmoor for Brixmoor Dairy)

A name typed without its marks is read as its language's news spells it (Babis: Babiš, so
Бабиш, バビシュ; Sahin: Şahin), from word frequencies; an Arabic name that its news writes
with the article keeps it (الخرطوم). `name_forms(variant, language)` (from `endings`) then
gives each variant's inflected and clitic forms; `is_known_name` says whether a source knows
a text as a name. Pure functions over tables converted once (`namesources`).

GeoNames alternate names carry no language, only a script: a target takes those written in
its own alphabet (Russian letters for ru, Arabic without Persian letters for ar, kana for
ja, and Han only for East Asian places, since Japanese writes Western places in kana).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import product

from monitor.analysis.fold import fold
from monitor.analysis.lemmas import open_lemma_table
from monitor.lexicon import Evidence, Variant
from monitor.lexicon.endings import (
    compound_prefixes,
    derived_words,
    genitive_plurals,
    genitives,
    members,
    name_forms,
    word_forms,
)
from monitor.lexicon.frequency import FREQUENCIES
from monitor.lexicon.guard import (
    ARABIC_DERIVED_ZIPF,
    ARABIC_PLACE_KINDS,
    LOOKALIKE_ZIPF,
    OPENING_INTRODUCED,
    IntroducedOpening,
    NameContext,
    arabic_word,
    names_name,
)
from monitor.lexicon.morph import LANGUAGES as MORPH_LANGUAGES
from monitor.lexicon.namesources import (
    City,
    JapaneseName,
    arab_towns_romanised,
    chinese_names,
    chinese_people,
    cities,
    japanese_kanji,
    marked_spellings,
    pinyin_names,
    simplified,
)
from monitor.lexicon.segments import COUNTRY_SIDES
from monitor.lexicon.terms import CAPITALISED_NOUNS, COMMON_ZIPF, is_acronym
from monitor.lexicon.transcribe import arabic_name_readings, articled_word, transcribe, wide_readings
from monitor.lexicon.transcribe.cyrillic import (
    ukrainian_counterparts,
    ukrainian_from_russian,
    ukrainian_soft_ev,
    ukrainian_yo,
)
from monitor.lexicon.transcribe.engine import edit_distance
from monitor.lexicon.transcribe.hanja import korean_hanja
from monitor.lexicon.transcribe.hanviet import vietnamese_hanzi
from monitor.lexicon.transcribe.latin import looks_slavic
from monitor.lexicon.words import bearer_noun

__all__ = [
    "NameInfo",
    "compound_prefixes",
    "is_known_name",
    "name_forms",
    "name_info",
    "name_variants",
    "word_forms",
    "word_senses",
]

_LATIN = {
    "en": "", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú", "pl": "ąćęłńóśźż", "nl": "äëïöüéèáó", "tr": "çğıöşüâîû",
    "cs": "áčďéěíňóřšťúůýž", "sv": "åäöé", "da": "æøåé", "nb": "æøåé", "fi": "äöå", "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ", "hr": "čćđšž", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšž", "ca": "àçèéíïòóúü",
    "id": "", "ms": "", "vi": "", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž",
}  # fmt: skip
_SCRIPT_LETTERS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
    "el": "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
    "he": "אבגדהוזחטיךכלםמןנסעףפץצקרשת'׳",
}
_UNCASED = frozenset({"ar", "he"})
_SPELLED_VARIOUSLY = frozenset({"ar", "ja"})
_EAST_ASIA = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP"})
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"^[\u30a0-\u30ff\u3040-\u309f・ー]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7af ]+$")


@dataclass(frozen=True)
class NameInfo:
    """What the name sources know of a text: the countries of the cities so called, and CEDICT."""

    places: tuple[str, ...]  # ISO country codes of GeoNames cities with this spelling
    chinese: bool  # CC-CEDICT names someone or something so

    @property
    def known(self) -> bool:
        return bool(self.places or self.chinese)


@lru_cache(maxsize=8192)
def name_info(text: str) -> NameInfo:
    """What the name sources know of `text` (any script, case or accents).

    Kept per text: matching asks it of the words that open an article's sentences (`KnownName`),
    the same few hundred words in article after article, and each answer is table lookups."""
    clean = _unquoted(text)
    places = tuple(dict.fromkeys(c.country for c in cities(clean)))
    return NameInfo(places, bool(chinese_names(clean)))


def is_known_name(text: str, language: str = "en") -> bool:
    """Whether a name source knows `text` as a place or person (`Kursk`, `Курск`, `Putin`).

    GeoNames knows every spelling of its cities in any language, CC-CEDICT English names;
    `language` is accepted for a future source with language tags and does not narrow this.
    Being known is not being a name: GeoNames has cities called Police, Split and Most, so a
    lower-case rule word stays a word (the rule compiler decides).
    """
    del language
    return name_info(text).known


# Languages whose common nouns look like names (German capitalises them; Arabic has no capitals): there a
# name's variant that is also a common word is matched by its context (`guard.NameContext`).
CONTEXT_LANGUAGES = frozenset({"de", "lb", "ar"})
MEANING_SOURCES = 2  # a dictionary sense that this many sources give
RARE_MEANING_SOURCES = 3  # the same, for a word less frequent than `COMMON_ZIPF`


@lru_cache(maxsize=4096)
def name_context(text: str, language: str) -> NameContext | None:
    """How a one-word variant `text` of a name is told from the common word it also is in `language`
    (German *Koch*, cook; Arabic ماسك, a mask), or None where it is no common word there.

    Word frequencies alone cannot tell: wordfreq counts *Merkel* and *Trump* as often as *Koch*.
    A German variant is a common word when it is frequent and the dictionaries translate it into
    English as a common word, given by two sources and written in lower case (*Koch*: cook, chef;
    *Tesla*: tesla, the unit; not *Paris* or *Schmidt*: Smith). Arabic has no dictionary here; there
    a frequent variant is a word where its news also writes it with suffixes and the article
    (`guard.arabic_word`: مسك, حلب, حماس, كابل; not بغداد or ترامب). A German variant is one too where
    the lemma table reads it as an inflected noun (`noun_form`: *Modi*, the plural of *Modus*, which no
    dictionary lists), at the look-alike guard's lower frequency: the table, not the frequency, says it
    is a word there; so is a rarer variant that three dictionaries translate as a common word (*Hagel*:
    hail), or that the table reads as an adjective (`adjective_form`: *Dürr*, *Neuer*)."""
    if language not in CONTEXT_LANGUAGES or " " in text.strip() or not FREQUENCIES.knows(language):
        return None
    zipf = FREQUENCIES.zipf(text, language)
    word = fold(text, True, language)
    if language == "ar":
        if zipf >= COMMON_ZIPF and arabic_word(text, FREQUENCIES.zipf):
            verb = _arabic_verb if text.startswith("ال") and _town(text) else None  # انتشر الخبر
            return NameContext(language, word, written=text, country=_country_adjectives(text), verb=verb)
        articled = FREQUENCIES.zipf("ال" + text, language)
        # the name bare, a word with the article: حمص (الحمص, the chickpeas), كشمير (الكشمير, cashmere); not
        # a surname's nisba, which takes the article as the name (كاظمي, الكاظمي)
        rare = ARTICLED_WORD_ZIPF <= articled < zipf and not _NISBA.fullmatch(text)
        article = articled >= ESTABLISHED_ZIPF if zipf >= COMMON_ZIPF else rare
        bare = article and not text.startswith("ال") and _articled(text) == text
        if not bare:
            return None
        feminine = feminine_adjective(text)
        return NameContext(language, word, written=text, bare=True, feminine_adjective=feminine)
    if zipf < LOOKALIKE_ZIPF:
        return None
    # a rarer word where more dictionaries agree on its sense (*Hagel*, hail, at 3.41: five give it), as
    # `OpeningWord`'s rarer band reads one (`compile._common_or_translated`); not a sense spelt as the
    # name (*Pentagon*: pentagon, the figure), which a name's loan into both languages also has
    if zipf >= COMMON_ZIPF:
        means = word_senses(text, language)
    else:
        means = tuple(m for m in word_senses(text, language, RARE_MEANING_SOURCES) if m != text.lower())
    noun = None if means else noun_form(text, language)
    if noun is not None:
        means = word_senses(noun, language)
    elif not means and zipf >= COMMON_ZIPF and declined_noun(text, language):
        means = word_senses(text, language, sources=1)
        if not means:
            return None
    elif not means and (adjective := adjective_form(text, language)) is not None:
        # an adjective capitalised (*Dürr*, *Wüst*) or declined (*Neuer*: neu), opening a sentence
        means = word_senses(adjective, language, sources=1)
        if not means:
            return None
        noun = adjective  # no author writes an adjective capitalised for it (`NameContext.inflected`)
    elif not means:
        return None
    common = partial(common_word, language=language)
    inflected = noun is not None
    adverb = noun is None and _adverb_only(text, language, means)
    bearer = partial(bearer_noun, language=language)
    return NameContext(
        language,
        word,
        means[:3],
        text,
        common=common,
        place=written_city(text),
        inflected=inflected,
        bearer=bearer,
        compound=partial(closed_compound, language=language),
        adverb=adverb,
    )


# The pattern فعيلة of a feminine adjective (حديثة, طويلة, قديمة), whose elative is أفعل (أحدث, أطول, أقدم).
_FEMININE_ADJECTIVE = re.compile("(.)(.)ي(.)ة")


def feminine_adjective(text: str) -> bool:
    """Whether an Arabic word is a feminine adjective of the pattern فعيلة whose elative أفعل its news
    uses (`ESTABLISHED_ZIPF`: حديثة, أحدث; not عنيزة, Unaizah, nor جدة): a town's name so spelt is also
    that adjective after a feminine noun (`guard.NameContext.feminine_adjective`)."""
    found = _FEMININE_ADJECTIVE.fullmatch(text)
    return found is not None and FREQUENCIES.zipf("أ" + "".join(found.groups()), "ar") >= ESTABLISHED_ZIPF


def _adverb_only(text: str, language: str, means: tuple[str, ...]) -> bool:
    """Do the dictionaries give each of `means`, the senses of `text`, as an adverb's only (*Lange*: long;
    not *Kurz*, an adjective too, nor *Heute*, also a noun)?"""
    from monitor.lexicon.dictionary import translations

    parts = [t.parts for t in translations(text, language, "en") if t.text in means]
    return bool(parts) and all(p == {"adv"} for p in parts)


def written_city(text: str) -> bool:
    """Whether a city a name source knows is written `text`, as the article writes it (case and accents
    kept): *Essen*, *Halle*; not *Lang* (Laon, whose alternate *lang* romanises its Thai name) nor *Bär*
    (Baar, *Bar*), which folding alone would call places."""
    return any(text in (c.name, *c.alternates) for c in cities(text))


# A compound written as one word that the frequency tables keep (`frequency.MIN_ZIPF`, 2.0) is a word of
# the language: the common word's established compounds are (*Wolfsrudel* 2.5, *Kochkurs* 2.7,
# *Fischerboot* 2.5), a name's made for the day are not (*Koch-Vertraute*, *Merz-Regierung*,
# *Habeck-Nachfolger*: 0). Rarer ones the tables leave out (*Wolfspopulation* 1.6) stay the name's.
CLOSED_COMPOUND_ZIPF = 2.0


def closed_compound(modifier: str, head: str, language: str) -> bool:
    """Is `modifier` joined to `head` (a hyphenated compound's parts) a word of `language` written as one,
    with or without the linking -s (`dictionary.LINKS`)?"""
    from monitor.lexicon.dictionary import LINKS

    return any(
        FREQUENCIES.zipf(f"{modifier}{link}{head}".lower(), language) >= CLOSED_COMPOUND_ZIPF
        for link in LINKS.get(language, ("",))
    )


# A name's bare spelling that Arabic news also writes with the article this much, though less than bare
# (كشمير, الكشمير): that is another word (cashmere), not the name, which foreign names do not take.
ARTICLED_WORD_ZIPF = 2.0


def common_word(text: str, language: str) -> bool:
    """Whether `text` (one capitalised word) is a common word of `language`, as `name_context` reads a
    name's variant: the dictionaries translate it, or its noun, as a common word (*Kellner*, *Alt*;
    *Staatsanwälte* through *Staatsanwalt*), or one does and the lemma table has its plural (*Spinner*:
    *Spinnern*). Asked while matching, of the words joined to a name's variant
    (`guard.NameContext.common`): the dictionaries' tables are files on disk."""
    if word_senses(text, language):
        return True
    noun = noun_form(text, language)
    if noun is not None:
        return bool(word_senses(noun, language))
    return declined_noun(text, language) and bool(word_senses(text, language, sources=1))


def declined_noun(text: str, language: str) -> bool:
    """Does the lemma table read a plural, dative or genitive in -es of `text` back to it (*Schäfern*:
    Schäfer, *Engeln*: Engel; *Heiles*: Heil, salvation, which has no plural)? A noun's own evidence,
    which a name lacks (*Merkel*, *Schmidt* have only their genitive -s):
    with it, one dictionary's sense makes the word common (*Schäfer*: shepherd, which one source gives),
    where a sense alone needs two (a single source's sense of a name is often a slip)."""
    if not text[:1].isupper():
        return False  # an adjective's endings (*russischen*: russisch) make no noun
    table = open_lemma_table(language)
    return table is not None and any(table.get(text + ending) == text for ending in NOUN_PLURAL_ENDINGS)


# German's dative plural (*Schäfern*, *Steinen*) and a strong noun's genitive -es (*des Heiles*): a name
# takes neither, only the genitive -s (*Kochs*, *Merz'*)
NOUN_PLURAL_ENDINGS = ("n", "en", "es")


def adjective_form(text: str, language: str) -> str | None:
    """The adjective whose bare or declined form the capitalised `text` is, where the lemma table reads
    the adjective's own declined forms back to it (*dürr*: dürre, dürren, dürrer; *neu* for *Neuer*):
    German writes an adjective in lower case, so capitalised it is one only opening a sentence (*Neuer
    Rekord*, *Dürr und trocken*). A name has no such forms (*Wolfe* reads as *wolfen*, *Merze* as
    *merzen*; *Fischere* is none), and the dictionaries may give its adjective's senses from one
    source only (*dürr*: dry, arid, lean), so the table is the evidence, as `declined_noun`'s plurals are."""
    if not text[:1].isupper() or " " in text:
        return None
    table = open_lemma_table(language)
    if table is None:
        return None
    low = text.lower()
    lemma = table.get(low) or low
    if lemma != low and not (lemma[:1].islower() and low.removeprefix(lemma) in ADJECTIVE_ENDINGS):
        return None  # a declined form's lemma is its stem (*neuer*: neu), not a verb's infinitive
    forms = [lemma + ending for ending in ADJECTIVE_ENDINGS if lemma + ending != low]
    return lemma if sum(table.get(f) == lemma for f in forms) >= DECLINED_FORMS else None


ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # German's strong and weak declension


def opening_word(text: str, language: str) -> IntroducedOpening | None:
    """How a name's one-word Cyrillic spelling, guessed or a source's (GeoNames' town *Сокол* for Sokol),
    that is also a common noun there (Mack: *мак*, poppy; frequent, and `declined_word` or, where the lemma
    table knows the name too, `analysed_word`: *Курган*, *Коваль*) is told from the word opening a sentence
    and from the noun's plural (`guard.IntroducedOpening`); None for others (*Зеленський*, as frequent,
    is a name)."""
    text = text.strip()
    if language not in OPENING_INTRODUCED or " " in text or FREQUENCIES.zipf(text, language) < LOOKALIKE_ZIPF:
        return None
    if not (declined_word(text, language) or analysed_word(text, language)):
        return None
    from monitor.lexicon.morph import plural_forms

    plurals = frozenset(fold(f, True, language) for f in plural_forms(text, language))
    return IntroducedOpening(language, fold(text, True, language), text, plurals)


def analysed_word(text: str, language: str) -> bool:
    """Does the morphological analyser (`morph.common_nominative`) read `text` as a common noun's
    nominative, the form that opens a sentence as its subject? The lemma table cannot tell
    where it knows the name too: it reads *Кургана* and *Шахт* to the towns (`declined_word` then leaves
    them names), where the analyser gives the burial mound and the mines their own readings; and it
    leaves out the word's other cases (*Песков*: the sands' genitive, no subject)."""
    from monitor.lexicon.morph import common_nominative

    return bool(common_nominative(text, language))


DECLINED_FORMS = 2  # a common noun's case forms the table reads back to it (one may be a slip)


def _noun_sense(word: str, language: str) -> bool:
    """Does a dictionary give `word` a common word's sense (`word_senses`, one source), or a lower-case
    noun's where its routes also give it as a proper noun (*рак*: cancer, and the constellation;
    *орёл*: eagle, and Aquila), which `word_senses` leaves out as a name's?"""
    from monitor.lexicon.dictionary import translations

    return bool(word_senses(word, language, sources=1)) or any(
        t.text[:1].islower() and "n" in t.parts for t in translations(word, language, "en")
    )


def declined_word(text: str, language: str) -> bool:
    """Does the lemma table read `text`'s case forms (`endings.word_forms`), in lower case, back to it as
    a common word (Russian *кота*, *маку*, *холма*: the nouns *кот*, *мак*, *холм*), and none, capitalised,
    as a name? The table's names are capitalised (Ukrainian *Зеленського*: Зеленський, *Лукашенка*;
    Russian *Трампа*, *Медведева*), or absent (Russian *Зеленского*, *Буданова*); Russian's also has
    famous names in lower case (*трампа*), so a capitalised form makes a name whatever else it reads
    (*Холла*, *Блока*: a name's bearer known, though *холл* and *блок* are words). wordfreq cannot tell
    them: it counts a famous name as often as a word (*зеленський* 4.4). spaCy's tables (Russian's)
    lower-case names as they do words (*макрона*: макрон): there a dictionary must give the word a sense
    too (*кот*: cat; *мак*: poppy; `_noun_sense`)."""
    from monitor.analysis.lemmas import lemma_sources

    table = open_lemma_table(language)
    if table is None:
        return False
    low = text.lower()
    forms = [f for f in word_forms(text, language)[0] if f != text]
    if any(table.get(f) == text for f in forms):
        return False
    extra = [*_neuter_forms(low), *_fleeting_forms(low)]
    plain = low.replace("ё", "е")  # GeoNames' Орел, the table's and the dictionaries' орёл
    found = [
        lemma
        for f in [*forms, *extra]
        if (lemma := table.get(f.lower())) and lemma.replace("ё", "е") == plain
    ]
    if len(found) < DECLINED_FORMS:
        return False
    spacy = "spacy-lookups-data" in lemma_sources(language)
    return not spacy or any(_noun_sense(word, language) for word in dict.fromkeys([low, *found]))


# A name in -е or -о is not declined (Гёте, Орпо), so `word_forms` gives it none; a noun so ending is a
# neuter and is (горе: горя, горю, горем; Ukrainian горе the same).
_NEUTER_ENDINGS = {"е": ("я", "ю", "ем"), "о": ("а", "у", "ом")}


# A masculine noun's last vowel before its final consonant drops in its other cases (орёл: орла, орлу,
# орлом; лев: льва; угол: угла), where `word_forms`, for names, keeps it (Орёла): a name's is kept
# (Орбан: Орбана, Козел: Козела as a surname).
_FLEETING = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])[ёео](?=[бвгджзклмнпрстфхцчшщ]$)")
_FLEETING_ENDINGS = ("а", "у", "ом", "е")


def _fleeting_forms(word: str) -> list[str]:
    """The genitive, dative, instrumental and prepositional `word` has if it is a noun whose last vowel
    drops (above)."""
    if len(word) < 3 or not _FLEETING.search(word):
        return []
    stem = _FLEETING.sub("", word)
    stem = stem[:-2] + "ь" + stem[-1] if stem[-2:-1] == "л" and word[-2:-1] == "е" else stem  # лев: льва
    return [stem + e for e in _FLEETING_ENDINGS]


def _neuter_forms(word: str) -> list[str]:
    """The genitive, dative and instrumental `word` has if it is a Russian or Ukrainian neuter noun."""
    endings = _NEUTER_ENDINGS.get(word[-1:], ())
    return [word[:-1] + e for e in endings] if len(word) > 2 else []


def noun_form(text: str, language: str) -> str | None:
    """The noun whose inflected form `text` is, where the analysis's lemma table reads it as one: a
    capitalised form with another capitalised lemma (German *Modi*: Modus, *Bären*: Bär). Names are no
    such forms there (*Laschet* is read as *laschen* only in lower case, which a name never is here);
    None for a form the table does not know or gives as its own lemma."""
    table = open_lemma_table(language)
    lemma = table.get(text) if table is not None else None
    return lemma if lemma and lemma != text and lemma[:1].isupper() else None


_ARTICLED_NISBA = re.compile("ال[^ ]{2,}ي")


def nisba_context(text: str, language: str) -> NameContext | None:
    """An Arabic variant that is a surname's nisba with the article (الحريري, القذافي), told from the
    adjective it also is by the word before it (`NameContext.nisba`); None for others, and for a group's
    or a people's nisba, which Arabic news also writes in the plural (الحوثي: الحوثيين). Not
    `name_context`: a name whose reading is such a word is not thereby allowed it (`_guarded`)."""
    text = text.strip()
    if language == "ar" and " " not in text and text.startswith("ال") and not _ARTICLED_NISBA.fullmatch(text):
        return _articled_word_context(text)
    if language != "ar" or not _ARTICLED_NISBA.fullmatch(text):
        return None
    if any(FREQUENCIES.zipf(text.strip() + plural, "ar") >= ARABIC_DERIVED_ZIPF for plural in ("ون", "ين")):
        return None  # a group's or a people's word (الحوثيين, السودانيين): its adjective names it too
    return NameContext(language, fold(text.strip(), True, language), written=text.strip(), nisba=True)


def guessed_bare_context(text: str, language: str) -> NameContext | None:
    """How a guessed Arabic spelling of a name (a transcription no source gives) is told from the
    word its news writes with the article (Aoun: أوان, الأوان "the time", as in فات الأوان): a foreign
    name takes no article, so where that word is established the spelling matches only without it
    (`NameContext.bare`). None for a nisba (قذافي: the surname takes it, القذافي) and elsewhere."""
    text = text.strip()
    if language != "ar" or " " in text or text.startswith("ال") or _NISBA.fullmatch(text):
        return None
    articled = FREQUENCIES.zipf("ال" + text, language)
    if articled < ESTABLISHED_ZIPF or articled <= FREQUENCIES.zipf(text, language):
        return None
    return NameContext(language, fold(text, True, language), written=text, bare=True)


def guessed_accusative_context(text: str, language: str) -> NameContext | None:
    """How a guessed Arabic spelling of a name ending in ا is told from a common word's indefinite
    accusative, written without its tanween (Meta: ميتا, "dead", of ميت: عثر على الرجل ميتا, he was found
    dead): a name takes no tanween, so such a spelling matches only where a name is introduced (شركة ميتا,
    وأعلنت ميتا; `NameContext.introduced`). None where the stem is no common word of its news, or a
    nisba (روسي: روسيا is the country's own spelling)."""
    text = text.strip()
    stem = text.removesuffix("ا")
    if language != "ar" or " " in text or stem == text or len(stem) < 3 or stem.endswith("ي"):
        return None
    if FREQUENCIES.zipf(stem, language) < COMMON_ZIPF or not arabic_word(stem, FREQUENCIES.zipf):
        return None
    return NameContext(language, fold(text, True, language), written=text, introduced=True)


def _articled_word_context(text: str) -> NameContext | None:
    """An Arabic name written with the article whose stem is a common word of its news (الأقصر, Luxor:
    أقصر, shortest; الزرقاء, Zarqa: زرقاء, blue), told from that word by the word before it
    (`NameContext.articled`); None where the stem is no word (الخرطوم, الموصل read as the names)."""
    stem = text.removeprefix("ال")
    if not _feminine_nisba(text) and (
        len(stem) < 3
        or FREQUENCIES.zipf(stem, "ar") < COMMON_ZIPF
        or (not arabic_word(stem, FREQUENCIES.zipf) and not _bare_name(stem))
    ):
        return None
    verb = _arabic_verb if _town(text) else None
    return NameContext(
        "ar",
        fold(text, True, "ar"),
        written=text,
        articled=True,
        country=_country_adjectives(text),
        verb=verb,
    )


TOWN_POPULATION = 500_000  # a place GeoNames counts fewer people in is a town, not a great city


def _town(text: str) -> bool:
    """Whether an Arabic place name names a town (GeoNames' most populous city so spelt has fewer than
    `TOWN_POPULATION` people: الخبر, Khobar; العيون, Laayoune) and no country (CLDR: الكويت is Kuwait, not
    only its city): news names such a town by its kind where its name is a word (مدينة الخبر), and writes a
    capital alone as the subject of a verb (استضافت الرياض)."""
    from monitor.concepts import cldr_names

    found = cities(text)
    if not found or found[0].population >= TOWN_POPULATION:
        return False
    return not any(text in names for names in cldr_names("ar").values())


def _feminine_nisba(text: str) -> bool:
    """Whether an Arabic name with the article is a nisba's feminine (الناصرية, Nasiriyah; الإسماعيلية,
    Ismailia) whose masculine its news uses much (الناصري, Nasserist; الإسماعيلي, Ismaili): then it is
    also that adjective, after a feminine noun (الحقبة الناصرية, the Nasserist era; الطائفة الإسماعيلية)."""
    return len(text) > 5 and text.endswith("ية") and FREQUENCIES.zipf(text[:-1], "ar") >= ESTABLISHED_ZIPF


def common_nisba_feminine(text: str, language: str) -> bool:
    """Whether a guessed Arabic spelling without the article is a common nisba's feminine (Nabatieh:
    نباتية, "vegetable", of نباتي), whose forms are that adjective's (زيوت نباتية; أصبح نباتيا, became a
    vegetarian): it is told from them as a name introduced, not by the article alone."""
    return language == "ar" and not text.startswith("ال") and _feminine_nisba(text)


def _bare_name(stem: str) -> bool:
    """Whether Arabic news writes `stem` bare as a name and with the article as another word (بشير,
    a given name; البشير, "the herald", and the surname of Omar al-Bashir): the articled form is the
    name only where a name is introduced, as a common word's is (`_articled_word_context`)."""
    context = name_context(stem, "ar")
    return context is not None and context.bare


def _country_adjectives(text: str) -> frozenset[str]:
    """The adjectives with the article (folded) of the country of the most populous city GeoNames
    writes `text` (Arabic) for: الزرقاء, Zarqa: الأردني, الأردنية. None for a text no city is so written."""
    place = next((c for c in cities(text) if text in c.alternates), None)
    if place is None:
        return frozenset()
    members = _country_members(place.country, "ar")
    return frozenset(fold(m, True, "ar") for m in members if m.startswith("ال") and m.endswith(("ي", "ية")))


@lru_cache(maxsize=4096)
def word_senses(text: str, language: str, sources: int = MEANING_SOURCES) -> tuple[str, ...]:
    """What `text` means as a common word of `language`: the dictionaries' translations (into English;
    English into German) that `sources` sources give (two unless told), written in lower case and no
    proper noun (German *Koch*: cook, chef; English *who*: wer). () for a word used only as a name or an
    acronym, however frequent (*Nasa*, *Unesco*: wordfreq counts them as words)."""
    from monitor.lexicon.dictionary import translations
    from monitor.lexicon.senses import proper_noun

    into = "en" if language != "en" else "de"
    return tuple(
        t.text
        for t in translations(text, language, into)
        if len(t.sources) >= sources and t.text[:1].islower() and not proper_noun(t.parts)
    )


@lru_cache(maxsize=4096)
def common_phrases(text: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The dictionaries' phrases of `language` that hold the name's one-word variant `text` and mean a
    thing named after it, not the name: their English is a common noun's phrase, its last word in lower
    case (*chou de Bruxelles*: Brussels sprout; *pin d'Alep*: Aleppo pine; not *Conférence de Munich*,
    Munich Conference), each as its folded words (`guard.InCommonPhrase`). None for a variant that is a
    common word itself (German *Kurz*, short: *kurz vor*): the dictionaries write their phrases in lower
    case, so those would be the word's, and `guard.NameContext` tells that word from the name."""
    from monitor.lexicon.dictionary import folded_words, phrases_with_name, translations

    # The phrases first (one table lookup): most words are in none, and then what the word means (its
    # translations through every route, the dearer question) changes nothing.
    phrases = phrases_with_name(text, language)
    if not phrases or word_senses(text, language):
        return ()
    out, unread = [], []
    for phrase in phrases:
        english = [t.text for t in translations(phrase, language, "en")]
        words = folded_words(phrase, language)
        if english and all(e.split()[-1][:1].islower() for e in english if e.split()):
            out.append(words)
        elif not english:
            unread.append(words)
    # a phrase no dictionary translates is the thing a phrase beside it names where their other words are
    # spelt alike: a diminutive or another spelling (cavoletto di bruxelles beside cavolo di bruxelles)
    out += [words for words in unread if any(_sibling_phrase(words, named) for named in out)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def arabic_phrases(text: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The Arabic dictionary's headword phrases that hold a name's one-word variant `text`, each as its
    folded words (`guard.InCommonPhrase`): مسقط الرأس (birthplace, not Muscat), طبيب العيون (an eye doctor,
    not Laayoune). Arabic joins a noun to the next as a construct, and such a pair the dictionary lists
    is one word's sense whatever the words around say; `phrase_names_other` keeps the phrases that do not
    name the rule's name itself. Only phrases the dictionary translates: the others are unread."""
    from monitor.lexicon.dictionary import folded_words, phrases_with_name, translations

    if language != "ar":
        return ()
    phrases = phrases_with_name(text, language)
    return tuple(folded_words(p, language) for p in phrases if translations(p, language, "en"))


def phrase_names_other(name: str, word: str, phrase: tuple[str, ...]) -> bool:
    """Whether an Arabic dictionary phrase around a name's variant `word` means something other than the
    name `name`: its English translations (ara-eng) none of which holds the name (مسقط الرأس: Birthplace;
    not a phrase whose English is *Muscat Airport*)."""
    from monitor.lexicon.dictionary import folded_words, phrases_with_name, translations

    written = [p for p in phrases_with_name(word, "ar") if folded_words(p, "ar") == phrase]
    english = [t.text.casefold() for p in written for t in translations(p, "ar", "en")]
    return bool(english) and not any(name.casefold() in e for e in english)


SIBLING_STEM = 3  # letters two phrases' words share at their start: cavoletto, cavolo; lahanası, lahnası


def _sibling_phrase(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Are two phrases the same words but for spelling: as many, in the same order, each the same or
    sharing its first `SIBLING_STEM` letters with the other's?"""
    return len(words) == len(other) and all(
        a == b or (min(len(a), len(b)) > SIBLING_STEM and a[:SIBLING_STEM] == b[:SIBLING_STEM])
        for a, b in zip(words, other, strict=True)
    )


@lru_cache(maxsize=4096)
def country_phrases(text: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The names in `language` of the countries whose name holds the one-word country name `text` (or
    `text` less a short ending: Polish *Sudanie*), each as its folded words (`guard.InCommonPhrase`):
    another country, not the name (*Soudan du Sud*, *Güney Sudan*, *Zuid-Soedan* for Sudan; *Guinea
    Ecuatorial* for Guinea; *Samoa Americana*). Only where the English names so hold it too (South
    Sudan): not the two Congos, which English tells apart by their capitals, nor French Guiana."""
    key = fold(text, True, language)
    table = _country_phrases(language)
    for cut in range(COUNTRY_ENDING + 1):
        stem = key[: len(key) - cut]
        if len(stem) >= 3 and stem in table:
            return table[stem]
    return ()


COUNTRY_ENDING = 2  # letters a declined country's name adds (Polish Sudanie, Sudanem; Czech Súdánu)


@lru_cache(maxsize=64)
def _country_phrases(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`country_phrases`' table for `language`: a one-word country's name, folded, to the longer names."""
    from monitor.concepts import cldr_names

    names = cldr_names(language)
    found: dict[str, list[tuple[str, ...]]] = {}
    for short, longer in _countries_in_countries():
        for word in (w for n in names.get(short, ()) if len(w := _country_words(n, language)) == 1):
            for other in map(partial(_country_words, language=language), names.get(longer, ())):
                if len(other) > 1 and word[0] in other:
                    found.setdefault(word[0], []).append(other)
    return {word: tuple(dict.fromkeys(phrases)) for word, phrases in found.items()}


@lru_cache(maxsize=8)
def countries_holding(text: str, language: str) -> tuple[str, ...]:
    """The names in `language`, a language written without spaces (ja), of the countries whose name
    holds the country name `text` (南スーダン for スーダン, 赤道ギニア for ギニア; length marks and small ッ
    not compared, as matching drops them): another country, where the English names so hold it too
    (`_countries_in_countries`)."""
    from monitor.analysis.analyzer import SILENT_KANA
    from monitor.concepts import cldr_names

    def plain(name: str) -> str:
        return "".join(c for c in name if c not in SILENT_KANA)

    names = cldr_names(language)
    return tuple(
        dict.fromkeys(
            other
            for short, longer in _countries_in_countries()
            for own in names.get(short, ())
            if plain(own) == plain(text)
            for other in names.get(longer, ())
            if own in other and other != own
        )
    )


@lru_cache(maxsize=1)
def _countries_in_countries() -> frozenset[tuple[str, str]]:
    """(a country's code, another's whose English name holds the first's one-word name): SD in SS."""
    from monitor.concepts import cldr_names

    english = cldr_names("en")
    named = ((code, _country_words(n, "en")) for code, ns in english.items() for n in ns)
    single = {words[0]: code for code, words in named if len(words) == 1}
    return frozenset(
        (single[word], code)
        for code, ns in english.items()
        for n in ns
        for word in _country_words(n, "en")
        if word in single and single[word] != code
    )


def _country_words(name: str, language: str) -> tuple[str, ...]:
    """A CLDR name's words, folded; () for a pattern (`*`)."""
    from monitor.lexicon.dictionary import folded_words

    if "*" in name:
        return ()
    return folded_words(name.lstrip("="), language)


def name_variants(name: str, target: str, source: str = "en") -> list[Variant]:
    """The ways an article in `target` writes `name` (a rule's person, place or firm), surest first."""
    return list(_variants(_unquoted(name), target, source))


def written_names(name: str, target: str) -> list[Variant]:
    """How the name sources write `name` in `target`, without transcription: for a name made of
    ordinary words, which the press translates (Olympic Games: 奥运会, from CC-CEDICT; a place's
    body or event, its place as written there and its other words translated: `_composed`); an
    acronym's letters as Arabic news spells them out (TSMC: تي إس إم سي)."""
    if target == "ar" and is_acronym(_unquoted(name)):  # TSMC: تي إس إم سي, its letters spelt out
        spelt = transcribe(_unquoted(name), target)[:1]
        said = _acronym_said(_unquoted(name))  # UNRWA: الأونروا
        return [Variant(text, target, Evidence.TRANSCRIBED, ("spelt",)) for text in spelt] + [
            Variant(text, target, Evidence.TRANSCRIBED, ("usage",)) for text in said
        ]
    if target not in ("zh", "ja"):
        return []
    found = [
        Variant(text, target, Evidence.SOURCE, ("cedict",)) for text in _chinese(_unquoted(name), target)
    ]
    composed = _composed(_unquoted(name), target)  # a place's body or event: 慕尼黑安全会议
    return found + [Variant(text, target, Evidence.TRANSCRIBED, ("composed",)) for text in composed]


@lru_cache(maxsize=20_000)
def _variants(name: str, target: str, source: str) -> tuple[Variant, ...]:
    """Each step adds to what the ones before found and may read it: the sources first (a transcription
    stands beside them only where they are silent or unsure), then the transcriptions, the spellings of
    the name's parts, the words derived from what was found and the target's ways of writing those."""
    if not any(c.isalnum() for c in name):
        return ()
    if target == "zh" and (senior := _junior(name)):
        return _junior_in_chinese(name, senior, source)
    found = _Found(target)
    places, confirmed = _add_sources(found, name)
    _add_transcriptions(found, name, source, confirmed)
    _drop_common_alternates(found, name, source)
    if target != source:
        _add_parts(found, name, source, places)
    if " " not in name:
        _add_derived(found, name, places)
        if target == "uk" and source != "uk":  # after: its spellings derive no words (Білгород, Бєлгородщина)
            found.add_all(_russian_name_in_ukrainian(name), Evidence.TRANSCRIBED, "composed")
    _add_writing_habits(found, name)
    return found.variants()


def _drop_common_alternates(found: _Found, name: str, source: str) -> None:
    """Where nouns are capitalised (German), a city's alternate that only GeoNames gives and that is a
    common word there is dropped where the dictionaries give the target's own name for the city and
    GeoNames has it too: GeoNames lists a city's names in every language, and such a spelling beside the
    target's own is another word of its news (*Roma*, the Romani, beside *Rom* for Rome; the given name
    *Nico* beside *Nizza* for Nice). Where the dictionaries are silent it may be the only one."""
    from monitor.lexicon.dictionary import translations

    target = found.target
    if target not in CAPITALISED_NOUNS or " " in name:
        return
    own = {
        fold(t.text, True, target)
        for t in translations(name, source, target)
        if len(t.sources) >= MEANING_SOURCES and t.text[:1].isupper()
    }
    entries = found.entries
    if not any("geonames" in entries[key][1] for key in own & entries.keys()):
        return
    for key, (evidence, origins) in list(entries.items()):
        common = _usage(found.texts[key], target) >= COMMON_ZIPF
        if key not in own and evidence == Evidence.SOURCE and origins == ["geonames"] and common:
            del entries[key], found.texts[key]


_JUNIOR = re.compile(r",? +Jr\.?$", re.IGNORECASE)
_INITIAL = re.compile(r" [A-Z]\.(?= )")


def _junior(name: str) -> str | None:
    """The father's name of a name with Jr. (Donald Trump Jr.: Donald Trump), its middle initials
    dropped (Robert F. Kennedy Jr.: Robert Kennedy); None for any other name."""
    if not _JUNIOR.search(name):
        return None
    return _INITIAL.sub("", _JUNIOR.sub("", name)).strip() or None


JUNIOR_SURNAME_READINGS = 2  # a Jr.'s surname's likeliest transcriptions after 小, where no source writes it


def _junior_in_chinese(name: str, senior: str, source: str) -> tuple[Variant, ...]:
    """Chinese news writes a Jr. as 小 before the father's name as it writes it (小唐纳德·特朗普 for
    Donald Trump Jr.), not as a transcribed third part; and as 小 before the surname alone (小马科斯 for
    Ferdinand Marcos Jr., 小肯尼迪 for Robert F. Kennedy Jr.), where the father's surname alone would be
    the father: 小 marks the son."""
    found = _Found("zh")
    found.add(name, Evidence.CURATED, "rule")
    surname = senior.split()[-1] if len(senior.split()) > 1 else None
    alone = [v for v in _variants(surname, "zh", source) if "・" not in v.text] if surname else []
    guessed = [v for v in alone if v.evidence == Evidence.TRANSCRIBED]
    alone = [v for v in alone if v.evidence != Evidence.TRANSCRIBED] + guessed[:JUNIOR_SURNAME_READINGS]
    for v in [*_variants(senior, "zh", source), *alone]:
        if _HAN.match(v.text[:1]):
            found.add("小" + v.text, v.evidence, v.sources[0] if v.sources else "transcribed")
    found.add_all(("小" + t for t in _transcriptions(senior, "zh")), Evidence.TRANSCRIBED, "transcribed")
    return found.variants()


class _Found:
    """The spellings of one name found for `target`, keyed by their folded text: each one's first
    spelling, best evidence and origins (in the order found). A spelling two kinds of origin give
    (a source and the transcription, say) is AGREE."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.entries: dict[str, tuple[Evidence, list[str]]] = {}
        self.texts: dict[str, str] = {}

    def add(self, text: str, evidence: Evidence, origin: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        key = fold(text, True, self.target)
        best, origins = self.entries.get(key, (evidence, []))
        if origin not in origins:
            origins.append(origin)
        kinds = {_KIND.get(o, o.split(":")[0]) for o in origins} - {"rule", "cldr", "places"}
        if len(kinds) >= 2:
            best = max(best, Evidence.AGREE)
        self.entries[key] = (max(best, evidence), origins)
        self.texts.setdefault(key, text)

    def add_all(self, texts: Iterable[str], evidence: Evidence, origin: str) -> None:
        for text in texts:
            self.add(text, evidence, origin)

    def beyond(self, name: str) -> bool:
        """Whether anything but the rule's own spelling of `name` is found."""
        return bool(self.entries.keys() - {fold(name, True, self.target)})

    def from_origin(self, origin: str) -> bool:
        return any(origin in origins for _, origins in self.entries.values())

    def also_written(self, respell: Callable[[str], Iterable[str]]) -> None:
        """Each spelling found so far also as `respell` writes it, with that spelling's evidence and
        origins."""
        for key, (evidence, origins) in list(self.entries.items()):
            for text in respell(self.texts[key]):
                for origin in origins:
                    self.add(text, evidence, origin)

    def variants(self) -> tuple[Variant, ...]:
        """The surest first (Arabic spellings with the article its news writes them with)."""
        order = sorted(self.entries.items(), key=lambda item: -item[1][0])
        out: dict[str, Variant] = {}
        for key, (evidence, origins) in order:
            if self.target == "ar" and self._article_dropped(key):
                continue
            text = self.texts[key]
            if self.target == "ar" and (set(origins) != {"transcribed"} or not _possessed(text)):
                # a transcription no source or usage gave stays bare where bare it is a noun (أوان,
                # الأوان "the time", for Aoun); a surname takes the article (المالكي, Maliki)
                text = _articled(text)
            out.setdefault(
                fold(text, True, self.target), Variant(text, self.target, evidence, tuple(origins))
            )
        return tuple(out.values())

    def _article_dropped(self, key: str) -> bool:
        """An Arabic spelling found both bare and with the article (اقصر and الأقصر for Luxor; زرقاء and
        الزرقاء for Zarqa), whose bare form is a common word of its news and the articled one no word
        (it takes no endings): the name takes the article there, and bare it is only the word (في أقصر
        وقت, "in the shortest time"). Not where the articled one is the word (الصور, the pictures, beside
        صور for Tyre)."""
        text = self.texts[key]
        articled = "ال" + text
        if " " in text or text.startswith("ال") or fold(articled, True, "ar") not in self.entries:
            return False
        if self.entries[fold(articled, True, "ar")][1] == [ARTICLED]:
            return False  # a surname's form beside the name's (البرهان, برهان): both are written
        word = FREQUENCIES.zipf(text, "ar") >= COMMON_ZIPF and arabic_word(text, FREQUENCIES.zipf)
        return word and not arabic_word(articled, FREQUENCIES.zipf)


def _add_sources(found: _Found, name: str) -> tuple[list[str], bool]:
    """What the name sources say, and the GeoNames places so called and whether GeoNames is sure of
    them (later steps weigh the transcription and derive words by them)."""
    target = found.target
    # The rule's own spelling, in every language: a firm or product keeps its Latin name in
    # Russian, Arabic or Chinese news (Nvidia, OpenAI, TSMC), and so do many people.
    found.add(name, Evidence.CURATED, "rule")
    found.add_all(_country_names(name, target), Evidence.CURATED, "cldr")
    places, confirmed = _geonames(name, target)
    found.add_all(places, Evidence.SOURCE, "geonames")
    if target in ("zh", "ja"):
        _add_han_sources(found, name)
    return places, confirmed


def _add_han_sources(found: _Found, name: str) -> None:
    """Chinese and Japanese write many names in Han characters, which no transcription of the sounds
    gives: CC-CEDICT's and JMnedict's, a place's body or event, and, where no source knows the name, a
    Chinese person's usual characters (in Japan's forms of them for Japanese), a Korean's hanja and a
    Vietnamese person's Han characters."""
    target = found.target
    found.add_all(_chinese(name, target), Evidence.SOURCE, "cedict")
    found.add_all(_composed(name, target), Evidence.TRANSCRIBED, "composed")
    found.add_all(_body_in_chinese(name, target), Evidence.TRANSCRIBED, "composed")
    found.add_all(_body_in_japanese(name, target), Evidence.TRANSCRIBED, "composed")
    found.add_all(_central_bank(name, target), Evidence.TRANSCRIBED, "composed")
    found.add_all(_country_pairs(name, target), Evidence.SOURCE, "cedict")
    found.add_all(_country_sides(name, target), Evidence.SOURCE, "cedict")
    found.add_all(_firm_in_chinese(name, target), Evidence.TRANSCRIBED, "composed")
    if not found.beyond(name):  # Wei Zhang: 张伟, in Japanese 張偉
        people = chinese_people(name)
        if target == "ja":  # not a word of Japanese's own (Tian Zhong 田中, Cheng Ping 平成, Yao Qiang 強要)
            people = [w for w in map(japanese_kanji, people) if not FREQUENCIES.zipf(w, "ja")]
        found.add_all(people, Evidence.TRANSCRIBED, "usage")
    if not found.beyond(name):  # Lee Jae-myung: 李在明
        for text in korean_hanja(name, target):
            written = simplified(text) if target == "zh" else japanese_kanji(text)
            found.add(written, Evidence.TRANSCRIBED, "hanja")
    if target == "zh" and not found.beyond(name):  # To Lam: 苏林 (Japanese writes Vietnamese in kana)
        found.add_all(vietnamese_hanzi(name), Evidence.TRANSCRIBED, "hanja")
    known_japanese, guessed_japanese = _japanese(name, target)
    found.add_all(known_japanese, Evidence.SOURCE, "jmnedict")
    found.add_all(guessed_japanese, Evidence.TRANSCRIBED, "jmnedict")
    if target == "ja":
        surnames = _surname_writings(name) + _person_surname(name, known_japanese)
        surnames += _guessed_surname(name, guessed_japanese)
        found.add_all(surnames, Evidence.TRANSCRIBED, SURNAME)


def _add_transcriptions(found: _Found, name: str, source: str, confirmed: bool) -> None:
    """A Chinese name in either order; then, for a name in Latin letters in another language, its
    transcriptions (as many as the sources leave room for), the target press's letters for English
    romanisations, and the readings the target's word lists know."""
    target = found.target
    words = name.split()
    pinyin = bool(words) and _is_latin(name) and all(_PINYIN.fullmatch(fold(w)) for w in words)
    if len(words) == 2 and pinyin:
        # a Chinese name reaches English given name first (Wei Zhang) and most languages surname first
        found.add(f"{words[1]} {words[0]}", Evidence.TRANSCRIBED, "transcribed")
    if target == "tr" and pinyin:
        found.add(_turkish_pinyin(name), Evidence.TRANSCRIBED, "transcribed")  # Xi Jinping: Şi Cinping
    if target == source or not _is_latin(name):
        return
    kept = _readings_beside(found, name, confirmed)
    its_cities = {(c.name, c.country) for c in cities(name)}
    # the cities the name is the own name of (Naples; not Berri, an alternate name of Barrie)
    named_so = {(n, country) for n, country in its_cities if fold(n) == fold(name)}
    if target == "ar":
        name = _article_joined(_theophoric(_kunya(name)))
    for rank, text in enumerate(_transcriptions(name, target)):
        if target == "ar" and named_so and _another_city(text, its_cities):
            continue  # a city's reading that Arabic news writes for another city (نابلس, Nablus, for Naples)
        if _kept_reading(found, text, rank, kept):
            found.add(text, Evidence.TRANSCRIBED, "transcribed")
    if target == "uk":  # Russian news's readings, which Ukrainian news shares (Houthi: Хуси, so Хусі)
        russian = [ukrainian_from_russian(r) for r in _transcriptions(name, "ru")[:RUSSIAN_READINGS]]
        if looks_slavic(name):  # a Russian -ёв (Zhuravlev: Журавльов, Gorbachev: Горбачов), a soft -єв
            russian += [f for r in russian[:1] for f in (ukrainian_yo(r), ukrainian_soft_ev(r)) if f]
        for rank, text in enumerate(russian):
            if _kept_reading(found, text, rank, kept):
                found.add(text, Evidence.TRANSCRIBED, "transcribed")
    if target in MORPH_LANGUAGES and len(name.split()) >= 2:  # Alexander Lukashenko: Александр Лукашенко
        found.add_all(_own_given_names(found, target), Evidence.TRANSCRIBED, "transcribed")
    respelt = _respelt(name, target) if target in _DIGRAPHS else None  # Khamenei: Chamenei, Jamenei
    if respelt:
        found.add(respelt, Evidence.TRANSCRIBED, "transcribed")
    for spelt in (name, respelt) if target in _VOWEL_Y or target in _OU else ():
        # Sarkissian: Sarkisian, Petrossian; and both changes at once (Khan Younis: Han Yunis)
        if spelt and (lettered := _letters(spelt, target)):
            found.add(lettered, Evidence.TRANSCRIBED, "transcribed")
    if target == "fr" and (final := _french_final_ou(respelt or name)):  # Netanyahou, Abou Dhabi
        found.add(final, Evidence.TRANSCRIBED, "transcribed")
    if target in _USAGE_CONFIRMED:
        established = target == "ar" and kept is not None and _established(found, name, alike=True)
        surnamed: list[str] = []
        split = _ben_split(name) if target == "ar" else None
        fused = _article_fused(name) if target == "ar" else []
        for text in _used_readings(name, target) + (_ben_readings(split) if split else []) + fused:
            new = kept is not None and fold(text, True, target) not in found.entries
            if new and (established or _loanword(text, target)):
                continue  # beside the spelling Arabic news writes (تعز, رفح), other words (تيس, الرفاه)
            # not another city's name (حمص, Homs, for Hamas), unless the name is that city's
            if not _another_city(text, its_cities):
                found.add(text, Evidence.TRANSCRIBED, "usage")
                if target == "ar" and " " not in name and not surnamed:  # Burhan: برهان, البرهان
                    surnamed = _surname_articled(text, place=bool(its_cities))
                    found.add_all(surnamed, Evidence.TRANSCRIBED, ARTICLED)


RUSSIAN_READINGS = 5  # Russian readings of a name that Ukrainian targets take, in Ukrainian letters


def _own_given_names(found: _Found, target: str) -> list[str]:
    """The name's readings so far with their first word, a given name read letter by letter, as the
    target's own given name (`morph.given_name`: *Александер Лукашенко*, *Александр Лукашенко*): its
    press writes a Slavic or a Nordic person's so, which no transcription of the English letters reaches."""
    from monitor.lexicon.morph import given_name

    own: dict[str, str] = {}  # each own given name once, with the best reading's rest: a few variants
    for text in list(found.texts.values()):
        first, _, rest = text.partition(" ")
        if rest and (given := given_name(first, target, FREQUENCIES.zipf)):
            own.setdefault(given, f"{given} {rest}")
    return list(own.values())


def _kept_reading(found: _Found, text: str, rank: int, kept: int | None) -> bool:
    """Whether the transcription's reading of this `rank` is kept: all where no source knows the name
    (`kept` None), one the sources confirm, or one of the `kept` best beside them that is no loanword."""
    if kept is None or fold(text, True, found.target) in found.entries:
        return True
    return rank < kept and not _loanword(text, found.target)


def _another_city(text: str, its_cities: set[tuple[str, str]]) -> bool:
    """Whether `text` names a city and none of `its_cities` (the rule name's own, by name and country)."""
    named = {(c.name, c.country) for c in cities(text)}
    return bool(named) and not named & its_cities


def _loanword(text: str, target: str) -> bool:
    """Is `text`, a reading of a name's letters that no source gives, in Japanese, used as much as an
    established spelling? Beside the sources' spelling it is another word (コルク, cork, beside コーク
    for Cork): Japanese writes loanwords in katakana too, and its news keeps to one name's spelling."""
    return target == "ja" and _usage(text, target) >= ESTABLISHED_ZIPF


def _readings_beside(found: _Found, name: str, confirmed: bool) -> int | None:
    """How many of the transcription's best readings stand beside what the sources give (besides those
    they confirm); None where no source knows the name, and the transcription stands in for them.

    Where they speak, it confirms what they give (Курск: GeoNames and the transcription agree) and, in
    Arabic and Japanese, whose writers spell foreign names variously (شانغهاي, شنغهاي; セヴァストポリ,
    セバストポリ), adds its three best; in Chinese, where only GeoNames speaks (often an old name: 安条克
    for Antakya, not the news' 安塔基亚), its two best."""
    target = found.target
    texts = found.texts
    cedict = target == "zh" and found.from_origin("cedict")
    established = _established(found, name)
    beside = 0 if established else _STANDS_BESIDE
    # Japanese news keeps to the one katakana spelling that has taken hold (トランプ, 4.2): another
    # reading of the letters is another name there (トルンプ, the German firm Trumpf)
    various = target in _SPELLED_VARIOUSLY and not (established and target == "ja")
    variously = 3 if various else 2 if target == "zh" and not cedict else beside
    jmnedict = target == "ja" and any(  # a kana spelling JMnedict gives (トランプ), not kanji (金与正)
        e >= Evidence.SOURCE and "jmnedict" in o and _KANA.match(texts[k])
        for k, (e, o) in found.entries.items()
    )
    known = confirmed or found.from_origin("cldr") or cedict or jmnedict
    return variously if known else None


def _established(found: _Found, name: str, *, alike: bool = False) -> bool:
    """Whether a source gives a spelling of `name` that the target's news uses much (`ESTABLISHED_ZIPF`);
    `alike`: a source's, not a transcription's, of as many words as the name (not Sadr City, مدينة الصدر,
    for Sadr)."""
    texts = [
        found.texts[k]
        for k, (evidence, _) in found.entries.items()
        if not alike or evidence >= Evidence.SOURCE
    ]
    words = len(name.split())
    return any(
        _usage(t, found.target) >= ESTABLISHED_ZIPF and (not alike or len(t.split()) == words)
        for t in texts
        if t != name
    )


def _transcriptions(name: str, target: str) -> list[str]:
    """The transcription's readings of `name`, best first; a name typed without its marks (Babis) read
    first as its own language's news spells it (Babiš), and so written in a Latin target (Şahin in
    Turkish)."""
    marked = _marked(name)
    readings = transcribe(marked, target) if marked else []
    if marked and target in _LATIN and _writes(marked, target, ""):
        readings.insert(0, marked)
    readings += [r for r in transcribe(name, target) if r not in readings]
    return readings


def _add_parts(found: _Found, name: str, source: str, places: list[str]) -> None:
    """A name of a group or a firm as the target writes its parts: the Houthis as a Houthi and the
    members as a noun (الحوثي, Хуситы), Brixmoor Dairy as Brixmoor (its kind translated: «بريكسمور
    للألبان»), a Latin target's translation of a named body or event."""
    target = found.target
    group = _singular(name) if not places and not found.from_origin("cldr") else None
    if group:
        for variant in _variants(group, target, source):
            found.add(variant.text, Evidence.TRANSCRIBED, "singular")
            found.add_all(members(variant.text, target), Evidence.TRANSCRIBED, "singular")
    own = _distinctive(name)
    if own:
        for variant in _variants(own, target, source):
            found.add(variant.text, Evidence.TRANSCRIBED, "distinctive")
    if target in _LATIN:  # Munich Security Conference: Conferencia de Seguridad de Múnich
        found.add_all(_translated(name, target), Evidence.TRANSCRIBED, "composed")
    elif target in _CYRILLIC_TRANSLATED:  # Nobel Prize: Нобелевская премия; Гарвардский университет
        translated = _translated_cyrillic(name, target)
        found.add_all(translated, Evidence.TRANSCRIBED, "composed")
        found.add_all(_initials(name, translated, target), Evidence.TRANSCRIBED, "initials")  # ЕЦБ, НБУ
    elif target == "ar":  # مؤتمر ميونخ للأمن; مجموعة فاغنر, كالديرا للطاقة
        placed = _arabic_translated(name)
        composed = placed + _arabic_kind(name, own) + _arabic_construct(name, placed=bool(placed))
        found.add_all(composed, Evidence.TRANSCRIBED, "composed")


def _add_derived(found: _Found, name: str, places: list[str]) -> None:
    """Words the target derives from a one-word name (Белгородская область, Warschauer Regierung), from
    its two surest spellings there (in an alphabet of the rule's, its most used)."""
    target = found.target
    place = bool(places) or found.from_origin("cldr")
    spelt = [key for key, (_, origins) in found.entries.items() if origins != ["rule"] or target in _LATIN]
    used = target in _LATIN and FREQUENCIES.knows(target)
    ranked = sorted(
        spelt, key=lambda k: (-_usage(found.texts[k], target) if used else 0, -found.entries[k][0])
    )
    for key in ranked[: 1 if target in _LATIN else 2]:
        derived = derived_words(found.texts[key], target, place=place)
        if target == "pl":  # made by rule, kept where Polish news uses one of its forms (Monachijskiej)
            derived = [d for d in derived if _any_form_used(d, target)]
        found.add_all(derived, Evidence.TRANSCRIBED, "derived")


DERIVED_USED_ZIPF = 1.5  # a derived word's form this frequent is one its language's news writes


def _any_form_used(word: str, target: str) -> bool:
    """Does `target`'s news write any of `word`'s inflected forms (`word_forms`), in lower case or as
    written?"""
    forms = {f for per_word in word_forms(word, target) for f in per_word}
    return any(FREQUENCIES.zipf(f.lower(), target) >= DERIVED_USED_ZIPF for f in forms)


def _add_writing_habits(found: _Found, name: str) -> None:
    """What the target's press writes otherwise: a Korean given name joined (Kim Jong Un: Kim Jong-un),
    a hyphen between names dropped (Nagorno-Karabaj, also Nagorno Karabaj), the Ukrainian apostrophe
    written any of its three ways (Антак'я, Антак’я, Антакʼя), a two-word Arabic name joined (خانيونس)."""
    target = found.target
    if target in _LATIN and (joined := _korean_given(name)):
        found.add_all(joined, Evidence.TRANSCRIBED, "transcribed")
    if target in _LATIN:
        found.also_written(
            lambda text: [spaced] if (spaced := _HYPHEN_BETWEEN_NAMES.sub(" ", text)) != text else []
        )
    if target == "uk":
        found.also_written(
            lambda text: [text.replace("'", mark) for mark in _APOSTROPHES] if "'" in text else []
        )
    if target == "ar":  # خان يونس, also خانيونس
        found.also_written(_arabic_joined)
    if target == "zh":  # Nagorno-Karabakh, 纳戈尔诺-卡拉巴赫: also 纳卡
        found.add_all(_chinese_short_form(name, found), Evidence.TRANSCRIBED, "composed")


# Chinese news shortens a name of two hyphened parts to each part's first character (Nagorno-Karabakh,
# 纳戈尔诺-卡拉巴赫: 纳卡; Rolls-Royce, 罗尔斯-罗伊斯: 罗罗) where each part is written with this many
# characters or more; it keeps a shorter part whole (几内亚比绍, Guinea-Bissau, is never 几比).
SHORTENED_PART = 3
_TWO_PARTS = re.compile(r"[A-Z][^\W\d_]+-[A-Z][^\W\d_]+")


def _chinese_short_form(name: str, found: _Found) -> list[str]:
    """The first characters of the two parts of the surest Chinese writing of a hyphened name (纳卡),
    unless they make a common word; [] for any other name."""
    from monitor.lexicon.namesources import common_chinese_word
    from monitor.lexicon.segments import han

    if not _TWO_PARTS.fullmatch(name):
        return []
    for variant in found.variants():
        parts = re.split(r"[・·\-‐]", variant.text)
        if len(parts) == 2 and all(han(p) for p in parts):
            if min(map(len, parts)) < SHORTENED_PART:
                return []
            short = parts[0][0] + parts[1][0]
            return [] if common_chinese_word(short) else [short]
    return []


JOINED_ZIPF = 2.0  # a two-word Arabic name joined into one word this used in its news is a spelling of it


def _arabic_joined(text: str) -> list[str]:
    """A two-word Arabic name as its news also writes it, in one word (Khan Younis: خانيونس; Port Said:
    بورسعيد), where the word lists show that spelling in use."""
    words = text.split()
    if len(words) != 2 or _is_latin(text):
        return []
    joined = "".join(words)
    return [joined] if FREQUENCIES.zipf(joined, "ar") >= JOINED_ZIPF else []


# The letter pairs English romanises Russian, Arabic and Persian sounds with, as each Latin-script
# press writes them (Khamenei: Chamenei, Jamenei; Zaporizhzhia: Zaporijia, Saporischschja).
_DIGRAPHS: dict[str, dict[str, str]] = {
    "de": {"kh": "ch", "zh": "sch", "sh": "sch"},
    "nl": {"kh": "ch", "zh": "zj", "sh": "sj"},
    "pl": {"kh": "ch", "zh": "ż", "sh": "sz"},
    "fr": {"zh": "j", "sh": "ch"},
    "pt": {"zh": "j", "sh": "ch"},
    "es": {"kh": "j", "zh": "y"},
    "tr": {"kh": "h", "zh": "j", "sh": "ş"},
}


def _respelt(name: str, target: str) -> str | None:
    """`name` with the English letter pairs for sounds English has no letter for (kh, zh; sh in a name
    romanised from Russian) written
    as `target`'s press writes them, and its other letters kept: the rule's spelling is often the
    one that press transcribes from too, where a reading through Cyrillic changes its vowels (Хаменеи:
    Chamenej; the press writes Chamenei). None if the name has no such pair. A pair doubled for a
    long sound is written once where the target's letter is one (Zaporizhzhia: Zaporijia), and in
    Dutch (Zaporizja)."""
    if not re.search("(?i)kh|zh", name) and not looks_slavic(fold(name)):
        return None  # sh alone is English too (Bush, Marshall: not Busch, Marschall)
    pairs = _DIGRAPHS[target]
    out = name
    for pair, letters in pairs.items():
        if len(letters) == 1 or target == "nl":  # Dutch writes its zj once too (Zaporizja)
            out = re.sub(f"(?i){pair}{pair}", pair, out)
        out = re.sub(pair, letters, out)
        out = re.sub(pair.capitalize(), letters.capitalize(), out)
    if target == "nl":  # an i that English writes for a soft sound before a vowel is Dutch's j (Zaporizja)
        out = re.sub("(?<=[zs]j)i(?=[aeou])", "", out)
    return out if out != name and not _common(out, target) else None


# How each press writes the y of a romanised name before a vowel (Petrosyan: Petrosian, Petrosjan),
# and whether it writes an s between vowels twice (French, where one would be z: Petrossian) or
# once (Sarkissian: Sarkisian); German keeps the English ss and writes y as j (Sarkissjan).
_VOWEL_Y = {"fr": "i", "es": "i", "it": "i", "pt": "i", "nl": "j", "pl": "j", "de": "j"}
# The English and French ou of a name romanised from Arabic or Persian (Houthi, Khartoum), as the
# press that writes the sound otherwise writes it (Huthi, Khartum; Dutch Hoethi).
_OU = {"de": "u", "es": "u", "it": "u", "pt": "u", "pl": "u", "tr": "u", "nl": "oe"}
_ONE_S = frozenset({"es", "nl", "pl"})  # Italian and Portuguese write ss too (Rousseff)


def _letters(name: str, target: str) -> str | None:
    """`name` with its romanisation's y before a vowel, its ou before a consonant and its s between
    vowels written as `target`'s press writes them (Arman Sarkissian-Petrosyan: Sarkisian-Petrosian
    in Spanish, Sarkissian-Petrossian in French, Sarkisian-Petrosjan in Dutch; Houthi: Huthi; Spanish
    Mohamed for Mohammed); None where nothing changes or the result is a common word there."""
    out = name
    if target in _VOWEL_Y:
        out = re.sub(r"(?<=[b-df-hj-np-tv-z])y(?=[aeiou])", _VOWEL_Y[target], out)
    if target in _OU:
        out = re.sub(r"(?<=[^aeiouAEIOU])ou(?=[^aeiouy]|$)", _OU[target], out)
        out = re.sub(r"^Ou(?=[^aeiouy])", _OU[target].capitalize(), out)
    if target in _ONE_S:
        out = re.sub(r"(?<=[aeiouy])ss(?=[aeiouy])", "s", out)
    elif target == "fr":
        out = re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "ss", out)
    if target == "es":  # Spanish doubles no other consonant between vowels (Mohammed Mohamed, Gaddafi Gadafi)
        out = re.sub(r"(?<=[aeiou])([bdfgmptz])\1(?=[aeiou])", r"\1", out)
    return out if out != name and not _common(out, target) else None


_APOSTROPHES = ("’", "ʼ")


def _french_final_ou(name: str) -> str | None:
    """`name` with a word's final u after a consonant written ou, as French writes the sound (Netanyahu:
    Netanyahou, Abu Dhabi: Abou Dhabi); None where nothing changes or the result is a French word."""
    out = re.sub(r"(?<=[b-df-hj-np-tv-z])u\b", "ou", name)
    return out if out != name and not _common(out, "fr") else None


_HYPHEN_BETWEEN_NAMES = re.compile(r"(?<=\w\w)-(?=[A-Z]\w)")
# Where a source knows a name but none of its spellings is established in the target's news (this
# frequent: Пекин, Lwów, Münih), an alphabet's own transcriptions still stand beside them, this many:
# the source's spellings may be another language's (GeoNames' Cernihivo, Tjernihiv for Turkish, whose
# news writes Çernihiv) or a former name (Дзержинск for Toretsk, now Торецк).
ESTABLISHED_ZIPF = 3.0
_STANDS_BESIDE = 2
ARTICLED = "articled"  # a used reading's form with the article, an Arabic surname's (`_surname_articled`)
# a transcription the word lists confirm, or its form with the article, is still a transcription
_KIND = {"usage": "transcribed", ARTICLED: "transcribed"}
_USAGE_CONFIRMED = frozenset({"ru", "uk", "ar", "ja"})  # scripts whose word lists hold foreign names
WIDE = 60  # readings of a word searched for one that the target's news uses
USED_ZIPF = 1.0  # a reading at least this frequent in the target's news is a spelling it uses
USED_PER_WORD = 2


ACRONYM_SAID_ZIPF = 2.5  # an acronym read as a word this used in Arabic news (with the article or not)
_VOWELS = frozenset("AEIOU")


def _acronym_said(acronym: str) -> list[str]:
    """An acronym Arabic news writes as the word it is said as (UNRWA: الأونروا, OPEC: أوبك, NATO: ناتو,
    BRICS: بريكس), where it can be said (two consonants and a vowel at least, no three vowels together:
    not IAEA or TSMC), by its first reading as a word, if that is used and no common word; else by the
    most used of its next readings, if that is established (SABIC: سابك, not سابيك; UNESCO: اليونيسكو)."""
    letters = acronym.replace(".", "")
    vowels = sum(c in _VOWELS for c in letters)
    if len(letters) < 4 or not vowels or len(letters) - vowels < 2 or re.search("[AEIOU]{3}", letters):
        return []
    readings = transcribe(letters.capitalize(), "ar")[:ACRONYM_SAID_READINGS]
    used = [r for r in readings if _said_usage(r) >= ACRONYM_SAID_ZIPF and not _common(r, "ar")]
    if used and used[0] != readings[0]:
        used = [r for r in [max(used, key=_said_usage)] if _said_usage(r) >= ESTABLISHED_ZIPF]
    return [_articled(r) for r in used[:1]]


ACRONYM_SAID_READINGS = 4  # an acronym's readings as a word searched for the one Arabic news uses


def _said_usage(reading: str) -> float:
    return max(FREQUENCIES.zipf(reading, "ar"), FREQUENCIES.zipf("ال" + reading, "ar"))


def _used_readings(name: str, target: str) -> list[str]:
    """Spellings of `name` whose words the target's news uses (wordfreq), from far more readings than
    the transcription keeps: Arabic writes an Arabic name as the word it is (Farid Haddadin: فريد
    حدادين, not the letter-by-letter فاريد هادادين), Russian a firm as its news does (Роснефть).

    Each word's two likeliest such readings (of a one-word name, those about as used as its most
    used), with the other words at their likeliest (the compiler matches a phrase word by word, each
    any of its forms). A one-word name's reading must not be a common word there (ماسك, a mask, for
    Musk): it would find it everywhere.
    """
    words = name.split()
    if not FREQUENCIES.knows(target) or not words:
        return []
    best = [(transcribe(w, target) or [w])[0] for w in words]
    readings = transcribe(name, target)[:3] if len(words) == 1 else []
    if target == "ar":  # a verb is no spelling of a name (بادر, "took the initiative", for Badr: بدر)
        readings = [r for r in readings if not _arabic_verb(r)]
    spelt = max((_usage(r, target) for r in readings), default=0.0)
    out: list[str] = []
    heard_words: list[list[str]] = []  # each word's used readings, most used first
    for i, word in enumerate(words):
        # a hyphenated Arabic name's article is a particle, joined to the name (Al-Otaibi العتيبي)
        article = _ARABIC_ARTICLED.fullmatch(word) if target == "ar" else None
        wide = (
            ["ال" + r for r in wide_readings(article.group(1), target, WIDE)]
            if article
            else wide_readings(word, target, WIDE)
        )
        heard = {r: max(_usage(r, target), _articled_usage(r, target)) for r in wide}
        nisba = _ROMANISED_NISBA.search(word) is not None
        spellings = [
            r
            for r in wide
            if heard[r] >= USED_ZIPF and not (target == "ar" and _another_word(r, nisba=nisba))
        ]
        if target == "ar" and len(words) == 1:
            spellings = _as_arabic_name(article.group(1) if article else word, spellings)
        most = max((heard[r] for r in spellings), default=0.0)
        used = [r for r in spellings if len(words) > 1 or _guarded(r, target, spelt, most)]
        near = [r for r in used if heard[r] >= most - USED_SPREAD]
        if not near and target == "ar" and len(words) == 1 and spelt < most - USED_SPREAD:
            used = _arabic_word_name(spellings, heard, most)
        if len(words) == 1 and used:  # the likeliest of those about as used as the most used
            # spelling, a word's too: where that is the common word (صالح, حسن, عباس), the name's rarer
            # spellings are other words (صلة, a link, حصان, a horse, عبس, he frowned), not the name
            used = [r for r in used if heard[r] >= most - USED_SPREAD]
            if target == "ar":
                used = _native_first(used)
        for reading in used[: USED_PER_WORD + (len(words) > 1 and target == "ar") * USED_PHRASE_AR]:
            out.append(" ".join([*best[:i], reading, *best[i + 1 :]]))
        heard_words.append(sorted(used, key=lambda r: -heard[r])[:USED_COMBINED] or [best[i]])
    if target == "ar" and len(words) > 1:
        out += _combined(heard_words, out)
    return out


# A word whose feminine with the article its news writes this much (الجميلة, الحكيمة) is an adjective.
ADJECTIVE_ZIPF = 2.0


def _surname_articled(reading: str, *, place: bool = False) -> list[str]:
    """A one-word Arabic name's most used reading that is a common word (برهان, proof; بشير, herald) with
    the article too, where its news writes that often (البرهان): Arabic writes such a name, as a surname,
    with the article (عبد الفتاح البرهان, عمر البشير), which an English rule drops (Burhan, Bashir). The
    compiler matches it only where a title, a body, a given name or a verb of saying introduces it
    (`guard.NameContext.articled`, `introduced`); not a nisba its news uses as a people's adjective
    (السوداني: السودانيين), which nothing tells from the name, nor an adjective (سعيد, happy; جميل,
    beautiful: its news writes السعيدة, الجميلة), a given name, which it writes bare (قيس سعيد).
    A given name too (بشير: عمر البشير) whose form with the article is another word (`_bare_name`), but
    not a `place`'s (حمص, Homs: الحمص is only the chickpeas)."""
    articled = "ال" + reading
    if reading.startswith("ال") or " " in reading or FREQUENCIES.zipf(articled, "ar") < ESTABLISHED_ZIPF:
        return []
    if FREQUENCIES.zipf(articled + "ة", "ar") >= ADJECTIVE_ZIPF:
        return []
    context = nisba_context(articled, "ar")
    if context is None or not (context.articled or context.nisba) or name_context(reading, "ar") is None:
        return []
    if place and _bare_name(reading):
        return []
    return [articled]


# An Arabic name of several words is often Arabic in each (Hassan Nasrallah: حسن نصر الله; Ahmed al-Sharaa:
# أحمد الشرع): each word's most used readings, this many, are combined too, up to `COMBINED_MOST` phrases.
USED_COMBINED = 3
COMBINED_MOST = 12


def _combined(heard_words: list[list[str]], found: list[str]) -> list[str]:
    """The phrases of each word's most used readings (`heard_words`), the most used of each first, that
    `found` lacks: one word's reading beside the others' transcriptions misses a name Arabic in all."""
    phrases = (" ".join(p) for p in product(*heard_words))
    return [p for p in phrases if p not in found][:COMBINED_MOST]


# A reading this much less used than the word it would be with a clitic off (بسقف, "with a ceiling", for
# Peskov: سقف) or with its last letter off, an accusative, a possessive or a feminine (قلبا, قلبى, كلبة
# for Kuleba: قلب, كلب) is that word; a name so spelt, or with the article, is about as used as the
# word (بسام and سام, فيصل and يصل, كابل and إبل, الحديدة and حديد).
CLITIC_MARGIN = 1.0
_ARABIC_CLITIC_LETTERS = frozenset("بلكفو")


# An Arabic or Persian surname's nisba in -ani as English romanises it (Talabani, Sistani, Barzani): its
# reading's final اني is the nisba's (طالباني, لبناني), rarely "my" after a word in -an (مكاني, my place);
# other readings in ي often are that (Kadhimi: قدمي, "my foot", is قدم and ي, not the name).
_ROMANISED_NISBA = re.compile(r"[^aeiouy]ani$")


def _another_word(reading: str, *, nisba: bool = False) -> bool:
    """Whether an Arabic reading is mostly a common word with a joined clitic before it or an ending
    after it, not a name (`CLITIC_MARGIN`). `nisba`: the name ends in a romanised -ani (`_ROMANISED_NISBA`),
    whose reading's اني is the name's own, not "my" after a word (طالباني is no طالبان with ي)."""
    usage = max(FREQUENCIES.zipf(reading, "ar"), FREQUENCIES.zipf("ال" + reading, "ar"))  # الحديدة
    parts = [reading[1:]] if reading[:1] in _ARABIC_CLITIC_LETTERS else []
    own = nisba and reading.endswith("اني")
    endings = ("ا", "ة", "ى") if own else ("ا", "ة", "ى", "ي")
    if reading.endswith(endings):  # قلبا, قلبى, كلبة: a heart, my heart, a bitch
        parts.append(reading[:-1])
    return any(
        len(part) >= 2
        and FREQUENCIES.zipf(part, "ar") >= COMMON_ZIPF
        and FREQUENCIES.zipf(part, "ar") - usage >= CLITIC_MARGIN
        for part in parts
    )


def _as_arabic_name(word: str, spellings: list[str]) -> list[str]:
    """A one-word name's used Arabic `spellings` less the common words that no English romanisation of
    an Arabic name reads so (`arabic_name_readings`): an Arabic name may be such a word (سعيد, أسد), but
    Jubeir is not خبير, "an expert", whose j only a Spanish name's would be, nor Dawa دفة, "a rudder"."""
    native: frozenset[str] | None = None
    out = []
    for reading in spellings:
        if _common(reading, "ar"):
            native = arabic_name_readings(word, WIDE) if native is None else native
            if reading.removeprefix("ال") not in native:
                continue
        out.append(reading)
    return out


def _arabic_word_name(spellings: list[str], heard: dict[str, float], most: float) -> list[str]:
    """An Arabic name that is a common word (Saied سعيد, "happy"; Nabil نبيل, "noble") where nothing
    else reads it: the transcription's used spellings are other words far less used (سايد), so the most
    used reading is the name, matched as its context tells (after a title, as the one who speaks).
    Also one its news writes with the article (Assad: أسد, the variant الأسد, "the lion"), which the
    compiler, for a guessed spelling, matches only where a title, a body or a given name introduces it
    (`guard.NameContext.articled` and `introduced`)."""
    best = [r for r in spellings if heard[r] >= most]
    context = name_context(best[0], "ar") if best else None
    if context is None or context.bare:
        return []
    return best[:1]


_ARABIC_ARTICLED = re.compile(r"[AaEe]l-(\w.*)")
# Abd and the article before one of God's names, however romanised (Abdel Fattah, Abdelkader, Abdul-Rahman,
# Abdur Rahman): Arabic writes عبد and the name with its article (عبد الفتاح, عبد القادر, عبد الرحمن).
_ABD = re.compile(r"\bAbd(?:[aeiou][lrsnztd][- ]?(?=[A-Z])|[aeiou]l-?(?=[a-z]{3})(?!lah\b|la\b))([a-z]?)")


_ARTICLE_WORD = re.compile(r"\b([AaEe]l) (?=[A-Z]\w)")


def writes_article(name: str) -> bool:
    """Whether a rule's name writes the Arabic article (Al Jazeera, al-Sharaa, El Fasher): its Arabic
    spelling with the article is then the name's own, not a common word the transcription guessed."""
    return any(_ARABIC_ARTICLED.fullmatch(w) for w in _article_joined(name).split())


def _article_joined(name: str) -> str:
    """`name` with an article written as a word of its own (Al Jazeera, El Fasher) joined to the word it
    belongs to, as `al-` (al-Jazeera): Arabic writes it joined (الجزيرة, الفاشر), not as a word (أل جزيرة),
    and a joined reading of the two words is the article's word (ألقادة: القادة, the leaders)."""
    return _ARTICLE_WORD.sub(lambda m: m.group(1).lower() + "-", name)


# Abu and the article joined as French and English romanise a kunya (Aboul Gheit, Abul Kalam, Abou'l-Qasim):
# Arabic writes أبو and the name with its article (أبو الغيط, أبو الكلام).
_ABU_ARTICLED = re.compile(r"\bAb(?:ou|u|o)['’]?l[- ]?(?=[A-Z])")


def _kunya(name: str) -> str:
    """`name` with its Abu and joined article written as Abu al-X, which the Arabic transcription reads as
    أبو ال-X (Aboul Gheit: أبو الغيط), not as one foreign word (أبول غيت)."""
    return _ABU_ARTICLED.sub("Abu al-", name)


# A Maghreb surname romanised with its Ben ("son of") joined (Benmansour, Bensalah, Benflis), which Arabic
# news writes mostly as two words (بن منصور, بن صالح, بن فليس): Ben before a consonant and a word of four
# letters or more closing the name, the surname; not a doubled n (Bennett) nor a given name (Benjamin).
_BEN_JOINED = re.compile(r"\bBen([b-df-hj-mp-tv-z][a-z]{3,})$")


def _ben_split(name: str) -> str | None:
    """`name` with its surname's joined Ben written as a word of its own (Leila Benmansour: Leila Ben
    Mansour), whose words Arabic news uses (`_used_readings`); None where it has none."""
    split = _BEN_JOINED.sub(lambda m: "Ben " + m.group(1).capitalize(), name)
    return None if split == name else split


def _ben_readings(split: str) -> list[str]:
    """The used readings of a `_ben_split` name whose Ben is بن, "son of" (not بين, "between")."""
    at = [i for i, word in enumerate(split.split()) if word == "Ben"]
    return [r for r in _used_readings(split, "ar") if all(r.split()[i : i + 1] == ["بن"] for i in at)]


# A Maghreb surname whose French romanisation fuses the article to a name opening with a vowel or an ain
# (Larbaoui: al-Arbaoui, العرباوي; Lamamra: لعمامرة, the article's lam joined as Algerian registers write it).
_FUSED_ARTICLE = re.compile(r"L([aeiou][a-z]{4,})")
FUSED_READINGS = 2  # such readings kept, the most used first


def _article_fused(name: str) -> list[str]:
    """The readings of a one-word name's fused article and rest (`_FUSED_ARTICLE`), with ال or ل, that
    Arabic news uses (wordfreq), where it uses no reading of the whole (Lavrov, Larijani: لافروف,
    لاريجاني) and the rest is no word after a preposition (لعلمي, "for my knowledge") or a common word."""
    fused = _FUSED_ARTICLE.fullmatch(name)
    if fused is None or any(_usage(r, "ar") >= USED_ZIPF for r in wide_readings(name, "ar", WIDE)):
        return []
    found = {
        article + rest: FREQUENCIES.zipf(article + rest, "ar")
        for rest in wide_readings(fused.group(1).capitalize(), "ar", WIDE)
        for article in ("ال", "ل")
        if article == "ال" or FREQUENCIES.zipf(rest, "ar") < USED_ZIPF
    }
    used = [
        r for r, zipf in found.items() if zipf >= USED_ZIPF and not _another_word(r) and not _common(r, "ar")
    ]
    return sorted(used, key=lambda r: -found[r])[:FUSED_READINGS]


def _theophoric(name: str) -> str:
    """`name` with its Abd names written as Abd al-X, which the Arabic transcription reads as عبد ال-X."""
    return _ABD.sub(lambda m: "Abd al-" + m.group(1).upper(), name)


# Letters for the sounds an English romanisation of an Arabic name loses (Issa عيسى, Saleh صالح, Tarek
# طارق): a reading written with one restores the name as Arabic writes it, not a foreign name's letters.
_NATIVE_LETTERS = frozenset("عصضطظقحىءئ")


def _native_first(used: list[str]) -> list[str]:
    """A one-word name's used Arabic readings with the most used one first where it restores Arabic
    letters (`_NATIVE_LETTERS`) and is no common word: Issa is عيسى, the cheaper عصا (a stick) and
    عسى (perhaps) are words. A foreign name's letters give no such reading (بوينغ for Boeing stays
    before بينغ, the Ping of Xi Jinping)."""
    best = max(used, key=lambda r: _usage(r, "ar"), default="")
    if not _NATIVE_LETTERS.intersection(best) or _common(best, "ar"):
        return used
    return [best, *(r for r in used if r != best)]


# A one-word name's readings its news uses are taken within this of the most used one: the cheapest may
# be another name (خميني, Khomeini, before خامنئي for Khamenei) or a rarer spelling (نتانياهو). The most
# used alone may be another name too (بينغ, the Ping of Xi Jinping, for Boeing: بوينغ is cheaper).
USED_SPREAD = 1.0
# An Arabic word of a name of several is more often a word of Arabic (حداد, منصور): past the cheapest
# readings, which may be other words (هدد, threatened), these more are looked at.
USED_PHRASE_AR = 6


_NISBA = re.compile("(?!ال)[^ ]{2,}ي")  # a nisba without the article: قذافي


def _articled_usage(text: str, target: str) -> float:
    """How much Arabic news uses a one-word reading with the article, where that is how it writes the
    name: an Arabic surname with the article is mostly a nisba (Gaddafi القذافي, Qaradawi القرضاوي:
    never bare). 0 for other readings (الربو, asthma, for Rubio), for a word (its possessive forms in
    use) and where the article form is no more used than the bare one."""
    if target != "ar" or not _NISBA.fullmatch(text) or _possessed(text):
        return 0.0
    return _usage(text, target) if _articled(text) == text else FREQUENCIES.zipf("ال" + text, target)


def _possessed(text: str) -> bool:
    """Whether Arabic news writes `text` with the possessive suffixes (أوانه, أوانها: a noun), which a
    surname does not take; unlike `guard.arabic_word`, the article's forms (والقذافي) do not count."""
    return all(FREQUENCIES.zipf(text + suffix, "ar") >= ARABIC_DERIVED_ZIPF for suffix in ("ه", "ها"))


def _guarded(text: str, target: str, spelt: float, most: float = 0.0) -> bool:
    """May a one-word name take this reading: no common word, or, where none of the name's likeliest
    readings is a spelling its news uses (`spelt`, the most used one's frequency), one its context
    tells from the name (حماس, "enthusiasm", for Hamas, whose letters read هاماس: `guard.NameContext`;
    not مسك, "holding", for Musk, which its news writes ماسك). Never words no name is as used as,
    nor words its news writes mostly with the article (صيني, "Chinese", for Sinai: الصيني), which
    foreign names do not take. An Arabic name is such a word (Jamil جميل, "beautiful"; Salam سلام,
    "peace"): the most used of its readings (`most`) is taken however used, the context telling it."""
    if not _common(text, target) or text.endswith(" الله"):  # Abdullah عبد الله: a name of God's
        return True
    usage = _usage(text, target)
    if spelt >= ESTABLISHED_ZIPF or (usage >= ARABIC_WORD_ZIPF and usage < most):
        return False
    context = name_context(text, target)
    return _articled(text) == text and context is not None and not context.bare


def _common(text: str, target: str) -> bool:
    """Whether a reading is a common word of `target`: frequent there and, in Arabic, whose news also
    writes names often (نتنياهو, سانشيز), used as a word (`guard.arabic_word`), a verb (`_arabic_verb`)
    or more used than any foreign name (هما, "they two", for Hama: a pronoun takes no suffix, but no name
    is that frequent)."""
    usage = _usage(text, target)
    if usage < COMMON_ZIPF:
        return False
    return (
        target != "ar"
        or usage >= ARABIC_WORD_ZIPF
        or arabic_word(text, FREQUENCIES.zipf)
        or articled_word(text)
        or _arabic_verb(text)
    )


def _arabic_verb(text: str) -> bool:
    """Whether Arabic news writes `text` with a past verb's endings, she (ت) and they (وا): a verb (بات,
    "became", for Baath), which takes neither the article nor the possessive endings `guard.arabic_word`
    looks for, and no name takes (ترامبت, قيسوا)."""
    return all(FREQUENCIES.zipf(text + ending, "ar") >= ARABIC_DERIVED_ZIPF for ending in ("ت", "وا"))


# Above the most used foreign names of Arabic news (أوباما 4.51, ترامب 4.39, أردوغان 4.36), below its
# pronouns and particles (هما 4.88, هنا 5.93): a reading this frequent is a word, whatever it takes.
ARABIC_WORD_ZIPF = 4.75


def _articled(text: str) -> str:
    """An Arabic name as its news writes it: with the article where that is clearly the usual form.

    Khartoum is الخرطوم (without the article, خرطوم is a hose), Mosul الموصل, Hodeidah الحديدة;
    Aleppo is حلب and Baghdad بغداد. Word frequencies, which keep the article on the word, tell.
    """
    if " " in text or text.startswith("ال") or not FREQUENCIES.knows("ar"):
        return text
    return "ال" + text if FREQUENCIES.zipf("ال" + text, "ar") >= FREQUENCIES.zipf(text, "ar") + 0.5 else text


def _singular(name: str) -> str | None:
    """A group's member, for a name that is an English plural of one (Houthis, Yazidis, Sunnis: a name
    in -is whose singular English writes about as often); None for others (Paris, Davis, Williams)."""
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[iy]s", name):
        return None
    singular = name[:-1]
    usage = FREQUENCIES.zipf(singular, "en")
    return singular if usage >= 2.0 and usage >= FREQUENCIES.zipf(name, "en") - 1.0 else None


_RARE_ZIPF = 1.5  # a word rarer than this in English and in the languages served is no word of theirs
_SERVED = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "uk", "ar", "zh", "ja")


KIND_ZIPF = 3.0  # a word saying what a firm is, as common as Pharma (3.4) or Biotech (3.2) at least


def _distinctive(name: str) -> str | None:
    """The words of a firm's or body's name that name it, where the others say what it is
    (`Brixmoor Dairy`, `Qorvena Mining`: Brixmoor, Qorvena), for the languages that translate
    those: the leading words, each no word of any language served and no name a source knows,
    before words of English at least as common as `KIND_ZIPF` (Calvera Pharma: Calvera). None for
    other names (Munich Security Conference: Munich is a known place; Olympic Games; Kawamura Seiki;
    Wei Zhang)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    kind = len(words)
    while kind > 0 and FREQUENCIES.zipf(words[kind - 1].lower(), "en") >= KIND_ZIPF:
        kind -= 1
    own = words[:kind]
    if not own or kind == len(words):
        return None
    rare = all(max(FREQUENCIES.zipf(w.lower(), lang) for lang in _SERVED) < _RARE_ZIPF for w in own)
    text = " ".join(own)
    return text if rare and not name_info(text).known and len(fold(text)) >= 4 else None


def _marked(name: str) -> str | None:
    """`name` with each word typed without its marks spelled as news in its language spells it
    (`Elif Sahin` -> `Elif Şahin`, `Babis` -> `Babiš`, from word frequencies); None if none is."""
    words = name.split()
    spelled = []
    for word in words:
        found = marked_spellings(word) if word[:1].isupper() else []
        spelled.append(found[0].spelling.capitalize() if found else word)
    return " ".join(spelled) if spelled != words else None


def _unquoted(name: str) -> str:
    return " ".join(name.strip().strip('"').split())


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _country_names(name: str, target: str) -> list[str]:
    """A country's CLDR name and gazetteer names in `target`, when `name` is its English name."""
    code = _country_code(name)
    return [] if code is None else _country_members(code, target)


def _country_members(code: str, target: str) -> list[str]:
    from monitor.concepts import cldr_names, place_extras

    members = [*cldr_names(target).get(code, ()), *place_extras().get(code, {}).get(target, ())]
    return [m for m in members if "*" not in m and not m.startswith("=")]


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str | None:
    """The CLDR code of the country whose English name (CLDR's or the gazetteer's) `name` is."""
    key = fold(name)
    return next((code for code, english in _english_country_names().items() if key in english), None)


@lru_cache(maxsize=1)
def _english_country_names() -> dict[str, frozenset[str]]:
    """Each CLDR country's English names (CLDR's and the gazetteer's), folded."""
    from monitor.concepts import cldr_names, place_extras

    extras = place_extras()
    return {
        code: frozenset(fold(n.lstrip("=")) for n in (*names, *extras.get(code, {}).get("en", ())))
        for code, names in cldr_names("en").items()
    }


@lru_cache(maxsize=1)
def _cedict_countries() -> dict[str, frozenset[str]]:
    """Which countries CC-CEDICT gives each of its writings for (by their English names): 多米尼加 is
    Dominica's and the Dominican Republic's there."""
    from monitor.concepts import cldr_names

    found: dict[str, set[str]] = {}
    for code, names in cldr_names("en").items():
        for english in names:
            for entry in chinese_names(english.lstrip("=")):
                found.setdefault(entry.simplified, set()).add(code)
                found.setdefault(entry.traditional, set()).add(code)
    return {writing: frozenset(codes) for writing, codes in found.items()}


def _country_pairs(name: str, target: str) -> list[str]:
    """The two-character writings Chinese news names the country `name` and another with, each by its
    one-character short form, as CC-CEDICT glosses them (中美 "China-USA", 中俄, 印巴 "India and
    Pakistan"): 中美经贸磋商 is news of the United States. Not one that is also a common word (美德,
    "virtue"; 中巴, "minibus"; 日中, "midday")."""
    code = _country_code(name) if target == "zh" else None
    return list(_cedict_country_pairs().get(code, ())) if code else []


# A CC-CEDICT sense naming two countries: "China-USA", "India and Pakistan", "US and Canada (abbr.)".
_PAIR = re.compile(r"(.+?)(?:-| and )(.+?)(?: \(abbr\.\))?")


@lru_cache(maxsize=1)
def _cedict_country_pairs() -> dict[str, tuple[str, ...]]:
    """Each country's CC-CEDICT writings of two characters that a sense glosses as it and another
    country (`_country_pairs`), simplified, by the country's CLDR code."""
    from monitor.lexicon.namesources import common_chinese_word
    from monitor.lexicon.sources import cedict

    found: dict[str, dict[str, None]] = {}
    for _traditional, simplified_, pinyin, senses in cedict.entries():
        if len(simplified_) != 2 or not pinyin[:1].isupper() or common_chinese_word(simplified_):
            continue
        for sense in senses.split("/"):
            pair = _PAIR.fullmatch(sense)
            codes = [_country_code(n) for n in pair.groups()] if pair else []
            if len(set(codes)) == 2 and all(codes):
                for code in codes:
                    found.setdefault(code or "", {})[simplified_] = None
    return {code: tuple(writings) for code, writings in found.items()}


# CC-CEDICT's gloss of a character as a short form: "abbr. for Israel 以色列[Yi3 se4 lie4]",
# "Germany/German/abbr. for 德國|德国[De2 guo2]".
_SHORT_FORM = re.compile(r"abbr\. (?:for|of) (?:the )?(?:[A-Za-z]+ )*?([\u4e00-\u9fff|]+)\[")


def _country_sides(name: str, target: str) -> list[str]:
    """The country `name`'s side and army as Chinese news writes them, a short form of it
    (`_cedict_short_forms`) before `segments.COUNTRY_SIDES`: 法方愿同中方合作 is news of France. Not one
    that CC-CEDICT has as a word meaning something else (比方, "for example"; 义军, "volunteer army";
    以军 is "Israeli soldiers"); a side's characters across two words (执法|方面) or running on into a
    longer one (阿方索, Alfonso) are no hit (`boundaries.side_runs_on`)."""
    code = _country_code(name) if target == "zh" else None
    return [
        short + side
        for short in _cedict_short_forms().get(code or "", ())
        for side in COUNTRY_SIDES
        if not _other_common_word(short + side, code or "")
    ]


def _other_common_word(writing: str, code: str) -> bool:
    """Is `writing` a CC-CEDICT word none of whose glosses names the country `code` by the first letters
    of one of its English names, as its adjective does (以军 "Israeli soldiers", 法军 "French army", 美军
    "US army"; not 西方 "the West" for Spain, 比方 "for example" for Belgium), or a common word
    CC-CEDICT has otherwise?"""
    from monitor.lexicon.namesources import common_chinese_word

    glosses = _cedict_side_glosses().get(writing)
    if glosses is None:
        return common_chinese_word(writing)
    stems = {english[:COUNTRY_STEM] for english in _english_country_names().get(code, ())}
    return not any(word[:COUNTRY_STEM] in stems for word in re.findall(r"[a-z]+", fold(glosses)))


COUNTRY_STEM = 2  # letters a country's adjective shares with one of its names (Is-raeli, Fr-ench, US)


@lru_cache(maxsize=1)
def _cedict_side_glosses() -> dict[str, str]:
    """CC-CEDICT's glosses of its two-character words that end in one of `COUNTRY_SIDES`, simplified."""
    from monitor.lexicon.sources import cedict

    found: dict[str, str] = {}
    for _traditional, simplified_, _pinyin, senses in cedict.entries():
        if len(simplified_) == 2 and simplified_[1] in COUNTRY_SIDES:
            found[simplified_] = found.get(simplified_, "") + "/" + senses
    return found


@lru_cache(maxsize=1)
def _cedict_short_forms() -> dict[str, tuple[str, ...]]:
    """Each country's one-character short forms, by its CLDR code: a character CC-CEDICT glosses as the
    abbreviation of one country's Chinese name (以 of 以色列, 乌 of 乌克兰; 意 and Taiwan's 义 of Italy),
    and of no other (伊, both Iraq's and Iran's)."""
    from monitor.concepts import cldr_names
    from monitor.lexicon.sources import cedict

    countries = {simplified(n): code for code, names in cldr_names("zh").items() for n in names}
    found: dict[str, set[str]] = {}
    for _traditional, simplified_, _pinyin, senses in cedict.entries():
        if len(simplified_) != 1:
            continue
        for writings in _SHORT_FORM.findall(senses):
            code = countries.get(writings.split("|")[-1])
            if code:
                found.setdefault(simplified_, set()).add(code)
    forms: dict[str, tuple[str, ...]] = {}
    for short, codes in found.items():
        if len(codes) == 1:
            code = next(iter(codes))
            forms[code] = (*forms.get(code, ()), short)
    return forms


def _another_country(writing: str, name: str) -> bool:
    """Is `writing`, a CC-CEDICT writing of the country `name`, another country's too, whose CLDR name
    holds it where this one's do not (多米尼加, of 多米尼加共和国, the Dominican Republic, for Dominica,
    which CLDR writes 多米尼克)?"""
    code = _country_code(name)
    if code is None or any(writing in own for own in _country_members(code, "zh")):
        return False
    others = _cedict_countries().get(writing, frozenset()) - {code}
    return any(writing in theirs for other in others for theirs in _country_members(other, "zh"))


def _geonames(name: str, target: str) -> tuple[list[str], bool]:
    """The alternate names of the city called `name` that `target` writes, and whether usage confirms one.

    GeoNames lists a city's names in every language without saying which (Beijing: Peking,
    Pékin, Pechino, Bac Kinh, Beixin...). A name `target` actually uses is a word of its
    news text: where wordfreq has `target`, a name is kept when it is one of its words
    (Peking in German, Pékin in French, Пекин in Russian; not the Mongolian Бээжин) or,
    in a Latin alphabet with letters of its own (Turkish ş ğ ı, Polish ł ś ż), when it uses
    them (Mogadişu). A Latin name of several words needs those letters: each of its words
    may be common (Bak Ging, a romanised Cantonese name of Beijing, is two German words).
    A spelling within two letters of the city's own name is kept too (Sebastopol, Magdeburgo,
    Strazburg): too rare for the frequency lists, too close to the name to mean anything else.
    Where no name is confirmed so, a non-Latin script keeps them all (they
    may be the only way to find the city); a Latin one has the rule's own spelling. Ukrainian news
    writes most foreign places as Russian news does, and its word lists are smaller: a spelling in
    letters both share that Russian news uses is kept too (Рафах beside Рафа), unless it is a common
    Ukrainian word.
    """
    found = cities(name)
    if target == "ar" and not (found and _own_name(name, found[0])):
        # an Arab town the rule spells as its own name, before a city it is only an alternate of (Khoms:
        # Al Khums, الخمس, not Homs, Хомс in Russian, whose GeoNames alternates romanise that)
        found = arab_towns_romanised(name) or found
    if not found:
        return [], False
    city = found[0]
    written = [
        alt
        for alt in dict.fromkeys((city.name, *city.alternates))
        if _writes(alt, target, city.country) and not _names_another(alt, city, target)
    ]
    if target == "ar":
        written = [alt for alt in written if not _clipped_arabic_word(alt, written)]
        written = list(dict.fromkeys(w for alt in written for w in (alt, *_arabic_unkinded(alt, city.name))))
    if target == "zh":  # GeoNames has many only in traditional characters (塔爾努夫, Tarnów)
        written = list(dict.fromkeys(w for alt in written for w in (alt, simplified(alt))))
    if target in ("zh", "ja", "ko") or not FREQUENCIES.knows(target):
        return written, bool(written)
    own = _OWN_LETTERS.get(target, "")
    used = [
        alt
        for alt in written
        if (own and any(c in own for c in alt.lower()))
        or (_usage(alt, target) > 0 and (target not in _LATIN or (" " not in alt and "-" not in alt)))
        or (target in _LATIN and _near(alt, city.name))
        or (target == "uk" and _usage(alt, "ru") > 0 and not _common(alt, target))
    ]
    if used or target in _LATIN:
        return used, bool(used)
    return written, False


def _own_name(name: str, city: City) -> bool:
    """Whether `name` is `city`'s own name or near it (`_near`), not only one of its alternates."""
    return fold(name) == fold(city.name) or _near(name, city.name)


def _arabic_unkinded(alt: str, own: str) -> list[str]:
    """An Arabic name GeoNames writes after its kind of place (مدينة خور فكان, Khor Fakkan; a town's only
    Arabic name there) as the news writes it, without that word (خور فكان), and its words written as one
    where Arabic news so writes them (خورفكان). Not where the city's own name `own` has more words than
    the rest, its kind among them (Sadr City: مدينة الصدر), nor a rest that is a common word (مدينة نصر:
    نصر, victory), which the kind of place alone tells from the word."""
    kind, _, rest = alt.partition(" ")
    if kind not in _ARABIC_KINDS or len(rest) < 3 or len(own.split()) > len(rest.split()):
        return []
    common = FREQUENCIES.zipf(rest, "ar") >= COMMON_ZIPF and arabic_word(rest, FREQUENCIES.zipf)
    if " " not in rest and common:
        return []
    joined = rest.replace(" ", "")
    return [rest, joined] if joined != rest and FREQUENCIES.zipf(joined, "ar") > 0 else [rest]


_ARABIC_KINDS = frozenset(k for k in ARABIC_PLACE_KINDS if not k.startswith("ال"))


def _clipped_arabic_word(alt: str, written: list[str]) -> bool:
    """Whether an Arabic alternate GeoNames gives is another of them clipped of its last letter and
    a common word of Arabic news (`arabic_word`): كسل ("laziness") beside كسلا for Kassala, روم (the
    Byzantines) beside روما for Rome, لوم ("blame") beside لومي for Lomé. The longer is the name."""
    if FREQUENCIES.zipf(alt, "ar") < ESTABLISHED_ZIPF or not arabic_word(alt, FREQUENCIES.zipf):
        return False
    return any(len(other) == len(alt) + 1 and other.startswith(alt) for other in written)


_OWN_LETTERS = {"tr": "ğış", "pl": "ąęłńśźż", "cs": "ěřů", "ro": "ăîșț", "lt": "ėįųū", "lv": "āēģīķļņū"}
ANOTHER_CITY_SHARE = 2  # another city counts from half this one's population


def _names_another(alt: str, city: City, target: str) -> bool:
    """Whether a city's alternate name is another city's: GeoNames gives Nikopol Слов'янськ and Nice
    Nis (Niš), names of other cities that would find those.

    It is when the spelling is the very name of another city about as large (half this one's
    population or more), neither close to this city's name nor a word of it (Odessa for Odesa, Hull
    for Kingston upon Hull, Kronstadt for Braşov stay); or, in another script, when it is a
    transcription of another such city's name (Pekin, Illinois, does not take Пекин from Beijing,
    nor Galle Галле from Halle) and none of this city's."""
    own = city.name
    key = fold(alt, True, target)
    mine = fold(own, True, target)
    if key == mine or key in re.split(r"[\s()/-]+", mine):
        return False
    if _another_in_cedict(alt, own):
        return True
    if _near(alt, own):
        return False
    others = [c for c in cities(alt) if c.name != own]
    others = [c for c in others if c.population * ANOTHER_CITY_SHARE >= city.population]
    if any(fold(c.name, True, target) == key for c in others):
        return True
    if target in _LATIN or key in {fold(r, True, target) for r in transcribe(own, target)}:
        return False
    return any(key in {fold(r, True, target) for r in transcribe(c.name, target)} for c in others)


def _another_in_cedict(alt: str, own: str) -> bool:
    """Whether CC-CEDICT, whose senses are English, gives an English-looking alternate (no marks) as the
    name of something the city is not: GeoNames lists Hamas for Hamm, Zion for Jerusalem, Sol for Seoul
    and Bienne (Biel) for Vienna, which CEDICT writes 哈马斯, 锡安, 苏尔 and 比安, none of them the
    city's own Chinese name (where the city has none, any not spelled nearly as the city: Odessa stays
    Odesa's). Sol is within two letters of Seoul, Athena of Athens: likeness does not keep them."""
    if not alt.isascii():
        return False  # Bâle: a spelling of its own, which CEDICT's English would only fold into (Bale)
    theirs = {c.simplified for c in chinese_names(alt)}
    if not theirs:
        return False
    ours = {c.simplified for c in chinese_names(own)}
    if not ours:  # CEDICT has no name for the city: its usual spelling may be the one it lists (Odessa)
        return not _near(alt, own)
    return not theirs & ours


def _near(text: str, name: str) -> bool:
    """Within two edits of `name` (folded), for names of five letters or more."""
    a, b = fold(text), fold(name)
    if len(b) < 5 or abs(len(a) - len(b)) > 2:
        return False
    return edit_distance(a, b) <= 2


def _usage(text: str, language: str) -> float:
    """How frequent the rarest word of `text` is in `language`."""
    return min(FREQUENCIES.zipf(word, language) for word in text.replace("-", " ").split())


def _writes(text: str, target: str, country: str) -> bool:
    """Whether an untagged alternate name is written in `target`'s alphabet (or script)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if target in _LATIN:
        allowed = set("abcdefghijklmnopqrstuvwxyz" + _LATIN[target])
        words = text.split()
        return (
            all(c.lower() in allowed for c in letters)
            and text[:1].isupper()
            and not text.isupper()
            and all(
                w[:1].isupper() or w in ("de", "di", "do", "da", "el", "al", "am", "an", "der") for w in words
            )
        )
    if (
        target in _SCRIPT_LETTERS
    ):  # in an alphabet with capitals, a name's words have them (not столица Арктики)
        cased = target in _UNCASED or all(w[:1].isupper() for w in text.split())
        return cased and all(c.lower() in _SCRIPT_LETTERS[target] for c in letters)
    if target == "zh":
        return all(_HAN.match(c) for c in letters)
    if target == "ja":
        return bool(_KANA.match(text)) or (country in _EAST_ASIA and all(_HAN.match(c) for c in letters))
    if target == "ko":
        return bool(_HANGUL.match(text))
    return False


def _chinese(name: str, target: str) -> list[str]:
    """CC-CEDICT writings of `name`: zh takes both scripts; ja the traditional one of East Asian names.

    Japanese writes Chinese and Korean names and places in characters (習近平, 金正恩, 北京)
    and everyone else's in kana: a CEDICT writing serves Japanese when the name is spelt in
    pinyin, Korean or Japanese romanisation, which Western names are not (Putin, Macron).
    """
    entries = chinese_names(name) or pinyin_names(name)
    out: list[str] = []
    for entry in entries:
        if _another_country(entry.simplified, name):
            continue
        if target == "zh":
            out += [entry.simplified, entry.traditional]
        elif east_asian(name):  # and in Japan's own forms of the characters (頼清徳 for 賴清德)
            out += [entry.traditional, japanese_kanji(entry.traditional)]
    return list(dict.fromkeys(out))


COMPOSED_PER_WORD = 3  # translations of each ordinary word of a composed name
COMPOSED_MOST = 36


def _composed(name: str, target: str) -> list[str]:
    """A body or event named after a place, in Chinese or Japanese: the place as the sources write it,
    then the other words translated, with no space (Munich Security Conference: 慕尼黑安全会议).

    For a name of three words or more whose first is a place (a GeoNames city, a country) and
    whose others are all common English words; each word's few likeliest translations.
    """
    from monitor.lexicon.dictionary import translations

    found = _first_and_common(name, 3)
    if found is None:
        return []
    first, rest = found
    places = [*_country_names(first, target), *_geonames(first, target)[0], *_chinese(first, target)]
    places = [p for p in dict.fromkeys(places) if not _is_latin(p)]
    if not places:
        return []
    options = [[t.text for t in translations(w.lower(), "en", target)][:COMPOSED_PER_WORD] for w in rest]
    if not all(options):
        return []
    return [p + "".join(combo) for p in places for combo in product(*options)][:COMPOSED_MOST]


BODY_WORD_TRANSLATIONS = 20  # a body's word's translations tried, the dictionaries' likeliest first
BODY_COMBINATIONS = 10_000  # combinations looked up in the word list at most
BODY_LEAST = 3  # characters at least: two one-character translations joined are a word's halves (义部)
_BODY_LINKS = frozenset({"of", "for", "and", "the", "on"})
_DEMONYM_ENDINGS = ("n", "an", "ean", "ian")  # European: Europe; African: Africa; Asian: Asia


def _body_in_chinese(name: str, target: str) -> list[str]:
    """A body named in common English words, as Chinese writes it: each word (or two words the
    dictionaries translate as one: Human Rights, 人权) translated, a place's name written as the sources
    write it, `X of Y` turned into Y X (Bank of England: 英格兰银行; Federal Bureau of Investigation:
    联邦调查局; European Court of Human Rights: 欧洲人权法院), and kept where wordfreq's Chinese list
    knows the whole as a word: a dictionary's words for each part are many (bank: 岸, 银行), and the
    list holds the bodies the news names, not the mistranslations."""
    from monitor.lexicon.boundaries import word_zipf

    ordered = _body_ordered(name) if target == "zh" else None
    if ordered is None:
        return []
    options = _body_units(ordered)
    if not options or any(not o for o in options):
        return []
    count = 1
    for o in options:
        count *= len(o)
    if count > BODY_COMBINATIONS:
        return []
    joined = ("".join(c) for c in product(*options))
    return [text for text in joined if len(text) >= BODY_LEAST and word_zipf(text) > 0]


def _body_ordered(name: str) -> list[str] | None:
    """The words of a body named in common English words (two at least, capitalised, at most one
    `of`, no other link), in the order Chinese and Japanese write them: `X of Y` as Y X (Bank of
    England: England Bank); None for any other name."""
    words = name.split()
    if len(words) < 2 or not _is_latin(name) or not words[0][:1].isupper():
        return None
    if words.count("of") > 1 or any(w.lower() in _BODY_LINKS - {"of"} for w in words):
        return None
    head, _, tail = " ".join(words).partition(" of ")
    return [*head.split()[:-1], *tail.split(), head.split()[-1]] if tail else head.split()


BODY_WORD_WRITINGS_JA = 3  # a body's word's Japanese writings tried (its place's, then the dictionaries')
BODY_WORD_LEAST_JA = 2  # characters at least of each: one kanji (世, 白, 赤) is a part of other words
BODY_WORDS_JA = 3  # words at least of a body no country names
_KANJI_OR_KATAKANA = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]+")


def _body_in_japanese(name: str, target: str) -> list[str]:
    """A body named in common English words, as Japanese writes it: each word as a country (Japan:
    日本) or translated, in kanji or katakana only (経済, フォーラム; not
    okurigana's 赤い nor a phrase), `X of Y` as Y X, joined with no space (World Economic Forum:
    世界経済フォーラム; Bank of Japan: 日本銀行). Japanese news writes a body so, in Sino-
    Japanese words and loanwords; no word list confirms the whole (wordfreq's Japanese list is of
    short units), but a phrase of three such words, or of a country's and another, names only the body,
    and the wrong ones are found nowhere."""
    from monitor.lexicon.dictionary import translations

    ordered = _body_ordered(name) if target == "ja" else None
    if ordered is None:
        return []
    options: list[list[str]] = []
    placed = False
    for word in ordered:
        places = _country_names(word, "ja")[:1]  # its name: not 日本人 (the people), 日本政府
        placed = placed or bool(places)
        # a country as it is called, not as the dictionaries translate it (大和銀行, a bank, for Japan)
        written = places or [t.text for t in translations(word.lower(), "en", "ja")]
        writings = [
            w
            for w in dict.fromkeys(written)
            if len(w) >= BODY_WORD_LEAST_JA and _KANJI_OR_KATAKANA.fullmatch(w)
        ]
        if not writings:
            return []
        options.append(writings[:BODY_WORD_WRITINGS_JA])
    if len(options) < BODY_WORDS_JA and not placed:
        return []  # two common words translated are a common phrase (安全会議, a safety meeting)
    return ["".join(c) for c in product(*options)]


# How English names a country's central bank (Bank of Japan, Central Bank of Russia, Reserve Bank of India,
# National Bank of Ukraine), and how Chinese news writes every one: the country, then 央行 (日本央行).
_CENTRAL_BANK = re.compile(r"(?:(?:central|national|reserve) )?bank of (?:the )?(.+)", re.IGNORECASE)
_CENTRAL_BANK_AFTER = re.compile(r"(.+) (?:central|national) bank", re.IGNORECASE)
CENTRAL_BANK = "央行"
BANK = "银行"


def _central_bank(name: str, target: str) -> list[str]:
    """A country's central bank as Chinese news writes it, the country's name and 央行 (Bank of Japan:
    日本央行; Swiss National Bank: 瑞士央行), beside the dictionaries' full name (日本银行). Not where
    CC-CEDICT knows the country's central bank by another name (People's Bank of China): there a `Bank
    of` is a commercial bank (Bank of China, 中国银行); nor for a `Bank of` that no dictionary lists
    (Bank of Ireland, a commercial bank beside the Central Bank of Ireland, is no 爱尔兰央行): CC-CEDICT
    lists the central ones (Bank of Japan 日本银行, Bank of Korea 韩国银行: 韩国央行 from its writing)."""
    found = _CENTRAL_BANK.fullmatch(name.strip()) or _CENTRAL_BANK_AFTER.fullmatch(name.strip())
    if target != "zh" or found is None:
        return []
    country = found.group(1)
    others = (f"People's Bank of {country}", f"Central Bank of {country}", f"National Bank of {country}")
    if any(fold(other) != fold(name) and chinese_names(other) for other in others):
        return []
    known = [n.simplified for n in chinese_names(name)]
    if fold(name).startswith("bank of") and not known:
        return []  # Bank of Ireland, Bank of Cyprus: commercial banks, which no dictionary lists
    from monitor.concepts import cldr_names

    code = _country_code(country)
    written = [w for w in cldr_names("zh").get(code, ()) if _simplified_han(w)] if code else []
    written += [w.removesuffix(BANK) for w in known if w.endswith(BANK) and len(w) > len(BANK)]
    return list(dict.fromkeys(w + CENTRAL_BANK for w in written))


# What a firm is, as its English name ends and Chinese news writes it after the firm's own name (长城汽车,
# Great Wall Motor; 塔塔汽车, Tata Motors; 蚂蚁集团, Ant Group): the trade's word, not the dictionaries'
# many translations of the English word (motor: 马达, 发动机).
_FIRM_KINDS = {
    "group": "集团", "motor": "汽车", "motors": "汽车", "automobile": "汽车", "bank": "银行",
    "airlines": "航空", "airline": "航空", "airways": "航空", "holdings": "控股", "electronics": "电子",
    "technologies": "科技", "technology": "科技", "energy": "能源", "steel": "钢铁", "oil": "石油",
    "pharmaceuticals": "制药", "insurance": "保险", "securities": "证券", "telecom": "电信",
    "mining": "矿业", "shipping": "航运", "chemical": "化工", "chemicals": "化工",
    "semiconductor": "半导体", "petroleum": "石油",
}  # fmt: skip
_FIRM_WORDS = (*_FIRM_KINDS.values(), "公司")
FIRM_HEAD_READINGS = 2  # writings of the firm's own name joined to its trade's word
FIRM_WORD_ZIPF = 3.0  # a translation of a firm's one common word at least this common in Chinese (蚂蚁)


def _firm_in_chinese(name: str, target: str) -> list[str]:
    """A firm named `<name> <trade>` as Chinese news writes it: the name as the sources write it (长城,
    the Great Wall; 现代, Hyundai), else a common word's usual translations (Ant: 蚂蚁) or its
    transcription's likeliest readings (Tata: 塔塔), then the trade's word (`_FIRM_KINDS`) with no space:
    长城汽车, 蚂蚁集团, 塔塔汽车. The trade's word makes a firm of a common word (蚂蚁集团 is no ants)."""
    from monitor.lexicon.dictionary import translations

    words = name.split()
    kind = _FIRM_KINDS.get(words[-1].lower()) if len(words) > 1 else None
    if target != "zh" or kind is None or not _is_latin(name) or not words[0][:1].isupper():
        return []
    head = " ".join(words[:-1])
    written = [
        w
        for w in [*_country_names(head, "zh"), *_chinese(head, "zh")]
        if _simplified_han(w) and not w.endswith(_FIRM_WORDS)  # 现代, not 现代集团
    ]
    if not written and len(words) == 2 and FREQUENCIES.zipf(head.lower(), "en") >= COMMON_ZIPF:
        written = [
            t.text
            for t in translations(head.lower(), "en", "zh")
            if len(t.text) > 1
            and _simplified_han(t.text)
            and FREQUENCIES.zipf(t.text, "zh") >= FIRM_WORD_ZIPF
        ]
    if not written:
        written = [t for t in _transcriptions(head, "zh") if "・" not in t]
    return [w + kind for w in dict.fromkeys(written[:FIRM_HEAD_READINGS]) if not w.endswith(kind)]


def _body_units(words: list[str]) -> list[list[str]]:
    """Each word's Chinese writings, in order; two words the dictionaries translate as one phrase
    (Human Rights: 人权) are one unit."""
    from monitor.lexicon.dictionary import COMPOSED, translations

    out: list[list[str]] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]).lower()
        phrases = translations(pair, "en", "zh") if i + 1 < len(words) else []
        both = [t.text for t in phrases if not any(s.startswith(COMPOSED) for s in t.sources)]
        both = [t for t in both if _simplified_han(t)]
        if both:
            out.append(both[:BODY_WORD_TRANSLATIONS])
            i += 2
            continue
        out.append(_body_word(words[i]))
        i += 1
    return out


def _body_word(word: str) -> list[str]:
    """One word of a body's name in Chinese: a place's writings (England: 英格兰; European: Europe's, 欧洲),
    else the dictionaries' translations, simplified."""
    from monitor.lexicon.dictionary import translations

    places = [*_country_names(word, "zh"), *_chinese(word, "zh")]
    for ending in _DEMONYM_ENDINGS if word[:1].isupper() else ():  # before the people: 欧洲, not 欧洲人
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if found := [*_country_names(stem, "zh"), *_chinese(stem, "zh")]:
                places = [*found, *places]
                break
    written = [p for p in places if _simplified_han(p)]
    translated = [t.text for t in translations(word.lower(), "en", "zh") if _simplified_han(t.text)]
    return list(dict.fromkeys([*written, *translated[:BODY_WORD_TRANSLATIONS]]))


def _simplified_han(text: str) -> bool:
    """Written in Chinese characters, simplified ones: as mainland Chinese news writes a body's words."""
    return bool(_HAN.search(text)) and simplified(text) == text


_WRITTEN = frozenset({"rule", "cldr", "geonames", "places"})  # a place's spellings, not guesses from them
COMPOUNDED_EACH = 2  # translations of each of two words joined into a compound
TRANSLATED_EACH = 3  # translations of the words after a place, and spellings of the place, combined
_OF_PLACE = {"fr": "de", "es": "de", "pt": "de", "it": "di", "ca": "de", "ro": "de", "de": "von", "nl": "van"}
# French and Italian name a place's meeting on a subject after the place: Conférence de Munich sur la
# sécurité, Conferenza di Parigi sul clima (the article's gender unknown, each is written).
_ON_TOPIC = {"fr": ("sur la", "sur le", "sur les"), "it": ("sulla", "sul", "sui", "sulle")}
_COMPOUND_JOINTS = {"de": ("", "s"), "nl": ("", "s")}
_TURKISH_COMPOUND = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def _arabic_translated(name: str) -> list[str]:
    """A body or event named after a place, as Arabic news writes it: its head word first, then the
    place, then what it is about with لل, "for the" (Munich Security Conference: مؤتمر ميونخ للأمن;
    Cairo Book Fair: معرض القاهرة للكتاب; Paris Summit: قمة باريس). The place as the sources write it
    (GeoNames, CLDR), the words as the dictionaries translate them."""
    from monitor.lexicon.dictionary import translations

    split = _place_named(name)
    if split is None or len(split[1]) > 2:
        return []
    place, rest = split
    spelt = [
        v.text
        for v in _variants(place, "ar", "en")
        if not _is_latin(v.text) and " " not in v.text and set(v.sources) & _WRITTEN
    ][:TRANSLATED_EACH]
    heads, topics = (
        [t.text for t in translations(w.lower(), "en", "ar") if " " not in t.text][:COMPOUNDED_EACH]
        for w in (rest[-1], rest[0])
    )
    out: list[str] = []
    for place_text in spelt:
        for head in heads:
            if len(rest) == 1:
                out.append(f"{head} {place_text}")
                continue
            out += [f"{head} {place_text} لل{topic.removeprefix('ال')}" for topic in topics]
    return out


def _arabic_kind(name: str, distinctive: str | None) -> list[str]:
    """A two-word firm or body whose second word says what it is, as Arabic news writes it: that word
    translated before the name (Wagner Group: مجموعة فاغنر) or after it with لل, "for the" (Caldera
    Energy: كالديرا للطاقة). Not where its first word alone finds it (`_distinctive`: Brixmoor Dairy)."""
    from monitor.lexicon.dictionary import translations

    words = name.split()
    if distinctive or len(words) != 2 or not all(w[:1].isupper() for w in words) or not _is_latin(name):
        return []
    if FREQUENCIES.zipf(words[1].lower(), "en") < KIND_ZIPF:
        return []
    kinds = [t.text for t in translations(words[1].lower(), "en", "ar") if " " not in t.text]
    spelt = [v.text for v in _variants(words[0], "ar", "en") if not _is_latin(v.text) and " " not in v.text]
    spelt.sort(key=lambda t: -_usage(t, "ar"))  # the spellings its news uses first (فاغنر)
    out: list[str] = []
    for own in spelt[:TRANSLATED_EACH]:
        for kind in kinds[:COMPOUNDED_EACH]:
            out += [f"{kind} {own}", f"{own} لل{kind.removeprefix('ال')}"]
    return out


def _arabic_construct(name: str, *, placed: bool = False) -> list[str]:
    """A body or event named in ordinary English words, as Arabic news translates it: the head noun
    first, then the words before it in reverse order, each with the article, as the noun of a construct
    or an adjective agreeing with a feminine head (International Monetary Fund: صندوق النقد الدولي;
    World Health Organization: منظمة الصحة العالمية; Gulf Cooperation Council: مجلس التعاون الخليجي; Red
    Cross: الصليب الأحمر). Each word's forms (the noun, its nisba adjective, that adjective's feminine)
    are those its news uses most with the article; the head bare (a construct's) and with the article
    (an adjective's noun's). A name whose first word is also some small place's (Olympic Games: a
    GeoNames district called Olympic) is composed so where the place gave no body (`placed` is False)."""
    from monitor.lexicon.dictionary import translations

    words = name.split()
    if (
        not CONSTRUCT_WORDS[0] <= len(words) <= CONSTRUCT_WORDS[1]
        or _first_and_common(words[0] + " " + name, 2) is None
    ):
        return []  # all capitalised common English words (not Hassan Nasrallah), none a place (Munich ...)
    if placed or cities(name) or _country_names(name, "en"):
        return []  # a place (New York), or a place's body: `_arabic_translated`
    each = [
        [t.text for t in translations(w.lower(), "en", "ar") if " " not in t.text.strip()][:COMPOUNDED_EACH]
        for w in words
    ]
    if not all(each):
        return []
    heads = [h for t in each[-1] for h in (t, "ال" + t)]
    modifiers = [_arabic_modifier_forms(ts) for ts in reversed(each[:-1])]
    phrases = (" ".join(p) for p in product(heads, *modifiers))
    return list(dict.fromkeys(phrases))[:CONSTRUCT_MOST]


CONSTRUCT_WORDS = (2, 3)  # the words of a body's name that `_arabic_construct` composes
CONSTRUCT_FORMS = 3  # the most used forms with the article of each word after the head
CONSTRUCT_MOST = 24


def _arabic_modifier_forms(translated: list[str]) -> list[str]:
    """A word after a construct's head, with the article, in the forms its news uses most: the noun
    and its nisba adjective both ways (نقدي: النقد, النقدي, النقدية; عالم: العالم, العالمي, العالمية)."""
    forms: set[str] = set()
    for text in translated:
        stem = text.removesuffix("ي") if text.endswith("ي") and len(text) > 3 else text
        for spelt in (stem, *_short_vowelled(stem)):
            forms.update({spelt, spelt + "ي", spelt + "ية"})
    articled = ["ال" + f.removeprefix("ال") for f in forms]
    used = [f for f in articled if FREQUENCIES.zipf(f, "ar") >= CONSTRUCT_ZIPF]
    return sorted(used, key=lambda f: -FREQUENCIES.zipf(f, "ar"))[:CONSTRUCT_FORMS]


CONSTRUCT_ZIPF = 2.0  # a form with the article this used in Arabic news is one it writes


def _short_vowelled(stem: str) -> list[str]:
    """A foreign word's stem with one of its inner long vowels (ي, و) unwritten, as Arabic news often
    writes it where a dictionary spells it out (أوليمبي: the news' أولمبي); its news' usage decides."""
    return [stem[:i] + stem[i + 1 :] for i in range(1, len(stem) - 1) if stem[i] in "يو"]


def _place_named(name: str) -> tuple[str, list[str]] | None:
    """A body or event named after a place (Munich Security Conference): the place, a GeoNames city
    or a country, and the common English words after it, which the press translates; else None."""
    found = _first_and_common(name, 2)
    return found if found is not None and (cities(found[0]) or _country_names(found[0], "en")) else None


def _first_and_common(name: str, least: int) -> tuple[str, list[str]] | None:
    """A capitalised Latin-script name of `least` words or more: its first word and the others,
    where those are all common English words (Munich | Security Conference); else None."""
    words = name.split()
    if len(words) < least or not _is_latin(name) or not all(w[:1].isupper() for w in words):
        return None
    rest = words[1:]
    if any(FREQUENCIES.zipf(w.lower(), "en") < COMMON_ZIPF for w in rest):
        return None
    return words[0], rest


def _country_in(name: str, target: str) -> list[str]:
    """A name of several words with a country's English name in it, that country written as `target`
    writes it (Tour de France: Tour de Francia; Bank of England: Bank of Inglaterra is no harm)."""
    words = name.split()
    if len(words) < 2:
        return []
    out = []
    for i, word in enumerate(words):
        if word[:1].isupper() and (own := _country_names(word, target)) and fold(own[0]) != fold(word):
            out.append(" ".join([*words[:i], own[0], *words[i + 1 :]]))
    return out


def _translated(name: str, target: str) -> list[str]:
    """A body or event named after a place, as a Latin-script language's press writes it: its words
    translated and the place as that language spells it, in the order its phrases take (Conferencia
    de Seguridad de Múnich, Münchner Sicherheitskonferenz, Veiligheidsconferentie van München,
    Münih Güvenlik Konferansı). Translations are the dictionaries' (`dictionary.translations`: the
    two words as one phrase or compound where a dictionary writes them so), the place's spelling
    its most used variant there; each such phrase names only this body, so no word list need
    confirm it."""
    from monitor.lexicon.dictionary import translations

    split = _place_named(name)
    if split is None:
        return _country_in(name, target)
    place, rest = split
    spelt = [
        v.text
        for v in _variants(place, target, "en")
        if _is_latin(v.text) and " " not in v.text and set(v.sources) & _WRITTEN
    ]
    used = sorted(
        (t for t in spelt if "-" not in t and _usage(t, target) > 0), key=lambda t: -_usage(t, target)
    )
    spelt = list(dict.fromkeys([*used[:TRANSLATED_EACH], place]))
    phrases = [t.text for t in translations(" ".join(rest).lower(), "en", target)][:TRANSLATED_EACH]
    compound = any(" " not in p for p in phrases)
    if len(rest) == 2 and target in _COMPOUND_JOINTS and not compound:  # one word: Veiligheidsconferentie
        firsts, seconds = (
            [t.text.lower() for t in translations(w.lower(), "en", target) if " " not in t.text][
                :COMPOUNDED_EACH
            ]
            for w in rest
        )
        phrases += [a + joint + b for a in firsts for b in seconds for joint in _COMPOUND_JOINTS[target]]
    if target == "de":
        phrases = [p[:1].upper() + p[1:] if " " not in p else p for p in phrases]
    on_topic = len(rest) == 2 and target in _ON_TOPIC  # Conférence de Munich sur la sécurité
    if on_topic:
        heads, topics = (
            [t.text for t in translations(w.lower(), "en", target)][:COMPOUNDED_EACH] for w in rest[::-1]
        )
    out: list[str] = []
    for place_text in spelt:
        adjectives = derived_words(place_text, target, place=True)
        for phrase in dict.fromkeys(phrases):
            if target in _OF_PLACE:
                out.append(f"{phrase} {_OF_PLACE[target]} {place_text}")
            if target == "tr":
                last = phrase.rstrip()
                vowels = [c for c in last if c in _TURKISH_COMPOUND]
                ending = _TURKISH_COMPOUND[vowels[-1]] if vowels else "i"
                out += [
                    f"{place_text} {phrase}",
                    f"{place_text} {last}{'s' if last[-1] in _TURKISH_COMPOUND else ''}{ending}",
                ]
            out += [f"{adjective} {phrase}" for adjective in adjectives]
        if on_topic:
            out += [
                f"{head} {_OF_PLACE[target]} {place_text} {on} {topic}"
                for head in heads
                for topic in topics
                if " " not in head + topic
                for on in _ON_TOPIC[target]
            ]
    return list(dict.fromkeys(out))


_CYRILLIC_TRANSLATED = frozenset({"ru", "uk"})
CYRILLIC_PHRASES = 3  # a dictionary's translations of a whole name, and of the words after its first


def _translated_cyrillic(name: str, target: str) -> list[str]:
    """A body, prize or event named in ordinary words, as Russian and Ukrainian news translate it:
    the dictionaries' own entry for the whole name (Red Cross: Красный Крест, Nobel Prize: Нобелевская
    премия); else, for a name of ordinary words, its adjectives and noun composed (`_adjectives_and_noun`);
    and for a name that starts with a place's or a person's name followed by ordinary words, the
    adjective of that name before the rest translated (Harvard University: Гарвардский университет,
    Munich Security Conference: Мюнхенская конференция, which the news follows with по безопасности);
    after a person's name one noun, also that noun before the name in the genitive (Wagner Group:
    группа Вагнера, Gates Foundation: фонд Гейтса).

    The dictionaries' Ukrainian is Russian respelt (Красний Кріст, Бєлий дім): Ukrainian takes the
    Russian words instead, each where Ukrainian news uses a counterpart of it (`_ukrainian_phrases`:
    Європейська комісія, Нобелівська премія), and the place's adjective in its own spelling. Only
    phrases of two words or more are kept: a dictionary's one word for a name (убежище for Security
    Council) is a sense of its words, not the name. The adjective's case and gender come from
    `name_forms`, which declines each word of a phrase (Гарвардского университета)."""
    from monitor.lexicon.dictionary import translations

    words = name.replace("-", " ").split()  # Nagorno-Karabakh: Нагорный Карабах, Нагірний Карабах
    if len(words) < 2 or not _is_latin(name) or not all(w[:1].isupper() for w in words if len(w) > 3):
        return []
    phrases = [
        t.text
        for t in translations(name.lower(), "en", "ru")
        if " " in t.text.strip() and t.text[:1].isupper() and any(_entry(s) for s in t.sources)
    ][:CYRILLIC_PHRASES]
    phrases += _adjectives_and_noun(name, len(phrases))
    phrases += _noun_and_genitive(name, len(phrases))
    out = phrases if target == "ru" else [u for p in phrases for u in _ukrainian_phrases(p)]
    out += _stump_compounds(out, target)
    out += _of_place_cyrillic(name, target)
    split = _first_and_common(name, 2)
    # World Bank, Federal Reserve: an ordinary word's adjective is no name's; a loan that a name's
    # letters suggest is no sense of it (Wagner: вайнер, Pulitzer: паблишер)
    if split is None or any(
        t.text[:1].islower() and any(_entry(s) for s in t.sources)
        for t in translations(split[0].lower(), "en", "ru")
    ):
        return list(dict.fromkeys(out))
    first, rest = split
    # the head noun alone: the words before it follow it in a construction no word list gives
    heads = [t.text.lower() for t in translations(rest[-1].lower(), "en", "ru") if _noun(t.text, t.parts)]
    if target == "uk":
        heads = [u for h in heads for u in _ukrainian_phrases(h)]
    place = bool(cities(first) or _country_names(first, "en"))
    spelt = [
        v.text
        for v in _variants(first, target, "en")
        if not _is_latin(v.text) and " " not in v.text and v.text[:1].isupper() and "derived" not in v.sources
    ][:2]
    for text in spelt:
        derived = derived_words(text, target, place=place)  # a person's: Пулитцеровская премия
        adjectives = [a[:1].upper() + a[1:] for a in derived if a.endswith("й")]
        out += [f"{adjective} {head}" for adjective in adjectives for head in heads[:CYRILLIC_PHRASES]]
        if len(rest) == 1 and not place:  # or the noun before the person's genitive: группа Вагнера
            out += [f"{head} {g}" for head in heads[:CYRILLIC_PHRASES] for g in genitives(text, target)]
    return list(dict.fromkeys(out))


# Russian and Ukrainian shorten a body's first adjective to its stem's first syllable joined to the noun
# (Европейская комиссия: Еврокомиссия, Государственная дума: Госдума, Генеральная прокуратура:
# Генпрокуратура; Єврокомісія, Держдепартамент): the adjectives whose stumps news writes so.
_STUMPS = {
    "ru": (("европейск", "евро"), ("государственн", "гос"), ("генеральн", "ген")),
    "uk": (("європейськ", "євро"), ("державн", "держ"), ("генеральн", "ген")),
}


def _stump_compounds(phrases: list[str], target: str) -> list[str]:
    """Each phrase of an adjective with a stump and a noun also as one word of the two."""
    out = []
    for phrase in phrases:
        words = phrase.split()
        if len(words) != 2:
            continue
        for adjective, stump in _STUMPS.get(target, ()):
            if words[0].lower().startswith(adjective):
                joined = stump + words[1].lower()
                out.append(joined[:1].upper() + joined[1:] if words[0][:1].isupper() else joined)
    return out


def _initials(name: str, phrases: list[str], target: str) -> list[str]:
    """A body's initials, as Russian and Ukrainian news name one of three words or more by them: those the
    dictionaries give for its English initials (ICC: МУС, ECB: ЕЦБ), and those of its likeliest
    translation, each word's but a preposition's or conjunction's (Національний банк України: НБУ, ЄЦБ),
    unless the dictionaries know them as another's (Міжнародний кримінальний суд: МКС, which is ISS)."""
    from monitor.lexicon.dictionary import translations

    english = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    if len(english) < 3:
        return []
    out = [
        t.text
        for t in translations(english.lower(), "en", target)
        if t.text.isupper() and len(t.text) >= 3 and not _is_latin(t.text)
    ]
    for phrase in [p for p in phrases if len(p.split()) >= 3][:1]:
        words = [w for w in phrase.replace("-", " ").split() if len(w) > 2]
        initials = "".join(w[0] for w in words).upper()
        # what the dictionaries read the letters as, in Russian too, whose initials Ukrainian's often are
        means = {
            t.text.upper()
            for language in {target, "ru"}
            for t in translations(initials.lower(), language, "en")
        }
        if len(words) >= 3 and not _is_latin(phrase) and (not means or {english, name.upper()} & means):
            out.append(initials)
    return list(dict.fromkeys(out))


OF_PLACE_NOUNS = 2  # translations of the head noun of a body named "<noun> of <place>"
OF_PLACE_PHRASES = 4  # and compositions of a head of several words ("<noun> <noun> of <place>")
OF_PLACE_SOURCES = 2  # dictionaries that give the noun at least: one alone is as often a stray sense
OF_PLACE_SPELLINGS = 2


def _of_place_cyrillic(name: str, target: str) -> list[str]:
    """A body named "<noun> of <place>" (Council of Europe, Bank of England, Strait of Hormuz) as Russian
    and Ukrainian news translate it: the noun, then the place in the genitive (Совет Европы, Рада Європи,
    Банк Англии), which `name_forms` declines by the noun only as the place's forms are no genitive's.
    The noun is one the dictionaries agree on for `target` itself (council: совет, рада), in lower case,
    which matches either; the place is spelt as its written sources or the dictionaries' proper noun
    give it (Европа, Англия: no city or country the place sources know)."""
    from monitor.lexicon.dictionary import translations
    from monitor.lexicon.senses import proper_noun

    words = name.split()
    if len(words) < 3 or words[-2] != "of" or not all(w[:1].isupper() for w in (*words[:-2], words[-1])):
        return []
    head, place = words[:-2], words[-1]
    if len(head) > 1:  # a head of several words is composed as a name of them is (служба безопасности)
        nouns = _translated_cyrillic(" ".join(head), target)[:OF_PLACE_PHRASES]
    elif FREQUENCIES.zipf(head[0].lower(), "en") < COMMON_ZIPF:
        return []
    else:
        nouns = [
            t.text
            for t in translations(head[0].lower(), "en", target)
            if _noun(t.text, t.parts)
            and len(t.sources) >= OF_PLACE_SOURCES
            and t.text.islower()
            and (target != "uk" or FREQUENCIES.zipf(t.text, "uk") >= UK_COUNTERPART_ZIPF)
        ][:OF_PLACE_NOUNS]
    written = [
        v.text
        for v in _variants(place, target, "en")
        if not _is_latin(v.text) and " " not in v.text and set(v.sources) & _WRITTEN
    ]
    proper = [
        t.text
        for t in translations(place.lower(), "en", target)
        if proper_noun(t.parts)
        and len(t.sources) >= OF_PLACE_SOURCES
        and t.text[:1].isupper()
        and " " not in t.text
    ]
    spelt = list(dict.fromkeys([*written, *proper]))[:OF_PLACE_SPELLINGS]
    return [f"{n} {g}" for n in nouns for s in spelt for g in genitives(s, target)]


def _russian_name_in_ukrainian(name: str) -> list[str]:
    """A one-word name that the dictionaries translate into Russian only (Transnistria: Приднестровье,
    which no transcription reaches), as Ukrainian writes that Russian word where its news uses the
    counterpart (`_ukrainian_phrases`: Придністров'я). Only a capitalised entry of a dictionary's own,
    not a loan its letters suggest."""
    from monitor.lexicon.dictionary import translations

    if " " in name or not _is_latin(name):
        return []
    russian = [
        t.text
        for t in translations(name.lower(), "en", "ru")
        if t.text[:1].isupper() and " " not in t.text and any(_entry(s) for s in t.sources)
    ][:CYRILLIC_PHRASES]
    return list(dict.fromkeys(u for r in russian for u in _ukrainian_phrases(r)))


UK_COUNTERPART_ZIPF = 1.0  # a Ukrainian word at least this common is the Russian one's counterpart


UK_COUNTERPARTS_EACH = 2  # a word's Ukrainian counterparts that its news uses, likeliest first


def _ukrainian_phrases(russian: str) -> list[str]:
    """A Russian phrase as Ukrainian writes it, word by word, each word one of the two likeliest of its
    Ukrainian counterparts that Ukrainian news uses (Европейская комиссия: Європейська комісія,
    Нобелевская премия: Нобелівська премія; Нагорный: нагорний, which Ukrainian word lists know from
    Russian quotations and surnames, and нагірний); none where a word has none (Всемирный банк:
    Світовий банк is another word)."""
    options = []
    for word in russian.split():
        used = sorted(((FREQUENCIES.zipf(c, "uk"), c) for c in ukrainian_counterparts(word)), reverse=True)
        kept = [c for zipf, c in used if zipf >= UK_COUNTERPART_ZIPF][:UK_COUNTERPARTS_EACH]
        if not kept:
            return []
        options.append([c[:1].upper() + c[1:] if word[:1].isupper() else c for c in kept])
    return [" ".join(combo) for combo in product(*options)]


def _entry(source: str) -> bool:
    """Whether a dictionary route is an entry of its own, not its words' translations joined or an
    English loan."""
    from monitor.lexicon.dictionary import COMPOSED

    return not source.startswith((COMPOSED, "loan:"))


def _noun(text: str, parts: frozenset[str]) -> bool:
    from monitor.lexicon.dictionary import word_classes

    return " " not in text and not _is_latin(text) and "n" in word_classes(parts)


SLAVIC_COMPOSED_EACH = 2  # translations of each word of a name of ordinary words, composed


def _adjectives_and_noun(name: str, found: int) -> list[str]:
    """A name of ordinary English words that no dictionary has as a phrase, where found is 0, as Russian
    composes it: each word before the last as an adjective, the last as a noun (European Central Bank:
    европейский центральный банк; African Union: африканский союз), in lower case, which matches either
    (`name_forms` declines each word: Европейского центрального банка). A word with no adjective among
    its translations (Security Council) leaves the name to other sources: a noun after the head would
    make phrases of ordinary nouns (Wall Street: стены улицы). The last word may be a rare English one
    that is Russian's own (`_russian_loan`: State Duma, государственная дума)."""
    from monitor.lexicon.dictionary import translations

    words = name.split()
    if found or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return []
    if any(FREQUENCIES.zipf(w.lower(), "en") < COMMON_ZIPF for w in words[:-1]) or cities(name):
        return []
    options = [
        [t.text for t in translations(w.lower(), "en", "ru") if _adjective(t.text, t.parts)][
            :SLAVIC_COMPOSED_EACH
        ]
        for w in words[:-1]
    ]
    head = words[-1].lower()
    if FREQUENCIES.zipf(head, "en") >= COMMON_ZIPF:
        nouns = [t.text.lower() for t in translations(head, "en", "ru") if _noun(t.text, t.parts)]
    else:
        nouns = _russian_loan(words[-1])
    options.append(nouns[:SLAVIC_COMPOSED_EACH])
    if not all(options):
        return []
    return [" ".join(combo) for combo in product(*options)]


GENITIVE_SOURCES = 2  # dictionaries that give each noun of a name composed with a genitive, at least


def _russian_loan(word: str) -> list[str]:
    """A rare English word that is Russian's own (Duma: дума, Politburo: политбюро): the dictionaries'
    Russian for it, in lower case, where it is spelt as the English word reads. A body named by it and
    ordinary adjectives composes as one of ordinary words (State Duma: государственная дума, Госдума);
    a dictionary's other sense of it (гордость) is not read."""
    from monitor.lexicon.dictionary import translations, word_classes

    readings = {r.lower() for r in transcribe(word, "ru")}
    return list(
        dict.fromkeys(
            t.text.lower()
            for t in translations(word.lower(), "en", "ru")
            if " " not in t.text and t.text.lower() in readings and word_classes(t.parts) & {"n", "pn"}
        )
    )


def _noun_and_genitive(name: str, found: int) -> list[str]:
    """A name of two ordinary English nouns that no dictionary has as a phrase and no adjective composes
    (where found, what those gave, is 0), or whose first is plural, which no adjective stands for, as
    Russian composes it: the second noun, then the first in the genitive, plural where English has it
    plural (Champions League: лига чемпионов; Security Council: совет безопасности), in lower case,
    which matches either. Each noun is one at least two dictionaries give, the likeliest two: a stray
    sense makes a phrase no news writes (лига мастеров), not a false match."""
    from monitor.lexicon.dictionary import translations

    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return []
    if any(FREQUENCIES.zipf(w.lower(), "en") < COMMON_ZIPF for w in words) or cities(name):
        return []
    first = words[0].lower()
    plural = (
        first.endswith("s") and not first.endswith("ss") and FREQUENCIES.zipf(first[:-1], "en") >= COMMON_ZIPF
    )
    if found and not plural:
        return []
    modifiers, heads = (
        [
            t.text
            for t in translations(w, "en", "ru")
            if _noun(t.text, t.parts) and len(t.sources) >= GENITIVE_SOURCES and t.text.islower()
        ][:SLAVIC_COMPOSED_EACH]
        for w in (first[:-1] if plural else first, words[1].lower())
    )
    inflect = genitive_plurals if plural else partial(genitives, common=True)
    return [f"{h} {g}" for h in heads for m in modifiers for g in inflect(m, "ru")]


def _adjective(text: str, parts: frozenset[str]) -> bool:
    from monitor.lexicon.dictionary import word_classes

    return " " not in text and text.endswith(("ий", "ый", "ой")) and "adj" in word_classes(parts)


# A Japanese person's name from its parts: this many writings of a given name at most (JMnedict
# has 283 for Yuki, and nothing says which one a person uses; every one is kept, as each is only
# found right after the surname's).
GIVEN_WRITINGS = 400


def _japanese(name: str, target: str) -> tuple[list[str], list[str]]:
    """JMnedict writings of `name` for `target` (ja, zh): those it gives the name itself, and those
    made of its parts' for a Japanese person (Yuki Tanigawa: 谷川 then any of Yuki's writings).

    Japanese takes a foreign name's katakana (Lufthansa ルフトハンザ) and the characters of a
    firm or a person (places are GeoNames'); of a lone surname, which has many writings (Ishiba:
    石破, 石場, 石庭 "stone garden"), only one Japanese news uses far more (`_likeliest_surname`).
    Chinese takes a Japanese name's characters, simplified. A person's name of two words, each
    Japanese, is written surname first: each order is tried with JMnedict's surnames for one word
    and given names for the other.
    """
    from monitor.lexicon.namesources import japanese_names, simplified
    from monitor.lexicon.transcribe import surely_japanese

    words = fold(name).replace("-", " ").split()
    japanese = len(words) > 1 and surely_japanese([_PASSPORT_OH.sub("", w) for w in words])
    orders = [words, words[::-1]] if len(words) == 2 else [words]
    known: list[str] = []
    for order in orders:
        for entry in japanese_names(" ".join(order)):
            kana = bool(_KANA.match(entry.text))
            if target == "ja" and (kana or len(words) > 1 or set(entry.types) & set("PO")):
                known.append(entry.text)
            elif target == "zh" and not kana and japanese:
                known.append(simplified(entry.text))
    guessed: list[str] = []
    if japanese and len(words) == 2 and not known:
        for surname, given in orders[::-1]:  # English order first: the given name, then the surname
            surnames = sorted(_kanji_surnames(surname), key=_surname_rank(surname))
            # of one character too in Japanese (錦織圭, 遠藤航): the compiler finds those only where no
            # longer given name or word runs on from it (`boundaries.given_runs_on`: 谷川幸 in 谷川幸子);
            # Chinese news runs a name into the next word with no such mark
            givens = [
                e.text
                for e in _japanese_names(given)
                if "G" in e.types and (len(e.text) > 1 or target == "ja") and not _KANA.match(e.text)
            ]
            if surnames and givens:  # each writing of each part at least once (the compiler takes
                # each part's writings as a set: `parted`)
                guessed += [f"{surnames[0]}・{g}" for g in givens[:GIVEN_WRITINGS]]
                guessed += [f"{s}・{givens[0]}" for s in surnames[1:]]
        guessed += _japanese_firm(words[0], words[1])  # a firm: a surname, then a word (Kawamura Seiki)
    if len(words) == 1 and not known and _JAPANESE.fullmatch(words[0]):  # Chinese too: 石破, 高市
        guessed += _likeliest_surname(words[0])
    if target == "zh":
        guessed = [simplified(g) for g in guessed]
    return list(dict.fromkeys(known)), list(dict.fromkeys(guessed))


FIRM_SURNAMES = 3  # writings of a firm's surname, the most used first


def _japanese_firm(surname: str, word: str) -> list[str]:
    """A Japanese firm named by a surname and a common word, as written in Japan (Kawamura Seiki:
    川村精機; Okada Seisakusho: 岡田製作所): the surname's likeliest writings (JMnedict), then each
    common word read so (JMdict: 精機, 世紀, 正規...). Each part's writings at least once: the
    compiler takes each part's writings as a set (`parted`)."""
    from monitor.lexicon.namesources import japanese_words

    surnames = sorted(_kanji_surnames(surname), key=lambda t: -FREQUENCIES.zipf(t, "ja"))[:FIRM_SURNAMES]
    kinds = japanese_words(word)
    if not surnames or not kinds:
        return []
    return [f"{surnames[0]}・{k}" for k in kinds] + [f"{s}・{kinds[0]}" for s in surnames[1:]]


def _kanji_surnames(word: str) -> list[str]:
    """JMnedict's writings of `word` as a surname in characters (not kana), in its order."""
    return list(
        dict.fromkeys(e.text for e in _japanese_names(word) if "S" in e.types and not _KANA.match(e.text))
    )


# A long o written oh, as Japan's passports romanise it (Ohtani, Itoh, Kohno); a vowel that may be long.
_PASSPORT_OH = re.compile(r"(?<=o)h(?![aeiouy])")
_MAY_BE_LONG = re.compile(r"[ou](?![aeiou])")
# A vowel that may be long before a given name's ichi (一, 市: Ryuichi for Ryūichi 龍一, Koichi for Kōichi
# 浩一, Yoichi, Shuichi): before another vowel a long one is mostly none (Koike is no Kōike).
_LONG_BEFORE_ICHI = re.compile(r"(?<=[^aeiou][ou])(?=ichi)")
# An n that may end its syllable before a vowel or y: Hepburn then writes an apostrophe (Shin'ya, Jun'ichi),
# which JMnedict's glosses keep and news drops (Shinya Yamanaka, Junichi).
_MAY_BE_SYLLABIC_N = re.compile(r"(?<=[aeiou])n(?=[aeiouy])")


def _hepburn_spellings(word: str) -> list[str]:
    """`word`, a Japanese name in Hepburn letters, as JMnedict's glosses may spell it: news drops a long
    vowel's mark (Shohei for Shōhei, Yuko for Yūko), JMnedict writes it ou, oo or uu (Shouhei, Ootani,
    Yuuko), passports oh (Ohtani); news drops the apostrophe after a syllable's n (Shinya for Shin'ya,
    Junichiro for Jun'ichirou). One vowel lengthened and one n marked at a time."""
    plain = _PASSPORT_OH.sub("", word)
    if not _JAPANESE.fullmatch(plain):
        return [word]
    out = [word, plain]
    for base in (plain, *_long_before_ichi(plain)):  # the ichi's long vowel with one more (Ryūichirō)
        if base != plain:
            out.append(base)
        for found in _MAY_BE_LONG.finditer(base):
            at = found.end()
            for long in ("u", "o") if found.group() == "o" else ("u",):
                out.append(base[:at] + long + base[at:])
    out += [s[: n.end()] + "'" + s[n.end() :] for s in out[1:] for n in _MAY_BE_SYLLABIC_N.finditer(s)]
    return list(dict.fromkeys(out))


def _long_before_ichi(word: str) -> list[str]:
    """`word` with the vowel before a given name's ichi long, as JMnedict glosses it (Ryuuichi, Kouichi)."""
    return [word[: f.start()] + "u" + word[f.start() :] for f in _LONG_BEFORE_ICHI.finditer(word)]


def _japanese_names(word: str) -> list[JapaneseName]:
    """JMnedict's names glossed as any of `word`'s Hepburn spellings (`_hepburn_spellings`), the word
    as written first."""
    from monitor.lexicon.namesources import japanese_names

    return [e for spelt in _hepburn_spellings(fold(word)) for e in japanese_names(spelt)]


# The origin of a lone Japanese surname's every writing: the compiler matches those only with a title or
# an honorific after them (`boundaries.not_a_surname_alone`).
SURNAME = "surname"
SURNAME_WRITINGS = 12  # writings of a lone surname kept, in JMnedict's order


def _surname_writings(name: str) -> list[str]:
    """A lone Japanese surname's writings in two kanji or more, as JMnedict lists them (Morisaki: 森崎,
    守崎, 森咲...): nothing says which one a person uses, but with a title or an honorific after it
    (森崎氏, 森崎知事) any of them is someone called so."""
    words = fold(name).split()
    if len(words) != 1 or not _JAPANESE.fullmatch(words[0]):
        return []
    return [t for t in _kanji_surnames(words[0]) if len(t) > 1][:SURNAME_WRITINGS]


# Kanji a known full name has after a surname of one kanji (菅義偉, Yoshihide Suga: 菅 and 義偉).
GIVEN_AFTER_ONE = 2


def _person_surname(name: str, writings: list[str]) -> list[str]:
    """The surname's writing in a Japanese person's full name written in kanji (Shigeru Ishiba, 石破茂:
    石破; Yuriko Koike, 小池百合子: 小池; Satsuki Katayama, whose given name is in kana: 片山さつき), of
    two kanji or more: the JMnedict surname of either word that starts a writing and leaves a given
    name after it. Japanese news names a person so after the first
    mention and in headlines, with a title or an honorific after it (石破首相, 小池知事; of one kanji
    only as the rule's last word, before a given name of two: 菅首相 for Yoshihide Suga, 菅義偉), where
    no JMdict word runs from it into what follows (`boundaries.not_the_persons_surname_alone`)."""
    from monitor.lexicon.segments import han
    from monitor.lexicon.transcribe import surely_japanese

    words = fold(name).replace("-", " ").split()
    if len(words) != 2 or not surely_japanese([_PASSPORT_OH.sub("", w) for w in words]):
        return []
    full = [w for w in (w.replace("・", "") for w in writings) if w and han(w[0])]  # 片山さつき too
    return [
        surname
        for word in words
        for surname in _kanji_surnames(word)
        if (len(surname) > 1 or word == words[-1])
        and any(len(w) >= len(surname) + _given_least(surname) and w.startswith(surname) for w in full)
    ]


def _given_least(surname: str) -> int:
    """Kanji a known full name has after `surname` for it to count alone: a surname of one kanji,
    mostly a word (菅, sedge; 岸, a shore), before a given name of two (菅義偉, 岸信介; not 林 in 林檎)."""
    return GIVEN_AFTER_ONE if len(surname) == 1 else 1


def _guessed_surname(name: str, guessed: list[str]) -> list[str]:
    """The surname's writing in a Japanese person's full name that JMnedict lacks (Shinjiro Koizumi,
    whose writings are guessed part by part: 小泉 and any of Shinjiro's), where Japanese news uses that
    writing far more than the surname's others (`_likeliest_surname`: 小泉; none for Kono, whose 河野
    competes with 小野 and 荒野): so written with a title or an honorific after it (小泉氏, 小泉農相),
    it is the person, as a known full name's surname is (`_person_surname`)."""
    words = fold(name).replace("-", " ").split()
    if len(words) != 2:
        return []
    firsts = {g.split("・")[0] for g in guessed if "・" in g}
    return [s for w in words for s in _likeliest_surname(_PASSPORT_OH.sub("", w)) if s in firsts]


SURNAME_ZIPF = 2.5  # a lone surname's writing Japanese news must use at least this much
SURNAME_MARGIN = 1.0  # and this much more than any other writing of the surname


def _likeliest_surname(word: str) -> list[str]:
    """The writing of a lone Japanese surname that Japanese news uses far more than its others
    (Ishiba: 石破 3.4, 石庭 2.0; Takaichi 高市), or none where two compete (Abe: 安倍 4.7 and 阿部 4.1;
    Ueda) or a one-character writing, mostly a word, is used as much (Hayashi: 速, 林; JMnedict
    also gives 松岡). JMnedict lists a surname's every writing, most of them rare. Each of the word's
    Hepburn spellings is asked (`_japanese_names`): news drops a long vowel, and Endo as written is
    only JMnedict's 猿渡, while 遠藤, used far more, is its Endou. A writing that is an everyday word is
    left out, its use the word's (`_name_use`: Kondo is not 今度, "this time"; 近藤 and JMnedict's 近道,
    a shortcut, then compete); a rarer word's use is mostly the name's (錦織, also brocade)."""
    writings = {e.text: FREQUENCIES.zipf(e.text, "ja") for e in _japanese_names(word) if "S" in e.types}
    single = max((z for t, z in writings.items() if len(t) == 1), default=0.0)
    longer = sorted(
        (
            (z, t)
            for t, z in writings.items()
            if len(t) > 1 and not _KANA.match(t) and _name_use(t, word) is not None
        ),
        reverse=True,
    )
    if not longer or longer[0][0] < SURNAME_ZIPF:
        return []
    (best, text), second = longer[0], max((z for z, _ in longer[1:]), default=0.0)
    return [text] if best - second >= SURNAME_MARGIN and best >= single - SURNAME_MARGIN / 2 else []


def _surname_rank(word: str) -> Callable[[str], tuple[bool, float]]:
    """A sort key for the writings of `word`, a surname, putting the one Japanese news likely means
    first: a writing that is the name (`_name_use`: 玉木 before 環, a ring, for Tamaki), then the more
    used (谷川, also a valley's stream, before the rare 谷河 for Tanigawa)."""
    return lambda writing: (not _name_use(writing, word), -FREQUENCIES.zipf(writing, "ja"))


def _name_use(writing: str, word: str) -> bool | None:
    """Whether `writing`, a kanji writing of the surname `word`, is as much as Japanese news writes it
    that name (True: no JMdict word, or a rarer one JMdict reads as the surname, 青木, also a shrub;
    山中, "in the mountains"), None where it is an everyday word whose use is the word's (今度, "this
    time", for Kondo; 大阪, also "large hill"), False where JMdict reads its word otherwise, so its use
    may be either's (環, a ring, read kan, for Tamaki; 金子, "money", read kinsu, for Kaneko)."""
    from monitor.lexicon.boundaries import EVERYDAY_ZIPF
    from monitor.lexicon.namesources import japanese_word_glosses, japanese_words

    if not any(g[:1].islower() for g in japanese_word_glosses(writing)):
        return True
    if FREQUENCIES.zipf(writing, "ja") >= EVERYDAY_ZIPF:
        return None
    return writing in japanese_words(_PASSPORT_OH.sub("", fold(word)))


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u))+"
)
_KOREAN = re.compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|[kgndtrlmbpsjhy])?(?:eo|eu|ae|oe|ui|wa|wo|ye|yo|yu|ya|a|e|i|o|u)(?:ng|n|m|l|k|p)?)+"
)
_JAPANESE = re.compile(r"(?:(?:sh|ch|ts|[kgsztdnhbpmyrwfj])?y?[aiueo]|n)+")


# Pinyin's letters as Turkish writes their sounds (Xi Jinping: Şi Cinping; Wang Yi: Vang Yi), pairs first.
_TURKISH_PINYIN = (("zh", "c"), ("ch", "ç"), ("sh", "ş"), ("x", "ş"), ("j", "c"), ("q", "ç"), ("w", "v"))


def _turkish_pinyin(name: str) -> str:
    """A Chinese name in pinyin as the Turkish press spells it, which writes sounds in its own letters."""
    out = name
    for pinyin, turkish in _TURKISH_PINYIN:
        out = out.replace(pinyin, turkish).replace(pinyin.capitalize(), turkish.capitalize())
    return out


def _korean_given(name: str) -> list[str]:
    """A Korean name written with its given name's two syllables apart (Kim Jong Un), as the press of
    Latin-script languages joins them (Kim Jong-un, Kim Jong-Un); [] for other names."""
    words = name.split()
    if len(words) != 3 or not all(_KOREAN.fullmatch(fold(w)) for w in words) or not east_asian(name):
        return []
    if not all(len(w) <= KOREAN_SYLLABLE for w in words):
        return []
    surname, first, second = words
    return [f"{surname} {first}-{second.lower()}", f"{surname} {first}-{second}"]


KOREAN_SYLLABLE = 5  # letters of a romanised Korean syllable at most (Kim, Jong, Hyeon)


def given_name(word: str) -> bool:
    """Does JMnedict write `word` in katakana as a given name (Mark マーク, Lionel リオネル; Markus マルクス,
    which it gives as a place too; unclassified where it lists it so, as it does most foreign names, and
    then not as a firm or a place)? Then a rule of it and a surname names a person (Mark Carney, Lionel
    Messi), whatever else the surname is (a town, Carney, Söder) and however much English uses it (Messi)."""
    from monitor.lexicon.namesources import japanese_names

    return any(
        _KANA.match(e.text) and ("G" in e.types or ("U" in e.types and not set(e.types) & set("OL")))
        for e in japanese_names(word)
    )


def east_asian(name: str) -> bool:
    """Spelt as a Chinese, Korean or Japanese name is romanised (Xi Jinping, Kim Jong-un, Ishiba)."""
    words = fold(name).replace("-", " ").split()
    return bool(words) and all(any(p.fullmatch(w) for p in (_PINYIN, _KOREAN, _JAPANESE)) for w in words)


class NameSources:
    """The lexicon's `NameSource`: `name_variants` and `is_known_name`."""

    def variants(self, name: str, target: str, source: str = "en") -> list[Variant]:
        return name_variants(name, target, source)

    def written(self, name: str, target: str) -> list[Variant]:
        return written_names(name, target)

    def known(self, text: str, language: str) -> bool:
        return is_known_name(text, language)

    def context(self, text: str, language: str) -> NameContext | None:
        return name_context(text, language) or nisba_context(text, language)


SENSE_SOURCES = 2  # a translation of the common sense back into Japanese that this many sources give
SENSE_WORD_LETTERS = 4  # an English word of the common sense this long or longer (not "of", "a")


@lru_cache(maxsize=1024)
def joined_senses(katakana: str, term: str) -> frozenset[str]:
    """The Japanese words of the common sense of `katakana`, a name's spelling that is also a common word
    (トランプ: "playing card", "card game"; back into Japanese: カード, ゲーム, 遊び), for `JoinedSense`.
    The senses naming `term` itself are left out (Trump), and so are one-character translations, which
    are parts of other words (米, rice, is also America in 米大統領)."""
    from monitor.lexicon.dictionary import translations
    from monitor.lexicon.guard import names_term

    if FREQUENCIES.zipf(katakana, "ja") < COMMON_ZIPF:
        return frozenset()
    senses = [
        t.text
        for t in translations(katakana, "ja", "en")
        if t.text[:1].islower() and not names_term(term, t.text)
    ]
    english = {w for s in senses for w in s.lower().split() if len(w) >= SENSE_WORD_LETTERS}
    return frozenset(
        t.text
        for word in english
        for t in translations(word, "en", "ja")
        if len(t.sources) >= SENSE_SOURCES and len(t.text) > 1 and t.text != katakana and _is_plain(t.text)
    )


def _is_plain(text: str) -> bool:
    """A word written as it is, not a dictionary's note ("(ateji (phonetic) reading) 試合")."""
    return not any(c in text for c in " ()")


@lru_cache(maxsize=1024)
def katakana_word(katakana: str) -> bool:
    """Do the dictionaries give `katakana` a common word's sense (マスク: a mask; ゴマ: sesame; トランプ:
    playing cards), not only a name's (トヨタ, ソフトバンク, スズキ: firms Japanese news writes more than
    English news does, which frequency alone would take for words)?"""
    from monitor.lexicon.dictionary import translations
    from monitor.lexicon.namesources import loanword_glosses

    senses = [t.text for t in translations(katakana, "ja", "en")]
    return bool(loanword_glosses(katakana)) or any(s[:1].islower() for s in senses)


@lru_cache(maxsize=1024)
def its_own_word(katakana: str, term: str) -> bool:
    """Whether `katakana`, a one-word name's spelling, is the common Japanese word for the English word
    the name is spelt as (ビザ, "visa", for the firm Visa; ターゲット, "target", for Target; オレンジ for
    Orange), a word Japanese news uses. The rule's language's frequency of such a name counts its word
    (*visa* 4.1, *target* 4.8), not how much the name is used, so it cannot say the katakana is more the
    name than the word: the name is the word there unless marked as a name (`common_katakana_word`).
    JMdict's own glosses count too (ギャップ, "gap", for Gap), and the word's spelling without its
    final length mark, as Japanese text often writes it (ジャージ, "jersey", for Jersey: ジャージー).
    A less common katakana word counts where Japanese writes it as much as English writes its word
    (チワワ, the dog, for the Mexican state Chihuahua; タバスコ, the sauce, for the Mexican state;
    カマンベール, the cheese, for the village), not where English writes it more (テスラ, the unit,
    against Tesla)."""
    from monitor.lexicon.dictionary import translations
    from monitor.lexicon.namesources import loanword_glosses

    words = fold(term).split()
    short = katakana.rstrip("ーｰ")  # ジャージー as ジャージ
    if len(words) != 1:
        return False
    used = max(FREQUENCIES.zipf(k, "ja") for k in (katakana, short))
    if used < COMMON_ZIPF and (not used or used < FREQUENCIES.zipf(words[0], "en")):
        return False
    glosses = [t.text for t in translations(katakana, "ja", "en")] + loanword_glosses(katakana)
    return words[0] in glosses


@lru_cache(maxsize=1024)
def kanji_word(kanji: str, term: str) -> bool:
    """Whether `kanji`, a name's writing, is a common Japanese word the dictionaries
    translate as something else (森, a forest, for Mori; 朝日, the morning sun, for Asahi), not as the
    name (日立: Hitachi). Japanese news writes such a name with a title, an honorific or the rest of
    the name after it (`boundaries.KanjiAsWord`)."""
    from monitor.lexicon.dictionary import translations

    if FREQUENCIES.zipf(kanji, "ja") < COMMON_ZIPF:
        return False
    meanings = [t.text for t in translations(kanji, "ja", "en")]
    return bool(meanings) and not any(names_name(term, m) for m in meanings)
