"""What a long-running daemon's memory settles at as new words keep arriving.

`bench/languages.py` cycles the multilingual set's 117 articles, so the analyser meets a few
thousand distinct words and its memories of words stay small. A daemon reading hundreds of
feeds meets tens of thousands of new words a day in each language (names, compounds, typos),
and everything remembered per word (the analyser's facts, spaCy's vocabulary, folding's
cache) grows until its bound. This bench feeds a stream of synthetic articles whose words are
drawn from wordfreq's frequency list of each language (seeded; frequent words often, rare ones
rarely, as in text), through `Matching.match` with the multilingual set's rules, and prints the
resident memory as the stream goes on, with the share of words that were new to the analyser.

    uv run python bench/steady.py [--words 300000] [--languages de fr ru]

Memory is measured in the one process that runs the stream (no baseline needed: the figures
are absolute); the rate is words per second through analysis and matching.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLE_WORDS = 200  # words of a synthetic article
LIST_WORDS = 1_000_000  # words of wordfreq's list drawn from, the commonest first
UNSPACED = {"zh", "ja"}  # languages written without spaces between words

from bench.languages import rss_mb  # noqa: E402


class Words:
    """Words of a language drawn by their frequency, the first of a sentence capitalised."""

    def __init__(self, language: str, seed: int) -> None:
        from monitor.lexicon.frequency import frequent_words

        listed = list(itertools.islice(frequent_words(language, 0), LIST_WORDS))
        self.words = [word for word, _ in listed]
        self.cumulative = list(itertools.accumulate(10**zipf for _, zipf in listed))
        self.random = random.Random(seed)
        self.joint = "" if language in UNSPACED else " "

    def article(self) -> str:
        top = self.cumulative[-1]
        drawn = [
            self.words[bisect.bisect_left(self.cumulative, self.random.random() * top)]
            for _ in range(ARTICLE_WORDS)
        ]
        sentences = [drawn[i : i + 20] for i in range(0, len(drawn), 20)]
        return " ".join(self.joint.join([s[0][:1].upper() + s[0][1:], *s[1:]]) + "." for s in sentences)


def generate(languages: list[str], articles: int, path: str) -> None:
    """Writes the stream, one article a line (`language<TAB>text`), the languages taking turns: in a
    process of its own, so that wordfreq's lists are not counted in the measured process's memory."""
    sources = {lang: Words(lang, seed) for seed, lang in enumerate(languages)}
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(articles):
            out.writelines(f"{lang}\t{source.article()}\n" for lang, source in sources.items())


def main() -> None:
    from tests.multilingual_set import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=300_000, help="words per language (default 300,000)")
    parser.add_argument("--languages", nargs="+", default=LANGUAGES)
    parser.add_argument("--reports", type=int, default=6, help="memory lines printed along the stream")
    args = parser.parse_args()
    articles = args.words // ARTICLE_WORDS
    with tempfile.TemporaryDirectory() as tmp:
        stream = Path(tmp) / "stream.tsv"
        code = f"import bench.steady as b; b.generate({args.languages!r}, {articles}, {str(stream)!r})"
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        run(stream, args.languages, articles, args.reports)


def run(stream: Path, languages: list[str], articles: int, reports: int) -> None:
    import yaml

    from monitor.analysis.fold import fold
    from monitor.config import parse_config
    from monitor.matching import Matching
    from monitor.models import Article
    from tests.multilingual_set import load

    rules = load()["rules"]
    config = {"languages": languages, "rules": [{"name": n, "query": q} for n, q in rules.items()]}
    matching = Matching.build(parse_config(yaml.safe_dump(config, allow_unicode=True), environ={}))
    print(f"{len(languages)} languages ({' '.join(languages)}), {len(rules)} rules,")
    print(f"{articles:,} synthetic articles of {ARTICLE_WORDS} words per language")
    print(f"RSS after start-up {rss_mb():.0f} MB\n")
    print(f"{'words per language':>20} {'RSS':>9} {'remembered words':>17} {'fold cache':>11} {'words/s':>9}")
    every = max(1, articles * len(languages) // reports)
    started = time.perf_counter()
    with stream.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, start=1):
            lang, text = line.rstrip("\n").split("\t", 1)
            matching.match(Article(uid=str(n), feed="steady", title="", summary=text, language=lang))
            if n % every == 0:
                remembered = len(matching.analyzer.remembered)
                rate = n * ARTICLE_WORDS / (time.perf_counter() - started)
                print(
                    f"{n // len(languages) * ARTICLE_WORDS:>20,} {rss_mb():>6.0f} MB {remembered:>17,} "
                    f"{fold.cache_info().currsize:>11,} {rate:>9,.0f}"
                )


if __name__ == "__main__":
    main()
