"""The Romanian WordNet (RoWordNet) joined to Princeton WordNet 3.0 by its synset ids: English -> Romanian.

RoWordNet's synsets carry Princeton WordNet 3.0's ids (`ENG30-03329663-n`: ferry, the boat), so
each Romanian synset's literals (*feribot*, *bac*) are equivalents of the English words of the same
synset, a route independent of Wiktionary (Romanian's other routes are its relatives' cognates).
A Romanian literal all of whose synsets are synsets of the term means the term and nothing else
(*ambuteiaj* is only "traffic jam", *șeptel* only "livestock"; not *cursă*, also a trap and a
flight): that counts as a second source (`rown:one-sense`), as CC-CEDICT's words of one sense do.

Neither is copied into the repository: the Makefile unpacks RoWordNet's data (from the `rowordnet`
wheel, GPL) and WordNet's data files (Debian's `wordnet-base`) into the environment's
`share/wordnets`, where they are read once and converted into tables (`tablecache`). The
wheel's pickle is read without its package (which needs networkx): its classes are stand-ins.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from monitor.lexicon.sources.links import FORMAT, MAX_WORDS, Link, Sense, key, wordlike
from monitor.tablecache import Rows, Table, cached_table

FOLDER = Path(sys.prefix) / "share" / "wordnets"
PICKLE = "rowordnet.pickle"
CONVERSION = 5  # of the tables: a change of `rows` converts them again
# A shorter literal is one sense only where RoWordNet knows all its senses, and it seldom does: *bac* is
# the ferry there, and the baccalaureate in every June's news; *date* ("data") is also "given" (fem. pl.).
ONE_SENSE_LETTERS = 5
DATA = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "s": "data.adj"}


class _Stand:
    """Any class of the pickle (RoWordNet's, networkx's): keeps the attributes it is given."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        pass

    def __setstate__(self, state: object) -> None:
        if isinstance(state, tuple):
            state = state[0]
        if isinstance(state, dict):
            self.__dict__.update(state)

    def __setitem__(self, _key: object, _value: object) -> None:
        pass


class _StandType(type):
    def __getattr__(cls, name: str) -> Any:  # a nested class (Synset.Pos) is looked up on its outer one
        if name.startswith("__"):
            raise AttributeError(name)
        return _StandType(name, (_Stand,), {})


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module.split(".")[0] in ("rowordnet", "networkx"):
            return _StandType(name, (_Stand,), {})
        return super().find_class(module, name)


def installed() -> bool:
    """Whether the Makefile unpacked both wordnets (the lexicon reads neither alone)."""
    return (FOLDER / PICKLE).is_file() and all((FOLDER / name).is_file() for name in DATA.values())


def romanian_synsets(folder: Path) -> dict[str, list[str]]:
    """RoWordNet's synsets: Princeton id (`ENG30-03329663-n`) -> its Romanian literals."""
    with (folder / PICKLE).open("rb") as file:
        wordnet = _Unpickler(file).load()
    found: dict[str, list[str]] = {}
    for synset_id, synset in getattr(wordnet, "_synsets", {}).items():
        literals = [" ".join(str(x).replace("_", " ").split()) for x in getattr(synset, "_literals", ())]
        if str(synset_id).startswith("ENG30-") and literals:
            found[str(synset_id)] = literals
    return found


def english_synset(data: BinaryIO, offset: str) -> tuple[list[str], str] | None:
    """The English words and the gloss of WordNet 3.0's synset at `offset` in its data file (None
    where no synset starts there)."""
    data.seek(int(offset))
    line = data.readline().decode("utf-8", "replace")
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    if len(fields) < 5 or fields[0] != offset:
        return None
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(count)]
    return words, gloss.split(";")[0].strip()


Entry = tuple[str, str, str, list[str], list[str]]  # synset id, part of speech, gloss, English, literals


def _entries(folder: Path) -> list[Entry]:
    """RoWordNet's synsets joined to WordNet's English words and glosses."""
    out: list[Entry] = []
    files = {name: (folder / name).open("rb") for name in set(DATA.values())}
    try:
        for synset_id, literals in romanian_synsets(folder).items():
            _eng, offset, pos = synset_id.split("-")
            found = english_synset(files[DATA[pos]], offset) if pos in DATA else None
            if found is not None:
                part = "v" if pos == "v" else ("adj" if pos in "as" else "n")
                out.append((synset_id, part, found[1], found[0], literals))
    finally:
        for file in files.values():
            file.close()
    return out


