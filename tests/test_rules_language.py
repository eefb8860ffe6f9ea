"""The watch-rule language, as a specification: (query, article, expected) tables.

An article is written either as a string (its title) or as a dict of `Article` fields;
a dict may also hold `feed_tags`, the tags of the feed the article came from.
Rules are written in English unless a table says otherwise.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle, analyse_article
from monitor.errors import QuerySyntaxError
from monitor.models import Article
from monitor.rules import RuleMatch, RuleSet, RuleSpec, parse
from monitor.rules.ast import And, Term
from monitor.rules.explain import explain, snippet
from monitor.rules.matchers import MANY_KEYS, PREFIX_MARK, AllOf, Hit, NoneOf, PlainAll, Words, selectivity
from monitor.rules.presearch import REFILE_AT, Cost, _file, _joined, _rebuild, _refiled, _same

ANALYZER = Analyzer()  # one for the module: loading a language takes about a second

BLOCKS = {
    "korea_north": '"North Korea" OR DPRK OR Pyongyang',
    "troops": "troop* OR soldier*",
    "korean_troops": "@korea_north AND @troops",
    "sites": "bbc.co.uk OR reuters.com",
    "loop_a": "@loop_b",
    "loop_b": "@loop_a",
    "itself": "war OR @itself",
    "broken": "troops AND",
    "no_words": "troops OR -",
}


def analysed(article: str | dict[str, Any]) -> tuple[AnalysedArticle, tuple[str, ...]]:
    fields = {"title": article} if isinstance(article, str) else dict(article)
    feed_tags = tuple(fields.pop("feed_tags", ()))
    fields.setdefault("feed", "Wire")
    doc = analyse_article(ANALYZER, Article(uid="1", **fields), feed_tags=feed_tags)
    return doc, feed_tags


def matches(query: str, article: str | dict[str, Any], language: str = "en") -> bool:
    rules = RuleSet.build([RuleSpec("rule", query, language)], ANALYZER, BLOCKS)
    doc, feed_tags = analysed(article)
    found = rules.match(doc, feed_tags)
    # The indexed match agrees with evaluating the rule directly.
    assert bool(found) == (rules.for_language(doc.language).matchers[0].eval(doc) is not None)
    return bool(found)


def table(*rows: tuple[Any, ...]) -> list[Any]:
    """pytest params with readable ids: `query | article | expected`."""

    def show(value: Any) -> str:
        text = str(value)
        return text if len(text) <= 40 else text[:37] + "..."

    return [pytest.param(*row, id=" | ".join(show(v) for v in row)) for row in rows]


def apart(first: str, second: str, distance: int) -> str:
    """Two words `distance` words apart (1: neighbours)."""
    return " ".join([first, *["then"] * (distance - 1), second])


# --- Words -------------------------------------------------------------------------

WORDS = table(
    # A term matches a whole word in the title, summary or content, in any case.
    ("troop", "Troop movements near the border", True),
    ("TROOP", "troop movements", True),
    ("Troop", "TROOP MOVEMENTS", True),
    ("war", "The war began in spring", True),
    ("war", "A warning was issued", False),
    ("war", "New software released", False),
    ("war", "Prewar talks", False),
    ("war", "After the war.", True),  # punctuation is not part of the word
    ("war", "(war)", True),
    ("war", "War-torn towns", True),  # English splits hyphenated words
    ("war", {"summary": "The war began"}, True),
    ("war", {"content": "The war began"}, True),
    ("war", {"title": "Peace", "summary": "Calm", "content": "Quiet"}, False),
    # Author and feed name are not searched unless the query asks for them.
    ("Smith", {"title": "Report", "author": "Jane Smith"}, False),
    ("Reuters", {"title": "Report", "feed": "Reuters"}, False),
    # Quote a keyword to search for the word itself.
    ('"not"', "I am not sure", True),
    ('"and"', "Salt and pepper", True),
    ('"and"', "Salt, pepper", False),
)


@pytest.mark.parametrize(("query", "article", "expected"), WORDS)
def test_words(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Lemmas: other forms of the same word ---------------------------------------

LEMMAS = table(
    # (rule language, query, article, expected)
    ("en", "troop", "Troops crossed the border", True),
    ("en", "troops", "A troop crossed the border", True),
    ("en", "soldiers", "One soldier was hurt", True),
    ("en", "mouse", "Mice in the kitchen", True),  # irregular plural
    ("en", "mice", "A mouse in the kitchen", True),
    ("en", "run", "She ran home", True),
    ("en", "ran", "She runs home", True),  # both have the lemma "run"
    ("en", "troop", "Trooper arrested", False),  # a lemma, not a prefix
    ("de", "Soldat", {"title": "Die Soldaten kamen", "language": "de"}, True),
    ("de", "Soldaten", {"title": "Ein Soldat kam", "language": "de"}, True),
    ("de", "Truppe", {"title": "Truppen an der Grenze", "language": "de"}, True),
    ("de", "Haus", {"title": "Häuser brennen", "language": "de"}, True),
    ("de", "gehen", {"title": "Sie ging nach Hause", "language": "de"}, True),
    # The article's words are lemmatised in the article's language, the query's in the rule's.
    ("en", "Soldat", {"title": "Die Soldaten kamen", "language": "de"}, True),
    ("en", "Soldaten", {"title": "Ein Soldat kam", "language": "de"}, False),
    ("de", "Soldat", {"title": "Die Soldaten kamen", "language": "en"}, False),
    # Polish has simplemma's lemmas; a language without a lemma table (Bengali) still matches on forms.
    ("pl", "żołnierz", {"title": "Żołnierz wrócił", "language": "pl"}, True),
    ("pl", "żołnierz", {"title": "Żołnierze wrócili", "language": "pl"}, True),
    ("bn", "সৈনিক", {"title": "সৈনিক ফিরেছে", "language": "bn"}, True),
    ("bn", "সৈনিক", {"title": "সৈনিকরা ফিরেছে", "language": "bn"}, False),
)


@pytest.mark.parametrize(("language", "query", "article", "expected"), LEMMAS)
def test_lemmas(language: str, query: str, article: Any, expected: bool) -> None:
    assert matches(query, article, language) is expected


# --- Folding: accents, compatibility forms -----------------------------------------

FOLDING = table(
    ("Sudkorea", {"title": "Südkorea droht", "language": "de"}, True),
    ("Südkorea", {"title": "Sudkorea droht", "language": "de"}, True),
    ("SÜDKOREA", {"title": "südkorea droht", "language": "de"}, True),
    ("resume", "Send your résumé", True),
    ("résumé", "Resume the talks", True),
    ("Zürich", "ZURICH votes", True),
    ("strasse", "Hauptstraße", False),  # a different word, whatever the folding
    ("strasse", "Straße gesperrt", True),  # casefold turns ß into ss
    ("file", "ﬁle a complaint", True),  # NFKC turns the ligature into plain letters
    ("US", "\uff35\uff33 troops", True),  # full-width letters
    ("GDP", {"title": "\uff27\uff24\uff30\u589e\u957f", "language": "zh"}, True),  # ...also next to Chinese
    ("bold", "\U0001d41b\U0001d428\U0001d425\U0001d41d move", True),  # mathematical letters
    ("Kyiv", "Kyïv", True),
    # Turkish keeps its own letters and drops other languages' accents
    ("Orban", {"title": "Orbán seçimi kazandı", "language": "tr"}, True),
    ("OPEC", {"title": "Öpecek misin", "language": "tr"}, False),
)


@pytest.mark.parametrize(("query", "article", "expected"), FOLDING)
def test_folding(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


@pytest.mark.parametrize("accents", [True, False])
def test_ascii_text_folds_as_its_nfkc_case_fold(accents: bool) -> None:
    """ASCII takes a short path (lowered): it must give what the normalisation gives, every character."""
    import unicodedata

    from monitor.analysis.fold import fold

    every = "".join(map(chr, range(128)))
    for text in (every, "Washington", "U.S.-Army", "DPRK's", "E=mc2"):
        assert fold(text, accents, "en") == unicodedata.normalize("NFKC", text).casefold()
    assert fold("Ab", accents) == "ab"


# --- Phrases -------------------------------------------------------------------------

PHRASES = table(
    ('"North Korea"', "North Korea fires a missile", True),
    ('"North Korea"', "NORTH KOREA fires a missile", True),
    ('"north korea"', "North Korea fires a missile", True),
    ('"North Korea"', "Korea North", False),  # order matters
    ('"North Korea"', "North and South Korea", False),  # the words must be adjacent
    ('"North Korea"', "Korea is north of here", False),
    ('"North Korea"', "North-Korea", True),  # the hyphen is not a word
    ('"North Korean troops"', "North Korean troop movements", True),  # lemmas inside phrases
    ('"Nordkorea Soldaten"', {"title": "Nordkoreas Soldat", "language": "de"}, False),
    ('"North Korea"', {"title": "North", "summary": "Korea"}, False),  # one field
    ('"Sud Korea"', {"title": "Süd Korea", "language": "de"}, True),
)


@pytest.mark.parametrize(("query", "article", "expected"), PHRASES)
def test_phrases(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Boolean operators ------------------------------------------------------------

BOOLEAN = table(
    ("troops AND Russia", "Russia moves troops", True),
    ("troops AND Russia", "Russia moves tanks", False),
    ("troops and Russia", "Russia moves troops", True),  # keywords in any case
    ("troops And Russia", "Russia moves tanks", False),
    ("troops Russia", "Russia moves troops", True),  # adjacent terms mean AND
    ("troops Russia", "Russia moves tanks", False),
    ("troops OR tanks", "Russia moves tanks", True),
    ("troops or tanks", "Russia moves tanks", True),
    ("troops OR tanks", "Russia moves jets", False),
    ("NOT troops", "Russia moves tanks", True),
    ("NOT troops", "Russia moves troops", False),
    ("not troops", "Russia moves troops", False),
    ("-troops", "Russia moves troops", False),
    ("-troops", "Russia moves tanks", True),
    ("Russia -troops", "Russia moves tanks", True),
    ("Russia -troops", "Russia moves troops", False),
    # NOT looks at title, summary and content alike.
    ("-troops", {"title": "Russia", "content": "More troops arrive"}, False),
    # AND binds tighter than OR: `a OR b c` is `a OR (b AND c)`.
    ("tanks OR troops Russia", "tanks", True),
    ("tanks OR troops Russia", "troops", False),
    ("tanks OR troops Russia", "Russian troops in Russia", True),
    ("(tanks OR troops) Russia", "tanks", False),
    ("(tanks OR troops) Russia", "Russia sends tanks", True),
    ("tanks OR troops AND Russia", "troops", False),
    # NOT binds tightest: `NOT a OR b` is `(NOT a) OR b`.
    ("NOT tanks OR troops", "tanks and troops", True),
    ("NOT tanks OR troops", "tanks only", False),
    ("NOT (tanks OR troops)", "tanks only", False),
    ("NOT (tanks OR troops)", "jets only", True),
    ("NOT NOT tanks", "tanks only", True),
    ("((tanks))", "tanks only", True),
    ("(tanks OR (jets AND ships)) Russia", "Russia sends jets and ships", True),
    ("(tanks OR (jets AND ships)) Russia", "Russia sends jets", False),
)


@pytest.mark.parametrize(("query", "article", "expected"), BOOLEAN)
def test_boolean_operators(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Wildcards ---------------------------------------------------------------------

WILDCARDS = table(
    ("troop*", "troop", True),  # the prefix itself
    ("troop*", "Troops arrive", True),
    ("troop*", "A trooper arrives", True),
    ("troops*", "A troop arrives", False),  # never a shorter word
    ("troop*", "Stroop test", False),  # a prefix, not a substring
    ("troop*", "tro op", False),
    ("ukrain*", "UKRAINE and Ukrainian aid", True),
    ("Sudkor*", {"title": "Südkoreas Präsident", "language": "de"}, True),
    ('"North Kor*"', "North Korean troops", False),  # inside quotes '*' is just a character
    ("title:troop*", {"title": "peace", "content": "troops"}, False),
)


@pytest.mark.parametrize(("query", "article", "expected"), WILDCARDS)
def test_wildcards(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- NEAR ------------------------------------------------------------------------------

NEAR = table(
    ("Ukraine NEAR/1 ceasefire", "Ukraine ceasefire holds", True),  # neighbours: distance 1
    ("Ukraine NEAR/1 ceasefire", "ceasefire Ukraine", True),  # either order
    ("Ukraine NEAR/1 ceasefire", apart("Ukraine", "ceasefire", 2), False),
    ("Ukraine NEAR/3 ceasefire", apart("Ukraine", "ceasefire", 3), True),  # exactly n
    ("Ukraine NEAR/3 ceasefire", apart("Ukraine", "ceasefire", 4), False),  # n + 1
    ("Ukraine NEAR/3 ceasefire", apart("ceasefire", "Ukraine", 3), True),
    ("Ukraine NEAR/3 ceasefire", apart("ceasefire", "Ukraine", 4), False),
    ("Ukraine near/3 ceasefire", apart("Ukraine", "ceasefire", 3), True),
    ("Ukraine NEAR ceasefire", apart("Ukraine", "ceasefire", 10), True),  # default 10
    ("Ukraine NEAR ceasefire", apart("Ukraine", "ceasefire", 11), False),
    ("Ukraine NEAR/1 ceasefire", "Ukraine, ceasefire", True),  # punctuation is not a word
    ("Ukraine NEAR/1 ceasefire", "Ukrainian ceasefire", False),
    ("Ukraine NEAR/5 ceasefire", {"title": "Ukraine", "summary": "ceasefire"}, False),  # one field
    ("Ukraine NEAR/5 ceasefire", {"summary": "Ukraine ceasefire"}, True),
    ("troops NEAR/1 border", "troop border", True),  # lemmas
    ("troop* NEAR/2 border", "trooper at border", True),
    # Groups: any of each side.
    ("(Ukraine OR Russia) NEAR/2 (ceasefire OR truce)", "Russia truce", True),
    ("(Ukraine OR Russia) NEAR/2 (ceasefire OR truce)", apart("Russia", "truce", 3), False),
    ("(Ukraine AND Russia) NEAR/1 truce", "Ukraine and Russia truce", True),
    # Phrases count from their nearer end.
    ('"North Korea" NEAR/2 troops', "North Korea sends troops", True),
    ('"North Korea" NEAR/1 troops', "North Korea sends troops", False),
    ('"North Korea" NEAR/2 troops', "troops from North Korea", True),
    ('"North Korea" NEAR/1 troops', "troops from North Korea", False),
    ('"North Korea" NEAR/1 "South Korea"', "North Korea South Korea talks", True),
    # NEAR binds tighter than AND.
    ("talks Ukraine NEAR/1 ceasefire", "Ukraine ceasefire talks", True),
    ("talks Ukraine NEAR/1 ceasefire", "Ukraine and ceasefire talks", False),
    # Chains: a NEAR b NEAR c is (a NEAR b) NEAR c.
    ("Kyiv NEAR/1 Moscow NEAR/1 talks", "Kyiv Moscow talks", True),
    ("Kyiv NEAR/1 Moscow NEAR/1 talks", "Kyiv Moscow then talks", False),
)


@pytest.mark.parametrize(("query", "article", "expected"), NEAR)
def test_near(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Field scopes --------------------------------------------------------------------

FIELDS = table(
    ("title:troops", {"title": "Troops arrive"}, True),
    ("title:troops", {"title": "News", "summary": "Troops arrive"}, False),
    ("summary:troops", {"title": "News", "summary": "Troops arrive"}, True),
    ("summary:troops", {"title": "Troops arrive"}, False),
    ("content:troops", {"content": "Troops arrive"}, True),
    ("content:troops", {"summary": "Troops arrive"}, False),
    ("TITLE:troops", {"title": "Troops arrive"}, True),  # field names in any case
    ("author:Smith", {"title": "Report", "author": "Jane Smith"}, True),
    ("author:smith", {"title": "Smith reports", "author": "Jane Doe"}, False),
    ('author:"Jane Smith"', {"author": "Jane Smith"}, True),
    ("feed:Reuters", {"title": "Report", "feed": "Reuters World"}, True),
    ("feed:Reuters", {"title": "Reuters report", "feed": "AP"}, False),
    ("title:(troops OR soldiers)", {"title": "Soldiers arrive"}, True),
    ("title:(troops OR soldiers)", {"content": "Soldiers arrive"}, False),
    ('title:"North Korea"', {"title": "North Korea talks"}, True),
    ("title:troops Russia", {"title": "Troops", "content": "Russia"}, True),  # the scope is one term
    ("title:(troops Russia)", {"title": "Troops", "content": "Russia"}, False),
    ("title:-troops", {"title": "Russia", "content": "troops"}, True),
    ("title:-troops", {"title": "Russian troops"}, False),
    ("-title:troops", {"title": "Russian troops"}, False),
    ("title:summary:troops", {"summary": "troops"}, True),  # the inner scope wins
    ("title:(Ukraine NEAR/1 ceasefire)", {"title": "Ukraine ceasefire"}, True),
    ("title:@troops", {"title": "Soldiers arrive"}, True),
    ("title:@troops", {"content": "Soldiers arrive"}, False),
    # person:, org: and place: hold named entities, found only where a trained pipeline is configured.
    ("person:Smith", {"title": "Jane Smith", "author": "Jane Smith"}, False),
    ("-place:Paris", {"title": "Paris"}, True),
)


@pytest.mark.parametrize(("query", "article", "expected"), FIELDS)
def test_field_scopes(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


VALUES = table(
    # site: the link's host, or any subdomain of it.
    ("site:bbc.co.uk", {"link": "https://bbc.co.uk/news/1"}, True),
    ("site:bbc.co.uk", {"link": "https://www.bbc.co.uk/news/1"}, True),
    ("site:bbc.co.uk", {"link": "https://news.bbc.co.uk/1"}, True),
    ("site:bbc.co.uk", {"link": "https://notbbc.co.uk/1"}, False),
    ("site:bbc.co.uk", {"link": "https://bbc.co.uk.example.com/1"}, False),
    ("site:bbc.co.uk", {"link": "https://example.com/bbc.co.uk"}, False),
    ("site:BBC.co.uk", {"link": "https://WWW.BBC.CO.UK:8443/1"}, True),
    ("site:www.bbc.co.uk", {"link": "https://www.bbc.co.uk/1"}, True),
    ("site:news.bbc.co.uk", {"link": "https://www.bbc.co.uk/1"}, False),
    ("site:bbc.co.uk", {"title": "BBC", "link": ""}, False),
    ("site:@sites", {"link": "https://www.reuters.com/world"}, True),
    ("site:(bbc.co.uk OR reuters.com) troops", {"title": "troops", "link": "https://bbc.co.uk/"}, True),
    # lang: the article's language; a two-letter code also matches its regional variants.
    ("lang:de", {"title": "Soldaten", "language": "de"}, True),
    ("lang:de", {"title": "Soldaten", "language": "en"}, False),
    ("lang:DE", {"title": "Soldaten", "language": "de"}, True),
    ("lang:en", {"title": "troops"}, True),  # no language declared: English
    # languages are stored as primary codes (a feed's pt-BR is pt), so a region is ignored
    ("lang:pt-BR", {"title": "tropas", "language": "pt"}, True),
    ("lang:pt-br", {"title": "tropas", "language": "pt"}, True),
    ("lang:PT", {"title": "tropas", "language": "pt"}, True),
    ("lang:pt-BR", {"title": "tropas", "language": "es"}, False),
    ("lang:p", {"title": "tropas", "language": "pt"}, False),
    ("lang:de -lang:de", {"title": "Soldaten", "language": "de"}, False),
    ("troops -lang:de", {"title": "troops", "language": "en"}, True),
    # tag: an entry category or a tag of the feed, as a whole value.
    ("tag:world", {"title": "x", "tags": ("World",)}, True),
    ("tag:world", {"title": "x", "feed_tags": ("world",)}, True),
    ("tag:world", {"title": "x", "tags": ("Sport",), "feed_tags": ("news",)}, False),
    ("tag:world", {"title": "x", "tags": ("World News",)}, False),
    ('tag:"world news"', {"title": "x", "tags": ("World News",)}, True),
    ("tag:wor*", {"title": "x", "tags": ("Worldwide",)}, True),
    ("tag:Europaische", {"title": "x", "tags": ("Europäische",)}, True),
    ("tag:world", {"title": "world"}, False),  # not a word of the text
)


@pytest.mark.parametrize(("query", "article", "expected"), VALUES)
def test_site_lang_and_tag(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Exact forms -------------------------------------------------------------------

EXACT = table(
    ("=US", "US troops", True),
    ("=US", "Tell us more", False),  # case-sensitive
    ("us", "US troops", True),  # without '=' case does not matter
    ("=us", "US troops", False),
    ("=US", "USA troops", False),  # still a whole word
    ("=Südkorea", {"title": "Südkorea", "language": "de"}, True),
    ("=Sudkorea", {"title": "Südkorea", "language": "de"}, False),  # accents count too
    ("=troops", "troop", False),  # no lemmas
    ('="New York"', "New York votes", True),
    ('="New York"', "new york votes", False),
    ('="New York"', "York New", False),
    ('="New York" NEAR/2 =US', "New York and US", True),
)


@pytest.mark.parametrize(("query", "article", "expected"), EXACT)
def test_exact_forms(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Regular expressions ---------------------------------------------------------

REGEXES = table(
    ("/ab+c/", "xabbbcx", True),  # on the raw text, not word by word
    ("/ab+c/", "ABBC", False),
    ("/ab+c/i", "ABBC", True),
    (r"/\bwar\b/", "warning", False),
    (r"/\bwar\b/", "the war", True),
    (r"/\d{4}-\d{2}/", "since 2024-05", True),
    (r"/\d{4}-\d{2}/", "since 2024", False),
    ("/North Korea/", "North  Korea", False),  # whitespace is as written
    ("/Südkorea/", "Sudkorea", False),  # no folding
    ("/a\\/b/", "either a/b or c", True),  # '\/' is a slash
    ("/troops/", {"title": "x", "author": "troops"}, False),  # default fields only
    ("author:/smi/i", {"title": "x", "author": "Jane Smith"}, True),
    ("/^$/", {"title": "x", "summary": "y", "content": "z"}, False),
    # RE2 runs in linear time, so a pattern that backtracks badly elsewhere is harmless.
    ("/(a+)+$/", "a" * 50_000 + "b", False),
    ("/(a+)+$/", "a" * 50_000, True),
    ("/(x+x+)+y/", "x" * 50_000, False),
)


@pytest.mark.parametrize(("query", "article", "expected"), REGEXES)
def test_regular_expressions(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Building blocks -------------------------------------------------------------

BLOCK_CASES = table(
    ("@korea_north", "DPRK fires a missile", True),
    ("@korea_north", "North Korea fires a missile", True),
    ("@korea_north", "South Korea fires a missile", False),
    ("@korean_troops", "Pyongyang sends soldiers", True),  # blocks inside blocks
    ("@korean_troops", "Pyongyang sends envoys", False),
    ("@korean_troops Russia", "Pyongyang sends troops to Russia", True),
    ("-@korea_north", "South Korea", True),
    ("-@korea_north", "Pyongyang", False),
    ("@korea_north OR @korea_north", "DPRK", True),  # a block may be used twice
    ("@troops NEAR/2 @korea_north", "soldiers from DPRK", True),
)


@pytest.mark.parametrize(("query", "article", "expected"), BLOCK_CASES)
def test_building_blocks(query: str, article: Any, expected: bool) -> None:
    assert matches(query, article) is expected


# --- Errors ----------------------------------------------------------------------------

PARSE_ERRORS = table(
    # (query, message fragment, 0-based position of the caret)
    ("", "the query is empty", 0),
    ("   ", "the query is empty", 3),
    ('"North Korea', "unterminated phrase: add the closing '\"'", 0),
    ('troops ="New York', "unterminated phrase", 8),
    ('""', "empty phrase", 0),
    ('troops "  "', "empty phrase", 7),
    ("/ab+c", "unterminated regular expression: add the closing '/'", 0),
    ("a /x\\/", "unterminated regular expression", 2),
    ("/ab+c/x", "unknown regular expression flag 'x' (only 'i')", 6),
    ("/ab/iI", "unknown regular expression flag 'I'", 5),
    ("//", "empty regular expression", 0),
    ("troops /(ab/", "invalid regular expression: missing )", 7),
    ("/[z-a]/", "invalid regular expression", 0),
    ("@", "'@' must be followed by the name of a building block", 0),
    ("troops @ war", "'@' must be followed by the name", 7),
    ("= US", "'=' must be followed by a word or a \"phrase\"", 0),
    ("troops =", "'=' must be followed by a word", 7),
    ("=troop*", "an exact word cannot have a wildcard", 0),
    ("headline:troops", "unknown field 'headline'; fields are: title, summary, content, author, feed,", 0),
    ("troops Re:war", "unknown field 'Re'", 7),
    ("a NEAR/0 b", "NEAR needs a distance of at least 1 word", 2),
    ("a NEAR/99999999999 b", "NEAR distance is too large", 2),
    ("tro*ps", "a wildcard '*' may only end a word", 3),
    ("*troops", "a wildcard '*' may only end a word", 0),
    ("troop**", "a wildcard '*' may only end a word", 5),
    ("*", "a lone '*': a wildcard ends the word it extends, as in troop*", 0),
    ("troops OR *", "a lone '*'", 10),
    ("troop *", "a lone '*'", 6),
    # Malformed operators and quotes: each would otherwise be searched for as a word and never match.
    (
        "troop* NEAR/x Russia",
        "NEAR/ needs a whole number of words after the '/', as in NEAR/5, not 'NEAR/x'",
        7,
    ),
    ("a NEAR/ b", "NEAR/ needs a whole number", 2),
    ("Korea +Russia", "'+' is not an operator here: every term is required already, so write Russia", 6),
    ("earthquake|tsunami", "'|' inside a word is not an operator: write earthquake OR tsunami", 10),
    ("a near/-1 b", "not 'near/-1'", 2),
    ("a NEAR/1.5 b", "NEAR/ needs a whole number", 2),
    ("a NEAR5 b", "did you mean NEAR/5?", 2),
    ("a AND/3 b", "AND takes no distance; for words within 3 of each other write NEAR/3", 2),
    ("a or/2 b", "OR takes no distance", 2),
    ("a AND/OR b", "'AND/OR' is not an operator: write AND or OR", 2),
    ("a W/5 b", "'W/5' is not an operator here: for words within 5 of each other write NEAR/5", 2),
    ("a pre/3 b", "write NEAR/3", 2),
    ("a && b", "'&&' is not an operator: write AND", 2),
    ("a || b", "'||' is not an operator: write OR", 2),
    ("troops !sport", "'!' is not an operator: write NOT word or -word", 7),
    ("troops~2", "'~' is not an operator here", 6),
    ('"North Korea"~5', "'~' is not an operator here", 13),
    ('"North Korea" ~5', "'~' is not an operator here", 14),
    ("troops^2", "'^' is not an operator here", 6),
    ("troops -", "a lone '-': it excludes the term right after it, without a space, as in -sport", 7),
    ("troops -)", "a lone '-'", 7),
    ("troops - sport", "a lone '-'", 7),
    ('troops "!!"', 'nothing to search for in "!!": it has no letters or digits', 7),
    ("troops ...", "nothing to search for in '...'", 7),
    ("troops =...", "nothing to search for in '...'", 8),
    ("==US", "one '=' makes a word exact, as in =US", 1),
    ("\u201cNorth Korea\u201d AND troops", "a typographic quote '\u201c'", 0),
    ("troops AND \u201eNordkorea\u201c", "a typographic quote '\u201e'", 11),
    ("'North Korea' AND troops", "single quotes do not make a phrase", 0),
    (
        'North Korea" AND "troops',
        "a '\"' right after a word: put a space before a phrase's opening quote",
        11,
    ),
    ('"North Korea"troops', "a phrase's closing '\"' right before a word: put a space after it", 12),
    ("title:", "'title:' must be followed directly by a term", 0),
    ("troops lang:", "'lang:' must be followed directly by a term", 7),
    ("a)", "unbalanced ')': there is no '(' to close", 1),
    ("(a) b)", "unbalanced ')'", 5),
    (")", "unbalanced ')'", 0),
    ("troops AND", "AND needs a term after it, found the end of the query", 7),
    ("troops OR )", "OR needs a term after it, found ')'", 7),
    ("troops AND OR war", "AND needs a term after it, found OR", 7),
    ("troops NEAR/5", "NEAR needs a term after it", 7),
    ("NOT", "NOT needs a term after it", 0),
    ("troops NOT AND war", "NOT needs a term after it, found AND", 7),
    ("troops -OR war", "- needs a term after it, found OR", 7),
    ("title: troops", "'title:' must be followed directly by a term", 0),
    ("troops Title:)", "'title:' must be followed directly by a term", 7),
    ("title:AND", "'title:' must be followed directly by a term", 0),
    ("()", "empty parentheses", 0),
    ("troops OR ( )", "empty parentheses", 10),
    ("(troops OR war", "missing ')' to close this '('", 0),
    ("x (a (b)", "missing ')' to close this '('", 2),
    ("AND troops", "AND needs a term before it", 0),
    ("(OR troops)", "OR needs a term before it", 1),
    ("NEAR/3 troops", "NEAR needs a term before it", 0),
    ("(", "expected a term, found the end of the query", 1),
    ("troops (", "expected a term, found the end of the query", 8),
)


@pytest.mark.parametrize(("query", "message", "position"), PARSE_ERRORS)
def test_parse_errors(query: str, message: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse(query)
    error = caught.value
    assert message in error.message
    assert error.position == position
    assert error.query == query
    lines = str(error).split("\n")
    assert lines[0] == f"{error.message} at column {position + 1}"
    assert lines[1:] == [f"  {query}", "  " + " " * position + "^"]


COMPILE_ERRORS = table(
    # Errors found when a rule is compiled: the caret points into the rule's own query.
    ("troops OR @nope", "unknown building block or concept '@nope' (blocks: @broken, @itself", 10),
    ("troops OR @loop_a", "building block refers to itself: @loop_a -> @loop_b -> @loop_a", 10),
    ("@itself", "building block refers to itself: @itself -> @itself", 0),
    ("war @broken", "in building block @broken: AND needs a term after it", 4),
    ("war @no_words", "in building block @no_words: a lone '-'", 4),
    ("site:/bbc/", "site: takes a word, not a regular expression", 5),
    ("tag:(world OR /wor/)", "tag: takes a word, not a regular expression", 14),
)


@pytest.mark.parametrize(("query", "message", "position"), COMPILE_ERRORS)
def test_compile_errors(query: str, message: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        RuleSet.build([RuleSpec("rule", query)], ANALYZER, BLOCKS)
    error = caught.value
    assert message in error.message
    assert (error.query, error.position) == (query, position)
    assert str(error).endswith(f"\n  {query}\n  {' ' * position}^")


def test_build_names_the_first_rule_that_does_not_compile() -> None:
    specs = [RuleSpec("ok", "troops"), RuleSpec("bad", "troops AND"), RuleSpec("worse", "(")]
    with pytest.raises(QuerySyntaxError) as caught:
        RuleSet.build(specs, ANALYZER)
    assert caught.value.query == "troops AND"


# --- The presearch index ------------------------------------------------------------


def build(*queries: str) -> RuleSet:
    return RuleSet.build([RuleSpec(q, q) for q in queries], ANALYZER, BLOCKS)


def candidate_queries(rules: RuleSet, article: str | dict[str, Any]) -> set[str]:
    return {rules.specs[i].query for i in rules.candidates(analysed(article)[0])}


def test_candidates_leave_out_rules_whose_words_are_absent() -> None:
    rules = build(
        "troops AND Russia",
        '"North Korea"',
        "troop* NEAR/3 border",
        "=US",
        "title:tanks OR jets",
        "@korean_troops",
    )
    assert candidate_queries(rules, "Peace talks in Geneva") == set()
    assert candidate_queries(rules, "Russia says nothing") == set()  # troops is missing
    assert candidate_queries(rules, "Russian troops") == set()  # Russian is not Russia
    assert candidate_queries(rules, "Russia moves troops") == {"troops AND Russia"}
    assert candidate_queries(rules, "North and South Korea") == {'"North Korea"'}  # words, not order
    assert candidate_queries(rules, "A trooper at the border") == {"troop* NEAR/3 border"}
    assert candidate_queries(rules, "us") == {"=US"}  # case is checked later
    assert candidate_queries(rules, {"content": "jets"}) == {"title:tanks OR jets"}
    assert candidate_queries(rules, "DPRK soldiers") == {"@korean_troops"}
    assert candidate_queries(rules, "DPRK") == set()


def test_rules_without_required_words_are_always_candidates() -> None:
    always = ["-troops", "/ab+c/", "lang:de", "site:bbc.co.uk", "tag:world", "war OR -peace", "NOT @troops"]
    rules = build("troops AND Russia", *always)
    assert sorted(rules.specs[i].query for i in rules.for_language("en").always) == sorted(always)
    assert candidate_queries(rules, "Peace talks in Geneva") == set(always)
    # Being a candidate is not matching: the rule is still evaluated.
    doc = analysed({"title": "Peace talks", "language": "en"})[0]
    assert {m.rule for m in rules.match(doc)} == {"-troops", "NOT @troops"}


def test_an_and_with_a_required_word_is_not_always_a_candidate() -> None:
    rules = build("troops -Russia", "lang:de Soldaten", "/ab+c/ border")
    assert rules.for_language("en").always == []
    assert candidate_queries(rules, "Peace talks") == set()
    assert candidate_queries(rules, "troops at the border") == {"troops -Russia", "/ab+c/ border"}


def test_candidates_check_each_or_branch_and_field_scope_whole() -> None:
    rules = build("title:troops OR (missile AND border)", "Korea (talks OR ceasefire)")
    # The words are there, but not the way the rules want them: no rule is evaluated.
    assert candidate_queries(rules, {"title": "Report", "summary": "troops fired a missile"}) == set()
    assert candidate_queries(rules, {"title": "Korea", "summary": "missile talks"}) == {
        "Korea (talks OR ceasefire)"
    }
    assert candidate_queries(rules, {"title": "Troops", "summary": "Korea"}) == {
        "title:troops OR (missile AND border)"
    }
    assert candidate_queries(rules, "missile at the border") == {"title:troops OR (missile AND border)"}


VOCABULARY = [
    "troops",
    "troop",
    "soldier",
    "Russia",
    "Ukraine",
    "ceasefire",
    "border",
    "North",
    "Korea",
    "US",
    "us",
    "Südkorea",
    "missile",
    "talks",
]
LEAVES = [
    lambda r: r.choice(VOCABULARY),
    lambda r: (word := r.choice(VOCABULARY))[: r.randint(min(3, len(word)), len(word))] + "*",
    lambda r: f'"{r.choice(VOCABULARY)} {r.choice(VOCABULARY)}"',
    lambda r: "=" + r.choice(["US", "us", "Korea", "Südkorea"]),
    lambda r: r.choice(["/ab+c/", "/Kor/i", r"/\d+/"]),
    lambda r: r.choice(["lang:de", "lang:en", "site:bbc.co.uk", "tag:world", "tag:wor*"]),
    lambda r: r.choice(["title:", "summary:", "content:"]) + r.choice(VOCABULARY),
    lambda r: "@" + r.choice(["korea_north", "troops"]),
]


def random_query(r: random.Random, depth: int = 0) -> str:
    if depth >= 2 or r.random() < 0.35:
        leaf = r.choice(LEAVES)(r)
        return f"-{leaf}" if r.random() < 0.15 else leaf
    left, right = random_query(r, depth + 1), random_query(r, depth + 1)
    operator = r.choice([" AND ", " ", " OR ", f" NEAR/{r.randint(1, 4)} "])
    return f"({left}{operator}{right})"


def random_article(r: random.Random) -> dict[str, Any]:
    def text() -> str:
        return " ".join(r.choice([*VOCABULARY, "abbc", "2024", "and"]) for _ in range(r.randint(0, 8)))

    return {
        "title": text(),
        "summary": text(),
        "content": text(),
        "language": r.choice(["en", "de"]),
        "link": r.choice(["https://www.bbc.co.uk/1", "https://example.com/2"]),
        "tags": tuple(r.sample(["World", "Sport", "Worldwide"], r.randint(0, 2))),
    }


def test_the_index_never_loses_a_match() -> None:
    """Random rule sets: the indexed match equals evaluating every rule on every article, before
    and after the rules are refiled."""
    r = random.Random(20240611)
    rules_seen = candidates = matched = 0
    for _ in range(40):  # many small sets, so that some shapes occur only once in a set
        queries = [random_query(r) for _ in range(12)]
        rules = RuleSet.build([RuleSpec(f"r{i}", q) for i, q in enumerate(queries)], ANALYZER, BLOCKS)
        for n in range(8):
            if n == 4:  # rules refiled under the words the first articles contained least often
                for language in ("en", "de"):
                    rules.for_language(language).refile()
            doc = analysed(random_article(r))[0]
            indexed = [m.rule for m in rules.match(doc)]
            matchers = rules.for_language(doc.language).matchers
            brute = [f"r{i}" for i, matcher in enumerate(matchers) if matcher.eval(doc) is not None]
            assert indexed == brute, (queries, doc.article)
            rules_seen += len(queries)
            candidates += len(rules.candidates(doc))
            matched += len(brute)
    # The comparison means something: rules matched, and the index skipped many rules.
    assert matched > 300
    assert candidates < 0.7 * rules_seen


def test_rules_only_watch_their_feeds() -> None:
    specs = [
        RuleSpec("all", "troops"),
        RuleSpec("by-name", "troops", feeds=frozenset({"Wire"})),
        RuleSpec("by-url", "troops", feeds=frozenset({"https://wire.example/feed"})),
        RuleSpec("by-tag", "troops", tags=frozenset({"world"})),
        RuleSpec("other", "troops", feeds=frozenset({"Other"})),
    ]
    rules = RuleSet.build(specs, ANALYZER)
    doc = analyse_article(
        ANALYZER, Article(uid="1", feed="Wire", title="troops"), feed_url="https://wire.example/feed"
    )
    assert [m.rule for m in rules.match(doc, ["world"])] == ["all", "by-name", "by-url", "by-tag"]
    assert [m.rule for m in rules.match(doc, [])] == ["all", "by-name", "by-url"]


# --- Explanations -----------------------------------------------------------------


def match_one(
    query: str, article: str | dict[str, Any], language: str = "en"
) -> tuple[RuleMatch, AnalysedArticle]:
    rules = RuleSet.build([RuleSpec("rule", query, language)], ANALYZER, BLOCKS)
    doc = analysed(article)[0]
    (found,) = rules.match(doc)
    return found, doc


def test_snippet_marks_the_words_in_the_sentence_with_the_most_distinct_terms() -> None:
    content = (
        "Troops moved at dawn. Officials in North Korea said nothing. "
        "Russian troops were seen in North Korea on Monday. Troops, troops everywhere."
    )
    found, doc = match_one('troops AND "North Korea"', {"title": "Report", "content": content})
    assert snippet(doc, found.hits) == "Russian **troops** were seen in **North Korea** on Monday."


def test_snippet_marks_every_occurrence_and_the_article_words_as_written() -> None:
    found, doc = match_one("troop", "Troops and more troops.")
    assert snippet(doc, found.hits) == "**Troops** and more **troops**."


def test_snippet_prefers_the_title_when_sentences_tie() -> None:
    found, doc = match_one("troops", {"title": "Troops move", "content": "The troops moved."})
    assert snippet(doc, found.hits) == "**Troops** move"


def test_snippet_of_a_match_without_words_is_empty() -> None:
    found, doc = match_one("-troops", "Peace talks")
    assert found.hits == ()
    assert snippet(doc, found.hits) == ""


def test_snippet_shortens_long_sentences_around_the_first_mark() -> None:
    content = " ".join(["filler"] * 100) + " troops " + " ".join(["filler"] * 100)
    found, doc = match_one("troops", {"content": content})
    text = snippet(doc, found.hits)
    assert "**troops**" in text
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= 322


def test_terms_list_query_terms_with_the_article_words_when_they_differ() -> None:
    found, doc = match_one('troop AND "North Korea" AND Russia', "North Korea sends troops to RUSSIA")
    assert found.terms(doc) == ["troop (troops)", "North Korea", "Russia"]


def test_terms_show_other_forms_accents_wildcards_and_exact_words() -> None:
    found, doc = match_one("Soldat AND Sudkorea", {"title": "Soldaten aus Südkorea", "language": "de"}, "de")
    assert found.terms(doc) == ["Soldat (Soldaten)", "Sudkorea (Südkorea)"]
    found, doc = match_one("ukrain* OR =US", "Ukrainian and US aid")
    assert found.terms(doc) == ["ukrain* (Ukrainian)", "US"]
    found, doc = match_one('="New York" /ab+c/', "New York abbc")
    assert found.terms(doc) == ["New York", "/ab+c/ (abbc)"]


def test_terms_list_each_term_once() -> None:
    found, doc = match_one("troops", {"title": "troops", "content": "troops and troops"})
    assert len(found.hits) == 3
    assert found.terms(doc) == ["troops"]


def test_values_compare_in_the_articles_form_with_accent_folding_off_and_accented_hosts() -> None:
    strict = Analyzer(accents=False)
    article = Article(uid="1", feed="Wire", title="x", tags=("Société",), link="https://www.bücher.de/a")
    doc = analyse_article(strict, article)

    def found(query: str) -> bool:
        return bool(RuleSet.build([RuleSpec("rule", query, "en")], strict).match(doc, ()))

    assert found("tag:Société AND x")
    assert not found("tag:Societe AND x")  # accents count when folding is off
    assert found("site:bücher.de AND x")


def test_an_ampersand_inside_a_name_is_part_of_the_word() -> None:
    assert parse("AT&T AND merger") == And((Term("AT&T"), Term("merger")))


def test_refiling_rules_under_the_words_articles_contain_least_often_keeps_the_candidates() -> None:
    queries = ("troops AND ceasefire", "title:border OR (missile AND Korea)", "troop* AND talks")
    rules = build(*queries)
    compiled = rules.for_language("en")
    assert compiled.index.keys() >= {"ceasefire", "title\x03border"}  # long words first, before any article
    # Many articles with *ceasefire*, *missile* and *talks*, none with troops, Korea or a troop* word.
    for _ in range(REFILE_AT[0]):
        compiled.candidates(analysed("ceasefire talks on missile stocks")[0])
    index = rules.for_language("en").index
    assert index["troops"] == index["troop"] == [0] and "ceasefire" not in index
    # a set's keys share one list of rules, so the next refiling rebuilds it once, not once a key
    assert index["troops"] is index["troop"]
    assert index["korea"] == [1] and "missile" not in index
    assert index["\x00troop"] == [2] and "talks" not in index
    # Each rule is listed under every key of the set it is now filed under, and under no other.
    filing = compiled.filing
    keys = set().union(*(keys for keys in filing.filed if keys))
    filed = {k: [i for i, keys in enumerate(filing.filed) if keys and k in keys] for k in keys}
    assert {k: sorted(rules) for k, rules in filing.by_key.items()} == filed
    # Which words a rule is filed under never changes which rules are candidates.
    for text, expected in (
        ("ceasefire talks", set()),
        ("troops agree a ceasefire", {queries[0]}),
        ({"title": "Border", "summary": "talks"}, {queries[1]}),
        ("a missile over Korea", {queries[1]}),
        ("Korea alone", set()),
        ("trooping talks", {queries[2]}),
    ):
        assert candidate_queries(rules, text) == expected


def test_refiling_rules_that_share_a_key_set_moves_those_that_leave_it_only() -> None:
    """Rules leave and reach key sets together (grouped by set): a key keeps the rules that stay."""
    queries = (
        "ceasefire",  # one set: stays under ceasefire
        "troops AND ceasefire",
        "Korea AND ceasefire",
        "troops AND Korea AND ceasefire",
        "(troops OR Korea) AND ceasefire",
        "troops AND talks",
    )
    rules = build(*queries)
    compiled = rules.for_language("en")
    assert compiled.index["ceasefire"] == [0, 1, 2, 3, 4]
    for _ in range(REFILE_AT[0]):
        compiled.candidates(analysed("ceasefire talks in Geneva")[0])
    filing = compiled.filing
    assert filing.by_key["ceasefire"] == [0]
    assert sorted(filing.by_key["troops"]) == [1, 4, 5] and sorted(filing.by_key["korea"]) == [2, 3, 4]
    keys = set().union(*(keys for keys in filing.filed if keys))
    filed = {k: [i for i, keys in enumerate(filing.filed) if keys and k in keys] for k in keys}
    assert {k: sorted(rules) for k, rules in filing.by_key.items()} == filed
    for text, expected in (
        ("ceasefire talks", {queries[0]}),
        ("troops and Korea agree a ceasefire", set(queries[:5])),
        ("Korea troops talks", {queries[5]}),
    ):
        assert candidate_queries(rules, text) == expected


def test_refiling_rules_between_overlapping_key_sets_lists_each_rule_under_its_new_set_only() -> None:
    """Sets that share keys (a name's spellings in two terms), keys that share one list of rules, rules
    that move out of a set and into one that overlaps it, sets left empty: after any moves, each key
    lists the rules filed under a set holding it, and no key lists none."""
    r = random.Random(20261207)
    words = [f"w{i}" for i in range(12)]
    for _ in range(200):
        sets = [frozenset(r.sample(words, r.randint(1, 5))) for _ in range(6)]
        requirements = [tuple(r.sample(sets, r.randint(1, 3))) for _ in range(10)]
        filing = _file(requirements, [(req,) for req in requirements], {s: (False, len(s), 0) for s in sets})
        moves = {i: r.choice(requirements[i]) for i in r.sample(range(10), r.randint(1, 10))}
        moved = _refiled(filing, moves, [(req,) for req in requirements])
        expected: dict[str, list[int]] = {}
        for i, keys in enumerate(filing.filed):
            if i not in moves:
                for key in keys or ():
                    expected.setdefault(key, []).append(i)
        for i, keys in moves.items():  # moved rules come after those that stayed, in the order moved
            for key in keys:
                expected.setdefault(key, []).append(i)
        assert {k: sorted(v) for k, v in moved.by_key.items()} == {k: sorted(v) for k, v in expected.items()}
        assert moved.filed == [moves.get(i, keys) for i, keys in enumerate(filing.filed)]
        assert all(moved.by_key.values())


def test_refiling_weighs_a_union_of_alternatives_as_the_union_built_whole() -> None:
    """`Compiled._best` weighs the union of a rule's alternatives from its parts where they share no
    key, and builds it only when chosen: it chooses the set that weighing every option built whole
    chooses (`min` over the required sets, then the union), over random rules with alternatives,
    prefixes and overlapping words, and random counts."""
    r = random.Random(20261208)
    words = [w for w in VOCABULARY if " " not in w and w.isalpha()]
    seen: dict[str, int] = {}  # key -> counted articles that had it

    def cost(keys: frozenset[str]) -> Cost:
        return (sum(seen.get(k, 0) for k in keys), *selectivity(keys))

    unions = compared = 0
    for _ in range(60):
        queries = []
        for _ in range(8):
            picked = r.sample(words, 4)
            wild = f"{picked[3][:3]}*" if r.random() < 0.3 else picked[3]
            queries.append(f"({picked[0]} OR {picked[1]} {r.choice(picked)} OR {wild}) AND {picked[2]}")
        compiled = build(*queries).for_language("en")
        seen.clear()
        seen.update({key: r.randint(0, 3) for key in compiled.wanted if r.random() < 0.7})

        for i, required in enumerate(compiled.requirements):
            if required is None:
                continue
            options = list(required)
            check = compiled.alternatives[i]
            if len(check) >= 2 and all(check):
                usable = [a for a in check if all(a)]
                options.append(frozenset().union(*(min(a, key=cost) for a in usable)))
            expected = min(options, key=cost)
            chosen = compiled._best(i, cost)
            assert chosen == expected and cost(chosen) == cost(expected), queries[i]
            unions += expected is options[-1] and len(options) > len(required)
            compared += 1
    assert compared > 400 and unions > 10  # the union was the cheapest often enough to count
    assert any(k.startswith(PREFIX_MARK) for k in compiled.wanted)
    keys = [*words, *(PREFIX_MARK + w[:n] for w in words for n in (2, 4))]
    for _ in range(200):  # and disjoint sets of any keys weigh, joined, what their union weighs
        pool = r.sample(sorted(set(keys)), 12)
        parts = [frozenset(pool[:4]), frozenset(pool[4 : 4 + r.randint(1, 4)]), frozenset(pool[8:])]
        assert _joined([cost(part) for part in parts]) == cost(frozenset().union(*parts))


def test_a_word_of_many_keys_is_found_as_a_word_of_few() -> None:
    doc = analysed({"title": "Troops at the border", "summary": "More troops arrive at the border."})[0]
    keys = (*(f"form{i}" for i in range(MANY_KEYS * 2)), "troops")
    many = Words("troops", (keys,), None, None, ("title", "summary"))
    few = Words("troops", (("troops",),), None, None, ("title", "summary"))
    assert many.key_sets[0] is not None and few.key_sets[0] is None
    assert many.eval(doc) == few.eval(doc) and few.eval(doc)
    phrase = Words("troops arrive", (keys, ("arrive",)), None, None, ("title", "summary"))
    assert phrase.eval(doc) == [Hit("summary", 1, 3, "troops arrive")]


def test_an_and_of_plain_words_and_negated_words_is_evaluated_flat_with_the_same_hits() -> None:
    """`PlainAll` (the commonest shape of a large rule set) finds what the AllOf it stands for
    finds, hit for hit, and so explains each match the same way."""
    r = random.Random(20261206)
    words = [w for w in VOCABULARY if " " not in w and w.isalpha()]
    flat = compared = 0
    for _ in range(60):
        parts = r.sample(words, r.randint(2, 4))
        query = " AND ".join(("NOT " if i and r.random() < 0.4 else "") + w for i, w in enumerate(parts))
        matcher = RuleSet.build([RuleSpec("r", query)], ANALYZER).for_language("en").matchers[0]
        if not isinstance(matcher, PlainAll):
            continue
        flat += 1
        nested = AllOf((*matcher.words, *(NoneOf(w) for w in matcher.absent)))
        for _ in range(10):
            doc = analysed({**random_article(r), "language": "en"})[0]
            hits = matcher.eval(doc)
            assert hits == nested.eval(doc), (query, doc.article)
            if hits:
                compared += 1
                assert explain(doc, hits) == explain(doc, nested.eval(doc) or [])
    assert flat > 40 and compared > 20


def test_a_negated_word_only_where_the_rule_does_not_look_leaves_a_flat_and_matching() -> None:
    """`PlainAll` tests its negated words against all the article's keys at once and per field only
    when that finds one: a word in a field its words are not looked for in (the author) refuses nothing."""
    rules = RuleSet.build([RuleSpec("r", "troops AND NOT Korea")], ANALYZER)
    assert isinstance(rules.for_language("en").matchers[0], PlainAll)
    doc = analysed({"title": "Troops arrive", "author": "Korea Desk"})[0]
    assert "korea" in doc.keys
    assert [m.rule for m in rules.match(doc)] == ["r"]
    assert rules.match(analysed({"title": "Troops arrive", "summary": "Korea waits"})[0]) == []


def test_checks_of_alternatives_of_words_test_the_articles_words_only() -> None:
    """A rule's alternatives without prefix or scoped keys are checked as a list (against the
    article's words alone), those with such keys as a tuple (against its marks and its words'
    prefixes too); alternatives each left one set by the set the rule is filed under, as one set
    (their union); candidates as before."""
    queries = ("(troops OR soldier) AND border", "troops AND border AND talks", "troop* AND border")
    rules = build(*queries, "title:Korea OR (missile AND talks)")
    checks = rules.for_language("en").filing.checks
    assert [type(check) for check in checks] == [frozenset, list, tuple, tuple]
    assert checks[0] == {"troops", "troop", "soldier"}
    for text, expected in (
        ("soldier at the border", {queries[0]}),
        ("troops at the border for talks", {queries[0], queries[1], queries[2]}),
        ("a trooper at the border", {queries[2]}),
        ({"title": "Korea", "summary": "talks"}, {"title:Korea OR (missile AND talks)"}),
        ("missile talks", {"title:Korea OR (missile AND talks)"}),
        ("border", set()),
    ):
        assert candidate_queries(rules, text) == expected


def test_words_with_the_same_required_prefixes_share_their_word_cache_entries() -> None:
    """Words that find no rule (*trooping*, *troopers*) share one entry of the word cache, and words
    with the same prefixes rules require share one cut, so an article's entries are few objects; the
    words that start with a required prefix are known by it (what a check of a prefix asks)."""
    rules = build("troop* AND border", "troops AND NOT ceasefire")
    compiled = rules.for_language("en")
    found = candidate_queries(rules, "trooping troopers and troops near the border")
    assert found == {"troop* AND border", "troops AND NOT ceasefire"}
    filing = compiled.filing
    words, cuts = filing.words, filing.cuts
    assert words["trooping"] is words["troopers"] is words["near"] == ()
    assert words["troops"] and words["troops"] != words["trooping"]
    assert cuts["trooping"] == ("\x00troop",) and cuts["trooping"] is cuts["troopers"] is cuts["troops"]
    assert cuts["near"] == ()
    assert filing.starting["\x00troop"] >= {"trooping", "troopers", "troops"}
    assert "near" not in set().union(*filing.starting.values())


def test_a_terms_matcher_is_evaluated_once_an_article() -> None:
    """`Words.eval` keeps its answer in the article (`word_hits`): every rule holding the same compiled
    phrase reads it there, and another article (a fresh analysis) is evaluated anew."""
    rules = RuleSet.build([RuleSpec("a", '"climate change"')], ANALYZER, BLOCKS)
    [phrase] = rules.for_language("en").matchers
    assert isinstance(phrase, Words)
    doc, _ = analysed("Climate change talks resume; climate change is on the agenda.")
    first = phrase.eval(doc)
    assert first is not None and [(h.start, h.end) for h in first] == [(0, 2), (4, 6)]
    assert phrase.eval(doc) is first and list(doc.word_hits) == [id(phrase)]
    other, _ = analysed("Talks resume; the agenda is set.")
    assert phrase.eval(other) is None and phrase.eval(doc) is first


def test_a_set_whose_keys_share_one_list_is_rebuilt_into_one_list() -> None:
    """`_rebuild` changes each distinct list once: a set's keys keep sharing one list, or are dropped
    when it empties; keys with lists of their own are changed each on its own."""
    shared = [1, 2]
    index = {"a": shared, "b": shared, "c": shared, "other": [7]}
    _rebuild(index, frozenset("abc"), lambda rules: [*rules, 3])
    assert index["a"] == [1, 2, 3] and index["a"] is index["b"] is index["c"] and shared == [1, 2]
    _rebuild(index, frozenset("abc"), lambda rules: [])
    assert index == {"other": [7]}
    _rebuild(index, frozenset({"new", "newer"}), lambda rules: [*rules, 4])  # missing keys: []
    assert index["new"] == index["newer"] == [4]
    index["x"] = [5]
    _rebuild(index, frozenset({"new", "x"}), lambda rules: [r for r in rules if r != 4])
    assert "new" not in index and index["x"] == [5] and index["newer"] == [4]


def test_key_sets_are_the_same_by_identity_hash_or_keys() -> None:
    keys = frozenset({"troops", "troop"})
    assert _same(keys, keys) and _same(keys, frozenset({"troop", "troops"}))
    assert not _same(keys, frozenset({"troops"})) and not _same(keys, frozenset({"troops", "border"}))
    assert not _same(keys, None)


def test_equal_key_sets_of_a_rule_set_are_one_object() -> None:
    """A term in several rules, and a rule's requirements beside its alternatives, give equal key sets:
    `Compiled.of` keeps one object of each, so refiling's lookups and comparisons of a name's
    thousands of spellings are identity tests (and the copies are freed)."""
    compiled = build(
        "troops AND talks", "(troops OR ceasefire) AND Geneva", "talks NEAR/5 troops", "Geneva OR talks"
    ).for_language("en")
    sets = [keys for required in compiled.requirements if required for keys in required]
    sets += [keys for options in compiled.alternatives for required in options for keys in required]
    assert len(sets) > len(set(sets))  # the same words' sets recur
    assert len({id(keys) for keys in sets}) == len(set(sets))
