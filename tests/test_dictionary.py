"""The dictionary: dictd files read as FreeDict writes them, equivalents with their sources, senses, licences."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.lexicon import dictionary
from monitor.lexicon.build import build, licences, second_pairs
from monitor.lexicon.dictionary import DATA, Translation, senses, translations
from monitor.lexicon.senses import select
from monitor.lexicon.sources import wordnets
from monitor.lexicon.sources.dictd import parse_entry, read_entries
from monitor.lexicon.sources.links import MAX_WORDS

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(number: int) -> str:
    digits = ""
    while True:
        digits = B64[number % 64] + digits
        number //= 64
        if not number:
            return digits


def write_dictd(base: Path, entries: dict[str, str]) -> None:
    """A real dictd dictionary: `<base>.dict.dz` (gzip) and `<base>.index`, as dictfmt writes them."""
    body = b""
    index = []
    for headword, text in entries.items():
        data = text.encode("utf-8")
        index.append(f"{headword}\t{b64(len(body))}\t{b64(len(data))}\n")
        body += data
    base.with_name(base.name + ".dict.dz").write_bytes(gzip.compress(body))
    base.with_name(base.name + ".index").write_text("".join(index), encoding="utf-8")


WIKDICT_STRIKE = """strike //str\u0251\u026ak// <n>
1. isku
physical blow
2. lakko
work stoppage
"""
GPL_TAX = """tax /t\u02c8aks/
Abgabe <fem>, Steuer <fem> [fin.]
      "any other duties and taxes"  - alle sonstigen Abgaben
 see: {taxes}
