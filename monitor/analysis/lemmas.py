"""Lemma tables: spacy-lookups-data's tables, converted once into SQLite files (`tablecache`).

The tables are large (tr: 1.3 million forms; the nine tables of our 14 languages
together hold over 4 million), and read into dicts they cost about 870 MB and 9 s
to load. An article only ever asks for a few hundred forms, so each table is
converted on first use and queried per form (the analyser keeps the answers it got).
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from monitor.tablecache import Rows, Table, cached_table

LemmaTable = Table


@cache
def lemma_languages() -> frozenset[str]:
    """The languages spacy-lookups-data has a lemma table for."""
    from spacy.util import registry

    return frozenset(code for code, tables in registry.lookups.get_all().items() if "lemma_lookup" in tables)


def lemma_table(code: str, directory: Path | None = None) -> LemmaTable | None:
    """The lemma table of `code` (None where spacy-lookups-data has none)."""
    if _source(code) is None:
        return None
    version = metadata.version("spacy-lookups-data")
    return cached_table(f"lemmas-{code}-{version}", _read, code, directory=directory)


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
