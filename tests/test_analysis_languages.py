"""Forty-odd languages: each is tokenised and (mostly) lemmatised, and `support(code)` says what one lacks."""

from __future__ import annotations

import pytest

from monitor.analysis import Analyzer
from monitor.analysis.support import LANGUAGES, support
from monitor.concepts import PACK_LANGUAGES, supported_languages
from tests.test_analysis_tokens import matches

ANALYZER = Analyzer()
# The languages issue 11 names beyond the pack's 14.
NAMED = ("cs", "da", "sv", "nb", "fi", "ro", "hu", "bg", "el", "hr", "sr", "sk", "sl", "lt", "lv", "et")
NAMED += ("ca", "ko", "he", "hi", "id", "vi", "fa", "ms")


def test_forty_and_more_languages_are_supported() -> None:
    supported = supported_languages()
    assert len(supported) >= 40
    assert set(PACK_LANGUAGES) | set(NAMED) <= set(supported)
    assert set(supported) == set(LANGUAGES)


@pytest.mark.parametrize(
    ("code", "partial", "says"),
    [
        ("de", False, ""),
        ("fi", False, ""),
        ("zh", False, ""),  # no inflection to undo: no lemmas needed
        ("ko", True, "nouns lose their particles"),
        ("bn", True, "no lemmas"),
        ("hr", True, "no word frequencies"),
        ("th", True, "not a supported language"),
        ("sk", True, "no dictionary: rule words outside the concept pack find nothing"),
        ("vi", True, "no dictionary of its own: rule words outside the concept pack only through a related"),
        ("uk", True, "no dictionary of its own: rule words outside the concept pack only through a related"),
    ],
)
def test_support_says_what_a_language_lacks(code: str, partial: bool, says: str) -> None:
    found = support(code)
    assert found.partial is partial
    assert says in found.describe()
    assert found.describe().startswith(f"{code}: {'partial' if partial else 'full'}")


def test_support_names_its_sources() -> None:
    de, pl, ko, zh = support("de"), support("pl"), support("ko"), support("zh")
    assert de.lemmas == ("spacy-lookups-data", "simplemma") and de.tokeniser == "spacy" and de.compounds
    assert pl.lemmas == ("simplemma",) and pl.detection and pl.frequencies and not pl.compounds
    assert ko.tokeniser == "spaces" and ko.lemmas == () and ko.detection
    assert zh.tokeniser == "characters" and zh.equivalents == de.equivalents == "dictionary"
    assert support("uk").equivalents == "cognates" and support("sk").equivalents == "none"
    assert support("fa").equivalents == "loans"
    assert "only where it borrows an international word" in support("hi").describe()
    assert all(support(code).supported for code in LANGUAGES)


@pytest.mark.parametrize(
    ("language", "plural", "singular"),
    [
        ("cs", "Ruští vojáci zaútočili", "voják"),
        ("sv", "Soldaterna lämnade staden", "soldat"),
        ("el", "Οι στρατιώτες έφυγαν", "στρατιώτης"),  # noqa: RUF001
        ("bg", "Войниците напуснаха града", "войник"),
        ("hu", "A katonák elhagyták a várost", "katona"),
        ("ro", "Soldații au părăsit orașul", "soldat"),
        ("he", "החיילים עזבו את העיר", "חייל"),
        ("hi", "सैनिकों ने शहर छोड़ दिया", "सैनिक"),
        ("fa", "سربازان شهر را ترک کردند", "سرباز"),
        ("lt", "Kareiviai paliko miestą", "kareivis"),
        ("uk", "Солдати залишили місто", "солдат"),
        ("pl", "Żołnierze opuścili miasto", "żołnierz"),
    ],
)
def test_a_word_finds_its_other_forms_in_the_new_languages(language: str, plural: str, singular: str) -> None:
    assert matches(singular, plural, language, language)


def test_unsegmented_and_fallback_tokenisers_still_give_words() -> None:
    vietnamese = [t.text for t in ANALYZER.analyse("Binh lính rời khỏi thành phố.", "vi").tokens]
    assert vietnamese == ["Binh", "lính", "rời", "khỏi", "thành", "phố"]
    assert matches('"thành phố"', "Binh lính rời khỏi thành phố", "vi", "vi")
    georgian = [t.text for t in ANALYZER.analyse("ჯარისკაცებმა დატოვეს ქალაქი", "ka").tokens]
    assert len(georgian) == 3


def test_korean_compounds_offer_their_nouns_with_or_without_a_particle() -> None:
    tokens = ANALYZER.analyse("국민연금 개혁안 우주망원경이 발견했다", "ko").tokens
    assert [p.text for p in tokens[0].parts] == ["국민", "연금"]
    assert [p.text for p in tokens[2].parts] == ["우주", "망원경"]  # 이 is a particle, never a part
    assert not ANALYZER.analyse("인도네시아에서", "ko").positions(("인도",))
