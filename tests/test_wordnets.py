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
}
LITERALS = {
    "ferry": ["feribot", "bac"],
    "jam": ["ambuteiaj"],
    "trap": ["cursă", "capcană"],
    "race": ["cursă"],
}


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
    (folder / "data.verb").write_bytes(b"")
    (folder / "data.adj").write_bytes(b"")
    synsets = {ids[name]: SimpleNamespace(_literals=literals) for name, literals in LITERALS.items()}
    (folder / "rowordnet.pickle").write_bytes(pickle.dumps(SimpleNamespace(_synsets=synsets)))


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "wordnets"
    folder.mkdir()
    write_wordnets(folder)
    monkeypatch.setattr(wordnets, "FOLDER", folder)
    monkeypatch.setenv("NEWS_MONITOR_CACHE", str(tmp_path / "cache"))
    caches = (wordnets.rown_links, wordnets._one_sense)
    for cached in caches:
        cached.cache_clear()
    yield folder
    for cached in caches:
        cached.cache_clear()


def test_an_english_word_finds_the_romanian_literals_of_its_synsets(installed: Path) -> None:
    rows = dict(wordnets.rows(str(installed)))
    assert "feribot" in rows["ferry"] and "bac" in rows["ferryboat"]
    assert "ambuteiaj" in rows["traffic jam"]  # WordNet's underscores are spaces
    assert "capcană" not in rows["race"]  # another synset's literal


def test_a_literal_of_the_terms_synsets_only_is_one_sense(installed: Path) -> None:
    assert wordnets.one_sense("traffic jam", "ambuteiaj")
    assert wordnets.one_sense("Ferry", "feribot")
    assert not wordnets.one_sense("race", "cursă")  # also a trap
    assert not wordnets.one_sense("ferry", "bac")  # too short to trust: also the baccalaureate


def test_the_synsets_english_words_and_definition_describe_the_sense(installed: Path) -> None:
    senses = json.loads(dict(wordnets.rows(str(installed)))["ferry"])
    feribot = [sense for sense in senses if sense[0] == "feribot"]
    assert [gloss for _text, gloss, _pos, _others in feribot] == [""]  # no sense of its own
    assert "ferryboat" in feribot[0][3] and "across water" in feribot[0][3]  # its co-translations


def test_without_both_wordnets_there_is_no_link(installed: Path) -> None:
    (installed / "data.noun").unlink()
    wordnets.rown_links.cache_clear()
    assert wordnets.rown_links() == ()


# The installed wordnets (`make` fetches them), through the dictionary with every other route: a literal of
# the term's synsets only is agreed, kept whichever sense is chosen; one of several senses is one source.
needs_wordnets = pytest.mark.skipif(not wordnets.installed(), reason="make did not fetch the wordnets")


@needs_wordnets
def test_a_literal_of_one_sense_is_agreed_and_kept_unglossed() -> None:
    [found] = [t for t in translations("traffic jam", "en", "ro") if t.text == "ambuteiaj"]
    assert found.sources[:2] == ("rown", "rown:one-sense") and not found.glosses


@needs_wordnets
def test_a_literal_of_several_senses_is_one_source() -> None:
    found = {t.text: t.sources for t in translations("race", "en", "ro")}
    assert "rown" in found["cursă"] and "rown:one-sense" not in found["cursă"]  # also a trap, a flight


def test_a_romanian_literal_finds_its_synsets_english_words(installed: Path) -> None:
    rows = {k: [sense[0] for sense in json.loads(v)] for k, v in wordnets.romanian_rows(str(installed))}
    assert rows["ambuteiaj"] == ["traffic jam", "snarl-up"] and rows["cursă"] == ["trap", "race"]


@needs_wordnets
def test_a_romanian_literal_of_several_words_is_a_headword_phrase_of_the_language() -> None:
    from monitor.lexicon.dictionary import phrases_with_name

    # the Gulf of Mexico: Romanian *Golful Mexic* is no `golf` (`words.other_sense_phrases`)
    assert any("mexic" in phrase for phrase in phrases_with_name("golful", "ro"))
