"""The match-time sense check by the article's sentence (issue 11 point 2: `lexicon/context.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import parse_config
from monitor.lexicon.context import sentence_at, sides, spelled_alike
from monitor.matching import Matching
from monitor.models import Article
from tests.conftest import write_config


def matched(query: str, text: str, language: str, expansion: str = "normal") -> bool:
    config = parse_config(f"rules:\n  - name: r\n    query: {query!r}\n    expansion: {expansion}\n")
    _, matches = Matching.build(config).match(Article(uid="1", feed="f", summary=text, language=language))
    return bool(matches)


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


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("emissions", "L'émission de télévision a été déprogrammée après la polémique.", "fr"),
        ("emissions", "La emisión del debate electoral alcanzó una audiencia récord.", "es"),
        ("pension", "O jogador foi preso por dever três meses de pensão alimentícia à ex-mulher.", "pt"),
    ],
)
def test_an_equivalent_used_in_another_sense_is_refused_in_a_normal_rule(
    query: str, text: str, language: str
) -> None:
    assert not matched(query, text, language)
    assert matched(query, text, language, "broad")  # broad keeps its meaning: every equivalent


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("emissions", "Les émissions de CO2 du secteur des transports ont baissé de 4 % l'an dernier.", "fr"),
        ("emissions", "Las emisiones de metano de la ganadería preocupan a Bruselas.", "es"),
        ("pension", "O governo vai reajustar o valor da pensão paga às viúvas de militares.", "pt"),
    ],
)
def test_the_same_equivalent_in_the_terms_sense_is_kept(query: str, text: str, language: str) -> None:
    assert matched(query, text, language)


def test_rules_check_says_which_equivalents_the_articles_sentence_decides_on(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, fr]
        rules:
          - name: climate
            query: emissions
          - name: strict
            query: emissions AND climate
            expansion: strict
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    said = "kept or refused by each article's sentence (sense of the term or another): fr émission (also "
    assert result.output.count(said) == 1  # the normal rule's; strict keeps every admitted equivalent
