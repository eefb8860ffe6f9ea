"""Large lookup tables (lemmas, word frequencies, dictionaries, names) converted once into SQLite files.

Such tables hold hundreds of thousands to millions of entries; read into dicts they cost
hundreds of MB and seconds to load, while a running daemon asks each for a few thousand
keys. So each is converted on first use into an indexed SQLite file in the cache
directory and queried per key (callers keep the answers they got). Where no cache
directory is writable the rows are held in memory instead: slower and bigger, not wrong.

A table file is named after its source and version, so a new version of the data is
converted again, and the files of the other versions are removed once unused for a day (an upgrade
would otherwise leave gigabytes behind, while two installs or checkouts sharing the cache must not
remove each other's files in use: opening a file marks it used); opening checks the row count written
at conversion, so a truncated or foreign file is converted again rather than trusted. Converting reads
the whole source (several hundred MB for some), so it runs in a child process: the memory it takes is
given back when the child exits, instead of staying with a long-running daemon.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

Rows = Iterable[tuple[str, str]]
PAGE_CACHE_KB = 256
UNUSED_FOR = 24 * 3600  # seconds: a table file of another version unused this long is removed
SWEEP_EVERY = 3600  # seconds: how often reopening a table looks for its other versions to remove

# What this process already did on opening a table, as the dictionary's tables are opened again after
# each idle spell (`lexicon.idle`): counting a file's rows (a full scan; a converted file is replaced,
# never rewritten, so the same device, inode and size is the file already counted) and sweeping the
# cache for a table's other versions (their day unused is not missed by an hour). Both were about 14%
# of the mixed bench's first sight, paid again by a daemon after every quiet spell.
_counted: set[tuple[int, int, int]] = set()
_swept: dict[Path, float] = {}


class Table(Protocol):
    def get(self, key: str) -> str | None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


def cache_dir() -> Path:
    """systemd's CacheDirectory=, else $XDG_CACHE_HOME/news-monitor, else ~/.cache/news-monitor."""
    if os.environ.get("NEWS_MONITOR_CACHE"):
        return Path(os.environ["NEWS_MONITOR_CACHE"])
    if os.environ.get("CACHE_DIRECTORY"):
        return Path(os.environ["CACHE_DIRECTORY"].split(":")[0])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "news-monitor"


def cached_table(name: str, rows: Callable[..., Rows], *args: object, directory: Path | None = None) -> Table:
    """The table `name` (its source and version, e.g. `lemmas-de-1.0.5`), converting on first use.

    `rows(*args)` yields (key, value) pairs; the first value of a repeated key wins. It must
    be a module-level function (it runs in a child process). The file is
    `tables/<name>.sqlite` in the cache directory (or in `directory`).
    """
    path = Path()
    try:
        path = (directory or cache_dir()) / "tables" / f"{name}.sqlite"
        return _open(rows, args, path)
    except (OSError, RuntimeError, sqlite3.Error) as exc:  # RuntimeError: no home directory
        log.warning("cannot cache the table %s as %s (%s); reading it into memory", name, path, exc)
        found: dict[str, str] = {}
        for key, value in rows(*args):
            found.setdefault(key, value)
        return found


def _open(rows: Callable[..., Rows], args: tuple[object, ...], path: Path) -> SqliteTable:
    """The converted table at `path`, converting it first (again, if the file is damaged)."""
    if path.exists():
        try:
            table = SqliteTable(path)
        except sqlite3.DatabaseError as exc:
            log.warning("the cached table %s is damaged (%s); converting it again", path, exc)
            path.unlink()
        else:
            _mark_used(path)
            if time.monotonic() - _swept.get(path, -SWEEP_EVERY) >= SWEEP_EVERY:
                _remove_unused_versions(path)
            return table
    _convert_in_child(rows, args, path)
    _remove_unused_versions(path)
    return SqliteTable(path)


def family(name: str) -> str:
    """A table's name without its version parts (those holding a digit: a package version, a
    format, a hash), which names the table across versions: `freedict-eng-ara-1447668-f3-inverted`
    is `freedict-eng-ara-inverted`."""
    return "-".join(part for part in name.split("-") if not any(c.isdigit() for c in part))


