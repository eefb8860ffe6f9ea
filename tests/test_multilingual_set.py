"""Every expectation of the multilingual test set: English rules over articles in 14 languages.

An article must match exactly the rules its entry lists: a miss is silence, an
extra match is noise. bench/multilingual.py prints the same run as recall and
precision per language.
"""

from __future__ import annotations

import pytest

from tests.multilingual_set import LANGUAGES, SET, Outcome, build, evaluate, load

DATA = load()


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Outcome]:
    return {o.article: o for o in evaluate(DATA, build(DATA))}


def test_the_set_covers_at_least_eight_languages_and_has_matches_and_non_matches() -> None:
    languages = {a["language"] for a in DATA["articles"]}
    assert len(languages) >= 8 and languages <= set(LANGUAGES)
    for language in languages:
        articles = [a for a in DATA["articles"] if a["language"] == language]
        assert any(a["matches"] for a in articles), language
        assert any(set(DATA["rules"]) - set(a["matches"]) for a in articles), language
    assert all(set(a["matches"]) <= set(DATA["rules"]) for a in DATA["articles"])


def test_the_german_story_from_the_issue_is_in_the_set(outcomes: dict[str, Outcome]) -> None:
    [german] = [
        a for a in DATA["articles"] if a["language"] == "de" and "Soldaten nach Russland" in a["title"]
    ]
    assert outcomes[german["id"]].terms["nk_troops"] == [
        '"North Korea" (Nordkorea)',
        "Russia (Russland)",
        "troops (Soldaten)",
    ]


@pytest.mark.parametrize("article", [a["id"] for a in DATA["articles"]])
def test_article_matches_exactly_its_expected_rules(article: str, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[article]
    assert (sorted(outcome.missed), sorted(outcome.spurious)) == ([], []), outcome.terms


def test_the_held_out_set_is_well_formed() -> None:
    """It is never asserted against (bench/multilingual.py reports it), but it must be usable."""
    held_out = load(SET.with_name("multilingual_heldout.yaml"))
    assert held_out["rules"] == DATA["rules"]
    ids = [a["id"] for a in held_out["articles"]]
    assert len(ids) == len(set(ids)) and not set(ids) & {a["id"] for a in DATA["articles"]}
    assert {a["language"] for a in held_out["articles"]} == set(LANGUAGES)
    assert all(set(a["matches"]) <= set(DATA["rules"]) for a in held_out["articles"])
