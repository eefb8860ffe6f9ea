"""Names across languages and scripts, end to end through the matcher (issue 14).

The names set (tests/data/names/: 263 names, one news sentence per name in each of 13
languages, near misses and ordinary sentences, written blind) is matched with one
English rule per name (`Putin`, `"Kim Jong Un"`), every sentence in its declared
language. Per language:

- recall: of the sentences about a name, how many its rule matched; also for the
  `obscure` names alone (invented or obscure: no source can know them);
- precision: of all (rule, sentence) matches, how many are the sentence's own name.
  Every other match is a false alarm: a near miss (Kim Jong Il for "Kim Jong Un"), an
  ordinary sentence, or another name's sentence.

Report the `test` split (`--split test`, the default); tune only on `dev`.

    uv run python bench/names.py [--split test|dev|all] [--show 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.scoring import match_sentences, ratio
from monitor.config import parse_config
from monitor.matching import Matching

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "names"
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "uk", "ar", "zh", "ja")
# Sentences that mention a second name by necessity: a match of it there is right, not a false alarm.
ALSO_MENTIONED = {"munich_security_conference": {"munich"}}


@dataclass(frozen=True)
class Sentence:
    id: str
    language: str
    text: str
    name: str | None  # the name it is about; None for negatives
    forbidden: str | None = None  # a near miss: the rule it must not match


def load(split: str) -> tuple[list[dict[str, object]], list[Sentence]]:
    names = yaml.safe_load((DATA / "names.yaml").read_text(encoding="utf-8"))["names"]
    chosen = {n["id"] for n in names if split == "all" or n["split"] == split}
    sentences: list[Sentence] = []
    for language in LANGUAGES:
        data = yaml.safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8"))
        for name_id, text in data["names"].items():
            sentences.append(Sentence(f"{language}:{name_id}", language, text, name_id))
        for i, item in enumerate(data.get("near_miss") or ()):
            sentences.append(Sentence(f"{language}:near{i}", language, item["text"], None, item["rule"]))
        for i, text in enumerate(data.get("ordinary") or ()):
            sentences.append(Sentence(f"{language}:ordinary{i}", language, text, None))
    return [n for n in names if n["id"] in chosen], sentences


def matching_for(names: list[dict[str, object]]) -> Matching:
    rules = "".join(f"  - name: {n['id']}\n    query: {json.dumps(n['rule'])}\n" for n in names)
    config = parse_config(f"defaults:\n  language: en\nrules:\n{rules}")
    return Matching.build(config)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--show", type=int, default=15, help="misses and false alarms to list per language")
    args = parser.parse_args()

    names, sentences = load(args.split)
    chosen = {str(n["id"]) for n in names}
    obscure = {str(n["id"]) for n in names if n["obscure"]}
    started = time.perf_counter()
    matching = matching_for(names)
    built = time.perf_counter() - started

    matched = match_sentences(matching, sentences)
    found, terms, elapsed = matched.found, matched.terms, matched.seconds

    print(f"{len(names)} names ({len(obscure)} obscure), split {args.split}; {len(sentences)} sentences")
    print(
        f"rules built in {built:.1f} s; matched in {elapsed:.1f} s "
        f"({len(sentences) / elapsed:.0f} sentences/s)"
    )
    print(f"{'lang':<6}{'recall':>9}{'obscure':>9}{'matches':>9}{'false':>7}{'precision':>11}")
    misses: dict[str, list[str]] = defaultdict(list)
    alarms: dict[str, list[str]] = defaultdict(list)
    totals = [0, 0, 0, 0, 0, 0]
    for language in LANGUAGES:
        own = [s for s in sentences if s.language == language and s.name in chosen]
        hit = [s for s in own if s.name in found[s.id]]
        dark = [s for s in own if s.name in obscure]
        dark_hit = [s for s in dark if s.name in found[s.id]]
        matches = false = 0
        for s in (s for s in sentences if s.language == language):
            for rule in found[s.id]:
                matches += 1
                if rule != s.name and rule not in ALSO_MENTIONED.get(s.name or "", ()):
                    false += 1
                    alarms[language].append(
                        f"{rule} in {s.id} via {', '.join(terms[(s.id, rule)])}: {s.text[:90]}"
                    )
        misses[language] = [f"{s.name}: {s.text[:100]}" for s in own if s.name not in found[s.id]]
        for i, n in enumerate((len(hit), len(own), len(dark_hit), len(dark), matches, false)):
            totals[i] += n
        print(
            f"{language:<6}{ratio(len(hit), len(own)):>9}{ratio(len(dark_hit), len(dark)):>9}"
            f"{matches:>9}{false:>7}{ratio(matches - false, matches):>11}"
        )
    hit, own, dark_hit, dark, matches, false = totals
    print(
        f"{'all':<6}{ratio(hit, own):>9}{ratio(dark_hit, dark):>9}{matches:>9}{false:>7}"
        f"{ratio(matches - false, matches):>11}"
    )
    for language in LANGUAGES:
        for line in misses[language][: args.show]:
            print(f"missed  {language} {line}")
        for line in alarms[language][: args.show]:
            print(f"false   {language} {line}")


if __name__ == "__main__":
    main()