def _mark_used(path: Path) -> None:
    """Date the file's modification time to now: what `_remove_unused_versions` reads as its last use."""
    with contextlib.suppress(OSError):  # a read-only cache: nothing removes files from it either
        os.utime(path)


def _remove_unused_versions(path: Path) -> None:
    """Remove the other versions of the table at `path` that no process opened for `UNUSED_FOR`.

    A process still reading one keeps its open file (removing does not take it away), and an
    install of another version sharing the cache converts its own again rather than reading a wrong one.
    """
    _swept[path] = time.monotonic()
    own = family(path.stem)
    # every name of the family holds its first part: a test of each name in C narrows a cache of hundreds
    # of tables to a few before `family` (Python, about 4 µs a name) is asked of each (the names bench's
    # rules over 13 languages open 286 tables: 2.0 -> 0.4 ms a sweep of a cache of 509 files). Not
    # pathlib's glob, whose matching is Python for every file: the dictionary's tables are opened again
    # after each idle spell (`lexicon.idle`), and the sweeps were 9% of the mixed bench's first sight.
    first = own.split("-")[0]
    with os.scandir(path.parent) as entries:
        names = [e.name for e in entries if e.name.endswith(".sqlite") and first in e.name]
    for name in names:
        other = path.parent / name
        if name == path.name or family(other.stem) != own:
            continue
        try:
            unused = time.time() - other.stat().st_mtime
        except FileNotFoundError:  # another process removed it first
            continue
        if unused > UNUSED_FOR:
            log.info("removing %s: %s replaces it", other.name, path.name)
            other.unlink(missing_ok=True)


def _convert_in_child(rows: Callable[..., Rows], args: tuple[object, ...], path: Path) -> None:
    """Run `_convert` in a fresh interpreter (`python -m monitor.tablecache`), naming `rows` by module."""
    log.info("converting %s once (later starts read the converted file)", path.name)
    source = [rows.__module__, rows.__qualname__]
    command = [sys.executable, "-m", __name__, *source, str(path), json.dumps(args)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not path.exists():
        detail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise OSError(f"converting {path.name} failed in a child process: {detail[0]}")


class SqliteTable:
    """Key -> value from a converted table; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        # A small page cache per table: a process holds dozens of tables (the dictionary's pairs),
        # and SQLite's default 2 MB each would add up to 100 MB; the OS caches the file anyway.
        self._db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KB}")
        self._lock = threading.Lock()
        [(expected,)] = self._db.execute("SELECT rows FROM meta").fetchall()
        file = path.stat()
        identity = (file.st_dev, file.st_ino, file.st_size)
        if identity in _counted:
            return
        [(found,)] = self._db.execute("SELECT count(*) FROM entry").fetchall()
        if found != expected:
            self._db.close()
            raise sqlite3.DatabaseError(f"{found} rows where {expected} were written")
        _counted.add(identity)

    def items(self) -> Iterable[tuple[str, str]]:
        """Every (key, value): for a small table its owner holds in memory."""
        with self._lock:
            return self._db.execute("SELECT key, value FROM entry").fetchall()

    def get(self, key: str) -> str | None:
        try:
            with self._lock:
                row = self._db.execute("SELECT value FROM entry WHERE key = ?", (key,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate (a broken escape in JSON input) is no key
            return None
        return row[0] if row else None


def _convert(rows: Callable[..., Rows], args: tuple[object, ...], path: Path) -> None:
    """Write the table to `path` atomically: a half-written file is never opened, nor left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".partial")
    os.close(handle)
    try:
        db = sqlite3.connect(partial)
        try:
            db.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT OR IGNORE INTO entry VALUES (?, ?)", rows(*args))
            db.execute("CREATE TABLE meta AS SELECT count(*) AS rows FROM entry")
            db.commit()
        finally:
            db.close()
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _main(module: str, function: str, path: str, args: str) -> None:
    import importlib

    rows = getattr(importlib.import_module(module), function)
    _convert(rows, tuple(json.loads(args)), Path(path))


if __name__ == "__main__":
    _main(*sys.argv[1:5])
