"""What a context check would trade on the terms set (issue 11; development split only).

A false alarm that only the article's context can tell (`bench/terms_false.py`: French *émission*,
the broadcast, for `emissions`; Italian *pensione*, half board, for `pension`) goes through an
equivalent that has several senses in the article's language. The check simulated here: a match
through such an equivalent counts only where the sentence also carries a word tied to the term's
sense, a *cue*: another of the term's admitted equivalents, or an equivalent (any evidence) of an
English word of the glosses of the sense the rule took (`--cues glosses`), of the dictionaries'
English headword phrases that hold the term (`--cues phrases`: *organ donor*, *coal mine*), or of
both. Nothing is changed in the matcher; every match of the bench is judged after the fact, so the
trade is read before any code is written: per language, the false alarms it removes and the hits
it loses.

An equivalent has several senses (`ambiguous`) where the dictionaries' translations of it back into
English give a meaning that is not the term's (neither the term nor a synonym that shares another of
its equivalents, as `words.cognate_means` judges) at least as well attested as the term's own
(`--rival 0`; `--rival -1`: better attested); or, with `--gate term`, every match of a term whose
sense the dictionaries left undecided (`senses.most_attested` chose: Orgel and Organ for `organ`).

    uv run python bench/terms_context.py [--languages de,fr] [--show 5] [--rival 0] [--cues glosses]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.terms import MAIN
from bench.terms_false import matched_dev, matched_words
from monitor.analysis.fold import fold
from monitor.lexicon.dictionary import WORD_RE, phrases_with_name, translations
from monitor.lexicon.senses import STOP
from monitor.lexicon.words import BACK_JUDGED, DictionaryWords, back_senses, same_sense

UNSPACED = frozenset({"zh", "ja"})
CUE_TRANSLATIONS = 6  # the best equivalents of each cue word taken
PREFIX = 5  # letters of a cue compared with an article word's (Rente ~ Renten; not Rennen ~ Rente)


@cache
def ambiguous(term: str, equivalent: str, language: str, others: frozenset[str], rival: int) -> bool:
    back = back_senses(equivalent, language, "en")[:BACK_JUDGED]
    own = max((n for t, n in back if same_sense(term, t, "en", language, set(others))), default=0)
    other = max((n for t, n in back if not same_sense(term, t, "en", language, set(others))), default=0)
    return other >= 2 and other >= own - rival


@cache
def several_senses(term: str, language: str) -> bool:
    """Whether the rule's equivalents in `language` were taken from several senses with nothing to choose
    among them (`senses.most_attested`): the term's own ambiguity, not its equivalent's."""
    return DictionaryWords(confirm=False).sense(term, "en", language).decided_by == "most attested sense"


@cache
def cue_words(term: str, language: str, source: str) -> frozenset[str]:
    """English words tied to the sense `term` was taken in: those of the glosses of the sense the rule
    took (`source` "glosses"), or the other words of the dictionaries' English headword phrases that
    hold the term, its collocations (`source` "phrases": *organ donor*, *coal mine*, *pension fund*)."""
    if source == "phrases":
        texts = phrases_with_name(term, "en")
    else:
        texts = list(DictionaryWords(confirm=False).sense(term, "en", language).chosen())
    return frozenset(
        w.lower()
        for text in texts
        for w in WORD_RE.findall(text)
        if w.lower() not in STOP and len(w) > 2 and fold(w) != fold(term)
    )


@cache
def cues(term: str, language: str, equivalents: frozenset[str], source: str) -> frozenset[str]:
    """Folded words of `language` tied to the sense `term` was taken in: its other equivalents, and the
    one-word equivalents of its `cue_words`."""
    found = set(equivalents)
    sources = ("glosses", "phrases") if source == "both" else (source,)
    for word in {w for s in sources for w in cue_words(term, language, s)}:
        found |= {
            fold(t.text, True, language)
            for t in translations(word, "en", language)[:CUE_TRANSLATIONS]
            if " " not in t.text
        }
    return frozenset(f for f in found if len(f) >= (2 if language in UNSPACED else 3))


def carries(text: str, language: str, cue_words: frozenset[str], hit: str) -> bool:
    """Whether the sentence holds a cue other than the hit word itself."""
    folded = fold(text, True, language)
    if language in UNSPACED:
        rest = folded.replace(hit, " ")
        return any(c in rest for c in cue_words if c not in hit and hit not in c)
    words = [w for w in re.findall(r"\w+", folded) if w != hit]
    for word in words:
        for cue in cue_words:
            if cue == hit or hit.startswith(cue[:PREFIX]):
                continue
            if word == cue or (len(cue) >= PREFIX and len(word) >= PREFIX and word[:PREFIX] == cue[:PREFIX]):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="", help="comma-separated (default: the 13 languages)")
    parser.add_argument("--show", type=int, default=0, help="judged matches to list per language")
    parser.add_argument(
        "--rival", type=int, default=0, help="sources the other sense may be behind the term's"
    )
    parser.add_argument(
        "--cues", choices=("glosses", "phrases", "both"), default="glosses", help="where cue words come from"
    )
    parser.add_argument(
        "--gate", choices=("equivalent", "term"), default="equivalent", help="which matches need a cue"
    )
    args = parser.parse_args()
    wanted = set(args.languages.split(",")) - {""} or set(MAIN)
    rule, chosen, matched, lexicon = matched_dev(wanted)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lines: dict[str, list[str]] = defaultdict(list)
    for s in chosen:
        for rule_id in matched.found[s.id]:
            right = rule_id == s.term or rule_id in s.also
            counts[s.language]["hits" if right else "false"] += 1
            term = rule[rule_id]
            if " " in term:
                continue
            words = matched_words(matched, s.id, rule_id, term)
            hit = fold(words[0], True, s.language)
            expanded = lexicon.expand(term, "en", s.language)
            equivalents = frozenset(fold(v.text, True, s.language) for v in expanded.variants)
            own = [e for e in equivalents if e and (hit == e or hit.startswith(e))]
            equivalent = max(own, key=len) if own else hit
            if args.gate == "term" and not several_senses(term, s.language):
                continue
            if args.gate == "equivalent" and not ambiguous(
                term, equivalent, s.language, equivalents - {equivalent}, args.rival
            ):
                continue
            kept = carries(s.text, s.language, cues(term, s.language, equivalents, args.cues), hit)
            if kept:
                lines[s.language].append(
                    f"{'cue kept':<14} {term} ({equivalent}) {'hit' if right else 'FALSE'} | {s.text[:70]}"
                )
                continue
            counts[s.language]["hits lost" if right else "false removed"] += 1
            mark = "HIT LOST" if right else "false removed"
            lines[s.language].append(f"{mark:<14} {term} ({equivalent}) | {s.text[:70]}")
    print(f"{'lang':<6}{'hits':>6}{'false':>7}{'hits lost':>11}{'false removed':>15}")
    total: Counter[str] = Counter()
    for language in sorted(counts):
        c = counts[language]
        total.update(c)
        print(f"{language:<6}{c['hits']:>6}{c['false']:>7}{c['hits lost']:>11}{c['false removed']:>15}")
    hits, false = total["hits"], total["false"]
    after_hits, after_false = hits - total["hits lost"], false - total["false removed"]
    print(
        f"all: hits {hits} -> {after_hits}, false {false} -> {after_false}; precision "
        f"{hits / (hits + false):.1%} -> {after_hits / (after_hits + after_false):.1%}"
    )
    for language in sorted(lines):
        for line in lines[language][: args.show]:
            print(f"{language} {line}")


if __name__ == "__main__":
    main()
