"""Vietnamese people in Chinese news: written in the Han characters of their Sino-Vietnamese names."""

from __future__ import annotations

from monitor.lexicon.transcribe.hanviet import plain, vietnamese_hanzi
from tests.test_lexicon import matched


def test_a_vietnamese_name_is_read_by_the_han_characters_of_its_syllables() -> None:
    assert plain("Cường") == "cuong" and plain("Đặng") == "dang"
    assert vietnamese_hanzi("To Lam") == ["苏林"]  # a writing wordfreq knows is the only one
    assert vietnamese_hanzi("Tô Lâm") == ["苏林"]  # Unihan has 蘇 without its mark: read as unmarked too
    assert vietnamese_hanzi("Luong Cuong")[0] == "梁强"
    assert vietnamese_hanzi("Nguyễn Phú Trọng")[0].startswith("阮")  # marked: Nguyễn 阮 before Nguyên 元
    assert vietnamese_hanzi("Peter Brown") == vietnamese_hanzi("Nguyen") == []  # no syllables, one word


def test_chinese_news_finds_a_vietnamese_leader_by_his_han_name() -> None:
    assert matched('"To Lam"', "越共中央总书记苏林会见中国外长王毅。", "zh")
    assert matched('"Luong Cuong"', "越南国家主席梁强访问智利和秘鲁。", "zh")
    assert not matched('"Luong Cuong"', "越南国家主席苏林访问智利和秘鲁。", "zh")
