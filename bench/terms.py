"""Words outside the concept pack across languages, end to end through the matcher (issue 11).

The terms set (tests/data/terms/: 120 English news terms that are not in the pack, one news
sentence per term in each language, written blind) is matched with one English rule per
term (`climate`, `"minimum wage"`), every sentence in its declared language. Per language:

- recall: of the sentences using a term, how many its rule matched;
- precision: of all (rule, sentence) matches, how many are the sentence's own term, or a
  term the data says the sentence also uses in its sense (`also`: German *Rente*, a
  look-alike for `rent`, is the word for `pension`). Every other match is a false alarm: a
  wrong sense (a fuel tank for `tank`), a look-alike (German *Art* for `art`), an ordinary
  sentence, or another term's sentence.

The 13 languages of the pack are the main figure; the further languages (cs sv ... when
their files exist) are reported apart. Report the `test` split (the default); tune only
on `dev`.

    uv run python bench/terms.py [--split test|dev|all] [--show 10] [--languages cs,ro]
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

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "terms"
MAIN = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "uk", "ar", "zh", "ja")


@dataclass(frozen=True)
class Sentence:
    id: str
    language: str
    text: str
    term: str | None  # the term it uses; None for negatives
    kind: str = "term"  # term, wrong_sense, lookalike, ordinary
    also: frozenset[str] = frozenset()  # other terms it uses in their sense: their matches are right


def load(split: str) -> tuple[list[dict[str, object]], list[Sentence], list[str]]:
    terms = yaml.safe_load((DATA / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    chosen = [t for t in terms if split == "all" or t["split"] == split]
    sentences: list[Sentence] = []
    languages = sorted(p.stem for p in DATA.glob("*.yaml") if p.stem != "terms")
    for language in languages:
        data = yaml.safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8"))
        also = data.get("also") or {}
        for term_id, text in data["terms"].items():
            uses = frozenset(also.get(term_id, ()))
            sentences.append(Sentence(f"{language}:{term_id}", language, text, term_id, also=uses))
        for kind in ("wrong_sense", "lookalike"):
            for i, item in enumerate(data.get(kind) or ()):
                uses = frozenset(item.get("also", ()))
                sentences.append(Sentence(f"{language}:{kind}{i}", language, item["text"], None, kind, uses))
        for i, text in enumerate(data.get("ordinary") or ()):
            sentences.append(Sentence(f"{language}:ordinary{i}", language, text, None, "ordinary"))
    return chosen, sentences, languages


def load_probes(path: Path, wanted: set[str] | None = None) -> tuple[list[str], list[Sentence]]:
    """A sense probe file's terms, and its `right` and `wrong` sentences (kind as named, term set on the
    right ones), in the languages `wanted` (all where None): the senses benches read it alike."""
    probes = yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
    sentences = [
        Sentence(f"{language}:{term}:{kind}", language, text, term if kind == "right" else None, kind)
        for term, entry in probes.items()
        for language, kinds in entry.items()
        if isinstance(kinds, dict) and (wanted is None or language in wanted)
        for kind, text in kinds.items()
    ]
    return list(probes), sentences


def matching_for(terms: list[dict[str, object]]) -> Matching:
    rules = "".join(f"  - name: {t['id']}\n    query: {json.dumps(t['rule'])}\n" for t in terms)
    return Matching.build(parse_config(f"defaults:\n  language: en\nrules:\n{rules}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--show", type=int, default=10, help="misses and false alarms to list per language")
    parser.add_argument("--languages", default="", help="comma-separated (default: all)")
    args = parser.parse_args()

    terms, sentences, languages = load(args.split)
    if wanted := set(args.languages.split(",")) - {""}:
        languages = [lang for lang in languages if lang in wanted]
        sentences = [s for s in sentences if s.language in wanted]
    chosen = {str(t["id"]) for t in terms}
    started = time.perf_counter()
    matching = matching_for(terms)
    built = time.perf_counter() - started
    matched = match_sentences(matching, sentences)
    found, why, elapsed = matched.found, matched.terms, matched.seconds

    print(f"{len(terms)} terms, split {args.split}; {len(sentences)} sentences in {len(languages)} languages")
    print(
        f"rules built in {built:.1f} s; matched in {elapsed:.1f} s "
        f"({len(sentences) / elapsed:.0f} sentences/s)"
    )
    print(f"{'lang':<6}{'recall':>9}{'matches':>9}{'false':>7}{'precision':>11}  false by kind")
    misses: dict[str, list[str]] = defaultdict(list)
    alarms: dict[str, list[str]] = defaultdict(list)
    groups = {"13 languages": [lang for lang in languages if lang in MAIN]}
    groups["further"] = [lang for lang in languages if lang not in MAIN and lang != "en"]
    for group, members in groups.items():
        totals = [0, 0, 0, 0]
        for language in members:
            own = [s for s in sentences if s.language == language and s.term in chosen]
            hit = [s for s in own if s.term in found[s.id]]
            matches = false = 0
            kinds: dict[str, int] = defaultdict(int)
            for s in (s for s in sentences if s.language == language):
                for rule in found[s.id]:
                    matches += 1
                    if rule != s.term and rule not in s.also:
                        false += 1
                        kinds[s.kind] += 1
                        alarms[language].append(
                            f"{rule} in {s.id} via {', '.join(why[(s.id, rule)])}: {s.text[:80]}"
                        )
            misses[language] = [f"{s.term}: {s.text[:100]}" for s in own if s.term not in found[s.id]]
            for i, n in enumerate((len(hit), len(own), matches, false)):
                totals[i] += n
            detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
            print(
                f"{language:<6}{ratio(len(hit), len(own)):>9}{matches:>9}{false:>7}"
                f"{ratio(matches - false, matches):>11}  {detail}"
            )
        hit, own, matches, false = totals
        if members:
            print(f"{group}: recall {ratio(hit, own)}, precision {ratio(matches - false, matches)}")
    for language in languages:
        for line in misses[language][: args.show]:
            print(f"missed  {language} {line}")
        for line in alarms[language][: args.show]:
            print(f"false   {language} {line}")


if __name__ == "__main__":
    main()
