"""What languages cost: start-up time, memory, and articles per second through analysis.

Each figure is measured in a fresh Python process (so RSS is that configuration's own):

- start-up: importing news-monitor and `Matching.build` of a config with the built-in
  concept pack and place gazetteer, 15 English rules, and `languages:` listing 1, 5, 14
  or every supported language (49). Languages load lazily, so this is what every user pays;
- warm: after one article in each listed language has gone through, i.e. every
  tokeniser, lemma table, gazetteer index and compiled rule set of those languages is
  loaded: what a daemon that sees all of them settles at;
- throughput: the multilingual test set's articles (14 languages, declared; for all
  languages, one item more in each other language from bench/data/languages.yaml), cycled
  to `--articles`, through analysis alone and through analysis and matching; and the same
  articles without a declared language, so lingua detects it among the configured ones.

Ratios are against the English-only configuration measured in the same run (each
configuration cycles the set's articles in its own languages, so the mix differs).
Lemma tables are read from the SQLite cache that `monitor.analysis.lemmas` fills on
first use; run once before measuring so that conversion is not counted.

    uv run python bench/languages.py [--articles 3000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIVE = ["en", "de", "fr", "es", "ru"]
EXTRA = ROOT / "bench" / "data" / "languages.yaml"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(languages: list[str], articles: int) -> dict[str, Any]:
    """Runs in its own process: build, warm up, then time analysis and matching."""
    started = time.perf_counter()
    from dataclasses import replace

    import yaml

    from monitor.analysis.article import analyse_article
    from monitor.config import parse_config
    from monitor.matching import Matching
    from monitor.models import Article
    from tests.multilingual_set import load

    data = load()
    config = {"languages": languages, "rules": [{"name": n, "query": q} for n, q in data["rules"].items()]}
    matching = Matching.build(parse_config(yaml.safe_dump(config, allow_unicode=True), environ={}))
    figures: dict[str, Any] = {"startup_s": time.perf_counter() - started, "startup_mb": rss_mb()}

    texts = [
        Article(uid=a["id"], feed="set", title=a["title"], summary=a["summary"], language=a["language"])
        for a in data["articles"]
        if a["language"] in languages
    ]
    extra = yaml.safe_load(EXTRA.read_text(encoding="utf-8"))
    texts += [
        Article(uid=f"extra-{code}", feed="set", title=title, summary=summary, language=code)
        for code, (title, summary) in extra.items()
        if code in languages
    ]
    started = time.perf_counter()
    for article in {a.language: a for a in texts}.values():
        matching.match(article)
    figures["warm_up_s"] = time.perf_counter() - started
    figures["warm_mb"] = rss_mb()
    if articles:
        stream = [texts[i % len(texts)] for i in range(articles)]
        figures["analysis_per_s"] = rate(lambda a: analyse_article(matching.analyzer, a), stream)
        figures["match_per_s"] = rate(matching.match, stream)
        undeclared = [replace(a, language=None) for a in stream]
        figures["detect_match_per_s"] = rate(matching.match, undeclared)
        figures["final_mb"] = rss_mb()
    return figures


def rate(step: Any, stream: list[Any]) -> float:
    started = time.perf_counter()
    for item in stream:
        step(item)
    return len(stream) / (time.perf_counter() - started)


def measure(languages: list[str], articles: int) -> dict[str, Any]:
    code = f"import json, bench.languages as b; print(json.dumps(b.child({languages!r}, {articles})))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}x" if base >= 0.05 else "-"


def main() -> None:
    from monitor.analysis.support import LANGUAGES as ALL
    from tests.multilingual_set import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    runs = {
        "en only": measure(["en"], args.articles),
        "5 languages": measure(FIVE, args.articles),
        "14 languages": measure(LANGUAGES, args.articles),
        f"all {len(ALL)}": measure(list(ALL), args.articles),
    }
    base = runs["en only"]
    print(f"5 languages: {', '.join(FIVE)}; 14: {', '.join(LANGUAGES)}; all: {', '.join(ALL)}")
    print(f"one core, {args.articles} articles\n")
    rows = [
        ("start-up (build, lazy)", "startup_s", "s"),
        ("RSS after start-up", "startup_mb", "MB"),
        ("first article per language", "warm_up_s", "s"),
        ("RSS with all loaded", "warm_mb", "MB"),
        ("analysis, articles/s", "analysis_per_s", "/s"),
        ("analysis + 15 rules, articles/s", "match_per_s", "/s"),
        ("... language detected, articles/s", "detect_match_per_s", "/s"),
        ("RSS at the end", "final_mb", "MB"),
    ]
    print(f"{'':36}" + "".join(f"{name:>22}" for name in runs))
    for label, key, unit in rows:
        cells = [f"{run[key]:,.1f} {unit} ({ratio(run[key], base[key])})" for run in runs.values()]
        print(f"{label:36}" + "".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
