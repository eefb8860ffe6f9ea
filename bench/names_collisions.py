"""Names whose variants collide with common words or other names (issue 14, precision).

The cases of bench/data/names_collisions.yaml (written for this bench, not the names test set):
for each rule, sentences about the name it must match and sentences with a look-alike (Arabic
ماسك "mask" for Musk, German *Koch* the cook, *Trumpf* for Trump, Ким Чен Ир for Kim Jong Un,
GeoNames' wrong alternates: Слов'янськ for Nikopol, Рака for Raqqa) it must not.

    uv run python bench/names_collisions.py [--data probes.yaml]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.scoring import match_sentences, ratio
from monitor.config import parse_config
from monitor.matching import Matching

DATA = Path(__file__).resolve().parent / "data" / "names_collisions.yaml"


@dataclass(frozen=True)
class Sentence:
    id: str
    language: str
    text: str


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="cases of the same shape (own probes)")
    cases = yaml.safe_load(parser.parse_args().data.read_text(encoding="utf-8"))["cases"]
    # one rule per distinct query (cases in several languages may share one: the config refuses duplicates)
    queries = list(dict.fromkeys(c["rule"] for c in cases))
    rule_of = {q: f"r{n}" for n, q in enumerate(queries)}
    rules = "".join(f"  - name: {rule_of[q]}\n    query: {json.dumps(q)}\n" for q in queries)
    named = {r: q for q, r in rule_of.items()}
    matching = Matching.build(parse_config(f"defaults:\n  language: en\nrules:\n{rules}"))
    sentences = [
        Sentence(f"{kind}:{i}:{j}", c["language"], text)
        for i, c in enumerate(cases)
        for kind in ("name", "word")
        for j, text in enumerate(c.get(kind) or ())
    ]
    found = match_sentences(matching, sentences).found
    hit = miss = alarms = words = 0
    for s in sentences:
        kind, i, _ = s.id.split(":")
        rule = cases[int(i)]["rule"]
        own = rule_of[rule] in found[s.id]
        others = found[s.id] - {rule_of[rule]}
        if kind == "name":
            hit += own
            miss += not own
            if not own:
                print(f"missed  {s.language} {rule}: {s.text}")
        else:
            words += 1
            alarms += own
            if own:
                print(f"false   {s.language} {rule}: {s.text}")
        for other in sorted(others):
            print(f"other   {s.language} {named[other]}: {s.text}")
    print(f"names found {hit}/{hit + miss} ({ratio(hit, hit + miss)}); look-alikes matched {alarms}/{words}")


if __name__ == "__main__":
    main()
