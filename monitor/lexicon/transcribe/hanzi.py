"""Latin spellings into Chinese characters, after the Xinhua agency's table for foreign names.

Chinese news writes a foreign name no dictionary has by sound, one character per syllable,
with the characters of Xinhua's transcription table (托马斯·布兰特纳 Tomas Brandtner). This is
an abridged form of that table: a character for each consonant before a, i, u, e, o, for a
consonant alone, and for a syllable closed by n. The exact character a writer picks varies
more than in any alphabet (斯塔默 Starmer, not 斯塔马), so this is the weakest transcription.
Which characters writers use for each sound, and how often, is counted over CC-CEDICT's
one-word proper names and GeoNames' Chinese names of cities outside East Asia (`learn.py`
writes `costs.json`): the counts order each sound's characters and add those the table
lacks (泽连斯基: 连 for len), and a word's readings are its cheapest combinations.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping
from functools import cache
from itertools import zip_longest

from monitor.lexicon.transcribe.costs import measured
from monitor.lexicon.transcribe.engine import edit_distance
from monitor.lexicon.transcribe.syllables import VOWELS, Unit, respell, units

# onset: characters before a i u e o, then the character for the consonant alone
_OPEN: dict[str, str] = {
    "": "阿伊乌埃奥", "b": "巴比布贝博布", "p": "帕皮普佩波普", "m": "马米穆梅莫姆", "f": "法菲富费福夫",
    "v": "瓦维武韦沃夫", "w": "瓦威伍韦沃夫", "d": "达迪杜德多德", "t": "塔蒂图特托特", "n": "纳尼努内诺恩",
    "l": "拉利卢莱洛尔", "r": "拉里鲁雷罗尔", "g": "加吉古格戈格", "k": "卡基库凯科克", "q": "卡基库凯科克",
    "h": "哈希胡赫霍赫", "kh": "哈希胡赫霍赫", "j": "贾吉朱杰乔吉", "dj": "贾吉朱杰乔吉", "dzh": "贾吉朱杰乔吉",
    "z": "扎齐祖泽佐兹", "ts": "察齐楚策措茨", "s": "萨西苏塞索斯", "sh": "沙希舒谢肖什", "sch": "沙希舒谢肖什",
    "ch": "查奇丘切乔奇", "tch": "查奇丘切乔奇", "tsch": "查奇丘切乔奇", "zh": "扎日茹热若日", "y": "亚伊尤耶约伊",
}  # fmt: skip
# onset: characters for an, in, un, en, on
_NASAL: dict[str, str] = {
    "": "安因温恩翁", "b": "班宾本本邦", "p": "潘平彭彭庞", "m": "曼明蒙门蒙", "f": "凡芬丰芬丰",
    "v": "万文文文翁", "w": "万温温文翁", "d": "丹丁敦登东", "t": "坦廷通滕通", "n": "南宁农嫩农",
    "l": "兰林伦伦隆", "r": "兰林伦伦隆", "g": "甘金贡根贡", "k": "坎金昆肯孔", "h": "汉欣洪亨洪",
    "kh": "汗欣洪亨洪", "j": "詹金容真琼", "z": "赞津尊曾宗", "s": "桑辛孙森松", "sh": "尚辛顺申雄",
    "ch": "钱钦琼琴琼", "ts": "灿钦聪琴宗", "y": "扬因云延永",
}  # fmt: skip


# Diphthongs ai/ei (German ei is ai: Solheim 索尔海姆), by onset.
_AI: dict[str, str] = {
    "": "艾", "b": "拜", "d": "代", "h": "海", "k": "凯", "l": "莱", "r": "赖", "m": "迈", "n": "奈", "s": "赛",
    "t": "泰", "z": "宰", "f": "费", "v": "瓦", "w": "怀", "g": "盖", "p": "派", "sh": "夏", "ch": "柴",
}  # fmt: skip
# The diphthong au (German au, English ow: Sheinbaum 辛鲍姆, Nauru 瑙鲁), by onset.
_AU: dict[str, str] = {
    "": "奥", "b": "鲍", "p": "保", "m": "毛", "f": "福", "d": "道", "t": "陶", "n": "瑙", "l": "劳", "r": "劳",
    "g": "高", "k": "考", "h": "豪", "z": "藻", "s": "绍", "sh": "绍", "ch": "乔", "v": "沃", "w": "沃",
}  # fmt: skip
# Second readings of a syllable that news writers often use instead of the table's. Xinhua writes an
# Arabic, Persian or Urdu kh before an as 汗 (Khan 汗, Khan Younis 汗尤尼斯), also 汉 in other names.
_SECOND: dict[str, tuple[str, ...]] = {
    "利": ("里", "丽", "莉", "立"), "里": ("利", "丽"), "纳": ("娜",), "亚": ("娅",), "伦": ("连",), "莱": ("勒",),
    "汗": ("汉",), "佩": ("彼",), "肖": ("绍", "朔"), "西": ("夏",), "苏": ("索",), "马": ("默",), "塞": ("泽", "瑟"), "内": ("尼",),
    "兹": ("斯", "茨"), "琴": ("岑",), "威": ("惠",), "阿": ("亚",), "菲": ("费",), "特": ("德",), "德": ("特",), "贝": ("比",), "希": ("谢",), "嫩": ("宁",), "措": ("佐",),
}  # fmt: skip


_ER = {"sh": ("舍尔",), "sch": ("舍尔",), "l": ("勒",)}


# Xinhua's characters for a woman's given name, in place of the table's for the same sound (Lucia
# 露西娅, Monica 莫妮卡, Elena 叶莲娜): what each table character becomes in a woman's name.
_FEMININE = {
    "斯": "丝", "亚": "娅", "纳": "娜", "利": "莉", "里": "丽", "尼": "妮", "林": "琳", "卢": "露", "代": "黛",
    "迪": "蒂", "巴": "芭", "萨": "莎", "沙": "莎", "瓦": "娃", "维": "薇", "马": "玛", "罗": "萝", "西": "茜",
    "雷": "蕾", "夫": "芙", "基": "琪", "列": "莲", "连": "莲", "廷": "婷", "塞": "瑟",
}  # fmt: skip
FEMININE = str.maketrans(_FEMININE)


def hanzi(word: str, limit: int = 3, final_e: bool = False) -> list[str]:
    """Characters for one lower-case ASCII word (`brandtner` -> 布兰特纳), likeliest first.

    Each sound's characters are the table's, ordered and widened by how often Chinese writes
    each one for that sound (`learn.py` counts them over CC-CEDICT's and GeoNames' transcribed
    names: `costs.json`); the cheapest combinations come first.
    """
    return [r for r in cheapest(keyed_pieces(word, final_e), limit) if r]


SPREAD_OPTIONS = 4  # characters per sound that `spread_hanzi` writes the name with
SPREAD_PIECES = 3  # for names of this many sounds or more


def spread_hanzi(word: str) -> list[str]:
    """The likeliest characters for `word`, then each sound's other likely characters (up to
    `SPREAD_OPTIONS`) with the others at their likeliest: every character a writer may pick for
    each sound is in some reading, so a matcher that takes each position's characters as a set
    (the rule compiler does, for Chinese) finds every combination (贝亚特丽斯: 亚 and 丽 are
    second choices of two sounds, a combination far down the cheapest ones)."""
    learned = measured("zh")
    pieces = [[o for o, _ in _priced(options, learned.get(key, {}))] for key, options in keyed_pieces(word)]
    if len(pieces) < SPREAD_PIECES:  # two characters' every combination makes ordinary words
        return []
    pieces = [
        list(
            dict.fromkeys(
                [*options[:SPREAD_OPTIONS], *(h for o in options[:SPREAD_OPTIONS] for h in homophones(o))]
            )
        )
        for options in pieces
    ]
    best = [options[0] for options in pieces]
    # a sound the likeliest reading leaves unwritten (r in Starmer 斯塔默) is written as often (吉列尔莫):
    # the spread is made around both, so each length's readings have each sound's characters
    said = [next((o for o in options if o), "") for options in pieces]
    out = []
    for around in dict.fromkeys(("".join(best), "".join(said))):
        base = best if around == "".join(best) else said
        out.append(around)
        for i, options in enumerate(pieces):
            for option in options[1:]:
                if option or base[i] == "":
                    out.append("".join([*base[:i], option, *base[i + 1 :]]))
    # a reading of two characters spread so is mostly another name or a word (Merz: 万斯, Vance; 摩斯)
    return [r for r in dict.fromkeys(out) if len(r) >= SPREAD_PIECES]


def cheapest(pieces: list[tuple[str, list[str]]], limit: int) -> list[str]:
    """The `limit` cheapest spellings of a word's pieces: each piece's measured costs where
    there are some, its options' ranks where not."""
    learned = measured("zh")
    beam: list[tuple[float, str]] = [(0.0, "")]
    for key, options in pieces:
        costs = learned.get(key, {})
        priced = _priced(options, costs)
        grown = [(cost + extra, text + option) for cost, text in beam for option, extra in priced]
        beam = heapq.nsmallest(limit * 3, grown, key=lambda pair: pair[0])
    seen: dict[str, None] = {}
    for _, text in sorted(beam, key=lambda pair: pair[0]):
        seen.setdefault(text, None)
    return list(seen)[:limit]


