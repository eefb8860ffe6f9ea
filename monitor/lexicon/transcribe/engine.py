"""Rewrite tables: a name's Latin spelling carried into another script, a few readings at most.

A `Scheme` maps letter sequences of the (ASCII-folded) Latin spelling to their readings in
the target script, the usual one first. A word is cut greedily into the longest sequences
the scheme knows (`^` marks a sequence that only starts a word, `$` one that only ends it),
and its readings are the combinations of the pieces' readings, cheapest first: each piece
read its second way costs 1, its third way 2. Only the `limit` cheapest are kept, since
every reading costs matching time and precision downstream.
"""

from __future__ import annotations

import heapq
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

# Letters of other Latin alphabets, as an English-language writer would spell them.
_LATIN_SPELLED = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "dj", "ł": "l", "ı": "i", "ş": "sh", "ș": "sh",
    "ţ": "ts", "ț": "ts", "ç": "ch", "č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ż": "zh",
    "ź": "zh", "ř": "rzh", "ñ": "ny", "ğ": "", "ä": "a", "ö": "o", "ü": "u", "å": "o",
}  # fmt: skip


def ascii_spelling(word: str) -> str:
    """`Zieliński` -> `zielinsky`-like input for the schemes: lower case, letters only, marks dropped."""
    out = []
    for char in word.lower():
        if char in _LATIN_SPELLED:
            out.append(_LATIN_SPELLED[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        if "a" <= base <= "z":
            out.append(base)
        elif char in "-'’":
            out.append("-")
    return "".join(out)


TIE = 0.3


@dataclass(frozen=True)
class Scheme:
    """Letter sequences -> readings (usual first); see the module docstring."""

    rules: Mapping[str, tuple[str, ...]]
    # Letters some writers use and most do not (Ukrainian ґ): a reading with one costs this much more.
    rare: Mapping[str, int] = field(default_factory=dict)
    # Measured costs of a piece's readings (-ln of how often writers use each: `costs.py`); a piece
    # without them costs its readings' ranks (0, 1, 2...).
    costs: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    longest: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest", max(len(k.strip("^$")) for k in self.rules))

    def pieces(self, word: str) -> list[tuple[str, ...]]:
        """The readings of each piece of `word`, cut greedily (longest first, `^`/`$` forms preferred)."""
        return [options for _, options in self.keyed_pieces(word)]

    def keyed_pieces(self, word: str) -> list[tuple[str, tuple[str, ...]]]:
        """Each piece of `word` as (the scheme's key for it, its readings); an unknown letter is its own key."""
        out: list[tuple[str, tuple[str, ...]]] = []
        i = 0
        while i < len(word):
            for size in range(min(self.longest, len(word) - i), 0, -1):
                chunk = word[i : i + size]
                start, end = i == 0, i + size == len(word)
                keys = [f"^{chunk}$"] * (start and end) + [f"^{chunk}"] * start + [f"{chunk}$"] * end
                key = next((k for k in [*keys, chunk] if k in self.rules), None)
                if key is not None:
                    out.append((key, self.rules[key]))
                    i += size
                    break
            else:  # a letter the scheme does not know is kept as it is
                out.append((word[i], (word[i],)))
                i += 1
        return out

    def cost(self, key: str, rank: int, option: str) -> float:
        measured = self.costs.get(key)
        base = rank + TIE * measured.get(option, rank) if measured else float(rank)
        return base + sum(self.rare.get(c, 0) for c in option)

    def readings(self, word: str, limit: int = 4) -> list[str]:
        """The `limit` cheapest readings of one lower-case ASCII word, cheapest first."""
        beam: list[tuple[float, str]] = [(0.0, "")]
        for key, options in self.keyed_pieces(word):
            grown = [
                (cost + self.cost(key, rank, option), text + option)
                for cost, text in beam
                for rank, option in enumerate(options)
            ]
            beam = heapq.nsmallest(limit * 3, grown, key=lambda pair: pair[0])
        seen: dict[str, None] = {}
        for _, text in sorted(beam, key=lambda pair: pair[0]):
            seen.setdefault(text, None)
        return list(seen)[:limit]


def overlaid(base: Scheme, own: Mapping[str, tuple[str, ...]]) -> Scheme:
    """`base` with `own`'s readings first for its pieces and `base`'s after. A longer piece of `base`
    starting with one of `own`'s yields to it (Spanish j: ja is no longer я)."""
    plain = {k.strip("^$") for k in own}
    rules = {
        k: v
        for k, v in base.rules.items()
        if k in own or not any(k.strip("^$").startswith(p) and len(k.strip("^$")) > len(p) for p in plain)
    }
    for key, readings in own.items():
        rules[key] = tuple(dict.fromkeys([*readings, *base.rules.get(key, ())]))
    return Scheme(rules, base.rare, {})


def combine(words: list[list[str]], limit: int, joiner: str = " ") -> list[str]:
    """Readings of a phrase from each word's readings (best first), at most `limit`."""
    beam: list[tuple[int, str]] = [(0, "")]
    for options in words:
        grown = [
            (cost + rank, f"{text}{joiner}{option}" if text else option)
            for cost, text in beam
            for rank, option in enumerate(options)
        ]
        beam = heapq.nsmallest(limit, grown, key=lambda pair: pair[0])
    return [text for _, text in beam]


def edit_distance(a: str, b: str) -> int:
    """The fewest insertions, deletions and substitutions that make `a` into `b`: how far two
    spellings or two readings of a name are apart."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]
