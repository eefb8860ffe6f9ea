"""Names across languages: how often a name's generated forms find its sentence, and what else they hit.

The names set (tests/data/names/: names.yaml and <lang>.yaml, written before any tuning):
263 names (people, places, organisations, firms, events) with `split: dev|test` and
`obscure: true` for names no source should know, one news sentence per name per language,
near-miss negatives (a different person or place that looks like the name) and ordinary
news sentences.

For each (name, language): the name's variants (`name_variants`, every evidence level, as
`expansion: broad` and, for names, `normal` would take them) and their forms (`word_forms`)
are analysed with the project's Analyzer; a sentence is hit when a run of its tokens equals
a form word for word (folded), each form word written with a capital matching only a
capitalised token (the case rule the rule compiler applies to names). Recall: the name's own
sentence is hit. False hits: near-miss, ordinary and other names' sentences hit by the name
(other names' sentences can truly mention it: they are counted apart, as `other`, and
listed with --list: judge them). Precision = hits on own sentences / all hits (own, neg and
other). `--speed` measures the API alone: loading the name sources, name_variants and
name_forms per call.

    uv run python bench/names_variants.py [--split dev|test|all] [--data DIR] [--list]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.analysis import Analyzer
from monitor.analysis.analyzer import is_cjk
from monitor.lexicon import Evidence
from monitor.lexicon.names import compound_prefixes, name_variants, word_forms

LANGUAGES = ("de", "fr", "ru", "es", "it", "pt", "pl", "uk", "nl", "tr", "ar", "zh", "ja")
DEFAULT_DATA = Path(os.environ.get("NAMES_DATA", Path(__file__).resolve().parents[1] / "tests/data/names"))


@dataclass
class Sentence:
    owner: str  # the name it is written for, "" for ordinary sentences
    kind: str  # name | near_miss | ordinary
    text: str
    forms: list[str] = field(default_factory=list)
    capital: list[bool] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Corpus:
    sentences: list[Sentence]
    index: dict[str, list[tuple[int, int]]]  # first token form -> (sentence, position)


def load(data: Path) -> tuple[list[dict[str, object]], dict[str, dict[str, object]]]:
    """names.yaml and <lang>.yaml in `data` (or in `data`/names, as the writers' shared folder has them)."""
    names = yaml.safe_load((data / "names.yaml").read_text(encoding="utf-8"))["names"]
    per_language = {}
    folder = data if (data / "de.yaml").exists() else data / "names"
    for language in LANGUAGES:
        path = folder / f"{language}.yaml"
        if path.exists():
            per_language[language] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return names, per_language


def corpus(analyzer: Analyzer, language: str, raw: dict[str, object]) -> Corpus:
    sentences = [Sentence(owner, "name", text) for owner, text in dict(raw["names"]).items()]  # type: ignore[call-overload]
    sentences += [Sentence(str(n["rule"]), "near_miss", n["text"]) for n in raw.get("near_miss") or []]  # type: ignore[attr-defined]
    sentences += [Sentence("", "ordinary", text) for text in raw.get("ordinary") or []]  # type: ignore[attr-defined]
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        tokens = analyzer.analyse(sentence.text, language).tokens
        sentence.forms = [t.form for t in tokens]
        sentence.capital = [t.text[:1].isupper() for t in tokens]
        sentence.spans = [(t.start, t.end) for t in tokens]
        for pos, form in enumerate(sentence.forms):
            index[form].append((i, pos))
    return Corpus(sentences, dict(index))


def form_keys(analyzer: Analyzer, text: str, language: str) -> tuple[tuple[str, bool], ...]:
    tokens = analyzer.analyse(text, language).tokens
    return tuple((t.form, t.text[:1].isupper()) for t in tokens)


def katakana(text: str) -> bool:
    """Katakana letters (the long-vowel mark included; the middle dot between names is not)."""
    return bool(text) and all("\u30a0" <= c <= "\u30ff" and c != "・" for c in text)


def inside_kana_run(sentence: Sentence, start: int, end: int) -> bool:
    """A katakana name hit that has katakana glued before or after it (ラファ inside ラファエロ)."""
    text = sentence.text
    first, last = sentence.spans[start][0], sentence.spans[end - 1][1]
    before = text[first - 1 : first] if first else ""
    after = text[last : last + 1]
    return katakana(before) or katakana(after)


KANA_RUNS = False  # --kana-runs: a katakana name matches a whole run of katakana only
COMPOUNDS = False  # --compounds: a word starting with a compound prefix (Putin-) is a hit


def prefix_hits(corpus: Corpus, prefixes: set[str]) -> set[int]:
    """Sentences with a word that starts with one of the (folded) prefixes, capitalised."""
    found: set[int] = set()
    for i, sentence in enumerate(corpus.sentences):
        for form, capital in zip(sentence.forms, sentence.capital, strict=True):
            if capital and any(form.startswith(p) and len(form) > len(p) for p in prefixes):
                found.add(i)
    return found


Keys = tuple[tuple[str, bool], ...]  # a form's tokens: (folded form, written with a capital)
Pattern = list[list[Keys]]  # per word (or part), the forms any of which may stand there


def hits(corpus: Corpus, patterns: list[Pattern]) -> set[int]:
    """Sentences where a pattern's words (or parts) stand one after the other, each any of its forms;
    a form word written with a capital matches only a capitalised token."""
    found: set[int] = set()
    for pattern in patterns:
        firsts = {keys[0][0] for keys in pattern[0] if keys}
        for first in firsts:
            for sid, pos in corpus.index.get(first, ()):
                if sid not in found and _follows(corpus.sentences[sid], pattern, 0, pos, pos):
                    found.add(sid)
    return found


def _follows(sentence: Sentence, pattern: Pattern, k: int, pos: int, start: int) -> bool:
    if k == len(pattern):
        return not (
            KANA_RUNS
            and all(katakana(f) for part in pattern for keys in part for f, _ in keys)
            and inside_kana_run(sentence, start, pos)
        )
    for keys in pattern[k]:
        words = sentence.forms[pos : pos + len(keys)]
        if (
            len(words) == len(keys)
            and all(
                w == form and (sentence.capital[pos + i] or not cap)
                for i, (w, (form, cap)) in enumerate(zip(words, keys, strict=True))
            )
            and _follows(sentence, pattern, k + 1, pos + len(keys), start)
        ):
            return True
    return False


def name_keys(
    analyzer: Analyzer, rule: str, language: str, floor: Evidence
) -> tuple[list[Pattern], int, int]:
    """The patterns of the variants at `floor` or surer; and how many variants and forms.

    As the rule compiler matches them: variants of as many words (alphabets) are one phrase
    whose each word takes any of their forms, and variants in Chinese or Japanese characters
    written part by part (・) one sequence whose each part takes any of their spellings of it.
    """
    variants = [v for v in name_variants(rule, language) if v.evidence >= floor]
    groups: dict[tuple[str, int], list[set[str]]] = {}
    for variant in variants:
        parted = "・" in variant.text and any(is_cjk(c) for c in variant.text)
        pieces = (
            [{p} for p in variant.text.split("・") if p] if parted else word_forms(variant.text, language)
        )
        union = groups.setdefault(("parts" if parted else "words", len(pieces)), [set() for _ in pieces])
        for position, forms in zip(union, pieces, strict=True):
            position |= forms
    patterns = [
        [[form_keys(analyzer, w, language) for w in sorted(forms)] for forms in union]
        for union in groups.values()
    ]
    forms = sum(len(options) for pattern in patterns for options in pattern)
    return patterns, len(variants), forms


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def speed(data: Path) -> None:
    """Loading the sources, then name_variants (uncached) and name_forms per call."""
    from monitor.lexicon import names as api
    from monitor.lexicon.endings import name_forms
    from monitor.lexicon.namesources import chinese_names, cities

    rules = [str(n["rule"]) for n in load(data)[0]]
    before = rss_mb()
    started = time.perf_counter()
    cities("Kursk"), chinese_names("Putin")  # opens (or converts, the first time) the tables
    opened = (time.perf_counter() - started) * 1000
    print(f"name sources opened in {opened:.0f} ms, +{rss_mb() - before:.1f} MB RSS")
    api.name_variants("Kursk", "ru")  # imports the rest (Babel's CLDR for countries, wordfreq tables)
    before = rss_mb()
    api._variants.cache_clear()
    calls = 0
    started = time.perf_counter()
    forms: list[tuple[str, str]] = []
    for language in LANGUAGES:
        for rule in rules:
            variants = api.name_variants(rule, language)
            forms += [(v.text, language) for v in variants]
            calls += 1
    elapsed = time.perf_counter() - started
    per_call = elapsed / calls * 1000
    print(f"name_variants: {calls} calls (names x 13 languages), {per_call:.2f} ms per call uncached")
    print(f"  +{rss_mb() - before:.1f} MB RSS after them (table pages, frequency tables, CLDR, caches)")
    started = time.perf_counter()
    total = sum(len(name_forms(text, language)) for text, language in forms)
    elapsed = time.perf_counter() - started
    per_form = elapsed / len(forms) * 1e6
    each = total / len(forms)
    print(f"name_forms: {len(forms)} variants, {per_form:.0f} µs per call, {each:.1f} forms each")
    print(f"process RSS {rss_mb():.0f} MB (no Analyzer loaded)")


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--floor", choices=[e.name for e in Evidence], default="TRANSCRIBED")
    parser.add_argument("--list", action="store_true", help="list every miss and false hit")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument(
        "--kinds",
        default="person,city,region,company,organisation,event",
        help="name kinds to count (organisations and events are mostly translated: the lexicon's part)",
    )
    parser.add_argument(
        "--kana-runs",
        action="store_true",
        help="a katakana name matches only a whole katakana run (a guard to try)",
    )
    parser.add_argument(
        "--compounds", action="store_true", help="also match compound prefixes (Putin-Kritiker)"
    )
    parser.add_argument(
        "--speed", action="store_true", help="time the API and the sources' memory, then stop"
    )
    args = parser.parse_args()
    if args.speed:
        speed(args.data)
        return
    global KANA_RUNS, COMPOUNDS
    KANA_RUNS = args.kana_runs
    COMPOUNDS = args.compounds
    floor = Evidence[args.floor]
    names, per_language = load(args.data)
    kinds = set(args.kinds.split(","))
    chosen = [n for n in names if (args.split == "all" or n["split"] == args.split) and n["kind"] in kinds]
    analyzer = Analyzer()
    print(f"{len(chosen)} names ({args.split}; {args.kinds}), variants at {floor.name} or surer")
    header = f"{'lang':<5}{'recall':>8}{'obscure':>9}{'known':>7}{'hits':>6}{'neg':>5}{'other':>6}"
    header += f"{'precision':>10}{'variants':>10}{'forms':>7}{'ms/name':>9}"
    print(header)
    lines: list[str] = []
    totals = [0, 0, 0, 0, 0, 0]
    for language in args.languages.split(","):
        raw = per_language.get(language)
        if raw is None:
            continue
        text = corpus(analyzer, language, raw)
        own = {s.owner: i for i, s in enumerate(text.sentences) if s.kind == "name"}
        found = obscure_found = obscure_total = known_found = known_total = false = other = 0
        variants_total = forms_total = 0
        started = time.perf_counter()
        for name in chosen:
            ident = str(name["id"])
            if ident not in own:
                continue
            patterns, n_variants, n_forms = name_keys(analyzer, str(name["rule"]), language, floor)
            variants_total += n_variants
            forms_total += n_forms
            hit = hits(text, patterns)
            if COMPOUNDS:
                variants = name_variants(str(name["rule"]), language)
                prefixes = {
                    analyzer.fold(p, language) for v in variants for p in compound_prefixes(v.text, language)
                }
                hit |= prefix_hits(text, prefixes)
            ok = own[ident] in hit
            found += ok
            if name["obscure"]:
                obscure_total += 1
                obscure_found += ok
            else:
                known_total += 1
                known_found += ok
            if not ok:
                lines.append(f"miss   {language} {ident}: {text.sentences[own[ident]].text}")
            for sid in sorted(hit - {own[ident]}):
                s = text.sentences[sid]
                if s.kind == "name":
                    other += 1
                else:
                    false += 1
                lines.append(f"false  {language} {ident} in {s.kind} ({s.owner or '-'}): {s.text}")
        elapsed = (time.perf_counter() - started) * 1000 / max(1, len(chosen))
        total = obscure_total + known_total
        counts = (found, total, obscure_found, obscure_total, false, other)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(
            f"{language:<5}{ratio(found, total):>8}{ratio(obscure_found, obscure_total):>9}"
            f"{ratio(known_found, known_total):>7}{found:>6}{false:>5}{other:>6}"
            f"{ratio(found, found + false + other):>10}"
            f"{variants_total / max(1, total):>10.1f}{forms_total / max(1, total):>7.0f}{elapsed:>9.1f}"
        )
    found, total, obscure_found, obscure_total, false, other = totals
    known = ratio(found - obscure_found, total - obscure_total)
    print(
        f"{'all':<5}{ratio(found, total):>8}{ratio(obscure_found, obscure_total):>9}"
        f"{known:>7}{found:>6}{false:>5}{other:>6}{ratio(found, found + false + other):>10}"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB (Analyzer with {len(per_language)} languages, name sources, bench data)")
    if args.list:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
