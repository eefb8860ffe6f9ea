"""Sino-Vietnamese readings of Han words with a suffix Vietnamese leaves off."""

from __future__ import annotations

from monitor.lexicon.sources.sino import sino_words


def test_vietnamese_reads_a_han_word_without_its_suffix_too() -> None:
    assert "kháng sinh" in sino_words("抗生物質", "vi") and "kháng sinh" in sino_words("抗生素", "vi")
    assert sino_words("交通渋滞", "vi") == []  # not 交通 "traffic": Han compounds put their head last
    assert "항생" not in sino_words("抗生物質", "ko")  # Korean: whole words only


def test_a_kanji_japan_simplified_its_own_way_is_read_as_the_chinese_character() -> None:
    from monitor.lexicon.sources.sino import readings

    # 険, 薬, 観 have no Korean or Vietnamese reading of their own in Unihan: read as 险, 药, 观
    assert readings("保険", "vi") == ["bảo hiểm"] and sino_words("保険", "ko") == ["보험"]
    assert sino_words("薬局", "ko") == ["약국"] and sino_words("観光", "ko") == ["관광"]
    assert readings("X険") == []  # a character that is no Han character stays unread
