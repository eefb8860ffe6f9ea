"""The cost and accuracy of language detection, by the set of languages detected among.

Detection runs on every article that declares no language, so it must stay cheap.
Each configuration runs in its own process (memory is the process's RSS growth from
building lingua's models and detecting every text once), with monitor's own
LanguageDetector and thresholds, on the articles of both multilingual sets
(tests/data/multilingual*.yaml, 201 articles in 14 languages): once on the titles
alone (headlines, short) and once on title and summary (what the daemon passes).

    sure right   detected, and the language the set gives
    sure wrong   detected, and another language
    unsure       stored as `und`; "kept" counts those whose true language is among
                 the languages they are matched in (the likely ones and the default, en)

    uv run python bench/detection.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from tests.multilingual_set import SET

CONFIGS = {
    "shipped config.yaml's (en de fr)": ["en", "de", "fr"],
    "the pack's 14": "pack",
    "every supported (default)": "supported",
    "every lingua language": "lingua",
}
ROUNDS = 5


def articles() -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for path in (SET, SET.with_name("multilingual_heldout.yaml")):
        found += yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]
    return found


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def codes(name: str) -> list[str]:
    from monitor.analysis.detect import lingua_languages
    from monitor.concepts import PACK_LANGUAGES, supported_languages

    spec = CONFIGS[name]
    if spec == "pack":
        return list(PACK_LANGUAGES)
    if spec == "supported":
        return list(supported_languages())
    if spec == "lingua":
        return sorted(lingua_languages())
    return list(spec)


def one(name: str) -> dict[str, object]:
    """Measure one configuration (run in a child process)."""
    from monitor.analysis.detect import LanguageDetector

    languages = codes(name)
    items = articles()
    texts = {
        "titles": [a.get("title", "") for a in items],
        "title+summary": [f"{a.get('title', '')}\n{a.get('summary', '')}" for a in items],
    }
    before = rss_mb()
    detector = LanguageDetector(languages)
    started = time.perf_counter()
    detector.detect(texts["titles"][0])
    first = time.perf_counter() - started
    result: dict[str, object] = {"languages": len(detector.codes), "first": first}
    for kind, batch in texts.items():
        started = time.perf_counter()
        for _ in range(ROUNDS):
            found = [detector.detect(text) for text in batch]
        per_text = (time.perf_counter() - started) / (ROUNDS * len(batch))
        right = wrong = unsure = kept = 0
        for item, detection in zip(items, found, strict=True):
            truth = item["language"]
            if detection.language is None:
                unsure += 1
                kept += truth in (*detection.likely, "en")
            elif detection.language == truth:
                right += 1
            else:
                wrong += 1
        result[kind] = {"ms": per_text * 1000, "right": right, "wrong": wrong, "unsure": unsure, "kept": kept}
    result["rss"] = rss_mb() - before
    return result


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2])))
        return
    total = len(articles())
    print(f"{total} articles of tests/data/multilingual*.yaml, {ROUNDS} rounds; one process per row\n")
    header = f"{'detected among':34}{'langs':>6}{'memory':>9}{'first':>8}"
    for kind in ("titles", "title+summary"):
        header += f" | {kind + ': ms/text':>22}{'right':>6}{'wrong':>6}{'unsure':>7}{'kept':>5}"
    print(header)
    for name in CONFIGS:
        done = subprocess.run(
            [sys.executable, __file__, "--one", name], capture_output=True, text=True, check=True
        )
        r = json.loads(done.stdout)
        row = f"{name:34}{r['languages']:>6}{r['rss']:>6.0f} MB{r['first']:>7.2f}s"
        for kind in ("titles", "title+summary"):
            k = r[kind]
            row += f" | {k['ms']:>22.3f}{k['right']:>6}{k['wrong']:>6}{k['unsure']:>7}{k['kept']:>5}"
        print(row)


if __name__ == "__main__":
    main()
