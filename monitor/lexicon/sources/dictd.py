"""Read FreeDict dictionaries in dictd format: `<name>.index` plus `<name>.dict.dz` (or `.dict`).

Debian's `dict-freedict-*` packages install them under /usr/share/dictd. The text of an
entry is FreeDict's rendering of its TEI source, which differs a little between the
WikDict imports and the older hand-made dictionaries, so the parser keeps only what
all of them share: a headword line, then senses, each a line of comma-separated
translations followed by glosses (WikDict numbers several senses `1. ...`; JMdict-based
entries carry `[news1]`-style tags; the older ones add `<fem>`, `[fin.]`, quoted examples
and `see:` lines, which are set aside).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SENSE_RE = re.compile(r"^(\d+)\. (.+)$")
GLOSS_NUMBER_RE = re.compile(r"^ \d+\.$")
TRAILING_NUMBER_RE = re.compile(r" \d+\.$")
TAG_RE = re.compile(r"<[^>]*>|\[[^\]]*\]|\{[^}]*\}")
POS_RE = re.compile(r"<([^>]*)>")
DOMAIN_RE = re.compile(r"\[([^\]]*)\]")
IGNORED_LINE_RE = re.compile(r'^\s*("|see:|Synonyms?:|Note:|Antonyms?:|\()')
# A word that starts in lower case and has a capital inside (FreeDict's ces-eng writes *letiŠtě*,
# *vŠechno*: its š after the first letter came out as Š): written wholly in lower case, so that it is
# the word the other dictionaries give (*letiště*) and counts with them.
FORMAT = 3  # of what `read_entries` gives: a change converts the installed dictionaries' tables again
# FreeDict's Hungarian dictionaries were typed in Latin-1, which lacks Hungarian's ő and ű: they write ô
# and û for them (*esküvô*, *repülôtér*, *gyûlölet*). Hungarian spells no word with ô or û, so the
# Hungarian side is read with its own letters: `rules expand --write` and `rules check` show the word
# an article writes, and wordfreq and the lemma table are asked for it.
RESPELT = {"hun": str.maketrans("ôûÔÛ", "őűŐŰ")}
# Marks articles do not write: Russian/Bulgarian stress, Arabic short vowels and shadda.
STRESS = frozenset("\u0301\u0300" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")


@dataclass(frozen=True)
class Sense:
    """One sense of a headword: its translations and the source's glosses for it."""

    translations: tuple[str, ...]
    glosses: tuple[str, ...]
    pos: str = ""


@dataclass(frozen=True)
class Entry:
    headword: str
    senses: tuple[Sense, ...]
    tags: frozenset[str] = frozenset()  # JMdict's priority marks on the headword line: news1, ichi1...


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + B64.index(char)
    return value


def read_entries(base: Path) -> Iterator[Entry]:
    """Every entry of the dictionary `base` (a path without `.index`), in index order."""
    index = base.with_name(base.name + ".index")
    packed = base.with_name(base.name + ".dict.dz")
    data = (
        gzip.decompress(packed.read_bytes())
        if packed.exists()
        else base.with_name(base.name + ".dict").read_bytes()
    )
    seen: set[tuple[int, int]] = set()
    sides = _sides(base)
    with index.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or fields[0].startswith("00-database") or fields[0].startswith("00database"):
                continue
            start, length = _number(fields[1]), _number(fields[2])
            if (start, length) in seen:  # one entry indexed under several keys
                continue
            seen.add((start, length))
            entry = parse_entry(data[start : start + length].decode("utf-8", "replace"))
            if entry is not None:
                yield _respelt(entry, *sides)


def _sides(base: Path) -> tuple[str, str]:
    """The languages of a dictionary file `freedict-<source>-<target>` (ISO 639-3), or ("", "")."""
    pair = base.name.removeprefix("freedict-").split("-")
    return (pair[0], pair[1]) if len(pair) == 2 else ("", "")


def _respelt(entry: Entry, source: str, target: str) -> Entry:
    """`entry` with its headword in `source`'s letters and its translations in `target`'s (`RESPELT`)."""
    head, into = RESPELT.get(source), RESPELT.get(target)
    if head is None and into is None:
        return entry
    senses = tuple(
        replace(sense, translations=tuple(t.translate(into) for t in sense.translations)) if into else sense
        for sense in entry.senses
    )
    return replace(entry, headword=entry.headword.translate(head) if head else entry.headword, senses=senses)


def clean(text: str) -> str:
    """A translation as an article writes it: tags, stress marks and extra spaces removed."""
    text = TAG_RE.sub(" ", text)
    text = "".join(c for c in text if c not in STRESS)
    return " ".join(text.split()).strip(" ,;")


def _translations(line: str) -> tuple[str, ...]:
    line = TRAILING_NUMBER_RE.sub("", line.strip())
    parts = (
        clean(part)
        for part in re.split(r"[,;](?![^()]*\))", TAG_RE.sub(lambda m: m[0].replace(",", " "), line))
    )
    return tuple(dict.fromkeys(part for part in parts if part))


def parse_entry(text: str) -> Entry | None:
    """One entry's text -> its headword and senses (None when it has no translation)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    head = lines[0]
    pos_match = POS_RE.search(head)
    pos = pos_match[1] if pos_match else ""
    headword = clean(" " + TAG_RE.sub(" ", head).strip().split(" /")[0].split(", ")[0])
    headword = " ".join(w.lower() if w[:1].islower() else w for w in headword.split(" "))
    senses: list[Sense] = []
    translations: tuple[str, ...] | None = None
    glosses: list[str] = []

    def close() -> None:
        if translations:
            senses.append(Sense(translations, tuple(glosses), pos))

    numbered = any(SENSE_RE.match(line) for line in lines[1:])
    for line in lines[1:]:
        if IGNORED_LINE_RE.match(line) or GLOSS_NUMBER_RE.match(line):
            if line.strip().startswith("(") and translations is None and not numbered:
                continue  # a JMdict part-of-speech line before the glosses
            continue
        sense = SENSE_RE.match(line) if numbered else None
        if sense or translations is None:
            close()
            body = sense[2] if sense else line
            domains = DOMAIN_RE.findall(body)
            translations = _translations(body)
            glosses = [d for d in domains if d]
            continue
        glosses.append(line.strip())
    close()
    if not headword or not senses:
        return None
    return Entry(headword, tuple(senses), frozenset(DOMAIN_RE.findall(head)))
