"""Word frequencies per language: the look-alike guard's knowledge of common words."""

from __future__ import annotations

import pytest

from monitor.lexicon.frequency import Frequencies


@pytest.fixture(scope="module")
def frequencies() -> Frequencies:
    return Frequencies()


@pytest.mark.parametrize(
    ("language", "word", "common"),
    [
        ("de", "war", True),  # "was"
        ("de", "DIE", True),  # case does not matter
        ("de", "plane", True),  # Pläne, folded
        ("fr", "car", True),  # "because"
        ("fr", "un", True),
        ("de", "ransomware", False),
        ("en", "war", True),
        ("ru", "мост", True),
    ],
)
def test_common_words_are_known_as_common(
    frequencies: Frequencies, language: str, word: str, common: bool
) -> None:
    assert (frequencies.zipf(word, language) >= 4.0) is common


def test_unknown_languages_and_words_have_no_frequency(frequencies: Frequencies) -> None:
    assert frequencies.zipf("war", "xx") == 0.0 and not frequencies.knows("xx")
    assert frequencies.zipf("qzxwv", "de") == 0.0 and frequencies.knows("de")
