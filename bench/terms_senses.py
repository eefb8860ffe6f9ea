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
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.terms import DATA, MAIN
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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
