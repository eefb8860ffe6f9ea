"""Matching throughput: articles per second for 16, 1,000 and 10,000 rules, and analysis alone;
with --mixed, English rules over news sentences in 14 languages, against another revision.

Generated summary-sized articles (about 100 words drawn with a Zipf-like law from
the English lemma table's vocabulary) and generated rules (AND, OR, phrases, NEAR,
wildcards, NOT) exercise the presearch index as real rule sets do. Figures are
ratios against the 16-rule baseline measured in the same run. "End to end" is what
the daemon does with an article: analysis, matching, and each match's terms, snippet
and terms by field (`explain`, as `pipeline.match_articles`), on one core. Rates are
per CPU second of the process; the rule sets are measured in turns over the same
chunks of articles and each chunk's fastest pass counts, so load on a shared machine
moves the ratios little. After compiling, the heap is settled as the daemon settles it
(`monitor.heap`).

The articles' first pass, after the warm-up, is timed apart: their words not met before go
into the rules' word caches then, a cost the timed passes (each chunk's fastest counting)
leave out and a daemon pays for each word news brings that it has not met.

The rule sets do not do the same work: 16 rules match one article in hundreds, 10,000
rules about four matches per article, and each match is explained. "Without
explanation" (analysis and matching) is the fairer figure for what the rule count
costs; end to end is the honest one for what the daemon spends. The explanation's cost
per match is printed too.

    uv run python bench/matching.py [--articles 2000] [--seed 1] [--rounds 3] [--fingerprint]

`--fingerprint` prints, instead of rates, a digest of every match, hit and explanation for
each rule count: a change meant only to be faster must leave it as it was.

`--mixed` measures what cross-lingual matching costs: 1,000 English rules (words, names and
phrases of the test sets' vocabulary, in AND/OR/NEAR shapes) over the news sentences of
tests/data (names, terms, multilingual sets: 14 languages), end to end through `Matching`
(language settled, analysis, rules compiled for each article language, matching).
`--baseline REV` runs the same measurement on the code of another revision (a git worktree
under /tmp, in a child process) in the same run, and prints both rates and their ratio.
Rates are per CPU second of the process, so other load on the machine hardly moves them.
The rules are compiled on every other sentence and the heap is then settled as the daemon settles it
after compiling (`monitor.heap`); the rest are then matched once as the daemon
meets news, never seen before ("first sight": their words not met before fill the word caches),
and all of them `--rounds` times more (the repeated rate).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from monitor.analysis import Analyzer
from monitor.analysis.article import AnalysedArticle, analyse_article
from monitor.models import Article
from monitor.rules import RuleSet, RuleSpec

if TYPE_CHECKING:
    from monitor.rules.explain import Explanation


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
    seen, unseen = articles[::2], articles[1::2]
    for article in seen:  # every language loaded, every rule compiled for it
        matching.match(article)
    gc.collect()  # the heap settled on the compiled rules as the daemon settles it (`monitor.heap`,
    gc.freeze()  # which not every revision has): later collections walk only what is new
    start = time.process_time()  # CPU time: a busy machine slows the wall clock, not this
    for article in unseen:  # the daemon's case: every article new, many of its words too
        matching.match(article)
    first = time.process_time() - start
    start = time.process_time()
    found = 0
    for _ in range(rounds):
        for article in articles:
            found += len(matching.match(article)[1])
    elapsed = time.process_time() - start
    return {
        "rate": rounds * len(articles) / elapsed,
        "first": len(unseen) / first,
        "articles": len(articles),
        "matches": found / rounds,
    }


def run_mixed(args: argparse.Namespace) -> None:
    here = measure_mixed(args.rules, args.seed, args.rounds)
    if args.json:
        print(json.dumps(here))
        return
    print(f"{args.rules} English rules over {here['articles']:.0f} sentences in 14 languages:")
    print(
        f"  this revision: {here['rate']:7.0f} articles/s ({here['matches']:.0f} matches a round),"
        f" first sight {here['first']:6.0f} articles/s"
    )
    if args.baseline:
        tree = Path(f"/tmp/news-monitor-{args.baseline}")
        if not tree.exists():
            subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.baseline], check=True)
        command = [sys.executable, __file__, "--mixed", "--json", "--rules", str(args.rules)]
        command += ["--seed", str(args.seed), "--rounds", str(args.rounds)]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        out = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True).stdout
        then = json.loads(out.strip().splitlines()[-1])
        print(
            f"  {args.baseline}: {then['rate']:7.0f} articles/s ({then['matches']:.0f} matches a round),"
            f" first sight {then['first']:6.0f} articles/s"
        )
        print(
            f"  ratio: {here['rate'] / then['rate']:.2f}x, first sight {here['first'] / then['first']:.2f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mixed", action="store_true", help="English rules over 14 languages' sentences")
    parser.add_argument("--rules", type=int, default=1000, help="with --mixed: how many rules")
    parser.add_argument(
        "--rounds", type=int, default=3, help="passes over the articles (sentences with --mixed)"
    )
    parser.add_argument("--baseline", help="with --mixed: a git revision measured in the same run")
    parser.add_argument(
        "--fingerprint",
        action="store_true",
        help="print a digest of every match, hit and explanation per rule count instead of timing",
    )
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mixed:
        run_mixed(args)
        return
    run_counts(args)


def run_counts(args: argparse.Namespace) -> None:
    """Rule count against throughput: each rule set against the 16-rule baseline."""
    from monitor import heap
    from monitor.rules.explain import explain

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

    sets: dict[int, RuleSet] = {}
    for n in COUNTS:
        start = time.perf_counter()
        sets[n] = RuleSet.build(make_rules(n, words, random.Random(args.seed + n)), analyzer)
        print(f"{n:>6} rules compiled in {time.perf_counter() - start:5.2f}s")
    heap.settle()
    docs = [analyse_article(analyzer, a) for a in articles]
    if args.fingerprint:
        for n, rules in sets.items():
            print(f"{n:>6} rules: {fingerprint(rules, docs)}")
        return
    for rules in sets.values():  # warm the rules' caches
        for doc in docs[:WARM]:
            for m in rules.match(doc):
                explain(doc, m.hits)
    print(
        f"first pass over the other {len(docs) - WARM} articles (their words not met before entered in the"
        " rules' word caches): matching alone "
        + ", ".join(f"{n:,} rules {first_sight(rules, docs[WARM:]):5.1f} us" for n, rules in sets.items())
        + " an article"
    )
    seconds = timed_passes(analyzer, sets, articles, args.rounds)
    found = {n: [rules.match(d) for d in docs] for n, rules in sets.items()}
    base = {kind: len(articles) / seconds[(COUNTS[0], kind)] for kind in KINDS}
    for n, rules in sets.items():
        matches = sum(map(len, found[n]))
        candidates = sum(len(rules.candidates(d)) for d in docs) / len(docs)
        rates = {kind: len(articles) / seconds[(n, kind)] for kind in KINDS}
        per_match = (seconds[(n, "end to end")] - seconds[(n, "without explanation")]) / max(matches, 1)
        print(
            f"{n:>6} rules: "
            + " | ".join(f"{kind} {rates[kind]:6.0f}/s ({rates[kind] / base[kind]:4.2f}x)" for kind in KINDS)
            + f" | {candidates:4.1f} candidates, {matches / len(docs):4.2f} matches/article"
            + (f" | explanation {per_match * 1e6:4.1f} us/match" if matches >= len(docs) / 10 else "")
        )


WARM = 300  # articles matched before the timed passes: past the presearch's early refilings (REFILE_AT)


def first_sight(rules: RuleSet, docs: list[AnalysedArticle]) -> float:
    """CPU microseconds an article to match `docs` once: with words the rules' caches have not
    met, as news brings every day, which the timed passes (each chunk's fastest pass counts)
    leave out."""
    start = time.process_time()
    for doc in docs:
        rules.match(doc)
    return (time.process_time() - start) / len(docs) * 1e6


def fingerprint(rules: RuleSet, docs: list[AnalysedArticle]) -> str:
    """A digest of every match of `docs`, its hits and its explanation, and how many matches:
    a change that only makes matching faster leaves it as it was."""
    import hashlib

    digest, count = hashlib.sha256(), 0
    for doc in docs:
        for explanation, match in zip(explain_all(rules, doc), rules.match(doc), strict=True):
            digest.update(repr((doc.article.uid, match, explanation)).encode())
            count += 1
    return f"{count} matches, sha256 {digest.hexdigest()[:16]}"


COUNTS = (16, 1_000, 10_000)
KINDS = ("match only", "without explanation", "end to end")
CHUNK = 250  # articles per timed pass: short enough that a burst of load spoils few passes


def timed_passes(
    analyzer: Analyzer, sets: dict[int, RuleSet], articles: list[Article], rounds: int
) -> dict[tuple[int, str], float]:
    """(rule count, kind) -> CPU seconds over all articles, each chunk's fastest pass.

    A pass over a chunk just analysed finds the analyser's caches warm, so the kinds take
    turns at going first.

    "match only" matches articles analysed beforehand (fresh, so each rule set computes
    their keys); the others analyse each article in the timed pass.
    """
    best: dict[tuple[int, str, int], float] = {}
    for r in range(rounds):
        kinds = KINDS[r % len(KINDS) :] + KINDS[: r % len(KINDS)]  # each kind also goes first
        for c in range(0, len(articles), CHUNK):
            chunk = articles[c : c + CHUNK]
            for n, rules in sets.items():
                docs = [analyse_article(analyzer, a) for a in chunk]
                for kind in kinds:
                    start = time.process_time()
                    one_pass(kind, analyzer, rules, chunk, docs)
                    elapsed = time.process_time() - start
                    best[(n, kind, c)] = min(best.get((n, kind, c), elapsed), elapsed)
    total: dict[tuple[int, str], float] = {}
    for (n, kind, _), elapsed in best.items():
        total[(n, kind)] = total.get((n, kind), 0.0) + elapsed
    return total


def one_pass(
    kind: str, analyzer: Analyzer, rules: RuleSet, chunk: list[Article], docs: list[AnalysedArticle]
) -> None:
    if kind == "match only":
        for doc in docs:
            rules.match(doc)
    elif kind == "without explanation":
        for article in chunk:
            rules.match(analyse_article(analyzer, article))
    else:
        for article in chunk:
            explain_all(rules, analyse_article(analyzer, article))


def explain_all(rules: RuleSet, doc: AnalysedArticle) -> list[Explanation]:
    """What the daemon stores of an article's matches (`pipeline.match_articles`)."""
    from monitor.rules.explain import explain

    return [explain(doc, m.hits) for m in rules.match(doc)]


if __name__ == "__main__":
    main()
