"""Where a name written in Chinese characters stops: not inside a longer transcribed name.

Chinese writes a foreign name by sound, a character a syllable, with no space around it, so a
short name is found inside longer ones: Modi 莫迪 in Modigliani 莫迪利亚尼, Musk 马斯克 in the
Mascarene Islands 马斯克林群岛. A match is taken for part of a longer name when the characters
right after it continue a transcription: two more characters of the transcription table
(`hanzi.py`) that are no word together (利亚 after 莫迪; not 通过 after 特朗普, nor 巴西),
or one to three that make the match a longer known word (马斯克林; not 上海市, 波音公司, whose
added characters are no transcription's). Known words are wordfreq's Chinese list, converted
once into a table file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from itertools import pairwise

from monitor.analysis.analyzer import SILENT_KANA, is_katakana
from monitor.lexicon.namesources import loanword_glosses
from monitor.lexicon.segments import (
    COUNTRY_SIDES,
    REACH,
    TOP_ZIPF,
    AcrossWords,
    chance,
    cuts,
    cuts_around,
    han,
)
from monitor.lexicon.terms import COMMON_ZIPF
from monitor.lexicon.transcribe import kana_key
from monitor.lexicon.transcribe.hanzi import name_characters, name_sound, name_uses, sound_distance
from monitor.tablecache import Rows, Table, cached_table


@cache
def _words() -> Table:
    return cached_table(f"zh-words-{metadata.version('wordfreq')}-2", _word_rows)


def _word_rows() -> Rows:
    """Every word of wordfreq's Chinese list, of two characters or more (the rarest included), with
    its Zipf frequency."""
    import math

    import wordfreq

    for word, share in wordfreq.get_frequency_dict("zh").items():
        if len(word) > 1:
            yield word, f"{math.log10(share) + 9:.2f}"


def known_word(text: str) -> bool:
    return _word_entry(text) is not None


def word_zipf(text: str) -> float:
    """How frequent a Chinese word of two characters or more is (Zipf), down to the rarest wordfreq
    lists (a person's name: 张伟 2.4, 陈静 1.7); 0.0 for none of its words."""
    found = _word_entry(text)
    return float(found) if found else 0.0


# Answers of the word table kept: a Chinese name's boundary checks ask it a dozen times a hit (the
# characters around the name, a table query of about 17 us each, a third of matching a Chinese
# article), and news writes the same words around the same names. Bounded: an article's words are
# new every day. 4,096 answers hold under 1 MB.
WORD_ANSWERS = 4096


@lru_cache(maxsize=WORD_ANSWERS)
def _word_entry(text: str) -> str | None:
    return _words().get(text)


NAME_PIECE_ZIPF = 4.5  # two name characters at least this common as a word are a word of their own
# Characters that this many transcribed names use (斯 克 尔 波) are pieces of names even where wordfreq
# lists two of them as a word (斯克, 波尔: pieces of names it cut so); 连日 is a word.
NAME_PIECE_USES = 100


# Two name characters after a transcribed name that make a word this rare go on transcribing a longer
# name (卡因, "Cain" 2.1, in 哈马斯卡因, Hamaskain), as two that make no word do; a word as common as 通过
# (5.6) or 地区 starts after the name. After a name in characters of their own meaning (大谷, Ohtani), a
# known word is its given name (翔平).
RARE_PAIR_ZIPF = 3.0


def _name_piece(pair: str) -> bool:
    return word_zipf(pair) < NAME_PIECE_ZIPF and all(name_uses(c) >= NAME_PIECE_USES for c in pair)


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, a name found in Chinese text, the beginning or the end of a longer
    transcribed name (波克罗夫 in 波克罗夫斯克, 尼亚 in 亚美尼亚, 瓦斯托 in 塞瓦斯托波尔市长)?"""
    after = text[end : end + 2]
    named = len(after) == 2 and all(c in name_characters() for c in after)
    sounds = all(c in name_characters() for c in text[start:end])
    rare = word_zipf(after) < (RARE_PAIR_ZIPF if sounds else 0.01)
    if named and (rare or _name_piece(after)):
        return True
    if _inside_country(text, start, end):
        return True  # part of a longer country's name (尼西亚 in 印度尼西亚, 几内亚 in 几内亚比绍)
    if (
        any(_ends_word(text, start - n, start, end) for n in (1, 2) if start >= n)
        and not _common_word(text[start - n : start] for n in range(2, 5) if start >= n)
        and not after_country(text, start, end)
    ):  # the end of a longer word (尼亚 in 亚美尼亚, 罗斯 in 俄罗斯), not after one (总理|查德)
        return True
    if AcrossWords("zh")(text, start, end):
        return True  # both ends inside other words (瓦斯托 in 塞瓦斯托波尔市长)
    if _continued_before(text, start, end) or _one_more_sound(text, start, end):
        return True
    # a name in characters of its own meaning (岸田, Kishida) goes on into a known word as a person's
    # given name does (岸田文雄), not as a transcription into a longer one
    for extra in range(1, 4) if sounds else ():
        added = text[end : end + extra]
        if len(added) < extra or not all(c in name_characters() for c in added):
            break
        if known_word(text[start : end + extra]):
            return True
    return False


def _one_more_sound(text: str, start: int, end: int) -> bool:
    """Does a transcription of three characters or more go on by one more character that many names use
    (`NAME_PIECE_USES`) and that starts no word (佩特罗夫 is Petrov, no Petro: 佩特罗|夫|在), as a
    Russian surname's -ov goes on? Not by a rarer one (布里恩茨|因|山体, "because of")."""
    if end - start < 3 or not all(c in name_characters() for c in text[start:end]):
        return False
    after = text[end : end + 1]
    if not after or name_uses(after) < NAME_PIECE_USES or text[end + 1 : end + 2] in name_characters():
        return False
    return not _common_word(text[end : end + n] for n in (2, 3, 4)) and not _word_after(text, end)


def _ends_word(text: str, before: int, start: int, end: int) -> bool:
    """Does the hit `text[start:end]` end a word that wordfreq knows, `text[before:end]`, and that is no
    likelier than its two parts read apart? wordfreq's Chinese list (jieba's) holds a word and a name
    run together as rare words (在罗马 1.1, 和保罗, 对汉娜): "in Rome" and "and Paul" are a preposition
    and a name, as the unigram model of `segments.cuts` reads them, not a longer name ending in 罗马."""
    whole = word_zipf(text[before:end])
    if not whole:
        return False
    first, hit = chance(text[before:start], "zh"), chance(text[start:end], "zh")
    return first is None or hit is None or whole - TOP_ZIPF >= first + hit


# The dots between a name's parts in Chinese and Japanese (让-巴蒂斯特·莫罗, ドナルド・トランプ), and the
# look-alikes typed for them.
NAME_DOTS = "·・•‧"


def _continued_before(text: str, start: int, end: int) -> bool:
    """Does a transcription go on before the match: two name characters that are no word together
    (卡拉斯 in 阿尔卡拉斯, Kallas in Alcaraz), or one with another right after the match (加勒斯 in
    布加勒斯特)? Not after a country's name or a word that ends there (富翁马斯克), nor before a name
    whose first character no transcription writes: a translated one (科尔蒂纳冬奥会, the Winter Olympics)."""
    if start == 0 or text[start - 1] not in name_characters() or after_country(text, start, end):
        return False
    if text[start] not in name_characters():
        return False
    if _word_before(text, start) or _common_word(text[start - n : start] for n in (2, 3, 4) if start >= n):
        return False
    pair = text[start - 2 : start]
    if start >= 2 and pair[0] in name_characters() and (not known_word(pair) or _name_piece(pair)):
        return True
    follows = text[end : end + 1]
    return (
        bool(follows)
        and follows in name_characters()
        and not _common_word(text[end : end + n] for n in (2, 3, 4))
    )


# A given name written otherwise than any of the transcription's writings of it is the rule's where
# its sounds differ from one of theirs by at most this share (卡米耶 kamiye for Camille's 卡米乐 kamile;
# 尼古拉 nigula for Nikolai's 尼各莱 nigelai), and no other's (马克 make for Martina's 马特纳: 0.5). Measured
# on blind probes: Xinhua's given names for 12 invented people fall at 0.07 to 0.29 where the
# transcription missed them, 10 other given names of those people's surnames at 0.44 to 1.0 but two.
GIVEN_SOUND_DISTANCE = 0.3
GIVEN_MOST = 6  # characters a given name has at most


@dataclass(frozen=True)
class GivenSoundsNear:
    """A `CaseRule.within` check for a Western person's surname written with the given name before a
    dot (尼古拉·彼得罗夫): the hit counts where the given name's sounds are near one of the rule's given
    name's writings (`given`, their sounds: `name_sound`), as the press writes a given name in its own
    conventional characters (Nikolai: 尼古拉, Jürgen: 于尔根) that a transcription of the spelling misses;
    not where it is another's (马克·凯斯勒 for Martina Kessler), nor without the given name."""

    given: tuple[str, ...]
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        if start < 2 or text[start - 1] not in NAME_DOTS:
            return True
        dot = start - 1
        for size in range(1, GIVEN_MOST + 1):
            if dot - size < 0:
                break
            sound = name_sound(text[dot - size : dot])
            if sound is None:
                break
            before = text[dot - size - 1 : dot - size]
            if before in name_characters() and not after_country(text, dot - size, dot):
                continue  # the given name goes on further
            if any(sound_distance(sound, own) <= GIVEN_SOUND_DISTANCE for own in self.given):
                return False
        return True


def kana_sound(kana: str) -> str:
    """A katakana given name's sounds in Latin letters, as matching compares kana (`kana_key`: no length
    marks, ヴィ as ビ): エマニュエル emaniyueru."""
    from anyascii import anyascii  # only where Japanese rules name Western people

    return anyascii(kana_key(kana)).lower()


@dataclass(frozen=True)
class KanaPartNear:
    """`GivenSoundsNear` and `SurnameSoundsNear` for Japanese: one katakana part of a Western person's
    name found beside the other, a dot between, where the other is written by the press's own
    convention: a given name before the surname (`before`: エマニュエル・マクロン; the transcription's
    Emmanuel is エマヌエル) or a surname after the given name (メフメト・ユルマズ; Yilmaz read イルマズ).
    It counts where the other part's sounds (`kana_sound`) are near one of the rule's readings of
    it (`sounds`) and end as they do; not another's (マリア・サンチェス for Pedro Sanchez; マリオ for
    Maria: an ending tells a man's name from a woman's), nor without the other part."""

    sounds: tuple[str, ...]
    before: bool  # the other part goes before the hit (a given name), else after it (a surname)
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        if self.before:
            if start < 2 or text[start - 1] not in NAME_DOTS:
                return True
            first = last = start - 1
            while first > 0 and is_katakana(text[first - 1]):
                first -= 1
        else:
            after = _past_marks(text, end)
            if after + 1 >= len(text) or text[after] not in NAME_DOTS:
                return True
            first = last = after + 1
            while last < len(text) and is_katakana(text[last]):
                last += 1
        if first == last:
            return True
        sound = kana_sound(text[first:last])
        return not any(
            sound_distance(sound, own) <= GIVEN_SOUND_DISTANCE and sound[-1:] == own[-1:]
            for own in self.sounds
        )


SURNAME_MOST = 8  # characters a surname has at most


@dataclass(frozen=True)
class SurnameSoundsNear:
    """A `CaseRule.within` check for a Western person's given name written with the surname after a
    dot (卡米耶·迪布瓦): the hit counts where the surname's sounds are near one of the rule's surname's
    writings (`surnames`, their sounds), as `GivenSoundsNear` takes a given name: the press writes
    a surname by its language's sounds (Gutiérrez: 古铁雷斯; Wiśniewski: 维希涅夫斯基) where the
    transcription wrote others (古迪埃雷斯, 维什尼耶乌斯基). The surname ends before a character no
    transcription writes or a word (舍甫丘克|表示)."""

    surnames: tuple[str, ...]
    then: Callable[[str, int, int], bool] | None = None  # another exclusion, asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then is not None and self.then(text, start, end):
            return True
        if end >= len(text) or text[end] not in NAME_DOTS:
            return True
        first = end + 1
        for size in range(2, SURNAME_MOST + 1):
            stop = first + size
            sound = name_sound(text[first:stop]) if stop <= len(text) else None
            if sound is None:
                break
            if stop < len(text) and text[stop] in name_characters() and not _word_after(text, stop):
                continue  # the surname goes on further
            if any(sound_distance(sound, own) <= GIVEN_SOUND_DISTANCE for own in self.surnames):
                return False
        return True


# What a river, a lake, a gulf or an ocean named after a place adds to the place's name: 约旦河 (the
# Jordan), 乍得湖 (Lake Chad), 墨西哥湾 (the Gulf of Mexico), 印度洋. Not 海 (a sea): 海 opens words
# after a country's name as often (日本海上保安厅, 美国海军), and the Baltic is a sea's own name (波罗的海).
WATERS = "河湖湾洋"


def named_water(text: str, start: int, end: int) -> bool:
    """Is the place found at `text[start:end]` the name of a water named after it, which is another
    place (约旦河西岸 is the West Bank; 墨西哥湾沿岸, the Gulf coast, no Mexico's): a water's character
    right after it that wordfreq's list knows with the name as one word (约旦河, 亚丁湾, 尼日尔河), and
    that the likeliest cutting leaves joined to it (not 德国河流, German rivers: 德国|河流)?"""
    if text[end : end + 1] not in WATERS or not known_word(text[start : end + 1]):
        return False
    left = max(0, start - REACH)
    return end not in {cut + left for cut in cuts(text[left : end + 1 + REACH], "zh")}


# A name this short is also part of longer ones (Forssa 福萨 in Ramaphosa 拉马福萨, Nice 尼斯 in
# Albanese 阿尔巴尼斯, Hakka 哈卡 in 哈卡赖宁): next to a character a transcription writes, it is
# taken for one only where that character belongs to a common word instead (澳大利亚悉尼, 苏丹武装)
# or the name is a common word itself (德国汉莎).
SHORT_NAME = 2
NEIGHBOUR_ZIPF = 4.5
NEIGHBOUR_LETTERS = 4


# Characters a common word may hold on either side of a name found in it.
COMMON_WORD_REACH = 2


def inside_common_word(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` part of a longer common word of CC-CEDICT, which means something else: 小米
    (Xiaomi) in 小米粥 ("millet congee"), 石破 (Ishiba) in 石破天惊 ("earth-shattering"), a short
    transcription in a word? A proper noun holding it (三星电子, Samsung Electronics) is no common word.
    A name that is a common word itself (小米, 三星 "three stars") is that word inside any word one
    character longer that wordfreq knows (三星级 "three-star", 小米粥), not only CC-CEDICT's."""
    from monitor.lexicon.namesources import common_chinese_word

    for a in range(max(0, start - COMMON_WORD_REACH), start + 1):
        for b in range(end, min(len(text), end + COMMON_WORD_REACH) + 1):
            held = text[a:b]
            if (a, b) != (start, end) and han(held) and common_chinese_word(held):
                return True
    if not common_chinese_word(text[start:end]):
        return False
    longer = (text[start - 1 : end] if start > 0 else "", text[start : end + 1] if end < len(text) else "")
    return any(len(word) > end - start and han(word) and known_word(word) for word in longer)


# A Chinese person's name holding a country's: a surname and a given name of one character (韩国瑜), not
# 越南战争 or 纳粹德国, which CC-CEDICT dates as it dates people and which name the country.
PERSON_LETTERS = 3


# A landmark's or a body's building's kind, at the end of its Chinese name (克里姆林宫, the Kremlin).
LANDMARK_KINDS = ("宫", "堡", "教堂", "清真寺", "寺", "塔", "广场", "大桥")
# A city this large names its landmarks before them as often as not (巴黎卢浮宫, 北京故宫, 莫斯科克里姆林宫);
# a smaller one before a landmark's name has one of its own (喀山克里姆林宫, the Kazan Kremlin).
OWN_LANDMARK_POPULATION = 2_000_000
CITY_LETTERS = 5


def another_citys_landmark(text: str, start: int, end: int) -> bool:
    """Is the hit, a landmark's name (`LANDMARK_KINDS`), right after a city's name that starts a word of
    the likeliest cutting: the city's own landmark of that name (喀山克里姆林宫 is the Kazan Kremlin,
    not the Kremlin)? Not after a country (美国白宫) nor a city large enough that the news names the
    landmark with it (`OWN_LANDMARK_POPULATION`: 莫斯科克里姆林宫)."""
    from monitor.lexicon.namesources import cities

    if not text.endswith(LANDMARK_KINDS, start, end) or end - start < len("克里宫"):
        return False
    for n in range(2, CITY_LETTERS + 1):
        place = text[start - n : start] if start >= n else ""
        if not han(place) or place in _countries():
            continue
        found = cities(place)
        if found and found[0].population < OWN_LANDMARK_POPULATION:
            left = max(0, start - n - REACH)
            return start - n in {cut + left for cut in cuts(text[left:start], "zh")}
    return False


def held_by_other_entry(text: str, start: int, end: int) -> bool:
    """Is the hit part of a longer CC-CEDICT entry that means something else, standing as a word of the
    likeliest cutting: a common noun named after the place (香港脚 "athlete's foot", 意大利面 "spaghetti",
    墨西哥卷饼 "burrito"), a person named with a country's characters and one more (韩国瑜, Han Kuo-yu,
    is no South Korea), or a proper noun whose glosses do not name the hit (巴林右旗, "Bairin Right
    banner", is no Bahrain)? The entry must start and end where the cutting puts words' ends: 中国|红十字会
    holds no 中国红, "vermilion"."""
    from monitor.lexicon.namesources import cedict_person, named_common_word, unnamed_inside

    country = text[start:end] in _countries()
    found: frozenset[int] | None = None
    for a in range(max(0, start - COMMON_WORD_REACH), start + 1):
        for b in range(end, min(len(text), end + COMMON_WORD_REACH) + 1):
            held = text[a:b]
            if (a, b) == (start, end) or not han(held):
                continue
            person = country and a == start and len(held) == PERSON_LETTERS and cedict_person(held)
            if named_common_word(held) or person or unnamed_inside(held, text[start:end]):
                if found is None:
                    found = cuts_around(text, start, end)
                if a in found and b in found:
                    return True
    return False


def _split_by_a_word(text: str, start: int, end: int) -> bool:
    """Does the likeliest cutting of the text around a hit of two characters (`segments.cuts`, with
    wordfreq's weights, the name's writing among them) cut it apart and join its first character to
    the word before it (才华|为: 华为, Huawei, in 将才华为社会所用, "to put one's talent to society's
    use"), or its last to the word after it? Then a reading likelier than the name runs across it.
    Not after a country's name (意大利|都灵), where a name starts, nor where the last character joins a
    region's or a city's word right after it (苏|梅州 for 苏梅州, the Sumy oblast: `_PLACE_KINDS`), which
    marks what comes before it as a place."""
    if after_country(text, start, end):
        return False
    found = cuts_around(text, start, end)
    if end - start > SHORT_NAME:
        return _edge_joined(text, start, end, found)
    inside = any(start < cut < end for cut in found)
    if inside and start in found and text[end : end + 1] in _PLACE_KINDS and end + 1 in found:
        return False
    return inside and (start not in found or end not in found)


# A region's or a city's word, which Chinese writes right after a place's name (苏梅州, 基辅市).
_PLACE_KINDS = frozenset("州市省县")


def _edge_joined(text: str, start: int, end: int, found: frozenset[int]) -> bool:
    """For a longer writing that no word list knows (李在明, Lee Jae-myung, in hanja guessed syllable by
    syllable), does the likeliest cutting join its last character to the next into a common word (李|在|
    明天: "Li, tomorrow"), or its first to the one before? A longer writing that is a word (欧洲刑警组织)
    is cut into its words, and they run on (组织协调): not asked there."""
    if known_word(text[start:end]):
        return False
    last = end - 1 in found and end not in found and _common_word([text[end - 1 : end + 1]])
    first = start + 1 in found and start not in found and _common_word([text[start - 1 : start + 1]])
    return last or first


def read_across(text: str, start: int, end: int) -> bool:
    """Is the hit `text[start:end]` inside one longer word of the likeliest cutting (`segments.cuts`) that,
    read in shorter words, is cut inside the hit and not at both its ends: 日产 (Nissan) in 日产量, "daily
    output", read 日|产量; 美国 in 欧美国家, "Western countries", read 欧美|国家? The longer word holds
    the name's characters, not the name. A word made of the name and a word of its own keeps it (美国人,
    美国|人; 中国队; 北京市), as a compound holds its parts (`segments.AcrossWords`)."""
    found = sorted(cuts_around(text, start, end))
    before = max(cut for cut in found if cut <= start)
    after = min(cut for cut in found if cut >= end)
    if (before, after) == (start, end) or any(start < cut < end for cut in found):
        return False  # the hit is a word of the cutting, or runs across words (asked elsewhere)
    shorter = {cut + before for cut in cuts(text[before:after], "zh", after - before - 1)}
    return any(start < cut < end for cut in shorter) and not (start in shorter and end in shorter)


# WordNet's lexicographer files of a thing (not a person, body or place) named after a place: a food,
# plant, animal, substance or colour (苏丹红 "Sudan red", a dye; 巴西龟, a turtle; 荷兰豆, a pea; 丹麦酥, a
# pastry; 波尔多液, a fungicide). Animals and colours only for one character: two (空军 "air force", an
# attribute; 女王 "queen", an animal's first sense) name more than things.
THING_FILES = frozenset({13, 20, 27})  # noun.food, noun.plant, noun.substance
ONE_CHARACTER_THING_FILES = THING_FILES | {5, 7}  # and noun.animal, noun.attribute
THING_LETTERS = 2  # characters a thing's own word after the place has at most
THING_HEAD_LETTERS = 3  # letters of the English noun at least


def _thing_kind(word: str) -> int | None:
    """The WordNet lexicographer file of the first sense of the head noun of CC-CEDICT's first English
    definition of `word` (酥: "flaky pastry": pastry, noun.food); None for a verb's or no definition."""
    from monitor.lexicon.sources.cedict import meanings
    from monitor.lexicon.sources.wordnets import noun_kinds

    found = meanings(word)[:1]
    gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]|CL:\S+", "", found[0]) if found else ""
    gloss = re.split(r"[;,]", gloss)[0].strip()
    head = gloss.split()[-1] if gloss and not gloss.startswith("to ") else ""
    if len(head) < THING_HEAD_LETTERS:  # a pronoun's or a preposition's "he", "I", "as": elements' symbols
        return None
    kinds = noun_kinds(head)
    return kinds[0] if kinds else None


@cache
def _surnames() -> frozenset[str]:
    """The characters CC-CEDICT gives as surnames (李, "plum", and Li: 韩国|李在明 is a person after the
    country)."""
    from monitor.lexicon.sources import cedict

    return frozenset(s for _, s, pinyin, _ in cedict.entries() if len(s) == 1 and pinyin[:1].isupper())


def thing_named_after(text: str, start: int, end: int) -> bool:
    """Is the hit the first part of a thing named after it, a food, plant, animal, substance or colour
    (`THING_FILES`, by CC-CEDICT's English and WordNet): one or two characters after it, ending a word
    of the likeliest cutting, that make one of wordfreq's words with it (苏丹红, 巴西龟, 荷兰豆), or one
    character of a food, plant or substance the cutting leaves alone right after it (丹麦|酥, 波尔多|液)? Its
    people, team, government or city (美国人, 中国队, 美国政府, 北京市) are no thing, nor what a word of
    two characters names after it (美国|牛肉, beef from there), and the dictionaries say which is which,
    so no list of products is kept."""
    found = cuts_around(text, start, end)
    if start not in found:
        return False
    for size in range(1, THING_LETTERS + 1):
        after = text[end : end + size]
        if len(after) < size or not han(after) or end + size not in found:
            continue
        joined = known_word(text[start : end + size])  # the cutting may part it (巴西|龟: a turtle)
        if joined and _thing_kind(after) in (ONE_CHARACTER_THING_FILES if size == 1 else THING_FILES):
            return True
        alone = size == 1 and end in found and not joined and after not in _surnames()
        if alone and _thing_kind(after) in THING_FILES:  # no animal, no attribute (对 "right", 下 "down")
            return True
    return False


# A reading of the text without the name this near the likeliest cutting's (log10 of their chances'
# ratio) is as good: the name is no likelier than the words it runs into (乍得|知 -9.84, 乍|得知 -10.08).
RIVAL_READING = 0.5
RIVAL_REACH = 2  # characters a word from inside the hit runs on past its end, at most


def read_without_name(text: str, start: int, end: int) -> bool:
    """Does a CC-CEDICT common word start inside the hit and run on past its end, to where the likeliest
    cutting ends a word (得知 in 他乍得知消息, "he suddenly learned the news"), the hit's characters before
    it being a word CC-CEDICT defines (乍, "suddenly"), and is that reading of those characters about as
    likely as the cutting's (`RIVAL_READING`: 乍得|知, Chad|know)? Then nothing marks the name. Not where the
    name is far likelier (美国人 is no 美|国人) or the word runs into the next (马里面临: 马里|面临)."""
    from monitor.lexicon.namesources import common_chinese_word
    from monitor.lexicon.sources.cedict import meanings

    found = sorted(cuts_around(text, start, end))
    if start not in found:
        return False
    for j in (cut for cut in found if end < cut <= end + RIVAL_REACH):
        own = sum(chance(text[a:b], "zh") or 0.0 for a, b in pairwise(found) if start <= a < j)
        for k in range(start + 1, end):
            head, word = text[start:k], text[k:j]
            if not (han(word) and common_chinese_word(word) and meanings(head)):
                continue
            first, second = chance(head, "zh"), chance(word, "zh")
            if first is not None and second is not None and own - (first + second) <= RIVAL_READING:
                return True
    return False


def side_runs_on(text: str, start: int, end: int) -> bool:
    """Is the hit a country's side or army (法方, 以军: `segments.COUNTRY_SIDES`) whose last character
    the likeliest cutting joins to what follows, a longer word or name (阿方索, Alfonso, is no Afghan
    side)?"""
    if end - start != SHORT_NAME or text[end - 1] not in COUNTRY_SIDES or end == len(text):
        return False
    return end not in cuts_around(text, start, end)


def inside_other_names(text: str, start: int, end: int) -> bool:
    """`inside_longer_name`, or a name of one part found across the dot between two parts of
    another (斯特·莫 in 让-巴蒂斯特·莫罗 is no Starmer): its characters stand together; or a
    name of `SHORT_NAME` characters at most next to a transcription's character that is no
    common word's (`NEIGHBOUR_ZIPF`); one character is a name only standing alone (宾 in 菲律宾;
    本 in 穆罕默德·本·萨勒曼)."""
    if any(c in NAME_DOTS for c in text[start:end]) or inside_longer_name(text, start, end):
        return True
    if inside_common_word(text, start, end) or _split_by_a_word(text, start, end):
        return True
    if read_across(text, start, end):
        return True
    if named_water(text, start, end) or held_by_other_entry(text, start, end):
        return True
    if another_citys_landmark(text, start, end) or side_runs_on(text, start, end):
        return True
    if thing_named_after(text, start, end) or read_without_name(text, start, end):
        return True
    if end - start > SHORT_NAME or _common_word([text[start:end]]):  # 德国马格德堡: a word of its own
        return False
    if end - start == 1:  # next to a dot, one of a longer name's parts (本 in 穆罕默德·本·萨勒曼)
        return any(han(c) or c in NAME_DOTS for c in text[start - 1 : start] + text[end : end + 1])
    if not all(c in name_characters() for c in text[start:end]):
        # no transcription (岸田, Kishida): a name character beside it is no piece of it (岸田文雄)
        return False
    before = start > 0 and text[start - 1] in name_characters() and not after_country(text, start, end)
    if (
        before
        and not _common_word(text[max(0, start - n) : start] for n in range(NEIGHBOUR_LETTERS, 1, -1))
        and not _word_before(text, start)
    ):
        return True
    after = text[end : end + 1] in name_characters() and end < len(text)
    return (
        after
        and not _common_word(text[end : end + n] for n in range(NEIGHBOUR_LETTERS, 1, -1))
        and not _word_after(text, end)
    )


# A word this frequent right before a short name, of characters that are no name's pieces, is a word
# (富翁 "a rich man", 富豪: 亿万富翁马斯克), though less common than `NEIGHBOUR_ZIPF`: the name starts there.
PRECEDING_WORD_ZIPF = 3.0


def _word_before(text: str, start: int) -> bool:
    """Does a known word that is no piece of a transcribed name (`_name_piece`: 拉马 before 福萨 in
    拉马福萨) end right before `start`?"""
    return any(
        word_zipf(word) >= PRECEDING_WORD_ZIPF and not _name_piece(word[-2:])
        for word in (text[start - n : start] for n in range(NEIGHBOUR_LETTERS, 1, -1) if start >= n)
    )


def _word_after(text: str, end: int) -> bool:
    """Does a known word that is no piece of a transcribed name start right after `end` (敦促, "urges",
    after 吕特: 北约秘书长吕特敦促), as `_word_before` says of the word before a name?"""
    return any(
        word_zipf(word) >= PRECEDING_WORD_ZIPF and not _name_piece(word[:2])
        for word in (text[end : end + n] for n in range(NEIGHBOUR_LETTERS, 1, -1) if end + n <= len(text))
    )


@cache
def _countries() -> frozenset[str]:
    """Countries' Chinese names (CLDR's and the place gazetteer's: 芬兰, 阿尔及利亚, 美军)."""
    from monitor.concepts import cldr_names, place_extras

    found = {n for names in cldr_names("zh").values() for n in names}
    found |= {n for extra in place_extras().values() for n in extra.get("zh", ())}
    return frozenset(n for n in found if len(n) >= 2 and not n.startswith("=") and "*" not in n)


COUNTRY_LETTERS = 7


def _inside_country(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` part of a longer country's name that holds it: its end (尼西亚 in 印度尼西亚,
    几内亚 in 巴布亚新几内亚, 赤道几内亚) or its start where the country goes on as a transcription does,
    two name characters or more that are no common word (几内亚 in 几内亚比绍, Guinea-Bissau)? Not
    where a word follows (苏丹政府, the gazetteer's Sudanese government), nor a country's shortening
    (刚果金, Congo-Kinshasa: a Congo)."""
    for a in range(max(0, start - COUNTRY_LETTERS), start + 1):
        for b in range(end, min(len(text), a + COUNTRY_LETTERS) + 1):
            held = text[a:b]
            if (a, b) == (start, end) or held not in _countries():
                continue
            rest = text[end:b]
            if a < start or (
                len(rest) >= 2 and all(c in name_characters() for c in rest) and not _common_word([rest])
            ):
                return True
    return False


def _countries_before(text: str, start: int) -> list[int]:
    """Where the countries' names that end right before `start` begin (芬兰 in 芬兰赫尔辛基): the one check
    of `after_country` and `NationalNotInternational`."""
    countries = _countries()
    return [a for a in range(max(0, start - COUNTRY_LETTERS), start - 1) if text[a:start] in countries]


def after_country(text: str, start: int, end: int) -> bool:
    """Does a country's name end right before `text[start:end]` (芬兰赫尔辛基, 马里巴马科) and make no
    word with it (印度|尼西亚 is 印度尼西亚)? Then a name that starts there starts a word, whatever
    characters the country's name ends with."""
    starts = _countries_before(text, start)
    return any(text[a:end] not in _countries() and not known_word(text[a:end]) for a in starts)


def _common_word(candidates: Iterable[str]) -> bool:
    """Is one of `candidates` a common word?"""
    return any(len(word) > 1 and word_zipf(word) >= NEIGHBOUR_ZIPF for word in candidates)


# A katakana name inside a longer katakana run is part of another word (テスラ in マテスラ), unless
# what comes before it in the run is a word of its own: Japanese writes a firm's country on to its
# name (サウジアラムコ, Saudi Aramco). A word after the name makes another thing of it (マスクメロン,
# a muskmelon; トランプゲーム, a card game), so nothing may follow it in the run.
KNOWN_KATAKANA_ZIPF = 3.0
# Kana a word before a name has at least: wordfreq's Japanese list is MeCab's short units, among them
# two-kana pieces of longer words (イン, シン, ミン, ベア: インフラ, シンワル, ミンスク, ベアトリス).
KATAKANA_WORD_MIN = 3


def inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, a name in katakana, part of a longer katakana word? Not where the run
    before it is a word Japanese news uses often (wordfreq; サウジ before アラムコ), of three kana
    or more, and the whole run is none. The length
    marks right after it are its own (ゼレンスキー: matched without them, `SILENT_KANA`), but not a
    small ッ that ends the run: no name ends so, a sound word does (パリッと, crisp, not Paris)."""
    end = _past_marks(text, end)
    if end < len(text) and is_katakana(text[end]) and not _firm_suffix(text, end):
        return True
    if text[end - 1] in _CUT_SHORT:
        return True
    before = start
    while before > 0 and is_katakana(text[before - 1]):
        before -= 1
    if before < start and _known_katakana(text[before:end]):
        return True  # a word of its own (フラ in インフラ)
    return before < start and not (
        start - before >= KATAKANA_WORD_MIN and _known_katakana(text[before:start])
    )


# The katakana words Japanese writes on to a firm's name for its group (ソフトバンクグループ, トヨタグループ,
# セブン&アイ・ホールディングス written together): the firm itself, not another word.
_FIRM_SUFFIXES = ("グループ", "ホールディングス")


def _firm_suffix(text: str, at: int) -> bool:
    """Does one of `_FIRM_SUFFIXES` start at `at` and end the katakana run?"""
    return any(
        text.startswith(suffix, at)
        and not (at + len(suffix) < len(text) and is_katakana(text[at + len(suffix)]))
        for suffix in _FIRM_SUFFIXES
    )


_CUT_SHORT = frozenset("ッｯ")  # a small tsu, held at the end of a sound word (パリッと, ガツッ)


def _past_marks(text: str, end: int) -> int:
    while end < len(text) and text[end] in SILENT_KANA:
        end += 1
    return end


def _known_katakana(word: str) -> bool:
    return len(word) > 1 and _usage(word) >= KNOWN_KATAKANA_ZIPF


@lru_cache(maxsize=WORD_ANSWERS)
def _usage(word: str) -> float:
    """How common a Japanese word is (Zipf): a table query, kept as `_word_entry`'s are."""
    from monitor.lexicon.frequency import FREQUENCIES

    return FREQUENCIES.zipf(word, "ja")


# What Japanese news writes right after a person's or a firm's name: an honorific, a title, 社.
_NAME_MARKERS = (
    "氏",
    "さん",
    "様",
    "社",
    "首相",
    "大統領",
    "議員",
    "長官",
    "社長",
    "会長",
    "容疑者",
    "被告",
    "選手",
    "監督",
    "CEO",  # in Latin letters (アルトマンCEO)
    "政権",  # a leader's administration (ブッシュ政権); no common word has one
)


# The last character of a title Japanese news writes after a name, written in kanji (外相, 財務相,
# 上級代表, 事務総長, 国務長官, 総裁, 報道官, 大統領, 容疑者; a cleric, a monarch: ハメネイ師, チャールズ国王,
# フランシスコ教皇): a run of kanji after the name that ends so.
_TITLE_ENDS = frozenset("相長官領表裁員者督使席師王皇")
TITLE_KANJI = 6  # kanji a title has at most, but for one of the long titles' ends
# The ends of the long titles (外交安全保障上級代表, 最高経営責任者, 人権高等弁務官, 国際原子力機関事務局長):
# a run of up to LONG_TITLE_KANJI ending so is a title; another long run ending in 者 or 長 is mostly a
# noun of its own (着用義務違反者, a mask for Musk).
# Titles ending otherwise are taken at any length (総書記, 安全保障会議書記, 牧師, 博士).
_LONG_TITLE_ENDS = ("代表", "責任者", "弁務官", "長官", "総長", "委員長", "総裁", "大使", "議長", "局長")
# 知事: a governor (小池知事, 吉村大阪府知事); 皇太子, a crown prince (ムハンマド皇太子): not any 子,
# which ends given names (小池栄子 is no Yuriko Koike); 党首, a party's leader, and 元首, a head of state:
# not any 首 (自首, 機首); 理事, a board's member (クック理事, ゲオルギエワ専務理事), and 判事, a judge:
# not any 事 (人事, 記事); 顧問, an adviser (ユヌス首席顧問): not any 問; 元帥, a marshal (ムニール元帥);
# a player's position, a rider's or a professional's (ダルビッシュ投手, 内野手, 騎手, 棋士, 力士): not any 手
# (相手, 上手) nor 士 (紳士)
_OTHER_TITLE_ENDS = (
    "書記",
    "牧師",
    "博士",
    "弁護士",
    "知事",
    "皇太子",
    "党首",
    "元首",
    "理事",
    "判事",
    "顧問",
    "元帥",
    "投手",
    "捕手",
    "野手",
    "騎手",
    "棋士",
    "力士",
)
LONG_TITLE_KANJI = 10


def _titled(text: str, at: int) -> bool:
    """Does a title of kanji start at `at`: a run of kanji ending there (`_TITLE_ENDS`; not 相次ぐ)? A
    minister's portfolios joined by a dot go before it (ハーベック経済・気候保護相): the last is weighed.
    A country's one kanji may go before a portfolio in katakana (ライト米エネルギー長官, the US Energy
    Secretary): the title after the katakana is weighed."""
    run = at
    while run < len(text) and han(text[run]):
        run += 1
        if run + 1 < len(text) and text[run] in NAME_DOTS and han(text[run + 1]) and han(text[run - 1]):
            at = run = run + 1
    if run == at + 1 and text[at] in _FIRM_COUNTRIES and run < len(text) and is_katakana(text[run]):
        while run < len(text) and is_katakana(text[run]):
            run += 1
        return run < len(text) and han(text[run]) and _titled(text, run)
    if text[at:run].endswith(_OTHER_TITLE_ENDS):
        return run - at <= LONG_TITLE_KANJI
    if run - at > TITLE_KANJI:
        return run - at <= LONG_TITLE_KANJI and text[at:run].endswith(_LONG_TITLE_ENDS)
    return run > at and text[run - 1] in _TITLE_ENDS


def after_number(text: str, start: int) -> bool:
    """Does a number stand right before `start` (3テスラ, ５ペンス, 1.5ボルト)? Katakana there is a unit of
    measure or a currency, which Japanese writes straight after the figure; a name is not. A code of
    letters and figures is no number (F1モナコ, COP29バクー)."""
    at = start
    while at > 0 and (text[at - 1].isdecimal() or (text[at - 1] in ".,．，" and at < start)):
        at -= 1
    if at == start or not text[at:start][:1].isdecimal():
        return False
    return at == 0 or not unicodedata.normalize("NFKC", text[at - 1]).isascii() or not text[at - 1].isalpha()


@dataclass(frozen=True)
class WrittenAsWord:
    """A `CaseRule.within` check for one katakana spelling of a name (`own`): the hit is another word
    where the text writes it otherwise, with length marks or a small ッ the spelling lacks (matching
    drops them: `SILENT_KANA`), and so written it is a word Japanese news uses often, more than the
    rule's language uses the name (ソナ for a Sona matches the sonar ソナー), unless a title or an
    honorific follows it or a given name goes before it (ソナー氏 would be someone). A spelling that is
    itself such a word is weighed where it is compiled (`common_katakana_word`). So written, it is
    also the word where JMdict has it for the English word the name is spelt as (`word`), whatever
    English's frequency of that word (ジャージ, a tracksuit, for Jersey, whose spelling is ジャージー;
    ズーム, a camera's zoom, for the firm Zoom, whose transcription is ズム).
    Right after a number it is a unit, not a name (`after_number`: 3テスラ, 12ペンス, 100ボルト)."""

    own: str
    name_zipf: float  # how much the rule's language uses the name
    then: Callable[[str, int, int], bool] = inside_katakana_word  # asked first
    word: str = ""  # the rule's one word, folded (jersey)

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end) or after_number(text, start):
            return True
        after = _past_marks(text, end)
        written = text[start:after]
        if written == self.own:
            return False
        usage = _usage(written)
        # the text writes JMdict's word for the rule's own word: a known word is enough (ズーム, zoom,
        # 3.4, for Zoom's ズム), as the rule's language's frequency counts the word, not the name
        its_word = usage >= KNOWN_KATAKANA_ZIPF and self.word in loanword_glosses(written)
        if not its_word and (usage < KNOWN_KATAKANA_ZIPF or usage <= self.name_zipf):
            return False
        return not _marked_as_name(text, start, after)


@dataclass(frozen=True)
class StartsAnotherName:
    """A `CaseRule.within` check for a place's katakana: the hit starts another thing's name where a
    name's dot and a katakana word Japanese news uses often follow it (ワシントン・ポスト, a newspaper;
    ニューヨーク・タイムズ), unless that word is a place (`place`): places listed or paired with dots
    (ロシア・ウクライナ戦争, パリ・ロンドン間) are still the place. A dateline's ＝ (ワシントン＝ロイター)
    is no name's dot. Not for people and firms, whose rule's next word may follow so (ブリクスムーア・
    デイリー for Brixmoor Dairy)."""

    place: Callable[[str], bool]
    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        after = _past_marks(text, end)
        if after >= len(text) or text[after] not in NAME_DOTS:
            return False
        run = after + 1
        while run < len(text) and is_katakana(text[run]):
            run += 1
        word = text[after + 1 : run]
        return _known_katakana(word) and not self.place(word)


_PERSON_MARKERS = tuple(m for m in _NAME_MARKERS if m != "社")
_NAME_JOINTS = NAME_DOTS + "=＝"


def not_a_surname_alone(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, the katakana surname of a person's rule (Keir Starmer: スターマー) or a lone
    Japanese surname's kanji (森崎 for Morisaki) found without the given name, no mention of that
    person? Japanese news names a person by the surname and a title or an honorific (スターマー首相,
    ペリンガム氏, 森崎氏); so written, it is, and not otherwise (the surname alone may be a place, a
    firm or a word), nor after another given name (マリア・サンチェス議員) or inside a longer word."""
    inside = inside_japanese_word if han(text[start]) else inside_katakana_word
    if inside(text, start, end) or (start > 0 and text[start - 1] in _NAME_JOINTS):
        return True
    after = _past_marks(text, end)
    return not (text.startswith(_PERSON_MARKERS, after) or _titled(text, after))


def not_the_persons_surname_alone(text: str, start: int, end: int) -> bool:
    """`not_a_surname_alone` for the kanji surname of a person's rule of two words (Yoshihiko Noda:
    野田), which is also no mention of that person right before another Japanese given name (野田聖子
    元総務相, Seiko Noda; 河野洋平元衆院議長 for Taro Kono): a title after the other person's given name
    reads as one after the surname. The rule's own full name is matched as written (野田佳彦). A lone
    surname's rule (Noda) means anyone so called and keeps them. Nor where a JMdict word runs from the
    surname into the kanji after it (菅 for Yoshihide Suga in 菅笠, a sedge hat), or, for a surname of
    one kanji, it and the next are a word Japanese writes at all (`_usage`: 岸田, 菅原, other surnames
    before a title: 岸田首相 is no Nobusuke Kishi)."""
    if not_a_surname_alone(text, start, end):
        return True
    if not han(text[start]):
        return False
    one = end - start == 1 and end < len(text) and han(text[end]) and _usage(text[start : end + 1]) > 0
    return one or _before_given_name(text, end) or _word_runs_on(text, start, end)


def _word_runs_on(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` and the kanji after it, up to `GIVEN_KANJI` of them, a JMdict word?"""
    from monitor.lexicon.namesources import GIVEN_KANJI, japanese_word

    return any(
        end + n <= len(text) and han(text[end : end + n]) and japanese_word(text[start : end + n])
        for n in range(1, GIVEN_KANJI + 1)
    )


def _before_given_name(text: str, end: int) -> bool:
    """Does a Japanese given name start at `end`: JMnedict's, of two or three kanji, and no JMdict word
    starting inside it runs on past it (元幹 is a given name, but 幹事 in 元幹事長 makes it a title's
    start)? A JMdict word (顧問 in 顧問弁護士) is no given name, unless JMnedict gives it as one and an
    honorific or a former one's title follows it (直人, "an ordinary person", in 菅直人元首相 and 菅直人氏;
    not 厚生 in 厚生労働相, where a bare title may be more of a ministry's name). A title itself is none
    (博士: a name too in JMnedict)."""
    from monitor.lexicon.namesources import GIVEN_KANJI, japanese_given_name, japanese_word, simplified

    for n in range(2, GIVEN_KANJI + 1):
        given = text[end : end + n]
        if len(given) < n or not han(given) or not japanese_given_name(simplified(given)):
            continue
        word = japanese_word(given)
        if word and (_titled(given, 0) or not _names_title(text, end + n)):
            continue
        across = any(
            japanese_word(text[end + i : end + n + more])
            for i in range(1, n)
            for more in range(1, GIVEN_KANJI + 1)
            if end + n + more <= len(text) and han(text[end + n : end + n + more])
        )
        if not across:
            return True
    return False


# What goes before a title (元首相, 前外相, 氏): a former, a late, a present one
_TITLE_PREFIXES = ("元", "前", "故", "現")


def given_runs_on(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, a Japanese person's surname and given name in kanji, cut short of another
    given name or a word: its last kanji and the kanji after it, up to `GIVEN_KANJI` of them, a JMnedict
    given name or a JMdict word (谷川幸 in 谷川幸子, 遠藤航 in 遠藤航空, 北川進 in 北川進出)? A given name
    of one kanji (錦織圭, 遠藤航) is mostly the first of a longer one's; a title or an honorific after a
    name makes no word with it, and is weighed before words (阿部詩選手, though 詩選 is a word; 城内実経済
    安全保障相), not before given names (谷川幸子議員)."""
    from monitor.lexicon.namesources import GIVEN_KANJI, japanese_given_name, japanese_word, simplified

    if inside_japanese_word(text, start, end):
        return True
    runs = [text[end - 1 : end + n] for n in range(1, GIVEN_KANJI + 1) if end + n <= len(text)]
    runs = [r for r in runs if han(r)]
    if any(japanese_given_name(simplified(r)) for r in runs):
        return True
    if text.startswith(_PERSON_MARKERS, end) or _titled(text, end):
        return False
    return any(japanese_word(r) for r in runs)


def _names_title(text: str, at: int) -> bool:
    """Does an honorific (氏, さん) or a former, late or present one's title (元首相, 前外相) start at `at`?
    A bare title may go on a word before it (労働相 in 厚生労働相); after those prefixes a title starts."""
    if text.startswith(_PERSON_MARKERS, at):
        return True
    return text.startswith(_TITLE_PREFIXES, at) and _titled(text, at + 1)


# The last word of a title Chinese news writes right before a person it names by the surname alone
# (英国首相斯塔默, 德国前总理朔尔茨, 阿根廷总统米莱, 欧洲央行行长拉加德): a title is a closed class, as
# Japanese news's honorifics after a name are (`_NAME_MARKERS`).
_CHINESE_TITLES = (
    "总统",
    "总理",
    "首相",
    "主席",
    "部长",
    "外长",
    "防长",
    "行长",
    "议长",
    "议员",
    "发言人",
    "秘书长",
    "总干事",
    "大使",
    "特使",
    "国王",
    "女王",
    "王储",
    "教宗",
    "教皇",
    "市长",
    "州长",
    "省长",
    "总督",
    "总裁",
    "董事长",
    "执行官",
    "创始人",
    "候选人",
    "领导人",
    "领袖",  # 反对派领袖马查多
    "主帅",
    "教练",
    "将军",
    "司令",
    "局长",
    "署长",
    "法官",
    "检察官",
    "专员",
    "代表",  # 高级代表卡拉斯, 贸易代表格里尔
    "主任",
    "大臣",
    "国务卿",
    "长官",
    "书记",
    "学家",
    "作家",
    "教授",
    "律师",
    "记者",
    "导演",
    "歌手",
    "演员",
    "球星",
    "队长",
    "主教",
    "企业家",
    "富豪",
)


def not_a_chinese_surname_alone(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, the Chinese surname of a Western person's rule (Keir Starmer: 斯塔默) found
    without the given name, no mention of that person? Chinese news names a known person by the surname
    after a title (`_CHINESE_TITLES`: 英国首相斯塔默); so written it is the person, and not otherwise (the
    surname's characters alone may be another's name or a word: 奥特曼, Ultraman, for Sam Altman), nor
    inside a longer name or word (`inside_other_names`)."""
    if inside_other_names(text, start, end):
        return True
    return not text.endswith(_CHINESE_TITLES, 0, start)


def not_a_chinese_given_name_alone(text: str, start: int, end: int) -> bool:
    """`not_a_chinese_surname_alone` for a first name that the press uses alone (Indonesian, Thai:
    印尼总统普拉博沃), and not where a dot and a surname follow it: another person of that name."""
    return not_a_chinese_surname_alone(text, start, end) or text[end : end + 1] in tuple(NAME_DOTS)


# Words Chinese news writes right after a firm's, a place's or a body's name (宝马集团, 汉堡港, 吉利汽车).
_INSTITUTIONS = (
    "集团",
    "公司",
    "汽车",
    "股份",
    "控股",
    "电子",
    "科技",
    "银行",
    "品牌",
    "总部",
    "工厂",
    "董事长",
    "首席执行官",
    "总裁",
    "港",
    "市",
    "州",
    "省",
    "岛",
    "机场",
)
# What stands right before a name that opens a clause: its start, punctuation, or a preposition or a
# conjunction (与宝马合作, 据联想称, 在汉堡举行); not a measure word or an adverb (一匹宝马, 很吉利).
_CLAUSE_MARKS = "，,。；;：:！!？?、“”\"'‘’「」『』《》（）() \n"
_BEFORE_NAME = "与和及同跟对向据在于从赴"


# A name written as a word this frequent (现代 "modern" for Hyundai 5.2, 苹果 "apple" 5.0, 理想 "ideal"
# for Li Auto 4.8) opens a clause as the word far more often than as the name: only a firm's word after
# it, a country or a title before it mark it (现代汽车, 韩国现代). 联想 (4.3), 三星 (4.5): opening a
# clause is enough.
EVERYDAY_ZIPF = 4.6


def common_word_not_named(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, a name written as a common Chinese word (CC-CEDICT's: 联想 "to associate"
    for Lenovo, 宝马 "a fine horse" for BMW, 汉堡 "a hamburger" for Hamburg, 吉利 "lucky" for Geely),
    that word here? A name is marked as one: a firm's, a place's or a body's word after it (联想集团,
    汉堡港), a country or a title before it (德国汉堡), or it opens a clause (联想公布财报, 据联想称).
    Unmarked (这让人联想到, 一匹宝马, 很吉利) it is the word, as a common katakana word is in Japanese
    (`common_katakana_word`). Marked by what follows or precedes it, it is the name even inside a longer
    word (汉堡港 is a known word); opening a clause, not inside one (三星堆), unless the word is an
    everyday one (`EVERYDAY_ZIPF`)."""
    strong = (
        text.startswith(_INSTITUTIONS, end)
        or after_country(text, start, end)
        or text.endswith(_CHINESE_TITLES, 0, start)
    )
    if strong:
        return any(c in NAME_DOTS for c in text[start:end])
    if inside_other_names(text, start, end):
        return True
    if word_zipf(text[start:end]) >= EVERYDAY_ZIPF:
        return True  # 现代社会 opens a clause as often as 现代汽车 does
    return not (start == 0 or text[start - 1] in _CLAUSE_MARKS or text[start - 1] in _BEFORE_NAME)


def chinese_name_boundary(written: str) -> Callable[[str, int, int], bool]:
    """The `CaseRule.within` check for a name's Chinese writing `written`: `inside_other_names`, or
    `common_word_not_named` where CC-CEDICT has the writing as a common word too (联想, 宝马)."""
    from monitor.lexicon.namesources import common_chinese_word

    return common_word_not_named if common_chinese_word(written) else inside_other_names


# A Japanese given name after a firm's name: more common in Chinese than this, the characters are a word.
GIVEN_NAME_MAX_ZIPF = 3.0


@dataclass(frozen=True)
class BeforeGivenName:
    """A `CaseRule.within` check for a Japanese firm named after its founders' family (Toyota 丰田, Honda
    本田, Panasonic's 松下): followed by a Japanese given name that is no common Chinese word and that the
    likeliest cutting ends, the family's name is a person's (丰田章男, Akio Toyoda; 松下幸之助), not the
    firm's; not before a word (丰田汽车, 丰田和美国)."""

    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        from monitor.lexicon.namesources import GIVEN_KANJI, japanese_given_name

        if self.then(text, start, end):
            return True
        names = [
            n
            for n in range(2, GIVEN_KANJI + 1)
            if end + n <= len(text)
            and han(text[end : end + n])
            and japanese_given_name(text[end : end + n])
            and word_zipf(text[end : end + n]) < GIVEN_NAME_MAX_ZIPF
        ]
        if not names:
            return False
        # the given name ends where the likeliest cutting ends a word: 丰田和美国 is Toyota and America
        found = {cut + end for cut in cuts(text[end : end + GIVEN_KANJI + REACH], "zh")}
        return any(end + n in found for n in names)


# An international body's name begins so; its short form drops it (国际原子能机构: 原子能机构, the IAEA).
INTERNATIONAL = "国际"
NATIONAL = ("国家", "全国", "本国")


@dataclass(frozen=True)
class NationalNotInternational:
    """A `CaseRule.within` check for the short form of an international body's name, its full one without
    `INTERNATIONAL` (原子能机构 for 国际原子能机构): right after a country's name or a word for "national",
    ending a word of the likeliest cutting, it names that country's own body (中国国家原子能机构, 伊朗原子能
    机构), not the international one (联合国原子能机构 is still the IAEA)."""

    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        return text.endswith(NATIONAL, 0, start) or bool(_countries_before(text, start))


PERSON_PART_LEAST = 2  # characters of a name's other part, at least, beside a dot


@dataclass(frozen=True)
class PlaceInPersonsName:
    """A `CaseRule.within` check for a place's Chinese writing: the place's characters right after the
    dot that follows a person's given name are that person's surname (凯蒂·霍姆斯, Katie Holmes, and
    伊丽莎白·霍姆斯 are no Homs). The given name is the word of the likeliest cutting before the dot, of
    Han characters, no country's or city's name: two places joined by a dot stay places (阿勒颇·霍姆斯
    公路). A place before the dot is left alone (米兰·科尔蒂纳冬奥会: both are places)."""

    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        if start <= PERSON_PART_LEAST or text[start - 1] not in NAME_DOTS:
            return False
        left = max(0, start - 1 - REACH)
        found = {cut + left for cut in cuts(text[left : start - 1], "zh")}
        first = max((cut for cut in found if cut < start - 1), default=start - 1)
        return _a_persons_part(text[first : start - 1])


def _a_persons_part(part: str) -> bool:
    """Is `part`, before a dot and a place's writing, a person's given name: Han characters, no
    country's name, nor a large city's (阿勒颇·霍姆斯公路, the Aleppo-Homs road): a small town's writing
    is often a given name's too (伊丽莎白, Elizabeth and Elizabethtown; 维多利亚)."""
    from monitor.lexicon.namesources import cities

    if len(part) < PERSON_PART_LEAST or not han(part) or part in _countries():
        return False
    return all(city.population < PAIRED_CITY_POPULATION for city in cities(part))


PAIRED_CITY_POPULATION = 100_000  # a city this large before a dot and a place pairs them as places


def inside_japanese_word(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]`, a name in kanji in Japanese text, the end of a word that starts before it:
    the kanji right before it and its first one a common Japanese word (京都 in 東京都, 東京|都; 高市 in
    最高市場, 最高|市場)? Japanese runs kanji words together with no space, and a name of two kanji is
    often two words' halves. A title or an honorific follows a name and a place's kanji go before it
    (首相, 氏; 米国務長官), which make no word with it."""
    if start == 0 or not han(text[start - 1]):
        return False
    return _usage(text[start - 1 : start + 1]) >= COMMON_ZIPF


def common_katakana_word(text: str, start: int, end: int) -> bool:
    """`inside_katakana_word`, or, for a name whose katakana is also a common Japanese word (マスク,
    a mask, for Musk), not marked as a name: no honorific or title after it (マスク氏, カラス上級代表)
    and no given name before it (イーロン・マスク). Only where the text writes the common word: a
    name's katakana matches a word's with its length marks or ッ (マースク, Maersk, as マスク; メッシ
    as メシ), and written with them it is no such word."""
    return _unmarked_word(text, start, end, COMMON_ZIPF)


def own_katakana_word(text: str, start: int, end: int) -> bool:
    """`common_katakana_word` for a name whose katakana is the Japanese word for its own English word
    (`names.its_own_word`: チワワ, the dog, for Chihuahua; タバスコ, the sauce), which may be less
    common: any word Japanese writes (`WRITTEN_ZIPF`) is that word unless marked as a name (チワワ州)."""
    return _unmarked_word(text, start, end, WRITTEN_ZIPF)


# A katakana word wordfreq lists at all: JMdict's word for the name's own (タバスコ 2.8) is written so,
# a name's other spelling mostly not (バース for Bath)
WRITTEN_ZIPF = 1.0


@dataclass(frozen=True)
class PlaceAsWord:
    """A `CaseRule.within` check for a place's katakana: the hit is a word, not the place, where the
    text writes a word JMdict glosses in lower case as the place's own (`word`: コニャック, the brandy,
    for Cognac; カマンベール, the cheese) or as another that Japanese writes (`KNOWN_KATAKANA_ZIPF`:
    リール, a reel, for Lille; バス, a bus, for Bath), unless marked as a place (`_marked_as_name`:
    フランス北部リール, ドイツのボン, リール市内). News names a place with its country, its part of it,
    its unit or what a town has; a thing goes bare. How much English writes the place's name says
    nothing of which one a Japanese sentence means, so it is not weighed, as it is for a firm's name
    that is its own word (`names.its_own_word`: ビザ). Not for a country, which Japanese writes bare
    (イラン, not JMdict's castor oil plant; トルコ, not turquoise)."""

    word: str  # the place's one word, folded (cognac)
    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        after = _past_marks(text, end)
        return place_word(text[start:after], self.word) and not _marked_as_name(text, start, after)


@dataclass(frozen=True)
class InsideAnotherCountry:
    """A `CaseRule.within` check for a country's katakana: the hit is inside another country's name
    that holds it after kanji (`names.countries_holding`: 南スーダン, South Sudan, for Sudan; 赤道ギニア,
    Equatorial Guinea, for Guinea), where no katakana boundary tells them apart."""

    longer: tuple[str, ...]  # the other countries' names
    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        own = text[start:end]
        for name in self.longer:
            at = name.find(own)
            while at >= 0:
                if start >= at and text.startswith(name, start - at):
                    return True
                at = name.find(own, at + 1)
        return False


THING_KANJI = 3  # kanji a thing named after a place has after the place's katakana (パナマ帽, ローマ字)


@dataclass(frozen=True)
class NamedAfterPlace:
    """A `CaseRule.within` check for a place's katakana: the hit is a thing named after the place where
    the katakana and the kanji after it are one JMdict word (`named_after_place`: パナマ帽, a panama
    hat; ローマ字, the Latin alphabet, for Rome), as English writes such a thing in lower case (panama)
    or names it otherwise. A word JMdict glosses with the place's own name (パリ協定, Paris Agreement;
    ジャワ原人, Java man) is the place's, and so is a country's language or people (ドイツ語, German), as
    English names them after the country."""

    name: str  # the place's name as the rule writes it (Panama, Rome)
    country: bool  # a country, whose words' glosses name it by an adjective (German), not its name
    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        after = _past_marks(text, end)
        if _in_the_manner(text, after, self.country):
            return True
        return any(
            named_after_place(text[start : after + n], self.name, self.country)
            for n in range(1, THING_KANJI + 1)
            if after + n <= len(text) and han(text[after : after + n])
        )


# What Japanese writes after a noun to make a manner of it (風, ふう: ミラノ風ドリア, a Milan-style gratin)
# or, but for a country (ロシア色, a Russian colouring, is the country's), a colour (ボルドー色, burgundy)
_MANNER, _COLOUR = "風", "色"


def _in_the_manner(text: str, at: int, country: bool) -> bool:
    """Does a manner's or a colour's suffix stand at `at`, right after a place's katakana, as a word's
    end (not 風力, wind power, nor 色彩, which go on as words of their own)?"""
    if at >= len(text) or text[at] not in (_MANNER if country else _MANNER + _COLOUR):
        return False
    return at + 1 >= len(text) or not han(text[at + 1])


@lru_cache(maxsize=WORD_ANSWERS)
def named_after_place(word: str, name: str, country: bool) -> bool:
    """Is `word`, a place's katakana and kanji, a JMdict word for a thing named after the place `name`:
    glossed with the name in lower case (panama hat), or, but for a country, never with the name
    (ローマ字: Latin alphabet, Roman alphabet) or as a food, plant or substance (`THING_FILES`, by
    WordNet: ボルドー液, Bordeaux mixture, a fungicide; as Chinese 波尔多液 is), not the place's
    agreement or man (パリ協定, ジャワ原人)?"""
    from monitor.lexicon.namesources import japanese_word_glosses

    glosses = japanese_word_glosses(word)
    if not glosses:
        return False
    lower = re.compile(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])")
    if any(lower.search(g) for g in glosses):
        return True
    if country:
        return False
    return not any(name in g for g in glosses) or any(_names_a_thing(g, name) for g in glosses)


def _names_a_thing(gloss: str, name: str) -> bool:
    """Is `gloss`, a JMdict gloss, the place `name` and a noun WordNet first files as a food, plant or
    substance (Bordeaux mixture (fungicide): mixture, noun.substance)?"""
    from monitor.lexicon.sources.wordnets import noun_kinds

    words = re.sub(r"\([^)]*\)", "", gloss).split()
    if len(words) < 2 or words[0] != name:
        return False
    kinds = noun_kinds(words[-1])
    return bool(kinds) and kinds[0] in THING_FILES


@dataclass(frozen=True)
class KanjiAsWord:
    """A `CaseRule.within` check for a person's or a firm's kanji that are also a common word the
    dictionaries translate as something else (`names.kanji_word`: 森, a forest, for Mori; 朝日, the
    morning sun, for Asahi): the word where no kanji follow them (森元首相, 朝日新聞 go on as a name
    does) and nothing marks them as a name or a place (`_marked_as_name`: 森氏, 朝日は…と発表した,
    北部の森)."""

    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        if end < len(text) and han(text[end]):
            return False
        return not _marked_as_name(text, start, end)


@dataclass(frozen=True)
class BeforeQuantity:
    """A `CaseRule.within` check for a firm's or a person's kanji that JMdict also gives a common sense
    of (`quantity_word`: 日産, Nissan and "daily output"): right before a figure, the common word
    measures it (日産10万バレル, 100,000 barrels a day; 日産500台), as a name is not written."""

    then: Callable[[str, int, int], bool]  # asked first

    def __call__(self, text: str, start: int, end: int) -> bool:
        if self.then(text, start, end):
            return True
        return end < len(text) and unicodedata.normalize("NFKC", text[end]).isdecimal()


@lru_cache(maxsize=WORD_ANSWERS)
def quantity_word(kanji: str) -> bool:
    """Does JMdict give `kanji`, a name's writing, a common sense beside the name: a gloss in lower case
    (日産: daily output, and Nissan)?"""
    from monitor.lexicon.namesources import japanese_word_glosses

    return any(g[:1].islower() for g in japanese_word_glosses(kanji))


@lru_cache(maxsize=WORD_ANSWERS)
def place_word(katakana: str, word: str) -> bool:
    """Is `katakana` a Japanese word JMdict glosses as `word` or, written as often as
    `KNOWN_KATAKANA_ZIPF`, as another (`PlaceAsWord`)?"""
    glosses = loanword_glosses(katakana)
    return bool(glosses) and (word in glosses or _usage(katakana) >= KNOWN_KATAKANA_ZIPF)


def _unmarked_word(text: str, start: int, end: int, floor: float) -> bool:
    """Is the katakana at `text[start:end]` inside a longer katakana word, or, as the text writes it, a
    word at least `floor` common and not marked as a name (`_marked_as_name`)?"""
    if inside_katakana_word(text, start, end):
        return True
    after = _past_marks(text, end)
    if _usage(text[start:after]) < floor:
        return False
    return not _marked_as_name(text, start, after)


# The one kanji Japanese news writes before a foreign firm for its country (米メタ, Meta; 英シェル, Shell;
# 独フォルクスワーゲン): the United States, Britain, Germany, France, Russia, Italy, Canada, Australia,
# the Netherlands, Switzerland, South Korea, India.
_FIRM_COUNTRIES = frozenset("米英独仏露伊加豪蘭瑞韓印")
# What Japanese news writes right before a firm's name for its trade: a big one of it (石油大手シェル,
# 決済大手ビザ, 小売り大手ターゲット), as a country's kanji goes before a foreign firm; or what it owns
# or is owned by (グーグルの親会社アルファベット, a parent; 子会社, a subsidiary).
_FIRM_TRADE = ("大手", "親会社", "子会社")


# What Japanese news writes of a firm after its name and の (アップルの株価, シャープの社長): its shares,
# results, officers and seat, which no common word has; and a brand's owner, the firm holding it
# (コーチを傘下に持つタペストリー).
_FIRM_NOUNS = (
    "株価",
    "株式",
    "決算",
    "社長",
    "会長",
    "最高経営責任者",
    "売上高",
    "純利益",
    "営業利益",
    "本社",
    "株主",
)
_HELD = "を傘下に"
# The verbs a firm, a body or a person announces with, ending a sentence whose subject the name is
# (シャープは、…停止すると発表した): a common word announces nothing.
_ANNOUNCED = ("発表した", "明らかにした", "公表した", "発表する", "明らかにする", "発表")
_SENTENCE_ENDS = "。！？!?\n"
_CLAUSE_STARTS = "、。「『（(\n 　"


def _firm_noun(text: str, at: int) -> bool:
    """Does the run of kanji at `at` start with a firm's noun, or end with one where it names the
    officer first (楽天の三木谷浩史会長兼社長)?"""
    run = at
    while run < len(text) and han(text[run]):
        run += 1
    return text.startswith(_FIRM_NOUNS, at) or text[at:run].endswith(_FIRM_NOUNS)


def _firm_context(text: str, start: int, after: int) -> bool:
    """Is the katakana at `text[start:after]` a firm's name by what follows it: の and a firm's noun
    (`_firm_noun`), its owner's words (`_HELD`), or は at a clause's start in a sentence that ends
    announcing something (`_ANNOUNCED`)?"""
    if text.startswith(_HELD, after) or (text.startswith("の", after) and _firm_noun(text, after + 1)):
        return True
    if not text.startswith("は", after) or (start > 0 and text[start - 1] not in _CLAUSE_STARTS):
        return False
    stop = after
    while stop < len(text) and text[stop] not in _SENTENCE_ENDS:
        stop += 1
    return text[after:stop].rstrip("」』）)").endswith(_ANNOUNCED)


# What Japanese news writes right before a place's name, with or without の: the state, prefecture or
# province it is in, or the part of its country (アリゾナ州フェニックス, アイルランド南部のコーク); not 首都
# alone, which also goes before a common word (首都バス; `_CAPITALS`).
_PLACE_BEFORE = (
    "州",
    "県",
    "省",
    "北部",
    "南部",
    "東部",
    "西部",
    "中部",
    "北東部",
    "北西部",
    "南東部",
    "南西部",
    "領",  # a territory of a country (英王室属領ジャージー, 仏領ポリネシア)
    # a city, a town, a port town or a town's streets standing for it (東部の都市ゴマ, 港町モカ, 世界遺産の
    # 街バス): the name in apposition to what it is
    "都市",
    "町",
    "街",
)
# ...and right after it: what a town has or what is near it (リール市内, フェニックス市警, リール近郊), or
# 市, 州, 県, 港, a town's 町, a village's 村 or an island's 島 ending the word or before what is near
# (バッファロー市で, モカ港付近, カマンベール村には, ジャージー島で; not マスク市場).
_PLACE_AFTER = (
    "市内",
    "市長",
    "市警",
    "市議会",
    "市当局",
    "市街",
    "近郊",
    "郊外",
    "空港",
    "中心部",
    "付近",
    "周辺",
)
# ...or its country's name and の or a dot (ドイツのボン, トルコ・イスタンブール), or a country's capital
# or an old capital (旧西独の首都ボン, 古都バース; not 首都バス, a bus line)
_OF_COUNTRY = ("の", "・")
_CAPITALS = ("の首都", "古都")
_NEAR = ("付近", "周辺")
_PLACE_UNITS = frozenset("市州県港町村島")
# ...and what a town's, a state's or a prefecture's unit goes on to: its authorities, government,
# governor, assembly, police, or what is inside it (チワワ州当局, アリゾナ州知事, リール市内)
_UNIT_BODIES = ("当局", "政府", "知事", "議会", "警察", "内")


def _place_context(text: str, start: int, after: int) -> bool:
    """Is the katakana at `text[start:after]` a place's name by what stands beside it (`_PLACE_BEFORE`,
    `_PLACE_AFTER`, `_PLACE_UNITS`, `_UNIT_BODIES`, `_CAPITALS`, a country's name)? A common word has
    no state before it and no city hall after it."""
    unit = after < len(text) and text[after] in _PLACE_UNITS
    ended = unit and (
        after + 1 == len(text)
        or not han(text[after + 1])
        or text.startswith(_NEAR, after + 1)
        or text.startswith(_UNIT_BODIES, after + 1)
    )
    return (
        ended
        or text.startswith(_PLACE_AFTER, after)
        or text.endswith(_PLACE_BEFORE + _CAPITALS, 0, start)
        or (text.startswith("の", start - 1) and text.endswith(_PLACE_BEFORE, 0, start - 1))
        or _after_country(text, start)
    )


def _after_country(text: str, start: int) -> bool:
    """Does a country's Japanese name and の or a dot stand right before `start` (ドイツのボン)?"""
    if start < 2 or text[start - 1] not in _OF_COUNTRY:
        return False
    end = start - 1
    return any(
        text[end - n : end] in _japanese_countries() for n in range(2, COUNTRY_LETTERS + 1) if end >= n
    )


@cache
def _japanese_countries() -> frozenset[str]:
    """Countries' Japanese names (CLDR's and the place gazetteer's: ドイツ, 英国, 米国)."""
    from monitor.concepts import cldr_names, place_extras

    found = {n for names in cldr_names("ja").values() for n in names}
    found |= {n for extra in place_extras().values() for n in extra.get("ja", ())}
    return frozenset(n for n in found if len(n) >= 2 and not n.startswith("=") and "*" not in n)


def _marked_as_name(text: str, start: int, after: int) -> bool:
    """Whether katakana at `text[start:after]` (its length marks included) is marked as a name: an
    honorific or a title after it (マスク氏, カラス上級代表), a firm's group after it, written on or
    after a name's dot (キリンホールディングス, アーム・ホールディングス), a name's dot before it
    (イーロン・マスク), a firm's trade before it (石油大手シェル) or a firm's country, one kanji standing
    alone, before it (米メタ, not 欧米メタ), or a firm's context after it (`_firm_context`: アップルの株価,
    シャープは…と発表した), or a place's (`_place_context`: アリゾナ州フェニックス, リール市内)."""
    marked = (
        text.startswith(_NAME_MARKERS, after)
        or _titled(text, after)
        or _firm_suffix(text, after)
        or (after < len(text) and text[after] in NAME_DOTS and _firm_suffix(text, after + 1))
        or text.endswith(_FIRM_TRADE, 0, start)
        or _firm_context(text, start, after)
        or _place_context(text, start, after)
    )
    country = start > 0 and text[start - 1] in _FIRM_COUNTRIES and (start < 2 or not han(text[start - 2]))
    return marked or country or (start > 0 and text[start - 1] in NAME_DOTS)
