"""Loanwords found by their sounds in languages no dictionary reaches (`sources/loans.py`)."""

from __future__ import annotations

import pytest

from monitor.lexicon.dictionary import translations
from monitor.lexicon.sources.loans import loans, romanize, skeleton, skeletons


@pytest.mark.parametrize(
    ("word", "language", "shape"),
    [
        ("telescope", "en", "TRSKP"),
        ("टेलीस्कोप", "hi", "TRSKP"),  # Devanagari, its vowel signs dropped
        ("تلسکوپ", "fa", "TRSKP"),  # Persian writes no short vowels
        ("טלסקופ", "he", "TRSKP"),
        ("teleszkóp", "hu", "TRSKP"),  # Hungarian sz is s
        ("마라톤", "ko", "NRTN"),
        ("marathon", "en", "NRTN"),  # th is t
    ],
)
def test_words_of_any_script_reduce_to_one_consonant_skeleton(word: str, language: str, shape: str) -> None:
    assert shape in skeletons(word, language)


def test_korean_drops_the_vowel_it_inserts_and_reads_english_without_its_silent_r() -> None:
    assert romanize("스마트폰", "ko") == "smatpon"  # ㅡ is the vowel Korean adds between consonants
    assert "SNTFN" in skeletons("smartphone", "en", non_rhotic=True)
    assert skeleton("smatpon", "ko") == "SNTPN"


def test_persian_kh_is_no_k() -> None:
    """دختر "daughter" is not دکتر "doctor": kh has a class of its own."""
    assert skeletons("دختر", "fa") != skeletons("دکتر", "fa")


def test_a_loan_begins_as_its_model_does() -> None:
    """Hebrew המיסיון "the mission" (its article an h) sounds like *emission* but is none."""
    assert romanize("המיסיון", "he").startswith("h")
    assert "המיסיון" not in loans("Emission", "de", "he")


@pytest.mark.parametrize(
    ("term", "language", "loan"),
    [("telescope", "fa", "تلسکوپ"), ("doctor", "hi", "डॉक्टर"), ("marathon", "hu", "maraton")],
)
def test_a_loan_is_found_among_the_languages_words(term: str, language: str, loan: str) -> None:
    assert loans(term, "en", language)[0] == loan


def test_a_loans_other_form_or_spelling_is_kept_another_word_is_not() -> None:
    assert loans("golf", "en", "he") == ["גולף", "הגולף"]  # "the golf": Hebrew writes the article joined
    assert loans("barrage", "fr", "ro") == ["baraje", "baraj"]  # the plural reads closer, the lemma too
    assert loans("tax", "en", "fa") == ["تکس"]  # not تاکسی "taxi", which reads nearly as close


def test_hungarian_loans_are_read_without_their_latin_ending() -> None:
    assert loans("antibiotic", "en", "hu") == ["antibiotikum"]
    assert loans("racism", "en", "hu") == ["rasszizmus"]


def test_the_international_word_several_languages_use_agrees_with_itself() -> None:
    found = {t.text: t for t in translations("telescope", "en", "he")}
    assert "טלסקופ" in found
    assert {"loan:en", "loan:de", "loan:fr"} <= {
        s.split(":")[0] + ":" + s.split(":")[1] for s in found["טלסקופ"].sources
    }


def test_a_word_with_no_loan_gives_none_that_agrees() -> None:
    """Persian writes *tax* as مالیات: only look-alikes of single relatives' words turn up, one source each."""
    assert loans("deforestation", "en", "hi") == []
    loaned = [t for t in translations("tax", "en", "fa") if any(s.startswith("loan:") for s in t.sources)]
    assert all(len(t.sources) == 1 for t in loaned)


def test_persian_loans_are_read_with_persian_g_and_p() -> None:
    assert loans("golf", "en", "fa") == ["گلف"]  # not Arabic غولف
    assert loans("olympic", "en", "fa")[0] == "المپیک"


def test_a_loan_read_under_several_skeletons_is_listed_once() -> None:
    # *influencer* itself is a Norwegian word and read with c as k and as s: once, then the Norwegian
    # spelling *influenser* (whose plural *influensere* the news writes)
    assert loans("influencer", "en", "nb") == ["influencer", "influenser"]


