"""The dictionary's equivalents measured at component level on the terms set (issue 11).

tests/data/terms (or $TERMS_DIR): terms.yaml lists English rule terms outside the
concept pack, each `split: dev` (tuned on) or `split: test` (held out); <lang>.yaml has
one sentence per term, plus wrong-sense, look-alike and ordinary sentences.

Recall: the term's sentence contains a form of one of the equivalents (word forms
compared through simplemma's lemmas; Turkish by prefix, its endings being suffixes;
Arabic with its clitics و ف ب ل ك ال removed; Chinese and Japanese as substrings);
`+compounds` also counts an equivalent inside a longer word (German, Dutch: the compound
splitter's part, another module). Precision side: the share of negative (term, sentence)
pairs that one of the term's equivalents hits: its wrong-sense sentence, its look-alike
sentence, and every ordinary sentence.

Evidence levels: `agree` takes equivalents with 2+ sources, `source` also 1 source,
`sense` the agree+source set after sense selection with the rule's intended sense unknown
(the most frequent sense, as a rule with no other words gets).

    uv run python bench/dictionary.py [--split dev|test|all] [--show LANG] [--rss]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.analysis.fold import fold
from monitor.lexicon.dictionary import Translation, translations
from monitor.lexicon.senses import select

TERMS = Path(os.environ.get("TERMS_DIR", Path(__file__).resolve().parent.parent / "tests" / "data" / "terms"))
LANGUAGES = ("de", "fr", "ru", "es", "it", "pt", "pl", "uk", "nl", "tr", "ar", "zh", "ja")
WORD_RE = re.compile(r"\w+", re.UNICODE)
AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
SIMPLEMMA = {"de", "fr", "ru", "es", "it", "pt", "pl", "uk", "nl", "tr"}


@dataclass(frozen=True)
class Term:
    id: str
    rule: str
    split: str
    sense: str = ""


def load_terms() -> list[Term]:
    data = yaml.safe_load((TERMS / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    return [Term(t["id"], t["rule"].strip('"'), t["split"], t.get("sense") or "") for t in data]


def lemma(word: str, language: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang=language) if language in SIMPLEMMA else word


def norm(word: str, language: str) -> str:
    return fold(word, True, language)


def arabic_bases(word: str) -> set[str]:
    bases = {word}
    for prefix in AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            bases.add(word[len(prefix) :])
    return bases


def contains(sentence: str, equivalent: str, language: str, compounds: bool) -> bool:
    """Does `sentence` contain a form of `equivalent`?"""
    if language in ("zh", "ja"):
        return len(equivalent) >= 1 and equivalent in sentence
    words = WORD_RE.findall(sentence)
    forms = [{norm(w, language), norm(lemma(w, language), language)} for w in words]
    if language == "ar":
        forms = [{b for f in fs for b in arabic_bases(f)} for fs in forms]
    wanted = [{norm(w, language), norm(lemma(w, language), language)} for w in WORD_RE.findall(equivalent)]
    if language == "ar":
        wanted = [{b for f in ws for b in arabic_bases(f)} for ws in wanted]
    if not wanted:
        return False
    for start in range(len(forms) - len(wanted) + 1):
        if all(forms[start + i] & wanted[i] for i in range(len(wanted))):
            return True
        if language == "tr" and all(
            any(f.startswith(w) for f in forms[start + i] for w in wanted[i] if len(w) >= 4)
            for i in range(len(wanted))
        ):
            return True
    if compounds and len(wanted) == 1:
        parts = {w for w in wanted[0] if len(w) >= 4}
        return any(p in f for fs in forms for f in fs for p in parts)
    return False


def hits(sentence: str, found: list[Translation], language: str, compounds: bool) -> list[str]:
    return [t.text for t in found if contains(sentence, t.text, language, compounds)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory() -> None:
    """RSS and time per lookup of a process that looks up 200 terms in the 13 languages (tables converted)."""
    import wordfreq

    terms = [t.rule for t in load_terms()]
    extra = [w for w in wordfreq.top_n_list("en", 3000) if w.isalpha() and len(w) >= 5]
    terms = list(dict.fromkeys([*terms, *extra]))[:200]
    before = rss_mb()
    for language in LANGUAGES:  # first use: conversion (once per machine) and opening
        translations(terms[0], "en", language)
    started = time.perf_counter()
    count = 0
    for term in terms:
        for language in LANGUAGES:
            translations(term, "en", language)
            count += 1
    each = (time.perf_counter() - started) / count * 1000
    print(
        f"{len(terms)} terms x {len(LANGUAGES)} languages: {each:.2f} ms per lookup; "
        f"RSS {before:.0f} MB at start, {rss_mb():.0f} MB after"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory", action="store_true", help="only measure RSS and time per lookup")
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument(
        "--show", default="", help="list misses and false alarms for these languages (comma-separated)"
    )
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args()
    if args.memory:
        memory()
        return
    languages = args.languages.split(",")
    show = set(args.show.split(",")) if args.show else set()
    terms = [t for t in load_terms() if args.split in ("all", t.split)]
    print(f"{len(terms)} terms ({args.split}); component-level figures")
    columns = ("cover", "recall", "+comp", "n/term")
    header = (
        f"{'lang':<5}{'level':<8}"
        + "".join(f"{c:>7}" for c in columns)
        + f"{'wrong':>8}{'alike':>8}{'ordin':>8}"
    )
    print(header)
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    lookups = 0
    elapsed = 0.0
    for language in languages:
        data = yaml.safe_load((TERMS / f"{language}.yaml").read_text(encoding="utf-8"))
        sentences = data.get("terms", {})
        wrong = defaultdict(list)
        for item in data.get("wrong_sense") or []:
            wrong[item["term"]].append(item["text"])
        alike = defaultdict(list)
        for item in data.get("lookalike") or []:
            alike[item["term"]].append(item["text"])
        ordinary = data.get("ordinary") or []
        for level, minimum in (("agree", 2), ("source", 1), ("sense", 1), ("default", 1)):
            row = [
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
            ]  # terms, covered, recall, +comp, n, wrong hit, wrong n, alike hit, alike n, ord hit
            ordinary_pairs = 0
            for term in terms:
                if term.id not in sentences:
                    continue
                started = time.perf_counter()
                found = [t for t in translations(term.rule, "en", language) if len(t.sources) >= minimum]
                if level in ("sense", "default"):
                    context = [term.sense] if level == "sense" else []
                    found = list(select(term.rule, found, context).kept)
                elapsed += time.perf_counter() - started
                lookups += 1
                row[0] += 1
                row[1] += bool(found)
                row[4] += len(found)
                sentence = sentences[term.id]
                strict = hits(sentence, found, language, False)
                loose = hits(sentence, found, language, True)
                row[2] += bool(strict)
                row[3] += bool(loose)
                if language in show and not loose and minimum == 1:
                    print(f"  MISS {language} {term.rule}: {[t.text for t in found][:12]} | {sentence[:90]}")
                for text in wrong.get(term.id, []):
                    row[6] += 1
                    fired = hits(text, found, language, False)
                    row[5] += bool(fired)
                    if fired and language in show:
                        print(f"  WRONG-SENSE {language} {level} {term.rule}: {fired} | {text[:80]}")
                for text in alike.get(term.id, []):
                    row[8] += 1
                    fired = hits(text, found, language, False)
                    row[7] += bool(fired)
                    if fired and language in show:
                        print(f"  LOOKALIKE {language} {level} {term.rule}: {fired} | {text[:80]}")
                for text in ordinary:
                    ordinary_pairs += 1
                    fired = hits(text, found, language, False)
                    row[9] += bool(fired)
                    if fired and language in show:
                        print(f"  ORDINARY {language} {level} {term.rule}: {fired} | {text[:80]}")
            n = row[0] or 1
            print(
                f"{language:<5}{level:<8}{row[1] / n:7.0%}{row[2] / n:8.0%}{row[3] / n:7.0%}{row[4] / n:7.1f}"
                f"{row[5]:>4}/{row[6]:<3}{row[7]:>4}/{row[8]:<3}{row[9]:>4}/{ordinary_pairs:<3}"
            )
            total = totals[level]
            for i, value in enumerate((*row[:9], row[9])):
                total[i] += value
            total.append(ordinary_pairs)
    for level, total in totals.items():
        n = total[0] or 1
        print(
            f"{'all':<5}{level:<8}{total[1] / n:7.0%}{total[2] / n:8.0%}"
            f"{total[3] / n:7.0%}{total[4] / n:7.1f}"
            f"{int(total[5]):>4}/{int(total[6]):<3}{int(total[7]):>4}/{int(total[8]):<3}"
            f"{int(total[9]):>4}/{int(sum(total[10:])):<3}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    each = elapsed / max(lookups, 1) * 1000
    print(f"{lookups} lookups, {each:.2f} ms each (first uses convert tables); peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
