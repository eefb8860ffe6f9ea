"""Matching throughput: articles per second for 16, 1,000 and 10,000 rules, and analysis alone;
with --mixed, English rules over news sentences in 14 languages, against another revision.

Generated summary-sized articles (about 100 words drawn with a Zipf-like law from
the English lemma table's vocabulary) and generated rules (AND, OR, phrases, NEAR,
wildcards, NOT) exercise the presearch index as real rule sets do. Figures are
ratios against the 16-rule baseline measured in the same run. "End to end" is
analysis, matching, matched terms and snippet per match, on one core. Rates are per
CPU second of the process; after compiling, the heap is settled as the daemon settles
it (`monitor.heap`).

    uv run python bench/matching.py [--articles 2000] [--seed 1]

`--mixed` measures what cross-lingual matching costs: 1,000 English rules (words, names and
phrases of the test sets' vocabulary, in AND/OR/NEAR shapes) over the news sentences of
tests/data (names, terms, multilingual sets: 14 languages), end to end through `Matching`
(language settled, analysis, rules compiled for each article language, matching).
`--baseline REV` runs the same measurement on the code of another revision (a git worktree
under /tmp, in a child process) in the same run, and prints both rates and their ratio.
Rates are per CPU second of the process, so other load on the machine hardly moves them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from monitor import heap
from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle, analyse_article
from monitor.models import Article
from monitor.rules import RuleSet, RuleSpec
from monitor.rules.explain import snippet


def vocabulary() -> list[str]:
    """The lemmas of the English table (its keys are hashes, its values words)."""
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    words = sorted({w for w in table.values() if isinstance(w, str) and w.isalpha() and len(w) > 2})
    return words


def zipf_sampler(words: list[str], rng: random.Random) -> Callable[[], str]:
    weights = [1 / (rank + 1) for rank in range(len(words))]
    order = words[:]
    rng.shuffle(order)
    cumulative: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    def sample() -> str:
        return rng.choices(order, cum_weights=cumulative, k=1)[0]

    return sample


def make_articles(n: int, sample: Callable[[], str], rng: random.Random) -> list[Article]:
    articles = []
    for i in range(n):
        title = " ".join(sample() for _ in range(rng.randint(6, 12))).capitalize()
        sentences = []
        for _ in range(rng.randint(5, 7)):
            sentences.append(" ".join(sample() for _ in range(rng.randint(12, 18))).capitalize() + ".")
        articles.append(Article(uid=str(i), feed="bench", title=title, summary=" ".join(sentences)))
    return articles


def make_rules(n: int, words: list[str], rng: random.Random) -> list[RuleSpec]:
    keywords = {"and", "or", "not", "near"}
    plain = [x for x in words if x not in keywords]

    def w() -> str:
        return rng.choice(plain)

    shapes: list[Callable[[], str]] = [
        lambda: f"{w()} AND {w()}",
        lambda: f"{w()} AND {w()} AND {w()}",
        lambda: f'"{w()} {w()}"',
        lambda: f"({w()} OR {w()}) AND {w()}",
        lambda: f"{w()} NEAR/5 {w()}",
        lambda: f"{w()[:4]}* AND {w()}",
        lambda: f"{w()} AND NOT {w()}",
        lambda: f"title:{w()} OR {w()} {w()}",
    ]
    return [RuleSpec(f"r{i}", rng.choice(shapes)()) for i in range(n)]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def bench_match(rules: RuleSet, docs: list[AnalysedArticle]) -> tuple[float, int]:
    start = time.process_time()
    found = sum(len(rules.match(doc)) for doc in docs)
    return rate(len(docs), time.process_time() - start), found


DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def mixed_sentences() -> list[tuple[str, str]]:
    """(language, text) of every news sentence in the names, terms and multilingual sets."""
    found: list[tuple[str, str]] = []
    for folder, key in (("names", "names"), ("terms", "terms")):
        for path in sorted((DATA / folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and key in data and "language" in data:
                found += [(data["language"], text) for text in data[key].values()]
    for name in ("multilingual.yaml", "multilingual_heldout.yaml"):
        for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["articles"]:
            found.append((item["language"], f"{item.get('title', '')}. {item.get('summary', '')}"))
    return found


def mixed_rules(n: int, seed: int) -> str:
    """`n` English rules as config YAML, from the test sets' rule words and names."""
    words = [t["rule"] for t in yaml.safe_load((DATA / "terms" / "terms.yaml").read_text())["terms"]]
    words += [x["rule"] for x in yaml.safe_load((DATA / "names" / "names.yaml").read_text())["names"]]
    words = [w for w in words if '"' not in w] + ["troops", "earthquake", "election", "Russia", "Germany"]
    rng = random.Random(seed)
    shapes = [
        lambda: rng.choice(words),
        lambda: f"{rng.choice(words)} AND {rng.choice(words)}",
        lambda: f"{rng.choice(words)} OR {rng.choice(words)}",
        lambda: f"({rng.choice(words)} OR {rng.choice(words)}) AND {rng.choice(words)}",
        lambda: f"{rng.choice(words)} NEAR/5 {rng.choice(words)}",
    ]
    queries: dict[str, None] = {}
    while len(queries) < n:
        queries[rng.choice(shapes)()] = None
    return "".join(f"  - name: r{i}\n    query: {json.dumps(q)}\n" for i, q in enumerate(queries))


