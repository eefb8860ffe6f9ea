"""A word's noun senses in their usual order, from Princeton WordNet: which sense a one-word rule term means.

The dictionaries tell a term's senses apart (English Wiktionary's glosses) but not which is
the usual one: `strike`, `mine`, `organ` and `race` have as many or more equivalents for the
blow, the explosive, the musical instrument and the breed as for the stoppage, the pit, the
body part and the contest (`senses.most_attested`). WordNet lists each word's senses most
frequent first (by their counts in a sense-tagged corpus), and describes each by its words,
its gloss and its broader sense (`race`: 1. any competition, a kind of *contest*; 2. a contest
of speed; 3. people of the same genetic stock). `senses.usual_sense` compares those words with
the dictionaries' glosses.

Read where installed: Debian's `wordnet-base` (/usr/share/wordnet), or where `make install`
unpacked it into the environment (`share/wordnet`); `NEWS_MONITOR_WORDNET` names another
folder. Without it, nothing changes: the best-attested sense is taken. The files are
searched on disk (the index is sorted; a sense's line is at its offset in data.noun), so
they cost no memory.
"""

from __future__ import annotations

import mmap
import os
import sys
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

FOLDERS = (
    Path(os.environ.get("NEWS_MONITOR_WORDNET", "/usr/share/wordnet")),
    Path(sys.prefix) / "share" / "wordnet",
)


@dataclass(frozen=True)
class Sense:
    """One noun sense: its words (`work_stoppage` as `work stoppage`), gloss and broader senses' words."""

    words: tuple[str, ...]
    gloss: str
    broader: tuple[str, ...]

    def description(self) -> str:
        return " ".join((*self.words, self.gloss, *self.broader))


class _Files:
    def __init__(self, folder: Path) -> None:
        self.index = _mapped(folder / "index.noun")
        self.data = _mapped(folder / "data.noun")
        self.lock = threading.Lock()


def _mapped(path: Path) -> mmap.mmap:
    with path.open("rb") as file:  # the mapping keeps the file open on its own
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def _files() -> _Files | None:
    for folder in FOLDERS:
        if (folder / "index.noun").is_file() and (folder / "data.noun").is_file():
            return _Files(folder)
    return None


def available() -> bool:
    return _files() is not None


def _line_at(text: mmap.mmap, offset: int) -> bytes:
    end = text.find(b"\n", offset)
    return text[offset : end if end >= 0 else len(text)]


def _index_line(files: _Files, lemma: bytes) -> bytes | None:
    """The index line of `lemma`: a binary search over the sorted lines (license lines start with spaces)."""
    index = files.index
    low, high = 0, len(index)
    while low < high:
        middle = (low + high) // 2
        start = index.rfind(b"\n", 0, middle) + 1
        line = _line_at(index, start)
        head = line.split(b" ", 1)[0]
        if line.startswith(b" ") or head < lemma:
            low = start + len(line) + 1
        elif head > lemma:
            high = start
        else:
            return line
    return None


def _synset(files: _Files, offset: int) -> tuple[tuple[str, ...], str, tuple[int, ...]]:
    """(words, gloss, offsets of its hypernyms) of the synset at `offset` in data.noun."""
    line = _line_at(files.data, offset).decode("utf-8", "replace")
    fields, _, gloss = line.partition(" | ")
    parts = fields.split()
    count = int(parts[3], 16)
    words = tuple(parts[4 + 2 * i].replace("_", " ").lower() for i in range(count))
    at = 4 + 2 * count
    pointers = int(parts[at])
    broader = tuple(
        int(parts[at + 1 + 4 * i + 1])
        for i in range(pointers)
        if parts[at + 1 + 4 * i] in ("@", "@i") and parts[at + 1 + 4 * i + 2] == "n"
    )
    return words, gloss.split('; "')[0].strip(), broader


@lru_cache(maxsize=4096)
def noun_senses(word: str) -> tuple[Sense, ...]:
    """The noun senses of `word` (a lemma; a phrase with spaces), most frequent first; () when unknown."""
    files = _files()
    if files is None or not word.strip():
        return ()
    lemma = "_".join(word.lower().split()).encode()
    with files.lock:
        line = _index_line(files, lemma)
        if line is None:
            return ()
        parts = line.split()
        synsets = int(parts[2])
        offsets = [int(o) for o in parts[-synsets:]]
        found = []
        for offset in offsets:
            words, gloss, broader = _synset(files, offset)
            above = tuple(w for b in broader for w in _synset(files, b)[0])
            found.append(Sense(words, gloss, above))
    return tuple(found)
