"""What a match-time sense check by the sentence encoder would trade (issue 11; dev split and probes).

Simulated after the fact, as bench/terms_context.py does for cue words: every match of a one-word
rule (the development terms, or a probe file's terms) is judged by the multilingual sentence encoder
(`ranker.py`), where the equivalent it went through has a back-translation into English that is not
the term's sense. The article's sentence is compared with two sides, read two ways:

- `back`: the term and the equivalent's back-translations of the term's sense (`words.same_sense`)
  against its other back-translations (French *émission*: emission against broadcast, issue);
- `glosses`: the same, with the glosses of the sense the rule took (`Selection.chosen`) on the
  term's side and the term's other glosses on the other side;
- `both`: refused only where both readings refuse.

A match is refused where the other side is closer to the sentence than the term's side by more than
a margin. Printed per margin: false alarms removed and hits lost; per language at `--margin`. With
`--window N`, only the N words either side of the matched word are encoded, not its whole sentence
(whether the words near it tell its sense better than the sentence does).

    uv run python bench/terms_encoder.py [--probes FILE] [--languages de,fr] [--margin 0.05] [--show 20]
        [--window 4]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench import context
from bench.scoring import Matched, match_sentences
from bench.terms import MAIN, Sentence, load_probes, matching_for
from bench.terms_false import matched_dev, matched_words
from monitor.analysis.fold import fold
from monitor.lexicon.lexicon import Lexicon
from monitor.lexicon.ranker import LANGUAGES, SentenceRanker
from monitor.lexicon.words import DictionaryWords

MARGINS = (-0.05, 0.0, 0.03, 0.05, 0.08, 0.1, 0.15)
MODES = ("back", "glosses", "both")


@dataclass
class Judged:
    language: str
    term: str
    equivalent: str
    right: bool
    lead: dict[str, float]  # per reading: the other side's best similarity minus the term side's
    why: str  # the closest text of each side, back reading
    text: str

    def refused(self, mode: str, margin: float) -> bool:
        if mode == "both":
            return all(self.lead[m] > margin for m in ("back", "glosses"))
        return self.lead[mode] > margin


def sides(term: str, language: str, equivalent: str, mode: str) -> tuple[list[str], list[str]]:
    """The term's side and the other side of a match through `equivalent` (see the module's text)."""
    near, far = context.sides(term, "en", equivalent, language)
    own, other = list(near), list(far)
    if mode == "glosses":
        selection = DictionaryWords(confirm=False).sense(term, "en", language)
        chosen = list(selection.chosen())
        own += chosen
        other += [g for g in selection.senses if g not in chosen]
    return own, list(dict.fromkeys(o for o in other if o not in own))


def around(text: str, word: str, window: int) -> str:
    """The `window` words either side of the first word of `text` holding `word` (all of `text` where
    `window` is 0 or no word holds it, as in a language written without spaces)."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if fold(word) in fold(w)), None)
    if not window or at is None:
        return text
    return " ".join(words[max(0, at - window) : at + window + 1])


def judge(
    rule: dict[str, str],
    chosen: list[Sentence],
    matched: Matched,
    lexicon: Lexicon,
    right_of: Callable[[Sentence, str], bool],
    ranker: SentenceRanker,
    window: int = 0,
) -> list[Judged]:
    """Every one-word rule's match, in a language the encoder knows, whose equivalent has another sense."""
    out: list[Judged] = []
    for s in chosen:
        if s.language not in LANGUAGES:
            continue
        for rule_id in matched.found[s.id]:
            term = rule[rule_id]
            if " " in term:
                continue
            written = matched_words(matched, s.id, rule_id, term)[0]
            hit = fold(written, True, s.language)
            query = around(s.text, written, window)
            expanded = lexicon.expand(term, "en", s.language)
            variants = {fold(v.text, True, s.language): v.text for v in expanded.variants}
            mine = [e for e in variants if e and e in hit]
            equivalent = variants[max(mine, key=len)] if mine else hit
            lead, why = {}, ""
            for mode in ("back", "glosses"):
                own, other = sides(term, s.language, equivalent, mode)
                if not other and mode == "back":
                    break
                scores = ranker.similarities(query, own + other)
                near, far = scores[: len(own)], scores[len(own) :]
                lead[mode] = max(far) - max(near)
                if mode == "back":
                    why = f"'{own[near.index(max(near))]}' vs '{other[far.index(max(far))]}'"
            if len(lead) == 2:
                out.append(Judged(s.language, term, equivalent, right_of(s, rule_id), lead, why, s.text))
    return out


def report(judged: list[Judged], margin: float, show: int) -> None:
    hits = sum(j.right for j in judged)
    print(f"judged matches: {len(judged)} ({hits} right, {len(judged) - hits} false)")
    print("false removed / hits lost, per reading:")
    print(f"{'margin':>8}" + "".join(f"{m:>14}" for m in MODES))
    for m in MARGINS:
        row = ""
        for mode in MODES:
            removed = sum(j.refused(mode, m) and not j.right for j in judged)
            lost = sum(j.refused(mode, m) and j.right for j in judged)
            row += f"{f'{removed} / {lost}':>14}"
        print(f"{m:>+8.2f}{row}")
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for j in judged:
        for mode in MODES:
            if j.refused(mode, margin):
                per[j.language][f"{mode} {'lost' if j.right else 'removed'}"] += 1
    print(f"per language at margin {margin:+.2f} (false removed / hits lost):")
    for language in sorted(per):
        c = per[language]
        cells = (f"{mode:>9} {c[f'{mode} removed']}/{c[f'{mode} lost']}" for mode in MODES)
        print(f"{language:<4}" + "".join(cells))
    for j in sorted(judged, key=lambda j: -j.lead["back"])[:show]:
        print(
            f"{'hit  ' if j.right else 'FALSE'} back {j.lead['back']:+.3f} glosses {j.lead['glosses']:+.3f} "
            f"{j.language} {j.term} ({j.equivalent}) {j.why} | {j.text[:60]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="", help="comma-separated (default: the 13 languages)")
    parser.add_argument("--probes", type=Path, help="a probe file (bench/data/terms_context_probes.yaml)")
    parser.add_argument("--margin", type=float, default=0.05, help="margin of the per-language table")
    parser.add_argument("--show", type=int, default=0, help="judged matches listed, most refused first")
    parser.add_argument("--window", type=int, default=0, help="words either side of the hit encoded (0: all)")
    args = parser.parse_args()
    wanted = set(args.languages.split(",")) - {""} or set(MAIN)
    ranker = SentenceRanker()
    if args.probes:
        probes, sentences = load_probes(args.probes, wanted)
        matching = matching_for([{"id": t, "rule": t} for t in probes])
        matched = match_sentences(matching, sentences)
        lexicon = matching.rules.compiler.lexicon
        assert lexicon is not None
        judged = judge(
            {t: t for t in probes}, sentences, matched, lexicon, lambda s, r: s.term == r, ranker, args.window
        )
    else:
        rule, chosen, matched, lexicon = matched_dev(wanted)
        judged = judge(
            rule, chosen, matched, lexicon, lambda s, r: r == s.term or r in s.also, ranker, args.window
        )
    report(judged, args.margin, args.show)
    ranker.release()


if __name__ == "__main__":
    main()