def _priced(options: list[str], costs: Mapping[str, float]) -> list[tuple[str, float]]:
    """A piece's options with their costs: measured ones (plus the options the counts found that
    the table lacks, `_LEARNED_MAX` at most), the table's by rank where the counts are silent."""
    if not costs:
        return [(o, float(rank)) for rank, o in enumerate(options)]
    out = {o: costs.get(o, _UNSEEN + rank / 2) for rank, o in enumerate(options)}
    for option, cost in costs.items():
        if option not in out and cost <= _LEARNED_MAX:
            out[option] = cost
    return sorted(out.items(), key=lambda pair: pair[1])


_UNSEEN = 1.0  # a table option the counts never saw: after the seen ones, in the table's order
_LEARNED_MAX = 4.0  # an option only the counts have, kept when at most this much rarer than the usual


HOMOPHONES = 3  # other characters of a sound's usual character's sound, most used in names first
HOMOPHONE_SHARE = 0.05  # used in names at least this share as often as the sound's most used character
HOMOPHONE_MAX_ZIPF = 6.5  # and no word as common as 的


def homophones(char: str) -> list[str]:
    """The other characters transcribed names write `char`'s sound with (德: 得; 卢: 鲁, 路), from
    the counts `learn.py zh-sounds` made over CC-CEDICT's and GeoNames' names."""
    return _homophones().get(char, [])


