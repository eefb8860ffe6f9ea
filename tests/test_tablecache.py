"""Converted tables: a new version replaces the files of the versions before it once they are unused."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import tablecache
from monitor.tablecache import SWEEP_EVERY, UNUSED_FOR, cached_table, family


def capitals() -> Iterator[tuple[str, str]]:
    """Module-level, as `cached_table` requires: the child process that converts imports it."""
    yield from [("france", "Paris"), ("peru", "Lima")]


def test_a_table_name_without_its_versions_names_the_table_across_versions() -> None:
    assert family("freedict-eng-ara-1447668-f3-inverted") == "freedict-eng-ara-inverted"
    assert family("wikdict-swe-tur-c770999d95d0-f5") == "wikdict-swe-tur"
    assert family("loans-hu-3.1.1-1.5-3-h3") == "loans-hu"


def _age(path: Path, seconds: float) -> None:
    """Date the file's last use `seconds` ago."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_converting_a_new_version_removes_the_unused_older_ones_and_nothing_else(tmp_path: Path) -> None:
    tables = tmp_path / "tables"
    old = cached_table("capitals-1.0-f1", capitals, directory=tmp_path)
    assert old.get("peru") == "Lima"
    keep = [
        tables / name for name in ("capitals-inverted-1.0-f1.sqlite", "capitalsx-1.0.sqlite", "notes.txt")
    ]
    for path in keep:
        path.write_text("another table's file")
        _age(path, 2 * UNUSED_FOR)
    _age(tables / "capitals-1.0-f1.sqlite", UNUSED_FOR + 60)

    new = cached_table("capitals-1.0-f2", capitals, directory=tmp_path)

    assert new.get("france") == "Paris"
    assert not (tables / "capitals-1.0-f1.sqlite").exists()
    assert all(path.exists() for path in keep)
    assert old.get("france") == "Paris"  # a reader of the removed file keeps its open file


def test_a_version_another_install_uses_is_kept_until_it_goes_unused(tmp_path: Path) -> None:
    """Two installs (or checkouts) of different versions share one cache: neither removes the file the
    other has just opened, and once one goes unused the other's next start removes it."""
    tables = tmp_path / "tables"
    cached_table("capitals-1.0-f1", capitals, directory=tmp_path)
    first = tables / "capitals-1.0-f1.sqlite"
    _age(first, UNUSED_FOR + 60)
    cached_table("capitals-1.0-f1", capitals, directory=tmp_path)  # the first install starts again

    cached_table("capitals-1.0-f2", capitals, directory=tmp_path)
    assert first.exists()  # opened a moment ago: in use

    _age(first, UNUSED_FOR + 60)
    tablecache._swept.clear()  # a new start: this process has not swept yet
    cached_table("capitals-1.0-f2", capitals, directory=tmp_path)  # opening the converted file again
    assert not first.exists()


def test_reopening_a_table_sweeps_its_other_versions_once_an_hour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dictionary's tables are opened again after every idle spell: not a scan of the cache each time."""
    tables = tmp_path / "tables"
    cached_table("capitals-1.0-f2", capitals, directory=tmp_path)
    old = tables / "capitals-1.0-f1.sqlite"
    shutil.copy(tables / "capitals-1.0-f2.sqlite", old)
    _age(old, UNUSED_FOR + 60)

    cached_table("capitals-1.0-f2", capitals, directory=tmp_path)
    assert old.exists()  # swept a moment ago, on converting

    later = time.monotonic() + SWEEP_EVERY
    monkeypatch.setattr(tablecache.time, "monotonic", lambda: later)
    cached_table("capitals-1.0-f2", capitals, directory=tmp_path)
    assert not old.exists()


def test_a_table_counted_once_is_counted_again_when_its_file_is_replaced(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Reopening skips the full count of a file this process already counted; a file put in its place
    (a copy from elsewhere, a half-written one) is another file, and is counted."""
    table = cached_table("capitals-1.0-f1", capitals, directory=tmp_path)
    path = tmp_path / "tables" / "capitals-1.0-f1.sqlite"
    assert table.get("peru") == "Lima"
    file = path.stat()
    assert (file.st_dev, file.st_ino, file.st_size) in tablecache._counted

    foreign = tmp_path / "foreign.sqlite"
    shutil.copy(path, foreign)
    with sqlite3.connect(foreign) as db:
        db.execute("DELETE FROM entry WHERE key = 'peru'")
    os.replace(foreign, path)
    with caplog.at_level(logging.WARNING):
        again = cached_table("capitals-1.0-f1", capitals, directory=tmp_path)
    assert "is damaged" in caplog.text
    assert again.get("peru") == "Lima"
