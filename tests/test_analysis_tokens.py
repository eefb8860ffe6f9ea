"""What analysis tells the matcher about each word: case shape, sentence starts, all-caps fields, and the
parts of a word that are words too (hyphenated, before an apostrophe, without Arabic clitics or Korean
particles), each found at the word's position and only there."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.analysis import Analyzer
from monitor.analysis import analyzer as analyzer_module
from monitor.analysis.analyzer import RENEW_AFTER, Case, Remembered
from monitor.analysis.article import analyse_article
from monitor.models import Article
from monitor.rules import RuleSet, RuleSpec

ANALYZER = Analyzer()


def words(text: str, language: str) -> list[Any]:
    return ANALYZER.analyse(text, language).tokens


def matches(query: str, title: str, article_language: str, rule_language: str = "en") -> bool:
    """A real rule set over a real analysed article (no concept pack: the words alone)."""
    rules = RuleSet.build([RuleSpec("rule", query, rule_language, expand_concepts=False)], ANALYZER)
    doc = analyse_article(ANALYZER, Article(uid="1", feed="f", title=title, language=article_language))
    return bool(rules.match(doc))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("NATO troops", "en", [Case.UPPER, Case.LOWER]),
        ("Putin iPhone A U.S.", "en", [Case.TITLE, Case.LOWER, Case.TITLE, Case.UPPER]),
        ("McDonald's", "de", [Case.TITLE]),
        ("Путина путина", "ru", [Case.TITLE, Case.LOWER]),
        ("ترامب 2024", "ar", [Case.CASELESS, Case.CASELESS]),
        ("트럼프는 北京", "ko", [Case.CASELESS, Case.CASELESS, Case.CASELESS]),
    ],
)
def test_each_word_has_its_case_shape_as_written(text: str, language: str, expected: list[Case]) -> None:
    assert [t.case for t in words(text, language)] == expected


def test_a_capital_at_a_sentence_start_is_marked_as_such() -> None:
    tokens = words("Putin spoke. Trump answered: Yes, said Biden!\nNew line", "en")
    starts = [t.text for t in tokens if t.sentence_start]
    assert starts == ["Putin", "Trump", "Yes", "New"]
    assert not ANALYZER.analyse("", "en").tokens


@pytest.mark.parametrize(
    ("title", "language", "all_caps"),
    [
        ("NATO SUMMIT ENDS IN DEADLOCK", "en", True),
        ("BREAKING: TRUMP WINS", "en", True),
        ("NATO summit ends", "en", False),
        ("EU", "en", False),  # one word in capitals is an acronym, not a shouted headline
        ("A NATO", "en", False),  # a single capital letter says nothing either way; one word is left
        ("ПУТИН ПРИБЫЛ В КИЕВ", "ru", True),  # noqa: RUF001
        ("ترامب يصل إلى بغداد", "ar", False),  # no case at all
        ("US-PRÄSIDENT IN BERLIN", "de", True),
        ("AI DOMICILIARI L'EX ASSESSORE", "it", True),  # L' is one letter, not a title-case word
    ],
)
def test_a_field_written_in_capitals_is_marked(title: str, language: str, all_caps: bool) -> None:
    assert ANALYZER.analyse(title, language).all_caps is all_caps


def test_an_articles_fields_are_marked_one_by_one() -> None:
    doc = analyse_article(
        ANALYZER, Article(uid="1", feed="f", title="NATO SUMMIT ENDS", summary="Leaders left.", language="en")
    )
    assert doc.fields["title"].all_caps and not doc.fields["summary"].all_caps


def test_hyphenated_parts_are_keys_at_the_words_position() -> None:
    text = ANALYZER.analyse("Der US-Präsident traf Putin-Kritiker beim Nato-Gipfel", "de")
    [us] = [t for t in text.tokens if t.text == "US-Präsident"]
    assert [(p.text, p.kind) for p in us.parts] == [("US", "hyphen"), ("Präsident", "hyphen")]
    assert text.index["us"] == text.index["prasident"] == text.index["us-prasident"] == [1]
    assert text.positions(("kritiker",)) == {3}
    assert us.keys == ("us-prasident",)  # the word's own keys: what a rule word that is this word wants


@pytest.mark.parametrize(
    ("query", "title", "language", "rule_language", "expected"),
    [
        ("US", "Der US-Präsident kommt", "de", "en", True),
        ("Putin", "Ein Putin-Kritiker spricht", "de", "en", True),
        ("Netanyahu", "De regering-Netanyahu overleeft een motie", "nl", "en", True),  # a capitalised part
        ("=US", "Der US-Präsident kommt", "de", "en", True),  # exact: the part as written
        ("=US", "Let us go", "en", "en", False),
        ("US-Präsident", "Die US-Präsidenten kommen", "de", "de", True),  # US- + Präsident's lemma
        ("US-Präsident", "Der Präsident kommt", "de", "de", False),  # a rule word keeps its whole meaning
        ("Trump", "Trump'ın ziyareti", "tr", "en", True),
        ("Erdoğan", "Erdoğan'a göre", "tr", "tr", True),
        ("NATO", "NATO'nun zirvesi", "tr", "en", True),
        ("Türkiye", "Türkiye’nin ekonomisi", "tr", "tr", True),  # typographic apostrophe
    ],
)
def test_parts_find_the_rule_words_they_are(
    query: str, title: str, language: str, rule_language: str, expected: bool
) -> None:
    assert matches(query, title, language, rule_language) is expected


def test_arabic_stems_without_proclitics_are_keys_when_likelier_than_the_whole() -> None:
    text = ANALYZER.analyse("وترامب وبالعراق للرئيس وزير", "ar")
    trump, iraq, president, minister = text.tokens
    assert "ترامب" in {p.text for p in trump.parts}
    assert {"بالعراق", "العراق"} <= {p.text for p in iraq.parts}
    assert "الرئيس" in {p.text for p in president.parts}
    assert all(p.kind == "clitic" for t in text.tokens for p in t.parts)
    assert not minister.parts  # وزير is "minister", a common word, not و + زير
    assert matches("ترامب", "وترامب يصل", "ar", "ar")
    assert not matches("زير", "وزير الخارجية", "ar", "ar")


def test_arabic_possessive_pronouns_leave_the_noun_as_a_key() -> None:
    text = ANALYZER.analyse("عسلهم وبسجادتها الشعراء", "ar")
    honey, carpet, poets = text.tokens
    assert "عسل" in {p.text for p in honey.parts}  # their honey
    assert "سجادة" in {p.text for p in carpet.parts}  # and on her carpet: ة written ت before the pronoun
    assert "شعر" not in {p.text for p in poets.parts}  # with the article, a noun takes no pronoun
    assert matches("عسل", "يصدّر النحالون عسلهم إلى دول الخليج", "ar", "ar")
    assert not matches("عسل", "وصل المتهمون إلى المحكمة", "ar", "ar")


def test_korean_particles_leave_the_noun_as_a_key() -> None:
    text = ANALYZER.analyse("트럼프는 군인들이 정부가 미국", "ko")
    trump, soldiers, government, usa = text.tokens
    assert "트럼프" in {p.text for p in trump.parts}
    assert "군인" in {p.text for p in soldiers.parts}  # 들 (plural) and 이 both come off
    assert "정부" in {p.text for p in government.parts}
    assert not usa.parts  # 미국 ends in no particle
    assert matches("트럼프", "트럼프는 서울에 도착했다", "ko", "ko")


def test_a_token_lists_its_own_keys_first_then_its_parts() -> None:
    [token] = words("Halbzeitwahlen", "de")
    assert token.all_keys[: len(token.keys)] == token.keys
    assert {"halbzeit", "wahl"} <= set(token.all_keys)
    assert len(set(token.all_keys)) == len(token.all_keys)


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        (
            "Troops moved. U.S.-led talks: 3.5 km! Why?  End",
            "en",
            ["Troops moved.", "U.S.-led talks: 3.5 km!", "Why?", "End"],
        ),
        ("北朝鮮が派兵。ロシアは否定した。 続報", "ja", ["北朝鮮が派兵。", "ロシアは否定した。", "続報"]),
        ("Titel\n\nErster Satz.", "de", ["Titel", "Erster Satz."]),
    ],
)
def test_sentences_end_at_stops_and_line_breaks(text: str, language: str, sentences: list[str]) -> None:
    analysed = ANALYZER.analyse(text, language)
    assert [text[a:b] for a, b in analysed.sentences] == sentences


def test_a_rule_set_of_many_words_leaves_the_articles_a_fresh_tokeniser() -> None:
    """spaCy caches the splitting of its first 10,000 chunks only: thousands of rule words would
    fill it and leave every article's words to its affix regexes (3.5 times as slow)."""
    analyzer = Analyzer()
    article = "Die Regierung in Berlin hat am Dienstag neue Hilfen beschlossen."
    before = [(t.text, t.start) for t in analyzer.analyse(article, "de").tokens]
    first = analyzer.languages.get("de").tokenizer
    with analyzer.rule_words():
        analyzer.analyse("Wahl Krieg", "de")
    assert analyzer.languages.get("de").tokenizer is first  # a few rule words: nothing to renew

    with analyzer.rule_words():
        for n in range(RENEW_AFTER):
            analyzer.analyse(f"regel{n}wort", "de")

    assert analyzer.languages.get("de").tokenizer is not first
    assert [(t.text, t.start) for t in analyzer.analyse(article, "de").tokens] == before