def test_indonesian_finds_the_international_word_one_dictionary_alone_gave() -> None:
    maraton = next(t for t in translations("marathon", "en", "id") if t.text == "maraton")
    assert any(s.startswith("loan:") for s in maraton.sources) and len(maraton.sources) >= 2


def test_korean_loans_are_read_from_english_only() -> None:
    """Korean words that sound like German, French or Spanish words are no loans of them (랜드 for *Rente*),
    and five relatives' *emission* finding 외무성 "foreign ministry" is no agreement: one source."""
    from monitor.lexicon.sources.loans import loan_candidates

    found = loan_candidates("pension", "en", "ko", lambda language: {"de": ["Rente"]}.get(language, []))
    assert all(family == "loan:en" for routes in found.values() for family in routes)
    loaned = [t for t in translations("emissions", "en", "ko") if t.sources[0].startswith("loan:")]
    assert all(len(t.sources) == 1 for t in loaned)


def test_a_j_that_is_a_glide_reads_as_the_vowel_beside_it() -> None:
    """Hungarian *sztrájk* is *strike* (Streik): its j is the y of *straik*, not the j of *jury*."""
    assert skeletons("sztrájk", "hu") == skeletons("strike", "en")
    assert "sztrájk" in loans("Streik", "de", "hu")


def test_an_inflected_loan_is_given_as_its_lemma() -> None:
    """Hungarian *olimpiát* (accusative) reads closest to *Olympiade*; the loan is its lemma *olimpia*, whose
    forms the article's words are matched through."""
    assert loans("olimpiade", "it", "hu") == ["olimpia"]


def test_a_loan_of_a_proper_noun_is_one_too() -> None:
    """A capitalised rule term is matched through proper nouns only: Hebrew אולימפיאדה, like Olympiade."""
    loan = next(t for t in translations("Olympics", "en", "he") if t.text == "אולימפיאדה")
    assert "pn" in {part.split(",")[0] for part in loan.parts}


def test_ukrainian_loans_are_read_with_greek_th_as_f() -> None:
    """Ukrainian writes international words by their Greek and Latin spelling: *marathon* is марафон."""
    assert romanize("блокчейн", "uk") == "blokjen"  # й no consonant
    assert loans("marathon", "en", "uk")[0] == "марафон"
    blockchain = next(t for t in translations("blockchain", "en", "uk") if t.text == "блокчейн")
    assert len(blockchain.sources) >= 2  # English and Italian *blockchain* agree


def test_russian_loans_are_the_terms_own_word_read_from_cyrillic() -> None:
    """No dictionary gives Russian блокчейн; the English and the Italian *blockchain* both read as it."""
    assert romanize("блокчейн", "ru") == "blokjen" and romanize("эмиссия", "ru") == "emissia"
    blockchain = next(t for t in translations("blockchain", "en", "ru") if t.text == "блокчейн")
    assert len(blockchain.sources) >= 2
    from monitor.lexicon.sources.loans import loan_candidates

    found = loan_candidates("match", "en", "ru", lambda language: {"it": ["partita"]}.get(language, []))
    assert "партия" not in found


def test_latin_sion_and_tion_are_read_as_hebrew_and_ukrainian_sia_and_tsia() -> None:
    """Hebrew פנסיה is *pension*; פנסיון, which reads like the English, is a guesthouse."""
    assert "פנסיה" in loans("pension", "en", "he") and "פנסיון" not in loans("pension", "en", "he")
    assert "קואליציה" in loans("coalition", "en", "he")
    assert loans("Koalition", "de", "uk")[0] == "коаліція"


def test_a_ukrainian_loan_is_the_terms_own_word() -> None:
    """The relatives' other senses are no Ukrainian loans: Italian *partita* for `match` is no партія."""
    from monitor.lexicon.sources.loans import loan_candidates

    found = loan_candidates("match", "en", "uk", lambda language: {"it": ["partita"]}.get(language, []))
    assert all("loan:en" in routes for routes in found.values())


def test_a_native_words_form_is_no_loan() -> None:
    # *наклей* ("glue on!") sounds like `nuclear`, and the lemma table reads it as a form of *наклеить*
    assert "наклей" not in [t.text for t in translations("nuclear", "en", "ru")]
    assert "ядерный" in [t.text for t in translations("nuclear", "en", "ru")]
    assert "блокчейн" in [t.text for t in translations("blockchain", "en", "ru")]  # a loan stays