def _kept(literals: list[str]) -> list[str]:
    """The literals an article may write: a wordnet's are lexical units, not explanations, so one word
    more than a translation may have (*gaz cu efect de seră*, "greenhouse gas")."""
    return [x for x in literals if wordlike(x) and len(x.split()) <= MAX_WORDS + 1 and not x[:1].isdigit()]


def rows(folder: str) -> Rows:
    """English word -> [[Romanian literal, "", part of speech, the synset's English words and gloss], ...].

    No gloss of a sense: WordNet's definitions are no glosses of the kind the other routes give
    (`boat`, `work stoppage`), so each synset would be a sense of its own that no other route's
    words share, and `senses.most_attested` would weigh it alone. Unglossed, a literal of the term
    only (`one_sense`) is kept with whichever sense is chosen, as CC-CEDICT's words are; the English
    words and the definition, as the co-translations, tell the sense to a rule's other words."""
    table: dict[str, list[Sense]] = defaultdict(list)
    for _id, pos, gloss, words, literals in _entries(Path(folder)):
        described = "; ".join(x for x in (", ".join(words), gloss) if x)
        for word in dict.fromkeys(key(w) for w in words):
            for literal in _kept(literals):
                table[word].append((literal, "", pos, described))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def romanian_rows(folder: str) -> Rows:
    """Romanian literal -> [[English word, "", part of speech, the synset's other literals and gloss], ...]:
    the other direction, so that the Romanian literals of several words are headword phrases of the
    language (*golful mexic*, the Gulf of Mexico: `dictionary.phrases_with_name`)."""
    table: dict[str, list[Sense]] = defaultdict(list)
    for _id, pos, gloss, words, literals in _entries(Path(folder)):
        kept = _kept(literals)
        for literal in kept:
            described = "; ".join(x for x in (", ".join(x for x in kept if x != literal), gloss) if x)
            for word in dict.fromkeys(words):
                if len(word.split()) <= MAX_WORDS + 1:
                    table[key(literal)].append((word, "", pos, described))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def one_sense_rows(folder: str) -> Rows:
    """`english word<TAB>literal` for each Romanian literal whose every synset is one of the word's."""
    entries = _entries(Path(folder))
    of_english: dict[str, set[str]] = defaultdict(set)
    of_literal: dict[str, set[str]] = defaultdict(set)
    for synset_id, _pos, _gloss, words, literals in entries:
        for word in words:
            of_english[key(word)].add(synset_id)
        for literal in literals:
            of_literal[literal].add(synset_id)
    for _id, _pos, _gloss, words, literals in entries:
        for word in dict.fromkeys(key(w) for w in words):
            for literal in _kept(literals):
                if len(literal) >= ONE_SENSE_LETTERS and of_literal[literal] <= of_english[word]:
                    yield f"{word}\t{literal}", "1"


def _version() -> str:
    return f"{(FOLDER / PICKLE).stat().st_size}-{(FOLDER / DATA['n']).stat().st_size}-c{CONVERSION}"


@cache
def rown_links() -> tuple[Link, ...]:
    """The English -> Romanian link and its inversion, where the Makefile installed both wordnets."""
    if not installed():
        return ()
    table = f"rown-en-ro-{_version()}-f{FORMAT}"
    return (
        Link("en", "ro", "rown", "rown", rows, (str(FOLDER),), table),
        Link("ro", "en", "rown", "rown", romanian_rows, (str(FOLDER),), f"{table}-inverted"),
    )


@cache
def _one_sense() -> Table:
    return cached_table(f"rown-one-sense-{_version()}", one_sense_rows, str(FOLDER))


def one_sense(word: str, literal: str) -> bool:
    """Is every synset of the Romanian `literal` one of English `word`'s (*ambuteiaj*, "traffic jam")?"""
    return _one_sense().get(f"{key(word)}\t{literal}") is not None