def test_a_language_that_met_its_fill_of_new_words_gets_a_fresh_tokeniser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tokeniser also keeps every word it met, never giving one back: a daemon of months renews it
    when the analyser's memory of words turns a generation, if the language met enough new words."""
    monkeypatch.setattr(analyzer_module, "RENEW_AFTER", 50)
    analyzer = Analyzer()
    analyzer.remembered = Remembered(size=100)
    first = analyzer.languages.get("en").tokenizer
    analyzer.analyse(" ".join(f"word{n}" for n in range(60)), "en")
    assert analyzer.languages.get("en").tokenizer is first  # the generation is not full yet
    analyzer.analyse(" ".join(f"term{n}" for n in range(60)), "en")
    assert analyzer.languages.get("en").tokenizer is not first


def test_the_words_remembered_are_bounded_over_all_languages_and_the_used_ones_stay() -> None:
    """Each remembered word costs about a kilobyte: 14 busy languages of 100,000 words each grew past a
    gigabyte. Two generations of at most `size` new words, all languages together, are held; a word met
    again in the previous generation is kept, one not met for two generations is worked out anew."""
    analyzer = Analyzer()
    analyzer.remembered = Remembered(size=100)
    for n in range(10):
        for language in ("en", "de", "fr"):
            analyzer.analyse(" ".join(f"w{language}{n}x{k}" for k in range(30)) + " Berlin", language)
        assert len(analyzer.remembered) <= 2 * (100 + 31)
    young, old = analyzer.remembered.language("de")
    assert "Berlin" in young or "Berlin" in old  # met in every article: never dropped
    assert "wde0x0" not in young and "wde0x0" not in old  # met once, long ago
    assert [t.form for t in analyzer.analyse("wde0x0 Berlin", "de").tokens] == ["wde0x0", "berlin"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die US-Regierung (Washington) hat am 3. Mai 2,5 Mrd. € zugesagt – „sofort“, sagte sie!"),  # noqa: RUF001
        ("en", "The U.S. said: don't wait... see https://example.org/a?b=1 or mail info@example.org (AP)"),
        ("fr", "L'Élysée a dit : « non ». Aujourd'hui, 12 000 soldats... (AFP)\n\nPlus tard ?"),
        ("ru", "Путин, Зеленский и др. — 5-го числа; e-mail: info@example.ru"),  # noqa: RUF001
        ("zh", "特朗普说：“我们会赢。”（新华社）"),  # noqa: RUF001
    ],
)
def test_the_tokeniser_cuts_text_as_a_full_spacy_tokeniser_does(language: str, text: str) -> None:
    """The tokeniser computes only the word attributes analysis reads (punctuation, space): the same
    words, offsets and punctuation as spaCy's own blank pipeline, which computes them all."""
    import spacy

    from monitor.analysis.languages import FALLBACK_LANG
    from monitor.analysis.support import tokeniser

    full = spacy.blank(language if tokeniser(language) == "spacy" else FALLBACK_LANG).tokenizer
    ours = Analyzer().languages.get(language).tokenizer
    assert len(ours.vocab.lex_attr_getters) < len(full.vocab.lex_attr_getters)

    def cut(doc: Any) -> list[tuple[str, int, bool, bool]]:
        return [(t.text, t.idx, t.is_punct, t.is_space) for t in doc]

    assert cut(ours(text)) == cut(full(text))


def test_empty_fields_share_one_analysis_of_no_words_per_language() -> None:
    """An article's empty fields (content, author, entity fields) are one analysis, not one object each."""
    analyzer = Analyzer()
    doc = analyse_article(analyzer, Article(uid="1", feed="f", summary="Troops crossed the border."))
    empty = doc.fields["content"]
    assert empty is doc.fields["author"] is doc.fields["person"]
    assert empty.text == "" and empty.tokens == [] and empty.index == {} and empty.language == "en"
    assert analyzer.analyse("", "de") is analyzer.analyse("", "de") is not analyzer.analyse("", "en")
    assert analyzer.analyse("", "de").language == "de"
    assert doc.fields["summary"].index  # a field with words has its own