@cache
def _homophones() -> dict[str, list[str]]:
    from monitor.lexicon.frequency import FREQUENCIES

    by_sound: dict[str, list[list[str]]] = {}  # a character's sounds' other characters, likeliest first
    for chars in measured("zh-sounds").values():
        ranked = sorted(chars.items(), key=lambda item: -item[1])
        if not ranked:
            continue
        top = ranked[0][1]
        usable = [
            c
            for c, n in ranked
            if n >= top * HOMOPHONE_SHARE and FREQUENCIES.zipf(c, "zh") < HOMOPHONE_MAX_ZIPF
        ]
        for char in usable:
            by_sound.setdefault(char, []).append([c for c in usable if c != char])
    # A character of two sounds takes the likeliest others of each in turn (奇, ji and qi: 基, 齐),
    # not all of its first sound's.
    out: dict[str, list[str]] = {}
    for char, sounds in by_sound.items():
        turns = (c for rank in zip_longest(*sounds) for c in rank if c is not None)
        out[char] = list(dict.fromkeys(turns))[:HOMOPHONES]
    return out


def name_uses(char: str) -> float:
    """In how many of CC-CEDICT's and GeoNames' transcribed names `char` stands (斯 1381, 日 48; 0 for
    a character no such name has): how surely a character next to a name is a piece of another."""
    return _name_uses().get(char, 0.0)


