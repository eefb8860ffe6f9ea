"""Links: one dictionary read in one direction (`pl -> en` from pol-eng, `en -> pl` inverted).

A link answers `lookup(word)` with the word's translations, each with the gloss the source
gives its sense and its *co-translations* (the other words the source gives for the same
sense: `blow, hit` next to `strike`), which describe the sense where a source has no gloss.
Each link is converted on first use into a table (`tablecache`): key, the folded headword;
value, JSON `[[text, gloss, pos, co-translations], ...]`. A dictionary read in the other
direction (inverted) is a second, independent link: WikDict's pol-eng comes from the
Polish Wiktionary, its eng-fin from the English one. The tables are closed when no rule
has been compiled for a while (`idle.py`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from monitor.lexicon.idle import Idle
from monitor.tablecache import Rows, Table, cached_table

# ISO 639-3 names of the FreeDict files -> the ISO 639-1 codes the project uses.
ISO1 = {
    "bul": "bg", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en", "fin": "fi", "fra": "fr",
    "hrv": "hr", "hun": "hu", "ind": "id", "ita": "it", "jpn": "ja", "lat": "la", "lit": "lt", "nld": "nl",
    "nor": "nb", "pol": "pl", "por": "pt", "rus": "ru", "spa": "es", "swe": "sv", "tur": "tr", "ara": "ar",
    "ukr": "uk", "hin": "hi", "srp": "sr", "gle": "ga", "cym": "cy", "afr": "af",
}  # fmt: skip
PAREN_RE = re.compile(r"\s*\(([^)]*)\)\s*")
ENGLISH_LEAD_RE = re.compile(r"^(to|a|an|the)\s+", re.IGNORECASE)
FORMAT = 5  # of the converted tables: a change of the conversion converts them again
MAX_WORDS = 4  # longer "translations" are explanations, not what an article writes

Sense = tuple[str, str, str, str]  # text, gloss, part of speech, co-translations


def key(word: str) -> str:
    """How headwords are looked up: lower case, single spaces (accents kept: they tell words apart)."""
    return " ".join(word.lower().split())


def wordlike(text: str) -> bool:
    """Has a letter: some extracts give a sense's leftover markup as a translation (`] ]`, 765 times
    over the WikDict files; `...`, `?`), which, read backwards, would make one headword that joins
    every word given it (Dutch *burger* and *Armeens* were Bulgarian `] ]`, and so `cargo`)."""
    return any(c.isalpha() for c in text)


def alternatives(text: str) -> list[str]:
    """A phrase with one word given in two ways (`gás de/do efeito estufa`, `corte/tribunal de apelação`),
    as each phrase it stands for. A single word with a slash is one word (`client/server`, `24/7`)."""
    words = text.split()
    if len(words) < 2 or not any("/" in w for w in words):
        return [text]
    out = [""]
    for word in words:
        options = [w for w in word.split("/") if w] if "/" in word else [word]
        out = [f"{o} {w}".strip() for o in out for w in options]
    return out[:8]


def split_note(text: str, english: bool) -> tuple[str, str]:
    """`strike (i.e. industrial action)` -> (`strike`, `i.e. industrial action`); `to tax` -> `tax`."""
    notes = "; ".join(n.strip() for n in PAREN_RE.findall(text) if n.strip())
    plain = " ".join(PAREN_RE.sub(" ", text).split())
    if english:
        plain = ENGLISH_LEAD_RE.sub("", plain)
    return plain.strip(" .!?"), notes


def file_rows(path: str) -> Iterator[tuple[str, str, list[str], str]]:
    """(headword, pos, translations, glosses) per sense: of a shipped extract (`.tsv.gz`) or of an
    installed dictd dictionary (the path of its `.index` without the suffix)."""
    if not path.endswith(".tsv.gz"):
        from monitor.lexicon.sources.dictd import read_entries

        for entry in read_entries(Path(path)):
            for sense in entry.senses:
                yield entry.headword, sense.pos, list(sense.translations), " | ".join(sense.glosses)
        return
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4:
                yield fields[0], fields[1], [t for t in fields[2].split("; ") if t], fields[3]


def forward_rows(path: str, target_english: bool) -> Rows:
    table: dict[str, list[Sense]] = defaultdict(list)
    for head, pos, translations, glosses in file_rows(path):
        for text in translations:
            whole, note = split_note(text, target_english)
            for plain in alternatives(whole):
                if wordlike(plain) and len(plain.split()) <= MAX_WORDS:
                    others = ", ".join(t for t in translations if t != text)
                    table[key(head)].append((plain, "; ".join(x for x in (glosses, note) if x), pos, others))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def english_keys(text: str, low_memory: bool = False) -> list[str]:
    """The keys an English translation is found by: itself and, for `taxes`, its lemma `tax`. A
    long-running process asks with `low_memory` (simplemma's packed file, not its 21 MB dict held for
    the process); a table's conversion, in a child process, reads the faster dict."""
    import simplemma

    words = key(text).split()
    lemma = simplemma.lemmatize(words[-1], lang="en", low_memory=low_memory) if words else ""
    lemma = " ".join([*words[:-1], lemma]) if words else ""
    return list(dict.fromkeys(k for k in (" ".join(words), lemma) if k))


