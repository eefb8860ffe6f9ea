"""What the sense choice keeps where a rule has other words (issue 11; development split only).

bench/terms.py's rules are one term each, so the sense choice it measures is the one made with
nothing to choose by (`senses.most_attested`). A rule that writes a word of the sense it means
(`organ AND transplant`, `strike AND workers`) is chosen for by those words (`senses.select`: shared
word stems, then the sentence encoder). This measures that choice with the words of each development
term's `sense:` description as the rule's other words ("a body organ (organ donation, organ
transplant)"), in each of the 13 languages: whether the equivalents kept still include one written in
the language's sentence for the term (`right`), and whether they drop those written in its
`wrong_sense` sentence (`wrong`: the church organ). Nothing is matched; "written in" is a plain test
(an equivalent's folded letters opening a word of the folded sentence; inside it for Chinese and
Japanese), so read the figures as estimates.

    uv run python bench/terms_senses.py [--languages de,fr] [--show 5] [--stems]

With `--probes FILE` (bench/data/terms_senses_probes.yaml) it matches instead: one rule per probe
term, each language's `right` sentence (the sense a news rule means; must match) and `wrong` sentence
(the term's other sense; must not), through the matcher as bench/terms.py does.

    uv run python bench/terms_senses.py --probes bench/data/terms_senses_probes.yaml [--show 20]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.scoring import match_sentences
from bench.terms import DATA, MAIN, load_probes, matching_for
from monitor.analysis.fold import fold
from monitor.lexicon.dictionary import WORD_RE, Translation, translations
from monitor.lexicon.ranker import SentenceRanker
from monitor.lexicon.senses import STOP
from monitor.lexicon.words import DictionaryWords

UNSPACED = frozenset({"zh", "ja"})


def written(text: str, found: tuple[Translation, ...] | list[Translation], language: str) -> bool:
    """Whether one of `found` is written in `text`: its folded letters open a word (unspaced: inside)."""
    folded = fold(text, True, language)
    words = [folded] if language in UNSPACED else re.findall(r"\w+", folded)
    for t in found:
        e = fold(t.text, True, language)
        if e and any((e in w) if language in UNSPACED else w.startswith(e) for w in words):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="", help="comma-separated (default: the 13 languages)")
    parser.add_argument("--show", type=int, default=0, help="terms listed whose choice went wrong")
    parser.add_argument("--stems", action="store_true", help="shared stems only (no encoder)")
    parser.add_argument("--probes", type=Path, help="match a probe file's right and wrong sentences instead")
    args = parser.parse_args()
    if args.probes:
        probe(args.probes, args.show)
        return
    wanted = [x for x in args.languages.split(",") if x] or list(MAIN)
    terms = [t for t in yaml.safe_load((DATA / "terms.yaml").read_text(encoding="utf-8"))["terms"]]
    terms = [t for t in terms if t["split"] == "dev" and " " not in str(t["rule"]).strip('"')]
    words = DictionaryWords(confirm=not args.stems)  # with the encoder, as a rule is compiled
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for language in wanted:
        data = yaml.safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8"))
        wrong = {str(w["term"]): str(w["text"]) for w in data.get("wrong_sense") or ()}
        for t in terms:
            term, term_id = str(t["rule"]).strip('"'), str(t["id"])
            if term_id not in data["terms"]:
                continue
            context = [w for w in WORD_RE.findall(str(t["sense"])) if w.lower() not in STOP | {term.lower()}]
            found = translations(term, "en", language)
            kept = words.sense(term, "en", language, context).kept
            if written(data["terms"][term_id], found, language):
                counts["right available"] += 1
                if written(data["terms"][term_id], kept, language):
                    counts["right kept"] += 1
                else:
                    lines.append(f"{language} {term}: the right word dropped")
            if term_id in wrong and written(wrong[term_id], found, language):
                counts["wrong available"] += 1
                if written(wrong[term_id], kept, language):
                    counts["wrong kept"] += 1
                    lines.append(f"{language} {term}: the wrong sense's word kept")
    print(
        f"right kept {counts['right kept']} of {counts['right available']}; "
        f"wrong kept {counts['wrong kept']} of {counts['wrong available']}"
    )
    for line in lines[: args.show]:
        print(line)
    if isinstance(words.ranker, SentenceRanker):
        words.ranker.release()


def probe(path: Path, show: int) -> None:
    """Match each probe term's rule on its `right` and `wrong` sentences; per language, the right ones
    matched and the wrong ones matched."""
    probes, sentences = load_probes(path)
    matched = match_sentences(matching_for([{"id": t, "rule": t} for t in probes]), sentences)
    counts: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for s in sentences:
        c = counts.setdefault(s.language, Counter())
        own = s.id.split(":")[1] in matched.found[s.id]
        c[s.kind] += 1
        c[f"{s.kind} matched"] += own
        c["other rules"] += len(matched.found[s.id] - {s.id.split(":")[1]})
        if own != (s.kind == "right"):
            why = ", ".join(matched.terms.get((s.id, s.id.split(":")[1]), ()))
            lines.append(f"{'missed' if own is False else 'FALSE '} {s.id} {why}: {s.text[:70]}")
    total: Counter[str] = Counter()
    print(f"{'lang':<6}{'right':>8}{'wrong':>8}{'other':>7}")
    for language, c in counts.items():
        total.update(c)
        print(
            f"{language:<6}{c['right matched']:>4}/{c['right']:<3}"
            f"{c['wrong matched']:>4}/{c['wrong']:<3}{c['other rules']:>5}"
        )
    print(
        f"all: right {total['right matched']}/{total['right']}, "
        f"wrong {total['wrong matched']}/{total['wrong']}, other rules' matches {total['other rules']}"
    )
    for line in lines[:show]:
        print(line)


if __name__ == "__main__":
    main()