def name_sound(text: str) -> str | None:
    """The sounds transcribed names give `text`'s characters, in toneless pinyin (尼古拉: nigula), each
    character its most used one; None where a character is no transcription's (a hyphen is skipped:
    让-吕克 is ranglvke)."""
    sounds = _sounds()
    found = [sounds.get(c) for c in text if c != "-"]
    return None if not found or None in found else "".join(s for s in found if s)


@cache
def _sounds() -> dict[str, str]:
    """Each transcription character's most used sound (卡: ka, not qia), from `learn.py zh-sounds`."""
    best: dict[str, tuple[float, str]] = {}
    for sound, chars in measured("zh-sounds").items():
        for char, used in chars.items():
            if used > best.get(char, (0.0, ""))[0]:
                best[char] = (used, sound)
    return {char: sound for char, (_, sound) in best.items()}


def sound_distance(a: str, b: str) -> float:
    """The edit distance of two sound strings over the longer one's length (0.0 alike, 1.0 nothing shared)."""
    return edit_distance(a, b) / max(len(a), len(b), 1)


@cache
def _name_uses() -> dict[str, float]:
    out: dict[str, float] = {}
    for chars in measured("zh-sounds").values():
        for char, used in chars.items():
            out[char] = max(out.get(char, 0.0), used)
    return out


NAME_CHARACTER_USES = 20  # a character the counts add to the table's (`_priced`) used in this many names
NAME_CHARACTER_MAX_ZIPF = 5.0  # and no commoner as a word of its own than 斯 or 克 (not 大, 市, 美)


@cache
def name_characters() -> frozenset[str]:
    """The table's characters and those the counts add that many transcribed names use (伯 弗 列 朗):
    where a transcribed name goes on (`boundaries`)."""
    from monitor.lexicon.frequency import FREQUENCIES

    learned = {
        c
        for costs in measured("zh").values()
        for option, cost in costs.items()
        if cost <= _LEARNED_MAX
        for c in option
    }
    return TRANSCRIPTION_CHARACTERS | frozenset(
        c
        for c in learned
        if name_uses(c) >= NAME_CHARACTER_USES and FREQUENCIES.zipf(c, "zh") < NAME_CHARACTER_MAX_ZIPF
    )


# An Armenian surname's -sian, -syan, -sjan is one syllable, 相 (Sargsyan 萨尔基相, Petrosyan 彼得罗相).
_SYAN = re.compile(r"(?<=[a-z])s{1,2}[iyj]an$")


# A place name's last part that Xinhua writes with one character of its own, not by its letters'
# sounds: German and Nordic -burg, -bourg, -borg as 堡 (Freiburg 弗赖堡, Helsingborg 赫尔辛堡),
# English -town as 敦 or 顿 (Georgetown 乔治敦, Charlestown 查尔斯顿). The letters' reading stays
# beside them (a person's name ends so too: Goldburg).
_SUFFIXES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (_SYAN, "syan$", ("相",)),
    (re.compile(r"(?<=[a-z]{2})(?:burgh?|bou?rg)$"), "burg$", ("堡",)),
    (re.compile(r"(?<=[a-z]{2})town$"), "town$", ("敦", "顿")),
    # Nordic -berg and -ström as Xinhua's Swedish table writes them (Holmberg 霍尔姆贝里, Varberg 瓦尔贝里;
    # Lindström 林德斯特伦), beside the German -berg's 贝格
    (re.compile(r"(?<=[a-z]{2})berg$"), "berg$", ("贝格", "贝里")),
    (re.compile(r"(?<=[a-z]{2})strom$"), "strom$", ("斯特伦", "斯特罗姆")),
    # Nordic -qvist, -kvist, its qv one syllable (Lindqvist 林德奎斯特, Blomqvist 布洛姆奎斯特)
    (re.compile(r"(?<=[a-z]{2})[qk]vist$"), "kvist$", ("奎斯特", "克维斯特")),
    # English, German and Dutch -land and -dam, their final d unwritten (Finland 芬兰, Maryland 马里兰,
    # Auckland 奥克兰; Amsterdam 阿姆斯特丹, Rotterdam 鹿特丹); English -ham (Nottingham 诺丁汉, Birmingham
    # 伯明翰, Fulham 富勒姆)
    (re.compile(r"(?<=[a-z]{2})land$"), "land$", ("兰",)),
    (re.compile(r"(?<=[a-z]{3})dam$"), "dam$", ("丹",)),
    (re.compile(r"(?<=[a-z]{3})ham$"), "ham$", ("汉", "翰", "姆")),
)


