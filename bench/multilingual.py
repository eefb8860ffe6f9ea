"""Recall and precision per language on the multilingual test sets.

tests/data/multilingual.yaml is the development set: tests/test_multilingual_set.py
asserts every expectation in it, so it reads 100% by construction.
tests/data/multilingual_heldout.yaml has the same rules over other articles, written
without looking at the concept pack or the gazetteer and never tuned against: its
figures are the honest estimate of what a user will see.

English rules, built-in concepts and places, every article in its declared language;
then again with no language declared, so each is detected among every supported
language (the default), as for a feed that declares none.
Recall: of the (article, rule) pairs the set expects, how many matched. Precision: of
the pairs that matched, how many the set expects. Misses and extra matches are listed
with the terms that fired, so a reviewer sees why.

    uv run python bench/multilingual.py
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.multilingual_set import SET, Outcome, build, evaluate, load


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def report(outcomes: list[Outcome]) -> None:
    by_language: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_language[outcome.language].append(outcome)
    print(
        f"{'lang':<6}{'articles':>9}{'expected':>10}{'matched':>9}{'correct':>9}{'recall':>9}{'precision':>11}"
    )
    totals = [0, 0, 0, 0]
    for language, group in sorted(by_language.items()):
        expected = sum(len(o.expected) for o in group)
        matched = sum(len(o.actual) for o in group)
        correct = sum(len(o.expected & o.actual) for o in group)
        for i, n in enumerate((len(group), expected, matched, correct)):
            totals[i] += n
        print(
            f"{language:<6}{len(group):>9}{expected:>10}{matched:>9}{correct:>9}"
            f"{ratio(correct, expected):>9}{ratio(correct, matched):>11}"
        )
    articles, expected, matched, correct = totals
    print(
        f"{'all':<6}{articles:>9}{expected:>10}{matched:>9}{correct:>9}"
        f"{ratio(correct, expected):>9}{ratio(correct, matched):>11}"
    )
    for outcome in outcomes:
        for rule in sorted(outcome.missed):
            print(f"missed   {outcome.article}: {rule}")
        for rule in sorted(outcome.spurious):
            print(f"spurious {outcome.article}: {rule} via {', '.join(outcome.terms[rule])}")


HELD_OUT = SET.with_name("multilingual_heldout.yaml")


def main() -> None:
    started = time.perf_counter()
    development = load()
    matching = build(development)
    print(f"{len(development['rules'])} English rules, built in {time.perf_counter() - started:.1f} s")
    detecting = build(development, languages=None)
    for title, path in (("development set", SET), ("held-out set", HELD_OUT)):
        data = load(path)
        assert data["rules"] == development["rules"], f"{path} has other rules"
        print(f"\n== {title}: {path.name}")
        report(evaluate(data, matching))
        print(f"\n== {title}, no language declared (detected): {path.name}")
        report(evaluate(data, detecting, declared=False))


if __name__ == "__main__":
    main()
