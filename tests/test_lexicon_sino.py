"""Sino-Vietnamese readings of Han words with a suffix Vietnamese leaves off."""

from __future__ import annotations

from monitor.lexicon.sources.sino import sino_words


def test_vietnamese_reads_a_han_word_without_its_suffix_too() -> None:
    assert "kháng sinh" in sino_words("抗生物質", "vi") and "kháng sinh" in sino_words("抗生素", "vi")
    assert sino_words("交通渋滞", "vi") == []  # not 交通 "traffic": Han compounds put their head last
    assert "항생" not in sino_words("抗生物質", "ko")  # Korean: whole words only
