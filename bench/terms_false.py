"""What the terms set's false alarms are, by kind, per language (issue 11; development split only).

bench/terms.py counts a rule's matches on sentences that are not its term's as false alarms;
this says what they are, so that work on precision goes to the largest kind. Each false match
(rule, sentence) is put in the first kind that fits, by the article word the rule matched and
the equivalents the rule admits in the sentence's language (`Lexicon.expand`):

- `wrong sense of the term`: the data's own `wrong_sense` sentence for the rule's term (a
  landmine for `mine`, a church organ for `organ`): the term's other sense, which a one-word
  rule cannot tell from the one meant;
- `term's spelling`: the article word is the English term as written (German *Jury*, Dutch
  *golf*, "wave"), a look-alike in the article's language;
- `agreed equivalent, other sense` / `one-source equivalent, other sense`: the article word is
  an admitted equivalent, or one of its forms (its letters and at most `ENDING` more), used in
  another of its senses (Italian *emissione* of stamps, French *bonne mine*); by the
  equivalent's evidence, since evidence levels can only separate the second;
- `compound part`: an admitted equivalent inside a longer article word (*Kontrollorgan*,
  *Marathonsitzung*, Dutch *belastingverhoging* for *last*);
- `other form or lemma`: none of those: the article word's lemma or another of its forms is an
  equivalent (Russian *паром*, "with steam", of *пар*).

A false match whose article word (folded, its letters and at most `ENDING` more either way) is
also the word the rule matched in the language's own sentence for the term is marked `[also a
hit]`, and counted per kind: no mechanism that judges the word alone, without its context, can
drop it without that hit (Dutch *golf*, the sport and a wave; French *mine*). "Is" and "inside"
compare folded letters; read the kinds as estimates and the listed lines as the evidence. Tune on
this; never run it on the test split (its false alarms are not to be read).

    uv run python bench/terms_false.py [--languages de,ru] [--show 5]

With `--probes FILE` (a sense probe file, bench/data/terms_context_probes2.yaml) it sorts the probes'
`wrong` sentences that their term's rule matches instead, by the same kinds after the first (a probe's
wrong sentence is either sense's: the term's own other sense or an equivalent's), `[also a hit]` where
the word is also the one matched in the term's `right` sentence of that language.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.scoring import Matched, match_sentences
from bench.terms import DATA, MAIN, Sentence, load, load_probes, matching_for
from monitor.analysis.fold import fold
from monitor.lexicon import Evidence
from monitor.lexicon.lexicon import Lexicon

KINDS = (
    "wrong sense of the term",
    "term's spelling",
    "agreed equivalent, other sense",
    "one-source equivalent, other sense",
    "compound part",
    "other form or lemma",
)
ENDING = 3  # letters an inflected form may add to an equivalent (emisiones, emisión)
_MATCHED = re.compile(r"^(.*?) \((.*)\)$")  # `explain.terms`: "term (article word)"


def wrong_sense_terms(language: str) -> list[str]:
    """The term of each of `language`'s `wrong_sense` sentences, in their order (`load` numbers them)."""
    data = yaml.safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8"))
    return [str(item["term"]) for item in data.get("wrong_sense") or ()]


def kind_of(term: str, word: str, equivalents: dict[str, Evidence], language: str) -> str:
    """The kind of a false match of `term` on article `word`, given the admitted equivalents (folded)."""
    folded = fold(word, True, language)
    if folded == fold(term, True, "en"):
        return "term's spelling"
    own = [e for e in equivalents if e and folded.startswith(e) and len(folded) - len(e) <= ENDING]
    if own:
        agreed = any(equivalents[e] in (Evidence.CURATED, Evidence.AGREE) for e in own)
        return "agreed equivalent, other sense" if agreed else "one-source equivalent, other sense"
    if any(e and e in folded for e in equivalents):
        return "compound part"
    return "other form or lemma"


def matched_dev(wanted: set[str]) -> tuple[dict[str, str], list[Sentence], Matched, Lexicon]:
    """The development terms' rules (id -> query term), the sentences of the `wanted` languages, their
    matches, and the lexicon that expanded the rules."""
    terms, sentences, _languages = load("dev")
    rule = {str(t["id"]): str(t["rule"]).strip('"') for t in terms}
    chosen = [s for s in sentences if s.language in wanted]
    matching = matching_for(terms)
    matched = match_sentences(matching, chosen)
    lexicon = matching.rules.compiler.lexicon
    assert lexicon is not None
    return rule, chosen, matched, lexicon


