"""Lemma tables are converted once into SQLite files and read from there; spaCy's answers first, then simplemma's."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from monitor.analysis.lemmas import Chain, _read, lemma_sources, lemma_table
from monitor.tablecache import SqliteTable


def spacy_file(directory: Path, code: str) -> Path:
    [found] = (directory / "tables").glob(f"lemmas-{code}-*.sqlite")
    return found


def test_a_table_is_converted_once_and_answers_like_the_original(tmp_path: Path) -> None:
    table = lemma_table("de", tmp_path)
    assert isinstance(table, Chain) and all(isinstance(t, SqliteTable) for t in table.tables)
    names = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert [n.split("-")[0] for n in names] == ["lemmas", "simplemma"] and all(
        n.endswith(".sqlite") for n in names
    )
    assert table.get("Soldaten") == "Soldat"
    assert table.get("no such form") is None
    files = [p.stat().st_ino for p in sorted((tmp_path / "tables").iterdir())]
    assert lemma_table("de", tmp_path) is not table
    assert [p.stat().st_ino for p in sorted((tmp_path / "tables").iterdir())] == files  # not written again


def test_simplemma_answers_where_spacy_has_no_entry(tmp_path: Path) -> None:
    """spaCy's Dutch table lacks common plurals; its own answers still come first."""
    assert lemma_sources("nl") == ("spacy-lookups-data", "simplemma")
    table = lemma_table("nl", tmp_path)
    assert table is not None
    assert table.get("prijzen") == "prijs" and table.get("wapens") == "wapen"
    assert table.get("gesprekken") == "gesprek"


def test_a_table_that_lists_several_lemmas_keeps_the_first(tmp_path: Path) -> None:
    table = lemma_table("fr", tmp_path)
    assert table is not None and isinstance(table.get("soldats"), str)


def test_languages_without_a_table_have_none(tmp_path: Path) -> None:
    assert lemma_table("ko", tmp_path) is None
    assert not (tmp_path / "tables").exists()


def test_simplemma_serves_the_languages_spacy_has_no_table_for(tmp_path: Path) -> None:
    table = lemma_table("uk", tmp_path)
    assert isinstance(table, SqliteTable)
    [converted] = (tmp_path / "tables").iterdir()
    assert converted.name.startswith("simplemma-uk-")
    assert table.get("солдатів") == "солдат"
    assert table.get("солдат") is None  # a form that is its own lemma is left out of the file


def test_an_unwritable_cache_falls_back_to_memory(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    with caplog.at_level(logging.WARNING):
        table = lemma_table("en", blocked)
    assert isinstance(table, Chain) and not any(isinstance(t, SqliteTable) for t in table.tables)
    assert table.get("troops") == "troop"
    assert "cannot cache the table lemmas-en-" in caplog.text and "reading it into memory" in caplog.text


@pytest.mark.parametrize("damage", ["truncate", "empty", "garbage"])
def test_a_damaged_cache_file_is_converted_again(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Urdu: a small table from one source (spaCy's), so each case converts in a moment."""
    assert lemma_sources("ur") == ("spacy-lookups-data",)
    form, lemma = next(iter(_read("ur")))
    assert lemma_table("ur", tmp_path) is not None
    converted = spacy_file(tmp_path, "ur")
    data = converted.read_bytes()
    converted.write_bytes({"truncate": data[: len(data) // 2], "empty": b"", "garbage": b"x" * 9000}[damage])
    with caplog.at_level(logging.WARNING):
        table = lemma_table("ur", tmp_path)
    assert isinstance(table, SqliteTable) and table.get(form) == lemma
    assert "is damaged" in caplog.text
    assert [p.name for p in (tmp_path / "tables").iterdir()] == [converted.name]  # no partial file left


def test_odd_cache_paths_and_odd_text(tmp_path: Path) -> None:
    table = lemma_table("en", tmp_path / "a dir #1?x=%41")
    assert isinstance(table, Chain)
    assert table.get("troops") == "troop"
    assert table.get("troops \ud83d") is None  # a lone surrogate from a broken JSON escape