# Every character the table writes a foreign name with (for telling where a name stops: `boundaries`).
TRANSCRIPTION_CHARACTERS = (
    frozenset(c for table in (_OPEN, _NASAL, _AI, _AU) for row in table.values() for c in row)
    | frozenset(c for first, others in _SECOND.items() for c in (first, *others))
    | frozenset(_FEMININE.values())
    | frozenset(c for pattern, _, own in _SUFFIXES if pattern is not _SYAN for c in "".join(own))
)  # not 相 (首相, the prime minister)


def keyed_pieces(word: str, final_e: bool = False) -> list[tuple[str, list[str]]]:
    """`word`'s sounds, each as (a key naming the sound, the table's characters for it, usual first);
    with `final_e`, a final e after two consonants is a syllable (`units`). An English wh is a w."""
    word = respell(word, _WH)
    for pattern, key, own in _SUFFIXES:
        suffix = pattern.search(word)
        if suffix and suffix.start() > 0:
            head = keyed_pieces(word[: suffix.start()])
            plain = cheapest(keyed_pieces(word[suffix.start() :]), 1)
            return [*head, (key, [*own, *plain])]
    found = units(word, final_e=final_e)
    pieces: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(found):
        unit = found[i]
        following: Unit | None = found[i + 1] if i + 1 < len(found) else None
        if unit.vowel:
            vowel = VOWELS.index(unit.vowel[0])
            after = found[i + 2] if i + 2 < len(found) else None
            labial = following is not None and following.onset == "m" and not following.vowel
            labial = labial and after is not None and after.onset in ("b", "p")  # Campinas 坎皮纳斯
            if (
                following is not None
                and not following.vowel
                and (following.onset == "n" or labial)
                and unit.onset in _NASAL
            ):
                if unit.vowel[0] == "i" and after is not None and after.onset == "g" and not after.vowel:
                    # Ingrid 英格丽德; a final -ing is one syllable (Gatling 加特林)
                    initial = ["英"] if not unit.onset else _options(_NASAL[unit.onset][1])
                    pieces.append((f"{unit.onset}+ing", initial))
                    i += 3 if after.last else 2
                    continue
                nasal = _options(_NASAL[unit.onset][vowel])
                if unit.onset == "j":  # Dutch, Nordic and German j: Jansen 扬森
                    nasal.append(_NASAL["y"][vowel])
                pieces.append((f"{unit.onset}+{unit.vowel[0]}n", nasal))
                i += 2
                continue
            gua = following is not None and following.onset == "" and following.vowel == "a"
            if gua and unit.onset == "g" and unit.vowel == "u":
                pieces.append(("g+ua", ["瓜"]))  # Spanish gu before a, one syllable (Guardiola 瓜迪奥拉)
                i += 2
                continue
            diphthong = following is not None and following.onset == "" and following.vowel[:1] == "i"
            if diphthong and unit.vowel[0] in "ae" and unit.onset in _AI:
                pieces.append((f"{unit.onset}+ai", _options(_AI[unit.onset])))
                i += 2
                continue
            au = following is not None and following.onset == "" and following.vowel[:1] == "u"
            if au and unit.vowel[0] == "a" and unit.onset in _AU:
                pieces.append((f"{unit.onset}+au", _options(_AU[unit.onset])))
                i += 2
                continue
            row = _OPEN.get(unit.onset, _OPEN["k"])
            final_r = (
                following is not None and following.onset == "r" and not following.vowel and following.last
            )
            if final_r and unit.vowel[0] == "e":  # -er: 纳 (Brandtner), 特尔 (Gunther) or 克尔 (Becker)
                alone = (
                    [row[5] + "尔"] if len(row) > 5 and row[5] != row[3] else []
                )  # Becker 贝克尔, Merkel's 克尔
                # -scher as 舍尔 (Fischer 菲舍尔), -ller as 勒 (Keller 凯勒, Heller 黑勒): only here, where
                # they make no common word of two characters (勒索, 宿舍)
                er = [row[3] + "尔", *_ER.get(unit.onset, ())]
                pieces.append((f"{unit.onset}+er$", [*_options(row[0]), *er, *alone]))
                i += 2
                continue
            options = _options(row[vowel])
            if unit.onset == "j":  # Nordic and German j: Jussi 尤西
                options.append(_OPEN["y"][vowel])
            end = "$" if unit.last else ""
            pieces.append((f"{unit.onset}+{unit.vowel[0]}{end}", options))
        elif unit.onset in ("h", "w", "y") and pieces:
            pass  # a silent h, an English w or y after a vowel
        elif unit.onset == "r" and not unit.last:
            pieces.append(("r-", ["尔", ""]))  # Kursk 库尔斯克, Starmer 斯塔默
        elif unit.onset == "l" and not unit.last:
            pieces.append(("l-", ["尔", "勒"]))  # Salman 萨尔曼, 萨勒曼
        elif (
            unit.onset in ("k", "q")
            and following is not None
            and following.onset == "w"
            and following.vowel == "a"
        ):
            pieces.append(("k+wa", ["夸"]))  # kwa, qua one syllable (Kwame 夸梅, Aqua)
            i += 2
            continue
        else:
            row = _OPEN.get(unit.onset, _OPEN["k"])
            options = _options(row[5])
            if following is not None and following.onset == "y":  # Antakya 安塔基亚: ky as ki
                options.insert(0, row[1])
            end = "$" if unit.last else ""
            pieces.append((f"{unit.onset}-{end}", options))
        i += 1
    if (
        final_e and pieces and pieces[-1][0].endswith("+e$")
    ):  # the table's e, not the counts' (斯: -se silent)
        pieces[-1] = (pieces[-1][0] + "said", pieces[-1][1])
    return pieces


