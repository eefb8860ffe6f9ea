"""How a name changes inside a sentence: case endings, genitive -s, Turkish suffixes, Arabic clitics.

A name is matched as whole words, so each of its written forms must be listed: Путин is
Путина, Путину, Путиным, Путине in Russian; Zieliński is Zielińskiego in Polish; Turkish
writes suffixes after an apostrophe (Putin'in, Trump'a); Arabic joins و ب ل ف ك to the
word (وبوتين، لبوتين، والخرطوم). `name_forms(name, language)` gives every form of a name
(its last word inflects; a phrase's other words are kept), a few tens at most, since
each form is one more key to match. It applies to any variant, a user's own included.

Declension is chosen by the name's ending as a surname or place name would decline, not
by a dictionary: a name ending in a vowel other than -a (Шойгу, Моди, Мелони) does not
decline in Russian; a Ukrainian -енко does (Лукашенка).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.lexicon.morph import LANGUAGES as MORPH_LANGUAGES
from monitor.lexicon.morph import name_forms as morph_name_forms

Forms = Callable[[str], set[str]]

_RU_CONSONANT = ("а", "у", "ом", "ым", "е", "ы", "ой", "ых")
_UK_CONSONANT = ("а", "у", "ові", "ом", "им", "і", "ою", "и")


def _russian(word: str) -> set[str]:
    low = word.lower()
    stem = word[:-2]
    if low.endswith(("ий", "ый", "ой")) and len(word) > 4:  # Зеленский, Навальный
        adjective = {stem + e for e in ("ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")}
        if low.endswith(("кий", "ый", "ой")):
            return adjective
        return adjective | {word[:-1] + e for e in ("я", "ю", "ем", "и")}  # Виталий: Виталия
    if low.endswith("ая") and len(word) > 4:  # Навальная
        return {stem + e for e in ("ой", "ую")}
    if low.endswith("а"):  # Лула, Каллас is consonant-final
        return {word[:-1] + e for e in ("ы", "и", "е", "у", "ой")}
    if low.endswith("я"):
        return {word[:-1] + e for e in ("и", "е", "ю", "ей")}
    if low.endswith("ь"):
        return {word[:-1] + e for e in ("я", "ю", "ем", "е", "и")}
    if low.endswith("й"):  # Андрей, Шанхай
        return {word[:-1] + e for e in ("я", "ю", "ем", "е")}
    if low.endswith(("ье", "ие")) and len(word) > 4:  # Запорожье, Приморье: a neuter noun
        return {word[:-1] + e for e in ("я", "ю", "ем")}
    if low.endswith(("ское", "цкое")) and len(word) > 6:  # Покровское, a neuter adjective: в Покровском
        return {stem + e for e in ("ого", "ому", "им", "ом")}
    if low.endswith("ы") and len(word) > 3:  # Сумы, Черкассы: a plural
        return {word[:-1] + e for e in _PLURAL_CASES}
    if low[-1:] in "еёиоуыэю":
        return set()
    if low[-1:] in _HUSHING:  # an unstressed instrumental after ц ж ш ч щ is -ем (Шольцем)
        forms = {word + e for e in (*_RU_CONSONANT, "ем")}
        if low.endswith("ец") and len(word) > 4:  # the Slavic -ец drops its е (Кравец: Кравца)
            forms |= {word[:-2] + "ц" + e for e in (*_RU_CONSONANT, "ем")}
        return forms
    forms = {word + e for e in _RU_CONSONANT}
    if low.endswith("ск") and len(word) > 4:  # a town named by an adjective: its region (Курская область)
        forms |= {word + e for e in _RU_SK_ADJECTIVE}
    return forms


_RU_HARD_I = frozenset("гкхжчшщ")  # after these a Russian -а's genitive is -и (Аляска: Аляски)


def genitives(word: str, language: str, *, common: bool = False) -> list[str]:
    """A Russian or Ukrainian noun's genitive singular (Европа: Европы, Англия: Англии; Європа: Європи,
    Харків: Харкова), as a body named "<noun> of <place>" puts its place (Совет Европы); two where the
    gender or the declension is unknown (Сибирь: Сибири, a masculine -ь -я; Ukrainian -а and -у of a
    consonant: Лондона, Криму); the word itself where it does not decline (Тбилиси, Монако). A `common`
    noun's final -о and -е are a neuter's, which declines (министерство: министерства, здравоохранение:
    здравоохранения), where a place's are a foreign name's, which does not."""
    low = word.lower()
    if common and language == "ru" and low[-1:] in "ое":
        return [word[:-1] + ("а" if low.endswith("о") else "я")]
    if common and language == "uk" and low.endswith("о"):
        return [word[:-1] + "а"]
    if language == "ru":
        if low.endswith("ия"):
            return [word[:-1] + "и"]
        if low.endswith("а"):
            return [word[:-1] + ("и" if low[-2:-1] in _RU_HARD_I else "ы")]
        ends = {"я": ("и",), "ь": ("и", "я"), "й": ("я",)}.get(low[-1:])
    elif language == "uk":
        if low.endswith(("ія", "ея", "ая", "оя", "уя", "'я", "’я")):
            return [word[:-1] + "ї"]
        if low.endswith("а"):
            return [word[:-1] + ("і" if low[-2:-1] in _HUSHING else "и")]
        if low.endswith(("ів", "їв")) and len(word) > 3:  # Харків: Харкова; Київ: Києва
            return [word[:-2] + ("о" if low.endswith("ів") else "є") + word[-1] + "а"]
        ends = {"я": ("і",), "о": ("а",), "ь": ("і", "я"), "й": ("ю", "я")}.get(low[-1:])
    else:
        return [word]
    if ends is not None:
        return [word[:-1] + e for e in ends]
    if low[-1:] in "аеёєиіїоуыэюя":
        return [word]
    return [word + "а"] if language == "ru" else [word + "а", word + "у"]


def genitive_plurals(word: str, language: str) -> list[str]:
    """A Russian or Ukrainian common noun's genitive plural, as a name of two English nouns puts its
    first where English has it plural (Champions League: лига чемпионов, Ліга чемпіонів): the usual
    ending of each noun's declension, two where it depends on the gender (Ukrainian -ь: -ів of a
    masculine, -ей of a feminine)."""
    low = word.lower()
    if language not in ("ru", "uk"):
        return [word]
    if low.endswith(("ия", "ие", "ія")):
        return [word[:-1] + "й"]
    if low[-1:] in "ао":
        return [word[:-1]]
    soft: dict[str, tuple[str, ...]] = (
        {"я": ("ь",), "ь": ("ей",), "й": ("ев",), "е": ("ей",)}
        if language == "ru"
        else {"я": ("ь",), "ь": ("ів", "ей"), "й": ("їв",)}
    )
    if low[-1:] in soft:
        return [word[:-1] + e for e in soft[low[-1:]]]
    if language == "uk":
        return [word + "ів"]
    return [word + ("ей" if low[-1:] in "жшчщ" else "ев" if low.endswith("ц") else "ов")]


# The feminine adjective's endings a town in -ск does not share as a noun (Курск: Курская, Курскую), its
# region's (область); not the neuter's, which are a village's (Покровское, Покровского).
_RU_SK_ADJECTIVE = ("ая", "ую")
_HUSHING = frozenset("цжшчщ")


_PLURAL_CASES = ("ах", "ам", "ами")  # a place named in the plural: в Сумах, к Сумам


def _ukrainian(word: str) -> set[str]:
    low = word.lower()
    stem = word[:-2]
    if low.endswith("ій") and len(word) > 3:  # Віталій, Сергій: a noun
        return {word[:-1] + e for e in ("я", "ю", "єм", "ї", "єві")}
    if low.endswith("ий") and len(word) > 4:  # Зеленський
        return {stem + e for e in ("ого", "ому", "им", "ім", "а", "ої", "ій", "у", "е", "і", "их", "ими")}
    if low.endswith("а"):
        forms = {word[:-1] + e for e in ("и", "і", "у", "ою", "і")}
        mutated = _UK_LOCATIVE.get(low[-2:-1])
        if mutated:  # dative and locative soften г к х (Доха: у Досі; Ракка: у Ракці)
            forms.add(word[:-2] + mutated)
        # a surname as an adjective: Захарової, Зеленській; Підгірна, of Підгірний, Підгірної
        if (low.endswith(_UK_FEMININE) or _UK_FEMININE_NA.search(low)) and len(word) > 5:
            forms |= {word[:-1] + e for e in ("ої", "ій")}
        return forms
    # Антіохія: Антіохії; Антак'ї; Монтойя: Монтойї
    if low.endswith(("ія", "їя", "ея", "ая", "оя", "уя", "йя", "'я", "’я")):
        return {word[:-1] + e for e in ("ї", "ю", "єю")}
    if low.endswith("я"):
        return {word[:-1] + e for e in ("і", "ю", "ею")}
    if low.endswith("о"):  # Лукашенко, Дніпро
        return {word[:-1] + e for e in ("а", "у", "ові", "ом", "і")}
    if low.endswith("ь"):
        forms = {word[:-1] + e for e in ("я", "ю", "ем", "і", "еві")}
        if low.endswith("ець") and len(word) > 5:  # the -ець drops its е (Кравець: Кравця, Кравцем)
            forms |= {word[:-3] + "ц" + e for e in ("я", "ю", "ем", "і", "еві")}
        return forms
    if low.endswith("й"):  # Андрій, Шанхай: Андрієві
        forms = {word[:-1] + e for e in ("я", "ю", "єм", "ї", "єві")}
        if low.endswith("ой") and len(word) > 4:  # a Russian surname as an adjective: Толстой, Толстого
            forms |= {stem + e for e in ("ого", "ому", "им", "ім")}
        return forms
    if low.endswith(("ське", "цьке", "зьке")) and len(word) > 6:  # a neuter adjective: у Покровському
        return {word[:-1] + e for e in ("ого", "ому", "им", "ім")}
    if (low.endswith("и") or low.endswith("ці")) and len(word) > 3 and low[-2:-1] not in "аеєиіїоуюя":
        return {word[:-1] + e for e in (*_PLURAL_CASES, "ів")}  # Суми: у Сумах; Чернівці: Чернівців
    if low[-1:] in "еєиіїуюе":
        return set()
    forms = {word + e for e in _UK_CONSONANT}
    if low.endswith(("ськ", "цьк", "зьк")) and len(word) > 5:  # a town named by an adjective: its region
        forms |= {word + e for e in _UK_SK_ADJECTIVE}  # and district are that adjective (Курській області)
    if low[-1:] in _HUSHING:  # Шольцем as well as Шольцом; Шольцеві, Ткачеві
        forms |= {word + "ем", word + "еві"}
    if low.endswith(("ів", "їв")) and len(word) > 3:  # Харків: Харкова; Київ: Києва (і, ї -> о, є)
        stem = word[:-2] + ("о" if low.endswith("ів") else "є") + word[-1]
        # and a possessive adjective's, before the noun it names (Часів Яр: Часового Яру, Часовим Яром)
        forms |= {stem + e for e in (*_UK_CONSONANT, *_UK_POSSESSIVE)}
    mutated = _UK_LOCATIVE.get(low[-1:])
    if mutated:  # у Страсбурзі, у Гамбурзі
        forms.add(word[:-1] + mutated)
    return forms


def _uk_adjective_feminine(word: str) -> set[str]:
    """A feminine adjective's genitive, dative and locative, for a word in -а before another of a name, as a
    place's is (Нова Каховка: Нової, Новій; Велика Новосілка: Великої); a given name's so read (Анна:
    Анної) is no word."""
    return {word[:-1] + e for e in ("ої", "ій")} if word.lower().endswith("а") and len(word) > 3 else set()


# A possessive adjective's endings in -ів (Часів Яр) that its noun's declension lacks.
_UK_POSSESSIVE = ("ого", "ому")


# The feminine adjective's endings a town in -ськ does not share as a noun (Курськ: Курської, Курській),
# its region's (область); not the neuter's, which are a village's (Покровське, Покровського).
_UK_SK_ADJECTIVE = ("ої", "ій")


# Ukrainian feminine surnames decline as adjectives (Захарова: Захарової; Зеленська: Зеленської), and so do
# those of a -ний adjective, in -на after a consonant (Підгірна: Підгірної, Чорна: Чорної; not Ганна).
_UK_FEMININE_NA = re.compile("(?<=[бвгґджзклмпрстфхцчшщ])на$")
_UK_FEMININE = ("ова", "ева", "єва", "іна", "ина", "їна", "ська", "цька", "зька")


# Ukrainian locative and dative of a word in -г, -к, -х: the consonant softens (Страсбург: у
# Страсбурзі; Магдебург: у Магдебурзі).
_UK_LOCATIVE = {"г": "зі", "к": "ці", "х": "сі"}


_PL_LOCATIVE = {
    "r": "rze",
    "t": "cie",
    "d": "dzie",
    "ł": "le",
    "st": "ście",
    "sk": "sku",
    "k": "ku",
    "g": "gu",
}


# The dative and locative of a feminine noun in -a soften its last consonant (Praga: w Pradze;
# Jałta: w Jałcie; Mekka: w Mekce; Warszawa: w Warszawie keeps it).
_PL_SOFTENED = {
    "str": "strze", "st": "ście", "sn": "śnie", "zd": "ździe", "sł": "śle", "r": "rze", "t": "cie",
    "d": "dzie", "ł": "le", "g": "dze", "k": "ce", "ch": "sze", "n": "nie", "s": "sie", "z": "zie",
    "m": "mie", "p": "pie", "b": "bie", "w": "wie", "f": "fie", "l": "li",
}  # fmt: skip


# A foreign name whose last letter is not said as Polish writes it takes its endings after an
# apostrophe (Kennedy'ego, Lagarde'a, Rousseau'owi).
_PL_APOSTROPHE = ("a", "owi", "em", "ego", "emu", "m", "u")


def _apostrophed(word: str) -> set[str]:
    return {word + mark + e for e in _PL_APOSTROPHE for mark in ("'", "’")}


def _polish(word: str) -> set[str]:
    low = word.lower()
    if low.endswith(("ski", "cki", "dzki")):  # Zieliński, Nawrocki
        return {word[:-1] + e for e in ("iego", "iemu", "im")}
    if low.endswith(("ska", "cka", "dzka")):
        return {word[:-1] + e for e in ("iej", "ą")}
    if low.endswith(("y", "i")) and len(word) > 3:  # Nawalny, Modi decline as adjectives
        if low.endswith("y"):
            return {word[:-1] + e for e in ("ego", "emu", "ym")} | _apostrophed(word)  # Kennedy'ego
        return {word + e for e in ("ego", "emu", "m")} | _apostrophed(word)
    if low.endswith("o"):  # Fico, Lukaszenko: Fica, Ficowi; a foreign one's locative softened (o Castrze)
        forms = {word[:-1] + e for e in ("a", "owi", "iem", "em", "ę")} | {word + "wi"}
        for end, locative in _PL_LOCATIVE.items():
            if low[:-1].endswith(end) and end not in ("k", "g"):  # Delgado: o Delgadzie
                forms.add(word[: -1 - len(end)] + locative)
                break
        return forms
    if low.endswith("a"):
        stem = word[:-1]
        forms = {stem + e for e in ("y", "i", "ę", "ą", "ie", "o")}
        if low.endswith(("owa", "ewa", "ina", "yna")) and len(word) > 5:  # Zacharowa: Zacharowej
            forms.add(stem + "ej")
        for end, soft in _PL_SOFTENED.items():  # dative and locative: Hudajda w Hudajdzie, Ankara w Ankarze
            if stem.lower().endswith(end):
                forms.add(stem[: len(stem) - len(end)] + soft)
                break
        return forms
    if low[-1:] == "e" and len(word) > 3:  # a said -e declines as an adjective (Rutte: Ruttego, z Ruttem)
        return {word + e for e in ("go", "mu", "m")} | _apostrophed(word)  # a silent one: Lagarde'a
    if low[-1:] in "eiouóy":
        return _apostrophed(word) if low[-1:] in "eyu" else set()  # Lagarde'a, Rousseau'a
    if len(low) > 3 and low[-2] == "ó" and low[-1] not in "aeiouy":  # Kraków: Krakowa, Charkowie
        stem = word[:-2] + ("O" if word[-2] == "Ó" else "o") + word[-1]
        return _polish(stem) - {stem}
    if low.endswith(("ić", "ic")) and len(word) > 4:  # South Slavic -ić: Kovačevicia, Vučiciem
        return {word + e for e in ("ia", "iowi", "iem", "iu")} | {word + e for e in ("a", "owi", "em", "u")}
    if low.endswith(("k", "g")):  # Kowalczyk: Kowalczykiem, Kowalczyku
        return {word + e for e in ("a", "owi", "iem", "u", "ów", "i")}
    # a masculine noun's endings, and a feminine one's in -i (Rosnieft: Rosniefti, Roszniefti)
    forms = {word + e for e in ("a", "owi", "em", "u", "ie", "ów", "y", "i")}
    for end, locative in _PL_LOCATIVE.items():
        if low.endswith(end):
            forms.add(word[: -len(end)] + locative)
            break
    return forms


def _german(word: str) -> set[str]:
    if word[-1:].lower() in "sxzß":
        return {word + "'", word + "’"}
    return {word + "s"}


def _dutch(word: str) -> set[str]:
    return {word + "'s", word + "’s", word + "s"}


# Turkish case and derivational suffixes, written after an apostrophe in proper names. Vowel
# harmony follows the name as pronounced, which its spelling does not tell (Trump'ın):
# every harmony is listed.
_TR_AFTER_CONSONANT = (
    "ın", "in", "un", "ün", "a", "e", "ı", "i", "u", "ü", "da", "de", "ta", "te", "dan", "den", "tan",
    "ten", "la", "le", "daki", "deki", "taki", "teki", "lı", "li", "lu", "lü", "ya", "ye", "dır", "dir",
)  # fmt: skip
_TR_AFTER_VOWEL = (
    "nın", "nin", "nun", "nün", "ya", "ye", "yı", "yi", "yu", "yü", "da", "de", "dan", "den", "yla",
    "yle", "daki", "deki", "lı", "li", "lu", "lü",
)  # fmt: skip


def _turkish(word: str) -> set[str]:
    """The suffixes after an apostrophe, and straight on the name as headlines and hurried copy write
    them (Trumpın, Putine, Macronun): those forms `word_forms` keeps only where they are no Turkish
    word (kime, kimin, muska), and only for a name of `TR_BARE_LETTERS` letters or more."""
    vowel_final = word[-1:].lower() in "aeıioöuü"
    suffixes = _TR_AFTER_VOWEL if vowel_final else _TR_AFTER_CONSONANT
    forms = {word + apostrophe + s for s in suffixes for apostrophe in ("'", "’")}
    if len(word) >= TR_BARE_LETTERS and word.isalpha():
        forms |= {word + s for s in suffixes}
    return forms


TR_BARE_LETTERS = 4  # shorter names make Turkish words with a suffix on (Kim: kime, kimin; Han: hanın)


_AR_ARTICLE = "ال"
_AR_CLITICS = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك")


def _arabic(word: str) -> set[str]:
    """Clitics before the name, with and without the article (الخرطوم, السنوار, الكرملين).

    Arabic news writes many names with the article that English drops (Khartoum الخرطوم,
    Sinwar السنوار, the Houthis الحوثيون), so a name without it also gets it. A name written
    with it keeps it (but after ل: للخرطوم): without it, it is another word (خرطوم, a hose).
    """
    articled = word.startswith(_AR_ARTICLE) and len(word) > 3
    bare = word[2:] if articled else word
    with_article = _AR_ARTICLE + bare
    forms = {with_article, "لل" + bare, "ولل" + bare, "فلل" + bare}
    forms |= {c + with_article for c in ("و", "ب", "ف", "ك", "وب", "فب")}
    if not articled:
        forms |= {bare} | {c + bare for c in _AR_CLITICS}
    return forms


def _arabic_endings(word: str) -> set[str]:
    """A word's final letters as Arabic writers vary them: ة or ه (حديدة, حديده), ي or ى (the
    Egyptian final ى), اء or ا (كربلاء, كربلا), ية or يا in a foreign place's ending (أنطاكية,
    أنطاكيا), which is written bare: an articled name's يا is its own (المنيا, Minya; المنية is
    "death"); a name in ي also names its members in the plural (حوثي: الحوثيون, الحوثيين) and, with
    the article, is an adjective of either gender and number (الحوثية, الحوثيتين)."""
    forms = {word}
    if word.endswith("ة"):
        forms.add(word[:-1] + "ه")
    if word.endswith("ي"):
        forms.add(word[:-1] + "ى")
        if word[-2:-1] not in ("ا", "و"):  # a member's plural: الحوثيون, الحوثيين (a nisba, not -ai: ملايين)
            forms |= {word + "ون", word + "ين"}
            if word.startswith("ال") and len(word) > 4:  # a nisba as an adjective: الجماعة الحوثية,
                forms |= {word + e for e in _NISBA}  # الحوثيان, القوتين الحوثيتين, الهجمات الحوثيات
    if word.endswith("اء") and len(word) > 3:  # the final hamza often left unwritten (صنعاء, صنعا)
        forms.add(word[:-1])
    if word.endswith("ية") and len(word) > 3:
        forms.add(word[:-2] + "يا")
    if word.endswith("يا") and len(word) > 3 and not word.startswith(_AR_ARTICLE):
        forms.add(word[:-2] + "ية")  # not an Arabic name's (المنيا, Minya: المنية is "death")
    return forms


# A nisba adjective's feminine, dual and feminine plural endings after its ي.
_NISBA = ("ة", "ان", "تان", "تين", "ات")


_INFLECT: dict[str, Forms] = {
    "ru": _russian, "be": _russian, "uk": _ukrainian, "pl": _polish, "de": _german, "nl": _dutch,
    "tr": _turkish, "ar": _arabic,
}  # fmt: skip

# Arabic clitics attach to a phrase's first word only; elsewhere every word of a name declines
# (Владимира Путина, Сэма Альтмана), each by its own ending.
_FIRST_WORD_ONLY = frozenset({"ar"})
MAX_FORMS = 120  # past this, a phrase's forms are its words' forms in step, not every combination


def inflecting_languages() -> frozenset[str]:
    """The languages `name_forms` knows endings or clitics for; others write a name unchanged."""
    return frozenset(_INFLECT)


def word_forms(name: str, language: str, common: Callable[[str], bool] | None = None) -> list[set[str]]:
    """The forms of each word of `name` in `language`, each word's set including the word itself.

    A matcher can take a phrase as these sets in order (any form of each word), which is what
    `name_forms` spells out; a hyphenated last part declines alone (Сан-Франциско). `common`:
    whether a form is a common word of `language`; a Turkish suffix written with no apostrophe
    is kept only where it makes none (Putine, not Muska for Musk; see `_turkish`).
    """
    words = name.split()
    inflect = _INFLECT.get(language)
    out: list[set[str]] = []
    for i, word in enumerate(words):
        forms = _arabic_endings(word) if language == "ar" else {word}
        if language == "ar" and i == 0:
            forms = {form for spelt in forms for form in _arabic(spelt)}
        elif inflect is not None and (i == 0 or language not in _FIRST_WORD_ONLY):
            head, dash, tail = word.rpartition("-")
            if dash and tail and language in ("ru", "uk", "pl"):
                forms |= {f"{head}-{form}" for form in inflect(tail)}
            else:
                forms |= inflect(word)
            if language == "uk" and i < len(words) - 1:  # Нова Каховка: Нової Каховки, у Новій Каховці
                forms |= _uk_adjective_feminine(word)
            if language in MORPH_LANGUAGES:  # the dictionary's own (Шахты: Шахт; Орёл: Орла)
                forms |= morph_name_forms(word, language)
        if language == "tr" and common is not None:
            forms = {f for f in forms if f == word or not f.isalpha() or not common(f)}
        out.append(forms)
    return out


def name_forms(name: str, language: str) -> set[str]:
    """Every written form of `name` (a variant, in `language`'s script) in `language`, itself included.

    `Путин` -> {Путин, Путина, Путину, Путином, Путиным, Путине, ...}; `Trump` (tr) ->
    {Trump, Trump'ın, Trump'a, ...}. The case of `name` is kept: forms are matched as the
    name is, capitalised where the script has capitals. A phrase gives the combinations of
    its words' forms, or, past MAX_FORMS, the forms of one word at a time with the others
    as written and all words in the same position of their lists.
    """
    per_word = word_forms(" ".join(name.split()), language)
    if not per_word:
        return set()
    total = 1
    for forms in per_word:
        total *= len(forms)
    if total <= MAX_FORMS:
        phrases = [""]
        for forms in per_word:
            phrases = [f"{p} {f}".strip() for p in phrases for f in sorted(forms)]
        return set(phrases)
    words = [min(forms, key=len) for forms in per_word]  # the word itself is its shortest form
    out = {" ".join(words)}
    for i, forms in enumerate(per_word):
        out |= {" ".join([*words[:i], form, *words[i + 1 :]]) for form in forms}
    return out


def derived_words(name: str, language: str, *, place: bool = False) -> list[str]:
    """Words `language` derives from a one-word name, which then inflect as words of their kind.

    Russian and Ukrainian make an adjective of any name (Белгород: Белгородская область;
    Синай: на Синайском полуострове; путинский) but a town's in -ск, Ukrainian a noun for a
    place's region (Бєлгородщина, Харківщина, Курщина); German an adjective of a place
    (Warschau: die Warschauer Regierung; München: Münchner, Münchener), which for a person
    would meet common nouns (Koch: Kocher). `name` is written in `language`'s script; other
    languages derive nothing here.
    """
    if " " in name.strip() or not name[-1:].isalpha():
        return []
    if language in ("ru", "uk"):
        if place:  # a place's adjective in lower case is also a kind's (брюссельская капуста): a name's only
            return _slavic_derived(name, language)
        derived = _slavic_derived(name, language) + _possessive(name, language)
        return [_lower_adjective(d) for d in dict.fromkeys(derived)]
    if language == "pl" and place:
        return _polish_place_adjectives(name)
    if language == "de" and place:
        low = name.lower()
        if low.endswith("en"):
            return [name + "er", name[:-2] + "ner"]
        if low.endswith("e"):
            return [name + "r"]
        return [name + "er"] if low[-1] not in "aioy" else []  # Warschauer, Magdeburger
    return []


def _polish_place_adjectives(name: str) -> list[str]:
    """A Polish place's adjective in -ski, masculine and feminine, capitalised as in the names it
    opens (Monachium: Monachijska Konferencja Bezpieczeństwa; Warszawa: warszawski; Kraków: krakowski;
    Londyn: londyński): the final vowel or Latin -um dropped, a closed ó opened, n softened. Its
    irregular ones (Moskwa: moskiewski, Paryż: paryski) are not made: the caller keeps only those
    Polish news uses (`names._add_derived`)."""
    low = name.lower()
    if len(low) < 4 or low.endswith(("ski", "ska", "cki", "cka")):
        return []
    stem = name[:-2] + "j" if low.endswith("ium") else name[:-1] if low[-1] in "aeoy" else name
    if len(stem) > 2 and stem[-2] == "ó":
        stem = stem[:-2] + "o" + stem[-1]
    if stem.endswith("n"):
        stem = stem[:-1] + "ń"
    return [stem + "ski", stem + "ska"]


def _slavic_derived(name: str, language: str) -> list[str]:
    low = name.lower()
    ending = "ский" if language == "ru" else "ський"
    if language == "ru" and low.endswith("ье") and len(low) > 4:  # Запорожье: Запорожская область
        return [name[:-2] + "ский"]
    if low.endswith(("ий", "ый", "ой", "ая", "ій", "ая")) or low[-1] in "еёиоуыэюіїє":
        return []  # an adjective already (Зеленский), or a name that does not derive so (Шойгу)
    # A town in -ск was named after an adjective, which is still a word or another place (Покровск:
    # the Покровский собор, the village Покровское): only the Ukrainian region is its own.
    if low.endswith(("цк", "цьк")):  # Донецьк (or as Russian spells it, Донецк): Донеччина
        return [] if language == "ru" else [name[: -len("цьк" if low.endswith("цьк") else "цк")] + "ччина"]
    if low.endswith(("ск", "ськ")):
        return [] if language == "ru" else [name[: -len("ськ" if low.endswith("ськ") else "ск")] + "щина"]
    stem = name[:-1] if low[-1] in "ая" else name  # Варшава: Варшавский; Белгород, Синай
    if stem.lower().endswith("нь") or stem.lower().endswith("рь"):  # Тюмень: тюменский (Мариуполь keeps it)
        stem = stem[:-1]
    if stem.lower().endswith("с"):  # Одес: одесский, одеський, Одещина
        return [stem + ending[1:], stem[:-1] + "щина"] if language == "uk" else [stem + ending[1:]]
    return [stem + ending, stem + "щина"] if language == "uk" else [stem + ending]


def _lower_adjective(word: str) -> str:
    """A person's adjective or a group's member in lower case, as Russian and Ukrainian write them outside
    a proper name (путинский режим, хуситы; lower case matches either); a region's noun (Харківщина)
    stays a name."""
    return word if word.endswith("щина") else word[:1].lower() + word[1:]


# A person's possessive adjective in -овский (-евский after a soft or hushing consonant), Ukrainian
# -івський: трамповские пошлины, байденовская администрация, меркелевский; not after -ин, -ов, -ев, -ын,
# whose own -ский reads so already (путинский, лавровский).
_OWN_SUFFIX = ("ин", "ын", "ов", "ев", "ёв", "ів", "ін", "їн")


def _possessive(name: str, language: str) -> list[str]:
    low = name.lower()
    if len(low) < 3 or low.endswith(_OWN_SUFFIX) or low[-1] in "аеёиоуыэюяіїєьй":
        return []
    if language == "uk":
        return [name + "івський"]
    return [name + ("евский" if low[-1] in _HUSHING else "овский")]


_TR_FRONT = frozenset("eiöü")
_TR_CASES = ("", "in", "e", "i", "le", "den", "de")  # after the plural: Husilerin, Husilere, Husilerle


def members(name: str, language: str) -> list[str]:
    """The noun a language makes for a group's members from a one-word name in -i (an Arabic nisba:
    Houthi, Yazidi): Russian and Ukrainian add -ит (Хусит, so Хуситы, хусити), Turkish writes the
    plural on the name without an apostrophe (Husiler, Husilerin). [] for other names and languages."""
    if " " in name.strip() or len(name) < 3:
        return []
    low = name.lower()
    if language == "ru" and low.endswith("и"):  # a common noun, in lower case (йеменские хуситы)
        return [_lower_adjective(name + "т")]
    if language == "uk" and low.endswith(("і", "и")):
        return [_lower_adjective(name[:-1] + "ит")]
    if language == "tr" and low[-1:] in "iı":
        vowels = [c for c in low if c in "aeıioöuü"]
        plural = name + ("ler" if vowels and vowels[-1] in _TR_FRONT else "lar")
        back = not plural.endswith("ler")
        cases = [c.translate(_TR_BACK) if back else c for c in _TR_CASES]
        return [plural + c for c in cases]
    return []


_TR_BACK = str.maketrans({"i": "ı", "e": "a"})


# Languages that join a name to a noun with a hyphen into one word (Putin-Kritiker,
# Trump-regering, SpaceX-raket), which their tokenisers keep whole.
_HYPHEN_COMPOUNDS = frozenset({"de", "nl", "da", "sv", "nb", "fi", "cs", "sk", "hu", "et"})


def compound_prefixes(name: str, language: str) -> set[str]:
    """Prefixes of the one-word compounds a name starts in `language` (`Putin-` for German).

    A word starting with one of them (`Putin-Kritiker`, `Trump-Regierung`) contains the
    name: the rule compiler can match them as prefixes (`Putin-*`), as stems are. Empty
    for languages that do not write such compounds, and for names of several words.
    """
    name = " ".join(name.split())
    if language not in _HYPHEN_COMPOUNDS or not name or " " in name:
        return set()
    return {name + "-"}


# The case endings of a Russian or Ukrainian word, longest first, with the nominative endings a word that
# has one may have instead: an adjective's (Днестровского: Днестровский) and a noun's (Белгорода:
# Белгород, Каменца: Каменец is not guessed).
_DECLINED_ADJECTIVE = (
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ым",
    "им",
    "ім",
    "ых",
    "их",
    "ій",
    "ої",
    "ую",
    "ою",
)
_DECLINED_NOUN = ("ові", "ом", "ем", "ою", "ей", "а", "у", "е", "ы", "и", "і", "я", "ю")
_NOMINATIVE_ADJECTIVE = ("ий", "ый", "ой", "ій", "ая", "а")
_NOMINATIVE_NOUN = ("", "а", "я", "ь")


def nominatives(word: str) -> list[str]:
    """A Russian or Ukrainian word as it may read in the nominative (for a place's name that GeoNames knows
    only so: Белгорода-Днестровского, Белгород-Днестровский): the word itself, then its stem after a case
    ending with each nominative ending of its kind."""
    found = [word]
    for endings, nominative in (
        (_DECLINED_ADJECTIVE, _NOMINATIVE_ADJECTIVE),
        (_DECLINED_NOUN, _NOMINATIVE_NOUN),
    ):
        ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), None)
        if ending is not None:
            found += [word[: -len(ending)] + n for n in nominative]
    return list(dict.fromkeys(found))
