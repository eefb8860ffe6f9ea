"""How often each sense of an English noun is meant: WordNet's sense counts, for a one-word rule.

A rule of one ambiguous word (`race`, `mine`, `organ`) says nothing of the sense it means,
and the dictionaries list every sense alike. WordNet orders a noun's senses by how often
each was meant in a hand-tagged corpus of running text (SemCor): `race` is a competition
12 times (two senses), a people 6, a subspecies 2; `mine` an excavation 12 times, an
explosive device 5; `organ` a body part 8, an agency 1, the instrument 1. The senses meant
at least `FREQUENT` as often as the most frequent one are the term's usual senses; a
dictionary's equivalent whose description (its glosses, its co-translations) names only the
other senses is left out (`senses.usual`).

The shipped extract `data/lexicon/wordnet/senses.tsv.gz` (WordNet 3.0 licence: see the data
README) holds, for every noun of several senses WordNet has counts for, a row per sense: the noun, the sense's
count, and the words that describe it (its definition, its synonyms, its hypernyms' words).
Rebuild it from Debian's `wordnet-base` (`apt-get install wordnet-base`):

    python -m monitor.lexicon.wordnet [/usr/share/wordnet]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "wordnet" / "senses.tsv.gz"
FREQUENT = 0.75  # a sense meant at least this share as often as the most frequent one is usual too
TRUSTED = 3  # fewer tagged uses of the most frequent sense than this: the counts say nothing


@dataclass(frozen=True)
class Sense:
    count: int
    words: str  # what describes it: definition, synonyms, hypernyms


@cache
def _table() -> dict[str, tuple[Sense, ...]]:
    found: dict[str, list[Sense]] = defaultdict(list)
    if DATA.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as lines:
            for line in lines:
                noun, count, words = line.rstrip("\n").split("\t")
                found[noun].append(Sense(int(count), words))
    return {noun: tuple(senses) for noun, senses in found.items()}


def noun_senses(noun: str) -> tuple[Sense, ...]:
    """The senses of `noun` (a lemma, lower case), most frequent first; () when WordNet has no counts."""
    return _table().get(noun.lower().replace(" ", "_"), ())


def usual_and_other(noun: str) -> tuple[list[str], list[str]] | None:
    """The descriptions of `noun`'s usual senses and of its other ones; None where the counts do not
    tell them apart (one sense, or too few tagged uses)."""
    senses = noun_senses(noun)
    top = max((s.count for s in senses), default=0)
    if len(senses) < 2 or top < TRUSTED:
        return None
    usual = [s.words for s in senses if s.count >= FREQUENT * top]
    other = [s.words for s in senses if s.count < FREQUENT * top]
    return (usual, other) if other else None


# Building the extract (developers only).

_GLOSS_RE = re.compile(r'"[^"]*"')


def _synsets(root: Path) -> dict[str, tuple[list[str], list[str], str]]:
    """offset -> (its words, its hypernyms' offsets, its definition), for every noun synset."""
    found = {}
    with (root / "data.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            hypernyms = [
                fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] in ("@", "@i")
            ]
            definition = _GLOSS_RE.sub("", gloss).split(";")[0].strip()
            found[fields[0]] = (words, hypernyms, definition)
    return found


def rows(root: Path) -> Iterable[str]:
    """`noun, count, words` per sense of each noun with tagged uses, in WordNet's order."""
    counts: dict[tuple[str, int], int] = {}  # (noun, sense number) -> tagged uses
    with (root / "cntlist.rev").open(encoding="utf-8") as lines:
        for line in lines:
            key, number, uses = line.split()
            noun, _, rest = key.partition("%")
            if rest.startswith("1:"):
                counts[(noun, int(number))] = int(uses)
    synsets = _synsets(root)
    with (root / "index.noun").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            noun, senses, pointers = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointers : 6 + pointers + senses]
            found = [(offset, counts.get((noun, n), 0)) for n, offset in enumerate(offsets, 1)]
            if len(found) < 2 or not any(count for _, count in found):
                continue
            for offset, count in found:
                words, hypernyms, definition = synsets[offset]
                above = [w for h in hypernyms for w in synsets[h][0]]
                text = "; ".join([definition, ", ".join(words), ", ".join(above)])
                yield f"{noun}\t{count}\t{text}"


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    DATA.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(DATA, "wt", encoding="utf-8", compresslevel=9) as out:
        written = sum(out.write(row + "\n") > 0 for row in rows(root))
    print(f"{written} senses written to {DATA}")


if __name__ == "__main__":
    main()