def _options(char: str) -> list[str]:
    return [char, *_SECOND.get(char, ())]


# A Spanish name by Spanish sounds, as Xinhua's Spanish table writes it: v as b (Valencia 巴伦西亚),
# b before r as a fricative f (Gabriel 加夫列尔), ie after r or l one syllable (列), ll before a
# vowel as li-y (Villarreal 比利亚雷亚尔) or l before e (Guillermo 吉列尔莫), j and g before e or i as h
# (Juan 胡安, Gerardo 赫拉尔多), gu before e or i as g,
# rr as r.
_SPANISH = (
    (r"^v|(?<=[aeioun])v(?=[aeiou])", "b"),
    (r"(?<=[aeiou])b(?=r)", "f"),
    (r"(?<=[rl])ie", "e"),
    (r"ll(?=e)", "l"),
    (r"ll(?=[aou])", "liy"),
    (r"j(?=[aeiou])|g(?=[ei])", "h"),
    (r"gu(?=[ei])", "g"),
    (r"qu(?=[ei])", "k"),
    (r"rr", "r"),
    (r"z(?=[aou])|(?<=[aeiou])z$", "s"),  # z as s (Sánchez 桑切斯, Zapatero 萨帕特罗, Bezos 贝索斯)
)
# A Persian name's final -ei, -aei is two syllables, the last 伊 (Khamenei 哈梅内伊, Rezaei 雷扎伊).
_PERSIAN = ((r"(?<=[^aeiouy])ei$", "eyi"), (r"(?<=a)ei$", "yi"))
# Armenian -yan after a consonant is two syllables, i and 扬 (Pashinyan 帕希尼扬); -syan is 相 (`_SYAN`).
# A Persian or Arabic final -eh after a consonant is an a (Haniyeh 哈尼亚).
# A Pashto -zai, -ai after a consonant is two syllables, its i 伊 (Karzai 卡尔扎伊, Barakzai 巴拉克扎伊).
_ARMENIAN_PERSIAN = (
    (r"(?<=[^aeiouys])yan$", "iyan"),
    (r"(?<=[^aeiou])eh$", "a"),
    (r"(?<=[^aeiou])ai$", "ayi"),
)
# Dutch ij is the diphthong ei, as ai (Dijk 戴克, Rijswijk 赖斯韦克).
_DUTCH_IJ = ((r"ij", "ai"),)
# A South Slavic -ić written without its accent is still 奇 (Boric 博里奇, Vucic 武契奇).
_SLAVIC_IC = ((r"(?<=[^aeiouy])ic$", "ich"),)
# Portuguese nh and lh before a vowel as ni and li (Capelinha 卡佩利尼亚, Carvalho 卡瓦略); Spanish and
# Nahuatl hu before a vowel as w (Chihuahua 奇瓦瓦, Huerta 韦尔塔).
_PORTUGUESE = ((r"(?<=[aeiou])nh(?=[aeiou])", "ni"), (r"(?<=[aeiou])lh(?=[aeiou])", "li"))
_HU = ((r"(?:^|(?<=[aeiou]))hu(?=[aeio])", "w"),)
# ay before a consonant as the diphthong ai, as Turkish and Arabic names have it (Aydin 艾登, Bayram
# 拜拉姆, Ayman 艾曼).
_AY = ((r"ay(?=[^aeiouy])", "ai"),)
# Hungarian cs as ch and sz as s (Kovacs 科瓦奇, Szabo 绍博).
_HUNGARIAN = ((r"cs", "ch"), (r"sz", "s"))
# A French name as French sounds it, where its letters look French: eau and au as o, oi as wa, ou as u,
# ai as e, gn as ny, ch as sh, a final consonant and e unsaid but r (Renaud 勒诺, Dubois 杜布瓦,
# Gaspard 加斯帕尔, Moreau 莫罗).
_FRENCH = (
    (
        r"eau|au[dltx]?$|oi(?!a)|ou|[^aeiou]es$|[ao]is$|eux$|ille|gne$|(?<=[aeiou])[dtx]s?$|rd$|[ae]n[dt]$",
        r"\g<0>",
    ),
    (r"eaux?|au", "o"),
    (r"oi", "wa"),
    (r"ou", "u"),
    (r"gn", "ny"),
    (r"ch", "sh"),
    (r"qu", "k"),
    (r"(?<=[^aeiou])(?:es|e)$", ""),
    (r"(?<=[aeiour])(?:[stxdzp]|ts|ds)$|(?<=[ae]n)[dt]$", ""),
    (r"ai", "e"),
)


