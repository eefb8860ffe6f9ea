"""Compound splitting: recall and precision on the lists under tests/data/compounds, and its cost.

Each list (de, nl, sv, da, nb) holds at least 200 compounds with their expected parts
(lemmas, the head last) and 200 words that must stay whole (names, simple and derived
words, words that begin with a particle, loanwords). A word goes through the analyser
as an article word would; a compound counts as

    head found   the head's lemma is among the keys its parts give (what matters: `Wahl`
                 finds Halbzeitwahlen)
    all parts    every expected part is among them

and a whole word as split when it gives any compound part. Precision is the share of
split words whose head is right (a split whole word is wrong). Speed: microseconds per
word the first time the splitter sees it (afterwards it is remembered).

    uv run python bench/compounds.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LISTS = ROOT / "tests" / "data" / "compounds"
COMPOUND_KINDS = frozenset({"head", "modifier"})


def load(language: str) -> tuple[dict[str, list[str]], list[str]]:
    data = yaml.safe_load((LISTS / f"{language}.yaml").read_text(encoding="utf-8"))
    compounds = {word: parts.split() for word, parts in data["compounds"].items()}
    return compounds, [str(word) for word in data["whole"]]


def part_keys(analyzer: object, word: str, language: str) -> set[str]:
    from monitor.analysis import Analyzer

    assert isinstance(analyzer, Analyzer)
    *_, token = analyzer.analyse(f"x {word}", language).tokens  # inside a sentence, as words mostly are
    return {key for part in token.parts if part.kind in COMPOUND_KINDS for key in part.keys}


def measure(language: str, misses: bool = False) -> dict[str, float]:
    from monitor.analysis import Analyzer

    analyzer = Analyzer()
    compounds, whole = load(language)
    analyzer.analyse("warm up", language)
    lang = analyzer.languages.get(language)
    assert lang.splitter is not None
    started = time.perf_counter()
    for word in [*compounds, *whole]:
        lang.splitter.split(word)
    per_word = (time.perf_counter() - started) / (len(compounds) + len(whole)) * 1e6
    fold = analyzer.fold
    head = parts = split = 0
    wrong: list[str] = []
    for word, expected in compounds.items():
        keys = part_keys(analyzer, word, language)
        split += bool(keys)
        found = {fold(p, language) for p in expected} <= keys
        head += fold(expected[-1], language) in keys
        parts += found
        if misses and fold(expected[-1], language) not in keys:
            wrong.append(f"  missed {word}: {sorted(keys) or 'not split'} (expected {' '.join(expected)})")
    false = []
    for word in whole:
        keys = part_keys(analyzer, word, language)
        if keys:
            false.append(word)
            if misses:
                wrong.append(f"  split  {word}: {sorted(keys)}")
    if misses:
        print(f"{language}:", *wrong, sep="\n")
    splits = split + len(false)
    return {
        "compounds": len(compounds),
        "head": head / len(compounds),
        "parts": parts / len(compounds),
        "whole": len(whole),
        "false": len(false) / len(whole),
        "precision": head / splits if splits else 1.0,
        "us_per_word": per_word,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the compounds missed and the words split")
    parser.add_argument("languages", nargs="*", default=["de", "nl", "sv", "da", "nb"])
    args = parser.parse_args()
    print(
        f"{'':4}{'compounds':>10}{'head found':>12}{'all parts':>11}{'whole':>7}{'split':>7}{'precision':>11}"
        f"{'µs/new word':>13}"
    )
    for language in args.languages:
        r = measure(language, args.misses)
        print(
            f"{language:4}{r['compounds']:>10.0f}{r['head']:>12.1%}{r['parts']:>11.1%}{r['whole']:>7.0f}"
            f"{r['false']:>7.1%}{r['precision']:>11.1%}{r['us_per_word']:>13.0f}"
        )


if __name__ == "__main__":
    main()