def inverted_rows(path: str, source_english: bool) -> Rows:
    table: dict[str, list[Sense]] = defaultdict(list)
    for head, pos, translations, glosses in file_rows(path):
        for text in translations:
            whole, note = split_note(text, source_english)
            for plain in alternatives(whole):
                words = len(plain.split()), len(head.split())
                if not (wordlike(plain) and wordlike(head) and max(words) <= MAX_WORDS):
                    continue
                others = ", ".join(split_note(t, source_english)[0] for t in translations if t != text)
                sense = (head, "; ".join(x for x in (glosses, note) if x), pos, others)
                for found in english_keys(plain) if source_english else [key(plain)]:
                    if sense not in table[found]:
                        table[found].append(sense)
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


@cache
def digest(path: str) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:12]


@dataclass(frozen=True)
class Link:
    """A dictionary in one direction. `family` groups links that are not independent of each other."""

    source: str
    target: str
    name: str  # shown in Translation.sources: `wikdict:eng-fin`, `cedict`, `freedict:eng-deu`
    family: str
    rows: Callable[..., Rows] = field(compare=False)
    args: tuple[object, ...] = field(compare=False)
    table_name: str = ""  # names the version too: a dictionary installed anew is another table

    def lookup(self, word: str) -> list[Sense]:
        found = _table(self).get(key(word))
        return [tuple(sense) for sense in json.loads(found)] if found else []  # type: ignore[misc]


_tables: dict[Link, Table] = {}
_tables_lock = threading.Lock()


def release() -> None:
    """Close every open table (about 0.3 MB each, 230 of them): they open again on next use."""
    with _tables_lock:
        _tables.clear()


IDLE = Idle(release)


def _table(link: Link) -> Table:
    IDLE.touch()
    with _tables_lock:
        table = _tables.get(link)
        if table is None:
            table = _tables[link] = cached_table(link.table_name, link.rows, *link.args)
    return table


def file_links(path: Path, origin: str, version: str = "") -> list[Link]:
    """The two links of one dictionary: a shipped extract `<src>-<tgt>.tsv.gz`, or an installed
    dictd file `freedict-<src>-<tgt>` (origin: `wikdict`, `jmdict`, `freedict`)."""
    pair = path.name.split(".")[0].removeprefix("freedict-")
    three_src, three_tgt = pair.split("-")
    src, tgt = ISO1.get(three_src, three_src), ISO1.get(three_tgt, three_tgt)
    version = version or digest(str(path))
    name = origin if origin == "jmdict" else f"{origin}:{pair}"
    table = f"{origin}-{pair}-{version}-f{FORMAT}"
    return [
        Link(src, tgt, name, f"{origin}:{pair}", forward_rows, (str(path), tgt == "en"), table),
        Link(
            tgt, src, name, f"{origin}:{pair}", inverted_rows, (str(path), src == "en"), f"{table}-inverted"
        ),
    ]
