"""Multilingual matching: languages, concepts, places, CJK text and optional entity fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import parse_config
from monitor.errors import ConfigError
from monitor.matching import Matching
from monitor.models import Article

BASE = """
languages: [en, de, fr, ru, zh, ja]
concepts:
  builtin: false
  define:
    soldiers:
      description: test concept
      en: [troops, soldiers]
      de: [Soldaten, Truppen]
      fr: [soldats, troupes]
      ru: [войска, солдат*]
      zh: [士兵, 军队]
      ja: [兵士, 部隊]
"""


def matching(extra: str = "", rules: str = "") -> Matching:
    return Matching.build(parse_config(BASE + extra + "rules:\n" + rules, environ={}))


def found(m: Matching, title: str, language: str | None = None, summary: str = "") -> dict[str, list[str]]:
    doc, matches = m.match(Article(uid="1", feed="f", title=title, summary=summary, language=language))
    return {match.rule: match.terms(doc) for match in matches}


NK = "  - name: nk\n    query: '\"North Korea\" AND Russia AND troops'\n"


@pytest.mark.parametrize(
    ("title", "language", "terms"),
    [
        (
            "Nordkorea hat bereits einige zehntausend Soldaten nach Russland entsandt",
            "de",
            ['"North Korea" (Nordkorea)', "Russia (Russland)", "troops (Soldaten)"],
        ),
        (
            "La Corée du Nord envoie des troupes en Russie",
            "fr",
            ['"North Korea" (Corée du Nord)', "Russia (Russie)", "troops (troupes)"],
        ),
        (
            "КНДР направила солдат в Россию",
            "ru",
            ['"North Korea" (КНДР)', "Russia (Россию)", "troops (солдат)"],
        ),
        ("朝鲜向俄罗斯派遣军队", "zh", ['"North Korea" (朝鲜)', "Russia (俄罗斯)", "troops (军队)"]),
        ("北朝鮮がロシアに兵士を派遣", "ja", ['"North Korea" (北朝鮮)', "Russia (ロシア)", "troops (兵士)"]),
    ],
)
def test_an_english_rule_finds_the_story_in_other_languages(
    title: str, language: str, terms: list[str]
) -> None:
    assert found(matching(rules=NK), title, language) == {"nk": terms}


def test_members_match_only_in_their_own_language() -> None:
    m = matching(rules="  - name: s\n    query: troops\n")
    assert found(m, "Die Soldaten marschieren", "de") == {"s": ["troops (Soldaten)"]}
    assert found(m, "Les soldats défilent", "fr") == {"s": ["troops (soldats)"]}
    assert found(m, "Soldaten is a German word", "en") == {}  # a German member in an English article


def test_expansion_can_be_switched_off_per_rule_and_by_default() -> None:
    rule = "  - name: s\n    query: troops\n    expand_concepts: false\n"
    assert found(matching(rules=rule), "Die Soldaten marschieren", "de") == {}
    off = "defaults:\n  expand_concepts: false\n"
    assert found(matching(off, "  - name: s\n    query: troops\n"), "Die Soldaten marschieren", "de") == {}
    # an explicit @concept still applies
    assert found(matching(off, "  - name: s\n    query: '@soldiers'\n"), "Die Soldaten", "de") == {
        "s": ["@soldiers (Soldaten)"]
    }


def test_places_by_name_and_their_cldr_names_in_any_language() -> None:
    m = matching(rules="  - name: p\n    query: '@north_korea'\n")
    assert found(m, "Nordkorea testet Raketen", "de") == {"p": ["@north_korea (Nordkorea)"]}
    assert found(m, "Corea del Norte lanza un misil", "es") == {"p": ["@north_korea (Corea del Norte)"]}
    assert found(m, "Noord-Korea lanceert raket", "nl") == {"p": ["@north_korea (Noord-Korea)"]}
    assert found(m, "South Korea holds drills", "en") == {}


def test_user_concepts_define_and_places_can_be_switched_off() -> None:
    config = parse_config(
        BASE + "    more:\n      de: [Panzer]\nrules:\n  - name: r\n    query: '@more'\n", environ={}
    )
    assert found(Matching.build(config), "Panzer rollen", "de") == {"r": ["@more (Panzer)"]}
    with_places = BASE + "rules:\n  - name: r\n    query: '\"North Korea\"'\n"
    assert found(Matching.build(parse_config(with_places, environ={})), "Nordkorea", "de") == {
        "r": ['"North Korea" (Nordkorea)']
    }
    no_places = with_places.replace("builtin: false\n", "builtin: false\n  places: false\n")
    lexicon = Matching.build(parse_config(no_places, environ={})).rules.compiler.lexicon
    assert lexicon is not None
    sources = {s for v in lexicon.expand("North Korea", "en", "de").variants for s in v.sources}
    assert sources and not any(s.startswith(("places:", "pack:")) for s in sources)  # the dictionary's only


def test_an_inline_definition_extends_or_replaces_one_from_an_included_file(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text("armour:\n  de: [Panzer]\n")
    rules = "rules:\n  - name: r\n    query: '@armour'\n"

    def build(inline: str) -> Matching:
        text = BASE.replace("  builtin: false\n", "  builtin: false\n  files: [mine.yaml]\n")
        return Matching.build(parse_config(text + inline + rules, environ={}, base_dir=tmp_path))

    extended = build("    armour:\n      extend: true\n      de: [Kampfpanzer]\n")
    assert found(extended, "Panzer rollen", "de") == {"r": ["@armour (Panzer)"]}
    assert found(extended, "Kampfpanzer rollen", "de") == {"r": ["@armour (Kampfpanzer)"]}
    replaced = build("    armour:\n      de: [Kampfpanzer]\n")
    assert found(replaced, "Panzer rollen", "de") == {}
    assert found(replaced, "Kampfpanzer rollen", "de") == {"r": ["@armour (Kampfpanzer)"]}


def test_bad_concept_definitions_are_located(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("Bad-Name:\n  de: [x]\nok:\n  deu_x: [y]\n  fr: []\n  es: ['a*']\n")
    text = "concepts:\n  files: [bad.yaml, missing.yaml]\n"
    with pytest.raises(ConfigError) as info:
        parse_config(text, "cfg.yaml", environ={}, base_dir=tmp_path)
    problems = [str(p) for p in info.value.problems]
    bad = str(tmp_path / "bad.yaml")
    assert f"{bad}:2:3: Bad-Name: concept name 'Bad-Name': use lower-case letters, digits and _" in problems
    assert f"{bad}:4:3: ok.deu_x: 'deu_x' is not a language code (de, fr, ...) or 'any'" in problems
    assert f"{bad}:5:7: ok.fr: members must be a non-empty list" in problems
    assert f"{bad}:6:8: ok.es[0]: 'a*': a wildcard needs at least 3 letters before '*'" in problems
    assert any(p.startswith(str(tmp_path / "missing.yaml")) and "cannot read" in p for p in problems)


def test_language_is_declared_else_configured_else_detected() -> None:
    config = parse_config(
        BASE
        + "feeds:\n  - url: https://de.example/rss\n    name: de-feed\n    language: de\n"
        + "  - url: https://any.example/rss\n    name: any-feed\n"
        + "rules:\n  - name: s\n    query: troops\n",
        environ={},
    )
    m = Matching.build(config)

    def language(feed: str, title: str, declared: str | None = None) -> str | None:
        return m.with_language(Article(uid="1", feed=feed, title=title, language=declared)).language

    assert language("any-feed", "Les soldats défilent sur les Champs-Élysées", declared="fr") == "fr"
    assert language("de-feed", "Les soldats défilent sur les Champs-Élysées") == "de"
    assert language("any-feed", "Les soldats défilent sur les Champs-Élysées ce matin") == "fr"
    assert language("any-feed", "Войска вошли в город после боёв") == "ru"
    assert language("any-feed", "ok") == "und"  # too short to tell: undetermined, not the default


def test_lang_field_uses_the_settled_language() -> None:
    m = matching(rules="  - name: s\n    query: 'lang:fr AND troops'\n")
    assert found(m, "Les soldats défilent sur les Champs-Élysées ce matin") == {"s": ["troops (soldats)"]}
    assert found(m, "Die Soldaten marschieren heute durch Berlin und Hamburg") == {}


def test_chinese_and_japanese_match_as_consecutive_characters() -> None:
    m = matching(rules="  - name: q\n    query: '@soldiers AND 北京'\n")
    assert found(m, "北京派出军队", "zh") == {"q": ["@soldiers (军队)", "北京"]}
    assert found(m, "北军京队", "zh") == {}  # the characters, but not next to each other


def test_entity_fields_from_a_trained_pipeline_directory(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PERSON", "pattern": "Kim Jong Un"},
            {"label": "ORG", "pattern": "United Nations"},
            {"label": "GPE", "pattern": "Pyongyang"},
        ]
    )
    nlp.to_disk(tmp_path / "en_test_ner")
    text = BASE + "models:\n  en: en_test_ner\nrules:\n"
    text += "  - name: p\n    query: 'person:Kim AND place:Pyongyang'\n  - name: o\n    query: 'org:\"United Nations\"'\n"
    m = Matching.build(parse_config(text, environ={}, base_dir=tmp_path))
    assert found(m, "Kim Jong Un visits Pyongyang factory", "en") == {"p": ["Kim", "Pyongyang"]}
    assert found(m, "Pyongyang says Kim is fine", "en") == {}  # "Kim" alone is not the entity
    assert found(m, "The United Nations met", "en") == {"o": ["United Nations"]}


def test_a_model_that_is_not_installed_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config("models:\n  de: de_core_news_sm\n", "cfg.yaml", environ={})
    [problem] = [str(p) for p in info.value.problems]
    assert problem.startswith(
        "cfg.yaml:2:7: models.de: the spaCy pipeline 'de_core_news_sm' is not installed"
    )


PACK = "languages: [en, de, fr, ru]\nconcepts:\n  places: false\nrules:\n"


def pack_matching(rules: str) -> Matching:
    return Matching.build(parse_config(PACK + rules, environ={}))


def test_a_term_finds_a_concept_by_member_by_english_name_and_by_exact_member() -> None:
    m = pack_matching("  - name: r\n    query: x\n")
    find = m.book.find
    assert [c.name for c in find("flood", "en")] == ["flood"]  # the name: members are floods*, ...
    assert [c.name for c in find("Waffenruhe", "de")] == ["ceasefire"]  # a German member, German rule
    assert find("WHO", "en") and not find("who", "en")  # `=WHO` is found only as written
    assert find("shot", "en") == []  # names by form only: the lemma of `shot` is not `shooting`
    assert find("tank", "en") == [] and find("trial", "en") == []  # by_name: false


def test_an_ambiguous_name_does_not_widen_a_rule() -> None:
    m = pack_matching("  - name: r\n    query: vaccine AND trials\n  - name: f\n    query: flood\n")
    assert found(m, "Le procès du fabricant de vaccins s'ouvre", "fr") == {}
    assert found(m, "Hochwasser in Bayern", "de") == {"f": ["flood (Hochwasser)"]}


def test_hyphenated_stems_split_like_the_tokeniser_and_others_stay_whole() -> None:
    m = pack_matching("  - name: g\n    query: '5gh* AND network'\n  - name: n\n    query: '@navy'\n")
    assert found(m, "A 5GHz network", "en") == {"g": ["5gh* (5GHz)", "network"]}
    assert found(m, "Корабль военно-морского флота", "ru") == {"n": ["@navy (военно-морского)"]}


@pytest.fixture(scope="module")
def shipped() -> Matching:
    """The built-in pack and gazetteer, as config.yaml uses them."""
    return Matching.build(parse_config("languages: [en, de, fr, ru, zh]\nrules:\n" + NK, environ={}))


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Nordkorea hat bereits einige zehntausend Soldaten nach Russland entsandt", "de"),
        ("La Corée du Nord envoie des troupes en Russie", "fr"),
        ("КНДР направила солдат в Россию", "ru"),
        ("朝鲜向俄罗斯派遣军队", "zh"),
    ],
)
def test_the_readme_examples_match_with_the_shipped_defaults(
    shipped: Matching, title: str, language: str
) -> None:
    assert set(found(shipped, title, language)) == {"nk"}


WILDCARD_RULES = """
rules:
  - name: quake
    query: earthquake*
  - name: troops
    query: troop* AND Russia
  - name: ukraine
    query: Ukrain*
  - name: vaccine
    query: vaccin*
  - name: literal
    query: earthquake*
    expand_concepts: false