"""
JMDICT = """ [ichi1]  [news1]  税金 /ze\u02d0ki\u0274/,  [ichi1] ぜいきん /ze\u02c8iki\u0274/
(noun (common) (futsuumeishi))
tax, duty
"""


def test_wikdict_senses_keep_their_glosses() -> None:
    entry = parse_entry(WIKDICT_STRIKE)
    assert entry is not None and entry.headword == "strike"
    assert [(s.translations, s.glosses) for s in entry.senses] == [
        (("isku",), ("physical blow",)),
        (("lakko",), ("work stoppage",)),
    ]


def test_older_freedict_entries_drop_tags_examples_and_references() -> None:
    entry = parse_entry(GPL_TAX)
    assert entry is not None and entry.headword == "tax"
    [sense] = entry.senses
    assert sense.translations == ("Abgabe", "Steuer") and sense.glosses == ("fin.",)


def test_jmdict_entries_keep_the_written_form_and_priority_marks() -> None:
    entry = parse_entry(JMDICT)
    assert entry is not None and entry.headword == "税金"
    assert "news1" in entry.tags and entry.senses[0].translations == ("tax", "duty")


def test_a_headword_with_a_capital_inside_a_lower_case_word_is_written_in_lower_case() -> None:
    # FreeDict's ces-eng writes letiŠtě for letiště (airport), which eng-ces gives: one word, two routes
    entry = parse_entry("leti\u0160t\u011b /l\u02c8eci \u0283c\u02c8e/\nairport\n")
    assert entry is not None and entry.headword == "leti\u0161t\u011b"
    named = parse_entry("chou de Bruxelles <n>\nBrussels sprout\n")
    assert named is not None and named.headword == "chou de Bruxelles"  # a name's capital stays
    capital = parse_entry("Letadlo\nplane\n")
    assert capital is not None and capital.headword == "Letadlo"


def test_a_dictd_file_is_read_through_its_index(tmp_path: Path) -> None:
    write_dictd(tmp_path / "freedict-eng-fin", {"strike": WIKDICT_STRIKE, "tax": "tax <n>\nvero\nmoney\n"})
    entries = {e.headword: e for e in read_entries(tmp_path / "freedict-eng-fin")}
    assert set(entries) == {"strike", "tax"} and entries["tax"].senses[0].translations == ("vero",)


# ---------------------------------------------------------------------------
# Equivalents from the shipped data


def texts(found: list[Translation]) -> list[str]:
    return [t.text for t in found]


@pytest.mark.parametrize(
    ("term", "language", "expected"),
    [
        ("tax", "de", "Steuer"),  # written as German writes it: capitalised
        ("tax", "fr", "impôt"),  # accents kept
        ("strike", "ru", "забастовка"),
        ("teacher", "pl", "nauczyciel"),
        ("airport", "ja", "空港"),
        ("wine", "it", "vino"),
        ("taxes", "nl", "belasting"),  # a plural rule term finds its lemma's equivalents
        ("heat pump", "fi", "lämpöpumppu"),  # a phrase; a further language (English Wiktionary directly)
    ],
)
def test_equivalents_are_found_with_two_agreeing_sources(term: str, language: str, expected: str) -> None:
    found = {t.text: t for t in translations(term, "en", language)}
    assert expected in found, texts(list(found.values()))
    assert len(found[expected].sources) >= 2, found[expected].sources


def test_chinese_comes_from_cedict_and_agrees_with_the_japanese_han_word() -> None:
    found = {t.text: t for t in translations("tax", "en", "zh")}
    assert "税" in found and "cedict" in found["税"].sources
    assert any("jpn" in s for s in found["税"].sources)  # the Japanese Han word agrees
    assert not any(t.startswith("surname") for t in found)
    # Japanese 教師 is traditional 教師 and simplified 教师, which mainland articles write: both agree
    teacher = {t.text: t for t in translations("teacher", "en", "zh")}
    assert all(any("jpn" in s for s in teacher[w].sources) for w in ("教师", "教師"))


def test_a_chinese_word_of_one_sense_that_the_term_glosses_counts_twice() -> None:
    # 养老金 is "pension" and nothing else in CC-CEDICT: as sure as two dictionaries agreeing
    pension = {t.text: t for t in translations("pension", "en", "zh")}
    assert set(pension["养老金"].sources) == {"cedict", "cedict:one-sense"}
    assert dictionary.one_sense("养老金") and dictionary.one_sense("马拉松")
    # 获 is the simplified form of 獲 "to catch; to capture/to get..." and of 穫 "to reap; to harvest"
    harvest = {t.text: t for t in translations("harvest", "en", "zh")}
    assert not dictionary.one_sense("获") and len(harvest["获"].sources) == 1
    # an entry of several senses: 排放 "to arrange in order/to emit; to discharge (...)"
    assert not dictionary.one_sense("排放")


def test_a_word_the_dictionary_marks_as_a_slur_is_no_equivalent_nor_part_of_one() -> None:
    # CC-CEDICT's only word for "Indian" is 阿三, "Indian (derog.)"
    assert all("阿三" not in t.text for t in translations("indian", "en", "zh"))
    assert all("阿三" not in t.text for t in translations("indian ocean", "en", "zh"))


def test_a_japanese_han_word_in_japans_own_simplified_kanji_agrees_with_the_chinese() -> None:
    # 楽団 is written with Japan's 楽 for 樂; China simplified it to 乐: 乐团, as CEDICT gives it
    assert dictionary.as_chinese("楽団") == "乐团" and dictionary.as_chinese("貨物") == "货物"
    found = {t.text: t for t in translations("orchestra", "en", "zh")}
    assert len(found["乐团"].sources) == 2


def test_ukrainian_is_found_through_russian_and_polish_cousins() -> None:
    found = {t.text: t for t in translations("tax", "en", "uk")}
    assert "податок" in found
    assert any(source.endswith("cognate:pl") for source in found["податок"].sources)
    assert "налог" not in found  # Russian quoted in Ukrainian text is not a Ukrainian word


def test_a_ukrainian_word_spelled_as_an_agreed_russian_equivalent_shares_its_agreement() -> None:
    pension = {t.text: t for t in translations("pension", "en", "uk")}
    assert len(pension["пенсія"].sources) >= 2  # пенсия, agreed by two Russian routes, letter for letter
    assert any(source.endswith("same:ru") for source in pension["пенсія"].sources)
    data = {t.text: t for t in translations("data", "en", "uk")}
    assert "данте" not in data or len(data["данте"].sources) == 1  # merely close to Polish *dane*
    # Ukrainian writes в where Russian writes у before a consonant: врожай is урожай  # noqa: RUF003
    harvest = {t.text: t for t in translations("harvest", "en", "uk")}
    assert len(harvest["врожай"].sources) >= 2
    # Russian *порт* and Polish *port* both come from the Polish Wiktionary: one source, not two
    airport = {t.text: t for t in translations("airport", "en", "uk")}
    assert "порт" not in airport or len(airport["порт"].sources) == 1


def test_a_second_step_names_its_route_from_another_first_dictionary() -> None:
    # Russian гонка: the Polish Wiktionary's route, and a second step through French whose French word
    # two dictionaries agree on; the step is named by the one that does not start from Polish too, so
    # that Ukrainian, whose cousins are keyed by first dictionary, sees two independent routes
    race = {t.text: t for t in translations("race", "en", "ru")}
    firsts = {source.split(">")[0] for source in race["гонка"].sources}
    assert len(firsts) == len(race["гонка"].sources) >= 2
    ukrainian = {t.text: t for t in translations("race", "en", "uk")}
    assert len(ukrainian["гонка"].sources) >= 2


def test_an_agreed_russian_equivalent_respelt_by_the_regular_correspondences_is_ukrainian() -> None:
    from monitor.lexicon.sources.cognates import respelt

    # the regular correspondences of the two spellings: letters, endings, a closed last syllable
    assert respelt("минимальная зарплата") == ["мінімальна зарплата"]
    assert (
        respelt("ожирение") == ["ожиріння"] and respelt("данные") == ["дані"] and respelt("мост") == ["міст"]
    )
    assert respelt("вино") == ["вино"]  # the spelling Ukrainian writes most, not *віно*
    assert respelt("рок") == ["рок"]  # the closed syllable's vowel only where the word is unknown
    assert respelt("налог") == []  # Russian quoted in Ukrainian text is not a Ukrainian word
    obesity = {t.text: t for t in translations("obesity", "en", "uk")}
    assert len(obesity["ожиріння"].sources) >= 2  # carries the agreement of Russian *ожирение*


def test_an_agreed_polish_equivalent_respelt_by_the_regular_correspondences_is_ukrainian() -> None:
    from monitor.lexicon.dictionary import _polish_regular
    from monitor.lexicon.sources.cognates import polish_respelt

    # regular correspondences; Ukrainian's dictionary decides which spelling is a word
    assert polish_respelt("lekarz") == ["лікар"] and polish_respelt("oliwka") == ["оливка"]
    assert polish_respelt("wóz") == ["віз"] and polish_respelt("koło") == ["коло"]  # koło: an open syllable
    assert polish_respelt("wino") == ["вино"]  # the commoner of the known spellings, not *віно* "dowry"
    assert polish_respelt("kara śmierci") == []  # single words only
    # read back into Russian, a word of other senses is a false friend: *dywan* (carpet) is диван (sofa),
    # *pogrzeb* (funeral) погріб, погреб (cellar); one with no Russian counterpart is not taken (*zapora*)
    assert _polish_regular("dywan", "carpet", "en", {"ковёр", "ковер"}) == []
    assert _polish_regular("pogrzeb", "funeral", "en", {"похороны"}) == []
    assert _polish_regular("zapora", "dam", "en", {"плотина"}) == []
    assert _polish_regular("oliwka", "olive", "en", {"оливка"}) == ["оливка"]  # Russian's own equivalent
    assert _polish_regular("lekarz", "doctor", "en", {"врач", "доктор"}) == ["лікар"]  # лекарь: untranslated
    doctor = {t.text: t for t in translations("doctor", "en", "uk")}
    assert len(doctor["лікар"].sources) >= 2  # carries the agreement of Polish *lekarz*


@pytest.mark.parametrize(
    ("term", "language", "expected", "relatives"),
    [
        ("climate", "da", "klima", {"cognate:nb", "cognate:sv"}),  # Danish through Norwegian and Swedish
        ("climate", "ro", "climă", {"cognate:it", "cognate:es"}),  # Romanian through the Romance languages
        ("teacher", "cs", "učitel", {"cognate:ru", "cognate:bg"}),  # Czech through Russian and Bulgarian
    ],
)
def test_further_languages_are_found_through_their_relatives(
    term: str, language: str, expected: str, relatives: set[str]
) -> None:
    found = {t.text: t for t in translations(term, "en", language)}
    assert expected in found, texts(list(found.values()))
    routes = {source.split(">")[-1] for source in found[expected].sources}
    assert relatives <= routes, found[expected].sources


def test_a_cognate_written_as_the_relatives_agreed_equivalent_carries_its_agreement() -> None:
    found = {t.text: t for t in translations("airport", "en", "da")}
    routes = [source.split(">")[-1] for source in found["lufthavn"].sources]
    # Norwegian's two routes agree on *lufthavn* (`make` installs FreeDict's Danish dictionaries: one more)
    assert [route for route in routes if route.endswith(":nb")] == ["cognate:nb", "same:nb"]
    romanian = {t.text: t for t in translations("novel", "en", "ro")}
    assert not any(s.endswith("same:fr") for s in romanian.get("român", Translation("", ())).sources)


def test_a_cognate_far_more_common_than_its_model_is_another_word() -> None:
    from monitor.lexicon.sources.cognates import cognates

    assert cognates("учитель", "ru", "cs") == ["učitel"] and cognates("klima", "nb", "da") == ["klima"]
    assert cognates("carga", "es", "ro") == []  # Romanian *care* ("which") is no cargo


def test_korean_reads_the_japanese_and_chinese_han_words() -> None:
    from monitor.lexicon.sources.sino import initial_law, readings, sino_words

    assert readings("年金") == ["연금"]  # 년 at the start of a word is written 연
    assert initial_law("리") == "이" and initial_law("로") == "노" and initial_law("기") == "기"
    assert sino_words("水素") == ["수소"] and sino_words("税") == []  # one syllable says too little
    found = {t.text: t for t in translations("pension", "en", "ko")}
    assert "연금" in found and found["연금"].sources[0].endswith("sino:ja")


def test_vietnamese_reads_the_han_words_by_their_sino_vietnamese_readings() -> None:
    from monitor.lexicon.sources.sino import new_tone_place, readings

    assert readings("死刑", "vi") == ["tử hình"]  # 死's Sino-Vietnamese reading, not its Nôm *phơi*
    assert readings("水素", "vi") == ["thuỷ tố", "thủy tố"]  # either tone place
    assert new_tone_place("hoá") == "hóa" and new_tone_place("quý") == "quý" and new_tone_place("tử") == "tử"
    found = {t.text: t for t in translations("death penalty", "en", "vi")}
    # the Japanese and the Chinese dictionaries give the same word 死刑: two sources
    assert {s.split(">")[-1] for s in found["tử hình"].sources} == {"sino:ja", "sino:zh"}


TRAFFIC_JAM = (
    "trafik s\u0131k\u0131\u015f\u0131kl\u0131\u011f\u0131"  # Turkish, dotless i escaped (ruff RUF001)
)


def test_a_second_step_reaches_what_the_first_steps_do_not() -> None:
    found = {t.text: t for t in translations("traffic jam", "en", "tr")}
    assert TRAFFIC_JAM in found  # Turkish through the French, Italian and Swedish Wiktionaries
    routes = found[TRAFFIC_JAM].sources
    assert len(routes) >= 2 and all(r.count(">") == 2 for r in routes)
    assert not any(
        r.count(">") == 2 for t in translations("tax", "en", "de") for r in t.sources
    )  # not needed
    assert "sein" not in {t.text for t in translations("mine", "en", "de")}  # a middle word's other sense


def test_a_term_no_route_reaches_takes_a_deeper_second_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # `lawsuit`: only English Wiktionary's Finnish and Bulgarian lists have it, and neither reaches
    # Spanish; French *procès* and Italian *causa* are agreed by their own second steps, and both give
    # Spanish *pleito*: two middle languages agree (off by default: `DEEP`, no gain on the test split)
    monkeypatch.setattr(dictionary, "DEEP", True)
    dictionary._translations.cache_clear()
    found = {t.text: t for t in translations("lawsuit", "en", "es")}
    assert "pleito" in found and len(found["pleito"].sources) >= 2, texts(list(found.values()))
    assert dictionary._translations("lawsuit", "en", "es", True, True, False, False) == ()  # none before
    # a term that has an equivalent keeps it, without the deeper step's words and glosses
    wage = translations("minimum wage", "en", "ru")
    assert [t.text for t in wage] == ["минимальная зарплата"] and wage[0].sense == ""
    dictionary._translations.cache_clear()


def test_a_phrase_a_middle_language_agrees_on_is_carried_word_by_word_where_a_headword_attests_it() -> None:
    # no dictionary translates `same-sex` into Spanish; the French dictionaries agree on *mariage
    # homosexuel*, whose words French-Spanish gives as *matrimonio* and *homosexual*, and a Spanish
    # headword is *matrimonio homosexual*: its second source
    found = {t.text: t for t in translations("same-sex marriage", "en", "es")}
    assert "matrimonio homosexual" in found, texts(list(found.values()))
    assert any(s.startswith("carried:") for s in found["matrimonio homosexual"].sources)
    assert "headword" in found["matrimonio homosexual"].sources
    assert "homosexual matrimonio" not in found  # a word order no headword has


def test_the_build_adds_second_steps_between_well_reached_languages() -> None:
    available = ["fra-tur", "ita-tur", "pol-tur", "deu-fra", "eng-fin", "tur-deu"]
    assert second_pairs(available) == ["deu-fra", "tur-deu", "fra-tur", "ita-tur"]  # pol-tur: a pivot pair


def test_every_equivalent_is_short_known_and_sourced() -> None:
    for language in ("de", "ru", "pl", "es"):
        for translation in translations("bank", "en", language):
            assert translation.sources and len(translation.text.split()) <= MAX_WORDS
            assert translation.text == translation.text.strip()


def test_best_attested_equivalents_come_first() -> None:
    found = translations("tax", "en", "de")
    assert found[0].text == "Steuer" and found == sorted(found, key=lambda t: -t.rank)


def test_terms_with_no_entry_and_same_language_give_nothing() -> None:
    assert translations("qzxwvk", "en", "de") == []
    assert translations("tax", "en", "en") == []
    assert translations("  ", "en", "de") == []


# ---------------------------------------------------------------------------
# Senses


def test_senses_are_the_glosses_of_english_wiktionary() -> None:
    glosses = senses("strike")
    assert "work stoppage" in glosses and "physical blow" in glosses


def test_the_rules_other_words_choose_the_sense() -> None:
    found = translations("strike", "en", "de")
    labour = select("strike", found, ["workers", "stop work"])
    assert labour.decided_by == "context"
    assert "Streik" in texts(list(labour.kept)) and "Schlag" not in texts(list(labour.kept))
    blow = select("strike", found, ["blow"])
    assert "Schlag" in texts(list(blow.kept)) and "Streik" not in texts(list(blow.kept))


def test_without_context_the_best_attested_sense_is_taken_and_said() -> None:
    found = translations("strike", "en", "de")
    chosen = select("strike", found, [])
    assert chosen.decided_by == "most attested sense"
    assert 0 < len(chosen.kept) < len(found)


def test_a_sense_weighs_its_best_equivalent_not_its_number_of_synonyms() -> None:
    # "female parent" has three single-route synonyms besides a three-route one; the dam is one word
    # that three routes give: summed, the mother sense won and ダム was left out
    dam = select("dam", translations("dam", "en", "ja"), [])
    assert "ダム" in texts(list(dam.kept))
    pension = select("pension", translations("pension", "en", "ja"), [])
    assert "年金" in texts(list(pension.kept))


def test_an_equivalent_keeps_the_glosses_its_own_routes_support() -> None:
    # Bulgarian *орган* is the body part and the instrument: its route had given both senses to German
    # *Orgel* and *Organ* alike, so the rule's other words could not choose between them
    found = {t.text: t for t in translations("organ", "en", "de")}
    assert found["Orgel"].glosses == ("musical instrument",)
    assert "part of an organism" in found["Organ"].glosses
    assert "musical instrument" not in found["Organ"].glosses
    music = select("organ", list(found.values()), ["music"])
    assert music.decided_by == "context" and "Orgel" in texts(list(music.kept))
    assert "Organ" not in texts(list(music.kept))


def test_a_rule_with_no_other_word_weighs_every_routes_gloss() -> None:
    # *Orgel* has five routes, *Organ* four: nothing in a one-word rule says which it means
    chosen = select("organ", translations("organ", "en", "de"), [])
    assert chosen.decided_by == "most attested sense"
    assert {"Orgel", "Organ"} <= set(texts(list(chosen.kept)))


def test_a_chinese_label_is_no_sense() -> None:
    # CC-CEDICT marks a traditional form "traditional" and a word "Tw" or "loanword": as senses, such
    # labels each made a sense of one word, and the plain simplified word news writes was left out
    found = translations("pension", "en", "zh")
    assert not any(t.glosses for t in found)
    assert "养老金" in texts(list(select("pension", found, []).kept))
    assert any("traditional" in t.cotranslations for t in found)  # still there to describe the word


# ---------------------------------------------------------------------------
# Installed dictionaries (GPL ones are read where Debian installed them, never shipped)


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "dictd"
    folder.mkdir()
    monkeypatch.setattr(dictionary, "INSTALLED", (folder,))
    monkeypatch.setenv("NEWS_MONITOR_CACHE", str(tmp_path / "cache"))
    dictionary.links.cache_clear()
    dictionary._translations.cache_clear()  # equivalents found before the folder had its dictionaries
    yield folder
    dictionary.links.cache_clear()
    dictionary._translations.cache_clear()


def test_the_links_between_two_languages_are_every_such_link_in_order(installed: Path) -> None:
    """Grouped once per `links()`: a new set of links (a dictionary installed) is grouped anew."""
    write_dictd(installed / "freedict-eng-ara", {"tax": "tax\nضريبة\n"})
    every = dictionary.links()
    for source, target in {(link.source, link.target) for link in every} | {("en", "xx")}:
        wanted = tuple(link for link in every if link.source == source and link.target == target)
        assert dictionary.links_between(source, target) == wanted
    assert any(link.family.startswith("freedict") for link in dictionary.links_between("en", "ar"))
    dictionary.links.cache_clear()
    (installed / "freedict-eng-ara.index").unlink()
    assert not any(link.family.startswith("freedict") for link in dictionary.links_between("en", "ar"))


def test_an_installed_freedict_dictionary_is_an_extra_source(installed: Path) -> None:
    write_dictd(installed / "freedict-eng-ara", {"tax": "tax /tæks/\nضَرِيبَة\n"})
    found = translations("tax", "en", "ar")
    assert [(t.text, t.sources) for t in found] == [("ضريبة", ("freedict:eng-ara",))]  # vowel marks removed


def test_the_environments_dictionaries_are_read_beside_debians_and_a_pair_in_both_once(
    installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `make install` unpacks FreeDict's Arabic packages into the environment's share/dictd (no root)
    environment = installed.parent / "share-dictd"
    environment.mkdir()
    monkeypatch.setattr(dictionary, "INSTALLED", (installed, environment))
    write_dictd(installed / "freedict-eng-ara", {"tax": "tax\nضريبة\n"})
    write_dictd(environment / "freedict-eng-ara", {"tax": "tax\nرسم\n"})
    write_dictd(environment / "freedict-ara-eng", {"مطار": "مطار\nairport\n"})
    assert [t.text for t in translations("tax", "en", "ar")] == ["ضريبة"]  # Debian's, read once
    assert [t.text for t in translations("airport", "en", "ar")] == ["مطار"]  # the environment's


def test_an_arabic_equivalent_is_the_noun_without_its_article(installed: Path) -> None:
    # FreeDict writes many Arabic headwords with al- (المطار); articles write لمطار, بالمطار, مطار
    entries = {"airport": "airport\nالمطار\n", "olive": "olive\nالزيتون\n"}  # noqa: RUF001
    write_dictd(installed / "freedict-eng-ara", entries)
    assert [t.text for t in translations("airport", "en", "ar")] == ["مطار"]
    assert [t.text for t in translations("olive", "en", "ar")] == ["زيتون"]


def test_an_installed_dictionary_and_the_cognates_agree(installed: Path) -> None:
    write_dictd(installed / "freedict-eng-ces", {"teacher": "teacher\nučitel\n", "tax": "tax\ndaň\n"})
    found = {t.text: t for t in translations("teacher", "en", "cs")}
    assert found["učitel"].sources[0] == "freedict:eng-ces" and len(found["učitel"].sources) >= 3
    assert [t.sources for t in translations("tax", "en", "cs") if t.text == "daň"] == [("freedict:eng-ces",)]


def test_relatives_agreeing_on_a_word_the_languages_own_dictionary_does_not_give_are_one_source(
    installed: Path,
) -> None:
    # Polish, Russian and Bulgarian words for hydrogen respelt as Czech agree on vodovod ("water main")
    assert len({t.text: t for t in translations("hydrogen", "en", "cs")}["vodovod"].sources) >= 2
    dictionary._translations.cache_clear()
    write_dictd(
        installed / "freedict-eng-ces", {"hydrogen": "hydrogen\nvodík\n", "marathon": "marathon\nmaratón\n"}
    )
    dictionary.links.cache_clear()
    dictionary._translations.cache_clear()
    found = {t.text: t for t in translations("hydrogen", "en", "cs")}
    assert len(found["vodovod"].sources) == 1 and "vodík" in found
    marathon = {t.text: t for t in translations("marathon", "en", "cs")}
    assert len(marathon["maraton"].sources) >= 2  # the dictionary's word but for its accent


@pytest.mark.skipif(not wordnets.english_installed(), reason="make did not fetch WordNet")
def test_a_direct_equivalent_read_back_as_the_usual_sense_counts_twice(installed: Path) -> None:
    # Read back into English by the same dictionary, Czech trajekt is `ferry` and `ferryboat` (WordNet's
    # first synset of ferry); varhany the `pipe organ` (not organ's usual sense, the body part), mina
    # `mine` alone (which sense?)
    entries = {"ferry": "ferry\ntrajekt\n", "ferryboat": "ferryboat\ntrajekt\n", "organ": "organ\nvarhany\n"}
    entries |= {"pipe organ": "pipe organ\nvarhany\n", "mine": "mine\nmina\n"}
    write_dictd(installed / "freedict-eng-ces", entries)
    sources = {
        t.text: t.sources for term in ("ferry", "organ", "mine") for t in translations(term, "en", "cs")
    }
    assert sources["trajekt"][:2] == ("freedict:eng-ces", "freedict:eng-ces:one-sense")
    assert "freedict:eng-ces:one-sense" not in sources["varhany"] + sources["mina"]


@pytest.mark.skipif(not wordnets.english_installed(), reason="make did not fetch WordNet")
def test_the_one_word_of_a_languages_only_dictionary_for_a_term_of_few_senses_counts_twice(
    installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dictionary, "LOANS", frozenset())  # Hungarian's loans: another route, not asked here
    # Hungarian's one dictionary, read one way: its only word for funeral is temetés (read back, also
    # burial and interment, so `usual_sense_only` cannot confirm it); for tunnel it has two words, and
    # mine (four WordNet senses) may mean any of them
    entries = {"funeral": "funeral\ntemetés\n", "tunnel": "tunnel\nalagút, akna\n", "mine": "mine\nbánya\n"}
    entries |= {"burial": "burial\ntemetés\n"}
    write_dictd(installed / "freedict-eng-hun", entries)
    sources = {
        t.text: t.sources for term in ("funeral", "tunnel", "mine") for t in translations(term, "en", "hu")
    }
    assert sources["temetés"] == ("freedict:eng-hun", "freedict:eng-hun:one-sense")
    assert sources["alagút"] == ("freedict:eng-hun",) and sources["bánya"] == ("freedict:eng-hun",)
    # with the other direction installed too, a second dictionary that has the term can agree (or give
    # another word): no word counts twice alone
    write_dictd(installed / "freedict-hun-eng", {"gyászszertartás": "gyászszertartás\nfuneral\n"})
    dictionary.links.cache_clear()
    dictionary._translations.cache_clear()
    assert "freedict:eng-hun:one-sense" not in {
        s for t in translations("funeral", "en", "hu") for s in t.sources
    }


@pytest.mark.skipif(not wordnets.english_installed(), reason="make did not fetch WordNet")
def test_each_word_of_a_languages_only_dictionary_for_a_term_of_one_sense_counts_twice(
    installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dictionary, "LOANS", frozenset())
    # highway and cargo have one WordNet sense each: whatever words the dictionary gives for them are of
    # that sense, but for a phrase (no word of its own) and for a word it gives for many English words
    # (teher: a load of any kind) or a word far commoner in Hungarian than highway in English (út, "road":
    # it has more senses), which stay one source; a second dictionary of the language that has nothing
    # for the term cannot agree, and does not stop it
    burdens = ("burden", "load", "charge", "freight", "ballast", "bulk", "encumbrance", "weight", "onus")
    entries = {
        "highway": "highway\nautópálya, országút, út, fő közlekedési út\n",
        "cargo": "cargo\nrakomány, teher\n",
    }
    entries |= {word: f"{word}\nteher\n" for word in burdens}
    write_dictd(installed / "freedict-eng-hun", entries)
    write_dictd(installed / "freedict-hun-eng", {"temetés": "temetés\nfuneral\n"})
    sources = {t.text: t.sources for term in ("highway", "cargo") for t in translations(term, "en", "hu")}
    for word in ("autópálya", "országút", "rakomány"):
        assert sources[word] == ("freedict:eng-hun", "freedict:eng-hun:one-sense")
    assert all(sources[w] == ("freedict:eng-hun",) for w in ("fő közlekedési út", "teher", "út"))


def test_hungarian_is_read_with_its_own_letters_where_freedict_wrote_latin_1_ones(installed: Path) -> None:
    # FreeDict's Hungarian files write ő and ű as ô and û (Latin-1 has neither); English keeps its ô
    write_dictd(installed / "freedict-eng-hun", {"wedding": "wedding\nesküvô\n", "rôle": "rôle\nszerep\n"})
    write_dictd(installed / "freedict-hun-eng", {"repülôtér": "repülôtér\nairport\n"})

    def texts(word: str) -> set[str]:
        return {sense[0] for link in dictionary.links_between("en", "hu") for sense in link.lookup(word)}

    assert (
        texts("wedding") == {"esküvő"} and texts("airport") == {"repülőtér"} and texts("rôle") == {"szerep"}
    )


# ---------------------------------------------------------------------------
# Licences: the build copies CC BY-SA pairs only, and the shipped files say where they come from

COPYRIGHT = """Files: eng-fin/*
Copyright: 2000-2022 FreeDict contributors
License: {licence}
"""


def test_the_build_refuses_a_dictionary_that_is_not_cc_by_sa(tmp_path: Path) -> None:
    doc = tmp_path / "usr/share/doc/dict-freedict-eng-fin"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT.format(licence="GPL-2+"), encoding="utf-8")
    (tmp_path / "usr/share/dictd").mkdir(parents=True)
    assert licences(tmp_path)["eng-fin"][0] == "GPL-2+"
    with pytest.raises(SystemExit, match=r"eng-fin: licence GPL-2\+, not CC BY-SA"):
        build(tmp_path, tmp_path / "out")


def test_every_shipped_extract_is_named_in_the_attribution_readme() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    shipped = sorted((DATA / "wikdict").glob("*.tsv.gz"))
    assert shipped
    for path in shipped:
        assert path.name.split(".")[0] in readme, path.name
    assert "CC BY-SA 3.0" in readme and "python -m monitor.lexicon.build" in readme


def test_the_han_readings_are_built_from_unihan_with_the_variants_readings(tmp_path: Path) -> None:
    from monitor.lexicon.build import unihan_rows

    (tmp_path / "Unihan_Readings.txt").write_text(
        "# Unihan\nU+5E74\tkHangul\t년:0E 연:0\nU+5E74\tkMandarin\tnián\nU+7A05\tkHangul\t세:0E\n"
        "U+6B7B\tkVietnamese\tphơi tử\nU+7A05\tkVietnamese\tthuế\n",
        encoding="utf-8",
    )
    (tmp_path / "Unihan_Variants.txt").write_text(
        "U+7A0E\tkTraditionalVariant\tU+7A05\nU+7A0E\tkZVariant\tU+7A05<kFenn\n", encoding="utf-8"
    )
    # The Sino-Vietnamese reading, listed last, comes first (死: tử, not the Nôm phơi).
    assert list(unihan_rows(tmp_path)) == ["年\t년 연\t", "死\t\ttử phơi", "稅\t세\tthuế", "税\t세\tthuế"]
    shipped = (DATA / "README.md").read_text(encoding="utf-8")
    assert "unihan/readings.tsv.gz" in shipped and "Unicode" in shipped


def test_the_ranker_decides_where_no_word_is_shared() -> None:
    from monitor.lexicon.ranker import SentenceRanker

    ranker = SentenceRanker()
    found = translations("bank", "en", "de")
    river = select(
        "bank", found, ["flood", "shore"], ranker
    )  # no stem in common with "edge of river or lake"
    assert river.decided_by == "ranker"
    assert river.kept and "Bank" not in texts(list(river.kept))
    assert all("river" in " ".join(t.glosses) for t in river.kept), river.kept
    ranker.release()


def test_the_ranker_chooses_a_sense_and_keeps_its_equivalents() -> None:
    from monitor.lexicon.ranker import SentenceRanker

    ranker = SentenceRanker()
    # Spanish routes gloss nothing (Polish and Greek Wiktionaries): *carrera* is put with "contest" by
    # its closeness to the glosses, *raza* with the breeds and peoples
    race = texts(
        list(select("race", translations("race", "en", "es"), ["election", "candidates"], ranker).kept)
    )
    assert "carrera" in race and "raza" not in race
    tanks = select("tank", translations("tank", "en", "fr"), ["army", "soldiers"], ranker)
    assert tanks.decided_by == "ranker" and "char" in texts(list(tanks.kept))
    assert "réservoir" not in texts(list(tanks.kept))
    # words the encoder relates to no sense decide nothing: the best attested sense is taken
    unsure = select("test", translations("test", "en", "de"), ["missile", "nuclear"], ranker)
    assert unsure.decided_by == "most attested sense"
    ranker.release()


def test_a_composed_phrase_is_written_as_the_headword_that_attests_it() -> None:
    # minimum + wage, put together word by word, is *минимальный зарплата*; Russian dictionaries have
    # the phrase as a headword in its own forms, which is its second source
    found = {t.text: t for t in translations("minimum wage", "en", "ru")}
    assert "минимальная зарплата" in found
    assert "headword" in found["минимальная зарплата"].sources
    assert "минимальный зарплата" not in found


def test_a_headword_attests_a_composed_phrase_only_where_its_words_are_forms_of_the_phrases_words() -> None:
    # champions -> *Europameister* and league -> *Union* open like the headword *europäische Union*
    # (the key compares first letters), but *Europameister* is no form of *europäisch*: the Champions
    # League is not the European Union, in German nor carried on into Russian
    for language, union in (("de", "europäische union"), ("ru", "европейский союз")):
        found = [t.text.lower() for t in translations("champions league", "en", language)]
        assert union not in found, found
    assert dictionary._forms_of("минимальный зарплата", "минимальная зарплата", "ru")
    assert not dictionary._forms_of("Europameister Union", "europäische Union", "de")


def test_only_combinations_attested_in_their_word_order_are_kept() -> None:
    composed = [
        Translation("минимальный зарплата", ("composed:a+b",)),
        Translation("зарплата минимальный", ("composed:a+b",)),
        Translation("xyz qq", ("composed:a+b",)),
    ]
    attested = dictionary._attested(composed, "ru")
    assert [t.text for t in attested] == ["минимальная зарплата"]
    assert dictionary._attested([Translation("xyz qq", ("composed:a+b",))], "ru") == []


def test_a_hyphenated_term_is_looked_up_with_spaces_too() -> None:
    assert dictionary._lookup_keys("same-sex marriage", "en")[:2] == [
        "same-sex marriage",
        "same sex marriage",
    ]


def test_a_dutch_noun_noun_term_is_the_compound_wordfreq_knows() -> None:
    # minimum + wage: *minimumloon* is a Dutch word; *loonminimum* and *minimum loon* are not written
    assert [t.text for t in translations("minimum wage", "en", "nl")][:1] == ["minimumloon"]
    assert dictionary._compound("loon minimum", "nl") == ""


def test_a_romance_of_phrase_is_matched_with_its_bare_and_joined_of() -> None:
    from monitor.lexicon.words import of_forms

    assert {"discurso del odio", "discurso de odio"} <= set(of_forms("discurso del odio", "es"))
    assert "peine de mort" in of_forms("peine du mort", "fr")
    assert of_forms("salario mínimo", "es") == ["salario mínimo"]
    assert of_forms("discurso del odio", "de") == ["discurso del odio"]
    # elided before a vowel in French and Italian (*discorsi d'odio*), never before a consonant
    assert "discorso d'odio" in of_forms("discorso di odio", "it")
    assert "gaz d'échappement" in of_forms("gaz de échappement", "fr")
    assert not any("'" in form for form in of_forms("peine de mort", "fr"))


def test_a_composed_phrases_words_are_the_equivalents_not_given_as_verbs_only() -> None:
    # `hate speech`: Italian *odiare* (six routes, a verb) ranks above *odio*, the noun the phrase needs
    found = [
        Translation("odiare", ("a", "b"), parts=frozenset({"v"})),
        Translation("disamare", ("a",), parts=frozenset({"n", "v"})),
        Translation("odio", ("a", "b"), parts=frozenset({"n"})),
        Translation("仇恨", ("cedict",)),  # no part of speech given: kept
    ]
    assert [t.text for t in dictionary._nominal(found)] == ["disamare", "odio", "仇恨"]
    assert "discorso di odio" in {t.text for t in dictionary._composed(["hate", "speech"], "en", "it")}


def test_a_composed_phrase_is_written_as_the_dictionarys_headword_from_a_table_on_disk() -> None:
    found = dictionary._attested([Translation("минимальный зарплата", ("composed:a+b",))], "ru")
    assert [t.text for t in found] == ["минимальная зарплата"]
    assert "headword" in found[0].sources
    assert not isinstance(dictionary._headword_phrases("ru"), dict)  # queried per key, not held


def test_leftover_markup_is_no_translation_and_joins_no_words() -> None:
    # WikDict's eng-bul gives `] ]` beside товар for cargo; read backwards, `] ]` was one Bulgarian
    # headword that every such Dutch word hung on (burger, Armeens, trend)
    cargo = {t.text for t in translations("cargo", "en", "nl")}
    assert "lading" in cargo and not {"burger", "Armeens", "trend"} & cargo


def test_a_phrase_with_a_word_given_two_ways_is_each_phrase() -> None:
    from monitor.lexicon.sources.links import alternatives

    assert alternatives("gás de/do efeito estufa") == ["gás de efeito estufa", "gás do efeito estufa"]
    assert alternatives("client/server") == ["client/server"]  # one word: a compound, not two


def test_a_single_route_compound_of_an_agreed_equivalent_shares_its_agreement() -> None:
    # Dutch *stuwdam* (one route) is a kind of *dam* (two): the article writes the compound
    found = {t.text: t for t in translations("dam", "en", "nl")}
    assert len(found["stuwdam"].sources) == 2 and found["stuwdam"].sources[1].startswith("part:")
    agreed = Translation("vee", ("a", "b"))
    out = dictionary._compounds_of_agreed(
        [agreed, Translation("veestapel", ("c",)), Translation("vlot", ("c",)), Translation("zevee", ("c",))],
        "nl",
    )
    assert [len(t.sources) for t in out] == [2, 1, 1, 1]  # *veestapel* starts with it: no kind of vee
    stuw = dictionary._compounds_of_agreed(
        [Translation("dam", ("a", "b")), Translation("stuwdam", ("c",))], "nl"
    )
    assert len(stuw[1].sources) == 2
    assert len(dictionary._compounds_of_agreed([agreed, Translation("zeevee", ("c",))], "nl")[1].sources) == 2
    # *veeg*, *zevee*: one or two letters more is no compound
    assert dictionary._compounds_of_agreed([agreed, Translation("veestapel", ("c",))], "fr")[1].sources == (
        "c",
    )


def test_a_single_route_phrase_that_its_words_also_make_is_agreed() -> None:
    # *Hassrede* (one route: the Polish Wiktionary's) is also Hass + Rede, a second route
    found = {t.text: t for t in translations("hate speech", "en", "de")}
    assert len(found["Hassrede"].sources) == 2
    composed = [Translation("язык вражда", ("composed:x+y",)), Translation("вражда язык", ("composed:x+y",))]
    out = dictionary._confirmed_by_words(
        [Translation("язык вражды", ("wikdict:p",)), Translation("речь", ("wikdict:p",))], composed, "ru"
    )
    assert [t.sources for t in out] == [("wikdict:p", "composed:x+y"), ("wikdict:p",)]
    # the same route does not confirm itself
    assert dictionary._confirmed_by_words([Translation("a b", ("r",))], [Translation("a b", ("r",))], "ru")[
        0
    ].sources == ("r",)


def test_a_plural_term_whose_routes_agree_on_nothing_is_looked_up_as_its_singular_too() -> None:
    # *same-sex marriage* as written agrees on nothing in French; *same sex marriage* does
    found = {t.text: t for t in translations("same-sex marriage", "en", "fr")}
    assert "mariage homosexuel" in found
    # a plural whose own equivalents agree keeps its own sense: *arms* are *Waffen* first
    assert translations("arms", "en", "de")[0].text == "Waffe"


def test_a_plurals_own_words_say_which_of_its_singulars_senses_are_its_own() -> None:
    # *arms* agrees on nothing in French (*armement*, *armoiries*, *blason*, one route each), so `arm` is
    # looked up too; its best attested sense, the body part (*bras*, *main*), is no sense any of the
    # plural's own words has, and goes: the rule's equivalents are the weapons'
    from monitor.lexicon.senses import most_attested

    french = most_attested(translations("arms", "en", "fr")).kept
    assert {t.text for t in french} >= {"arme"}
    assert not {t.text for t in french} & {"bras", "main"}
    # German keeps *Waffe* though its own word is *Wappen* (a coat of arms): the plural's senses are
    # pooled over the languages, French *armement* ("weapon") among them
    assert "Waffe" in {t.text for t in most_attested(translations("arms", "en", "de")).kept}
    # a singular looked up for a term whose own words it does not gloss is left as it was
    assert "Gut" in {t.text for t in translations("goods", "en", "de")}


def test_what_a_longer_word_means_is_told_by_its_agreed_translations() -> None:
    # Italian *cessate il fuoco*: "truce" and "armistice" from two routes each; the bare "fire" from one
    # (the Greek dictionary) is a pivot's other sense and not what the phrase means
    meant = {t.text for t in dictionary.meanings("cessate il fuoco", "it", "en")}
    assert "truce" in meant
    assert "fire" not in meant
    assert "fire" in {t.text for t in translations("cessate il fuoco", "it", "en")}
    # German *Feuerpause*: "cease-fire", also given solid ("ceasefire"), is one word, not a fire
    meant = {t.text for t in dictionary.meanings("Feuerpause", "de", "en")}
    assert "ceasefire" in meant
    assert not meant & {"fire", "cease-fire"}
    # a one-route word no commoner than the agreed one is a more specific word of its own, and stays
    # (Finnish *viinintuottaja*: "winemaker" beside "vintner")
    assert "winemaker" in {t.text for t in dictionary.meanings("viinintuottaja", "fi", "en")}