def matched_words(matched: Matched, sentence_id: str, rule_id: str, term: str) -> list[str]:
    """The article words through which `rule_id` matched sentence `sentence_id` (the term, where
    `explain.terms` names no other)."""
    return [m.group(2) if (m := _MATCHED.match(w)) else term for w in matched.terms[(sentence_id, rule_id)]]


def hit_words(matched: Matched, sentence_id: str, rule_id: str, term: str, language: str) -> set[str]:
    """The article words (folded) through which `rule_id` matched sentence `sentence_id` (none: no match)."""
    if rule_id not in matched.found.get(sentence_id, ()):
        return set()
    return {fold(w, True, language) for w in matched_words(matched, sentence_id, rule_id, term)}


def alike(word: str, others: set[str]) -> bool:
    """`word` is one of `others`, or one of them with at most `ENDING` letters more or fewer."""
    return any(o.startswith(word) or word.startswith(o) for o in others if abs(len(o) - len(word)) <= ENDING)


def probes(path: Path, wanted: set[str], show: int) -> None:
    """The kinds of a probe file's wrong sentences that their own term's rule matches (see the module)."""
    entries, sentences = load_probes(path, wanted)
    matching = matching_for([{"id": t, "rule": t} for t in entries])
    matched = match_sentences(matching, sentences)
    lexicon = matching.rules.compiler.lexicon
    assert lexicon is not None
    counts: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    lines: list[str] = []
    for s in sentences:
        term = s.id.split(":")[1]
        if s.kind != "wrong" or term not in matched.found[s.id]:
            continue
        words = matched_words(matched, s.id, term, term)
        expanded = lexicon.expand(term, "en", s.language)
        equivalents = {fold(v.text, True, s.language): v.evidence for v in expanded.variants}
        kind = kind_of(term, words[0], equivalents, s.language)
        own = hit_words(matched, f"{s.language}:{term}:right", term, term, s.language)
        also = alike(fold(words[0], True, s.language), own)
        counts[kind] += 1
        shared[kind] += also
        lines.append(f"{s.language} {kind:<36} {term} ({', '.join(words)}){' [also a hit]' if also else ''}")
    print(f"wrong sentences matched: {sum(counts.values())}")
    for kind in KINDS[1:]:
        print(f"{kind:<36}{counts[kind]:>4}  of which also a hit {shared[kind]}")
    for line in lines[:show]:
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="", help="comma-separated (default: the 13 languages)")
    parser.add_argument("--show", type=int, default=0, help="false alarms to list per language")
    parser.add_argument("--probes", type=Path, help="a sense probe file's wrong sentences instead")
    args = parser.parse_args()
    wanted = set(args.languages.split(",")) - {""} or set(MAIN)
    if args.probes:
        probes(args.probes, wanted, args.show)
        return
    rule, chosen, matched, lexicon = matched_dev(wanted)
    wrong = {language: wrong_sense_terms(language) for language in wanted}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shared: Counter[str] = Counter()  # per kind: false matches through a word that is also the term's hit
    lines: dict[str, list[str]] = defaultdict(list)
    for s in chosen:
        for rule_id in matched.found[s.id]:
            if rule_id == s.term or rule_id in s.also:
                continue
            term = rule[rule_id]
            words = matched_words(matched, s.id, rule_id, term)
            number = s.id.rpartition("wrong_sense")[2]
            if s.kind == "wrong_sense" and wrong[s.language][int(number)] == rule_id:
                kind = KINDS[0]
            else:
                expanded = lexicon.expand(term, "en", s.language)
                equivalents = {fold(v.text, True, s.language): v.evidence for v in expanded.variants}
                kind = kind_of(term, words[0], equivalents, s.language)
            counts[s.language][kind] += 1
            own = hit_words(matched, f"{s.language}:{rule_id}", rule_id, term, s.language)
            also = alike(fold(words[0], True, s.language), own)
            shared[kind] += also
            mark = " [also a hit]" if also else ""
            lines[s.language].append(f"{kind:<36} {term} ({', '.join(words)}){mark} | {s.text[:70]}")
    print(f"{'lang':<6}{'false':>6}  " + "  ".join(KINDS))
    total: Counter[str] = Counter()
    for language in sorted(counts):
        total.update(counts[language])
        row = "".join(f"{counts[language][k]:>{len(k) + 2}}" for k in KINDS)
        print(f"{language:<6}{sum(counts[language].values()):>6}{row}")
    print(f"all {sum(total.values())}: " + ", ".join(f"{k} {total[k]}" for k in KINDS))
    print(
        "of which through a word that is also the term's hit there: "
        + ", ".join(f"{k} {shared[k]}" for k in KINDS)
    )
    for language in sorted(lines):
        for line in lines[language][: args.show]:
            print(f"{language} {line}")


if __name__ == "__main__":
    main()
