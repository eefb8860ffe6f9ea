"""The Russian and Ukrainian morphological analyser's readings (`monitor.lexicon.morph`)."""

from __future__ import annotations

import pytest

from monitor.analysis import Analyzer
from monitor.lexicon import morph
from monitor.lexicon.frequency import FREQUENCIES
from monitor.lexicon.idle import Idle
from monitor.rules import RuleSet, RuleSpec

ANALYZER = Analyzer()


@pytest.mark.parametrize(
    ("word", "language", "lemmas"),
    [
        ("Курган", "ru", ("курган",)),  # the burial mound as well as the town
        ("Шахты", "ru", ("шахта",)),  # the mines' nominative, as well as the town's
        ("Коваль", "uk", ("коваль",)),  # the smith as well as the surname
        ("Песков", "ru", ()),  # the sands' genitive: no subject
        ("Трамп", "ru", ()),  # a tramp steamer in one reading of many: the name's weigh more
        ("Херсон", "uk", ()),  # Ukrainian's dictionary lists the town as a plain noun: undecided
        ("Навальный", "ru", ()),  # an adjective's reading says nothing of a word
        ("Мерц", "de", ()),  # no analyser for the language
    ],
)
def test_common_nominative(word: str, language: str, lemmas: tuple[str, ...]) -> None:
    assert morph.common_nominative(word, language) == lemmas


def test_plural_forms_are_only_the_plurals() -> None:
    forms = morph.plural_forms("дно", "uk")
    assert "ден" in forms
    assert "дна" not in forms  # also the singular's genitive
    assert morph.plural_forms("шахты", "ru") == frozenset()  # a town's plural name is no singular noun's


def test_the_analysers_are_released_once_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morph, "_idle", Idle(morph.release, 0.05))
    assert morph.readings("курган", "ru")
    morph.wait_idle(5)
    assert "ru" not in morph._analysers
    assert morph.readings("курган", "ru")  # loaded again on use


@pytest.mark.parametrize(
    ("word", "language", "own"),
    [
        ("Александер", "ru", "Александр"),  # Alexander read letter by letter
        ("Александер", "uk", "Олександр"),
        ("Майкл", "ru", None),  # consonants stay: no Михаил
        ("Анна", "ru", None),  # a name the news uses keeps its own spelling: no Инна
        ("Юлия", "ru", None),  # one vowel dropped at most: no Ли
    ],
)
def test_given_name(word: str, language: str, own: str | None) -> None:
    assert morph.given_name(word, language, FREQUENCIES.zipf) == own


def test_name_forms_are_the_names_own() -> None:
    assert {"Шахт", "Шахтам"} <= morph.name_forms("Шахты", "ru")  # the town's genitive, no ending
    assert "Шахта" not in morph.name_forms("Шахты", "ru")  # the mine's
    assert "Орла" in morph.name_forms("Орёл", "ru")  # its vowel drops
    assert morph.name_forms("шахты", "ru") == frozenset()  # a name is capitalised


def test_a_compilation_releases_the_analysers_it_loaded() -> None:
    """A daemon's start compiles every language at once: the analysers (about 20 MB each) go when the
    compilation ends, not 2 s later, when the memory they held counts already."""
    rules = RuleSet.build([RuleSpec("rule", "Kurgan", "en")], ANALYZER)
    morph.readings("курган", "ru")
    assert "ru" in morph._analysers
    rules.for_language("ru")
    assert not morph._analysers