"""


@pytest.fixture(scope="module")
def wildcards() -> Matching:
    return Matching.build(parse_config(WILDCARD_RULES, environ={}))


@pytest.mark.parametrize(
    ("title", "language", "expected"),
    [
        # A stem that is a member (or the lemma of one) expands like the word.
        ("Un séisme frappe le nord du Japon", "fr", {"quake": ["earthquake* (séisme)"]}),
        ("Schweres Erdbeben erschüttert Japan", "de", {"quake": ["earthquake* (Erdbeben)"]}),
        ("Terremoto in Giappone", "it", {"quake": ["earthquake* (Terremoto)"]}),
        (
            "Nordkorea schickt Truppen nach Russland",
            "de",
            {"troops": ["troop* (Truppen)", "Russia (Russland)"]},
        ),
        # A stem that starts the members of one concept only (Ukraine, Ukrainian) expands to it.
        ("Украина получила новые танки", "ru", {"ukraine": ["Ukrain* (Украина)"]}),
        # Its own prefix still matches words of the rule's language, with or without expansion.
        (
            "Earthquakes shake Japan",
            "en",
            {"quake": ["earthquake* (Earthquakes)"], "literal": ["earthquake* (Earthquakes)"]},
        ),
        # Ambiguous (vaccine, vaccination): the stem matches only its own words.
        ("Neuer Impfstoff gegen Masern zugelassen", "de", {}),
    ],
)
def test_a_wildcard_reaches_other_languages_like_the_word(
    wildcards: Matching, title: str, language: str, expected: dict[str, list[str]]
) -> None:
    assert found(wildcards, title, language) == expected


def test_the_shipped_earthquake_rule_finds_the_story_in_other_languages() -> None:
    from monitor.config import load_config

    config = load_config(Path(__file__).parent.parent / "config.yaml", environ={})
    m = Matching.build(config)
    assert "earthquake*" in next(r.query for r in config.rules if r.name == "Earthquakes")
    for title, language in [
        ("Terremoto en Chile", "es"),
        ("Землетрясение в Японии", "ru"),
        ("日本で地震", "ja"),
    ]:
        assert "Earthquakes" in found(m, title, language), title