def measure_mixed(rules: int, seed: int, rounds: int) -> dict[str, float]:
    """Articles per second end to end through Matching (only APIs every revision has)."""
    from monitor.config import parse_config
    from monitor.matching import Matching

    sentences = mixed_sentences()
    matching = Matching.build(parse_config(f"defaults:\n  language: en\nrules:\n{mixed_rules(rules, seed)}"))
    articles = [
        Article(uid=str(i), feed="bench", summary=t, language=lang) for i, (lang, t) in enumerate(sentences)
    ]
    for article in articles:  # every language loaded, every rule compiled for it
        matching.match(article)
    start = time.process_time()  # CPU time: a busy machine slows the wall clock, not this
    found = 0
    for _ in range(rounds):
        for article in articles:
            found += len(matching.match(article)[1])
    elapsed = time.process_time() - start
    return {"rate": rounds * len(articles) / elapsed, "articles": len(articles), "matches": found / rounds}


def run_mixed(args: argparse.Namespace) -> None:
    here = measure_mixed(args.rules, args.seed, args.rounds)
    if args.json:
        print(json.dumps(here))
        return
    print(f"{args.rules} English rules over {here['articles']:.0f} sentences in 14 languages:")
    print(f"  this revision: {here['rate']:7.0f} articles/s ({here['matches']:.0f} matches a round)")
    if args.baseline:
        tree = Path(f"/tmp/news-monitor-{args.baseline}")
        if not tree.exists():
            subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.baseline], check=True)
        command = [sys.executable, __file__, "--mixed", "--json", "--rules", str(args.rules)]
        command += ["--seed", str(args.seed), "--rounds", str(args.rounds)]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        out = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True).stdout
        then = json.loads(out.strip().splitlines()[-1])
        print(f"  {args.baseline}: {then['rate']:7.0f} articles/s ({then['matches']:.0f} matches a round)")
        print(f"  ratio: {here['rate'] / then['rate']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mixed", action="store_true", help="English rules over 14 languages' sentences")
    parser.add_argument("--rules", type=int, default=1000, help="with --mixed: how many rules")
    parser.add_argument("--rounds", type=int, default=3, help="with --mixed: passes over the sentences")
    parser.add_argument("--baseline", help="with --mixed: a git revision measured in the same run")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mixed:
        run_mixed(args)
        return
    rng = random.Random(args.seed)

    analyzer = Analyzer()
    words = vocabulary()
    articles = make_articles(args.articles, zipf_sampler(words, rng), rng)
    words_per_article = sum(len((a.title + " " + a.summary).split()) for a in articles) / len(articles)
    analyse_article(analyzer, Article(uid="w", feed="w", title="warm up"))  # load the language first
    print(f"{len(articles)} articles, {words_per_article:.0f} words each, vocabulary {len(words)} words")
    for label in ("first pass, cold caches", "second pass, warm caches"):
        start = time.process_time()
        for a in articles:
            analyse_article(analyzer, a)
        print(f"analysis alone ({label}): {rate(len(articles), time.process_time() - start):8.0f} articles/s")
    docs = [analyse_article(analyzer, a) for a in articles]

    baseline: tuple[float, float] | None = None
    for n in (16, 1_000, 10_000):
        specs = make_rules(n, words, random.Random(args.seed + n))
        start = time.perf_counter()
        rules = RuleSet.build(specs, analyzer)
        build = time.perf_counter() - start
        heap.settle()
        bench_match(rules, docs[:200])  # warm the rules' caches
        match_rate, found = bench_match(rules, docs)
        start = time.process_time()
        for a in articles:
            doc = analyse_article(analyzer, a)
            for m in rules.match(doc):
                m.terms(doc), snippet(doc, m.hits)
        end_to_end = rate(len(articles), time.process_time() - start)
        baseline = baseline or (match_rate, end_to_end)
        candidates = sum(len(rules.candidates(d)) for d in docs[:200]) / 200
        print(
            f"{n:>6} rules: compile {build:6.2f}s | match only {match_rate:9.0f} articles/s "
            f"({match_rate / baseline[0]:4.2f}x) | end to end {end_to_end:6.0f} articles/s "
            f"({end_to_end / baseline[1]:4.2f}x) | "
            f"{candidates:7.1f} candidate rules/article | {found} matches"
        )


if __name__ == "__main__":
    main()
