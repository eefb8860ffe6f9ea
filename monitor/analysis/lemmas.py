"""Lemma tables, from spacy-lookups-data or simplemma, converted once into SQLite files (`tablecache`).

The tables are large (tr: 1.3 million forms, fi: 3.5 million; the tables of the
supported languages together hold over 30 million), and read into dicts they cost
about 100 MB per million forms and seconds to load. An article only ever asks for a
few hundred forms, so each table is converted on first use and queried per form (the
analyser keeps the answers it got).

Two sources (`lemma_sources` says which a language has, in the order they are asked):

- spacy-lookups-data (MIT): 25 languages. Its tables lean towards verbs (es `acuerdo`
  -> `acordar`, `Corea` -> `corear`) and some miss common plurals (nl `prijzen`,
  `wapens`), but the pack's members were written against them, so they answer first;
- simplemma (MIT code; data from Měchura's lemmatization lists (ODbL), Wiktionary via
  kaikki.org (CC BY-SA), FreeLing, UniMorph (CC BY-SA), Wikinflection (CC BY 4.0) and
  spacy-lookups-data): 54 languages, read from the installed wheel into the user's
  cache, never copied into this repository. It answers where spaCy's table has no entry
  (nl `prijzen` -> `prijs`) and serves every language spaCy has no table for (pl, uk,
  ar, fi, el, bg, he, hi, fa ...).
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from monitor.tablecache import Rows, Table, cached_table

LemmaTable = Table
LemmaSource = Literal["spacy-lookups-data", "simplemma"]

# simplemma calls Serbo-Croatian `hbs`; spaCy's hr and sr tables come first anyway.
_SIMPLEMMA_CODES = {"sh": "hbs"}


@cache
def spacy_lemma_languages() -> frozenset[str]:
    """The languages spacy-lookups-data has a lemma table for."""
    from spacy.util import registry

    return frozenset(code for code, tables in registry.lookups.get_all().items() if "lemma_lookup" in tables)


@cache
def simplemma_languages() -> frozenset[str]:
    """The languages simplemma ships a lemma dictionary for (ISO 639-1 where there is one)."""
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    back = {v: k for k, v in _SIMPLEMMA_CODES.items()}
    return frozenset(back.get(code, code) for code in SUPPORTED_LANGUAGES)


def lemma_sources(code: str) -> tuple[LemmaSource, ...]:
    """Where `code`'s lemmas come from, in the order they are asked: spaCy's table, then simplemma's."""
    found: list[LemmaSource] = []
    if code in spacy_lemma_languages():
        found.append("spacy-lookups-data")
    if code in simplemma_languages():
        found.append("simplemma")
    return tuple(found)


class Chain:
    """Tables asked in turn: the first that has an entry answers."""

    def __init__(self, *tables: Table) -> None:
        self.tables = tables

    def get(self, key: str) -> str | None:
        for table in self.tables:
            found = table.get(key)
            if found is not None:
                return found
        return None

    def items(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for table in self.tables:
            for key, value in table.items():
                seen.setdefault(key, value)
        return list(seen.items())


def lemma_table(code: str, directory: Path | None = None) -> LemmaTable | None:
    """The lemma table of `code`: its sources chained (None where neither source has one)."""
    tables: list[Table] = []
    for source in lemma_sources(code):
        if source == "spacy-lookups-data":
            version = metadata.version("spacy-lookups-data")
            tables.append(cached_table(f"lemmas-{code}-{version}", _read, code, directory=directory))
        else:
            version = metadata.version("simplemma")
            tables.append(
                cached_table(f"simplemma-{code}-{version}", _read_simplemma, code, directory=directory)
            )
    if not tables:
        return None
    return tables[0] if len(tables) == 1 else Chain(*tables)


@cache
def open_lemma_table(code: str) -> LemmaTable | None:
    """`lemma_table(code)` opened once, for look-ups outside the analysis (the lexicon's loans and
    names): the table is a file on disk, where simplemma's dictionary held in memory cost Ukrainian
    10 MB for the few loans read back to their lemma."""
    return lemma_table(code)


def _source(code: str) -> Any | None:
    from spacy.util import registry

    try:
        return registry.lookups.get(code)["lemma_lookup"]
    except Exception:  # no data for this language, or no lookup table in it
        return None


def _read(code: str) -> Rows:
    """Form -> lemma; where a table lists several lemmas (fr), the first."""
    from spacy.util import load_language_data

    source = _source(code)
    if source is None:
        raise ValueError(f"spacy-lookups-data has no lemma table for {code!r}")
    table = load_language_data(source)
    if not isinstance(table, dict):
        raise ValueError(f"{source}: a lemma table should map forms to lemmas")
    return [(form, lemma[0] if isinstance(lemma, list) else lemma) for form, lemma in table.items() if lemma]


def _read_simplemma(code: str) -> Rows:
    """Form -> lemma from simplemma's shipped dictionary; forms that are their own lemma are left out."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(_SIMPLEMMA_CODES.get(code, code))
    return ((form, lemma) for form, lemma in table.items() if lemma and lemma != form)