# A woman's name's final -na after a vowel written as that vowel's nasal and 娜, the n heard twice
# (Irina 伊琳娜, Mariana 玛丽安娜, Sorokina 索罗金娜, Svetlana 斯韦特兰娜): kept apart as `_NN` is.
_FEMININE_NA = ((r"(?<=[aeiou])n(?=a$)", "n'n"),)
# English -mb, -mbe after a vowel is said m (Whitcombe 惠特科姆, Holcomb 霍尔科姆).
_SILENT_B = ((r"(?<=[aeiou])mbe?$", "m"),)


# German and English ie before a closing consonant is a long i (Siegburg 锡格堡, Dietrich 迪特里希, Kiel;
# not Daniela, whose ie is two vowels).
_LONG_I = ((r"ie(?=[^aeiouy](?:[^aeiouy]|$))", "i"),)


# An ng before a consonant is one nasal syllable (Livingstone 利文斯通, Kingston 金斯敦), its g unheard.
_NG = ((r"ng(?=[^aeiouy])", "n"),)


# A doubled n between vowels closes one syllable and opens the next (Sinner 辛纳, Kennedy 肯尼迪, Hannah
# 汉娜, Gunnar 贡纳尔): kept apart by a mark `units` passes over, so the first n is the nasal's.
_NN = ((r"(?<=[aeiou])nn(?=[aeiouy])", "n'n"),)


