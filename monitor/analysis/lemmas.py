"""Lemma tables on disk: spacy-lookups-data's tables, converted once into SQLite files.

The tables are large (tr: 1.3 million forms; the nine tables of our 14 languages
together hold over 4 million), and read into dicts they cost about 870 MB and 9 s
to load. An article only ever asks for a few hundred forms, so each table is
converted on first use into an indexed SQLite file in the cache directory and
queried per form (the analyser keeps the answers it got). Where no cache directory
is writable the table is read into memory as before: slower and bigger, not wrong.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)


class LemmaTable(Protocol):
    def get(self, form: str) -> str | None: ...


def cache_dir() -> Path:
    """systemd's CacheDirectory=, else $XDG_CACHE_HOME/news-monitor, else ~/.cache/news-monitor."""
    if os.environ.get("NEWS_MONITOR_CACHE"):
        return Path(os.environ["NEWS_MONITOR_CACHE"])
    if os.environ.get("CACHE_DIRECTORY"):
        return Path(os.environ["CACHE_DIRECTORY"].split(":")[0])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "news-monitor"


@cache
def lemma_languages() -> frozenset[str]:
    """The languages spacy-lookups-data has a lemma table for."""
    from spacy.util import registry

    return frozenset(code for code, tables in registry.lookups.get_all().items() if "lemma_lookup" in tables)


def lemma_table(code: str, directory: Path | None = None) -> LemmaTable | None:
    """The lemma table of `code` (None where spacy-lookups-data has none)."""
    source = _source(code)
    if source is None:
        return None
    version = metadata.version("spacy-lookups-data")
    path = Path()
    try:
        path = (directory or cache_dir()) / "lemmas" / f"{code}-{version}.sqlite"
        return _open(source, path)
    except (OSError, RuntimeError, sqlite3.Error) as exc:  # RuntimeError: no home directory
        log.warning("cannot cache the %s lemma table as %s (%s); reading it into memory", code, path, exc)
        return _read(source)


def _open(source: Any, path: Path) -> SqliteTable:
    """The converted table at `path`, converting it first (again, if the file is damaged)."""
    if path.exists():
        try:
            return SqliteTable(path)
        except sqlite3.DatabaseError as exc:
            log.warning("the cached lemma table %s is damaged (%s); converting it again", path, exc)
            path.unlink()
    _convert(source, path)
    return SqliteTable(path)


class SqliteTable:
    """Form -> lemma from a converted table; safe to share between threads.

    Opening checks the row count written at conversion, so a truncated or foreign
    file is noticed here and converted again, not when the first article arrives.
    """

    def __init__(self, path: Path) -> None:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        [(expected,)] = self._db.execute("SELECT rows FROM meta").fetchall()
        [(found,)] = self._db.execute("SELECT count(*) FROM lemma").fetchall()
        if found != expected:
            self._db.close()
            raise sqlite3.DatabaseError(f"{found} rows where {expected} were written")

    def get(self, form: str) -> str | None:
        try:
            with self._lock:
                row = self._db.execute("SELECT lemma FROM lemma WHERE form = ?", (form,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate (a broken escape in JSON input) has no lemma
            return None
        return row[0] if row else None


def _source(code: str) -> Any | None:
    from spacy.util import registry

    try:
        return registry.lookups.get(code)["lemma_lookup"]
    except Exception:  # no data for this language, or no lookup table in it
        return None


def _read(source: Any) -> dict[str, str]:
    """Form -> lemma; where a table lists several lemmas (fr), the first."""
    from spacy.util import load_language_data

    table = load_language_data(source)
    if not isinstance(table, dict):
        raise ValueError(f"{source}: a lemma table should map forms to lemmas")
    return {form: lemma[0] if isinstance(lemma, list) else lemma for form, lemma in table.items() if lemma}


def _convert(source: Any, path: Path) -> None:
    """Write the table to `path` atomically: a half-written file is never opened, nor left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".partial")
    os.close(handle)
    rows = _read(source).items()
    try:
        db = sqlite3.connect(partial)
        try:
            db.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT OR IGNORE INTO lemma VALUES (?, ?)", rows)
            db.execute("CREATE TABLE meta AS SELECT count(*) AS rows FROM lemma")
            db.commit()
        finally:
            db.close()
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
