"""The pieces of the match-time sense check by the article's sentence (issue 11 point 2: `bench/context.py`,
measured by bench/terms_encoder.py; not wired into matching, see its docstring)."""

from __future__ import annotations

from bench.context import sentence_at, sides, spelled_alike


def test_the_sentence_of_a_hit_is_cut_from_the_text() -> None:
    text = "Erster Satz. Die Emission sank stark! Dritter Satz."
    start = text.index("Emission")
    assert sentence_at(text, start, start + len("Emission")) == "Die Emission sank stark!"
    assert sentence_at("ohne Ende", 0, 4) == "ohne Ende"


def test_an_equivalents_other_senses_are_read_back_from_the_dictionaries() -> None:
    own, other = sides("emissions", "en", "émission", "fr")
    assert "broadcast" in other  # French émission: a radio or television programme too
    assert "emissions" in own and "broadcast" not in own


def test_a_back_translation_spelled_like_the_equivalent_is_on_neither_side() -> None:
    assert spelled_alike("barrage", "barrage")
    assert not spelled_alike("dam", "barrage")
    own, other = sides("dam", "en", "barrage", "fr")
    assert "barrage" not in own + other
