"""A one-word term takes its usual sense from WordNet's order of senses (lexicon/wordnet.py, senses.usual_sense)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.lexicon import wordnet
from monitor.lexicon.dictionary import Translation, translations
from monitor.lexicon.senses import select, usual_sense

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed (make installs it)")


@needs_wordnet
def test_wordnet_lists_a_words_noun_senses_most_frequent_first() -> None:
    mine = wordnet.noun_senses("mine")
    assert "excavation" in mine[0].gloss and "explosive" in mine[1].gloss
    assert "work stoppage" in wordnet.noun_senses("strike")[0].words
    assert wordnet.noun_senses("minimum wage")  # a phrase, written with spaces
    assert wordnet.noun_senses("no such wordx") == ()


@needs_wordnet
def test_a_one_word_term_keeps_the_equivalents_of_its_usual_sense() -> None:
    for language, usual, other in (
        ("de", "Bergwerk", "mein"),
        ("fr", "course", "race"),
        ("nl", "staking", "slag"),
    ):
        term = {"Bergwerk": "mine", "course": "race", "staking": "strike"}[usual]
        kept = {t.text for t in select(term, translations(term, "en", language), ()).kept}
        assert usual in kept and other not in kept, (term, language, kept)


@needs_wordnet
def test_an_equivalent_goes_with_the_sense_most_of_its_routes_gloss() -> None:
    # a pivot's other sense (one route) does not take the instrument into the body part's sense
    instrument = Translation(
        "Orgel", ("a", "b", "c"), glosses=("musical instrument", "part of an organism"), gloss_sources=(3, 1)
    )
    body = Translation("Organ", ("a", "b"), glosses=("part of an organism",), gloss_sources=(2,))
    chosen = usual_sense("organ", [instrument, body])
    assert chosen is not None and [t.text for t in chosen.kept] == ["Organ"]


def test_without_wordnet_the_best_attested_sense_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordnet, "FOLDERS", (Path("/nonexistent"),))
    wordnet._files.cache_clear()
    wordnet.noun_senses.cache_clear()
    try:
        found = [Translation("Streik", ("a", "b"), glosses=("work stoppage",), gloss_sources=(2,))]
        assert usual_sense("strike", found) is None
    finally:
        wordnet._files.cache_clear()
        wordnet.noun_senses.cache_clear()
