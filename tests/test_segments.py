"""Chinese and Japanese dictionary words are not found across two other words (`lexicon/segments.py`)."""

from __future__ import annotations

import pytest

from monitor.lexicon.segments import AcrossWords, cuts, han


def _hit(text: str, word: str, language: str = "zh") -> bool:
    start = text.index(word)
    return AcrossWords(language)(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("这款相机场景模式多达二十种", "机场"),  # camera | scene
        ("这位佛教师父在山中修行", "教师"),  # Buddhism | master
    ],
)
def test_a_word_across_two_others_is_no_hit(text: str, word: str) -> None:
    assert _hit(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("他在飞机场等候", "机场"),  # inside one longer word: a compound holds its parts
        ("北京首都国际机场的航班", "机场"),
        ("新机场将于明年启用", "机场"),
        ("长江流域生物多样性仍面临严重威胁", "生物多样性"),  # several words, edges at cuts
        ("这位教师的工资", "教师"),
    ],
)
def test_a_word_standing_as_one_is_a_hit(text: str, word: str) -> None:
    assert not _hit(text, word)


def test_cuts_mark_both_ends_and_the_likeliest_words() -> None:
    found = cuts("相机场景", "zh")
    assert {0, 2, 4} <= found and 3 not in found


def test_only_han_words_are_checked() -> None:
    assert han("机场") and han("医師")
    assert not han("ペンション") and not han("機関車ト")
    assert han("䶮") and han("龍") and not han("")  # extension A too; the empty string is no Han word


def test_a_kanji_word_inside_a_longer_word_of_another_meaning_is_no_hit() -> None:
    from monitor.lexicon.guard import names_term
    from monitor.lexicon.segments import InsideLongerWord

    meanings = {"獣医師": ["veterinarian", "vet"], "医師不足": ["doctor shortage"]}
    check = InsideLongerWord(lambda word: meanings.get(word, []), lambda t: names_term("doctor", t))

    def rejected(text: str) -> bool:
        start = text.index("医師")
        return check(text, start, start + 2)

    assert rejected("動物園の獣医師が説明した")  # veterinarian
    assert not rejected("地方の医師不足が深刻だ")  # the longer word names the term
    assert not rejected("医師が説明した")  # no longer word
    assert not rejected("新人医師会見")  # longer words no dictionary knows


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("doctor", "動物園の獣医師がパンダの健康状態を説明した。", False),
        ("doctor", "病院の医師が記者会見で説明した。", True),
    ],
)
def test_a_japanese_equivalent_inside_a_longer_word(query: str, text: str, expected: bool) -> None:
    from tests.test_lexicon import matched

    assert matched(query, text, "ja") is expected


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        # 种族歧视, "racial discrimination", holds 种族 (race) and is not the contest nor the people
        ("race", "联合国报告指出移民在求职时仍常遭受种族歧视。", False),
        ("race", "这项研究比较了不同种族人群的发病率。", True),  # 种族 standing as a word
        ("teacher", "全国各地学校举行活动庆祝教师节。", True),  # Teachers' Day names the term
    ],
)
def test_a_chinese_equivalent_inside_a_longer_word(query: str, text: str, expected: bool) -> None:
    from monitor.lexicon.sources.cedict import meanings
    from tests.test_lexicon import matched

    assert "racial discrimination" in meanings("种族歧视")
    assert matched(query, text, "zh") is expected