# English wh is w (Whitfield 惠特菲尔德, Wheeler 惠勒: `keyed_pieces`); German ch after a back vowel is 赫's sound (Bach 巴赫,
# Lauterbach 劳特巴赫).
_WH = ((r"^wh", "w"),)
_GERMAN_CH = ((r"(?<=[aou])ch(?=[^aeiouy]|$)", "kh"),)


# A word-initial tsh, of Bantu and Bhutanese names, is Xinhua's ts (Tshisekedi 齐塞克迪, Tshwane 茨瓦内,
# Tshering 策林), no t before sh.
_TSH = ((r"^tsh", "ts"),)


# The respellings `own_sounds` reads every word by (`_FRENCH` only where the word looks French).
_OWN_SOUNDS = (
    _SPANISH,
    _PERSIAN,
    _ARMENIAN_PERSIAN,
    _DUTCH_IJ,
    _SLAVIC_IC,
    _LONG_I,
    _NG,
    _NN,
    _FEMININE_NA,
    _SILENT_B,
    _GERMAN_CH,
    _PORTUGUESE,
    _HU,
    _HUNGARIAN,
    _AY,
    _TSH,
)


def own_sounds(word: str) -> list[str]:
    """`word` (lower-case ASCII) respelt as its own language sounds it where Xinhua's tables for that
    language write those sounds (`_SPANISH`, `_FRENCH`, `_PERSIAN`...): more readings, not other ones,
    since a Latin spelling does not say which language a name is from (Vance: 万斯, not 班斯)."""
    spelt = [respell(word, rules) for rules in _OWN_SOUNDS]
    if re.search(_FRENCH[0][0], word):  # its first rule says whether the letters look French
        spelt.append(respell(word, _FRENCH[1:]))
    return list(dict.fromkeys(s for s in spelt if s != word))


def spanish_sounds(word: str) -> str | None:
    """`word` respelt by `_SPANISH` (None where that changes nothing): a reading that changes several
    sounds at once, so each of its sounds' characters is worth spreading (`spread_hanzi`)."""
    spelt = respell(word, _SPANISH)
    return spelt if spelt != word else None


# English sounds (ARPAbet) spelt as the units above read them: Xinhua's table for English names
# goes by sound (Altman 奥尔特曼: the a of Altman is an o; Chamberlain: ei).
_SOUND_LETTERS = {
    "AO": "o", "AA": "a", "AE": "a", "AH": "a", "AW": "ao", "AY": "ai", "EH": "e", "ER": "er",
    "EY": "ei", "IH": "i", "IY": "i", "OW": "o", "OY": "oi", "UH": "u", "UW": "u", "B": "b", "CH": "ch",
    "D": "d", "DH": "d", "F": "f", "G": "g", "HH": "h", "JH": "j", "K": "k", "L": "l", "M": "m", "N": "n",
    "NG": "ng", "P": "p", "R": "r", "S": "s", "SH": "sh", "T": "t", "TH": "s", "V": "v", "W": "w",
    "Y": "y", "Z": "z", "ZH": "zh",
}  # fmt: skip


def spoken_hanzi(phones: list[str], limit: int = 2) -> list[str]:
    """Characters for an English pronunciation (`AO1 L T M AH0 N` -> 奥尔特曼)."""
    return hanzi("".join(_SOUND_LETTERS.get(p.rstrip("012"), "") for p in phones), limit)
