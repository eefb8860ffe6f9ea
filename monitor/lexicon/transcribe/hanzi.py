"""Latin spellings into Chinese characters, after the Xinhua agency's table for foreign names.

Chinese news writes a foreign name no dictionary has by sound, one character per syllable,
with the characters of Xinhua's transcription table (托马斯·布兰特纳 Tomas Brandtner). This is
an abridged form of that table: a character for each consonant before a, i, u, e, o, for a
consonant alone, and for a syllable closed by n. The exact character a writer picks varies
more than in any alphabet (斯塔默 Starmer, not 斯塔马), so this is the weakest transcription:
it finds names written by the table's main line and misses the rest.
"""

from __future__ import annotations

import re

from monitor.lexicon.transcribe.syllables import VOWELS, Unit, units

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
    "kh": "汉欣洪亨洪", "j": "詹金容真琼", "z": "赞津尊曾宗", "s": "桑辛孙森松", "sh": "尚辛顺申雄",
    "ch": "钱钦琼琴琼", "y": "扬因云延永",
}  # fmt: skip


def hanzi(word: str) -> str:
    """The characters for one lower-case ASCII word (`brandtner` -> 布兰特纳); "" when it has none."""
    found = units(re.sub(r"(?<=[^aiueo])er$", "a", word))
    out: list[str] = []
    i = 0
    while i < len(found):
        unit = found[i]
        following: Unit | None = found[i + 1] if i + 1 < len(found) else None
        if unit.vowel:
            vowel = VOWELS.index(unit.vowel[0])
            nasal = following is not None and following.onset == "n" and not following.vowel
            if nasal and unit.onset in _NASAL:
                out.append(_NASAL[unit.onset][vowel])
                i += 2
                continue
            out.append(_OPEN.get(unit.onset, _OPEN["k"])[vowel])
        elif unit.onset in ("h", "w", "y") and out:
            pass  # a silent h, an English w or y after a vowel
        else:
            out.append(_OPEN.get(unit.onset, _OPEN["k"])[5])
        i += 1
    return "".join(out)
