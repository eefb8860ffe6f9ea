"""Why the terms set's sentences are missed, by kind, per language (issue 11; development split only).

bench/terms.py says how many sentences a term's rule misses; this says why, so that work goes to
the largest kind. Each missed sentence (its term's rule, matched as bench/terms.py does) is put
in the first kind that fits:

- `no entry`: no dictionary route gives the term anything in the language;
- `below expansion`: the routes give candidates, but none with the evidence the rule asks for
  (one source where the default wants two), and no admitted one is in the sentence;
- `excluded, in sentence`: one of those excluded candidates is in the sentence (the right word,
  one route short);
- `dropped, in sentence`: a candidate the dictionaries give is in the sentence but was dropped on
  the way (sense selection, a guard), neither admitted nor excluded;
- `admitted, not matched`: an admitted equivalent is in the sentence, yet the rule missed it (its
  inflected or compound form, the article side's lemma);
- `other word`: equivalents were admitted, the sentence writes another word.

"In the sentence" is a plain test: the equivalent's folded letters (less its last two, for an
ending, and at least three) inside the folded sentence; whole for Chinese and Japanese. It can
take a longer word for the equivalent, so read the kinds as estimates and the listed lines as
the evidence. Tune on this; never run it on the test split (its misses are not to be read).

    uv run python bench/terms_misses.py [--languages uk,tr] [--show 5]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scoring import match_sentences
from bench.terms import MAIN, load, matching_for
from monitor.analysis.fold import fold
from monitor.lexicon.dictionary import translations

KINDS = (
    "no entry",
    "below expansion",
    "excluded, in sentence",
    "dropped, in sentence",
    "admitted, not matched",
    "other word",
)
WHOLE = frozenset({"zh", "ja"})


def inside(word: str, sentence: str, language: str) -> bool:
    """Is `word` (an equivalent) written in `sentence` (folded), allowing for an ending?"""
    folded = fold(word, True, language)
    if language not in WHOLE:
        folded = folded[: max(3, len(folded) - 2)]
    return bool(folded) and folded in sentence


def kind_of(admitted: list[str], excluded: list[str], raw: list[str], sentence: str, language: str) -> str:
    def found(words: list[str]) -> bool:
        return any(inside(w, sentence, language) for w in words)

    if not admitted and not excluded and not raw:
        return "no entry"
    if found(admitted):
        return "admitted, not matched"
    if found(excluded):
        return "excluded, in sentence"
    if found(raw):
        return "dropped, in sentence"
    return "other word" if admitted else "below expansion"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="", help="comma-separated (default: every language)")
    parser.add_argument("--show", type=int, default=0, help="missed sentences to list per language")
    args = parser.parse_args()
    wanted = set(args.languages.split(",")) - {""}
    terms, sentences, _languages = load("dev")
    rule = {str(t["id"]): str(t["rule"]).strip('"') for t in terms}
    own = [s for s in sentences if s.term in rule and (not wanted or s.language in wanted)]
    matching = matching_for(terms)
    found = match_sentences(matching, own).found
    lexicon = matching.rules.compiler.lexicon
    assert lexicon is not None
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lines: dict[str, list[str]] = defaultdict(list)
    for s in own:
        assert s.term is not None
        if s.term in found[s.id]:
            continue
        term = rule[s.term]
        expanded = lexicon.expand(term, "en", s.language)
        admitted = [v.text for v in expanded.variants]
        excluded = [v.text for v in expanded.excluded]
        raw = [t.text for t in translations(term, "en", s.language)]
        kind = kind_of(admitted, excluded, raw, fold(s.text, True, s.language), s.language)
        counts[s.language][kind] += 1
        lines[s.language].append(
            f"{kind:<22} {term}: admitted {admitted[:4]}, excluded {excluded[:4]} | {s.text[:70]}"
        )
    print(f"{'lang':<6}{'missed':>7}  " + "  ".join(f"{k}" for k in KINDS))
    groups = {"13 languages": [lang for lang in sorted(counts) if lang in MAIN]}
    groups["further"] = [lang for lang in sorted(counts) if lang not in MAIN]
    for group, members in groups.items():
        total: Counter[str] = Counter()
        for language in members:
            total.update(counts[language])
            row = "".join(f"{counts[language][k]:>{len(k) + 2}}" for k in KINDS)
            print(f"{language:<6}{sum(counts[language].values()):>7}{row}")
        print(f"{group}: " + ", ".join(f"{k} {total[k]}" for k in KINDS))
    for language in sorted(lines):
        for line in lines[language][: args.show]:
            print(f"{language} {line}")


if __name__ == "__main__":
    main()
